import { getPayload } from 'payload'

import config from '../payload.config'
import { describeGeneratedAdmin, describeSeed, seed } from './seed'

/** npm run seed: import the seed content into the database DATABASE_URI names (idempotent). */
const payload = await getPayload({ config: { ...(await config), onInit: undefined } as never })
try {
  const report = await seed(payload)
  if (report.generatedAdmin) console.log(describeGeneratedAdmin(report.generatedAdmin))
  console.log(describeSeed(report))
} finally {
  await payload.destroy()
}
process.exit(0)
