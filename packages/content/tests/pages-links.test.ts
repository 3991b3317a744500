import { pathsForChange, redirectPath, sitePathsByVisits } from '../src/paths'
import { linkHref, pathForDocument, RESERVED_PAGE_SLUGS, reservedPageSlugMessage, sitePaths } from '../src/routes'

describe('practice pages', () => {
  it('live at top-level addresses, as staff expect (/about, /fees)', () => {
    expect(sitePaths.page('about')).toBe('/about')
    expect(pathForDocument('pages', 'fees-and-insurance')).toBe('/fees-and-insurance')
    expect(pathForDocument('pages', undefined)).toBeUndefined()
  })

  it('may not take an address the site already uses, and the message says what to do', () => {
    for (const slug of [
      'resources',
      'services',
      'authors',
      'topics',
      'contact',
      'legal',
      'search',
      'api',
      'preview',
      'media',
    ]) {
      expect(RESERVED_PAGE_SLUGS).toContain(slug)
      expect(reservedPageSlugMessage(slug)).toMatch(new RegExp(`"/${slug}" is already an address of the website`))
    }
    expect(reservedPageSlugMessage('about')).toBeUndefined()
    expect(reservedPageSlugMessage('services-we-offer')).toBeUndefined()
  })

  it('a publish, rename or unpublish announces both addresses and the sitemap', () => {
    expect(pathsForChange({ collection: 'pages', before: null, after: { slug: 'about' } })).toEqual([
      '/about',
      '/sitemap.xml',
    ])
    expect(pathsForChange({ collection: 'pages', before: { slug: 'about' }, after: { slug: 'about-us' } })).toEqual([
      '/about-us',
      '/about',
      '/sitemap.xml',
    ])
    expect(pathsForChange({ collection: 'pages', before: null, after: null })).toEqual([])
  })

  it('pages that list articles, services or authors are announced with them', () => {
    expect(
      pathsForChange({ collection: 'articles', before: null, after: { slug: 'hope' }, pages: ['reading'] }),
    ).toContain('/reading')
    expect(
      pathsForChange({ collection: 'services', before: null, after: { slug: 'coaching' }, pages: ['fees'] }),
    ).toContain('/fees')
    expect(
      pathsForChange({
        collection: 'authors',
        before: null,
        after: { slug: 'ada' },
        shownOn: { articles: [], services: [], pages: ['team'] },
      }),
    ).toContain('/team')
  })

  it('are part of the whole site, after the fixed pages', () => {
    const paths = sitePathsByVisits({ articles: [], authors: [], services: ['coaching'], topics: [], pages: ['about'] })
    expect(paths).toContain('/about')
    expect(paths.indexOf('/about')).toBeLessThan(paths.indexOf('/services/coaching'))
  })
})

describe('links chosen in the CMS', () => {
  it('lead to a page, a service, the library, the services list or the request form', () => {
    expect(linkHref({ type: 'page', page: 'about' })).toBe('/about')
    expect(linkHref({ type: 'service', service: 'coaching' })).toBe('/services/coaching')
    expect(linkHref({ type: 'library' })).toBe('/resources')
    expect(linkHref({ type: 'services' })).toBe('/services')
    expect(linkHref({ type: 'contact' })).toBe('/contact')
    expect(linkHref({ type: 'contact', service: 'couples counseling' })).toBe('/contact?service=couples+counseling')
    expect(linkHref({ type: 'path', url: '/resources/page/2' })).toBe('/resources/page/2')
  })

  it('have no address when the target is missing or not on this site', () => {
    expect(linkHref({ type: 'page', page: null })).toBeUndefined()
    expect(linkHref({ type: 'service' })).toBeUndefined()
    for (const url of ['https://evil.example/', '//evil.example/x', 'javascript:alert(1)', '/\\evil']) {
      expect(linkHref({ type: 'path', url })).toBeUndefined()
    }
  })
})

describe('redirects', () => {
  it('announce each old address as the website serves it (no trailing slash, no query)', () => {
    expect(pathsForChange({ collection: 'redirects', from: ['/2025/03/18/when-a-grandparent-dies/'] })).toEqual([
      '/2025/03/18/when-a-grandparent-dies',
    ])
    expect(pathsForChange({ collection: 'redirects', from: ['/a/', '/a', '/b?x=1'] })).toEqual(['/a', '/b'])
  })

  it('ignore anything that is not a path of this site', () => {
    expect(redirectPath('https://evil.example/x')).toBeUndefined()
    expect(redirectPath('//evil.example/x')).toBeUndefined()
    expect(redirectPath('/a/../admin')).toBeUndefined()
    expect(redirectPath('/')).toBe('/')
    expect(pathsForChange({ collection: 'redirects', from: ['//evil.example'] })).toEqual([])
  })
})
