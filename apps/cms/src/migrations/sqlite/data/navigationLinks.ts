import { sql, type MigrateDownArgs } from '@payloadcms/db-sqlite'

type Db = MigrateDownArgs['db']

/** The navigation table, or the Practice global's versions of it (which also keep `_uuid`). */
type LinkTables = { from: string; into: string; uuid: boolean }
const NAVIGATION: LinkTables = { from: 'practice_navigation', into: '__new_practice_navigation', uuid: false }
const NAVIGATION_VERSIONS: LinkTables = {
  from: '_practice_v_version_navigation',
  into: '__new__practice_v_version_navigation',
  uuid: true,
}

/**
 * Hand-written data steps of the migrations that give navigation links a type (a page, a
 * service, the library, the services list, the request form, or a typed path). The generated
 * SQL copies columns the old table does not have; these copy the rows, turning each typed
 * address into the kind of link it is, so today's navigation (and its history) keeps working.
 */
async function copyLinksUp(db: Db, { from, into, uuid }: LinkTables) {
  const extraColumn = sql.raw(uuid ? ', "_uuid"' : '')
  const extraValue = sql.raw(uuid ? ', n."_uuid"' : '')
  await db.run(sql`INSERT INTO ${sql.identifier(into)}("_order", "_parent_id", "id", "label", "type", "page_id", "service_id", "href"${extraColumn})
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
      CASE WHEN rtrim("href", '/') IN ('/resources', '/services', '/contact') OR s."id" IS NOT NULL THEN NULL ELSE "href" END${extraValue}
    FROM ${sql.identifier(from)} n
    LEFT JOIN \`services\` s ON '/services/' || s."slug" = rtrim(n."href", '/');`)
}

/** Back to plain addresses: each link's current address (a service by its slug; pages see below). */
async function copyLinksDown(db: Db, { from, into, uuid }: LinkTables) {
  const extraColumn = sql.raw(uuid ? ', "_uuid"' : '')
  const extraValue = sql.raw(uuid ? ', n."_uuid"' : '')
  await db.run(sql`INSERT INTO ${sql.identifier(into)}("_order", "_parent_id", "id", "label", "href"${extraColumn})
    SELECT "_order", "_parent_id", n."id", "label",
      CASE n."type"
        WHEN 'library' THEN '/resources'
        WHEN 'services' THEN '/services'
        WHEN 'contact' THEN '/contact'
        WHEN 'service' THEN coalesce('/services/' || s."slug", '/services')
        ELSE coalesce(n."href", '/')
      END${extraValue}
    FROM ${sql.identifier(from)} n
    LEFT JOIN \`services\` s ON s."id" = n."service_id";`)
}

export const copyNavigationUp = (db: Db) => copyLinksUp(db, NAVIGATION)
export const copyNavigationDown = (db: Db) => copyLinksDown(db, NAVIGATION)
export const copyNavigationVersionsUp = (db: Db) => copyLinksUp(db, NAVIGATION_VERSIONS)
export const copyNavigationVersionsDown = (db: Db) => copyLinksDown(db, NAVIGATION_VERSIONS)

/** Before the pages table goes: a page link keeps the page's address. */
async function keepPageAddresses(db: Db, table: string) {
  await db.run(
    sql`UPDATE ${sql.identifier(table)} SET "href" = coalesce('/' || (SELECT p."slug" FROM \`pages\` p WHERE p."id" = "page_id"), '/') WHERE "type" = 'page';`,
  )
}

export const keepPageAddressesDown = (db: Db) => keepPageAddresses(db, NAVIGATION.from)
export const keepPageAddressesVersionsDown = (db: Db) => keepPageAddresses(db, NAVIGATION_VERSIONS.from)
