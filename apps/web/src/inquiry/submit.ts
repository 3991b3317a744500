import { InquiryRejected, isCmsError, type NewInquiry } from '@resilient-mind/content'

import type { RateLimiter } from './rateLimit'
import { readSubmission, validateInquiry, type FieldErrors, type InquiryField, type InquiryValues } from './schema'

/**
 * One appointment request, from a form post or a JSON body, to a stored inquiry. The order
 * matters: a filled honeypot is dropped quietly (bots learn nothing), then validation, then the
 * per-client limit, then the CMS. Only accepted requests count against the limit: a slot is
 * taken before storing and given back if the request is not stored. Only what the schema
 * allows reaches the CMS.
 */
export type SubmitResult =
  | { ok: true; stored: boolean }
  | {
      ok: false
      status: 400 | 403 | 413 | 415 | 429 | 503
      message: string
      errors: FieldErrors
      values: InquiryValues
      retryAfterSeconds?: number
    }

export type SubmitDeps = {
  rateLimiter: RateLimiter
  /** Service slug to CMS id; null when there is no such published service. */
  findServiceId: (slug: string) => Promise<number | string | null>
  store: (inquiry: NewInquiry) => Promise<unknown>
}

export const MESSAGES = {
  invalid: 'Please correct the fields marked below.',
  tooMany:
    'You have sent several requests in a short time, so this one was not sent. Please wait an hour before sending another, or contact the practice directly. If you are in crisis, call or text 988, or call 911 in an emergency.',
  unavailable:
    'Your request could not be sent just now; nothing was saved. Please try again in a few minutes. If you are in crisis, call or text 988, or call 911 in an emergency.',
}

export async function submitInquiry(
  input: FormData | Record<string, unknown>,
  clientKey: string,
  deps: SubmitDeps,
): Promise<SubmitResult> {
  const { values, honeypot, raw } = readSubmission(input)
  if (honeypot.trim()) return { ok: true, stored: false }

  const checked = validateInquiry(raw)
  if (!checked.ok) return { ok: false, status: 400, message: MESSAGES.invalid, errors: checked.errors, values }
  const { service, ...data } = checked.data

  const slot = deps.rateLimiter.take(clientKey)
  if (!slot.allowed) {
    return {
      ok: false,
      status: 429,
      message: MESSAGES.tooMany,
      errors: {},
      values,
      retryAfterSeconds: slot.retryAfterSeconds,
    }
  }
  let stored = false
  try {
    let serviceId: number | string | undefined
    if (service) {
      const found = await deps.findServiceId(service)
      if (found === null) {
        return {
          ok: false,
          status: 400,
          message: MESSAGES.invalid,
          errors: { service: 'Please choose a service from the list.' },
          values,
        }
      }
      serviceId = found
    }
    await deps.store({ ...data, service: serviceId })
    stored = true
    return { ok: true, stored: true }
  } catch (err) {
    if (err instanceof InquiryRejected) {
      const errors: FieldErrors = {}
      for (const [path, message] of Object.entries(err.fieldErrors)) errors[path as InquiryField] = message
      return { ok: false, status: 400, message: MESSAGES.invalid, errors, values }
    }
    if (isCmsError(err)) {
      console.error(`Appointment request not stored: ${err.message}`) // no personal data in the log
      return { ok: false, status: 503, message: MESSAGES.unavailable, errors: {}, values }
    }
    throw err
  } finally {
    if (!stored) slot.release()
  }
}
