import { notFound } from "next/navigation";

// Any other address under a language prefix (/be/no-such-page) is a 404 in that
// language, rendered by ../not-found.tsx inside the public layout.
export default function UnknownPage() {
  notFound();
}
