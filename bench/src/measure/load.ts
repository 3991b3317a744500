import autocannon from 'autocannon'

import { round } from '../stats'

export type LoadResult = {
  url: string
  reqPerSec: number
  p50: number
  p99: number
  errors: number
  non2xx: number
  bytesPerResponse: number
  totalRequests: number
}

/** `connections` keep-alive connections for `seconds`, as many requests as the server answers (autocannon). */
export async function load(url: string, seconds: number, connections: number): Promise<LoadResult> {
  // Outside the measurement: the first request may render and cache the page.
  for (let i = 0; i < 3; i++) {
    const res = await fetch(url)
    await res.arrayBuffer()
    if (res.status !== 200) throw new Error(`${url} answered ${res.status}; not measuring a page that does not work`)
  }
  // Then a short unmeasured run at the same concurrency, for every server alike: the figures are
  // the steady state, not V8 compiling the server's hot paths (a larger app takes longer).
  await autocannon({ url, connections, duration: Math.max(1, Math.min(3, seconds / 4)), pipelining: 1 })
  const r = await autocannon({ url, connections, duration: seconds, pipelining: 1 })
  return {
    url,
    reqPerSec: round(r.requests.total / (r.duration || seconds), 0),
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
    bytesPerResponse: r.requests.total ? Math.round(r.throughput.total / r.requests.total) : 0,
    totalRequests: r.requests.total,
  }
}
