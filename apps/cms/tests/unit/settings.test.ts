import { loadSettings } from '../../src/settings'
import { databaseAdapter, defaultSqliteUri } from '../../src/database'

/** Start-up checks: a bad setting stops the CMS with a message naming what to set. */
describe('settings', () => {
  const secret = 'x'.repeat(40)

  it('accepts an empty environment for the embedded SQLite default', () => {
    const s = loadSettings({ NODE_ENV: 'test', PAYLOAD_SECRET: secret })
    expect(s.databaseKind).toBe('sqlite')
    expect(s.CMS_PUBLIC_URL).toBe('http://localhost:3000')
  })

  it('requires PAYLOAD_SECRET with MongoDB and says how to make one', () => {
    expect(() => loadSettings({ NODE_ENV: 'production', DATABASE_URI: 'mongodb://db:27017/cms' })).toThrow(
      /PAYLOAD_SECRET is required with MongoDB.*openssl rand -hex 32/,
    )
  })

  it('names each bad variable', () => {
    expect(() =>
      loadSettings({
        DATABASE_URI: 'postgres://x',
        PAYLOAD_SECRET: 'short',
        CMS_PUBLIC_URL: 'not a url',
        ADMIN_EMAIL: 'nope',
      }),
    ).toThrow(
      /DATABASE_URI: must start with file:[\s\S]*PAYLOAD_SECRET: must be at least 32[\s\S]*CMS_PUBLIC_URL[\s\S]*ADMIN_EMAIL/,
    )
  })

  it('wants http(s) addresses, not a host and port alone', () => {
    expect(() => loadSettings({ PAYLOAD_SECRET: secret, WEB_PUBLIC_URL: 'web:3001' })).toThrow(
      /WEB_PUBLIC_URL: must be a full URL such as http:\/\/localhost:3001/,
    )
    expect(loadSettings({ PAYLOAD_SECRET: secret, WEB_PUBLIC_URL: 'https://www.example.org' }).WEB_PUBLIC_URL).toBe(
      'https://www.example.org',
    )
  })

  it('wants both admin variables or neither', () => {
    expect(() => loadSettings({ PAYLOAD_SECRET: secret, ADMIN_EMAIL: 'a@example.org' })).toThrow(
      /ADMIN_EMAIL and ADMIN_PASSWORD/,
    )
  })

  it('treats blank variables as unset', () => {
    expect(loadSettings({ PAYLOAD_SECRET: secret, DATABASE_URI: '' }).databaseKind).toBe('sqlite')
  })
})

describe('database selection', () => {
  const base = { PAYLOAD_SECRET: 'x'.repeat(40) }

  const adapterName = async (env: Record<string, string>) =>
    (await databaseAdapter(loadSettings({ ...base, ...env }))).name

  it('uses SQLite for file: URIs and when unset, with separate dev and production files', async () => {
    expect(await adapterName({ DATABASE_URI: 'file:/tmp/a.db' })).toBe('sqlite')
    expect(await adapterName({})).toBe('sqlite')
    expect(defaultSqliteUri('production')).toMatch(/data\/cms\.db$/)
    expect(defaultSqliteUri('development')).toMatch(/data\/dev\.db$/)
  })

  it('uses MongoDB for mongodb:// and mongodb+srv:// URIs', async () => {
    expect(await adapterName({ DATABASE_URI: 'mongodb://localhost:27017/cms' })).toBe('mongoose')
    expect(await adapterName({ DATABASE_URI: 'mongodb+srv://u:p@cluster.example.net/cms' })).toBe('mongoose')
  })
})

describe('ADMIN_PASSWORD', () => {
  const secret = 'x'.repeat(40)
  it('is held to the password rules at start-up, with the reason', () => {
    expect(() =>
      loadSettings({
        NODE_ENV: 'test',
        PAYLOAD_SECRET: secret,
        ADMIN_EMAIL: 'a@example.org',
        ADMIN_PASSWORD: 'password1234',
      }),
    ).toThrow(/ADMIN_PASSWORD is refused.*too common/)
    expect(
      loadSettings({
        NODE_ENV: 'test',
        PAYLOAD_SECRET: secret,
        ADMIN_EMAIL: 'admin@example.com',
        ADMIN_PASSWORD: 'bench-admin-password-0123',
      }).ADMIN_PASSWORD,
    ).toBe('bench-admin-password-0123')
  })
})
