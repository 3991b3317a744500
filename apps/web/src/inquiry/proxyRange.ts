/**
 * TRUSTED_PROXY: the proxies whose X-Forwarded-For / X-Real-IP this site believes, as a list of
 * addresses or CIDR ranges ("10.0.0.5", "172.16.0.0/12, ::1"). Unset, no forwarded header is
 * believed: any client can write one. Parsed by the settings, so this module is plain
 * JavaScript (the settings are bundled into pages too): no Node modules.
 */
export type ProxyRange = { address: string; prefix: number; family: 'ipv4' | 'ipv6' }

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/

/** 4, 6, or 0 for anything else (the URL parser is a complete IPv6 grammar). */
export function ipVersion(address: string): 4 | 6 | 0 {
  if (IPV4.test(address)) return 4
  if (!address.includes(':') || /[^0-9a-f:.]/i.test(address)) return 0
  return URL.canParse(`http://[${address}]/`) ? 6 : 0
}

/** One entry of the list, or a message saying what is wrong with it. */
export function parseProxyRange(entry: string): ProxyRange | string {
  const [address, prefixText, ...rest] = entry.split('/')
  const version = ipVersion(address ?? '')
  if (!version || rest.length) return `"${entry}" is not an address or a CIDR range such as 10.0.0.0/8`
  const max = version === 4 ? 32 : 128
  const prefix = prefixText === undefined ? max : /^\d{1,3}$/.test(prefixText) ? Number(prefixText) : NaN
  if (!(prefix >= 0 && prefix <= max)) return `"${entry}" has a prefix length outside 0-${max}`
  return { address: address!, prefix, family: version === 4 ? 'ipv4' : 'ipv6' }
}
