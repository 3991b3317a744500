import type { PayloadRequest } from 'payload'

export const ROLES = ['admin', 'editor', 'author'] as const
export type Role = (typeof ROLES)[number]

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
