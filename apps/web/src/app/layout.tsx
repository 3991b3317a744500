import type { Metadata, Viewport } from 'next'
import dynamic from 'next/dynamic'
import { draftMode } from 'next/headers'
import type { ReactNode } from 'react'

import { FALLBACK_PRACTICE, SiteChrome } from '@/components/SiteChrome'
import { content, optional } from '@/lib/content'
import { settings } from '@/lib/settings'
import { siteMetadata, siteViewport } from '@/seo/metadata'

import './globals.css'
import '@/components/visitor-safety.css'

// Loaded only in draft mode: visitors never download the live-preview code.
const LivePreviewListener = dynamic(() => import('@/components/LivePreviewListener').then((m) => m.LivePreviewListener))

export async function generateMetadata(): Promise<Metadata> {
  const practice = await optional(async () => (await content()).practice(), null)
  return siteMetadata(practice)
}

export const viewport: Viewport = siteViewport

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
