import { pbkdf2, randomBytes } from 'node:crypto'
import { promisify } from 'node:util'

import type { CollectionBeforeOperationHook } from 'payload'

/**
 * A failed sign-in reveals nothing about the account: the same message whether the email is
 * unknown, the password wrong or the account locked, and the same time. Payload answers an
 * unknown or locked account at once but checks a real password with PBKDF2 (600,000 rounds of
 * SHA-256 in Payload 3.90), which is what made real accounts measurably slower; this hook does
 * the same work when Payload would skip it.
 */
export const LOGIN_FAILED =
  'The email or password is incorrect, or the account is locked for 15 minutes after too many attempts.'

/** Payload's own messages (i18n), both set to the one message above. */
export const LOGIN_FAILED_MESSAGES = { emailOrPasswordIncorrect: LOGIN_FAILED, userLocked: LOGIN_FAILED }

const pbkdf2Async = promisify(pbkdf2)
const DUMMY_SALT = randomBytes(32).toString('hex')

export const equalLoginTiming: CollectionBeforeOperationHook = async ({ args, operation, req, collection }) => {
  if (operation !== 'login') return args
  const { email, password } = ((args as { data?: { email?: unknown; password?: unknown } }).data ?? {}) as {
    email?: unknown
    password?: unknown
  }
  if (typeof email !== 'string' || typeof password !== 'string') return args
  const found = await req.payload.find({
    collection: collection.slug as 'users',
    where: { email: { equals: email.toLowerCase().trim() } },
    limit: 1,
    depth: 0,
    pagination: false,
    showHiddenFields: true,
    overrideAccess: true,
  })
  const user = found.docs[0] as { lockUntil?: string | null } | undefined
  const locked = Boolean(user?.lockUntil && new Date(user.lockUntil).getTime() > Date.now())
  if (!user || locked) await pbkdf2Async(password, DUMMY_SALT, 600_000, 32, 'sha256')
  return args
}
