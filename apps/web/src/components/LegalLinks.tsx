import Link from 'next/link'

import { LEGAL_NOTICES, safetyPaths, type LegalNotice } from '@/inquiry/paths'

/** Footer links to the notices a Texas practice must make available. */
export function LegalLinks() {
  return (
    <nav aria-label="Notices" className="legal-links">
      <ul>
        {(Object.keys(LEGAL_NOTICES) as LegalNotice[]).map((key) => (
          <li key={key}>
            <Link href={safetyPaths.legal(key)}>{LEGAL_NOTICES[key].title}</Link>
          </li>
        ))}
        <li>
          <Link href={safetyPaths.contact}>Request an appointment</Link>
        </li>
      </ul>
    </nav>
  )
}
