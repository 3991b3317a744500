import fs from 'node:fs'
import path from 'node:path'

import { parse as parseYaml } from 'yaml'

import { slugify } from '../utilities/slugify'
import { ImportInputError, type ImportSource, type SourceEntry, type SourceImage } from './source'

/**
 * Reads a folder of Markdown files with YAML front matter (Jekyll, Hugo, Eleventy, Astro…):
 * title, slug, date, draft, tags/categories, author, description, image. Images are files next
 * to the Markdown (relative paths), or in the --uploads folder.
 */

type FrontMatter = Record<string, unknown>

const IMAGE_EXTENSIONS = /\.(jpe?g|png|gif|webp|avif)$/i
const MARKDOWN_FILE = /\.(md|markdown)$/i

function listMarkdownFiles(dir: string): string[] {
  const out: string[] = []
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) out.push(...listMarkdownFiles(full))
    else if (MARKDOWN_FILE.test(entry.name)) out.push(full)
  }
  return out
}

const asText = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : undefined

const asList = (v: unknown): string[] =>
  Array.isArray(v)
    ? v.map(asText).filter((s): s is string => Boolean(s))
    : typeof v === 'string'
      ? v
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : []

function asDate(v: unknown): string | undefined {
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString()
  if (typeof v === 'string' && v.trim()) {
    const d = new Date(v.trim())
    if (!Number.isNaN(d.getTime())) return d.toISOString()
  }
  return undefined
}

function isInside(root: string, file: string) {
  return file === root || file.startsWith(root + path.sep)
}

