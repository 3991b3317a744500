import type { Access, FieldAccess, Where } from 'payload'

import { hasRole, isStaffUser, roleOf } from './roles'

/**
 * Every access rule of the design's "Who may do what", named once and reused by the
 * collections. Payload applies them to REST, GraphQL and the Local API (overrideAccess: false).
 */

export const anyone: Access = () => true
export const nobody: Access = () => false

export const isAdmin: Access = ({ req }) => hasRole(req.user, 'admin')
export const isEditorOrAdmin: Access = ({ req }) => hasRole(req.user, 'admin', 'editor')
export const isStaff: Access = ({ req }) => isStaffUser(req.user)
export const canSubmitInquiry: Access = ({ req }) => hasRole(req.user, 'admin', 'intake')

export const isAdminField: FieldAccess = ({ req }) => hasRole(req.user, 'admin')
export const isEditorOrAdminField: FieldAccess = ({ req }) => hasRole(req.user, 'admin', 'editor')

const publishedOnly: Where = { _status: { equals: 'published' } }

/** Anonymous visitors see published documents only; staff also see drafts. */
export const publishedOrStaff: Access = ({ req }) => (isStaffUser(req.user) ? true : publishedOnly)

/** Editors and admins edit everything; an author edits only the articles they created. */
export const editorOrOwnArticle: Access = ({ req }) => {
  const role = roleOf(req.user)
  if (role === 'admin' || role === 'editor') return true
  if (role === 'author' && req.user) return { createdBy: { equals: req.user.id } }
  return false
}

/** Editors and admins edit every author profile; an author edits the profile linked to their account. */
export const editorOrOwnProfile: Access = ({ req }) => {
  const role = roleOf(req.user)
  if (role === 'admin' || role === 'editor') return true
  if (role === 'author' && req.user) return { user: { equals: req.user.id } }
  return false
}

/** Admins manage every account; staff may read and update their own (machine accounts may not). */
export const adminOrSelf: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  if (req.user && isStaffUser(req.user)) return { id: { equals: req.user.id } }
  return false
}

export { hasRole, isStaffUser, roleOf }
