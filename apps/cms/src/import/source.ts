/**
 * What the readers (WordPress export, Markdown folder) hand to the import: plain data, already
 * classified, with nothing of the source format left. Everything here came from outside.
 */

export type EntryStatus = 'published' | 'draft' | 'scheduled'

/** A person who wrote something; only a display name is carried over, never an email or a login. */
export type SourceAuthor = { key: string; name: string }

export type SourceTerm = { slug: string; title: string; description?: string }

/** An image file to bring into the media library. */
export type SourceImage = {
  /** The WordPress attachment id, when there is one. */
  sourceId?: string
  /** The absolute path on disk (undefined when the file is missing: reported). */
  file?: string
  /** Where the file was expected, for the report. */
  expectedAt: string
  /** Addresses under which the body may refer to it (WordPress URLs, relative Markdown paths). */
  urls: string[]
  alt?: string
  title: string
  caption?: string
}

export type SourceEntry = {
  type: 'post' | 'page'
  sourceId: string
  title: string
  slug: string
  status: EntryStatus
  /** ISO date: publication date for published and scheduled entries. */
  date?: string
  body: { format: 'html'; html: string } | { format: 'markdown'; markdown: string }
  excerpt?: string
  description?: string
  authorKey?: string
  terms: string[]
  /** An image key (SourceImage.sourceId or a URL) for the hero image. */
  heroImage?: string
  /** The entry's address on the old site (a path such as /2025/03/18/when-a-grandparent-dies/). */
  oldPath?: string
}

/** Something the reader found and deliberately leaves out, with the reason a person understands. */
export type SkippedItem = { kind: string; title: string; reason: string }

export type ImportSource = {
  format: 'wordpress' | 'markdown'
  label: string
  /** The old site's address (WordPress's base_site_url), to recognise links to its own posts. */
  siteUrl?: string
  authors: SourceAuthor[]
  terms: SourceTerm[]
  images: SourceImage[]
  entries: SourceEntry[]
  skipped: SkippedItem[]
  /** Remarks about the input as a whole (e.g. an entry without a title). */
  warnings: string[]
}

/** Bad input: the CLI prints the message and exits with code 1, without a stack trace. */
export class ImportInputError extends Error {}
