const TEXT =
  'Many people who reach out to us describe a sense of disbelief that comes and goes, which is a normal response to a painful discovery. ' +
  'In the first weeks it is common to notice sleepless nights and racing thoughts, and a counsellor can help you make sense of it. ' +
  'Over time, most couples discover how trust is rebuilt through small kept promises, although every relationship finds its own pace. '

const TYPOGRAPHIC = TEXT.replace(/\. /g, '… ').replace('it is common', 'it’s common')

/** The paragraphs of a pad page: "<n>" characters of article-like text, "<n>-typographic" with ’ and …. */
export function padParagraphs(chars) {
  const n = Math.min(Math.max(Number.parseInt(chars, 10) || 0, 0), 5_000_000)
  const text = chars.endsWith('-typographic') ? TYPOGRAPHIC : TEXT
  const out = []
  let left = n
  for (let i = 0; left > 0; i++) {
    const len = Math.min(left, 600)
    const start = (i * 137) % TEXT.length
    out.push(text.repeat(5).slice(start, start + len))
    left -= len
  }
  return out
}
