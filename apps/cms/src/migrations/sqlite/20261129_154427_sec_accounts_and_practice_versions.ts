import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`_practice_v_version_session_formats\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_practice_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_practice_v_version_session_formats_order_idx\` ON \`_practice_v_version_session_formats\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_practice_v_version_session_formats_parent_idx\` ON \`_practice_v_version_session_formats\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_practice_v_version_clients\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_practice_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_practice_v_version_clients_order_idx\` ON \`_practice_v_version_clients\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_practice_v_version_clients_parent_idx\` ON \`_practice_v_version_clients\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_practice_v_version_licensed_in\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_practice_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_practice_v_version_licensed_in_order_idx\` ON \`_practice_v_version_licensed_in\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_practice_v_version_licensed_in_parent_idx\` ON \`_practice_v_version_licensed_in\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_practice_v_version_locations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`address\` text,
  	\`notes\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_practice_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_practice_v_version_locations_order_idx\` ON \`_practice_v_version_locations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_practice_v_version_locations_parent_id_idx\` ON \`_practice_v_version_locations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_practice_v_version_navigation\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text NOT NULL,
  	\`href\` text NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_practice_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_practice_v_version_navigation_order_idx\` ON \`_practice_v_version_navigation\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_practice_v_version_navigation_parent_id_idx\` ON \`_practice_v_version_navigation\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_practice_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`version_name\` text NOT NULL,
  	\`version_tagline\` text,
  	\`version_region\` text,
  	\`version_telehealth_note\` text,
  	\`version_contact_email\` text,
  	\`version_contact_phone\` text,
  	\`version_crisis_notice\` text DEFAULT 'If you are in crisis, call or text 988 (Suicide & Crisis Lifeline). In an emergency, call 911.' NOT NULL,
  	\`version_quick_exit_url\` text DEFAULT 'https://www.weather.gov/',
  	\`version_legal_good_faith_estimate\` text,
  	\`version_legal_complaints\` text,
  	\`version_legal_privacy\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`_practice_v_created_at_idx\` ON \`_practice_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_practice_v_updated_at_idx\` ON \`_practice_v\` (\`updated_at\`);`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`must_change_password\` integer DEFAULT false;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`_practice_v_version_session_formats\`;`)
  await db.run(sql`DROP TABLE \`_practice_v_version_clients\`;`)
  await db.run(sql`DROP TABLE \`_practice_v_version_licensed_in\`;`)
  await db.run(sql`DROP TABLE \`_practice_v_version_locations\`;`)
  await db.run(sql`DROP TABLE \`_practice_v_version_navigation\`;`)
  await db.run(sql`DROP TABLE \`_practice_v\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`must_change_password\`;`)
}
