import type { CollectionConfig } from 'payload'

import { adminOrSelf, isAdmin, isAdminField } from '../../access'
import { ROLES } from '../../access/roles'

/** Staff accounts. Only admins manage accounts and roles; everyone may edit their own name and password. */
export const Users: CollectionConfig = {
  slug: 'users',
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['name', 'email', 'role'],
    group: 'Settings',
  },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    cookies: { sameSite: 'Lax' },
  },
  access: {
    read: adminOrSelf,
    create: isAdmin,
    update: adminOrSelf,
    delete: isAdmin,
    admin: ({ req }) => Boolean(req.user),
    unlock: isAdmin,
  },
  fields: [
    { name: 'name', type: 'text', maxLength: 120 },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'author',
      saveToJWT: true,
      options: ROLES.map((r) => ({ label: r[0].toUpperCase() + r.slice(1), value: r })),
      access: { create: isAdminField, update: isAdminField },
      admin: {
        description: 'Admin: everything. Editor: publishes and edits all content, not accounts. Author: writes own articles as drafts.',
      },
    },
  ],
}
