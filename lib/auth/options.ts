import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "../db";
import { clientAddress } from "./client-address";
import { authSecret, secureCookies } from "./secret";
import { signInWithPassword } from "./sign-in";

// Built on first use, not at import, so `next build` needs neither a secret nor a database.
let options: NextAuthOptions | undefined;

export function authOptions(): NextAuthOptions {
  return (options ??= {
    secret: authSecret(),
    useSecureCookies: secureCookies(),
    // A working day; revocation does not depend on expiry (session version, see session-user.ts).
    session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        name: "Password",
        credentials: {
          email: { label: "E-mail", type: "email" },
          password: { label: "Password", type: "password" },
          code: { label: "Code", type: "text" },
        },
        async authorize(credentials, req) {
          const email = String(credentials?.email ?? "").slice(0, 320);
          const password = String(credentials?.password ?? "").slice(0, 1024);
          const code =
            String(credentials?.code ?? "")
              .trim()
              .slice(0, 20) || undefined;
          const headers = (req?.headers ?? {}) as Record<string, string | string[] | undefined>;
          const result = await signInWithPassword(db, {
            email,
            password,
            code,
            ip: clientAddress((name) => headers[name]),
          });
          // next-auth passes a thrown message to the sign-in form as `error`.
          if (!result.ok) throw new Error(result.error);
          return {
            id: result.user.id,
            email: result.user.email,
            name: result.user.name,
            sv: result.user.sessionVersion,
          };
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          token.uid = user.id;
          token.sv = (user as { sv?: number }).sv;
        }
        return token;
      },
      async session({ session, token }) {
        return { ...session, uid: token.uid, sv: token.sv };
      },
    },
  });
}
