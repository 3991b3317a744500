import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { copyNavigationVersionsDown, copyNavigationVersionsUp, keepPageAddressesVersionsDown } from './data/navigationLinks'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`_practice_v_version_footer_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text NOT NULL,
  	\`type\` text DEFAULT 'page' NOT NULL,
  	\`page_id\` integer,
  	\`service_id\` integer,
  	\`href\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`page_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`service_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_practice_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_practice_v_version_footer_links_order_idx\` ON \`_practice_v_version_footer_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_practice_v_version_footer_links_parent_id_idx\` ON \`_practice_v_version_footer_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_practice_v_version_footer_links_page_idx\` ON \`_practice_v_version_footer_links\` (\`page_id\`);`)
  await db.run(sql`CREATE INDEX \`_practice_v_version_footer_links_service_idx\` ON \`_practice_v_version_footer_links\` (\`service_id\`);`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new__practice_v_version_navigation\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text NOT NULL,
  	\`type\` text DEFAULT 'page' NOT NULL,
  	\`page_id\` integer,
  	\`service_id\` integer,
  	\`href\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`page_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`service_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_practice_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await copyNavigationVersionsUp(db)
  await db.run(sql`DROP TABLE \`_practice_v_version_navigation\`;`)
  await db.run(sql`ALTER TABLE \`__new__practice_v_version_navigation\` RENAME TO \`_practice_v_version_navigation\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`_practice_v_version_navigation_order_idx\` ON \`_practice_v_version_navigation\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_practice_v_version_navigation_parent_id_idx\` ON \`_practice_v_version_navigation\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_practice_v_version_navigation_page_idx\` ON \`_practice_v_version_navigation\` (\`page_id\`);`)
  await db.run(sql`CREATE INDEX \`_practice_v_version_navigation_service_idx\` ON \`_practice_v_version_navigation\` (\`service_id\`);`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`generate_slug\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_generate_slug\` integer DEFAULT true;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await keepPageAddressesVersionsDown(db)
  await db.run(sql`DROP TABLE \`_practice_v_version_footer_links\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new__practice_v_version_navigation\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text NOT NULL,
  	\`href\` text NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_practice_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await copyNavigationVersionsDown(db)
  await db.run(sql`DROP TABLE \`_practice_v_version_navigation\`;`)
  await db.run(sql`ALTER TABLE \`__new__practice_v_version_navigation\` RENAME TO \`_practice_v_version_navigation\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`_practice_v_version_navigation_order_idx\` ON \`_practice_v_version_navigation\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_practice_v_version_navigation_parent_id_idx\` ON \`_practice_v_version_navigation\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`pages\` DROP COLUMN \`generate_slug\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` DROP COLUMN \`version_generate_slug\`;`)
}