/** A folder of Markdown files (sub-folders included), or a single Markdown file. */
export function readMarkdownFolder(folder: string, uploadsDir?: string): ImportSource {
  const single = MARKDOWN_FILE.test(folder) && fs.statSync(folder).isFile()
  const root = path.resolve(single ? path.dirname(folder) : folder)
  const files = single ? [path.resolve(folder)] : listMarkdownFiles(root)
  const source: ImportSource = {
    format: 'markdown',
    label: path.basename(single ? folder : root),
    authors: [],
    terms: [],
    images: [],
    entries: [],
    skipped: [],
    warnings: [],
  }
  if (files.length === 0)
    throw new ImportInputError(
      `${folder} holds no Markdown files (.md). Name a WordPress export (.xml) or a folder of Markdown files.`,
    )

  const images = new Map<string, SourceImage>()
  /** A path as the Markdown wrote it → the key the body and hero image use from now on. */
  const resolveImage = (src: string, from: string, alt: string | undefined): string => {
    const clean = decodeURI(src.split(/[?#]/)[0])
    const candidates: string[] = []
    if (/^https?:\/\//i.test(clean)) {
      // Never fetched: a WordPress-style address is looked up in the uploads folder.
      const at = clean.indexOf('/uploads/')
      if (uploadsDir && at >= 0) candidates.push(path.resolve(uploadsDir, clean.slice(at + '/uploads/'.length)))
    } else if (clean.startsWith('/')) {
      candidates.push(path.join(root, clean))
      if (uploadsDir)
        candidates.push(path.join(path.resolve(uploadsDir), clean.replace(/^\/(?:wp-content\/)?(?:uploads\/)?/, '')))
    } else {
      candidates.push(path.resolve(path.dirname(from), clean))
      if (uploadsDir) candidates.push(path.resolve(uploadsDir, clean))
    }
    const allowed = [root, ...(uploadsDir ? [path.resolve(uploadsDir)] : [])]
    const file = candidates.find(
      (c) => allowed.some((r) => isInside(r, c)) && fs.existsSync(c) && fs.statSync(c).isFile(),
    )
    const key = file ?? src
    const known = images.get(key)
    if (known) {
      if (!known.alt && alt) known.alt = alt
      return key
    }
    images.set(key, {
      file: file && IMAGE_EXTENSIONS.test(file) ? file : undefined,
      expectedAt: file ?? (candidates[0] ? path.relative(process.cwd(), candidates[0]) : src),
      urls: [key],
      alt,
      title: path.basename(clean).replace(/\.[^.]+$/, ''),
    })
    return key
  }

  const terms = new Map<string, string>()
  const authors = new Map<string, string>()
  for (const file of files) {
    const relative = path.relative(root, file)
    const raw = fs
      .readFileSync(file, 'utf8')
      .replace(/^\uFEFF/, '')
      .replace(/\r\n/g, '\n')
    const match = /^---\n([\s\S]*?)\n---[ \t]*\n?([\s\S]*)$/.exec(raw)
    let data: FrontMatter = {}
    let body = raw
    if (match) {
      try {
        const parsed = parseYaml(match[1]) as unknown
        data = parsed && typeof parsed === 'object' ? (parsed as FrontMatter) : {}
      } catch (err) {
        source.skipped.push({
          kind: 'articles',
          title: relative,
          reason: `its front matter is not valid YAML (${(err as Error).message.split('\n')[0]})`,
        })
        continue
      }
      body = match[2]
    }
    let title = asText(data.title)
    if (!title) {
      // A file without a title in its front matter often starts with "# Title".
      const heading = /^\s*#\s+(.+)\n/.exec(body)
      if (heading) {
        title = heading[1].trim()
        body = body.slice(heading[0].length)
      }
    }
    // The title repeated as the first line ("# Title") would show twice.
    const repeated = title ? /^\s*#\s+(.+)\n/.exec(body) : null
    if (repeated && repeated[1].trim() === title) body = body.slice(repeated[0].length)
    if (!title) {
      source.skipped.push({
        kind: 'articles',
        title: relative,
        reason: 'it has no title (front matter "title" or a first "# " line)',
      })
      continue
    }
    const fileSlug = path
      .basename(file)
      .replace(/\.[^.]+$/, '')
      .replace(/^\d{4}-\d{2}-\d{2}-/, '')
    const date = asDate(data.date)
    const draft = data.draft === true || data.published === false || asText(data.status) === 'draft'
    const status = draft ? 'draft' : date && new Date(date).getTime() > Date.now() ? 'scheduled' : 'published'

    const entryTerms: string[] = []
    for (const name of [...asList(data.categories), ...asList(data.tags)]) {
      const slug = slugify(name)
      if (!slug || entryTerms.includes(slug)) continue
      if (!terms.has(slug)) terms.set(slug, name)
      entryTerms.push(slug)
    }

    const authorName = asText(data.author)
    const authorKey = authorName ? slugify(authorName) : undefined
    if (authorName && authorKey && !authors.has(authorKey)) authors.set(authorKey, authorName)

    // Images in the body: their own line each, with a key the Lexical conversion can look up.
    const markdown = body.replace(
      /!\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g,
      (_all, alt: string, src: string) => {
        const key = resolveImage(src, file, alt.trim() || undefined)
        return `\n\n![${alt}](${encodeURI(key)})\n\n`
      },
    )
    const image = asText(data.image) ?? asText(data.cover) ?? asText(data.featured_image)
    const entry: SourceEntry = {
      type: asText(data.type) === 'page' || asText(data.layout) === 'page' ? 'page' : 'post',
      sourceId: relative,
      title,
      slug: slugify(asText(data.slug) ?? fileSlug) || slugify(title),
      status,
      date: status === 'draft' ? undefined : (date ?? fs.statSync(file).mtime.toISOString()),
      body: { format: 'markdown', markdown: markdown.trim() },
      excerpt: asText(data.excerpt) ?? asText(data.summary),
      description: asText(data.description),
      authorKey,
      terms: entryTerms,
      heroImage: image ? resolveImage(image, file, asText(data.image_alt) ?? asText(data.imageAlt)) : undefined,
      oldPath: asText(data.permalink) ?? asText(data.url),
    }
    source.entries.push(entry)
  }
  source.terms = [...terms].map(([slug, title]) => ({ slug, title }))
  source.authors = [...authors].map(([key, name]) => ({ key, name }))
  source.images = [...images.values()]
  return source
}
