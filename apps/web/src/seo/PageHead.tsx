import { sitePaths } from '@resilient-mind/content/routes'
import Head from 'next/head'

import { absoluteUrl, fullTitle, THEME, type PageMetadata } from './metadata'

/**
 * The head of every visitor page, from its PageMetadata: title, description, canonical URL,
 * Open Graph and Twitter cards, theme, icon and the feed.
 */
export function PageHead(props: HeadProps) {
  return <Head>{headTags(props)}</Head>
}

type HeadProps = { meta: PageMetadata; siteName: string; siteDescription?: string | null }

/** The tags themselves (a list, as next/head wants its children), apart so they can be tested. */
export function headTags({ meta, siteName, siteDescription }: HeadProps) {
  const title = fullTitle(meta, siteName)
  const description = meta.description ?? (siteDescription || undefined)
  const url = absoluteUrl(meta.path)
  const image = meta.image
  const imageUrl = image && absoluteUrl(image.url)
  const tags: [attr: 'name' | 'property', key: string, content: string | undefined][] = [
    ['name', 'description', description],
    ['name', 'robots', meta.noindex ? 'noindex, follow' : undefined],
    ['property', 'og:title', meta.title],
    ['property', 'og:description', description],
    ['property', 'og:url', url],
    ['property', 'og:site_name', siteName],
    ['property', 'og:locale', 'en_US'],
    ['property', 'og:type', meta.type],
    ['property', 'og:image', imageUrl],
    ['property', 'og:image:type', image?.type],
    ['property', 'og:image:width', image?.width?.toString()],
    ['property', 'og:image:height', image?.height?.toString()],
    ['property', 'og:image:alt', image?.alt],
    ['property', 'article:published_time', meta.publishedTime],
    ...(meta.authors ?? []).map((name): [attr: 'property', key: string, content: string] => [
      'property',
      'article:author',
      name,
    ]),
    ['name', 'twitter:card', image ? 'summary_large_image' : 'summary'],
    ['name', 'twitter:title', meta.title],
    ['name', 'twitter:description', description],
    ['name', 'twitter:image', imageUrl],
    ['name', 'twitter:image:alt', image?.alt],
  ]
  return [
    <meta name="viewport" content="width=device-width, initial-scale=1" key="viewport" />,
    <meta name="theme-color" content={THEME.themeColor} key="theme-color" />,
    <meta name="color-scheme" content={THEME.colorScheme} key="color-scheme" />,
    <title key="title">{title}</title>,
    !meta.noindex && <link rel="canonical" href={url} key="canonical" />,
    ...tags.map(
      ([attr, key, content], i) =>
        content !== undefined && <meta key={`${key}-${i}`} {...{ [attr]: key }} content={content} />,
    ),
    <link
      rel="alternate"
      type="application/rss+xml"
      title={`${siteName} · Resource library`}
      href={absoluteUrl(sitePaths.feed)}
      key="feed"
    />,
    <link rel="icon" href="/icon.svg" type="image/svg+xml" sizes="any" key="icon" />,
  ].filter(Boolean)
}
