import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite'

import { backfillSearchTable, createSearchTables, dropSearchTables } from '../../search/sqlite'

/**
 * The FTS5 tables of article search (hand-written SQL in src/search/sqlite.ts), filled once from
 * the published articles. createSearchTables() creates the tables that later migrations added too
 * (each only if it does not exist), so a new database gets them all here.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await createSearchTables(db)
  await backfillSearchTable(db)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await dropSearchTables(db)
}
