import type { Payload, PayloadRequest } from 'payload'

import type { SearchEngine } from './engine'
import { type ArticleDoc, findPublished, toSearchRow } from './rows'

/**
 * The search of the database adapter that runs (the one place that asks which). Imported on
 * first use, as the adapters are (see databaseAdapter), so one database's code stays out of a
 * CMS that runs on the other.
 */
export async function searchEngine(payload: Payload): Promise<SearchEngine> {
  return payload.db.name === 'mongoose'
    ? (await import('./mongodb')).mongoSearch
    : (await import('./sqlite')).sqliteSearch
}

/**
 * Brings one article's search entry in line with its published version, in the request's
 * transaction: after a publish, an edit of a published article, an unpublish or a delete.
 * A draft saved over a published article leaves the published version searchable.
 */
export async function syncArticle(req: PayloadRequest, doc: ArticleDoc, deleted = false): Promise<void> {
  const engine = await searchEngine(req.payload)
  if (deleted) return engine.remove(req, doc.id)
  if (doc._status === 'published') return engine.upsert(req, toSearchRow(doc))
  const live = await findPublished(req.payload, doc.id, req)
  if (live) await engine.upsert(req, toSearchRow(live))
  else await engine.remove(req, doc.id)
}
