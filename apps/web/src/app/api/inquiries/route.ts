import { inquiryDeps } from '@/inquiry/deps'
import { clientKeyFrom } from '@/inquiry/rateLimit'
import { submitInquiry } from '@/inquiry/submit'

/**
 * The same appointment request as a plain HTTP endpoint: JSON or form bodies in, and status
 * codes that say what happened (201 stored, 400 with a message per field, 429 with
 * Retry-After, 503 when the CMS cannot take it). Nothing is cached and no cookie is set.
 */
export const dynamic = 'force-dynamic'

export async function POST(request: Request): Promise<Response> {
  let body: FormData | Record<string, unknown>
  try {
    const type = request.headers.get('content-type') ?? ''
    body = type.includes('application/json') ? ((await request.json()) as Record<string, unknown>) : await request.formData()
    if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new Error('not an object')
  } catch {
    return Response.json({ message: 'Send the request as a form or as a JSON object.' }, { status: 400 })
  }
  const result = await submitInquiry(body, clientKeyFrom(request.headers), inquiryDeps())
  if (result.ok) return Response.json({ message: 'Thank you. Your request was sent.' }, { status: 201 })
  const headers = result.retryAfterSeconds ? { 'retry-after': String(result.retryAfterSeconds) } : undefined
  return Response.json({ message: result.message, errors: result.errors }, { status: result.status, headers })
}
