import type { CollectionBeforeChangeHook } from 'payload'

import { firstParagraphText, readingTimeMinutes, truncate } from '../../../utilities/lexicalText'

export const EXCERPT_MAX = 300

/** Excerpt from the first paragraph when the editor left it empty; reading time always from the body. */
export const deriveFromBody: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const body = data.body ?? originalDoc?.body
  if (!data.excerpt?.trim()) {
    const first = firstParagraphText(body)
    data.excerpt = first ? truncate(first, EXCERPT_MAX) : data.excerpt
  }
  data.readingTime = readingTimeMinutes(body)
  return data
}
