/**
 * The quick-exit script, as the exact text the page carries inline (components/QuickExit.tsx).
 * A plain module so next.config.mjs can hash the same string for the Content-Security-Policy
 * (security/contentSecurityPolicy.mjs): change it here and the hash follows at the next build.
 */
export const QUICK_EXIT_SCRIPT = `(function () {
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
