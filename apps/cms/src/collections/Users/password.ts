import { ValidationError, type CollectionBeforeOperationHook } from 'payload'

import { passwordProblem } from './passwordPolicy'

/** Create, update and password reset all set passwords; each is checked here. */
export const checkPasswordStrength: CollectionBeforeOperationHook = async ({ args, operation, collection, req }) => {
  if (!['create', 'update', 'resetPassword'].includes(operation)) return args
  const data = (args as { data?: { password?: unknown; email?: unknown } }).data
  if (!data || typeof data.password !== 'string') return args
  let email = typeof data.email === 'string' ? data.email : undefined
  const id = (args as { id?: unknown }).id
  if (!email && id !== undefined && operation === 'update') {
    const current = await req.payload.findByID({
      collection: collection.slug as 'users',
      id: id as number,
      depth: 0,
      disableErrors: true,
    })
    email = (current as { email?: string } | null)?.email
  }
  const problem = passwordProblem(data.password, email)
  if (problem)
    throw new ValidationError({ collection: collection.slug, errors: [{ path: 'password', message: problem }] })
  return args
}
