import type { Metadata } from 'next'
import Link from 'next/link'

import { CrisisNoticeSection } from '@/components/CrisisNotice'
import { content, optional } from '@/lib/content'
import { safetyPaths } from '@/inquiry/paths'

export const metadata: Metadata = { title: 'Request sent', robots: { index: false } }

/** After a request: what happens next, and the crisis notice again. */
export default async function ThanksPage() {
  const practice = await optional(async () => (await content()).practice(), null)
  return (
    <div className="narrow">
      <h1>Thank you, your request was sent</h1>
      <h2>What happens next</h2>
      <ul>
        <li>{practice?.name ?? 'The practice'} will get back to you using the contact method you chose.</li>
        <li>Your request is kept only as long as the privacy notice says, then deleted.</li>
        <li>You do not need to do anything else now.</li>
      </ul>
      <h2>If you need help sooner</h2>
      <p>This form is not watched around the clock. If you are in crisis or feel unsafe, please do not wait for a reply:</p>
      <CrisisNoticeSection notice={practice?.crisisNotice} />
      <p>
        <Link href="/">Back to the home page</Link> · <Link href={safetyPaths.legal('privacy')}>Privacy notice</Link>
      </p>
    </div>
  )
}
