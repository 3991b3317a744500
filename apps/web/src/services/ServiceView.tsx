import type { Practice, Service } from '@resilient-mind/content'
import { libraryHref, sitePaths } from '@resilient-mind/content/routes'
import Link from 'next/link'

import { ArticleBody } from '@/components/ArticleBody'
import { AuthorCard } from '@/components/AuthorCard'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { GoodFaithEstimateNotice } from '@/components/GoodFaithEstimateNotice'
import { JsonLd } from '@/components/JsonLd'
import { TopicList } from '@/components/TopicList'
import { audienceLabel, formatLabel, listOf, populated } from '@/lib/format'
import { safetyPaths } from '@/inquiry/paths'
import { serviceLd } from '@/seo/jsonLd'
import { mediaImage, pageMetadata } from '@/seo/metadata'

/** A service's head: the editor's SEO title, description and image first. */
export function serviceMetadata(service: Service) {
  const title = service.meta?.title?.trim() || service.title
  return pageMetadata({
    title,
    description: service.meta?.description || service.summary,
    path: sitePaths.service(service.slug ?? String(service.id)),
    image: mediaImage(service.meta?.image, title),
  })
}

/** One service. Session length, fee and insurance appear only when the practice has given them. */
export function ServiceView({ service, practice }: { service: Service; practice: Practice | null }) {
  const slug = service.slug ?? String(service.id)
  const providers = populated(service.providers)
  const topics = populated(service.topics)
  const formats = (service.formats ?? []).map(formatLabel)
  return (
    <div className="narrow">
      <JsonLd data={serviceLd(service, practice)} />
      <Breadcrumbs parent={{ href: sitePaths.services, label: 'Services' }} current={service.title} />
      <h1>{service.title}</h1>
      <p className="lead">{service.summary}</p>
      <p>
        <Link className="button" href={safetyPaths.contactFor(service.slug ?? slug)}>
          Request an appointment for {service.title.charAt(0).toLowerCase() + service.title.slice(1)}
        </Link>
      </p>
      <ArticleBody data={service.description} />
      <section aria-labelledby="details">
        <h2 id="details">Details</h2>
        <dl className="facts">
          <dt>For</dt>
          <dd>{listOf(service.audience.map(audienceLabel))}</dd>
          {formats.length > 0 && (
            <>
              <dt>Formats</dt>
              <dd>{listOf(formats)}</dd>
            </>
          )}
          {service.sessionLength && (
            <>
              <dt>Session length</dt>
              <dd>{service.sessionLength}</dd>
            </>
          )}
          {service.fee && (
            <>
              <dt>Fee</dt>
              <dd>{service.fee}</dd>
            </>
          )}
        </dl>
        {service.insuranceNote && <p>{service.insuranceNote}</p>}
      </section>
      <GoodFaithEstimateNotice />
      {providers.length > 0 && (
        <section aria-labelledby="providers">
          <h2 id="providers">{providers.length === 1 ? 'Your therapist' : 'Therapists'}</h2>
          {providers.map((a) => (
            <AuthorCard key={a.id} author={a} />
          ))}
        </section>
      )}
      {service.faqs?.length ? (
        <section aria-labelledby="faqs">
          <h2 id="faqs">Questions</h2>
          {service.faqs.map((f, i) => (
            <details key={f.id ?? i}>
              <summary>{f.question}</summary>
              <p>{f.answer}</p>
            </details>
          ))}
        </section>
      ) : null}
      {topics.length > 0 && (
        <section aria-labelledby="reading">
          <h2 id="reading">Related reading</h2>
          <TopicList topics={topics} />
          <p>
            <Link href={libraryHref({ topic: topics[0].slug })}>Articles about {topics[0].title}</Link>
          </p>
        </section>
      )}
    </div>
  )
}
