/** @jest-environment node */
import { InquiryRejected, CmsError } from '@resilient-mind/content'

import { clientKey, createRateLimiter } from '@/inquiry/rateLimit'
import { readSubmission, validateInquiry, HONEYPOT_FIELD } from '@/inquiry/schema'
import { MESSAGES, submitInquiry, type SubmitDeps } from '@/inquiry/submit'

const good = {
  name: 'Sam Rivera',
  email: 'sam@example.org',
  preferredContact: 'email',
  sessionFormat: 'virtual',
  consent: 'yes',
}
const form = (fields: Record<string, string>) => {
  const fd = new FormData()
  for (const [k, v] of Object.entries(fields)) fd.append(k, v)
  return fd
}
const errorsFor = (fields: Record<string, string>) => {
  const result = validateInquiry(readSubmission(form(fields)).raw)
  return result.ok ? {} : result.errors
}

describe('validation: each bad field gets its own message', () => {
  it('accepts a minimal good request', () => {
    const result = validateInquiry(readSubmission(form(good)).raw)
    expect(result).toEqual({
      ok: true,
      data: {
        name: 'Sam Rivera',
        email: 'sam@example.org',
        preferredContact: 'email',
        sessionFormat: 'virtual',
        consent: true,
      },
    })
  })

  it('reports every missing required field, one message each', () => {
    expect(errorsFor({})).toEqual({
      name: 'Please tell us your name.',
      email: 'Please give an email address so we can reply.',
      preferredContact: 'Please choose how we should contact you: email or phone.',
      sessionFormat: 'Please choose in person, virtual, or either.',
      consent: 'Please confirm that we may contact you about your request.',
    })
  })

  it.each([
    ['name', 'blank', { name: '   ' }, 'Please tell us your name.'],
    ['name', 'too long', { name: 'x'.repeat(121) }, 'Please keep your name under 120 characters.'],
    [
      'email',
      'malformed',
      { email: 'sam.example.org' },
      'That email address does not look right. Please check it, for example name@example.com.',
    ],
    [
      'phone',
      'not a number',
      { phone: 'call me' },
      'Please enter a phone number with digits (spaces, +, ( ) and - are fine).',
    ],
    [
      'phone',
      'missing when phone is preferred',
      { preferredContact: 'phone' },
      'You chose phone: please give a number, or choose email instead.',
    ],
    [
      'preferredContact',
      'unknown method',
      { preferredContact: 'pigeon' },
      'Please choose how we should contact you: email or phone.',
    ],
    ['sessionFormat', 'unknown format', { sessionFormat: 'hybrid' }, 'Please choose in person, virtual, or either.'],
    ['note', 'over 500 characters', { note: 'n'.repeat(501) }, 'Please keep the note to 500 characters or fewer.'],
    ['consent', 'not given', { consent: '' }, 'Please confirm that we may contact you about your request.'],
  ])('%s %s', (field, _why, change, message) => {
    const fields: Record<string, string> = { ...good, ...change }
    if ((change as { consent?: string }).consent === '') delete fields.consent
    expect(errorsFor(fields)).toEqual({ [field]: message })
  })

  it('accepts a 500-character note, a phone with punctuation, and an empty optional phone', () => {
    expect(errorsFor({ ...good, note: 'n'.repeat(500), phone: '+1 (512) 555-0100' })).toEqual({})
    expect(errorsFor({ ...good, phone: '' })).toEqual({})
  })
})

