import { sitePaths } from '@resilient-mind/content/routes'
import type { Metadata } from 'next'

import { ArticleBody } from '@/components/ArticleBody'
import { ArticleList } from '@/components/ArticleCard'
import { Credentials } from '@/components/AuthorCard'
import { CmsImage } from '@/components/CmsImage'
import { JsonLd } from '@/components/JsonLd'
import { TopicList } from '@/components/TopicList'
import { content, orNotFound } from '@/lib/content'
import { formatLabel, listOf, populated, stateName } from '@/lib/format'
import { personLd } from '@/seo/jsonLd'
import { pageMetadata } from '@/seo/metadata'

type Props = { params: Promise<{ slug: string }> }

export const revalidate = 3600
export const generateStaticParams = async () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const author = await (await content()).author(slug)
  if (!author) return { title: 'Not found' }
  const creds = author.credentials?.map((c) => c.abbreviation).filter(Boolean).join(', ')
  return pageMetadata({
    title: creds ? `${author.name}, ${creds}` : author.name,
    description: [author.role, creds].filter(Boolean).join(' · ') || undefined,
    path: sitePaths.author(author.slug ?? slug),
    image: typeof author.photo === 'object' ? author.photo : undefined,
    type: 'profile',
  })
}

/** A clinician's profile: credentials, where they are licensed, how they meet clients, what they wrote. */
export default async function AuthorPage({ params }: Props) {
  const { slug } = await params
  const cms = await content()
  const author = orNotFound(await cms.author(slug))
  const articles = await cms.articles({ authorId: author.id, limit: 20 })
  const states = (author.licensedIn ?? []).map(stateName)
  const formats = (author.sessionFormats ?? []).map(formatLabel)
  const specialties = populated(author.specialties)
  return (
    <div className="narrow">
      <JsonLd data={{ '@context': 'https://schema.org', ...personLd(author) }} />
      <CmsImage media={author.photo} sizes="10rem" className="author-photo" priority />
      <h1>{author.name}</h1>
      {author.role && <p className="lead">{author.role}</p>}
      {author.credentials?.length ? (
        <section aria-labelledby="credentials">
          <h2 id="credentials">Credentials</h2>
          <Credentials credentials={author.credentials} />
        </section>
      ) : null}
      {(states.length > 0 || formats.length > 0) && (
        <section aria-labelledby="practice-details">
          <h2 id="practice-details">Sessions</h2>
          <dl className="facts">
            {states.length > 0 && (
              <>
                <dt>Licensed in</dt>
                <dd>{listOf(states)}</dd>
              </>
            )}
            {formats.length > 0 && (
              <>
                <dt>Session formats</dt>
                <dd>{listOf(formats)}</dd>
              </>
            )}
          </dl>
        </section>
      )}
      {author.bio && (
        <section aria-labelledby="about">
          <h2 id="about">About {author.name}</h2>
          <ArticleBody data={author.bio} />
        </section>
      )}
      {specialties.length > 0 && (
        <section aria-labelledby="specialties">
          <h2 id="specialties">Specialties</h2>
          <TopicList topics={specialties} label="Specialties" />
        </section>
      )}
      {articles.docs.length > 0 && (
        <section aria-labelledby="articles">
          <h2 id="articles">Articles by {author.name}</h2>
          <ArticleList articles={articles.docs} />
        </section>
      )}
    </div>
  )
}
