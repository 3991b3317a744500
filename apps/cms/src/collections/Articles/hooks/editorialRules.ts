import { type CollectionBeforeChangeHook } from 'payload'

import { roleOf } from '../../../access/roles'
import { RequestError } from '../../../security/errors'

/**
 * Authors write drafts; editors publish. The first publication stamps publishedAt, and the
 * creating account is recorded so an author can keep editing their own drafts.
 */
export const editorialRules: CollectionBeforeChangeHook = ({ data, req, operation, originalDoc }) => {
  const role = roleOf(req.user)
  if (role === 'author' && data._status === 'published') {
    throw new RequestError('Authors can save drafts; an editor or admin publishes them. Save as a draft instead.', 403)
  }
  if (operation === 'create' && req.user && !data.createdBy) data.createdBy = req.user.id
  if (data._status === 'published' && !data.publishedAt && !originalDoc?.publishedAt) {
    data.publishedAt = new Date().toISOString()
  }
  return data
}
