import {
  isSafeSitePath,
  safeSitePath,
  joinUrl,
  libraryHref,
  mediaPath,
  pageFromPath,
  parsePage,
  pathForDocument,
  previewUrl,
  sitePaths,
} from '../src/routes'

describe('library URLs', () => {
  it('leave out empty values and page 1, so one view has one shareable URL', () => {
    expect(libraryHref()).toBe('/resources')
    expect(libraryHref({ q: '  ', topic: '', page: 1 })).toBe('/resources')
    expect(libraryHref({ page: '1' })).toBe('/resources')
  })

  it('give the library, and each topic, paths of their own, paged by path', () => {
    expect(libraryHref({ page: 2 })).toBe('/resources/page/2')
    expect(libraryHref({ topic: 'rebuilding-trust' })).toBe('/topics/rebuilding-trust')
    expect(libraryHref({ topic: ' rebuilding-trust ', q: '  ', page: '3' })).toBe('/topics/rebuilding-trust/page/3')
    expect(libraryHref({ topic: 'a b' })).toBe('/topics/a%20b')
  })

  it('send a search to /search, always ordering the parameters q, topic, page and normalising spaces', () => {
    expect(libraryHref({ page: 3, topic: 'rebuilding-trust', q: '  rebuild   trust ' })).toBe(
      '/search?q=rebuild+trust&topic=rebuilding-trust&page=3',
    )
  })

  it('encode what a visitor typed', () => {
    expect(libraryHref({ q: 'shame & guilt?' })).toBe('/search?q=shame+%26+guilt%3F')
  })

  it.each([
    ['2', 2],
    ['1', 1],
    ['0', undefined],
    ['02', undefined],
    ['2.5', undefined],
    ['abc', undefined],
    [undefined, undefined],
  ])('read page %p from a path as %p', (input, expected) => expect(pageFromPath(input)).toBe(expected))
})

describe('parsePage', () => {
  it.each([
    ['2', 2],
    [7, 7],
    [['4', '5'], 4],
    ['0', 1],
    ['-3', 1],
    ['2.5', 1],
    ['abc', 1],
    [undefined, 1],
    ['1e3', 1],
  ])('%p → %p', (input, expected) => expect(parsePage(input)).toBe(expected))
})

describe('site paths', () => {
  it('address each kind of document and escape slugs', () => {
    expect(sitePaths.article('hope-and-healing')).toBe('/resources/hope-and-healing')
    expect(pathForDocument('services', 'coaching')).toBe('/services/coaching')
    expect(pathForDocument('authors', 'kathryn-fayle')).toBe('/authors/kathryn-fayle')
    expect(pathForDocument('topics', 'a b')).toBe('/topics/a%20b')
    expect(pathForDocument('articles', null)).toBeUndefined()
  })

  it('build the preview URL on the web with the path as a parameter', () => {
    expect(previewUrl('http://localhost:3001/', '/resources/x')).toBe(
      'http://localhost:3001/api/preview?path=%2Fresources%2Fx',
    )
  })

  it('accept only same-site paths for the preview redirect', () => {
    expect(isSafeSitePath('/resources/x')).toBe(true)
    expect(isSafeSitePath('//evil.example/x')).toBe(false)
    expect(isSafeSitePath('https://evil.example')).toBe(false)
    expect(isSafeSitePath('/\\evil.example')).toBe(false)
    expect(isSafeSitePath(undefined)).toBe(false)
  })

  // Each of these is a way a browser (or a server that decodes once more) could be made to
  // leave the site: all must be refused.
  const OFF_SITE = [
    '//evil.example',
    '///evil.example',
    '/\\evil.example',
    '\\/evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    '/\r\n/evil.example',
    '\t//evil.example',
    '/\u0000/evil.example',
    '/%2F%2Fevil.example',
    '/%2f/evil.example',
    '/%5Cevil.example',
    '/%09/evil.example',
    '/%0d%0a/evil.example',
    '/..//evil.example',
    '/.//evil.example',
    '/%2e%2e//evil.example',
    '/./%2F/evil.example',
    '/resources/%E0%A4',
    'https://evil.example/',
    'http:evil.example',
    'HTTPS://evil.example',
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'evil.example',
    ' /resources',
    '',
    `/${'a'.repeat(3000)}`,
    null,
    42,
    ['/resources'],
  ]
  it.each(OFF_SITE.map((p) => [JSON.stringify(p)?.slice(0, 60), p]))(
    'refuse %s as a redirect target',
    (_label, path) => {
      expect(safeSitePath(path)).toBeNull()
      expect(isSafeSitePath(path)).toBe(false)
    },
  )

  it.each([
    ['/resources/x', '/resources/x'],
    ['/', '/'],
    ['/search?q=grief&page=2', '/search?q=grief&page=2'],
    ['/resources/x#part', '/resources/x#part'],
    ['/resources/../services', '/services'],
    ['/resources/a%20b', '/resources/a%20b'],
    // Non-Latin-1 characters come back percent-encoded: a Location header can only carry ASCII.
    ['/\u{1F600}', '/%F0%9F%98%80'],
    ['/%F0%9F%98%80', '/%F0%9F%98%80'],
    ['/search?q=caf\u00e9', '/search?q=caf%C3%A9'],
  ])('accept %s as %s', (path, expected) => {
    expect(safeSitePath(path)).toBe(expected)
    expect(safeSitePath(path)).toMatch(/^\/(?!\/)[\x21-\x7e]*$/)
  })

  it('join base URLs and paths with exactly one slash', () => {
    expect(joinUrl('http://cms:3000/', '/api/articles')).toBe('http://cms:3000/api/articles')
    expect(joinUrl('http://cms:3000', 'api')).toBe('http://cms:3000/api')
  })
})

describe('mediaPath', () => {
  it('serves uploads through the web origin, from the filename or the CMS URL', () => {
    expect(mediaPath({ filename: 'calm lake.webp' })).toBe('/media/calm%20lake.webp')
    expect(mediaPath({ url: 'http://localhost:3000/api/media/file/calm%20lake.webp?2' })).toBe(
      '/media/calm%20lake.webp',
    )
    expect(mediaPath(null)).toBeUndefined()
    expect(mediaPath({})).toBeUndefined()
  })
})
