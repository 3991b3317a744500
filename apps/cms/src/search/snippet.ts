/**
 * A short passage of text around the first place one of the matched words occurs, cut at
 * word boundaries, so a result shows why it matched. Empty when none of the words occur.
 */
export function snippetAround(text: string, terms: string[], radius = 110): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (!clean || terms.length === 0) return ''
  // One case-insensitive scan for the earliest of the words at a word start, not one per word
  // over a lower-cased copy of the whole body.
  const alternatives = [...terms]
    .sort((a, b) => b.length - a.length)
    .map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  const m = new RegExp(`(^|[^\\p{L}\\p{N}])(?:${alternatives.join('|')})`, 'iu').exec(clean)
  if (!m) return ''
  const at = m.index + m[1].length
  let start = Math.max(0, at - radius)
  let end = Math.min(clean.length, at + radius)
  if (start > 0) start = clean.indexOf(' ', start) + 1 || start
  if (end < clean.length) end = clean.lastIndexOf(' ', end) > at ? clean.lastIndexOf(' ', end) : end
  return `${start > 0 ? '…' : ''}${clean.slice(start, end).trim()}${end < clean.length ? '…' : ''}`
}
