import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite'

import { createSearchTables, dropSummaryAndCountTables, fillSummaryAndCountTables } from '../../search/sqlite'

/**
 * The search's summary table (title and excerpt, to rank the first tiers) and count table (no
 * text, to count matches) beside the full one, filled from it (src/search/sqlite.ts).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await createSearchTables(db)
  await fillSummaryAndCountTables(db)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await dropSummaryAndCountTables(db)
}
