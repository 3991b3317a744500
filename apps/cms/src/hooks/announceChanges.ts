import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  GlobalAfterChangeHook,
  PayloadRequest,
  SanitizedCollectionConfig,
} from 'payload'

import { batchPaths, pathsForChange, type ContentChange } from '@resilient-mind/content/paths'

import { settings } from '../settings'
import { describeChange, inNavigation, visibleVersion, type Announced, type Visible } from './pagesShowing'

/**
 * Tells the website which pages show a change, once the change is committed.
 *
 * Payload runs afterChange and afterDelete hooks inside the operation's transaction, before it
 * commits: a request sent from there could make the website re-read the old data (MongoDB) or
 * announce a change that is then rolled back. So the hooks look up what the change touches,
 * inside the transaction (with `req`), and queue an `announceChange` job in that same
 * transaction, the way inquiry emails are queued. A rolled-back change queues nothing; a
 * committed one is sent by the job (jobs/tasks/announceChange.ts), retried while the website
 * is down, and never fails the editor's save. On SQLite, which Payload runs without
 * transactions, the job is written at once and may be worked before the save is over, so
 * announcing is the save's last write (the rename redirect comes first: withRenameRedirects).
 *
 * Only what visitors can see counts: a draft saved over the published version, or a draft
 * never published, announces nothing. The seed passes `context.disableRevalidate` to import
 * everything without announcing each document.
 */

/** Jobs that refresh one change's pages: worked every second, so a publish shows within ~2 s. */
export const ANNOUNCE_QUEUE = 'announce'
/**
 * Further requests of a change that shows on more than 200 pages (the practice's details, on
 * every page; an author's name, on all their articles), worked one at a time behind the main
 * queue so that they never delay another change's first pages.
 */
export const ANNOUNCE_BULK_QUEUE = 'announce-bulk'

export const announcing = (req: PayloadRequest) =>
  Boolean(settings.WEB_REVALIDATE_URL && settings.REVALIDATE_SECRET) && !req.context?.disableRevalidate

/** Queue the change's paths in the caller's transaction: the most visited first, 200 a request. */
export async function queueAnnouncement(change: ContentChange, req: PayloadRequest): Promise<string[]> {
  const paths = pathsForChange(change)
  const [first, ...rest] = batchPaths(paths)
  if (!first) return paths
  await req.payload.jobs.queue({ task: 'announceChange', input: { paths: first }, queue: ANNOUNCE_QUEUE, req })
  for (const batch of rest) {
    await req.payload.jobs.queue({ task: 'announceChange', input: { paths: batch }, queue: ANNOUNCE_BULK_QUEUE, req })
  }
  return paths
}

/** What visitors saw before a change, kept between the before- and after-hooks of one operation. */
type Remembered = {
  publishedBefore: Map<string, Visible>
  deleting: Map<string, ContentChange>
  inNavigation: Set<string>
}
function remembered(req: PayloadRequest): Remembered {
  const context = req.context as { announceChanges?: Remembered }
  context.announceChanges ??= { publishedBefore: new Map(), deleting: new Map(), inNavigation: new Set() }
  return context.announceChanges
}
const key = (collection: string, id: string | number) => `${collection}:${id}`

export function announceChanges(collection: Announced): {
  beforeChange: CollectionBeforeChangeHook[]
  afterChange: CollectionAfterChangeHook[]
  beforeDelete: CollectionBeforeDeleteHook[]
  afterDelete: CollectionAfterDeleteHook[]
} {
  return {
    beforeChange: [
      // With drafts, `originalDoc` is the latest version, which may be an unpublished draft:
      // read the version visitors see (Payload keeps it in the collection itself).
      async ({ collection: config, data, operation, originalDoc, req }) => {
        if (operation === 'update' && originalDoc?.id !== undefined && hasDrafts(config) && announcing(req)) {
          remembered(req).publishedBefore.set(
            key(collection, originalDoc.id),
            await visibleVersion(collection, originalDoc.id, req),
          )
        }
        return data
      },
    ],
    afterChange: [
      async ({ collection: config, doc, operation, previousDoc, req }) => {
        if (!announcing(req)) return doc
        // A new image is not shown anywhere yet.
        if (collection === 'media' && operation === 'create') return doc
        const drafts = hasDrafts(config)
        const before: Visible =
          operation === 'create'
            ? null
            : drafts
              ? (remembered(req).publishedBefore.get(key(collection, doc.id)) ?? null)
              : previousDoc
        // A draft of a document nobody can see yet: nothing to look up.
        if (drafts && !before && doc._status !== 'published') return doc
        const after = await visibleVersion(collection, doc.id, req)
        if (!before && !after) return doc
        // A draft saved over the published version leaves that version as it was (same updatedAt).
        if (drafts && before && after && before.updatedAt === after.updatedAt) return doc
        await queueAnnouncement(await describeChange(collection, doc.id, before, after, req), req)
        // A page in the navigation moved or appeared/disappeared: every page's chrome links to it.
        if (collection === 'pages' && before?.slug !== after?.slug && (await inNavigation(doc.id, req)))
          await queueSite(req)
        return doc
      },
    ],
    // Relationships to a deleted document are removed with it, so look up what showed it first.
    beforeDelete: [
      async ({ id, req }) => {
        if (!announcing(req)) return
        const before = await visibleVersion(collection, id, req)
        if (before)
          remembered(req).deleting.set(key(collection, id), await describeChange(collection, id, before, null, req))
        // Read now: deleting the page clears the navigation's link to it.
        if (before && collection === 'pages' && (await inNavigation(id, req)))
          remembered(req).inNavigation.add(key(collection, id))
      },
    ],
    afterDelete: [
      async ({ doc, id, req }) => {
        const change = announcing(req) ? remembered(req).deleting.get(key(collection, id)) : undefined
        if (change) await queueAnnouncement(change, req)
        if (change && remembered(req).inNavigation.has(key(collection, id))) await queueSite(req)
        return doc
      },
    ],
  }
}

const hasDrafts = (config: SanitizedCollectionConfig) => Boolean(config.versions && config.versions.drafts)

/** The practice's details are in every page's chrome: every published page is announced (jobs/tasks/announceSite.ts). */
export const announcePractice: GlobalAfterChangeHook = async ({ doc, req }) => {
  if (announcing(req)) await queueSite(req)
  return doc
}

const queueSite = (req: PayloadRequest) =>
  req.payload.jobs.queue({ task: 'announceSite', input: {}, queue: ANNOUNCE_QUEUE, req })
