import type { Payload } from 'payload'

import { startSmtpServer } from '../helpers/smtp'

/**
 * Notification of a new appointment request through a real SMTP server on loopback, and what
 * happens when the mail server is down: the request is kept and the failure is recorded.
 */
let smtp: Awaited<ReturnType<typeof startSmtpServer>>
let payload: Payload

beforeAll(async () => {
  smtp = await startSmtpServer()
  Object.assign(process.env, {
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtp.port),
    EMAIL_FROM: 'Resilient Mind <no-reply@example.org>',
    INQUIRY_NOTIFY_EMAIL: 'practice@example.org',
    // The loopback test server offers no STARTTLS (production requires it: SMTP_REQUIRE_TLS).
    SMTP_REQUIRE_TLS: 'false',
  })
  // Settings are read when the config loads, so load it after the environment is set.
  const { startPayload } = await import('../helpers/payload')
  payload = await startPayload()
})
afterAll(async () => {
  await payload.destroy()
  await smtp.close().catch(() => undefined)
})

const submit = (note: string) =>
  payload.create({
    collection: 'inquiries',
    data: {
      name: 'Alex Example',
      email: 'alex@example.org',
      phone: '555-0100',
      consent: true,
      preferredContact: 'phone',
      note,
    },
  })

it('stores the request first, then emails the practice without the request details', async () => {
  const inquiry = await submit('My private note')
  expect(inquiry.notification?.status).toBe('pending')
  const queued = await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'notifyInquiry' } } })
  expect(queued.totalDocs).toBe(1)

  await payload.jobs.run({ queue: 'notifications' })

  expect(smtp.received).toHaveLength(1)
  const mail = smtp.received[0]
  expect(mail.to).toEqual(['practice@example.org'])
  expect(mail.from).toBe('no-reply@example.org')
  expect(mail.raw).toMatch(/Subject: New appointment request/)
  expect(mail.raw).toContain(`/admin/collections/inquiries/${inquiry.id}`)
  expect(mail.raw).not.toContain('My private note')
  expect(mail.raw).not.toContain('555-0100')
  expect(mail.raw).not.toContain('alex@example.org')
  // Not even the name or how they want to be reached: only that a request arrived, and the link.
  expect(mail.raw).not.toContain('Alex')
  expect(mail.raw).not.toMatch(/phone/i)
  expect(mail.raw).toContain('A new appointment request arrived.')

  const after = await payload.findByID({ collection: 'inquiries', id: inquiry.id })
  expect(after.notification?.status).toBe('sent')
  expect(after.notification?.attempts).toBe(1)
})

it('keeps the request and records the failure when the mail server is down, and retries later', async () => {
  await smtp.close()
  const inquiry = await submit('Second note')
  await payload.jobs.run({ queue: 'notifications' })

  const after = await payload.findByID({ collection: 'inquiries', id: inquiry.id })
  expect(after.name).toBe('Alex Example')
  expect(after.note).toBe('Second note')
  expect(after.notification?.status).toBe('failed')
  expect(after.notification?.lastError).toMatch(/ECONNREFUSED|connect/i)
  const retries = await payload.find({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: 'notifyInquiry' } }, { completedAt: { exists: false } }] },
  })
  expect(retries.totalDocs).toBe(1)
  // Payload's own retry (the task's `retries`), not a second hand-queued job.
  expect(retries.docs[0].totalTried).toBe(1)
  expect(new Date(retries.docs[0].waitUntil!).getTime()).toBeGreaterThan(Date.now())
})
