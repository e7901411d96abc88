import { LoadingState } from "@/components/workspace/loading-state";

export default function Loading() {
  return <LoadingState what="the import plan" />;
}
