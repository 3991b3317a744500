import type { ArticleSummary, Author, ContentClient, Practice, Service } from '@resilient-mind/content'
import { sitePaths } from '@resilient-mind/content/routes'
import Link from 'next/link'

import { ArticleList } from '@/components/ArticleCard'
import { AuthorCard } from '@/components/AuthorCard'
import { ServiceCard } from '@/components/ServiceCard'
import { JsonLd } from '@/components/JsonLd'
import { audienceLabel, formatLabel, listOf, stateName } from '@/lib/format'
import { practiceLd } from '@/seo/jsonLd'
import { pageMetadata, type PageMetadata } from '@/seo/metadata'

export type HomeData = { practice: Practice; latest: ArticleSummary[]; services: Service[]; authors: Author[] }

/** Home's reads; `practice` may come from the caller, who needs it too (the page's header). */
export async function loadHome(
  cms: ContentClient,
  practiceRead: Promise<Practice> = cms.practice(),
): Promise<HomeData> {
  const [practice, latest, services, authors] = await Promise.all([
    practiceRead,
    cms.articles({ limit: 3 }),
    cms.services(),
    cms.authors(),
  ])
  return { practice, latest: latest.docs, services, authors }
}

export function homeMetadata({ practice }: HomeData): PageMetadata {
  return pageMetadata({
    title: practice.name,
    absoluteTitle: true,
    description: practice.tagline ?? homeDescription(practice),
    path: '/',
  })
}

function homeDescription(p: { sessionFormats?: string[] | null; clients?: string[] | null; region?: string | null }) {
  const formats = (p.sessionFormats ?? []).map((f) => formatLabel(f).toLowerCase())
  const clients = (p.clients ?? []).map((c) => audienceLabel(c).toLowerCase())
  return [
    formats.length && `${listOf(formats)} therapy and coaching`,
    clients.length && `for ${listOf(clients)}`,
    p.region && `in ${p.region}`,
  ]
    .filter(Boolean)
    .join(' ')
    .replace(/^./, (c) => c.toUpperCase())
}

/** Home (/): who the practice is, the newest articles, what it offers and who works there. */
export function HomePage({ practice, latest, services, authors }: HomeData) {
  const summary = homeDescription(practice)
  const states = (practice.licensedIn ?? []).map(stateName)
  return (
    <>
      <JsonLd data={practiceLd(practice)} />
      <section aria-labelledby="intro">
        <h1 id="intro">{practice.name}</h1>
        {practice.tagline && <p className="lead">{practice.tagline}</p>}
        {summary && <p className="lead">{summary}.</p>}
        {states.length > 0 && <p>Licensed in {listOf(states)}.</p>}
        {practice.telehealthNote && <p>{practice.telehealthNote}</p>}
      </section>

      {latest.length > 0 && (
        <section aria-labelledby="latest">
          <h2 id="latest">Latest from the resource library</h2>
          <ArticleList articles={latest} />
          <p>
            <Link href={sitePaths.library}>Browse all articles</Link>
          </p>
        </section>
      )}

      {services.length > 0 && (
        <section aria-labelledby="services">
          <h2 id="services">Services</h2>
          <ul className="card-list grid">
            {services.map((s) => (
              <ServiceCard key={s.id} service={s} heading="h3" />
            ))}
          </ul>
        </section>
      )}

      {authors.length > 0 && (
        <section aria-labelledby="people">
          <h2 id="people">{authors.length === 1 ? 'Your therapist' : 'Our therapists'}</h2>
          {authors.map((a) => (
            <AuthorCard key={a.id} author={a} />
          ))}
        </section>
      )}
    </>
  )
}
