import Head from 'next/head'

import { FALLBACK_PRACTICE, SiteChrome } from './SiteChrome'

/**
 * Stands in, for a second after the server starts, for a page the build could not fill
 * because the CMS was not running: the visit that sees it has the page rendered for the next.
 */
export function UnbuiltPage() {
  return (
    <>
      <Head>
        <title>{FALLBACK_PRACTICE.name}</title>
        <meta name="viewport" content="width=device-width, initial-scale=1" key="viewport" />
        <meta name="robots" content="noindex" />
      </Head>
      <SiteChrome practice={FALLBACK_PRACTICE}>
        <div className="narrow">
          <h1>This page is being prepared</h1>
          <p className="lead">The site has just started. Please load the page again.</p>
          <p>
            <a href="">Load the page again</a>
          </p>
        </div>
      </SiteChrome>
    </>
  )
}
