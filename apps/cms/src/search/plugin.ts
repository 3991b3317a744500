import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Plugin } from 'payload'

import { searchEndpoint } from '../endpoints/search'
import { articleIndex, syncArticle } from './articleIndex'

const keepIndexCurrent: CollectionAfterChangeHook = async ({ doc, req }) => {
  try {
    await syncArticle(req.payload, doc, req)
  } catch (err) {
    req.payload.logger.error({ err }, `Search index: could not update article ${doc.id}`)
  }
  return doc
}

const dropFromIndex: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await syncArticle(req.payload, doc, req, true)
  return doc
}

/**
 * Full-text search over articles: registers GET /api/search and keeps the index in step with
 * every save. Its hooks run first, so when the website is told to revalidate, search already
 * answers with the change.
 */
export const articleSearchPlugin = (): Plugin => (config) => ({
  ...config,
  // Build the index as soon as the server is up (in the background), not on the first
  // visitor's search: at 10,000 articles the build takes seconds.
  onInit: async (payload) => {
    await config.onInit?.(payload)
    if (process.env.NODE_ENV === 'test' || process.env.NEXT_PHASE === 'phase-production-build') return
    articleIndex(payload).catch((err) => payload.logger.error({ err }, 'Search index: the first build failed; it is retried on the next search'))
  },
  endpoints: [...(config.endpoints ?? []), searchEndpoint],
  collections: (config.collections ?? []).map((collection) =>
    collection.slug !== 'articles'
      ? collection
      : {
          ...collection,
          hooks: {
            ...collection.hooks,
            afterChange: [keepIndexCurrent, ...(collection.hooks?.afterChange ?? [])],
            afterDelete: [dropFromIndex, ...(collection.hooks?.afterDelete ?? [])],
          },
        },
  ),
})
