import type { Field, FieldHook, PayloadRequest } from 'payload'

import { isSafeSitePath, linkHref, type SiteLink } from '@resilient-mind/content/routes'

import { publishedSlug } from '../utilities/publishedSlug'

/**
 * A link staff choose rather than type: a page, a service, the library, the services list or the
 * request form (optionally with a service chosen), or, for anything else on the site, a path.
 * Used by the practice's navigation and by call-to-action blocks, so the website has one way to
 * turn a link into an address (`href`, derived when read: a renamed page or service moves every
 * link to it, and a link to an unpublished page has no address and is left out by the site).
 */
export const LINK_TYPES = [
  { label: 'A page', value: 'page' },
  { label: 'A service', value: 'service' },
  { label: 'The resource library', value: 'library' },
  { label: 'The services list', value: 'services' },
  { label: 'The appointment request form', value: 'contact' },
  { label: 'Another address on this site', value: 'path' },
] as const

type Row = { type?: string | null; page?: unknown; service?: unknown; href?: string | null }
type Id = number | string

const idOf = (rel: unknown): Id | undefined =>
  rel && typeof rel === 'object' && 'id' in rel
    ? (rel as { id: Id }).id
    : typeof rel === 'number' || typeof rel === 'string'
      ? rel
      : undefined

/** The published slug of a page or service, whether the relationship came populated or as an id. */
async function linkedSlug(collection: 'pages' | 'services', rel: unknown, req: PayloadRequest) {
  const id = idOf(rel)
  return id === undefined ? undefined : publishedSlug(collection, id, req)
}

/** The address a link row points to, for the website: derived from its target each time it is read. */
export async function hrefOfLink(row: Row, req: PayloadRequest): Promise<string | null> {
  const type = row.type as SiteLink['type'] | undefined
  if (!type) return row.href ?? null // a row saved before links had a type
  const link: SiteLink =
    type === 'page'
      ? { type, page: await linkedSlug('pages', row.page, req) }
      : type === 'service' || type === 'contact'
        ? { type, service: await linkedSlug('services', row.service, req) }
        : type === 'path'
          ? { type, url: row.href }
          : { type }
  // A link to the request form for a service that is no longer offered still leads to the form.
  return linkHref(link) ?? (type === 'contact' ? linkHref({ type: 'contact' })! : null)
}

const deriveHref: FieldHook = async ({ siblingData, value, req }) =>
  hrefOfLink({ ...(siblingData as Row), href: value as string | null }, req)

/** The fields of one link, flat in the row (navigation item, call to action) that holds them. */
export function linkFields({ required = true }: { required?: boolean } = {}): Field[] {
  return [
    {
      name: 'type',
      label: 'Links to',
      type: 'select',
      required,
      defaultValue: 'page',
      options: [...LINK_TYPES],
    },
    {
      name: 'page',
      type: 'relationship',
      relationTo: 'pages',
      admin: {
        condition: (_, sibling) => sibling?.type === 'page',
        description: 'A page that is not published yet is left out of the site until it is.',
      },
      validate: (value: unknown, { siblingData }: { siblingData: Row }) =>
        siblingData?.type !== 'page' || value ? true : 'Choose the page this links to.',
    },
    {
      name: 'service',
      type: 'relationship',
      relationTo: 'services',
      admin: {
        condition: (_, sibling) => sibling?.type === 'service' || sibling?.type === 'contact',
        description: 'With the request form: optional, the service chosen on the form.',
      },
      validate: (value: unknown, { siblingData }: { siblingData: Row }) =>
        siblingData?.type !== 'service' || value ? true : 'Choose the service this links to.',
    },
    {
      name: 'href',
      label: 'Address',
      type: 'text',
      maxLength: 200,
      admin: {
        condition: (_, sibling) => sibling?.type === 'path',
        description: 'A path on this website, starting with "/", for example "/resources/page/2".',
      },
      validate: (value: unknown, { siblingData }: { siblingData: Row }) => {
        if (siblingData?.type !== 'path') return true
        return isSafeSitePath(value)
          ? true
          : 'Enter a path on this website starting with "/", for example "/resources".'
      },
      hooks: {
        // Only a typed address is stored; every other kind is derived from its target when read.
        beforeChange: [({ value, siblingData }) => ((siblingData as Row)?.type === 'path' ? value : null)],
        afterRead: [deriveHref],
      },
    },
  ]
}
