import type { JobsConfig } from 'payload'

import { ANNOUNCE_BULK_QUEUE, ANNOUNCE_QUEUE } from '../hooks/announceChanges'
import type { Settings } from '../settings'
import { announceChangeTask } from './tasks/announceChange'
import { announceSiteTask } from './tasks/announceSite'
import { deleteExpiredInquiriesTask } from './tasks/deleteExpiredInquiries'
import { notifyInquiryTask } from './tasks/notifyInquiry'

/**
 * The jobs queue runs inside the CMS process, so `npm start` needs no external cron:
 * - default: scheduled publishing (Payload's schedulePublish) and the hourly inquiry clean-up;
 * - notifications: emails about new appointment requests, worked every 10 seconds;
 * - announce: telling the website which pages changed, every second (a publish is on the site
 *   within about 2 s); announce-bulk: the rest of a change shown on more than 200 pages, one
 *   request at a time. Neither has schedules to check, and a run with nothing to do is one
 *   small query, so they skip the scheduling pass and log only errors.
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
            { cron: '* * * * * *', queue: ANNOUNCE_QUEUE, limit: 10, disableScheduling: true, silent: { info: true } },
            {
              cron: '* * * * * *',
              queue: ANNOUNCE_BULK_QUEUE,
              limit: 1,
              disableScheduling: true,
              silent: { info: true },
            },
          ],
    tasks: [notifyInquiryTask, deleteExpiredInquiriesTask, announceChangeTask, announceSiteTask],
  }
}
