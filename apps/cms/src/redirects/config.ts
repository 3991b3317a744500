import { redirectsPlugin } from '@payloadcms/plugin-redirects'
import {
  ValidationError,
  type CollectionAfterChangeHook,
  type CollectionAfterDeleteHook,
  type CollectionBeforeValidateHook,
  type CollectionSlug,
  type Field,
  type PayloadRequest,
} from 'payload'

import { redirectFromVariants, redirectPath } from '@resilient-mind/content/paths'
import { contentTypesWith } from '@resilient-mind/content/content-types'
import { isSafeSitePath, pathForDocument, type PreviewableCollection } from '@resilient-mind/content/routes'

import { anyone, isEditorOrAdmin } from '../access'
import { announcing, queueAnnouncement } from '../hooks/announceChanges'

/**
 * Old addresses that lead to a page of the site: created by a rename (redirects/onRename.ts),
 * by the WordPress import, or by staff. The website answers each from its page cache with a
 * permanent redirect; a change here announces the old address so the website learns of it.
 */
export const REDIRECTS = 'redirects' satisfies CollectionSlug
/** Moved for good: 308 keeps the method; 301 for staff who want the classic status. */
export const PERMANENT = '308' as const
/** The content types declared as redirect targets (packages/content/src/contentTypes.ts). */
export const REDIRECT_TARGETS = contentTypesWith('redirectTarget')

/** A path as typed and as the site serves it (without the trailing slash): both are the same address. */
export const fromVariants = redirectFromVariants

type RedirectData = {
  id?: number | string
  from?: string | null
  to?: {
    type?: 'reference' | 'custom' | null
    reference?: { relationTo: string; value: unknown } | null
    url?: string | null
  } | null
}

const fail = (path: string, message: string): never => {
  throw new ValidationError({ collection: REDIRECTS, errors: [{ path, message }] })
}

/** Where a redirect leads, as a site path (or an absolute URL), following other redirects up to a few hops. */
async function targetOf(to: RedirectData['to'], req: PayloadRequest): Promise<string | undefined> {
  if (to?.type === 'custom') return to.url ?? undefined
  const ref = to?.reference
  if (!ref) return undefined
  const value = ref.value as { id?: number | string } | number | string
  const id = typeof value === 'object' ? value?.id : value
  if (id === undefined) return undefined
  const collection = ref.relationTo as PreviewableCollection
  const doc = (await req.payload.findByID({
    collection,
    id,
    depth: 0,
    select: { slug: true },
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as {
    slug?: string
  } | null
  return pathForDocument(collection, doc?.slug)
}

/** The old address: a path on this site. The target: a document, a site path or a web address; never back to itself. */
const validateRedirect: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data } as RedirectData
  const from = typeof merged.from === 'string' ? merged.from.trim() : ''
  if (!from || !isSafeSitePath(from) || /\s/.test(from) || from.length > 500)
    fail(
      'from',
      'Enter the old address as a path on this site, starting with "/", for example "/2025/03/18/when-a-grandparent-dies/".',
    )
  if (/[?#]/.test(from))
    fail(
      'from',
      'Leave out everything from "?" or "#": the website redirects addresses by their path only (a query such as "?p=12" cannot be matched).',
    )
  const bare = redirectPath(from)
  if (!bare) fail('from', 'Enter the old address without "." or ".." parts, for example "/2025/03/18/a-post/".')
  if (bare === '/') fail('from', 'The home page cannot be redirected.')
  if (/^\/(api|admin|_next)(\/|$)/.test(bare!))
    fail('from', `"${from}" is used by the website itself and cannot be redirected.`)
  if (data) data.from = from

  const url = merged.to?.type === 'custom' ? (merged.to.url ?? '').trim() : undefined
  if (url !== undefined) {
    const absolute = /^https?:\/\/[^\s/]+(\/\S*)?$/.test(url)
    if (!absolute && !(isSafeSitePath(url) && !/\s/.test(url)))
      fail('to.url', 'Enter a path on this site starting with "/", or a full address starting with https://.')
    if (data?.to) data.to.url = url
  }

  const clash = await req.payload.find({
    collection: REDIRECTS,
    where: {
      and: [{ from: { in: fromVariants(from) } }, ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : [])],
    },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  if (clash.docs.length)
    fail('from', `There is already a redirect from "${(clash.docs[0] as RedirectData).from}". Edit that one instead.`)

  // Follow where it leads; coming back to the old address would send visitors round in circles.
  let target = await targetOf(merged.to, req)
  for (let hop = 0; target && hop < 10; hop++) {
    const next = redirectPath(target)
    if (!next) break // another website
    if (next === bare) fail('to', 'This redirect would lead back to its own address. Choose another target.')
    const onward = await req.payload.find({
      collection: REDIRECTS,
      where: { from: { in: fromVariants(next) } },
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
    })
    const r = onward.docs[0] as RedirectData | undefined
    if (!r || (originalDoc?.id !== undefined && r.id === originalDoc.id)) break
    target = await targetOf(r.to, req)
  }
  return data
}

const announceRedirect: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (announcing(req) && !req.context.renameAnnounced)
    await queueAnnouncement({ collection: 'redirects', from: [doc.from, previousDoc?.from].filter(Boolean) }, req)
  return doc
}
const announceRemoved: CollectionAfterDeleteHook = async ({ doc, req }) => {
  if (announcing(req) && !req.context.renameAnnounced && doc?.from)
    await queueAnnouncement({ collection: 'redirects', from: [doc.from] }, req)
  return doc
}

export const redirects = redirectsPlugin({
  collections: REDIRECT_TARGETS,
  redirectTypes: ['308', '301'],
  redirectTypeFieldOverride: {
    defaultValue: PERMANENT,
    admin: {
      description:
        '308 (permanent) unless an old system needs 301; both tell search engines the page has moved for good.',
    },
  },
  overrides: {
    labels: { singular: 'Redirect', plural: 'Redirects' },
    admin: {
      group: 'Settings',
      useAsTitle: 'from',
      defaultColumns: ['from', 'to.type', 'type', 'updatedAt'],
      description:
        'Old addresses that lead to a page of this site. Renaming a published page, article, service, author or topic adds one automatically.',
    },
    access: { read: anyone, create: isEditorOrAdmin, update: isEditorOrAdmin, delete: isEditorOrAdmin },
    hooks: { beforeValidate: [validateRedirect], afterChange: [announceRedirect], afterDelete: [announceRemoved] },
    fields: ({ defaultFields }) =>
      defaultFields.map((field) =>
        'name' in field && field.name === 'from'
          ? ({
              ...field,
              admin: {
                description:
                  'A path on this site, for example "/2025/03/18/when-a-grandparent-dies/" or "/resources/an-old-slug".',
              },
            } as Field)
          : field,
      ),
  },
})
