import type { ArticleSummary, Author, Page, Service } from '@resilient-mind/content'
import { libraryHref } from '@resilient-mind/content/routes'
import Link from 'next/link'

import { ArticleList } from '@/components/ArticleCard'
import { ArticleBody } from '@/components/ArticleBody'
import { AuthorCard } from '@/components/AuthorCard'
import { CmsImage } from '@/components/CmsImage'
import { JsonLd } from '@/components/JsonLd'
import { ServiceCard } from '@/components/ServiceCard'

import { faqPageLd } from './faqPageLd'

type Block = Page['layout'][number]
type Of<T extends Block['blockType']> = Extract<Block, { blockType: T }>

/** What the list blocks show, read when the page is rendered (loadPracticePage). */
export type BlockLists = {
  /** The latest articles for each "latest articles" block, by its id. */
  articles: Record<string, ArticleSummary[]>
  services: Service[]
  authors: Author[]
}

const idOf = (v: unknown) => (v && typeof v === 'object' ? (v as { id: unknown }).id : v)
const chosen = <T extends { id: unknown }>(all: T[], picked: unknown[] | null | undefined) => {
  const ids = (picked ?? []).map((p) => String(idOf(p)))
  return ids.length ? ids.flatMap((id) => all.filter((x) => String(x.id) === id)) : all
}

/** A practice page: its title and its blocks, top to bottom, as HTML without JavaScript. */
export function PracticePageView({ page, lists }: { page: Page; lists: BlockLists }) {
  const faqs = page.layout.filter((b): b is Of<'faq'> => b.blockType === 'faq')
  return (
    <div className="narrow practice-page">
      {faqs.length > 0 && <JsonLd data={faqPageLd(faqs.flatMap((f) => f.items ?? []))} />}
      <h1>{page.title}</h1>
      {page.layout.map((block, i) => (
        <PageBlock key={block.id ?? i} block={block} lists={lists} />
      ))}
    </div>
  )
}

function Heading({ text }: { text?: string | null }) {
  return text ? <h2>{text}</h2> : null
}

function PageBlock({ block, lists }: { block: Block; lists: BlockLists }) {
  switch (block.blockType) {
    case 'richText':
      return <ArticleBody data={block.content} />
    case 'callToAction':
      // No address: the page or service it leads to is not published; the button is left out.
      if (!block.href) return null
      return (
        <section className="call-to-action">
          <Heading text={block.heading} />
          {block.text && <p>{block.text}</p>}
          <p>
            <Link className="button" href={block.href}>
              {block.label}
            </Link>
          </p>
        </section>
      )
    case 'faq':
      return (
        <section className="faq">
          <Heading text={block.heading} />
          {(block.items ?? []).map((item, i) => (
            <details key={item.id ?? i}>
              <summary>{item.question}</summary>
              <p>{item.answer}</p>
            </details>
          ))}
        </section>
      )
    case 'servicesList': {
      const services = chosen(lists.services, block.services)
      if (!services.length) return null
      return (
        <section>
          <Heading text={block.heading} />
          <div className="card-grid">
            {services.map((s) => (
              <ServiceCard key={s.id} service={s} heading={block.heading ? 'h3' : 'h2'} />
            ))}
          </div>
        </section>
      )
    }
    case 'latestArticles': {
      const articles = lists.articles[block.id ?? ''] ?? []
      if (!articles.length) return null
      const topic = block.topic && typeof block.topic === 'object' ? block.topic : null
      return (
        <section>
          <Heading text={block.heading} />
          <ArticleList articles={articles} headingLevel={block.heading ? 3 : 2} />
          <p>
            <Link href={libraryHref({ topic: topic?.slug })}>
              {topic ? `More about ${topic.title.toLowerCase()}` : 'All articles'}
            </Link>
          </p>
        </section>
      )
    }
    case 'authorCards': {
      const authors = chosen(lists.authors, block.authors)
      if (!authors.length) return null
      return (
        <section>
          <Heading text={block.heading} />
          {authors.map((a) => (
            <AuthorCard key={a.id} author={a} headingLevel={block.heading ? 3 : 2} />
          ))}
        </section>
      )
    }
    case 'image': {
      const media =
        block.image && typeof block.image === 'object'
          ? { ...block.image, alt: block.alt?.trim() || block.image.alt }
          : null
      if (!media) return null
      return (
        <figure className="body-figure">
          <CmsImage media={media} sizes="(min-width: 48rem) 44rem, 100vw" />
          {block.caption && <figcaption>{block.caption}</figcaption>}
        </figure>
      )
    }
  }
}
