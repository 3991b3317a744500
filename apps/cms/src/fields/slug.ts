import {
  slugField as payloadSlugField,
  ValidationError,
  type CollectionSlug,
  type FieldHook,
  type RowField,
  type TextField,
} from 'payload'

import { SLUG_PATTERN, slugify } from '../utilities/slugify'

/**
 * Payload's slug field (a slug generated from another field until an editor takes it over,
 * with its admin control to lock or regenerate it), with what this site adds:
 * - our slugify ("&" → "and", accents dropped), also applied to a slug typed by hand;
 * - the slug taken from the source field when it is left empty on any save;
 * - a collision reported on the slug field with the title of the document that already uses
 *   it (a clear 400, not the database's unique constraint), so an editor knows what to change.
 */
/** What a collection adds to the site's slug rules: its own help text, and slugs it refuses (with the reason). */
type SlugRules = { description?: string; refuse?: (slug: string) => string | undefined }

export function slugField(from = 'title', rules: SlugRules = {}): RowField {
  return payloadSlugField({
    useAsSlug: from,
    // Optional in the database like before: every save fills it (see normalise).
    required: false,
    slugify: ({ valueToSlugify }) =>
      typeof valueToSlugify === 'string' && valueToSlugify.trim() ? slugify(valueToSlugify) : undefined,
    overrides: (row) => ({
      ...row,
      fields: row.fields.map((field) =>
        field.type === 'text' && field.name === 'slug' ? withSiteRules(field, from, rules) : field,
      ),
    }),
  })
}

function withSiteRules(field: TextField, from: string, rules: SlugRules): TextField {
  const normalise: FieldHook = ({ value, data, originalDoc }) => {
    if (typeof value === 'string' && value.trim()) return slugify(value)
    const source = (data?.[from] ?? originalDoc?.[from]) as unknown
    return typeof source === 'string' && source.trim() ? slugify(source) : value
  }

  const refuseTaken: FieldHook = async ({ value, req, collection, originalDoc }) => {
    if (!collection || typeof value !== 'string' || !value) return value
    const clash = await req.payload.find({
      collection: collection.slug as CollectionSlug,
      where: {
        and: [{ slug: { equals: value } }, ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : [])],
      },
      draft: true,
      limit: 1,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    const other = clash.docs[0] as unknown as Record<string, unknown> | undefined
    if (!other) return value
    throw new ValidationError({
      collection: collection.slug,
      errors: [
        {
          path: 'slug',
          message: `The slug "${value}" is already used by "${String(other[from] ?? other.id)}". Choose a different slug or ${from}.`,
        },
      ],
    })
  }

  return {
    ...field,
    maxLength: 96,
    admin: {
      ...field.admin,
      description:
        rules.description ??
        `Used in the page address. Filled from the ${from} when left empty; lowercase letters, digits and hyphens.`,
    },
    validate: (value: unknown) => {
      if (value === undefined || value === null || value === '') return true
      if (typeof value !== 'string' || !SLUG_PATTERN.test(value))
        return 'Use lowercase letters, digits and single hyphens only, for example "rebuilding-trust".'
      return rules.refuse?.(value) ?? true
    },
    hooks: {
      ...field.hooks,
      beforeValidate: [...(field.hooks?.beforeValidate ?? []), normalise],
      beforeChange: [...(field.hooks?.beforeChange ?? []), refuseTaken],
    },
  }
}
