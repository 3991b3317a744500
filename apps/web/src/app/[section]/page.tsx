import { cachedPages } from '@/lib/cachedPages'
import { LibraryView, libraryMetadata } from '@/library/LibraryView'
import { ServicesPage, servicesMetadata } from '@/services/ServicesPage'

// The library (/resources) and the services list (/services) at their own addresses, with no
// rewrite in front of them (an applied rewrite costs about 0.1 ms a request, measured with
// bench/). Every other top-level address that no route claims ends here as a 404.
export const revalidate = 3600
export const generateStaticParams = async () => []

const { generateMetadata, Page } = cachedPages('section', {
  resources: { View: () => LibraryView({ page: 1 }), metadata: () => libraryMetadata({ page: 1 }) },
  services: { View: ServicesPage, metadata: servicesMetadata },
})

export { generateMetadata }
export default Page
