import { summary } from '../stats'

export type LatencyResult = ReturnType<typeof summary> & { url: string; errors: number; bytes: number }

type Call = { url: string; ok: boolean; bytes: number }

/**
 * Latency of one request at a time (no queueing): each call's time from sending to the last
 * byte of the body (parsed, where a client parses it), over `count` calls, after `warmup`
 * unmeasured calls (Mode.restWarmup). `call(i)` may vary the request (another slug or query each time).
 */
export async function sequentialLatency(
  call: (i: number) => Promise<Call>,
  count: number,
  warmup: number,
): Promise<LatencyResult> {
  for (let i = 0; i < warmup; i++) await call(i).catch(() => undefined)
  const times: number[] = []
  let errors = 0
  let last: Call | undefined
  for (let i = 0; i < count; i++) {
    const started = performance.now()
    try {
      last = await call(i)
      if (!last.ok) errors++
    } catch {
      errors++
    }
    times.push(performance.now() - started)
  }
  return { url: last?.url ?? '', errors, bytes: last?.bytes ?? 0, ...summary(times) }
}

/** A plain GET of url. */
export const get = (url: string) => async (): Promise<Call> => {
  const res = await fetch(url)
  const body = await res.arrayBuffer()
  return { url, ok: res.ok, bytes: body.byteLength }
}

/**
 * A fetch for the website's own content client that remembers the last request, so the
 * benchmark times exactly the requests the website makes (same fields, depth and filters).
 */
export function recordingFetch() {
  const last = { url: '', ok: false, bytes: 0 }
  const f = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const res = await fetch(input, init)
    const body = await res.arrayBuffer()
    Object.assign(last, { url: String(input), ok: res.ok, bytes: body.byteLength })
    return new Response(body, { status: res.status, statusText: res.statusText, headers: res.headers })
  }) as typeof fetch
  return { fetch: f, through: <T>(p: Promise<T>) => p.then(() => ({ ...last })) }
}
