import type { Payload } from 'payload'

import { rest } from '../helpers/http'
import { createStaff, startPayload } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await startPayload()
  await createStaff(payload)
})
afterAll(async () => {
  await payload.destroy()
})

const login = (password: string) => rest('POST', 'users/login', { body: { email: 'editor@test.dev', password } })

it('locks an account after 5 failed logins, even against the right password, and an admin can unlock it', async () => {
  for (let i = 1; i <= 5; i++) {
    const res = await login('wrong-password')
    expect(res.status).toBe(401)
  }
  const locked = await login('correct-horse-battery')
  expect(locked.status).toBe(401)
  expect(locked.body.errors[0].message).toMatch(/locked/i)
  const user = await payload.find({
    collection: 'users',
    where: { email: { equals: 'editor@test.dev' } },
    showHiddenFields: true,
  })
  expect(user.docs[0].lockUntil).toBeTruthy()

  const admin = await rest('POST', 'users/login', {
    body: { email: 'admin@test.dev', password: 'correct-horse-battery' },
  })
  const unlock = await rest('POST', 'users/unlock', { token: admin.body.token, body: { email: 'editor@test.dev' } })
  expect(unlock.status).toBe(200)
  expect((await login('correct-horse-battery')).status).toBe(200)
})

it('a wrong password says so without revealing whether the account exists', async () => {
  const unknown = await rest('POST', 'users/login', {
    body: { email: 'nobody@test.dev', password: 'whatever-password' },
  })
  const wrong = await rest('POST', 'users/login', { body: { email: 'author@test.dev', password: 'whatever-password' } })
  expect(unknown.status).toBe(401)
  expect(wrong.status).toBe(401)
  expect(unknown.body.errors[0].message).toBe(wrong.body.errors[0].message)
})
