import type { Article } from '@resilient-mind/content'
import { renderToStaticMarkup } from 'react-dom/server'

import { articleMetadata } from '@/article/metadata'
import { headTags } from '@/seo/PageHead'

/** The head every visitor page gets (seo/PageHead from seo/metadata), shown on an article. */
const media = (id: number, filename: string, alt: string) => ({
  id,
  filename,
  alt,
  width: 1600,
  height: 900,
  mimeType: 'image/jpeg',
  updatedAt: '',
  createdAt: '',
})

const article = {
  id: 7,
  title: 'Rebuilding trust after betrayal',
  slug: 'rebuilding-trust',
  excerpt: 'The article excerpt.',
  publishedAt: '2026-01-02T03:04:05.000Z',
  author: { id: 1, name: 'Kathryn Fayle', slug: 'kathryn-fayle' },
  heroImage: media(1, 'hero.jpg', 'The hero picture'),
  meta: {
    title: 'Trust after betrayal: where to start',
    description: 'What the editor wrote for search engines.',
    image: media(2, 'seo card.jpg', 'The editor’s sharing picture'),
  },
} as unknown as Article

function head(a: Article) {
  const html = renderToStaticMarkup(<>{headTags({ meta: articleMetadata(a), siteName: 'Resilient Mind' })}</>)
  const doc = new DOMParser().parseFromString(`<head>${html}</head>`, 'text/html')
  const meta = (attr: string, key: string) =>
    [...doc.querySelectorAll(`meta[${attr}="${key}"]`)].map((m) => m.getAttribute('content'))
  return { doc, meta, title: doc.querySelector('title')?.textContent }
}

describe("an article's head", () => {
  it("carries the editor's SEO title, description and image", () => {
    const { meta, title, doc } = head(article)
    expect(title).toBe('Trust after betrayal: where to start · Resilient Mind')
    expect(meta('name', 'description')).toEqual(['What the editor wrote for search engines.'])
    expect(meta('property', 'og:title')).toEqual(['Trust after betrayal: where to start'])
    expect(meta('property', 'og:description')).toEqual(['What the editor wrote for search engines.'])
    expect(meta('property', 'og:image')).toEqual(['http://localhost:3001/media/seo%20card.jpg'])
    expect(meta('property', 'og:image:alt')).toEqual(['The editor’s sharing picture'])
    expect(meta('property', 'og:image:width')).toEqual(['1600'])
    expect(meta('name', 'twitter:image')).toEqual(['http://localhost:3001/media/seo%20card.jpg'])
    expect(meta('name', 'twitter:card')).toEqual(['summary_large_image'])
    expect(meta('property', 'og:type')).toEqual(['article'])
    expect(meta('property', 'article:author')).toEqual(['Kathryn Fayle'])
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      'http://localhost:3001/resources/rebuilding-trust',
    )
  })

  it('falls back to the title, excerpt and hero image, then to the generated card', () => {
    const plain = { ...article, meta: {} } as Article
    let h = head(plain)
    expect(h.title).toBe('Rebuilding trust after betrayal · Resilient Mind')
    expect(h.meta('name', 'description')).toEqual(['The article excerpt.'])
    expect(h.meta('property', 'og:image')).toEqual(['http://localhost:3001/media/hero.jpg'])
    h = head({ ...plain, heroImage: null } as Article)
    expect(h.meta('property', 'og:image')).toEqual(['http://localhost:3001/resources/rebuilding-trust/opengraph-image'])
    expect(h.meta('property', 'og:image:type')).toEqual(['image/png'])
  })
})
