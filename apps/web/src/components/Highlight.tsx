import { Fragment } from 'react'

// One pattern for every text, built once: compiling a pattern with Unicode classes costs about a
// millisecond, too much to do again for each result's terms. A word goes on through combining
// accents (an "é" stored as "e" and its accent), as the search's own words do.
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu

/**
 * Splits text into plain and matched parts: whole words that are (or start with) one of the
 * terms. Terms are words, as the search gives them: one with other characters matches nothing.
 */
export function highlightParts(text: string, terms: string[]): { text: string; match: boolean }[] {
  const words = [...new Set(terms.map((t) => t.trim().toLowerCase()).filter(Boolean))]
  if (!text || words.length === 0) return [{ text, match: false }]
  const parts: { text: string; match: boolean }[] = []
  let last = 0
  for (const m of text.matchAll(WORD)) {
    const word = m[0].toLowerCase()
    if (!words.some((w) => word.startsWith(w))) continue
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
