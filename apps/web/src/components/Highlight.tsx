import { Fragment } from 'react'

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Splits text into plain and matched parts: whole words that are (or start with) one of the terms. */
export function highlightParts(text: string, terms: string[]): { text: string; match: boolean }[] {
  const words = [...new Set(terms.map((t) => t.trim().toLowerCase()).filter(Boolean))].sort(
    (a, b) => b.length - a.length,
  )
  if (!text || words.length === 0) return [{ text, match: false }]
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(${words.map(escape).join('|')})[\\p{L}\\p{N}]*`, 'giu')
  const parts: { text: string; match: boolean }[] = []
  let last = 0
  for (const m of text.matchAll(re)) {
    if (m.index > last) parts.push({ text: text.slice(last, m.index), match: false })
    parts.push({ text: m[0], match: true })
    last = m.index + m[0].length
  }
  if (last < text.length) parts.push({ text: text.slice(last), match: false })
  return parts
}

/** The matched words of a search result, marked so they stand out (and are announced as highlighted). */
export function Highlight({ text, terms }: { text: string; terms: string[] }) {
  return (
    <>
      {highlightParts(text, terms).map((p, i) =>
        p.match ? <mark key={i}>{p.text}</mark> : <Fragment key={i}>{p.text}</Fragment>,
      )}
    </>
  )
}
