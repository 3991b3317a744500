import { getPayload, type Payload } from 'payload'

import { applyMigrations } from '../database'
import config from '../payload.config'
import { describeGeneratedAdmin, describeSeed, seed } from './seed'

/** npm run seed: import the seed content into the database DATABASE_URI names (idempotent). */
// Not the app's onInit (no seeding on start), only the migrations it would apply.
const payload = await getPayload({
  config: { ...(await config), onInit: (p: Payload) => applyMigrations(p, process.env.NODE_ENV) } as never,
})
try {
  const report = await seed(payload)
  if (report.generatedAdmin) console.log(describeGeneratedAdmin(report.generatedAdmin))
  console.log(describeSeed(report))
} finally {
  await payload.destroy()
}
process.exit(0)
