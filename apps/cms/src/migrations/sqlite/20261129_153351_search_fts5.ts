import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite'

import { backfillSearchTable, createSearchTables, dropSearchTables } from '../../search/sqlite'

/** The FTS5 table of article search (hand-written SQL in src/search/sqlite.ts), filled once from the published articles. */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await createSearchTables(db)
  await backfillSearchTable(db)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await dropSearchTables(db)
}
