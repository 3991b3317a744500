import type { Practice } from '@resilient-mind/content'
import { DEFAULT_FOOTER_LINKS, linksToShow } from '@resilient-mind/content/navigation'
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
  // The footer links of the Practice global (else packages/content's defaults).
  const links = linksToShow(practice.footerLinks, DEFAULT_FOOTER_LINKS)
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
              <li key={`${link.href} ${link.label}`}>
                <Link href={link.href}>{link.label}</Link>
              </li>
            ))}
            {/* Not navigation but a subscription (an XML file for feed readers): always offered. */}
            <li>
              <a href={sitePaths.feed}>RSS feed</a>
            </li>
          </ul>
        </nav>
        {/* Fixed, not navigation: the notices a Texas practice must show and the request form, on every page. */}
        <LegalLinks />
      </div>
    </footer>
  )
}
