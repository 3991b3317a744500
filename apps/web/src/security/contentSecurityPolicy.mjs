import { createHash } from 'node:crypto'

import { QUICK_EXIT_SCRIPT } from '../components/quickExitScript.mjs'

/**
 * The website's Content-Security-Policy, one definition for next.config.mjs (every page, fixed
 * when the site is built) and proxy.ts (what editors see in draft mode, made per request).
 *
 * - Scripts: this site's files only, plus the inline quick-exit script by its sha256 hash; never
 *   'unsafe-inline'. The preview pages (App Router, with live preview) also carry Next's own
 *   inline scripts, which get the request's nonce. `next dev` needs 'unsafe-eval'.
 * - Styles: this site's stylesheet only, never 'unsafe-inline'. Every page links its stylesheet
 *   (the Pages Router always does; experimental.inlineCss stays off so the App Router's 404 does
 *   too) and no page writes a style attribute or a <style> element, so nothing inline is left to
 *   allow; a style injected into a page could otherwise deface it or read it out through
 *   selectors. The editors' preview pages need no nonce for styles either. e2e/tests/security.test.ts
 *   checks every kind of page, and the preview, in Chromium.
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
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    `frame-ancestors 'self'${cmsPublicUrl ? ` ${new URL(cmsPublicUrl).origin}` : ''}`,
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join('; ')
}
