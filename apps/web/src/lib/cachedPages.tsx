import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

type CachedPage = { View: () => Promise<React.ReactNode>; metadata: () => Promise<Metadata> }
type Props = { params: Promise<Record<string, string>> }

/**
 * A dynamic segment that serves a fixed set of pages, each rendered on its first visit and then
 * served from the page cache (not while building, when the CMS may be down). Any other value
 * is a 404, answered before anything is read from the CMS.
 */
export function cachedPages(param: string, pages: Record<string, CachedPage>) {
  const lookup = async ({ params }: Props) => {
    const name = (await params)[param]
    return Object.hasOwn(pages, name) ? pages[name] : undefined
  }
  return {
    async generateMetadata(props: Props): Promise<Metadata> {
      const page = await lookup(props)
      return page ? page.metadata() : { title: 'Page not found' }
    },
    async Page(props: Props) {
      const page = await lookup(props)
      if (!page) notFound()
      return <page.View />
    },
  }
}
