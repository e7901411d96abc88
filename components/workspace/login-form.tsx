"use client";

import { signIn } from "next-auth/react";
import { useState } from "react";

export function LoginForm() {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  // Shown once the server says this account uses two-factor sign-in.
  const [needCode, setNeedCode] = useState(false);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      email: form.get("email"),
      password: form.get("password"),
      code: form.get("code") ?? "",
      redirect: false,
    });
    if (result?.ok && !result.error) {
      // A full navigation, so every server component reads the new session cookie.
      // eslint-disable-next-line @next/next/no-location-assign-relative-destination -- deliberate full load
      window.location.assign("/workspace");
      return;
    }
    setPending(false);
    if (result?.error?.includes("authenticator app")) setNeedCode(true);
    setError(
      result?.error && result.error !== "CredentialsSignin" ? result.error : "Sign-in failed. Please try again.",
    );
  }

  return (
    <form
      onSubmit={(event) => void submit(event)}
      className="mt-6 space-y-4"
      aria-describedby={error ? "login-error" : undefined}
      noValidate
    >
      {error && (
        <p
          id="login-error"
          role="alert"
          className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900"
        >
          {error}
        </p>
      )}
      <div>
        <label htmlFor="email" className="block text-sm font-medium">
          E-mail
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          className="mt-1 w-full rounded border border-line bg-white px-3 py-2"
        />
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-medium">
          Password
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className="mt-1 w-full rounded border border-line bg-white px-3 py-2"
        />
      </div>
      {needCode && (
        <div>
          <label htmlFor="code" className="block text-sm font-medium">
            Authentication code
          </label>
          <input
            id="code"
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            aria-describedby="code-hint"
            autoFocus
            className="mt-1 w-full rounded border border-line bg-white px-3 py-2"
          />
          <p id="code-hint" className="mt-1 text-xs text-muted">
            The 6 digits your authenticator app shows, or one of your recovery codes.
          </p>
        </div>
      )}
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded bg-accent px-4 py-2 font-medium text-white disabled:opacity-60"
      >
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
