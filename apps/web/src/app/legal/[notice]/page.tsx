import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ArticleBody } from '@/components/ArticleBody'
import { content, optional } from '@/lib/content'
import { LEGAL_NOTICES, safetyPaths, type LegalNotice } from '@/inquiry/paths'
import { pageMetadata } from '@/seo/metadata'

type Props = { params: Promise<{ notice: string }> }

// Rendered on the first visit (the CMS need not be up while building), then cached until the
// Practice global changes or an hour passes. Unknown notices are a 404.
export const revalidate = 3600
export const generateStaticParams = async () => []

const known = (notice: string): notice is LegalNotice => notice in LEGAL_NOTICES

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { notice } = await params
  if (!known(notice)) return { title: 'Not found' }
  return pageMetadata({ title: LEGAL_NOTICES[notice].title, path: safetyPaths.legal(notice) })
}

/** The notices edited in the Practice global (Safety & legal). */
export default async function LegalNoticePage({ params }: Props) {
  const { notice } = await params
  if (!known(notice)) notFound()
  const practice = await optional(async () => (await content()).practice(), null)
  const body = practice?.legal?.[LEGAL_NOTICES[notice].field]
  return (
    <div className="narrow">
      <h1>{LEGAL_NOTICES[notice].title}</h1>
      {body ? <ArticleBody data={body} /> : <p>This notice is not available right now. Please contact the practice to ask for it.</p>}
      {notice === 'privacy' && <FormDataSection retentionDays={practice?.inquiryRetentionDays} />}
    </div>
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
        Only the practice&apos;s administrators can read requests. The email that tells the practice a request arrived contains
        your name and a link, not your details.{' '}
        {retentionDays
          ? `Requests are deleted automatically ${retentionDays} days after they are sent.`
          : 'Requests are deleted automatically after a short retention period.'}
      </p>
    </section>
  )
}
