import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

// Options are built per call (cached in lib/auth/options.ts) so `next build` needs no secret.
function handler(request: Request, context: { params: Promise<{ nextauth: string[] }> }): Promise<Response> {
  // NextAuth is typed for every router at once (its return is `any`); here it is a route handler.
  return NextAuth(
    request as Parameters<typeof NextAuth>[0],
    context as Parameters<typeof NextAuth>[1],
    authOptions(),
  ) as Promise<Response>;
}

export { handler as GET, handler as POST };