describe('submitting', () => {
  const deps = (over: Partial<SubmitDeps> = {}) => {
    const stored: unknown[] = []
    const d: SubmitDeps = {
      rateLimiter: createRateLimiter({ limit: 5, windowMs: 3_600_000 }),
      findServiceId: async (slug) => (slug === 'coaching' ? 7 : null),
      store: async (inquiry) => {
        stored.push(inquiry)
      },
      ...over,
    }
    return { d, stored }
  }

  it('stores a valid request with the service resolved to its id, and nothing else', async () => {
    const { d, stored } = deps()
    const result = await submitInquiry(
      form({ ...good, service: 'coaching', note: 'Evenings', extra: 'ignored' }),
      'client-a',
      d,
    )
    expect(result).toEqual({ ok: true, stored: true })
    expect(stored).toEqual([
      {
        name: 'Sam Rivera',
        email: 'sam@example.org',
        preferredContact: 'email',
        sessionFormat: 'virtual',
        consent: true,
        note: 'Evenings',
        service: 7,
      },
    ])
  })

  it('refuses an unknown service', async () => {
    const { d, stored } = deps()
    const result = await submitInquiry(form({ ...good, service: 'astrology' }), 'client-a', d)
    expect(result).toMatchObject({
      ok: false,
      status: 400,
      errors: { service: 'Please choose a service from the list.' },
    })
    expect(stored).toEqual([])
  })

  it('drops a request whose honeypot is filled, quietly', async () => {
    const { d, stored } = deps()
    const result = await submitInquiry(form({ ...good, [HONEYPOT_FIELD]: 'http://spam.example' }), 'bot', d)
    expect(result).toEqual({ ok: true, stored: false })
    expect(stored).toEqual([])
  })

  it('keeps what was typed when sending it back with errors', async () => {
    const { d } = deps()
    const result = await submitInquiry(form({ ...good, email: 'nope', note: 'Mornings' }), 'client-a', d)
    expect(result).toMatchObject({
      ok: false,
      status: 400,
      message: MESSAGES.invalid,
      values: { email: 'nope', note: 'Mornings', name: 'Sam Rivera' },
    })
  })

  it('answers 429 with a readable message after 5 requests from one client, and not for another', async () => {
    const { d, stored } = deps()
    for (let i = 0; i < 5; i++) expect((await submitInquiry(form(good), 'client-a', d)).ok).toBe(true)
    const sixth = await submitInquiry(form(good), 'client-a', d)
    expect(sixth).toMatchObject({ ok: false, status: 429, message: MESSAGES.tooMany })
    expect(sixth.ok === false && sixth.retryAfterSeconds).toBeGreaterThan(3500)
    expect((await submitInquiry(form(good), 'client-b', d)).ok).toBe(true)
    expect(stored).toHaveLength(6)
  })

  it('gives 988 and 911 in the 429 message', () => {
    expect(MESSAGES.tooMany).toMatch(/988/)
    expect(MESSAGES.tooMany).toMatch(/911/)
  })

  it('counts only accepted requests: typing mistakes, an unknown service and a CMS outage use up nothing', async () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    let down = true
    const { d, stored } = deps({
      store: async (inquiry) => {
        if (down) throw new CmsError('unavailable', 'down')
        stored.push(inquiry)
      },
    })
    for (let i = 0; i < 10; i++)
      expect(await submitInquiry(form({ ...good, email: 'typo' }), 'client-a', d)).toMatchObject({ status: 400 })
    for (let i = 0; i < 3; i++)
      expect(await submitInquiry(form({ ...good, service: 'astrology' }), 'client-a', d)).toMatchObject({ status: 400 })
    for (let i = 0; i < 3; i++) expect(await submitInquiry(form(good), 'client-a', d)).toMatchObject({ status: 503 })
    down = false
    for (let i = 0; i < 5; i++)
      expect(await submitInquiry(form(good), 'client-a', d)).toEqual({ ok: true, stored: true })
    expect(await submitInquiry(form(good), 'client-a', d)).toMatchObject({ status: 429 })
    expect(stored).toHaveLength(5)
    spy.mockRestore()
  })

  it('holds the limit for a burst of parallel requests while the first are still being stored', async () => {
    let finish: () => void = () => undefined
    const gate = new Promise<void>((resolve) => (finish = resolve))
    const { d, stored } = deps({ store: async (inquiry) => void (await gate, stored.push(inquiry)) })
    const burst = Promise.all(Array.from({ length: 8 }, () => submitInquiry(form(good), 'client-a', d)))
    finish()
    const results = await burst
    expect(results.filter((r) => r.ok)).toHaveLength(5)
    expect(results.filter((r) => !r.ok && r.status === 429)).toHaveLength(3)
    expect(stored).toHaveLength(5)
  })

  it('maps the CMS refusing a field to that field, and the CMS being down to 503', async () => {
    const refused = deps({
      store: async () => Promise.reject(new InquiryRejected('no', { email: 'Email is invalid' }, 400)),
    })
    expect(await submitInquiry(form(good), 'c', refused.d)).toMatchObject({
      ok: false,
      status: 400,
      errors: { email: 'Email is invalid' },
    })
    const down = deps({ store: async () => Promise.reject(new CmsError('unavailable', 'down')) })
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    expect(await submitInquiry(form(good), 'c', down.d)).toMatchObject({
      ok: false,
      status: 503,
      message: MESSAGES.unavailable,
    })
    expect(spy.mock.calls.join(' ')).not.toContain('sam@example.org')
    spy.mockRestore()
  })

  it('accepts a JSON body too', async () => {
    const { d, stored } = deps()
    expect(await submitInquiry({ ...good, consent: true }, 'json', d)).toEqual({ ok: true, stored: true })
    expect(stored).toHaveLength(1)
  })
})

describe('rate limiter', () => {
  it('lets a client in again once the window has passed', () => {
    const limiter = createRateLimiter({ limit: 2, windowMs: 1000 })
    expect(limiter.take('a', 0).allowed).toBe(true)
    expect(limiter.take('a', 10).allowed).toBe(true)
    expect(limiter.take('a', 20)).toEqual({ allowed: false, retryAfterSeconds: 1 })
    expect(limiter.take('a', 1001).allowed).toBe(true)
  })

  it('gives a released slot back, once', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 1000 })
    const slot = limiter.take('a', 0)
    if (!slot.allowed) throw new Error('the first request must be allowed')
    expect(limiter.take('a', 1).allowed).toBe(false)
    slot.release()
    slot.release()
    const again = limiter.take('a', 2)
    expect(again.allowed).toBe(true)
    expect(limiter.take('a', 3).allowed).toBe(false)
  })

  it('forgets the least recent clients beyond its size', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 1000, maxClients: 2 })
    limiter.take('a', 0)
    limiter.take('b', 0)
    limiter.take('c', 0)
    expect(limiter.take('a', 1).allowed).toBe(true) // 'a' was dropped, so it starts again
    expect(limiter.take('c', 1).allowed).toBe(false)
  })

  it('keys clients by a salted hash of their address, never the raw address', () => {
    const a = clientKey('203.0.113.9')
    expect(a).toBe(clientKey('203.0.113.9'))
    expect(a).not.toContain('203.0.113.9')
    expect(a).not.toBe(clientKey('198.51.100.4'))
  })
})
