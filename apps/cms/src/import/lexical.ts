import {
  convertHTMLToLexical,
  convertMarkdownToLexical,
  editorConfigFactory,
  type SanitizedServerEditorConfig,
} from '@payloadcms/richtext-lexical'
import { JSDOM } from 'jsdom'
import type { FlattenedField, RichTextField } from 'payload'

/**
 * HTML (WordPress: Gutenberg blocks or classic editor) and Markdown into the Lexical JSON of a
 * rich text field, with @payloadcms/richtext-lexical's own converters and that field's editor
 * config. Images become upload nodes pointing at imported media: the HTML converter reads the
 * same data-lexical-upload-* attributes its exporter writes, and the Markdown converter the
 * same ![media:id]() placeholder.
 */

export type LexicalState = { root: { type: string; children: LexNode[]; [k: string]: unknown }; [k: string]: unknown }
type LexNode = {
  type: string
  tag?: string
  text?: string
  value?: unknown
  children?: LexNode[]
  [k: string]: unknown
}

/** Finds the media id for an image, by WordPress attachment id or by its address. */
export type MediaLookup = (image: { src: string; attachmentId?: string }) => string | number | undefined

export type ConvertOptions = {
  editorConfig: SanitizedServerEditorConfig
  media: MediaLookup
  /** Told about each thing the body had that the conversion leaves out (an image not in the media library…). */
  onLeftOut: (what: string) => void
  /** A link's new address when it pointed at a post of the old site that is imported too. */
  rewriteLink?: (href: string) => string | undefined
}

/** The editor config of a rich text field, so content converts with exactly the features that field offers. */
export function editorConfigFromField(fields: FlattenedField[], name: string): SanitizedServerEditorConfig {
  const field = fields.find((f) => f.type === 'richText' && f.name === name)
  if (!field) throw new Error(`There is no rich text field called "${name}"`)
  return editorConfigFactory.fromField({ field: field as RichTextField })
}

/** The heading sizes the field's editor allows (the article editor: h2-h4, as the page owns h1). */
function headingSizes(editorConfig: SanitizedServerEditorConfig): string[] {
  const heading = editorConfig.resolvedFeatureMap.get('heading') as
    { sanitizedServerFeatureProps?: { enabledHeadingSizes?: string[] } } | undefined
  return heading?.sanitizedServerFeatureProps?.enabledHeadingSizes ?? ['h1', 'h2', 'h3', 'h4', 'h5', 'h6']
}

const BLOCK_TAGS = /^<(p|h[1-6]|ul|ol|li|blockquote|figure|div|table|pre|hr|dl|section|!--)/i

/**
 * The classic editor stores paragraphs as blank-line-separated text and WordPress adds the
 * <p> tags when it renders (wpautop); do the same so paragraphs survive.
 */
export function paragraphsFromClassicHtml(html: string): string {
  if (/<!--\s*wp:/.test(html) || /<p[\s>]/i.test(html)) return html
  return html
    .replace(/\r\n/g, '\n')
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter(Boolean)
    .map((chunk) => (BLOCK_TAGS.test(chunk) ? chunk : `<p>${chunk.replace(/\n/g, '<br>')}</p>`))
    .join('\n')
}

/** Web, mail and phone links, and relative ones; never javascript:, data: or other schemes. */
function isSafeHref(href: string): boolean {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href)?.[1]?.toLowerCase()
  return href !== '' && (!scheme || ['http', 'https', 'mailto', 'tel'].includes(scheme))
}

const missingImage = (src: string) => `image ${src || '(no address)'} is not in the media library`

/**
 * WordPress shortcodes are expanded by WordPress when it renders; here [caption] becomes the
 * figure it stands for, [embed] a link, and any other shortcode alone on its line (a gallery, a
 * plugin's form) is removed and reported. Brackets inside a sentence are left alone.
 */
export function expandShortcodes(html: string, onLeftOut: (what: string) => void): string {
  return html
    .replace(/\[caption[^\]]*\]([\s\S]*?)\[\/caption\]/g, (_all, inner: string) => {
      const image = /^\s*((?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*<\/a>)?)([\s\S]*)$/i.exec(inner)
      return image ? `<figure>${image[1]}<figcaption>${image[2].trim()}</figcaption></figure>` : inner
    })
    .replace(/\[embed\]\s*(https?:\/\/[^\s[]+)\s*\[\/embed\]/g, '<p><a href="$1">$1</a></p>')
    .replace(/^[ \t]*\[([a-z][\w-]*)(?:\s[^\]\n]*)?\](?:[\s\S]*?\[\/\1\])?[ \t]*$/gim, (all, name: string) => {
      onLeftOut(`the WordPress shortcode [${name}] (it only works inside WordPress)`)
      return ''
    })
}

