'use server'

import { redirect } from 'next/navigation'

import { inquiryDeps } from '@/inquiry/deps'
import { limiterFor } from '@/inquiry/rateLimit'
import type { FieldErrors, InquiryValues } from '@/inquiry/schema'
import { submitInquiry } from '@/inquiry/submit'

export type InquiryFormState = { message?: string; errors: FieldErrors; values: InquiryValues; submittedAt?: number }

/**
 * The form's action. With JavaScript it runs without a page load; without JavaScript the
 * browser posts the form and Next renders the page again with this state. Success goes to
 * the thank-you page either way.
 */
export async function requestAppointment(_previous: InquiryFormState, formData: FormData): Promise<InquiryFormState> {
  // A server action has no documented way to the socket's address, so this entry point cannot
  // key the rate limit (see inquiry/receive.ts, which a page or route with a `req` calls).
  const { limiter, key } = limiterFor(null)
  const result = await submitInquiry(formData, key, { ...inquiryDeps(), rateLimiter: limiter })
  if (result.ok) redirect('/contact/thanks')
  return { message: result.message, errors: result.errors, values: result.values, submittedAt: Date.now() }
}
