import type { Payload } from 'payload'

/** Behind TLS (an https CMS_PUBLIC_URL) the session cookie is Secure (issue 15, point 3). */
let payload: Payload
let rest: typeof import('../helpers/http').rest

beforeAll(async () => {
  // Settings are read when the config loads, so set the address first.
  process.env.CMS_PUBLIC_URL = 'https://cms.example.org'
  ;({ rest } = await import('../helpers/http'))
  const { createStaff, startPayload } = await import('../helpers/payload')
  payload = await startPayload()
  await createStaff(payload)
})
afterAll(async () => {
  await payload.destroy()
})

it('sets payload-token Secure, HttpOnly and SameSite=Lax', async () => {
  const res = await rest('POST', 'users/login', {
    body: { email: 'editor@test.dev', password: 'correct-horse-battery' },
  })
  expect(res.status).toBe(200)
  const cookie = res.headers.get('set-cookie') ?? ''
  expect(cookie).toMatch(/payload-token=/)
  expect(cookie).toMatch(/;\s*Secure/i)
  expect(cookie).toMatch(/;\s*HttpOnly/i)
  expect(cookie).toMatch(/SameSite=Lax/i)
})
