import type { Payload } from 'payload'

import { describeGeneratedAdmin, describeSeed, seed } from './seed'

/** The first start on an empty database imports the seed content; later starts only check. */
export async function seedOnFirstStart(payload: Payload): Promise<void> {
  if (process.env.NEXT_PHASE === 'phase-production-build') return
  try {
    const report = await seed(payload)
    if (report.generatedAdmin) console.log(describeGeneratedAdmin(report.generatedAdmin))
    payload.logger.info(describeSeed(report))
  } catch (err) {
    payload.logger.error({ err }, 'Seeding failed; the CMS keeps running. Run `npm run seed` to retry.')
  }
}
