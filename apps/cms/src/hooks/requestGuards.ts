import {
  type CollectionBeforeOperationHook,
  type CollectionConfig,
  type FlattenedField,
  type GlobalBeforeOperationHook,
  type GlobalConfig,
  type PayloadRequest,
  type Where,
} from 'payload'

import { isStaffUser } from '../access/roles'
import { RequestError } from '../security/errors'

/**
 * The one place where what a request asks for is checked before Payload runs it (REST, GraphQL
 * and the Local API with access control all pass here, as a `beforeOperation` hook on every
 * collection and global). Malformed input gets a 400 with a readable message, where Payload
 * would hand it to the database and answer 500. Request bodies and paths are checked earlier,
 * in the route handlers (src/app/(payload)/api/guard.ts).
 */

const OPERATORS = new Set([
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'like',
  'not_like',
  'contains',
  'near',
  'within',
  'intersects',
])
const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])
const GEO_OPERATORS = new Set(['near', 'within', 'intersects'])
const COMPARED_OPERATORS = new Set([
  'equals',
  'not_equals',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'in',
  'not_in',
  'all',
])

/** Public reads (anonymous and the website's key) get at most this many documents a page (the website's largest page is its topic list, 200). */
export const PUBLIC_MAX_LIMIT = 200
/** Nobody pages further than this; the library has nowhere near 100,000 pages. */
const MAX_PAGE = 100_000
/** Staff lists (the admin) stay bounded too. */
const STAFF_MAX_LIMIT = 5_000

const bad = (message: string) => new RequestError(message, 400)

function listOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value
  if (typeof value === 'string' && value.includes(',')) return value.split(',')
  return [value]
}

const isScalar = (v: unknown) => v === null || ['string', 'number', 'boolean'].includes(typeof v)

/** SQLite and Postgres number their documents; MongoDB uses 24-hex ObjectIds. */
export function isValidId(req: PayloadRequest, id: unknown): boolean {
  if (typeof id === 'number') return Number.isSafeInteger(id) && id > 0
  if (typeof id !== 'string') return false
  return req.payload.db.defaultIDType === 'number' ? /^[1-9]\d{0,15}$/.test(id) : /^[a-f\d]{24}$/i.test(id)
}

type Resolved = { field: FlattenedField; isId: boolean } | undefined

/** Follows a where path ("author", "createdBy.email", "meta.title") to the field it names. */
function resolvePath(req: PayloadRequest, fields: FlattenedField[], path: string): Resolved {
  const segments = path.split('.')
  let current = fields
  for (let i = 0; i < segments.length; i++) {
    const name = segments[i]
    if (name === 'id' && i === segments.length - 1)
      return { field: { name: 'id', type: 'number' } as FlattenedField, isId: true }
    const field = current.find((f) => f.name === name)
    if (!field) return undefined
    const last = i === segments.length - 1
    if (field.type === 'relationship' || field.type === 'upload') {
      if (Array.isArray(field.relationTo)) return last ? { field, isId: false } : undefined
      if (last) return { field, isId: true }
      const target = req.payload.collections[field.relationTo]?.config.flattenedFields
      if (!target) return undefined
      current = target
      continue
    }
    if (last) return { field, isId: false }
    if ('flattenedFields' in field && Array.isArray(field.flattenedFields)) current = field.flattenedFields
    else return undefined
  }
  return undefined
}

