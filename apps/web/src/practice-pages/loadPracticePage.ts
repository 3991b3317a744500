import type { ContentClient, Page } from '@resilient-mind/content'

import type { BlockLists } from './PracticePageView'

/**
 * A practice page and what its list blocks show, read together when the page is rendered (and
 * cached with it): the latest articles per block, the services and the authors, each read once
 * and only when a block needs it.
 */
export async function loadPracticePage(
  cms: ContentClient,
  slug: string,
): Promise<{ page: Page; lists: BlockLists } | null> {
  const page = await cms.page(slug)
  if (!page) return null
  const has = (type: Page['layout'][number]['blockType']) => page.layout.some((b) => b.blockType === type)
  const [services, authors] = await Promise.all([
    has('servicesList') ? cms.services() : [],
    has('authorCards') ? cms.authors() : [],
  ])
  const articles: BlockLists['articles'] = {}
  for (const block of page.layout) {
    if (block.blockType !== 'latestArticles') continue
    const topic = block.topic && typeof block.topic === 'object' ? block.topic.id : (block.topic ?? undefined)
    const list = await cms.articles({ limit: block.count, topicId: topic })
    articles[block.id ?? ''] = list.docs
  }
  return { page, lists: { articles, services, authors } }
}
