import fs from 'node:fs'
import path from 'node:path'

import { JSDOM } from 'jsdom'

import { slugify } from '../utilities/slugify'
import {
  ImportInputError,
  type EntryStatus,
  type ImportSource,
  type SourceEntry,
  type SourceImage,
  type SourceTerm,
} from './source'

/**
 * Reads a WordPress export (Tools → Export, WXR 1.2 as WordPress 6 writes it) into an
 * ImportSource. Only posts, pages and image attachments are carried over; everything else in
 * the file is listed as skipped with the reason.
 */

const WP_NS = 'http://wordpress.org/export/'

/** WordPress's own post types that are not content, with what to tell the person importing. */
const SKIPPED_TYPES: Record<string, string> = {
  revision: 'an older revision (only the current version is imported)',
  nav_menu_item: 'a menu item (navigation is edited in the admin under Practice)',
  custom_css: 'theme CSS',
  customize_changeset: 'a theme customizer change',
  oembed_cache: 'an embed cache entry',
  user_request: 'a personal data request',
  wp_block: 'a reusable block (its content is not placed in any article)',
  wp_template: 'a theme template',
  wp_template_part: 'a theme template part',
  wp_global_styles: 'theme styles',
  wp_navigation: 'a navigation menu (navigation is edited in the admin under Practice)',
  wp_font_family: 'a font',
  wp_font_face: 'a font',
}

const IMAGE_EXTENSIONS = /\.(jpe?g|png|gif|webp|avif)$/i

/** The text of the first direct child called `name` (e.g. "wp:post_id"), trimmed. */
function childText(el: Element, name: string): string {
  for (const child of Array.from(el.children)) if (child.nodeName === name) return (child.textContent ?? '').trim()
  return ''
}

function children(el: Element, name: string): Element[] {
  return Array.from(el.children).filter((c) => c.nodeName === name)
}

