/**
 * /pad/<n>: a force-static page carrying n characters of article-like text in paragraphs.
 * Rendered once on its first request, then served from Next's page cache like any static
 * page; the benchmark picks n so the HTML has the same size as the website page it compares.
 *
 * /pad/<n>-typographic: the same with typographic punctuation (’ …), as real articles have.
 * One character outside Latin-1 makes Node hold the whole page as a two-byte string, and
 * sending it then costs a UTF-8 conversion on every request (~0.27 ms for 72 KB on the
 * benchmark machine): the reference must be like the page in this, not only in size.
 */
export const dynamic = 'force-static'
export const dynamicParams = true
export const generateStaticParams = async () => []

const TEXT =
  'Many people who reach out to us describe a sense of disbelief that comes and goes, which is a normal response to a painful discovery. ' +
  'In the first weeks it is common to notice sleepless nights and racing thoughts, and a counsellor can help you make sense of it. ' +
  'Over time, most couples discover how trust is rebuilt through small kept promises, although every relationship finds its own pace. '

const TYPOGRAPHIC = TEXT.replace(/\. /g, '… ').replace('it is common', 'it’s common')

function paragraphs(chars, text) {
  const out = []
  let left = chars
  for (let i = 0; left > 0; i++) {
    const len = Math.min(left, 600)
    const start = (i * 137) % TEXT.length
    out.push(text.repeat(5).slice(start, start + len))
    left -= len
  }
  return out
}

export default async function Pad({ params }) {
  const { chars } = await params
  const n = Math.min(Math.max(Number.parseInt(chars, 10) || 0, 0), 5_000_000)
  return (
    <main>
      <h1>Reference page</h1>
      {paragraphs(n, chars.endsWith('-typographic') ? TYPOGRAPHIC : TEXT).map((p, i) => (
        <p key={i}>{p}</p>
      ))}
    </main>
  )
}
