import type { CollectionConfig } from 'payload'

import { adminOrSelf, isAdmin, isAdminField } from '../../access'
import { isStaffUser, ROLES } from '../../access/roles'

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
    // API keys are for machine accounts such as the website's form handler (role "intake").
    useAPIKey: true,
  },
  access: {
    read: adminOrSelf,
    create: isAdmin,
    update: adminOrSelf,
    delete: isAdmin,
    admin: ({ req }) => isStaffUser(req.user),
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
      options: ROLES.map((r) => ({ label: r === 'intake' ? 'Website form (API key only)' : r[0].toUpperCase() + r.slice(1), value: r })),
      access: { create: isAdminField, update: isAdminField },
      admin: {
        description:
          'Admin: everything. Editor: publishes and edits all content, not accounts. Author: writes own articles as drafts. Website form: may only submit appointment requests, with its API key.',
      },
    },
  ],
}
