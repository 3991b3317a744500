import type { CollectionConfig, FieldAccess } from 'payload'

import { adminOrSelf, isAdmin, isAdminField } from '../../access'
import { hasRole, isStaffUser, ROLES } from '../../access/roles'
import { settings } from '../../settings'
import { clearMustChangePassword, mustChangePasswordUpdate } from './mustChangePassword'
import { equalLoginTiming } from './login'
import { checkPasswordStrength } from './password'

/** Another person's email and role are for admins: not even a where query may probe them. */
const adminOrOwnField: FieldAccess = ({ req, id, doc }) =>
  hasRole(req.user, 'admin') || Boolean(req.user && String(id ?? doc?.id) === String(req.user.id))

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
    // Secure whenever the admin is served over https (behind the TLS proxy in production).
    cookies: { sameSite: 'Lax', secure: settings.CMS_PUBLIC_URL.startsWith('https:') },
    // API keys are for machine accounts such as the website's form handler (role "intake").
    useAPIKey: true,
    // Sessions (Payload's default, spelled out): a password change ends every other session.
    useSessions: true,
  },
  hooks: {
    beforeOperation: [equalLoginTiming, checkPasswordStrength],
    beforeChange: [clearMustChangePassword],
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
    // Payload's own email field, with read access narrowed (merged with the built-in field).
    { name: 'email', type: 'email', access: { read: adminOrOwnField } },
    // Only admins give out API keys (Payload lets any admin-panel user give themselves one).
    { name: 'apiKey', label: 'API key', type: 'text', access: { create: isAdminField, update: isAdminField } },
    {
      name: 'mustChangePassword',
      type: 'checkbox',
      defaultValue: false,
      access: { create: isAdminField, update: mustChangePasswordUpdate },
      admin: {
        position: 'sidebar',
        description: 'Set for a generated first password: until a new one is chosen, nothing else is available.',
      },
    },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'author',
      saveToJWT: true,
      options: ROLES.map((r) => ({
        label: r === 'intake' ? 'Website form (API key only)' : r[0].toUpperCase() + r.slice(1),
        value: r,
      })),
      access: { read: adminOrOwnField, create: isAdminField, update: isAdminField },
      admin: {
        description:
          'Admin: everything. Editor: publishes and edits all content, not accounts. Author: writes own articles as drafts. Website form: may only submit appointment requests, with its API key.',
      },
    },
  ],
}
