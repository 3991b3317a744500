import type { AppProps } from 'next/app'

import '@/app/globals.css'
import '@/components/visitor-safety.css'

/** The Pages Router's wrapper: only the site's stylesheet (which _document inlines). */
export default function App({ Component, pageProps }: AppProps) {
  return <Component {...pageProps} />
}
