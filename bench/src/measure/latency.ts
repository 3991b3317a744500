import { summary } from '../stats'

export type LatencyResult = ReturnType<typeof summary> & { url: string; errors: number; bytes: number }

/**
 * Latency of one request at a time (no queueing): each request's time from sending to the
 * last byte of the body, over `count` requests, after a few unmeasured warm-up requests.
 * `urlFor(i)` may vary the request (a different slug or query each time).
 */
export async function sequentialLatency(urlFor: (i: number) => string, count: number, warmup = 10): Promise<LatencyResult> {
  for (let i = 0; i < warmup; i++) await (await fetch(urlFor(i))).arrayBuffer()
  const times: number[] = []
  let errors = 0
  let bytes = 0
  for (let i = 0; i < count; i++) {
    const started = performance.now()
    const res = await fetch(urlFor(i))
    const body = await res.arrayBuffer()
    times.push(performance.now() - started)
    bytes = body.byteLength
    if (!res.ok) errors++
  }
  return { url: urlFor(0), errors, bytes, ...summary(times) }
}
