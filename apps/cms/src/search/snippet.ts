/**
 * A short passage of text around the first place one of the matched words occurs, cut at
 * word boundaries, so a result shows why it matched. Empty when none of the words occur.
 */
export function snippetAround(text: string, terms: string[], radius = 110): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (!clean || terms.length === 0) return ''
  const lower = clean.toLowerCase()
  let at = -1
  for (const term of terms) {
    const re = new RegExp(`(^|[^\\p{L}\\p{N}])${term.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u')
    const m = re.exec(lower)
    if (m && (at === -1 || m.index + m[1].length < at)) at = m.index + m[1].length
  }
  if (at === -1) return ''
  let start = Math.max(0, at - radius)
  let end = Math.min(clean.length, at + radius)
  if (start > 0) start = clean.indexOf(' ', start) + 1 || start
  if (end < clean.length) end = clean.lastIndexOf(' ', end) > at ? clean.lastIndexOf(' ', end) : end
  return `${start > 0 ? '…' : ''}${clean.slice(start, end).trim()}${end < clean.length ? '…' : ''}`
}
