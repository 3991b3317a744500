import config from '@payload-config'
import { type DocumentNode, parse, valueFromASTUntyped, visit } from 'graphql'
import { getPayload, type PayloadRequest } from 'payload'

import { isStaffUser } from './roles'

/**
 * Document locks ("X is editing this") are for people in the admin. Payload 3.90 lets any
 * signed-in user (the website's API key included) create them, for anyone, and a forged lock
 * makes an editor's next save fail with 423. Payload adds its `payload-locked-documents`
 * collection itself and has no documented option for its access, so the rule is kept at our
 * own boundary, the REST and GraphQL route handlers (src/security/routeGuard.ts): only staff
 * read, write and remove locks, and only in their own name. The admin takes locks through
 * its server functions (Local API, as the signed-in user) and reads, takes over and releases
 * them over REST, which passes here as staff.
 */
export const LOCKS_SLUG = 'payload-locked-documents'

const refuse = (message: string) => Response.json({ errors: [{ message }] }, { status: 403 })
const NOT_STAFF = 'Only staff signed in to the admin may see or change document locks.'
const NOT_YOURS = 'A document lock can only be taken in your own name: set "user" to yourself.'

type User = PayloadRequest['user']

async function callerOf(headers: Headers): Promise<User> {
  const payload = await getPayload({ config })
  return (await payload.auth({ headers })).user
}

/** `user` as a lock stores it: `{ relationTo, value }` naming the caller, nothing else. */
function namesCaller(value: unknown, caller: NonNullable<User>): boolean {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false
  const { relationTo, value: id } = value as { relationTo?: unknown; value?: unknown }
  return (
    relationTo === caller.collection &&
    (typeof id === 'string' || typeof id === 'number') &&
    String(id) === String(caller.id)
  )
}

/** Does this REST address (the route's path segments, decoded) reach the locks collection? */
export const isLocksPath = (segments: readonly string[]): boolean => segments.filter(Boolean)[0] === LOCKS_SLUG

/**
 * REST: any request to /api/payload-locked-documents… is for staff only; a create or update
 * must name the caller as the lock's user (a create or duplicate must name it at all, or the
 * copy keeps someone else's name).
 */
export async function restLockRefusal(request: Request, body: Uint8Array | undefined): Promise<Response | undefined> {
  const caller = await callerOf(request.headers)
  if (!isStaffUser(caller)) return refuse(NOT_STAFF)
  // Payload answers a POST marked as a GET like a GET (a long query in the body).
  const override =
    request.headers.get('x-payload-http-method-override') ?? request.headers.get('x-http-method-override')
  if (!['POST', 'PATCH', 'PUT'].includes(request.method) || (request.method === 'POST' && override === 'GET'))
    return undefined

  const type = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase()
  const text = body?.byteLength ? new TextDecoder().decode(body) : ''
  if (text && type !== 'application/json') {
    return Response.json(
      { errors: [{ message: 'Send document locks as JSON (Content-Type: application/json).' }] },
      { status: 415 },
    )
  }
  let data: unknown = {}
  try {
    if (text) data = JSON.parse(text)
  } catch {
    return Response.json({ errors: [{ message: 'The body is not valid JSON.' }] }, { status: 400 })
  }
  const user = data && typeof data === 'object' ? (data as { user?: unknown }).user : undefined
  const creates = request.method === 'POST'
  if ((creates || user !== undefined) && !namesCaller(user, caller!)) return refuse(NOT_YOURS)
  return undefined
}

const LOCK_FIELD = /payloadlockeddocument/i
const WRITES_OWNER = /^(create|duplicate|update)PayloadLockedDocument$/

/**
 * GraphQL: an operation that names any lock field (queries, counts, access, mutations, in
 * fragments too) is for staff only, and lock mutations must name the caller as the user.
 * Anything that does not parse is left to Payload, which refuses it without running it.
 */
export async function graphqlLockRefusal(
  headers: Headers,
  body: { query?: unknown; variables?: unknown },
): Promise<Response | undefined> {
  if (typeof body.query !== 'string') return undefined
  let document: DocumentNode
  try {
    document = parse(body.query)
  } catch {
    return undefined
  }
  const variables =
    body.variables && typeof body.variables === 'object' && !Array.isArray(body.variables)
      ? (body.variables as Record<string, unknown>)
      : {}
  const lockFields: { name: string; data: unknown }[] = []
  visit(document, {
    Field(node) {
      if (!LOCK_FIELD.test(node.name.value)) return
      const arg = node.arguments?.find((a) => a.name.value === 'data')
      lockFields.push({ name: node.name.value, data: arg ? valueFromASTUntyped(arg.value, variables) : undefined })
    },
  })
  if (lockFields.length === 0) return undefined

  const caller = await callerOf(headers)
  if (!isStaffUser(caller)) return refuse(NOT_STAFF)
  for (const { name, data } of lockFields) {
    if (!WRITES_OWNER.test(name)) continue
    const user = data && typeof data === 'object' ? (data as { user?: unknown }).user : undefined
    const mustName = !name.startsWith('update')
    if ((mustName || user !== undefined) && !namesCaller(user, caller!)) return refuse(NOT_YOURS)
  }
  return undefined
}
