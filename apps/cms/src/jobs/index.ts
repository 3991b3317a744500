import type { JobsConfig } from 'payload'

import type { Settings } from '../settings'
import { deleteExpiredInquiriesTask } from './tasks/deleteExpiredInquiries'
import { notifyInquiryTask } from './tasks/notifyInquiry'

/**
 * The jobs queue runs inside the CMS process, so `npm start` needs no external cron:
 * - default: scheduled publishing (Payload's schedulePublish) and the hourly inquiry clean-up;
 * - notifications: emails about new appointment requests, worked every 10 seconds.
 * Tests leave the cron off and run the queue themselves.
 */
export function jobsConfig(settings: Pick<Settings, 'NODE_ENV'>): JobsConfig {
  return {
    autoRun:
      settings.NODE_ENV === 'test'
        ? []
        : [
            { cron: '* * * * *', queue: 'default', limit: 50 },
            { cron: '*/10 * * * * *', queue: 'notifications', limit: 20 },
          ],
    tasks: [notifyInquiryTask, deleteExpiredInquiriesTask],
  }
}
