import { createHash } from 'node:crypto'

import { QUICK_EXIT_SCRIPT } from '../components/quickExitScript.mjs'

/**
 * The website's Content-Security-Policy, one definition for next.config.mjs (every page, fixed
 * when the site is built) and proxy.ts (what editors see in draft mode, made per request).
 *
 * - Scripts: this site's files only, plus the inline quick-exit script by its sha256 hash; never
 *   'unsafe-inline'. The preview pages (App Router, with live preview) also carry Next's own
 *   inline scripts, which get the request's nonce. `next dev` needs 'unsafe-eval'.
 * - Styles: the stylesheet is inlined in a <style> element (experimental.inlineCss and
 *   pages/_document), whose text is only known once the build is done, after this policy is
 *   fixed; next/image and the error pages write style attributes. So styles need
 *   'unsafe-inline' (measured in Chromium: without it the inlined stylesheet is blocked, see
 *   e2e/tests/security.test.ts). A style cannot run code; what it leaves open is CSS-based
 *   defacement, not script injection.
 * - Frames: only this site may frame a visitor's page; what an editor sees in draft mode may
 *   also be framed by the CMS admin (live preview).
 */
export const quickExitScriptHash = () => `'sha256-${createHash('sha256').update(QUICK_EXIT_SCRIPT).digest('base64')}'`

/**
 * @param {{ cmsPublicUrl?: string; nonce?: string; dev?: boolean }} options the CMS origin
 *   that may frame the page (live preview), a nonce for Next's inline scripts, `next dev`
 * @returns {string}
 */
export function contentSecurityPolicy({ cmsPublicUrl, nonce, dev = false }) {
  const scripts = ["'self'", quickExitScriptHash(), nonce ? `'nonce-${nonce}'` : null, dev ? "'unsafe-eval'" : null]
  return [
    "default-src 'self'",
    `script-src ${scripts.filter(Boolean).join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    `frame-ancestors 'self'${cmsPublicUrl ? ` ${new URL(cmsPublicUrl).origin}` : ''}`,
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join('; ')
}
