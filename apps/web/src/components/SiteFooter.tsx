import type { Practice } from '@resilient-mind/content'
import { sitePaths } from '@resilient-mind/content/routes'
import Link from 'next/link'

import { LegalLinks } from '@/components/LegalLinks'
import { formatLabel, listOf } from '@/lib/format'

/** Contact facts only when the practice gave them, and the notices a Texas practice must show. */
export function SiteFooter({
  practice,
}: {
  practice: Pick<Practice, 'name' | 'region' | 'sessionFormats' | 'contact' | 'footerLinks'>
}) {
  // Links staff added in the Practice global; one to an unpublished page has no address yet.
  const links = (practice.footerLinks ?? []).filter((l): l is typeof l & { href: string } => Boolean(l.href))
  const formats = (practice.sessionFormats ?? []).map((f) => formatLabel(f).toLowerCase())
  return (
    <footer className="site-footer">
      <div className="container">
        <p className="footer-name">{practice.name}</p>
        {(practice.region || formats.length > 0) && (
          <p>
            {formats.length > 0 && `${listOf(formats).replace(/^./, (c) => c.toUpperCase())} sessions`}
            {practice.region && `${formats.length ? ' in ' : 'Serving '}${practice.region}`}.
          </p>
        )}
        {practice.contact?.email && (
          <p>
            Email: <a href={`mailto:${practice.contact.email}`}>{practice.contact.email}</a>
          </p>
        )}
        {practice.contact?.phone && (
          <p>
            Phone: <a href={`tel:${practice.contact.phone.replace(/[^+\d]/g, '')}`}>{practice.contact.phone}</a>
          </p>
        )}
        <nav aria-label="Footer">
          <ul>
            {links.map((link) => (
              <li key={link.id ?? link.href}>
                <Link href={link.href}>{link.label}</Link>
              </li>
            ))}
            <li>
              <Link href={sitePaths.library}>Resource library</Link>
            </li>
            <li>
              <Link href={sitePaths.services}>Services</Link>
            </li>
            <li>
              <a href={sitePaths.feed}>RSS feed</a>
            </li>
          </ul>
        </nav>
        <LegalLinks />
      </div>
    </footer>
  )
}