function checkCondition(
  req: PayloadRequest,
  fields: FlattenedField[],
  path: string,
  condition: unknown,
  problems: string[],
) {
  if (!condition || typeof condition !== 'object' || Array.isArray(condition)) {
    problems.push(`"${path}" needs an operator, e.g. where[${path}][equals]=value.`)
    return
  }
  const resolved = resolvePath(req, fields, path)
  for (const [operator, value] of Object.entries(condition)) {
    if (!OPERATORS.has(operator)) continue // Payload names unknown operators itself (400)
    if (GEO_OPERATORS.has(operator) && resolved?.field.type !== 'point') {
      problems.push(`"${operator}" works on map points only, and "${path}" is not one.`)
      continue
    }
    if (
      operator === 'all' &&
      (req.payload.db.name !== 'mongoose' || !(resolved?.field as { hasMany?: boolean })?.hasMany)
    ) {
      problems.push(`"all" is not supported on "${path}"; use "in".`)
      continue
    }
    const items = LIST_OPERATORS.has(operator) ? listOf(value) : [value]
    if (!items.every(isScalar)) {
      problems.push(
        `The value for ${path} ${operator} must be plain text${LIST_OPERATORS.has(operator) ? ' or a list' : ''}, not an object.`,
      )
      continue
    }
    if (!resolved || !COMPARED_OPERATORS.has(operator)) continue
    for (const item of items) {
      if (item === null || item === 'null' || item === undefined) continue
      const { field, isId } = resolved
      if (isId && !isValidId(req, item)) {
        problems.push(`"${String(item)}" is not an id (${path} ${operator}).`)
        break
      }
      if (field.type === 'date' && Number.isNaN(Date.parse(String(item)))) {
        problems.push(`"${String(item)}" is not a date (${path} ${operator}); use an ISO date such as 2025-01-31.`)
        break
      }
      if (field.type === 'number' && !isId && (item === '' || !Number.isFinite(Number(item)))) {
        problems.push(`"${String(item)}" is not a number (${path} ${operator}).`)
        break
      }
    }
  }
}

function walk(req: PayloadRequest, where: unknown, fields: FlattenedField[], problems: string[], depth = 0) {
  if (depth > 8) {
    problems.push('The query nests and/or more than 8 levels deep.')
    return
  }
  if (!where || typeof where !== 'object' || Array.isArray(where)) {
    problems.push('"where" must be a set of conditions, e.g. where[slug][equals]=my-article.')
    return
  }
  for (const [key, condition] of Object.entries(where)) {
    if (key === 'and' || key === 'or') {
      const list = Array.isArray(condition)
        ? condition
        : condition && typeof condition === 'object'
          ? Object.values(condition)
          : null
      if (!list) problems.push(`"${key}" must be a list of conditions.`)
      else list.forEach((w) => walk(req, w, fields, problems, depth + 1))
      continue
    }
    checkCondition(req, fields, key, condition, problems)
  }
}

// REST and GraphQL leave overrideAccess unset (access applies); the Local API sets it.
type ReadArgs = {
  where?: Where
  id?: unknown
  page?: unknown
  limit?: unknown
  pagination?: boolean
  depth?: unknown
  select?: unknown
  overrideAccess?: boolean
}

function checkPaging(req: PayloadRequest, args: ReadArgs, overrideAccess: boolean | undefined) {
  const { page, limit } = args
  if (
    page !== undefined &&
    page !== null &&
    !(Number.isSafeInteger(page) && (page as number) >= 1 && (page as number) <= MAX_PAGE)
  ) {
    throw bad(`"page" must be a whole number from 1 to ${MAX_PAGE}.`)
  }
  const isPublic = overrideAccess !== true && !isStaffUser(req.user)
  // The server's own Local API calls (overrideAccess) are not limited, only checked for sense.
  const maxLimit = isPublic ? PUBLIC_MAX_LIMIT : overrideAccess === true ? Number.MAX_SAFE_INTEGER : STAFF_MAX_LIMIT
  if (
    limit !== undefined &&
    limit !== null &&
    !(Number.isSafeInteger(limit) && (limit as number) >= 0 && (limit as number) <= maxLimit)
  ) {
    throw bad(
      `"limit" must be a whole number from 1 to ${maxLimit}${isPublic ? ` (public lists come in pages of at most ${PUBLIC_MAX_LIMIT})` : ''}.`,
    )
  }
  if (!isPublic) return
  // Public reads: pages of at most PUBLIC_MAX_LIMIT. A full list (pagination=false, or limit=0)
  // only as an index: depth 0 and a few chosen fields (the website's sitemap asks for slugs),
  // or of documents named by id (how Payload itself populates relationships).
  if (args.pagination === false || limit === 0) {
    const narrow =
      args.depth === 0 && args.select && typeof args.select === 'object' && Object.keys(args.select).length <= 4
    const ids = (args.where as { id?: { in?: unknown } } | undefined)?.id?.in
    const byIds = Array.isArray(ids) && ids.length <= 1000 && Object.keys(args.where!).length === 1
    if (!narrow && !byIds) {
      throw bad(
        `Public lists come in pages of at most ${PUBLIC_MAX_LIMIT}; a full list needs depth=0 and a select of up to 4 fields.`,
      )
    }
  }
}

