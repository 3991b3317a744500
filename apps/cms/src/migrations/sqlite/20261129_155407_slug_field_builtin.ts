import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { settleExistingSlugs } from '../../fields/slugMigration'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` ADD \`generate_slug\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_generate_slug\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`authors\` ADD \`generate_slug\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`services\` ADD \`generate_slug\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`_services_v\` ADD \`version_generate_slug\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`topics\` ADD \`generate_slug\` integer DEFAULT true;`)
  await settleExistingSlugs(db)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`generate_slug\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_generate_slug\`;`)
  await db.run(sql`ALTER TABLE \`authors\` DROP COLUMN \`generate_slug\`;`)
  await db.run(sql`ALTER TABLE \`services\` DROP COLUMN \`generate_slug\`;`)
  await db.run(sql`ALTER TABLE \`_services_v\` DROP COLUMN \`version_generate_slug\`;`)
  await db.run(sql`ALTER TABLE \`topics\` DROP COLUMN \`generate_slug\`;`)
}
