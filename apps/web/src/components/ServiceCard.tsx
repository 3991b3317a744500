import type { Service } from '@resilient-mind/content'
import { sitePaths } from '@resilient-mind/content/routes'
import Link from 'next/link'

import { audienceLabel, formatLabel, listOf } from '@/lib/format'

/** One service in a list (home, the services list): its name, summary, who it is for and how it is offered. */
export function ServiceCard({ service: s, heading: Heading = 'h2' }: { service: Service; heading?: 'h2' | 'h3' }) {
  return (
    <li className="card">
      <Heading className="card-title">
        <Link href={sitePaths.service(s.slug ?? '')}>{s.title}</Link>
      </Heading>
      <p>{s.summary}</p>
      <p className="meta">
        For {listOf(s.audience.map((a) => audienceLabel(a).toLowerCase()))}
        {s.formats?.length ? ` · ${listOf(s.formats.map((f) => formatLabel(f).toLowerCase()))}` : ''}
      </p>
    </li>
  )
}
