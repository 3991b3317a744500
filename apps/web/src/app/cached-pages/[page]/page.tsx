import { HomePage, homeMetadata } from '@/home/HomePage'
import { cachedPages } from '@/lib/cachedPages'

// Home (/), rewritten here by next.config.mjs: no dynamic segment can serve "/" itself, and a
// page at its own address would be prerendered while building, when the CMS may be down.
// Never linked directly: its canonical URL is "/".
export const revalidate = 3600
export const generateStaticParams = async () => []

const { generateMetadata, Page } = cachedPages('page', { home: { View: HomePage, metadata: homeMetadata } })

export { generateMetadata }
export default Page
