import { sitePaths } from '@resilient-mind/content/routes'

import { connection } from 'next/server'

import { contentReadFresh } from '@/lib/content'
import { absoluteUrl } from '@/seo/metadata'

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/**
 * RSS 2.0 feed of the newest articles. Read from the CMS on every request (two small reads), so
 * it is never behind a publish and needs no refreshing; the proxy's micro-cache absorbs bursts.
 */
export async function GET() {
  await connection()
  const cms = contentReadFresh(0)
  const [practice, list] = await Promise.all([cms.practice(), cms.articles({ limit: 30 })])
  const items = list.docs
    .map((a) => {
      const url = absoluteUrl(sitePaths.article(a.slug ?? ''))
      const author = typeof a.author === 'object' ? a.author.name : undefined
      return [
        '<item>',
        `<title>${xml(a.title)}</title>`,
        `<link>${xml(url)}</link>`,
        `<guid isPermaLink="true">${xml(url)}</guid>`,
        a.publishedAt ? `<pubDate>${new Date(a.publishedAt).toUTCString()}</pubDate>` : '',
        author ? `<dc:creator>${xml(author)}</dc:creator>` : '',
        a.excerpt ? `<description>${xml(a.excerpt)}</description>` : '',
        '</item>',
      ].join('')
    })
    .join('\n')
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>${xml(`${practice.name} · Resource library`)}</title>
<link>${xml(absoluteUrl(sitePaths.library))}</link>
<description>${xml(practice.tagline ?? `Articles from ${practice.name}`)}</description>
<language>en-us</language>
<atom:link href="${xml(absoluteUrl(sitePaths.feed))}" rel="self" type="application/rss+xml"/>
${items}
</channel>
</rss>`
  return new Response(body, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } })
}
