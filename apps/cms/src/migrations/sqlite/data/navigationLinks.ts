import { sql, type MigrateDownArgs } from '@payloadcms/db-sqlite'

type Db = MigrateDownArgs['db']

/**
 * Hand-written data steps of the migration that gives navigation links a type (a page, a
 * service, the library, the services list, the request form, or a typed path). The generated
 * SQL copies columns the old table does not have; these copy the rows, turning each typed
 * address into the kind of link it is, so today's navigation keeps working.
 */
export async function copyNavigationUp(db: Db) {
  await db.run(sql`INSERT INTO \`__new_practice_navigation\`("_order", "_parent_id", "id", "label", "type", "page_id", "service_id", "href")
    SELECT "_order", "_parent_id", n."id", "label",
      CASE
        WHEN rtrim("href", '/') = '/resources' THEN 'library'
        WHEN rtrim("href", '/') = '/services' THEN 'services'
        WHEN rtrim("href", '/') = '/contact' THEN 'contact'
        WHEN s."id" IS NOT NULL THEN 'service'
        ELSE 'path'
      END,
      NULL,
      s."id",
      CASE WHEN rtrim("href", '/') IN ('/resources', '/services', '/contact') OR s."id" IS NOT NULL THEN NULL ELSE "href" END
    FROM \`practice_navigation\` n
    LEFT JOIN \`services\` s ON '/services/' || s."slug" = rtrim(n."href", '/');`)
}

/** Before the pages table goes: a page link keeps the page's address. */
export async function keepPageAddressesDown(db: Db) {
  await db.run(sql`UPDATE \`practice_navigation\` SET "href" = coalesce('/' || (SELECT p."slug" FROM \`pages\` p WHERE p."id" = "page_id"), '/') WHERE "type" = 'page';`)
}

/** Back to plain addresses: each link's current address (a service by its slug). */
export async function copyNavigationDown(db: Db) {
  await db.run(sql`INSERT INTO \`__new_practice_navigation\`("_order", "_parent_id", "id", "label", "href")
    SELECT "_order", "_parent_id", n."id", "label",
      CASE n."type"
        WHEN 'library' THEN '/resources'
        WHEN 'services' THEN '/services'
        WHEN 'contact' THEN '/contact'
        WHEN 'service' THEN coalesce('/services/' || s."slug", '/services')
        ELSE coalesce(n."href", '/')
      END
    FROM \`practice_navigation\` n
    LEFT JOIN \`services\` s ON s."id" = n."service_id";`)
}

/**
 * The same for the Practice global's version history (its versions table was added on another
 * branch with the old link shape): old versions keep their links, typed the same way.
 */
export async function copyNavigationVersionsUp(db: Db) {
  await db.run(sql`INSERT INTO \`__new__practice_v_version_navigation\`("_order", "_parent_id", "id", "label", "type", "page_id", "service_id", "href", "_uuid")
    SELECT "_order", "_parent_id", n."id", "label",
      CASE
        WHEN rtrim("href", '/') = '/resources' THEN 'library'
        WHEN rtrim("href", '/') = '/services' THEN 'services'
        WHEN rtrim("href", '/') = '/contact' THEN 'contact'
        WHEN s."id" IS NOT NULL THEN 'service'
        ELSE 'path'
      END,
      NULL,
      s."id",
      CASE WHEN rtrim("href", '/') IN ('/resources', '/services', '/contact') OR s."id" IS NOT NULL THEN NULL ELSE "href" END,
      n."_uuid"
    FROM \`_practice_v_version_navigation\` n
    LEFT JOIN \`services\` s ON '/services/' || s."slug" = rtrim(n."href", '/');`)
}

export async function copyNavigationVersionsDown(db: Db) {
  await db.run(sql`INSERT INTO \`__new__practice_v_version_navigation\`("_order", "_parent_id", "id", "label", "href", "_uuid")
    SELECT "_order", "_parent_id", n."id", "label",
      CASE n."type"
        WHEN 'library' THEN '/resources'
        WHEN 'services' THEN '/services'
        WHEN 'contact' THEN '/contact'
        WHEN 'service' THEN coalesce('/services/' || s."slug", '/services')
        WHEN 'page' THEN coalesce('/' || (SELECT p."slug" FROM \`pages\` p WHERE p."id" = n."page_id"), '/')
        ELSE coalesce(n."href", '/')
      END,
      n."_uuid"
    FROM \`_practice_v_version_navigation\` n
    LEFT JOIN \`services\` s ON s."id" = n."service_id";`)
}
