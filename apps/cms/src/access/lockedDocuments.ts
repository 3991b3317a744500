import type { Access, SanitizedConfig } from 'payload'

import { isStaffUser } from './roles'

/**
 * Document locks ("X is editing this") are for people in the admin. Payload 3.90 lets any
 * signed-in user (the website's API key included) create them, for anyone, and a forged lock
 * makes an editor's next save fail with 423. Here only staff read and write locks, and only
 * in their own name. Payload adds this collection while it sanitizes the config and has no
 * option for its access yet, so the rules are set on the sanitized config.
 */
const ownLock: Access = ({ req, data }) => {
  if (!isStaffUser(req.user)) return false
  const user = (data as { user?: unknown } | undefined)?.user
  if (user === undefined) return true // an update that does not change the owner
  const value = user && typeof user === 'object' ? (user as { relationTo?: string; value?: unknown }) : undefined
  return Boolean(value && value.relationTo === req.user!.collection && String(value.value) === String(req.user!.id))
}

const staffOnly: Access = ({ req }) => isStaffUser(req.user)

export function restrictDocumentLocks(config: SanitizedConfig): SanitizedConfig {
  const locks = config.collections.find((c) => c.slug === 'payload-locked-documents')
  if (locks) locks.access = { ...locks.access, read: staffOnly, delete: staffOnly, create: ownLock, update: ownLock }
  return config
}
