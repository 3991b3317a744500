import type { CalloutBlock } from '@resilient-mind/content'
import { pathForDocument, type PreviewableCollection } from '@resilient-mind/content/routes'
import { LinkJSXConverter, RichText, type JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'
import type { ComponentProps } from 'react'

import { CmsImage } from './CmsImage'

type Data = ComponentProps<typeof RichText>['data']

type InternalLink = { fields: { doc?: { relationTo?: string; value?: { slug?: string | null } | number | string } } }

/** Internal links point at the document's page on this site. */
function internalDocToHref({ linkNode }: { linkNode: InternalLink }): string {
  const doc = linkNode.fields.doc
  const slug = doc && typeof doc.value === 'object' ? doc.value?.slug : undefined
  return pathForDocument(doc?.relationTo as PreviewableCollection, slug) ?? '#'
}

const TONE_LABEL: Record<CalloutBlock['tone'], string> = { note: 'Note', tip: 'Tip', safety: 'Safety' }

const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
  ...defaultConverters,
  ...LinkJSXConverter({ internalDocToHref: internalDocToHref as never }),
  upload: ({ node }) => {
    const value = (node as { value?: unknown }).value
    if (!value || typeof value !== 'object') return null
    return (
      <figure className="body-figure">
        <CmsImage media={value as never} sizes="(min-width: 48rem) 44rem, 100vw" />
        {(value as { caption?: string }).caption && <figcaption>{(value as { caption?: string }).caption}</figcaption>}
      </figure>
    )
  },
  blocks: {
    callout: ({ node }: { node: unknown }) => {
      const { tone, title, body } = (node as unknown as { fields: CalloutBlock }).fields
      return (
        <aside className={`callout callout-${tone}`} aria-label={title || TONE_LABEL[tone]}>
          {title && <p className="callout-title">{title}</p>}
          <p>{body}</p>
        </aside>
      )
    },
  },
})

/** An article's (or bio's, or service's) Lexical body as HTML, through Payload's JSX converters. */
export function ArticleBody({ data, className = 'prose' }: { data: unknown; className?: string }) {
  if (!data || typeof data !== 'object' || !('root' in data)) return null
  return <RichText data={data as Data} converters={converters} className={className} disableContainer={false} />
}
