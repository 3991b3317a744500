import { createHash, randomBytes } from 'node:crypto'

/**
 * A per-client sliding-window limit, in memory. Clients are keyed by a salted hash of their
 * address so no raw IP is kept. With several web servers each keeps its own count (see
 * docs/deploy.md); that still stops a single script from flooding the inbox.
 */
export type RateLimiter = { check: (clientKey: string, now?: number) => { allowed: boolean; retryAfterSeconds: number } }

export function createRateLimiter({ limit, windowMs, maxClients = 10_000 }: { limit: number; windowMs: number; maxClients?: number }): RateLimiter {
  const hits = new Map<string, number[]>()
  return {
    check(clientKey, now = Date.now()) {
      const recent = (hits.get(clientKey) ?? []).filter((t) => now - t < windowMs)
      if (recent.length >= limit) {
        hits.set(clientKey, recent)
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((recent[0] + windowMs - now) / 1000)) }
      }
      recent.push(now)
      hits.delete(clientKey) // re-insert so the Map's order is least-recently-used first
      hits.set(clientKey, recent)
      if (hits.size > maxClients) hits.delete(hits.keys().next().value as string)
      return { allowed: true, retryAfterSeconds: 0 }
    },
  }
}

const salt = randomBytes(16)

/** The client's address as the proxy in front of us reports it, hashed. */
export function clientKeyFrom(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim()
  const address = forwarded || headers.get('x-real-ip') || 'unknown'
  return createHash('sha256').update(salt).update(address).digest('hex').slice(0, 32)
}

/** Five requests an hour per client, shared by the form and the JSON endpoint. */
export const inquiryRateLimiter = createRateLimiter({ limit: 5, windowMs: 60 * 60 * 1000 })
