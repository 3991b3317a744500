import { sitePaths } from '@resilient-mind/content/routes'
import Link from 'next/link'

import { SearchForm } from '@/components/SearchForm'

export const metadata = {
  title: 'Page not found',
  description: 'There is no page at this address. Search the resource library, or see our services.',
  robots: { index: false },
}

/**
 * Every 404 of the site, inside the site's chrome so the navigation and the crisis notice stay
 * in reach. The one visitor page the App Router renders: as soon as app/ exists (for the route
 * handlers), Next renders all 404s, the Pages Router's too, with app/not-found (see
 * docs/architecture.md).
 */
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
