import type { GetServerSideProps } from 'next'
import Link from 'next/link'

import { InquiryForm, type InquiryFormState, type ServiceOption } from '@/components/InquiryForm'
import { receiveInquiry } from '@/inquiry/receive'
import { safetyPaths } from '@/inquiry/paths'
import { SitePage, type PageProps } from '@/components/SitePage'
import { orFallback, readPage } from '@/lib/pagesRouter'
import { pageMetadata } from '@/seo/metadata'

/**
 * The appointment request form (/contact; a service page links here with its service chosen).
 * It works without JavaScript: the form posts back to this address, the request is checked
 * on the server (inquiry/receive), and the visitor either goes on to the thank-you page (303,
 * so reloading it sends nothing twice) or gets the form again with what they typed and what
 * to correct. Rendered per request: it carries what one visitor sent.
 */
export const config = { unstable_runtimeJS: false }

type Data = { services: ServiceOption[]; form: InquiryFormState }

const EMPTY_FORM: InquiryFormState = { errors: {}, values: { preferredContact: 'email', sessionFormat: 'either' } }

export const getServerSideProps: GetServerSideProps<PageProps<Data>> = async ({ req, res, query }) => {
  res.setHeader('Cache-Control', 'private, no-store')
  let form = EMPTY_FORM
  if (req.method === 'POST') {
    const result = await receiveInquiry(req)
    if (result.ok) return { redirect: { destination: safetyPaths.thanks, statusCode: 303 } }
    res.statusCode = result.status
    if (result.retryAfterSeconds) res.setHeader('Retry-After', String(result.retryAfterSeconds))
    form = { message: result.message, errors: result.errors, values: result.values }
  } else if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD, POST')
    res.statusCode = 405
  }
  const props = await readPage(async (cms) => {
    const services = (await cms.services().catch(orFallback([])))
      .filter((s) => s.slug)
      .map((s) => ({ slug: s.slug!, title: s.title }))
    const wanted = typeof query.service === 'string' ? query.service : undefined
    if (req.method !== 'POST' && wanted && services.some((s) => s.slug === wanted))
      form = { ...form, values: { ...form.values, service: wanted } }
    return { services, form }
  })
  return { props: props! }
}

export default function ContactPage({ data: { services, form }, practice }: PageProps<Data>) {
  return (
    <SitePage
      practice={practice}
      meta={pageMetadata({
        title: 'Request an appointment',
        description: 'Ask for a first appointment. We only ask for what we need to get back to you.',
        path: safetyPaths.contact,
      })}
    >
      <div className="narrow">
        <h1>Request an appointment</h1>
        <p className="lead">
          Tell us how to reach you and we will get back to you to arrange a first appointment
          {practice?.name ? ` with ${practice.name}` : ''}.
        </p>
        <p>
          We ask only for what we need to reply. Read what we keep and for how long in the{' '}
          <Link href={safetyPaths.legal('privacy')}>privacy notice</Link>.
        </p>
        <InquiryForm services={services} state={form} />
      </div>
    </SitePage>
  )
}
