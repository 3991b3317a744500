import { BlockList, isIP } from 'node:net'

/**
 * TRUSTED_PROXY: the proxies whose X-Forwarded-For / X-Real-IP this site believes, as a list of
 * addresses or CIDR ranges ("10.0.0.5", "172.16.0.0/12, ::1"). Unset, no forwarded header is
 * believed: any client can write one.
 */
export type ProxyRange = { address: string; prefix: number; family: 'ipv4' | 'ipv6' }

/** One entry of the list, or a message saying what is wrong with it. */
export function parseProxyRange(entry: string): ProxyRange | string {
  const [address, prefixText, ...rest] = entry.split('/')
  const version = isIP(address ?? '')
  if (!version || rest.length) return `"${entry}" is not an address or a CIDR range such as 10.0.0.0/8`
  const max = version === 4 ? 32 : 128
  const prefix = prefixText === undefined ? max : /^\d{1,3}$/.test(prefixText) ? Number(prefixText) : NaN
  if (!(prefix >= 0 && prefix <= max)) return `"${entry}" has a prefix length outside 0-${max}`
  return { address: address!, prefix, family: version === 4 ? 'ipv4' : 'ipv6' }
}

/** "::ffff:10.0.0.5" (an IPv4 client on a dual-stack socket) is 10.0.0.5. */
export function plainAddress(address: string | undefined | null): string | null {
  const trimmed = address?.trim()
  if (!trimmed) return null
  const unmapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed)?.[1] ?? trimmed
  return isIP(unmapped) ? unmapped : null
}

export type ProxyList = { includes: (address: string) => boolean }

export function proxyList(ranges: ProxyRange[]): ProxyList {
  const list = new BlockList()
  for (const r of ranges) list.addSubnet(r.address, r.prefix, r.family)
  return {
    includes: (address) => {
      const plain = plainAddress(address)
      return plain !== null && list.check(plain, isIP(plain) === 4 ? 'ipv4' : 'ipv6')
    },
  }
}
