/**
 * What a visitor typed, reduced to the words both engines search for. Everything that is not a
 * letter or a digit separates words (as SQLite's unicode61 tokenizer and MongoDB's text index
 * do), so quotes, operators such as NEAR, AND or *, punctuation and emoji never reach an engine's
 * query syntax: they are not words.
 */

// Words too common to say anything about relevance.
const STOP_WORDS = new Set(
  'a an and are as at be but by for from has have i if in into is it its of on or our s so that the their them then there these they this to was we were what when which who will with you your'.split(
    ' ',
  ),
)

/** At most this many words of a query are searched for; the rest are ignored. */
export const MAX_QUERY_WORDS = 12
/** Words at least this long also match longer words they begin ("betray" finds "betrayal"). */
export const PREFIX_MIN_LENGTH = 3

export function queryWords(input: string): string[] {
  const words = (
    input
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).filter((w) => w.length <= 64)
  const meaningful = words.filter((w) => !STOP_WORDS.has(w))
  // A query of only common words ("what is this") still searches for them.
  return [...new Set(meaningful.length ? meaningful : words)].slice(0, MAX_QUERY_WORDS)
}
