import type { Inquiry } from '../payload-types'
import { joinUrl, trimSlash } from '../routes'
import { CmsError, kindForStatus, toCmsError } from './errors'
import { fetchWithTimeout } from './timeout'

/**
 * Submits an appointment request to the CMS as the website's form account. The API key is a
 * server-only credential of least privilege: that account may create inquiries and nothing
 * else. Never call this from code that runs in a browser.
 */
export type NewInquiry = Pick<Inquiry, 'name' | 'email' | 'preferredContact' | 'sessionFormat' | 'consent'> & {
  phone?: string
  service?: number | string
  note?: string
}

export class InquiryRejected extends CmsError {
  readonly fieldErrors: Record<string, string>
  constructor(message: string, fieldErrors: Record<string, string>, status: number) {
    super('bad-request', message, status)
    this.name = 'InquiryRejected'
    this.fieldErrors = fieldErrors
  }
}

type PayloadErrorBody = { errors?: { message?: string; data?: { errors?: { path?: string; message?: string }[] } }[] }

export async function submitInquiry(options: {
  baseUrl: string
  apiKey: string
  inquiry: NewInquiry
  fetch?: typeof fetch
  timeoutMs?: number
}): Promise<{ id: number | string }> {
  const doFetch = fetchWithTimeout(options.fetch ?? globalThis.fetch.bind(globalThis), options.timeoutMs)
  let res: Response
  try {
    res = await doFetch(joinUrl(trimSlash(options.baseUrl), '/api/inquiries'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `users API-Key ${options.apiKey}` },
      body: JSON.stringify(options.inquiry),
      cache: 'no-store',
    })
  } catch (err) {
    throw toCmsError(err, 'the appointment request')
  }
  const body = (await res.json().catch(() => ({}))) as PayloadErrorBody & { doc?: { id: number | string } }
  if (res.ok && body.doc) return { id: body.doc.id }
  const first = body.errors?.[0]
  if (res.status === 400) {
    const fieldErrors = Object.fromEntries(
      (first?.data?.errors ?? []).filter((e) => e.path).map((e) => [e.path!, e.message ?? 'Invalid']),
    )
    throw new InquiryRejected(
      `The CMS refused the appointment request: ${first?.message ?? 'invalid'}`,
      fieldErrors,
      res.status,
    )
  }
  throw new CmsError(
    kindForStatus(res.status),
    `The CMS answered ${res.status} to the appointment request: ${first?.message ?? res.statusText}`,
    res.status,
  )
}
