import { sitePaths } from '@resilient-mind/content/routes'
import type { Metadata } from 'next'
import Head from 'next/head'

import { absoluteUrl, siteViewport } from './metadata'

export type SharingImage = { url: string; alt: string; width: number; height: number; type: string }

const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined)

/** "Title · Site", or the title alone when the page asks for it ({ absolute }), as the root layout's template does. */
function fullTitle(title: Metadata['title'], siteName: string) {
  if (title && typeof title === 'object' && 'absolute' in title && title.absolute) return title.absolute
  const own = text(title)
  return own ? `${own} · ${siteName}` : siteName
}

/**
 * The head a Pages Router page needs, written from the same Metadata object an App Router page
 * returns (see seo/metadata.ts), so both routers describe a page alike. Only what this site's
 * metadata uses: title, description, robots, canonical, Open Graph, Twitter, theme, icon, feed.
 */
export function PagesRouterHead({ metadata, siteName, siteDescription, image }: { metadata: Metadata; siteName: string; siteDescription?: string | null; image?: SharingImage }) {
  const description = text(metadata.description) ?? text(siteDescription)
  const canonical = text(metadata.alternates?.canonical)
  const og = (metadata.openGraph ?? {}) as Record<string, unknown>
  const twitter = (metadata.twitter ?? {}) as Record<string, unknown>
  const robots = metadata.robots && typeof metadata.robots === 'object' ? metadata.robots : undefined
  const imageUrl = image && absoluteUrl(image.url)
  const tags: [string, string, string | undefined][] = [
    ['name', 'description', description],
    ['name', 'robots', robots && `${robots.index === false ? 'noindex' : 'index'}, ${robots.follow === false ? 'nofollow' : 'follow'}`],
    ['property', 'og:title', text(og.title)],
    ['property', 'og:description', text(og.description)],
    ['property', 'og:url', text(og.url) && absoluteUrl(og.url as string)],
    ['property', 'og:site_name', siteName],
    ['property', 'og:locale', 'en_US'],
    ['property', 'og:image', imageUrl],
    ['property', 'og:image:type', image?.type],
    ['property', 'og:image:width', image && String(image.width)],
    ['property', 'og:image:height', image && String(image.height)],
    ['property', 'og:image:alt', image?.alt],
    ['property', 'og:type', text(og.type)],
    ['property', 'article:published_time', text(og.publishedTime)],
    ...((Array.isArray(og.authors) ? og.authors : []) as string[]).map((name): [string, string, string] => ['property', 'article:author', name]),
    ['name', 'twitter:card', text(twitter.card)],
    ['name', 'twitter:title', text(twitter.title)],
    ['name', 'twitter:description', text(twitter.description)],
    ['name', 'twitter:image', imageUrl],
    ['name', 'twitter:image:alt', image?.alt],
  ]
  return (
    <Head>
      <meta name="viewport" content="width=device-width, initial-scale=1" key="viewport" />
      <meta name="theme-color" content={siteViewport.themeColor} />
      <meta name="color-scheme" content={siteViewport.colorScheme} />
      <title>{fullTitle(metadata.title, siteName)}</title>
      {canonical && <link rel="canonical" href={absoluteUrl(canonical)} />}
      {tags.map(([attr, key, content], i) => content !== undefined && <meta key={`${key}-${i}`} {...{ [attr]: key }} content={content} />)}
      <link rel="alternate" type="application/rss+xml" href={absoluteUrl(sitePaths.feed)} />
      <link rel="icon" href="/icon.svg" type="image/svg+xml" sizes="any" />
    </Head>
  )
}
