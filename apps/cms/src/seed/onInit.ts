import type { Payload } from 'payload'

import { countContents, isEmpty } from './databaseContents'
import { describeGeneratedAdmin, describeSeed, ensureIntakeAccount, seed } from './seed'

/**
 * The first start on an empty database imports the seed content. Later starts (and a start
 * after a restore) leave the content alone, so seed documents an editor deleted stay deleted;
 * `npm run seed` adds missing seed content on purpose.
 */
export async function seedOnFirstStart(payload: Payload): Promise<void> {
  if (process.env.NEXT_PHASE === 'phase-production-build') return
  try {
    // The website form's account follows INQUIRY_API_KEY on every start (set later, or rotated).
    if (!isEmpty(await countContents(payload))) {
      const accounts = await ensureIntakeAccount(payload)
      if (Object.keys(accounts.created).length) payload.logger.info(describeSeed(accounts))
      return
    }
    const report = await seed(payload)
    if (report.generatedAdmin) console.log(describeGeneratedAdmin(report.generatedAdmin))
    payload.logger.info(describeSeed(report))
  } catch (err) {
    payload.logger.error({ err }, 'Seeding failed; the CMS keeps running. Run `npm run seed` to retry.')
  }
}
