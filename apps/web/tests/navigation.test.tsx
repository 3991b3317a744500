import { render, screen, within } from '@testing-library/react'

import { FALLBACK_PRACTICE, type ChromePractice } from '@/components/SiteChrome'
import { SiteFooter } from '@/components/SiteFooter'
import { SiteHeader } from '@/components/SiteHeader'

/** The header and footer as SiteChrome puts them around every page. */
function Chrome({ practice }: { practice: ChromePractice }) {
  return (
    <>
      <SiteHeader practice={practice} />
      <SiteFooter practice={practice} />
    </>
  )
}

/** The Practice global is the one source of the site's navigation; packages/content's defaults fill in while it has none. */
const practice = (more: Partial<ChromePractice>): ChromePractice => ({
  ...FALLBACK_PRACTICE,
  name: 'Practice',
  ...more,
})

const linksOf = (name: string) =>
  within(screen.getByRole('navigation', { name }))
    .getAllByRole('link')
    .map((a) => [a.textContent, a.getAttribute('href')])

describe('the site navigation', () => {
  it('shows the default header and footer links while the global has none', () => {
    render(<Chrome practice={practice({})} />)
    expect(linksOf('Main')).toEqual([
      ['Resources', '/resources'],
      ['Services', '/services'],
      ['Request an appointment', '/contact'],
    ])
    expect(linksOf('Footer')).toEqual([
      ['Resource library', '/resources'],
      ['Services', '/services'],
      ['RSS feed', '/resources/feed.xml'],
    ])
  })

  it('shows only the global’s links once staff chose them, leaving out a link whose page is not published', () => {
    render(
      <Chrome
        practice={practice({
          navigation: [
            { label: 'About', type: 'page', href: '/about' },
            { label: 'Unpublished', type: 'page', href: null },
          ],
          footerLinks: [{ label: 'Fees', type: 'page', href: '/fees' }],
        })}
      />,
    )
    expect(linksOf('Main')).toEqual([['About', '/about']])
    // The feed and the legal notices are not navigation: they stay on every page.
    expect(linksOf('Footer')).toEqual([
      ['Fees', '/fees'],
      ['RSS feed', '/resources/feed.xml'],
    ])
    expect(within(screen.getByRole('navigation', { name: 'Notices' })).getAllByRole('link').length).toBeGreaterThan(0)
  })
})
