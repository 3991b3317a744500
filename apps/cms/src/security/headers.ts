/**
 * The admin's Content-Security-Policy. Measured, not guessed: the built admin was walked in
 * Chromium (login, dashboard, article list and edit with the Lexical editor, live preview,
 * media upload, the Practice global, accounts) under a strict report-only policy, and each
 * violation became one source below:
 * - scripts: Next's inline bootstrap and flight data, which carry the per-request nonce;
 * - styles: Payload renders <style> elements (its CSS layers, modal container, logo) without
 *   a nonce, so inline styles stay allowed (styles cannot run code);
 * - images: data: (Lexical, icons) and blob: (the upload preview); the avatar is Payload's
 *   default one, so nothing comes from gravatar.com;
 * - frames: the website, for Live Preview.
 * Nothing else loads from another host. e2e/tests/admin-csp.test.ts walks the same screens
 * under the enforced policy and fails on any violation.
 */
export function adminContentSecurityPolicy({
  nonce,
  websiteOrigin,
  dev = false,
  https = false,
}: {
  nonce: string
  websiteOrigin: string
  dev?: boolean
  https?: boolean
}): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic': scripts the nonced ones load (Next's chunks) are trusted; dev needs eval.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? ' ws: wss:' : ''}`,
    `frame-src 'self' ${websiteOrigin}`,
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ')
}
