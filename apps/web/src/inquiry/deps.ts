import { CmsError, createContentClient, submitInquiry as storeInCms } from '@resilient-mind/content'

import { settings } from '@/lib/settings'
import type { SubmitDeps } from './submit'

/** The real collaborators (server only): the CMS's services and the form account's key. */
export function inquiryDeps(): Omit<SubmitDeps, 'rateLimiter'> {
  return {
    // A plain read of the published service (both callers are Pages Router routes, outside the App Router's request scope).
    findServiceId: async (slug) =>
      (await createContentClient({ baseUrl: settings().CMS_INTERNAL_URL }).service(slug))?.id ?? null,
    store: (inquiry) => {
      const { CMS_INTERNAL_URL, INQUIRY_API_KEY } = settings()
      if (!INQUIRY_API_KEY)
        throw new CmsError('unavailable', 'INQUIRY_API_KEY is not set: the website cannot store appointment requests.')
      return storeInCms({ baseUrl: CMS_INTERNAL_URL, apiKey: INQUIRY_API_KEY, inquiry })
    },
  }
}
