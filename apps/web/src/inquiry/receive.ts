import type { IncomingMessage } from 'node:http'

import { settings as currentSettings, type WebSettings } from '@/lib/settings'

import { readInquiryBody } from './body'
import { clientAddress } from './clientAddress'
import { inquiryDeps } from './deps'
import { limiterFor } from './rateLimit'
import { CROSS_SITE_MESSAGE, isCrossSite } from './sameOrigin'
import { submitInquiry, type SubmitDeps, type SubmitResult } from './submit'

/**
 * An appointment request as it arrives over HTTP, from the contact form's POST or from
 * POST /api/inquiries: every check in one place, so both entry points behave the same.
 * 1. a POST from another website's page: 403;
 * 2. the body, read with a cap (413) and parsed by its type (400, 415);
 * 3. the sender's address (socket, or a trusted proxy's header) keys the shared rate limit;
 * 4. honeypot, validation, the limit on accepted requests, the CMS (submitInquiry).
 * The caller turns the result into a page or a JSON answer; nothing here logs what was sent.
 */
export async function receiveInquiry(
  req: IncomingMessage,
  services: Omit<SubmitDeps, 'rateLimiter'> = inquiryDeps(),
  settings: Pick<WebSettings, 'WEB_PUBLIC_URL' | 'TRUSTED_PROXY'> = currentSettings(),
): Promise<SubmitResult> {
  const refuse = (status: 403 | 413 | 415 | 400, message: string): SubmitResult => ({
    ok: false,
    status,
    message,
    errors: {},
    values: {},
  })
  if (isCrossSite(req.headers, settings.WEB_PUBLIC_URL)) return refuse(403, CROSS_SITE_MESSAGE)
  const read = await readInquiryBody(req)
  if (!read.ok) return refuse(read.status, read.message)
  const { limiter, key } = limiterFor(clientAddress(req, settings))
  return submitInquiry(read.body, key, { ...services, rateLimiter: limiter })
}