/** A user whose password was generated for them may only change it (and sign in or out) until they do. */
function mustChangePassword(req: PayloadRequest): boolean {
  return Boolean(req.user && (req.user as { mustChangePassword?: boolean | null }).mustChangePassword)
}
export const CHANGE_PASSWORD_FIRST =
  'Choose a new password first: open your account (Account, top right in the admin) and set one. Until then nothing else is available.'

const SELF_SERVICE = new Set(['login', 'refresh', 'forgotPassword', 'resetPassword'])

export const guardRequest: CollectionBeforeOperationHook = ({ args, operation, collection, req }) => {
  const a = args as ReadArgs & { data?: unknown }
  const overrideAccess = (args as { overrideAccess?: boolean }).overrideAccess

  if (overrideAccess !== true && mustChangePassword(req) && !SELF_SERVICE.has(operation)) {
    const own = collection.slug === req.user!.collection && a.id !== undefined && String(a.id) === String(req.user!.id)
    if (!(own && (operation === 'read' || operation === 'update'))) throw new RequestError(CHANGE_PASSWORD_FIRST, 403)
  }

  if (
    a.id !== undefined &&
    a.id !== null &&
    ['read', 'update', 'delete'].includes(operation) &&
    !isValidId(req, a.id)
  ) {
    // REST has already turned "abc" into NaN: name what the client sent.
    const sent = (req.routeParams as { id?: unknown } | undefined)?.id ?? a.id
    throw new RequestError(
      `There is no ${collection.labels?.singular ?? collection.slug} with the id "${String(sent)}".`,
      404,
    )
  }
  if ((operation === 'create' || operation === 'update') && 'data' in a) {
    const data = a.data
    if (data === null || data === undefined || typeof data !== 'object' || Array.isArray(data)) {
      throw bad('The request body must be a JSON object with the fields to save.')
    }
  }
  if (a.where !== undefined && a.where !== null) {
    const problems: string[] = []
    walk(req, a.where, collection.flattenedFields, problems)
    if (problems.length) throw bad(`Invalid query: ${problems.join(' ')}`)
  }
  if (operation === 'read' || operation === 'readDistinct') checkPaging(req, a, overrideAccess)
  return args
}

export const guardGlobalRequest: GlobalBeforeOperationHook = ({ args, operation, req }) => {
  const overrideAccess = (args as { overrideAccess?: boolean } | undefined)?.overrideAccess
  if (overrideAccess !== true && mustChangePassword(req) && operation !== 'read')
    throw new RequestError(CHANGE_PASSWORD_FIRST, 403)
  return args
}

export function withRequestGuards(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((c) => ({
    ...c,
    hooks: { ...c.hooks, beforeOperation: [guardRequest, ...(c.hooks?.beforeOperation ?? [])] },
  }))
}

export function withGlobalRequestGuards(globals: GlobalConfig[]): GlobalConfig[] {
  return globals.map((g) => ({
    ...g,
    hooks: { ...g.hooks, beforeOperation: [guardGlobalRequest, ...(g.hooks?.beforeOperation ?? [])] },
  }))
}
