import type { GetStaticProps } from 'next'
import Link from 'next/link'

import { CrisisNoticeSection } from '@/components/CrisisNotice'
import { safetyPaths } from '@/inquiry/paths'
import { SitePage, type PageProps } from '@/components/SitePage'
import { cachedPage } from '@/lib/pagesRouter'
import { pageMetadata } from '@/seo/metadata'

/** After a request: what happens next, and the crisis notice again. */
export const config = { unstable_runtimeJS: false }

export const getStaticProps: GetStaticProps = () => cachedPage(async () => ({}))

export default function ThanksPage({ practice }: PageProps<object>) {
  return (
    <SitePage
      practice={practice}
      meta={pageMetadata({
        title: 'Request sent',
        description: 'Your appointment request was sent.',
        path: safetyPaths.thanks,
        noindex: true,
      })}
    >
      <div className="narrow">
        <h1>Thank you, your request was sent</h1>
        <h2>What happens next</h2>
        <ul>
          <li>{practice?.name ?? 'The practice'} will get back to you using the contact method you chose.</li>
          <li>Your request is kept only as long as the privacy notice says, then deleted.</li>
          <li>You do not need to do anything else now.</li>
        </ul>
        <h2>If you need help sooner</h2>
        <p>
          This form is not watched around the clock. If you are in crisis or feel unsafe, please do not wait for a
          reply:
        </p>
        <CrisisNoticeSection notice={practice?.crisisNotice} />
        <p>
          <Link href="/">Back to the home page</Link> · <Link href={safetyPaths.legal('privacy')}>Privacy notice</Link>
        </p>
      </div>
    </SitePage>
  )
}
