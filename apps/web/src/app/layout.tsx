import type { Metadata, Viewport } from 'next'
import dynamic from 'next/dynamic'
import { draftMode } from 'next/headers'
import type { ReactNode } from 'react'

import { FALLBACK_PRACTICE, SiteChrome } from '@/components/SiteChrome'
import { content, optional } from '@/lib/content'
import { settings } from '@/lib/settings'
import { THEME } from '@/seo/metadata'

import './globals.css'
import '@/components/visitor-safety.css'

// Loaded only in draft mode: visitors never download the live-preview code.
const LivePreviewListener = dynamic(() => import('@/components/LivePreviewListener').then((m) => m.LivePreviewListener))

/**
 * The App Router serves only editors here (app/preview: drafts with live preview); visitors'
 * pages are in src/pages. Nothing under it is for search engines.
 */
export async function generateMetadata(): Promise<Metadata> {
  const practice = await optional(async () => (await content()).practice(), null)
  const name = practice?.name ?? FALLBACK_PRACTICE.name
  return { title: { default: name, template: `%s · ${name}` }, robots: { index: false, follow: false } }
}

export const viewport: Viewport = THEME

export default async function RootLayout({ children }: { children: ReactNode }) {
  const practice = await optional(async () => (await content()).practice(), null)
  const { isEnabled: preview } = await draftMode()
  return (
    <html lang="en">
      <body>
        <SiteChrome practice={practice ?? FALLBACK_PRACTICE} preview={preview}>
          {children}
        </SiteChrome>
        {preview && <LivePreviewListener serverURL={settings().CMS_PUBLIC_URL} />}
      </body>
    </html>
  )
}
