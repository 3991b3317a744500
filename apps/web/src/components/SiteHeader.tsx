import type { Practice } from '@resilient-mind/content'
import Link from 'next/link'

const DEFAULT_NAV = [
  { label: 'Resources', href: '/resources' },
  { label: 'Services', href: '/services' },
  { label: 'Request an appointment', href: '/contact' },
]

/** The site's banner and main navigation (from the Practice global, else the defaults). */
export function SiteHeader({ practice }: { practice: Pick<Practice, 'name' | 'tagline' | 'navigation'> }) {
  // A link whose target is not published (yet) has no address: it is left out.
  const links = (practice.navigation ?? []).filter((item): item is typeof item & { href: string } => Boolean(item.href))
  const nav = links.length ? links : DEFAULT_NAV
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
