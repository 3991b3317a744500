import { sitePaths } from '@resilient-mind/content/routes'
import type { GetStaticProps } from 'next'
import Link from 'next/link'

import { SearchForm } from '@/components/SearchForm'
import { cachedPage, SitePage, type PageProps } from '@/lib/pagesRouter'
import { pageMetadata } from '@/seo/metadata'

/** Inside the site's chrome, so the navigation and the crisis notice stay in reach. */
export const config = { unstable_runtimeJS: false }

export const getStaticProps: GetStaticProps = () => cachedPage(async () => ({}))

export default function NotFound({ practice }: PageProps<object>) {
  return (
    <SitePage practice={practice} meta={pageMetadata({ title: 'Page not found', path: '/404', noindex: true })}>
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
    </SitePage>
  )
}
