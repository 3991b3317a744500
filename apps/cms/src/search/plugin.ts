import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Plugin } from 'payload'

import { searchEndpoint } from '../endpoints/search'
import { searchEngine, syncArticle } from '.'

const keepSearchCurrent: CollectionAfterChangeHook = async ({ doc, req }) => {
  await syncArticle(req, doc)
  return doc
}

const dropFromSearch: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await syncArticle(req, doc, true)
  return doc
}

/**
 * Full-text search over published articles on the database's own engine (see engine.ts):
 * registers GET /api/search and updates the search entry of every saved article in the save's
 * own transaction, so any CMS process sharing the database finds the change at once.
 */
export const articleSearchPlugin = (): Plugin => (config) => ({
  ...config,
  onInit: async (payload) => {
    await config.onInit?.(payload) // first: it brings the database up to its migrations
    // Only makes sure the search structures exist: they are filled once when created and then
    // kept in step by the hooks, never rebuilt.
    if (process.env.NEXT_PHASE === 'phase-production-build') return
    const engine = await searchEngine(payload)
    await engine.prepare(payload)
  },
  endpoints: [...(config.endpoints ?? []), searchEndpoint],
  collections: (config.collections ?? []).map((collection) =>
    collection.slug !== 'articles'
      ? collection
      : {
          ...collection,
          hooks: {
            ...collection.hooks,
            afterChange: [keepSearchCurrent, ...(collection.hooks?.afterChange ?? [])],
            afterDelete: [dropFromSearch, ...(collection.hooks?.afterDelete ?? [])],
          },
        },
  ),
})
