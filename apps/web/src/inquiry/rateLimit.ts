import { createHash, randomBytes } from 'node:crypto'

/**
 * A per-client sliding-window limit on ACCEPTED appointment requests, in memory. A request
 * takes a slot before it is stored and gives it back if it is not stored after all, so typing
 * mistakes, an unknown service or the CMS being down never use up a person's quota, and a burst
 * of parallel requests cannot slip past the limit while the first ones are being stored.
 *
 * Clients are keyed by a salted hash of their address, so no raw address is kept.
 */
export type RateLimitSlot = { allowed: true; release: () => void } | { allowed: false; retryAfterSeconds: number }
export type RateLimiter = { take: (clientKey: string, now?: number) => RateLimitSlot }

export function createRateLimiter({
  limit,
  windowMs,
  maxClients = 10_000,
}: {
  limit: number
  windowMs: number
  maxClients?: number
}): RateLimiter {
  const hits = new Map<string, number[]>()
  return {
    take(clientKey, now = Date.now()) {
      const recent = (hits.get(clientKey) ?? []).filter((t) => now - t < windowMs)
      if (recent.length >= limit) {
        hits.set(clientKey, recent)
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((recent[0] + windowMs - now) / 1000)) }
      }
      recent.push(now)
      hits.delete(clientKey) // re-insert so the Map's order is least-recently-used first
      hits.set(clientKey, recent)
      if (hits.size > maxClients) hits.delete(hits.keys().next().value as string)
      let released = false
      return {
        allowed: true,
        release: () => {
          if (released) return
          released = true
          const times = hits.get(clientKey)
          const at = times?.indexOf(now) ?? -1
          if (times && at >= 0) times.splice(at, 1)
        },
      }
    },
  }
}

/** A limiter that never refuses: for a request whose sender cannot be told apart (see below). */
const UNLIMITED: RateLimiter = { take: () => ({ allowed: true, release: () => undefined }) }

type LimiterState = { limiter: RateLimiter; salt: Buffer; warnedUnattributed: boolean }

/**
 * ONE limiter per server process, shared by the contact page and POST /api/inquiries. Next
 * bundles each route separately, so a module-level variable would exist once per route (two
 * counters, twice the quota); a value on globalThis, under a key of its own, is the same object
 * for every bundle in the process. With several replicas each process counts on its own: put
 * nginx's limit_req in front (deploy/nginx) or a shared store if that is not enough.
 */
const STATE_KEY = Symbol.for('resilient-mind.web.inquiryRateLimit')
function state(): LimiterState {
  const global = globalThis as typeof globalThis & { [STATE_KEY]?: LimiterState }
  return (global[STATE_KEY] ??= {
    // Five accepted requests an hour per client.
    limiter: createRateLimiter({ limit: 5, windowMs: 60 * 60 * 1000 }),
    salt: randomBytes(16),
    warnedUnattributed: false,
  })
}

export const inquiryRateLimiter: RateLimiter = {
  take: (clientKey, now) => state().limiter.take(clientKey, now),
}

/** The key the limiter counts a request under: a salted hash of its address (see clientAddress). */
export function clientKey(address: string): string {
  return createHash('sha256').update(state().salt).update(address).digest('hex').slice(0, 32)
}

/**
 * The limiter and key for a request from `address`. Without an address (a trusted proxy that
 * sent none, a connection already closed) the sender cannot be told apart from anyone else: a
 * shared key would let one person use up everyone's quota and lock the form for all, so such a
 * request is not limited here. It is rare (the socket always has a peer while it is open);
 * nginx's limit_req still applies, and the first one is logged so a misconfigured proxy is seen.
 */
export function limiterFor(address: string | null): { limiter: RateLimiter; key: string } {
  if (address) return { limiter: inquiryRateLimiter, key: clientKey(address) }
  const s = state()
  if (!s.warnedUnattributed) {
    s.warnedUnattributed = true
    console.warn(
      'An appointment request came without a client address, so the per-client limit cannot apply to it. If the website is behind a proxy, set TRUSTED_PROXY to its address and have it send X-Forwarded-For.',
    )
  }
  return { limiter: UNLIMITED, key: '' }
}
