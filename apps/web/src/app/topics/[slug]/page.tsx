import { LibraryView, libraryMetadata } from '@/library/LibraryView'

// A topic's page: the library filtered by it, newest first (further pages under
// /topics/<slug>/page/N). Cached on its first visit, refreshed when the CMS announces a change
// (or hourly); an unknown topic is a 404.
export const revalidate = 3600
export const generateStaticParams = async () => []

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props) {
  return libraryMetadata({ topic: (await params).slug, page: 1 })
}

export default async function TopicPage({ params }: Props) {
  return <LibraryView topic={(await params).slug} page={1} />
}