export function htmlToLexical(html: string, options: ConvertOptions): LexicalState {
  const expanded = expandShortcodes(html, options.onLeftOut)
  const dom = new JSDOM(`<!doctype html><body>${paragraphsFromClassicHtml(expanded)}</body>`)
  const { document } = dom.window
  const body = document.body
  body.querySelectorAll('script, style, noscript, iframe, object, embed, form').forEach((el) => el.remove())
  for (const a of Array.from(body.querySelectorAll('a'))) {
    const href = (a.getAttribute('href') ?? '').trim()
    if (!isSafeHref(href)) a.replaceWith(...Array.from(a.childNodes))
    else {
      const moved = options.rewriteLink?.(href)
      if (moved) a.setAttribute('href', moved)
    }
  }

  const allowed = headingSizes(options.editorConfig)
  for (const h of Array.from(body.querySelectorAll('h1, h2, h3, h4, h5, h6'))) {
    const tag = h.tagName.toLowerCase()
    if (allowed.includes(tag)) continue
    const level = Number(tag[1])
    const target = allowed.find((t) => Number(t[1]) >= level) ?? allowed[allowed.length - 1]
    if (!target) {
      const p = document.createElement('p')
      p.append(...Array.from(h.childNodes))
      h.replaceWith(p)
      continue
    }
    const replacement = document.createElement(target)
    replacement.append(...Array.from(h.childNodes))
    h.replaceWith(replacement)
  }

  for (const img of Array.from(body.querySelectorAll('img'))) {
    const src = img.getAttribute('src') ?? ''
    const attachmentId = /(?:^|\s)wp-image-(\d+)(?:\s|$)/.exec(img.getAttribute('class') ?? '')?.[1]
    const id = options.media({ src, attachmentId })
    if (id === undefined) options.onLeftOut(missingImage(src))
    const upload = id === undefined ? undefined : document.createElement('img')
    upload?.setAttribute('data-lexical-upload-id', String(id))
    upload?.setAttribute('data-lexical-upload-relation-to', 'media')
    // An upload is a block of its own: the image leaves its paragraph, link or figure.
    let top: Element = img
    while (top.parentElement && top.parentElement !== body) top = top.parentElement
    if (top === img) {
      if (upload) img.replaceWith(upload)
      else img.remove()
      continue
    }
    const after: Element[] = upload ? [upload] : []
    const caption = top.tagName === 'FIGURE' ? top.querySelector('figcaption') : null
    if (caption && (caption.textContent ?? '').trim()) {
      // The caption stays, as a paragraph under the image, so no words are lost.
      const p = document.createElement('p')
      p.append(...Array.from(caption.childNodes))
      after.push(p)
    }
    caption?.remove()
    img.remove()
    top.after(...after)
    if (!(top.textContent ?? '').trim() && !top.querySelector('img')) top.remove()
  }

  const state = convertHTMLToLexical({
    editorConfig: options.editorConfig,
    html: body.innerHTML,
    JSDOM,
  }) as unknown as LexicalState
  return tidy(state)
}

/** A Markdown image (as the Markdown reader left it: own line, resolvable address) → the upload placeholder. */
export function markdownToLexical(markdown: string, options: ConvertOptions): LexicalState {
  const withUploads = markdown.replace(/^!\[[^\]]*\]\(([^)\s]+)\)\s*$/gm, (_all, src: string) => {
    const decoded = decodeURI(src)
    const id = options.media({ src: decoded })
    if (id === undefined) {
      options.onLeftOut(missingImage(decoded))
      return ''
    }
    return `![media:${id}]()`
  })
  const allowed = headingSizes(options.editorConfig)
  const top = allowed[0] ? Number(allowed[0][1]) : 1
  const bottom = allowed.length ? Number(allowed[allowed.length - 1][1]) : 6
  // Headings the editor does not offer move to the nearest one it does (# → ## in the article editor).
  const headings = withUploads.replace(
    /^(#{1,6})(\s)/gm,
    (_all, hashes: string, space: string) => '#'.repeat(Math.min(bottom, Math.max(top, hashes.length))) + space,
  )
  const state = convertMarkdownToLexical({
    editorConfig: options.editorConfig,
    markdown: headings,
  }) as unknown as LexicalState
  return tidy(state)
}

/** Upload ids as the database keys them (numbers on SQLite), and no empty paragraphs left by removed images. */
function tidy(state: LexicalState): LexicalState {
  const visit = (node: LexNode) => {
    if (node.type === 'upload' && typeof node.value === 'string' && /^\d+$/.test(node.value))
      node.value = Number(node.value)
    if (node.children) {
      node.children = node.children.filter((c) => !(c.type === 'paragraph' && (c.children ?? []).length === 0))
      node.children.forEach(visit)
    }
  }
  visit(state.root as LexNode)
  return state
}

/** True when the body holds words or images, i.e. satisfies a required rich text field. */
export function hasContent(state: LexicalState): boolean {
  let found = false
  const visit = (node: LexNode) => {
    if (found) return
    if (node.type === 'upload' || (typeof node.text === 'string' && node.text.trim())) found = true
    node.children?.forEach(visit)
  }
  visit(state.root as LexNode)
  return found
}
