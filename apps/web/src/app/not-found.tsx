import { sitePaths } from '@resilient-mind/content/routes'
import Link from 'next/link'

import { SearchForm } from '@/components/SearchForm'

export const metadata = { title: 'Page not found', robots: { index: false } }

/** Inside the site's layout, so the navigation (and later the crisis notice) stay in reach. */
export default function NotFound() {
  return (
    <div className="narrow">
      <h1>We can’t find that page</h1>
      <p className="lead">It may have moved, or the address may be mistyped.</p>
      <SearchForm />
      <ul>
        <li>
          <Link href={sitePaths.library}>Browse the resource library</Link>
        </li>
        <li>
          <Link href={sitePaths.services}>See our services</Link>
        </li>
        <li>
          <Link href="/">Go to the home page</Link>
        </li>
      </ul>
    </div>
  )
}
