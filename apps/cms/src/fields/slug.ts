import { ValidationError, type CollectionSlug, type TextField } from 'payload'

import { SLUG_PATTERN, slugify } from '../utilities/slugify'

/**
 * A slug derived from another field (usually the title) when left empty, editable, and unique
 * within its collection. A collision is reported on the slug field with the title of the
 * document that already uses it, so an editor knows what to change.
 */
export function slugField(from = 'title', overrides: Partial<TextField> = {}): TextField {
  return {
    name: 'slug',
    type: 'text',
    index: true,
    unique: true,
    maxLength: 96,
    admin: {
      position: 'sidebar',
      description: `Used in the page address. Filled from the ${from} when left empty; lowercase letters, digits and hyphens.`,
    },
    validate: (value: unknown) => {
      if (value === undefined || value === null || value === '') return true // derived in beforeValidate
      return typeof value === 'string' && SLUG_PATTERN.test(value)
        ? true
        : 'Use lowercase letters, digits and single hyphens only, for example "rebuilding-trust".'
    },
    hooks: {
      beforeValidate: [
        ({ value, data, originalDoc }) => {
          if (typeof value === 'string' && value.trim()) return slugify(value)
          const source = (data?.[from] ?? originalDoc?.[from]) as unknown
          return typeof source === 'string' && source.trim() ? slugify(source) : value
        },
      ],
      beforeChange: [
        async ({ value, req, collection, originalDoc }) => {
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
          if (other) {
            const label = String(other[from] ?? other.id)
            throw new ValidationError({
              collection: collection.slug,
              errors: [
                {
                  path: 'slug',
                  message: `The slug "${value}" is already used by "${label}". Choose a different slug or title.`,
                },
              ],
            })
          }
          return value
        },
      ],
      ...overrides.hooks,
    },
    ...overrides,
  } as TextField
}
