import type { GetStaticProps } from 'next'

import { ArticleBody } from '@/components/ArticleBody'
import { SitePage, type PageProps } from '@/components/SitePage'
import { cachedPage, REVALIDATE_SECONDS, renderOnFirstVisit } from '@/lib/pagesRouter'
import { LEGAL_NOTICES, safetyPaths, type LegalNotice } from '@/inquiry/paths'
import { pageMetadata } from '@/seo/metadata'

/** The notices edited in the Practice global (Safety & legal); unknown notices are a 404. */
export const config = { unstable_runtimeJS: false }

type Data = { notice: LegalNotice }

/** What each notice is, for search results and shared links. */
const DESCRIPTIONS: Record<LegalNotice, string> = {
  'good-faith-estimate': 'Your right to a Good Faith Estimate of what your care will cost, before you start.',
  complaints: 'How to raise a concern about your care, and how to file a complaint with the licensing board.',
  privacy: 'What this site and the appointment request form keep about you, who can read it, and for how long.',
}

const known = (notice: string): notice is LegalNotice => Object.hasOwn(LEGAL_NOTICES, notice)

export const getStaticPaths = renderOnFirstVisit

export const getStaticProps: GetStaticProps<object, { notice: string }> = async ({ params }) => {
  const notice = params!.notice
  if (!known(notice)) return { notFound: true, revalidate: REVALIDATE_SECONDS }
  // The notice's text is part of the practice details, which every page reads: here they are
  // required, so a CMS that does not answer keeps the copy already cached.
  return cachedPage(async (_, practice) => {
    await practice
    return { notice }
  })
}

export default function LegalNoticePage({ data: { notice }, practice }: PageProps<Data>) {
  const body = practice?.legal?.[LEGAL_NOTICES[notice].field]
  return (
    <SitePage
      practice={practice}
      meta={pageMetadata({
        title: LEGAL_NOTICES[notice].title,
        description: DESCRIPTIONS[notice],
        path: safetyPaths.legal(notice),
      })}
    >
      <div className="narrow">
        <h1>{LEGAL_NOTICES[notice].title}</h1>
        {body ? (
          <ArticleBody data={body} />
        ) : (
          <p>This notice is not available right now. Please contact the practice to ask for it.</p>
        )}
        {notice === 'privacy' && <FormDataSection retentionDays={practice?.inquiryRetentionDays} />}
      </div>
    </SitePage>
  )
}

/** States exactly what the appointment form stores, from the same list the form uses. */
function FormDataSection({ retentionDays }: { retentionDays?: number | null }) {
  return (
    <section aria-labelledby="form-data">
      <h2 id="form-data">What the appointment request form keeps</h2>
      <ul>
        <li>your name and email address, and your phone number if you give one;</li>
        <li>how you prefer to be contacted, the service and session format you chose;</li>
        <li>your short note, if you write one (please no clinical or crisis details);</li>
        <li>that you agreed to be contacted, and when the request was sent.</li>
      </ul>
      <p>
        Only the practice&apos;s administrators can read requests. The email that tells the practice a request arrived
        contains your name and a link, not your details.{' '}
        {retentionDays
          ? `Requests are deleted automatically ${retentionDays} days after they are sent.`
          : 'Requests are deleted automatically after a short retention period.'}
      </p>
    </section>
  )
}
