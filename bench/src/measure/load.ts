import autocannon from 'autocannon'

import { median, round } from '../stats'

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

/**
 * autocannon checks whether its duration is over once per sample (1 s by default), so a run lasts
 * a whole number of samples: 0.5 s would be 1 s. Samples of 0.1 s keep runs close to what is asked.
 */
const SAMPLE_MS = 100

async function checkAndWarm(url: string, connections: number, warmSeconds: number) {
  // Outside the measurement: the first request may render and cache the page.
  for (let i = 0; i < 3; i++) {
    const res = await fetch(url)
    await res.arrayBuffer()
    if (res.status !== 200) throw new Error(`${url} answered ${res.status}; not measuring a page that does not work`)
  }
  // Then a short unmeasured run at the same concurrency, for every server alike: the figures are
  // the steady state, not V8 compiling the server's hot paths (a larger app takes longer).
  await autocannon({ url, connections, duration: warmSeconds, pipelining: 1, sampleInt: SAMPLE_MS })
}

/**
 * Servers compared with each other, measured in turns: each gets `seconds` in all, split over
 * `rounds` rounds, in a rotated order each round. Background work on a shared machine then
 * falls on all of them alike instead of on whichever ran during it, so the ratios hold.
 * req/s is over all rounds; p50 and p99 are the medians of the rounds' figures.
 */
export async function loadSideBySide(
  urls: string[],
  seconds: number,
  connections: number,
  rounds: number,
): Promise<LoadResult[]> {
  // A quarter of the measured time (2.5 s of a full run's 10), at most 3 s.
  const warmSeconds = Math.min(3, seconds / 4)
  for (const url of urls) await checkAndWarm(url, connections, warmSeconds)
  const runs = urls.map(() => [] as autocannon.Result[])
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < urls.length; k++) {
      const i = (k + r) % urls.length
      // Unmeasured lead-in: the previous server may still be finishing its last requests, and
      // 50 fresh connections arrive at once; neither is this server's steady state.
      if (rounds > 1)
        await autocannon({ url: urls[i], connections, duration: 0.5, pipelining: 1, sampleInt: SAMPLE_MS })
      runs[i].push(
        await autocannon({
          url: urls[i],
          connections,
          duration: seconds / rounds,
          pipelining: 1,
          sampleInt: SAMPLE_MS,
        }),
      )
    }
  }
  return urls.map((url, i) => {
    const total = runs[i].reduce((n, r) => n + r.requests.total, 0)
    const duration = runs[i].reduce((s, r) => s + (r.duration || seconds / rounds), 0)
    const bytes = runs[i].reduce((n, r) => n + r.throughput.total, 0)
    return {
      url,
      reqPerSec: round(total / duration, 0),
      p50: median(runs[i].map((r) => r.latency.p50)),
      p99: median(runs[i].map((r) => r.latency.p99)),
      errors: runs[i].reduce((n, r) => n + r.errors + r.timeouts, 0),
      non2xx: runs[i].reduce((n, r) => n + r.non2xx, 0),
      bytesPerResponse: total ? Math.round(bytes / total) : 0,
      totalRequests: total,
    }
  })
}
