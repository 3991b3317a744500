/** @jest-environment node */
import { loadSettings } from '@/lib/settings'

const env = (vars: Record<string, string>) => vars as NodeJS.ProcessEnv

/** Start-up checks: a bad setting stops the website with a message naming what to set. */
describe('website settings', () => {
  it('runs with no settings at all in development', () => {
    expect(loadSettings(env({ NODE_ENV: 'development' })).CMS_INTERNAL_URL).toBe('http://localhost:3000')
  })

  it('names each bad variable and what it should look like', () => {
    expect(() => loadSettings(env({ CMS_INTERNAL_URL: 'cms:3000', REVALIDATE_SECRET: 'short' }))).toThrow(
      /CMS_INTERNAL_URL: must be a full URL such as http:\/\/localhost:3000[\s\S]*REVALIDATE_SECRET: must be at least 16 characters/,
    )
  })

  it('accepts an address inside a Docker network', () => {
    expect(loadSettings(env({ CMS_INTERNAL_URL: 'http://cms:3000' })).CMS_INTERNAL_URL).toBe('http://cms:3000')
  })

  it('trusts no proxy unless TRUSTED_PROXY names one', () => {
    expect(loadSettings(env({})).TRUSTED_PROXY).toEqual([])
    expect(loadSettings(env({ TRUSTED_PROXY: '' })).TRUSTED_PROXY).toEqual([])
  })

  it('reads TRUSTED_PROXY as addresses and CIDR ranges, IPv4 and IPv6', () => {
    expect(loadSettings(env({ TRUSTED_PROXY: '10.0.0.5, 172.16.0.0/12 ::1,fd00::/8' })).TRUSTED_PROXY).toEqual([
      { address: '10.0.0.5', prefix: 32, family: 'ipv4' },
      { address: '172.16.0.0', prefix: 12, family: 'ipv4' },
      { address: '::1', prefix: 128, family: 'ipv6' },
      { address: 'fd00::', prefix: 8, family: 'ipv6' },
    ])
  })

  it.each(['nginx', '10.0.0.256', '1::2::3', '10.0.0.0/33', '10.0.0.1/abc', '::1/129', '10.0.0.0/8/1', '*'])(
    'refuses TRUSTED_PROXY=%s with a message naming it',
    (value) => {
      expect(() => loadSettings(env({ TRUSTED_PROXY: value }))).toThrow(
        /TRUSTED_PROXY: .*(not an address or a CIDR range|prefix length)/,
      )
    },
  )
})
