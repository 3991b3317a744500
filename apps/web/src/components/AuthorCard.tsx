import type { Author } from '@resilient-mind/content'
import { sitePaths } from '@resilient-mind/content/routes'
import Link from 'next/link'

import { formatLabel, listOf, stateName } from '@/lib/format'

import { CmsImage } from './CmsImage'

/** Credentials as "LPC, NCC": the abbreviations a reader recognises, each with its full title. */
export function Credentials({ credentials }: { credentials: Author['credentials'] }) {
  if (!credentials?.length) return null
  return (
    <ul className="credentials" aria-label="Credentials">
      {credentials.map((c, i) => (
        <li key={c.id ?? i}>
          {c.abbreviation ? (
            <>
              <abbr title={c.title}>{c.abbreviation}</abbr>
              <span className="credential-title"> – {c.title}</span>
            </>
          ) : (
            c.title
          )}
        </li>
      ))}
    </ul>
  )
}

/** Who wrote an article, with their credentials, states and formats, linking to their profile. */
export function AuthorCard({ author, headingLevel = 3 }: { author: Author; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const
  const states = (author.licensedIn ?? []).map(stateName)
  const formats = (author.sessionFormats ?? []).map(formatLabel)
  const href = author.slug ? sitePaths.author(author.slug) : undefined
  return (
    <section className="author-card" aria-label={`About ${author.name}`}>
      <CmsImage media={author.photo} sizes="6rem" className="author-photo" />
      <div>
        <Heading className="author-name">{href ? <Link href={href}>{author.name}</Link> : author.name}</Heading>
        {author.role && <p className="author-role">{author.role}</p>}
        <Credentials credentials={author.credentials} />
        {states.length > 0 && <p>Licensed in {listOf(states)}</p>}
        {formats.length > 0 && <p>Sessions: {listOf(formats.map((f) => f.toLowerCase()))}</p>}
      </div>
    </section>
  )
}
