import type { PayloadRequest } from 'payload'

/** People who work in the admin. */
export const STAFF_ROLES = ['admin', 'editor', 'author'] as const
/** Machine accounts: 'intake' is the website's form handler, which may only create inquiries (API key). */
export const SERVICE_ROLES = ['intake'] as const
export const ROLES = [...STAFF_ROLES, ...SERVICE_ROLES] as const
export type Role = (typeof ROLES)[number]
export type StaffRole = (typeof STAFF_ROLES)[number]

type MaybeUser = PayloadRequest['user']

export function roleOf(user: MaybeUser): Role | undefined {
  if (!user || user.collection !== 'users') return undefined
  const role = (user as { role?: unknown }).role
  return ROLES.includes(role as Role) ? (role as Role) : undefined
}

export const hasRole = (user: MaybeUser, ...roles: Role[]): boolean => {
  const role = roleOf(user)
  return role !== undefined && roles.includes(role)
}

export const isStaffUser = (user: MaybeUser): boolean => hasRole(user, ...STAFF_ROLES)
