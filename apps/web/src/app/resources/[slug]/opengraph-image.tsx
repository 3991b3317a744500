import type { Author } from '@resilient-mind/content'
import { ImageResponse } from 'next/og'

import { SHARING_IMAGE } from '@/article/sharingImage'
import { content, optional } from '@/lib/content'

export const size = SHARING_IMAGE.size
export const contentType = SHARING_IMAGE.contentType
export const alt = SHARING_IMAGE.alt
export const revalidate = 3600
export const generateStaticParams = async () => []

/** The social-sharing card of an article, drawn with next/og's built-in font (nothing fetched). */
export default async function OpenGraphImage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  const cms = await content()
  const [article, practice] = await Promise.all([
    optional(() => cms.article(slug), null),
    optional(() => cms.practice(), null),
  ])
  const author = article && typeof article.author === 'object' ? (article.author as Author) : null
  const credentials = author?.credentials
    ?.map((c) => c.abbreviation)
    .filter(Boolean)
    .join(', ')
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        background: '#fbfaf7',
        padding: 72,
        color: '#1f2933',
      }}
    >
      <div style={{ fontSize: 30, color: '#1d4f6e' }}>{practice?.name ?? 'Resource library'}</div>
      <div style={{ fontSize: article && article.title.length > 70 ? 54 : 64, lineHeight: 1.15, display: 'flex' }}>
        {article?.title ?? 'Article'}
      </div>
      <div style={{ fontSize: 28, color: '#4a5560', display: 'flex' }}>
        {author ? `${author.name}${credentials ? `, ${credentials}` : ''}` : ''}
      </div>
    </div>,
    size,
  )
}
