import type { Practice } from '@resilient-mind/content'
import { DEFAULT_NAVIGATION, linksToShow } from '@resilient-mind/content/navigation'
import Link from 'next/link'

/** The site's banner and main navigation (from the Practice global, else packages/content's defaults). */
export function SiteHeader({ practice }: { practice: Pick<Practice, 'name' | 'tagline' | 'navigation'> }) {
  const nav = linksToShow(practice.navigation, DEFAULT_NAVIGATION)
  return (
    <header className="site-header">
      <div className="container header-inner">
        <Link href="/" className="brand">
          {practice.name}
        </Link>
        <nav aria-label="Main">
          <ul>
            {nav.map((item) => (
              <li key={`${item.href} ${item.label}`}>
                <Link href={item.href}>{item.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  )
}