/** WordPress writes "0000-00-00 00:00:00" for dates it never set (drafts). */
function wpDate(gmt: string, local: string): string | undefined {
  for (const value of [gmt, local]) {
    const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/.exec(value)
    if (m && m[1] !== '0000') {
      const date = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`)
      if (!Number.isNaN(date.getTime())) return date.toISOString()
    }
  }
  return undefined
}

function decodeSlug(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

/** The path of a post's permalink; none for drafts, whose link is "?p=123". */
function pathOf(link: string): string | undefined {
  try {
    const url = new URL(link)
    if (url.search || url.pathname === '/' || !url.pathname) return undefined
    return decodeSlug(url.pathname)
  } catch {
    return undefined
  }
}

/** "https://site/wp-content/uploads/2025/03/x.jpg" → "2025/03/x.jpg" */
function uploadsRelative(url: string): string | undefined {
  const at = url.indexOf('/uploads/')
  if (at < 0) return undefined
  return decodeSlug(url.slice(at + '/uploads/'.length).split(/[?#]/)[0])
}

/** A file under the uploads folder, never outside it (the export names the path). */
function fileInUploads(uploadsDir: string | undefined, relative: string | undefined): string | undefined {
  if (!uploadsDir || !relative) return undefined
  const root = path.resolve(uploadsDir)
  const file = path.resolve(root, relative)
  if (!file.startsWith(root + path.sep)) return undefined
  return fs.existsSync(file) && fs.statSync(file).isFile() ? file : undefined
}

export function parseWxr(xml: string, options: { label: string; uploadsDir?: string }): ImportSource {
  const { window } = new JSDOM('')
  // WordPress stores term names (and some titles) HTML-escaped: "Grief &amp; Loss".
  const scratch = window.document.createElement('textarea')
  const unescape = (value: string) => {
    if (!value.includes('&')) return value
    scratch.innerHTML = value
    return scratch.value
  }
  const doc = new window.DOMParser().parseFromString(xml, 'text/xml')
  const root = doc.documentElement
  if (root.nodeName === 'parsererror' || root.getElementsByTagName('parsererror').length) {
    const detail = (root.textContent ?? '').trim().split('\n')[0]
    throw new ImportInputError(
      `${options.label} is not valid XML (${detail}). Export it again from WordPress (Tools → Export).`,
    )
  }
  const channel = root.nodeName === 'rss' ? children(root, 'channel')[0] : undefined
  const version = channel ? childText(channel, 'wp:wxr_version') : ''
  const wpNamespace = root.lookupNamespaceURI('wp') ?? ''
  if (!channel || !version || !wpNamespace.startsWith(WP_NS)) {
    throw new ImportInputError(
      `${options.label} is XML but not a WordPress export (no <wp:wxr_version>). In WordPress, use Tools → Export → All content.`,
    )
  }

  const siteUrl = childText(channel, 'wp:base_site_url') || childText(channel, 'link') || undefined
  const source: ImportSource = {
    format: 'wordpress',
    label: options.label,
    siteUrl,
    authors: [],
    terms: [],
    images: [],
    entries: [],
    skipped: [],
    warnings: [],
  }
  if (!/^1\.[0-2]$/.test(version))
    source.warnings.push(`The export says WXR version ${version}; this import knows 1.0 to 1.2 and reads it as 1.2.`)

  for (const a of children(channel, 'wp:author')) {
    const login = childText(a, 'wp:author_login')
    const full = [childText(a, 'wp:author_first_name'), childText(a, 'wp:author_last_name')].filter(Boolean).join(' ')
    const name = childText(a, 'wp:author_display_name') || full || login
    if (login && name) source.authors.push({ key: login, name })
  }

  const terms = new Map<string, SourceTerm>()
  for (const c of children(channel, 'wp:category')) {
    const slug = slugify(decodeSlug(childText(c, 'wp:category_nicename')))
    const title = unescape(childText(c, 'wp:cat_name'))
    if (slug && title)
      terms.set(slug, { slug, title, description: childText(c, 'wp:category_description') || undefined })
  }
  for (const t of children(channel, 'wp:tag')) {
    const slug = slugify(decodeSlug(childText(t, 'wp:tag_slug')))
    const title = unescape(childText(t, 'wp:tag_name'))
    if (slug && title && !terms.has(slug))
      terms.set(slug, { slug, title, description: childText(t, 'wp:tag_description') || undefined })
  }

  const items = children(channel, 'item')
  // Attachments first: posts name them by id (_thumbnail_id, wp-image-N classes).
  for (const item of items) {
    if (childText(item, 'wp:post_type') !== 'attachment') continue
    const id = childText(item, 'wp:post_id')
    const title = unescape(childText(item, 'title')) || id
    const meta = postmeta(item)
    const url = childText(item, 'wp:attachment_url')
    const relative = meta.get('_wp_attached_file') || uploadsRelative(url)
    if (!relative || !IMAGE_EXTENSIONS.test(relative)) {
      source.skipped.push({
        kind: 'media',
        title,
        reason: 'not an image (only images are imported into the media library)',
      })
      continue
    }
    const image: SourceImage = {
      sourceId: id,
      file: fileInUploads(options.uploadsDir, relative),
      expectedAt: options.uploadsDir ? path.join(options.uploadsDir, relative) : `uploads/${relative}`,
      urls: url ? [url] : [],
      alt: meta.get('_wp_attachment_image_alt') || undefined,
      title,
      caption: childText(item, 'excerpt:encoded') || undefined,
    }
    source.images.push(image)
  }

  for (const item of items) {
    const type = childText(item, 'wp:post_type')
    if (type === 'attachment') continue
    const id = childText(item, 'wp:post_id')
    const title = unescape(childText(item, 'title'))
    const label = title || `#${id}`
    const kind = type === 'page' ? 'pages' : type === 'post' ? 'articles' : type
    if (type !== 'post' && type !== 'page') {
      source.skipped.push({
        kind,
        title: label,
        reason: SKIPPED_TYPES[type] ?? `content of type "${type}", which a plugin added`,
      })
      continue
    }
    const wpStatus = childText(item, 'wp:status')
    const status = statusOf(wpStatus)
    if (typeof status === 'object') {
      source.skipped.push({ kind, title: label, reason: status.skip })
      continue
    }
    if (childText(item, 'wp:post_password')) {
      source.skipped.push({
        kind,
        title: label,
        reason: 'password-protected in WordPress (import it by hand if it may be public)',
      })
      continue
    }
    if (!title) {
      source.skipped.push({ kind, title: label, reason: 'it has no title' })
      continue
    }
    const meta = postmeta(item)
    const categories = children(item, 'category').filter((c) =>
      ['category', 'post_tag'].includes(c.getAttribute('domain') ?? ''),
    )
    const entryTerms: string[] = []
    for (const c of categories) {
      const slug = slugify(decodeSlug(c.getAttribute('nicename') ?? '')) || slugify(c.textContent ?? '')
      // "Uncategorized" is WordPress's placeholder, not a topic anyone chose.
      if (!slug || slug === 'uncategorized') continue
      if (!terms.has(slug)) terms.set(slug, { slug, title: unescape((c.textContent ?? '').trim()) || slug })
      if (!entryTerms.includes(slug)) entryTerms.push(slug)
    }
    const yoast = meta.get('_yoast_wpseo_metadesc')
    const entry: SourceEntry = {
      type,
      sourceId: id,
      title,
      slug: slugify(decodeSlug(childText(item, 'wp:post_name'))) || slugify(title),
      status,
      date:
        status === 'draft' ? undefined : wpDate(childText(item, 'wp:post_date_gmt'), childText(item, 'wp:post_date')),
      body: { format: 'html', html: childText(item, 'content:encoded') },
      excerpt: childText(item, 'excerpt:encoded') || undefined,
      // Yoast variables (%%title%% %%sep%%) are filled in by the plugin; without it they would show raw.
      description: yoast && !yoast.includes('%%') ? yoast : undefined,
      authorKey: childText(item, 'dc:creator') || undefined,
      terms: entryTerms,
      heroImage: meta.get('_thumbnail_id') || undefined,
      oldPath: pathOf(childText(item, 'link')),
    }
    source.entries.push(entry)
  }
  source.terms = [...terms.values()]
  return source
}

function postmeta(item: Element): Map<string, string> {
  const meta = new Map<string, string>()
  for (const m of children(item, 'wp:postmeta')) meta.set(childText(m, 'wp:meta_key'), childText(m, 'wp:meta_value'))
  return meta
}

function statusOf(wpStatus: string): EntryStatus | { skip: string } {
  switch (wpStatus) {
    case 'publish':
      return 'published'
    case 'draft':
    case 'pending':
      return 'draft'
    case 'future':
      return 'scheduled'
    case 'private':
      return { skip: 'private in WordPress (only its author and admins could read it)' }
    case 'trash':
      return { skip: 'in the WordPress trash' }
    case 'auto-draft':
      return { skip: 'an empty automatic draft' }
    default:
      return { skip: `its WordPress status "${wpStatus || 'none'}" is not one this import knows` }
  }
}

export function readWxr(file: string, uploadsDir?: string): ImportSource {
  const xml = fs.readFileSync(file, 'utf8')
  return parseWxr(xml, { label: path.basename(file), uploadsDir })
}
