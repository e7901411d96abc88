import { LoadingState } from "@/components/workspace/loading-state";

// Only here: a loading boundary streams the page, so its status is sent before the page
// runs, and a notFound() after that would answer 200 instead of 404 (decision 012). The
// citation worklist is the slowest workspace read and every signed-in role may open it.
export default function Loading() {
  return <LoadingState what="the facts that need sources" />;
}
