import { sql, type SQLiteAdapter } from '@payloadcms/db-sqlite'

/**
 * Documents that existed before Payload's slug field have a settled slug (possibly typed by an
 * editor, and in use in addresses): its "generate" switch starts off for them, so a later save
 * never regenerates the slug from the title. Called by the migration slug_field_builtin.
 */
export async function settleExistingSlugs(db: SQLiteAdapter['drizzle']): Promise<void> {
  for (const table of ['articles', 'authors', 'services', 'topics']) {
    await db.run(
      sql.raw(`UPDATE \`${table}\` SET \`generate_slug\` = false WHERE \`slug\` IS NOT NULL AND \`slug\` != ''`),
    )
  }
  for (const table of ['_articles_v', '_services_v']) {
    await db.run(
      sql.raw(
        `UPDATE \`${table}\` SET \`version_generate_slug\` = false WHERE \`version_slug\` IS NOT NULL AND \`version_slug\` != ''`,
      ),
    )
  }
}
