import type { TaskConfig } from 'payload'

import { settings } from '../../settings'

/** Appointment requests are personal data: delete them after INQUIRY_RETENTION_DAYS (default 30). */
export const deleteExpiredInquiriesTask: TaskConfig = {
  slug: 'deleteExpiredInquiries',
  label: 'Delete appointment requests past the retention period',
  schedule: [{ cron: '17 * * * *', queue: 'default' }],
  outputSchema: [{ name: 'deleted', type: 'number' }],
  handler: async ({ req }) => {
    const cutoff = new Date(Date.now() - settings.INQUIRY_RETENTION_DAYS * 24 * 60 * 60 * 1000)
    const result = await req.payload.delete({
      collection: 'inquiries',
      where: { createdAt: { less_than: cutoff.toISOString() } },
      overrideAccess: true,
      req,
    })
    const deleted = result.docs.length
    if (deleted)
      req.payload.logger.info(
        `Deleted ${deleted} appointment request(s) older than ${settings.INQUIRY_RETENTION_DAYS} days.`,
      )
    return { output: { deleted } }
  },
}
