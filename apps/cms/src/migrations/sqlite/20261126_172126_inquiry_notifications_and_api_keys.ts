import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`users\` ADD \`enable_a_p_i_key\` integer;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`api_key\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`api_key_index\` text;`)
  await db.run(sql`ALTER TABLE \`inquiries\` ADD \`notification_status\` text DEFAULT 'pending';`)
  await db.run(sql`ALTER TABLE \`inquiries\` ADD \`notification_attempts\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`inquiries\` ADD \`notification_last_error\` text;`)
  await db.run(sql`ALTER TABLE \`inquiries\` ADD \`notification_last_attempt_at\` text;`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` ADD \`meta\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`enable_a_p_i_key\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`api_key\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`api_key_index\`;`)
  await db.run(sql`ALTER TABLE \`inquiries\` DROP COLUMN \`notification_status\`;`)
  await db.run(sql`ALTER TABLE \`inquiries\` DROP COLUMN \`notification_attempts\`;`)
  await db.run(sql`ALTER TABLE \`inquiries\` DROP COLUMN \`notification_last_error\`;`)
  await db.run(sql`ALTER TABLE \`inquiries\` DROP COLUMN \`notification_last_attempt_at\`;`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` DROP COLUMN \`meta\`;`)
}
