/**
 * Leaves the site at once for a neutral page. location.replace swaps this page out of the
 * tab's history, so Back does not return here. Pressing Escape twice does the same. Without
 * JavaScript it is a plain link.
 *
 * A few lines of inline script rather than a React component: they run as soon as the safety
 * bar is parsed, so quick exit works from the first paint, not only once the page's JavaScript
 * has downloaded and hydrated (seconds on a slow phone). Listeners sit on the document, which
 * outlives client-side navigation, and run once per page load.
 */
export function QuickExit({ url }: { url: string }) {
  return (
    <>
      <a href={url} className="quick-exit" rel="noreferrer noopener" aria-label="Quick exit: leave this site now for a neutral page (or press Escape twice)">
        Quick exit
      </a>
      <script dangerouslySetInnerHTML={{ __html: QUICK_EXIT_SCRIPT }} />
    </>
  )
}

const QUICK_EXIT_SCRIPT = `(function () {
  if (window.__quickExit) return;
  window.__quickExit = true;
  function leave(url) {
    document.title = '';
    document.body.style.visibility = 'hidden';
    window.location.replace(url);
  }
  document.addEventListener('click', function (e) {
    var link = e.target instanceof Element ? e.target.closest('a.quick-exit') : null;
    if (!link || e.button !== 0) return;
    e.preventDefault();
    leave(link.href);
  }, true);
  var last = 0;
  document.addEventListener('keydown', function (e) {
    if (e.key !== 'Escape') return;
    var now = Date.now();
    var link = document.querySelector('a.quick-exit');
    if (now - last < 1000 && link) leave(link.href);
    last = now;
  });
})();`
