import type { JobsConfig } from 'payload'

import type { Settings } from '../settings'

/**
 * The jobs queue runs inside the CMS process: scheduled publishing (Payload's schedulePublish
 * task) and our own scheduled tasks are worked every minute by autoRun, so `npm start` needs
 * no external cron. Tests leave the cron off and run the queue themselves.
 */
export function jobsConfig(settings: Pick<Settings, 'NODE_ENV'>): JobsConfig {
  return {
    autoRun: settings.NODE_ENV === 'test' ? [] : [{ cron: '* * * * *', queue: 'default', limit: 50 }],
    tasks: [],
  }
}
