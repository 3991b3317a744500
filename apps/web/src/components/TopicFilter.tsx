import type { Topic } from '@resilient-mind/content'
import { libraryHref } from '@resilient-mind/content/routes'
import Link from 'next/link'

/** Topics as links that keep the search words; the chosen one is marked current. */
export function TopicFilter({ topics, current, query }: { topics: Topic[]; current?: string | null; query?: string }) {
  if (topics.length === 0) return null
  return (
    <nav aria-label="Filter by topic" className="topic-filter">
      <ul>
        <li>
          <Link href={libraryHref({ q: query })} aria-current={!current ? 'page' : undefined}>
            All topics
          </Link>
        </li>
        {topics.map((t) => (
          <li key={t.id}>
            <Link
              href={libraryHref({ q: query, topic: t.slug })}
              aria-current={current === t.slug ? 'page' : undefined}
            >
              {t.title}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
