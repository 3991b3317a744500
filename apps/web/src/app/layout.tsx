import type { Metadata, Viewport } from 'next'
import dynamic from 'next/dynamic'
import { draftMode } from 'next/headers'
import type { ReactNode } from 'react'

import { CrisisNotice } from '@/components/CrisisNotice'
import { PreviewBar } from '@/components/PreviewBar'
import { QuickExit } from '@/components/QuickExit'
import { SiteFooter } from '@/components/SiteFooter'
import { SiteHeader } from '@/components/SiteHeader'
import { content, optional } from '@/lib/content'
import { settings } from '@/lib/settings'
import { DEFAULT_CRISIS_NOTICE, DEFAULT_QUICK_EXIT_URL } from '@/inquiry/paths'

import './globals.css'

// Loaded only in draft mode: visitors never download the live-preview code.
const LivePreviewListener = dynamic(() => import('@/components/LivePreviewListener').then((m) => m.LivePreviewListener))

/** Shown when the CMS cannot be reached (and while building without one). */
export const FALLBACK_PRACTICE = {
  name: 'Counselling and coaching',
  navigation: null,
  tagline: null,
  region: null,
  sessionFormats: null,
  contact: {},
  crisisNotice: DEFAULT_CRISIS_NOTICE,
  quickExitUrl: DEFAULT_QUICK_EXIT_URL,
}

export async function generateMetadata(): Promise<Metadata> {
  const practice = await optional(async () => (await content()).practice(), null)
  const name = practice?.name ?? FALLBACK_PRACTICE.name
  return {
    metadataBase: new URL(settings().WEB_PUBLIC_URL),
    title: { default: name, template: `%s · ${name}` },
    description: practice?.tagline ?? undefined,
    openGraph: { siteName: name, locale: 'en_US' },
    alternates: { types: { 'application/rss+xml': '/resources/feed.xml' } },
    // No third-party anything: no verification tags, analytics or remote icons.
  }
}

export const viewport: Viewport = { themeColor: '#1d4f6e', colorScheme: 'light' }

export default async function RootLayout({ children }: { children: ReactNode }) {
  const practice = await optional(async () => (await content()).practice(), null)
  const { isEnabled: preview } = await draftMode()
  const shown = practice ?? FALLBACK_PRACTICE
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to main content
        </a>
        {/* First on every page: help in a crisis, and a way to leave at once. */}
        <aside className="safety-bar" aria-label="Crisis support">
          {/* Quick exit comes first for the keyboard (right after the skip link); CSS shows it on the right. */}
          <QuickExit url={shown.quickExitUrl || DEFAULT_QUICK_EXIT_URL} />
          <CrisisNotice notice={shown.crisisNotice} />
        </aside>
        {preview && <PreviewBar />}
        <SiteHeader practice={shown} />
        <main id="main" tabIndex={-1}>
          <div className="container">{children}</div>
        </main>
        <SiteFooter practice={shown} />
        {preview && <LivePreviewListener serverURL={settings().CMS_PUBLIC_URL} />}
      </body>
    </html>
  )
}
