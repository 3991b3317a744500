import type { CollectionBeforeChangeHook, FieldAccess } from 'payload'

import { hasRole } from '../../access/roles'

/**
 * The first admin's password is generated and printed once to the server log, so whoever reads
 * the log could sign in with it. That account starts with `mustChangePassword`: until its owner
 * sets a new password, every API except reading and updating their own account answers 403
 * (src/hooks/requestGuards.ts), and the admin sends them to the account page
 * (src/components/MustChangePassword.tsx). Setting a new password clears the flag.
 */
export const clearMustChangePassword: CollectionBeforeChangeHook = ({ data, operation }) => {
  if (operation === 'update' && typeof data?.password === 'string') data.mustChangePassword = false
  return data
}

/** Admins set the flag on others; on their own account anyone (an admin too) changes it only with a new password. */
export const mustChangePasswordUpdate: FieldAccess = ({ req, id, data }) => {
  const own = Boolean(req.user && String(id) === String(req.user.id))
  return own ? typeof data?.password === 'string' : hasRole(req.user, 'admin')
}
