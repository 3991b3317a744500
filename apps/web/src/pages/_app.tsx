import type { AppProps } from 'next/app'

import { isUnbuilt } from '@/components/SitePage'
import { UnbuiltPage } from '@/components/UnbuiltPage'

import '@/app/globals.css'
import '@/components/visitor-safety.css'

/** The site's stylesheet, and the holding page for a page the build could not fill (lib/pagesRouter). */
export default function App({ Component, pageProps }: AppProps) {
  return isUnbuilt(pageProps) ? <UnbuiltPage /> : <Component {...pageProps} />
}
