import { createHash } from 'node:crypto'

import { render } from '@testing-library/react'

import { QuickExit } from '@/components/QuickExit'
import { contentSecurityPolicy } from '@/security/contentSecurityPolicy.mjs'

const directives = (policy: string) => new Map(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]))

describe('the Content-Security-Policy', () => {
  it('allows the inline quick-exit script exactly as QuickExit renders it, by its hash', () => {
    const { container } = render(<QuickExit url="https://www.weather.gov/" />)
    const script = container.querySelector('script')!.textContent!
    const hash = `'sha256-${createHash('sha256').update(script).digest('base64')}'`
    expect(directives(contentSecurityPolicy({})).get('script-src')).toEqual(["'self'", hash])
  })

  it('never allows inline scripts, inline styles or eval in production, and adds the nonce and the CMS only when asked', () => {
    const plain = directives(contentSecurityPolicy({}))
    expect(plain.get('script-src')).not.toContain("'unsafe-inline'")
    expect(plain.get('style-src')).toEqual(["'self'"])
    expect(plain.get('frame-ancestors')).toEqual(["'self'"])
    const editor = directives(
      contentSecurityPolicy({ cmsPublicUrl: 'https://cms.practice.example/admin', nonce: 'abc' }),
    )
    expect(editor.get('script-src')).toContain("'nonce-abc'")
    expect(editor.get('style-src')).toEqual(["'self'"])
    expect(editor.get('frame-ancestors')).toEqual(["'self'", 'https://cms.practice.example'])
    expect(directives(contentSecurityPolicy({ dev: true })).get('script-src')).toContain("'unsafe-eval'")
  })

  it('keeps the fixed directives', () => {
    expect(contentSecurityPolicy({})).toBe(
      `default-src 'self'; script-src ${directives(contentSecurityPolicy({})).get('script-src')!.join(' ')}; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; frame-ancestors 'self'; form-action 'self'; base-uri 'self'; object-src 'none'`,
    )
  })
})
