import type { Practice } from '@resilient-mind/content'
import type { ReactNode } from 'react'

import { DEFAULT_CRISIS_NOTICE, DEFAULT_QUICK_EXIT_URL } from '@/inquiry/paths'

import { CrisisNotice } from './CrisisNotice'
import { PreviewBar } from './PreviewBar'
import { QuickExit } from './QuickExit'
import { SiteFooter } from './SiteFooter'
import { SiteHeader } from './SiteHeader'

export type ChromePractice = Pick<
  Practice,
  | 'name'
  | 'tagline'
  | 'navigation'
  | 'footerLinks'
  | 'region'
  | 'sessionFormats'
  | 'contact'
  | 'crisisNotice'
  | 'quickExitUrl'
>

/** Shown when the CMS cannot be reached (and while building without one). */
export const FALLBACK_PRACTICE: ChromePractice = {
  name: 'Counselling and coaching',
  navigation: null,
  footerLinks: null,
  tagline: null,
  region: null,
  sessionFormats: null,
  contact: {},
  crisisNotice: DEFAULT_CRISIS_NOTICE,
  quickExitUrl: DEFAULT_QUICK_EXIT_URL,
}

/**
 * Everything a page has around its content, the same in both routers: the skip link, the
 * safety bar (quick exit and crisis help, first on every page), header, main and footer.
 */
export function SiteChrome({
  practice,
  preview = false,
  children,
}: {
  practice: ChromePractice
  preview?: boolean
  children: ReactNode
}) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <aside className="safety-bar" aria-label="Crisis support">
        {/* Quick exit comes first for the keyboard (right after the skip link); CSS shows it on the right. */}
        <QuickExit url={practice.quickExitUrl || DEFAULT_QUICK_EXIT_URL} />
        <CrisisNotice notice={practice.crisisNotice} />
      </aside>
      {preview && <PreviewBar />}
      <SiteHeader practice={practice} />
      <main id="main" tabIndex={-1}>
        <div className="container">{children}</div>
      </main>
      <SiteFooter practice={practice} />
    </>
  )
}
