import type { Topic } from '@resilient-mind/content'
import { sitePaths } from '@resilient-mind/content/routes'
import Link from 'next/link'

export function TopicList({ topics, label = 'Topics' }: { topics: Topic[]; label?: string }) {
  if (topics.length === 0) return null
  return (
    <ul className="tags" aria-label={label}>
      {topics.map((t) => (
        <li key={t.id}>{t.slug ? <Link href={sitePaths.topic(t.slug)}>{t.title}</Link> : t.title}</li>
      ))}
    </ul>
  )
}
