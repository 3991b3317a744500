import type { TaskConfig } from 'payload'

import { emailConfigured } from '../../email/adapter'
import { settings } from '../../settings'

/**
 * Tells the practice that an appointment request arrived. The inquiry is already stored when
 * this runs, so a failed send loses nothing: the failure is recorded on the inquiry (shown in
 * the admin) and Payload retries the task (5, 10, 20 minutes later). The email says only that
 * a request arrived, with the admin link: no name or any other detail, because for a therapy
 * practice even a name is health information, and email passes through other servers.
 */
export const notifyInquiryTask: TaskConfig = {
  slug: 'notifyInquiry',
  label: 'Notify the practice of an appointment request',
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 5 * 60 * 1000 } },
  inputSchema: [{ name: 'inquiryId', type: 'text', required: true }],
  outputSchema: [{ name: 'status', type: 'text' }],
  handler: async ({ input, req }) => {
    const { payload } = req
    const id = String((input as { inquiryId: string }).inquiryId)
    const inquiry = await payload.findByID({ collection: 'inquiries', id, depth: 0, disableErrors: true, req })
    if (!inquiry) return { output: { status: 'gone' } } // deleted before we got to it

    const attempts = (inquiry.notification?.attempts ?? 0) + 1
    const record = (status: 'sent' | 'logged' | 'failed', lastError?: string) =>
      payload.update({
        collection: 'inquiries',
        id: inquiry.id,
        data: {
          notification: { status, attempts, lastError: lastError ?? null, lastAttemptAt: new Date().toISOString() },
        },
        context: { notificationUpdate: true },
        req,
      })

    if (!emailConfigured(settings)) {
      payload.logger.info(
        `Appointment request ${inquiry.id} arrived. No SMTP is configured, so no email was sent; see the admin.`,
      )
      await record('logged')
      return { output: { status: 'logged' } }
    }

    const practice = await payload.findGlobal({ slug: 'practice', depth: 0, req })
    const to = settings.INQUIRY_NOTIFY_EMAIL ?? practice.contact?.email
    if (!to) {
      const why = 'No recipient: set INQUIRY_NOTIFY_EMAIL or the practice contact email.'
      payload.logger.warn(`Appointment request ${inquiry.id} arrived. ${why}`)
      await record('failed', why)
      return { output: { status: 'failed' } }
    }

    const link = `${settings.CMS_PUBLIC_URL}/admin/collections/inquiries/${inquiry.id}`
    try {
      await payload.sendEmail({
        to,
        subject: 'New appointment request',
        text: [
          'A new appointment request arrived.',
          '',
          `Read it in the admin (sign-in required): ${link}`,
          '',
          'Details are kept out of this email on purpose.',
        ].join('\n'),
      })
      await record('sent')
      return { output: { status: 'sent' } }
    } catch (err) {
      const message = (err as Error).message || String(err)
      payload.logger.warn(`Email for appointment request ${inquiry.id} failed (attempt ${attempts}): ${message}`)
      await record('failed', message)
      // Failing the task makes Payload retry it with backoff (the `retries` above).
      throw new Error(`Email for appointment request ${inquiry.id} failed: ${message}`)
    }
  },
}
