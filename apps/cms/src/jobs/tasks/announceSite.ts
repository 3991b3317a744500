import type { TaskConfig } from 'payload'

import { queueAnnouncement } from '../../hooks/announceChanges'
import { describeSite } from '../../hooks/pagesShowing'

/**
 * A change every page shows (the practice's details, in each page's chrome): list every
 * published page, the most visited first, and queue them as announceChange jobs. Listing
 * thousands of pages takes seconds, so it runs here, after the change is committed, rather
 * than in the editor's save; the pages are the site's as it is now, which is what needs refreshing.
 */
export const announceSiteTask: TaskConfig<'announceSite'> = {
  slug: 'announceSite',
  label: 'Tell the website that every page changed',
  outputSchema: [{ name: 'paths', type: 'number' }],
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 1000 } },
  handler: async ({ req }) => {
    const paths = await queueAnnouncement({ collection: 'practice', site: await describeSite(req) }, req)
    return { output: { paths: paths.length } }
  },
}
