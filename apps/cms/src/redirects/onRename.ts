import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  PayloadRequest,
  Where,
} from 'payload'

import { pathForDocument, type PreviewableCollection } from '@resilient-mind/content/routes'

import { announcing, queueAnnouncement } from '../hooks/announceChanges'
import { publishedSlug } from '../utilities/publishedSlug'
import { PERMANENT, REDIRECTS, fromVariants } from './config'

/**
 * When a published document's address changes (its slug), every link to the old address keeps
 * working: a permanent redirect from the old address to the document is created by the same
 * save as the rename (in its transaction where the database runs one, MongoDB here, so a failed
 * save leaves none behind).
 *
 * The redirect points at the document itself, not at its new address, so a later rename needs
 * nothing more: A → B → C is one redirect A → the document (at C), plus B → the document. Staff
 * redirects typed as a path to the old address are turned into references too. Renaming back to
 * an old slug deletes the redirect from that address, which is the document's own again: no loop.
 */
type Renamed = PreviewableCollection
type Id = number | string

const key = (collection: string, id: Id) => `${collection}:${id}`
function slugsBefore(req: PayloadRequest): Map<string, string | undefined> {
  const context = req.context as { slugBeforeRename?: Map<string, string | undefined> }
  context.slugBeforeRename ??= new Map()
  return context.slugBeforeRename
}

/** Redirects that lead to this document. */
async function redirectsTo(collection: Renamed, id: Id, req: PayloadRequest) {
  const where: Where = {
    and: [{ 'to.reference.relationTo': { equals: collection } }, { 'to.reference.value': { equals: id } }],
  }
  return (
    await req.payload.find({
      collection: REDIRECTS,
      where,
      depth: 0,
      limit: 200,
      pagination: false,
      overrideAccess: true,
      req,
    })
  ).docs
}

function redirectOnRename(collection: Renamed): {
  beforeChange: CollectionBeforeChangeHook[]
  afterChange: CollectionAfterChangeHook[]
  beforeDelete: CollectionBeforeDeleteHook[]
} {
  return {
    // A redirect to a deleted document would lead nowhere: it goes with it (and its old address is announced, now a 404).
    beforeDelete: [
      async ({ id, req }) => {
        for (const r of await redirectsTo(collection, id, req))
          await req.payload.delete({ collection: REDIRECTS, id: r.id, overrideAccess: true, req })
      },
    ],
    beforeChange: [
      async ({ collection: config, data, operation, originalDoc, req }) => {
        if (operation !== 'update' || originalDoc?.id === undefined || req.context?.skipRenameRedirects) return data
        // With drafts, originalDoc is the latest draft: the address visitors know is the published version's.
        let slug: string | undefined = originalDoc.slug ?? undefined
        if (config.versions?.drafts) slug = await publishedSlug(collection, originalDoc.id, req)
        slugsBefore(req).set(key(collection, originalDoc.id), slug)
        return data
      },
    ],
    afterChange: [
      async ({ collection: config, doc, operation, req }) => {
        if (operation !== 'update' || req.context?.skipRenameRedirects) return doc
        const before = slugsBefore(req).get(key(collection, doc.id))
        if (config.versions?.drafts && doc._status !== 'published') {
          // Unpublished: its old addresses, which the website keeps as redirects to it, now lead to a 404.
          const unpublished = before !== undefined && (await publishedSlug(collection, doc.id, req)) === undefined
          if (unpublished && announcing(req)) {
            const from = (await redirectsTo(collection, doc.id, req)).map((r) => r.from)
            if (from.length) await queueAnnouncement({ collection: 'redirects', from }, req)
          }
          // Otherwise a draft saved over a published document leaves its address as it is.
          return doc
        }
        const oldPath = pathForDocument(collection, before)
        const newPath = pathForDocument(collection, doc.slug)
        if (oldPath && newPath && oldPath !== newPath) await redirectRename(collection, doc.id, oldPath, newPath, req)
        return doc
      },
    ],
  }
}

/**
 * A collection's announce hooks with the rename redirects added. The redirect is written before
 * the change is announced: on SQLite, which Payload runs without transactions, a queued
 * announcement may be worked at once, and the website must find the redirect when it renders
 * the old address (otherwise it keeps a 404 there).
 */
export function withRenameRedirects<
  H extends {
    beforeChange: CollectionBeforeChangeHook[]
    afterChange: CollectionAfterChangeHook[]
    beforeDelete: CollectionBeforeDeleteHook[]
  },
>(collection: Renamed, hooks: H): H {
  const redirect = redirectOnRename(collection)
  return {
    ...hooks,
    beforeChange: [...hooks.beforeChange, ...redirect.beforeChange],
    afterChange: [...redirect.afterChange, ...hooks.afterChange],
    beforeDelete: [...hooks.beforeDelete, ...redirect.beforeDelete],
  }
}

/** The redirects for one rename, in the caller's transaction. */
export async function redirectRename(
  collection: Renamed,
  id: Id,
  oldPath: string,
  newPath: string,
  req: PayloadRequest,
) {
  const find = async (where: Where) =>
    (
      await req.payload.find({
        collection: REDIRECTS,
        where,
        depth: 0,
        limit: 100,
        pagination: false,
        overrideAccess: true,
        req,
      })
    ).docs
  // One of the plugin's target collections; typed loosely as the union of their relationships.
  const reference = { relationTo: collection, value: id } as never

  // The new address is the document's own (again): a redirect from it would hide it or loop.
  for (const r of await find({ from: { in: fromVariants(newPath) } })) {
    await alreadyAnnounced(req, () =>
      req.payload.delete({ collection: REDIRECTS, id: r.id, overrideAccess: true, req }),
    )
  }
  // Staff redirects that led to the old address by path now lead to the document (no chain).
  for (const r of await find({
    and: [{ 'to.type': { equals: 'custom' } }, { 'to.url': { in: fromVariants(oldPath) } }],
  })) {
    await req.payload.update({
      collection: REDIRECTS,
      id: r.id,
      data: { to: { type: 'reference', reference, url: null } },
      overrideAccess: true,
      req,
    })
  }
  const existing = (await find({ from: { in: fromVariants(oldPath) } }))[0]
  const data = { from: oldPath, to: { type: 'reference' as const, reference, url: null }, type: PERMANENT as '308' }
  await alreadyAnnounced(req, () =>
    existing
      ? req.payload.update({ collection: REDIRECTS, id: existing.id, data, overrideAccess: true, req })
      : req.payload.create({ collection: REDIRECTS, data, overrideAccess: true, req }),
  )
}

/**
 * The rename itself announces the document's old and new addresses: the redirect between them
 * need not announce them again (redirects/config.ts reads this flag).
 */
async function alreadyAnnounced(req: PayloadRequest, write: () => Promise<unknown>) {
  req.context.renameAnnounced = true
  try {
    await write()
  } finally {
    delete req.context.renameAnnounced
  }
}
