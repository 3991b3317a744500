import type { ArticleSummary, Author } from '@resilient-mind/content'
import { sitePaths } from '@resilient-mind/content/routes'
import type { GetStaticProps } from 'next'

import { ArticleBody } from '@/components/ArticleBody'
import { ArticleList } from '@/components/ArticleCard'
import { Credentials } from '@/components/AuthorCard'
import { CmsImage } from '@/components/CmsImage'
import { JsonLd } from '@/components/JsonLd'
import { TopicList } from '@/components/TopicList'
import { formatLabel, listOf, populated, stateName } from '@/lib/format'
import { SitePage, type PageProps } from '@/components/SitePage'
import { cachedPage, renderOnFirstVisit } from '@/lib/pagesRouter'
import { personLd } from '@/seo/jsonLd'
import { mediaImage, pageMetadata } from '@/seo/metadata'

/** A clinician's profile: credentials, where they are licensed, how they meet clients, what they wrote. */
export const config = { unstable_runtimeJS: false }

type Data = { author: Author; articles: ArticleSummary[] }

export const getStaticPaths = renderOnFirstVisit

export const getStaticProps: GetStaticProps<object, { slug: string }> = ({ params }) =>
  cachedPage(async (cms) => {
    const author = await cms.author(params!.slug)
    return author && { author, articles: (await cms.articles({ authorId: author.id, limit: 20 })).docs }
  }, sitePaths.author(params!.slug))

function authorMetadata(author: Author) {
  const creds = author.credentials
    ?.map((c) => c.abbreviation)
    .filter(Boolean)
    .join(', ')
  const title = creds ? `${author.name}, ${creds}` : author.name
  return pageMetadata({
    title,
    description: [author.role, creds].filter(Boolean).join(' · ') || undefined,
    path: sitePaths.author(author.slug ?? String(author.id)),
    image: mediaImage(author.photo, author.name),
    type: 'profile',
  })
}

export default function AuthorPage({ data: { author, articles }, practice }: PageProps<Data>) {
  const states = (author.licensedIn ?? []).map(stateName)
  const formats = (author.sessionFormats ?? []).map(formatLabel)
  const specialties = populated(author.specialties)
  return (
    <SitePage practice={practice} meta={authorMetadata(author)}>
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
        {articles.length > 0 && (
          <section aria-labelledby="articles">
            <h2 id="articles">Articles by {author.name}</h2>
            <ArticleList articles={articles} />
          </section>
        )}
      </div>
    </SitePage>
  )
}
