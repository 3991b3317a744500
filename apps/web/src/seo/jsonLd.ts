import type { Article, Author, Practice, Service } from '@resilient-mind/content'
import { mediaPath, sitePaths } from '@resilient-mind/content/routes'

import { audienceLabel, formatLabel, populated, stateName } from '@/lib/format'

import { absoluteUrl } from './metadata'

/** schema.org data. Only facts the CMS holds: no invented address, phone or prices. */
export function personLd(author: Author) {
  return {
    '@type': 'Person',
    name: author.name,
    ...(author.slug && { url: absoluteUrl(sitePaths.author(author.slug)) }),
    ...(author.role && { jobTitle: author.role }),
    ...(author.credentials?.length && {
      hasCredential: author.credentials.map((c) => ({
        '@type': 'EducationalOccupationalCredential',
        name: c.title,
        ...(c.abbreviation && { alternateName: c.abbreviation }),
        credentialCategory: 'license or certification',
      })),
    }),
  }
}

export function practiceLd(practice: Practice) {
  return {
    '@context': 'https://schema.org',
    '@type': 'ProfessionalService',
    name: practice.name,
    url: absoluteUrl('/'),
    ...(practice.tagline && { slogan: practice.tagline }),
    ...(practice.region && { areaServed: { '@type': 'State', name: practice.region } }),
    ...(practice.contact?.email && { email: practice.contact.email }),
    ...(practice.contact?.phone && { telephone: practice.contact.phone }),
    ...(practice.licensedIn?.length && {
      knowsAbout: practice.licensedIn.map(stateName).map((s) => `Licensed in ${s}`),
    }),
  }
}

export function articleLd(article: Article, practice: Pick<Practice, 'name'> | null) {
  const authors = [article.author, ...(article.coAuthors ?? [])].filter(
    (a): a is Author => typeof a === 'object' && a !== null,
  )
  const image = typeof article.heroImage === 'object' && article.heroImage ? mediaPath(article.heroImage) : undefined
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: article.title,
    ...(article.excerpt && { description: article.excerpt }),
    ...(article.publishedAt && { datePublished: article.publishedAt }),
    dateModified: article.updatedAt,
    mainEntityOfPage: absoluteUrl(sitePaths.article(article.slug ?? '')),
    image: image ? absoluteUrl(image) : absoluteUrl(`${sitePaths.article(article.slug ?? '')}/opengraph-image`),
    author: authors.map(personLd),
    ...(practice && { publisher: { '@type': 'Organization', name: practice.name, url: absoluteUrl('/') } }),
    ...(populated(article.topics).length && {
      keywords: populated(article.topics)
        .map((t) => t.title)
        .join(', '),
    }),
  }
}

export function serviceLd(service: Service, practice: Pick<Practice, 'name' | 'region'> | null) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Service',
    name: service.title,
    description: service.summary,
    url: absoluteUrl(sitePaths.service(service.slug ?? '')),
    ...(practice && { provider: { '@type': 'ProfessionalService', name: practice.name, url: absoluteUrl('/') } }),
    ...(practice?.region && { areaServed: { '@type': 'State', name: practice.region } }),
    audience: service.audience.map((a) => ({ '@type': 'PeopleAudience', audienceType: audienceLabel(a) })),
    ...(service.formats?.length && {
      availableChannel: service.formats.map((f) => ({ '@type': 'ServiceChannel', name: formatLabel(f) })),
    }),
    ...(service.fee && { offers: { '@type': 'Offer', description: service.fee } }),
  }
}
