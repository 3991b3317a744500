import { CmsError, submitInquiry as storeInCms } from '@resilient-mind/content'

import { content } from '@/lib/content'
import { settings } from '@/lib/settings'
import { inquiryRateLimiter } from './rateLimit'
import type { SubmitDeps } from './submit'

/** The real collaborators (server only): the shared limiter, the CMS's services, the form account's key. */
export function inquiryDeps(): SubmitDeps {
  return {
    rateLimiter: inquiryRateLimiter,
    findServiceId: async (slug) => (await (await content()).service(slug))?.id ?? null,
    store: (inquiry) => {
      const { CMS_INTERNAL_URL, INQUIRY_API_KEY } = settings()
      if (!INQUIRY_API_KEY) throw new CmsError('unavailable', 'INQUIRY_API_KEY is not set: the website cannot store appointment requests.')
      return storeInCms({ baseUrl: CMS_INTERNAL_URL, apiKey: INQUIRY_API_KEY, inquiry })
    },
  }
}
