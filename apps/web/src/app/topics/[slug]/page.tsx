import { libraryHref, sitePaths } from '@resilient-mind/content/routes'
import type { Metadata } from 'next'
import Link from 'next/link'

import { ArticleList } from '@/components/ArticleCard'
import { EmptyState } from '@/components/EmptyState'
import { content, orNotFound } from '@/lib/content'
import { pageMetadata } from '@/seo/metadata'

type Props = { params: Promise<{ slug: string }> }

export const revalidate = 3600
export const generateStaticParams = async () => []

const SHOWN = 20

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const topic = await (await content()).topic(slug)
  if (!topic) return { title: 'Not found' }
  return pageMetadata({ title: topic.title, description: topic.description ?? `Articles about ${topic.title}`, path: sitePaths.topic(topic.slug ?? slug) })
}

export default async function TopicPage({ params }: Props) {
  const { slug } = await params
  const cms = await content()
  const topic = orNotFound(await cms.topic(slug))
  const articles = await cms.articles({ topicId: topic.id, limit: SHOWN })
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumbs">
        <ol>
          <li>
            <Link href={sitePaths.library}>Resource library</Link>
          </li>
          <li aria-current="page">{topic.title}</li>
        </ol>
      </nav>
      <h1>{topic.title}</h1>
      {topic.description && <p className="lead">{topic.description}</p>}
      {articles.docs.length === 0 ? (
        <EmptyState title={`No articles about ${topic.title} yet.`} action={{ href: sitePaths.library, label: 'See all articles' }} />
      ) : (
        <>
          <h2 className="visually-hidden">Articles</h2>
          <ArticleList articles={articles.docs} />
          {articles.totalDocs > SHOWN && (
            <p>
              <Link href={libraryHref({ topic: topic.slug })}>All {articles.totalDocs} articles about {topic.title}</Link>
            </p>
          )}
        </>
      )}
    </>
  )
}
