/** How long the website waits for the CMS to answer before showing the "try again" page. */
export const DEFAULT_TIMEOUT_MS = 10_000

/**
 * fetch that gives up when the CMS has not answered in `timeoutMs` (rejecting with a
 * TimeoutError, which toCmsError maps to "unavailable"). A CMS that accepts connections but
 * hangs would otherwise hold a page for the five minutes fetch waits by default. The timer is
 * cleared once the answer comes: AbortSignal.timeout() lives for the whole period and, through
 * fetch's abort listener, can keep each finished request alive that long. A caller's own signal
 * is left alone.
 */
export function fetchWithTimeout(baseFetch: typeof fetch, timeoutMs: number = DEFAULT_TIMEOUT_MS): typeof fetch {
  return (async (input: RequestInfo | URL, init?: RequestInit) => {
    if (init?.signal) return baseFetch(input, init)
    const controller = new AbortController()
    const timer = setTimeout(
      () => controller.abort(new DOMException(`no answer in ${timeoutMs} ms`, 'TimeoutError')),
      timeoutMs,
    )
    try {
      return await baseFetch(input, { ...init, signal: controller.signal })
    } finally {
      clearTimeout(timer)
    }
  }) as typeof fetch
}
