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

import { padParagraphs } from '../../../lib/padText'

export default async function Pad({ params }) {
  const { chars } = await params
  return (
    <main>
      <h1>Reference page</h1>
      {padParagraphs(chars).map((p, i) => (
        <p key={i}>{p}</p>
      ))}
    </main>
  )
}
