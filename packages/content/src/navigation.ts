import { linkHref, type SiteLink } from './routes'

/**
 * The practice's navigation: edited by staff in the Practice global (Navigation tab), which is
 * the one source the website renders. These are its first values: the seed stores them in the
 * global, and the website shows them while the global has none (a new database, a CMS that
 * cannot be reached).
 */
export type DefaultLink = { label: string } & Extract<SiteLink, { type: 'library' | 'services' | 'contact' }>

/** The header's main navigation. */
export const DEFAULT_NAVIGATION: readonly DefaultLink[] = [
  { label: 'Resources', type: 'library' },
  { label: 'Services', type: 'services' },
  { label: 'Request an appointment', type: 'contact' },
]

/** The footer's links (before the legal notices, which every page shows whatever this says). */
export const DEFAULT_FOOTER_LINKS: readonly DefaultLink[] = [
  { label: 'Resource library', type: 'library' },
  { label: 'Services', type: 'services' },
]

/** A list of links as the website shows it: label and address. */
export type ShownLink = { label: string; href: string }

/**
 * The links to show: the global's (the CMS derives each `href`; a link whose target is not
 * published has none and is left out), else the defaults.
 */
export function linksToShow(
  fromGlobal: readonly { label: string; href?: string | null }[] | null | undefined,
  defaults: readonly DefaultLink[],
): ShownLink[] {
  const links = (fromGlobal ?? []).filter((l): l is { label: string; href: string } => Boolean(l.href))
  if (links.length) return links.map(({ label, href }) => ({ label, href }))
  return defaults.map((link) => ({ label: link.label, href: linkHref(link)! }))
}
