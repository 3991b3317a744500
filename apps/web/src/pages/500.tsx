import { sitePaths } from '@resilient-mind/content/routes'

import { SitePage } from '@/components/SitePage'
import { pageMetadata } from '@/seo/metadata'

export const config = { unstable_runtimeJS: false }

/**
 * A Pages Router page could not be made (usually the CMS is unreachable and no copy was
 * cached): said calmly, with the safety bar and a way on, as app/error.tsx does for the
 * editor-only App Router pages.
 * Built once, without the CMS, so it can be shown when the CMS is down.
 */
export default function ServerError() {
  return (
    <SitePage
      practice={null}
      meta={pageMetadata({ title: 'This page can’t be shown right now', path: '/500', noindex: true })}
    >
      <div className="narrow">
        <h1>This page can’t be shown right now</h1>
        <p className="lead">Something went wrong on our side while loading it. Please try again in a moment.</p>
        <ul>
          <li>
            <a href={sitePaths.library}>Browse the resource library</a>
          </li>
          <li>
            <a href="/">Go to the home page</a>
          </li>
        </ul>
      </div>
    </SitePage>
  )
}
