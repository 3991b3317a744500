/** @jest-environment node */
import { checkAuthorization, checkBody, MAX_PATHS } from '@/revalidate/request'

/** What /api/revalidate accepts from the CMS (pages/api/revalidate.ts); the refresh itself is tested end to end. */
const SECRET = 'a-revalidate-secret-0123456789'

describe('checkAuthorization', () => {
  it('accepts only the shared secret as a bearer token', () => {
    expect(checkAuthorization(`Bearer ${SECRET}`, SECRET)).toBeNull()
    for (const header of [
      undefined,
      '',
      SECRET,
      `Bearer ${SECRET}x`,
      `Bearer ${SECRET.slice(1)}`,
      `bearer ${SECRET}`,
    ]) {
      expect(checkAuthorization(header, SECRET)).toMatchObject({ ok: false, status: 401 })
    }
  })

  it('refuses everything, with 503, when the site has no secret', () => {
    expect(checkAuthorization('Bearer anything', undefined)).toMatchObject({ ok: false, status: 503 })
  })
})

describe('checkBody', () => {
  it('returns the paths once each, in order', () => {
    expect(checkBody({ paths: ['/', '/resources', '/resources/a', '/', '/topics/x/page/2', '/resources'] })).toEqual({
      ok: true,
      paths: ['/', '/resources', '/resources/a', '/topics/x/page/2'],
    })
  })

  it.each([
    ['no body', undefined],
    ['a list', ['/']],
    ['no paths', {}],
    ['tags instead', { tags: ['articles'] }],
    ['an empty list', { paths: [] }],
    ['a string', { paths: '/' }],
  ])('refuses %s with a message showing the expected shape', (_, body) => {
    const checked = checkBody(body)
    expect(checked).toMatchObject({ ok: false, status: 400 })
    expect(!checked.ok && checked.message).toContain('{"paths": [')
  })

  it.each([
    'https://elsewhere.example/',
    '//elsewhere.example/x',
    'resources',
    '/resources?page=2',
    '/resources#top',
    '/resources/../api/x',
    '/a\\b',
    '/with space',
    '/line\nbreak',
    `/${'x'.repeat(1100)}`,
  ])('refuses %j: only paths on this site', (path) => {
    const checked = checkBody({ paths: ['/', path] })
    expect(checked).toMatchObject({ ok: false, status: 400 })
    expect(!checked.ok && checked.message).toContain('Each path must be a path on this site')
  })

  it('refuses non-text entries', () => {
    expect(checkBody({ paths: ['/', 42] })).toMatchObject({ ok: false, status: 400 })
  })

  it(`takes at most ${MAX_PATHS} paths a request`, () => {
    const many = Array.from({ length: MAX_PATHS + 1 }, (_, i) => `/resources/a-${i}`)
    expect(checkBody({ paths: many.slice(0, MAX_PATHS) })).toMatchObject({ ok: true })
    expect(checkBody({ paths: many })).toMatchObject({
      ok: false,
      status: 400,
      message: expect.stringContaining('at most 200'),
    })
  })
})
