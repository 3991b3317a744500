import type { Practice } from '@resilient-mind/content'
import Link from 'next/link'

const DEFAULT_NAV = [
  { label: 'Resources', href: '/resources' },
  { label: 'Services', href: '/services' },
]

/**
 * The site's banner and main navigation. Issue 4 adds the crisis notice and quick-exit
 * control above it (see app/layout.tsx) and the contact page the navigation may point to.
 */
export function SiteHeader({ practice }: { practice: Pick<Practice, 'name' | 'tagline' | 'navigation'> }) {
  // Only links to pages that exist yet; /contact arrives with the inquiry form.
  const nav = (practice.navigation?.length ? practice.navigation : DEFAULT_NAV).filter((n) => n.href !== '/contact')
  return (
    <header className="site-header">
      <div className="container header-inner">
        <Link href="/" className="brand">
          {practice.name}
        </Link>
        <nav aria-label="Main">
          <ul>
            {nav.map((item) => (
              <li key={item.href}>
                <Link href={item.href}>{item.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  )
}
