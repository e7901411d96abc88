// Content-Security-Policy per area (docs/decisions/005-workspace-security.md).
// Workspace and sign-in: a per-request nonce, since those pages render per request anyway.
// Public pages: a static policy, so that they stay cacheable (a nonce would force
// per-request rendering); it allows inline <script> elements because Next's cached HTML
// carries inline bootstrap scripts whose content differs per page (the RSC payload), so
// neither a nonce nor a static list of hashes fits (docs/decisions/013). It forbids inline
// event-handler attributes (`onerror=`, `onclick=`), the usual shape of injected markup,
// which Next never emits: `script-src-attr 'none'`.
const common = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  // Next and Tailwind insert a few inline style attributes.
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

export function workspacePolicy(nonce: string, development: boolean) {
  return [...common, `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`].join(
    "; ",
  );
}

export function publicPolicy(development: boolean) {
  return [
    ...common,
    `script-src 'self' 'unsafe-inline'${development ? " 'unsafe-eval'" : ""}`,
    "script-src-attr 'none'",
  ].join("; ");
}
