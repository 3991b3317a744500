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
})
