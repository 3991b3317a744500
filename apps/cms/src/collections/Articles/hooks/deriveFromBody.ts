import type { CollectionBeforeChangeHook } from 'payload'

import { followsSource } from '../../../fields/followsSource'
import { firstParagraphText, readingTimeMinutes, truncate } from '../../../utilities/lexicalText'

export const EXCERPT_MAX = 300

/** The excerpt the CMS writes for a body: its first paragraph, cut at a word. */
export function excerptFromBody(body: unknown): string | undefined {
  const first = firstParagraphText(body as Parameters<typeof firstParagraphText>[0])
  return first ? truncate(first, EXCERPT_MAX) : undefined
}

/**
 * The excerpt follows the body's first paragraph until a person writes their own (so the first
 * autosave's half sentence is replaced as the body grows); reading time always from the body.
 */
export const deriveFromBody: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const body = data.body ?? originalDoc?.body
  const incoming = 'excerpt' in data ? data.excerpt : originalDoc?.excerpt
  if (
    followsSource<string>(
      incoming,
      originalDoc ? excerptFromBody(originalDoc.body) : undefined,
      (a, b) => a.trim() === b.trim(),
    )
  ) {
    data.excerpt = excerptFromBody(body) ?? null
  }
  data.readingTime = readingTimeMinutes(body)
  return data
}
