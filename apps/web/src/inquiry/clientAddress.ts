import type { IncomingHttpHeaders } from 'node:http'
import { BlockList, isIP } from 'node:net'

import type { ProxyRange } from './proxyRange'

/** What every entry point has: a Pages Router API route's or getServerSideProps's `req`. */
export type IncomingRequest = { headers: IncomingHttpHeaders; socket?: { remoteAddress?: string } | null }

const lists = new WeakMap<ProxyRange[], ProxyList>()

/**
 * The address a request comes from, for the rate limit. The socket's peer address, unless that
 * peer is a proxy named in TRUSTED_PROXY: then the address that proxy reports (X-Forwarded-For,
 * read from the right past any other trusted proxy, else X-Real-IP). Null when it cannot be
 * told (a trusted proxy that sent no valid address, or a connection already gone): such a
 * request is never lumped together with other people's (see inquiry/rateLimit.ts).
 */
export function clientAddress(req: IncomingRequest, { TRUSTED_PROXY }: { TRUSTED_PROXY: ProxyRange[] }): string | null {
  const peer = plainAddress(req.socket?.remoteAddress)
  if (!peer || TRUSTED_PROXY.length === 0) return peer
  let trusted = lists.get(TRUSTED_PROXY)
  if (!trusted) lists.set(TRUSTED_PROXY, (trusted = proxyList(TRUSTED_PROXY)))
  if (!trusted.includes(peer)) return peer

  const forwarded = headerValue(req.headers['x-forwarded-for'])
  if (forwarded) {
    const hops = forwarded.split(',').map(plainAddress)
    // Each proxy appends the address it saw: the first one from the right that is not one of
    // ours is the client. Anything further left was written by the client and proves nothing.
    for (let i = hops.length - 1; i >= 0; i--) {
      const hop = hops[i]
      if (!hop) return null
      if (!trusted.includes(hop)) return hop
    }
    return hops[0] ?? null
  }
  return plainAddress(headerValue(req.headers['x-real-ip']))
}

const headerValue = (value: string | string[] | undefined) => (Array.isArray(value) ? value.join(',') : value)

/** "::ffff:10.0.0.5" (an IPv4 client on a dual-stack socket) is 10.0.0.5. */
function plainAddress(address: string | undefined | null): string | null {
  const trimmed = address?.trim()
  if (!trimmed) return null
  const unmapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed)?.[1] ?? trimmed
  return isIP(unmapped) ? unmapped : null
}

type ProxyList = { includes: (address: string) => boolean }

function proxyList(ranges: ProxyRange[]): ProxyList {
  const list = new BlockList()
  for (const r of ranges) list.addSubnet(r.address, r.prefix, r.family)
  return { includes: (address) => list.check(address, isIP(address) === 4 ? 'ipv4' : 'ipv6') }
}
