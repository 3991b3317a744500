import { QUICK_EXIT_SCRIPT } from './quickExitScript.mjs'

/**
 * Leaves the site at once for a neutral page. location.replace swaps this page out of the
 * tab's history, so Back does not return here. Pressing Escape twice does the same. Without
 * JavaScript it is a plain link.
 *
 * A few lines of inline script rather than a React component: they run as soon as the safety
 * bar is parsed, so quick exit works from the first paint, not only once the page's JavaScript
 * has downloaded and hydrated (seconds on a slow phone). Listeners sit on the document, which
 * outlives client-side navigation, and run once per page load. The Content-Security-Policy
 * allows exactly this text by its hash: render it unchanged.
 */
export function QuickExit({ url }: { url: string }) {
  return (
    <>
      <a
        href={url}
        className="quick-exit"
        rel="noreferrer noopener"
        aria-label="Quick exit: leave this site now for a neutral page (or press Escape twice)"
      >
        Quick exit
      </a>
      <script dangerouslySetInnerHTML={{ __html: QUICK_EXIT_SCRIPT }} />
    </>
  )
}
