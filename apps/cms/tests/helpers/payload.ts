import { getPayload, type Payload } from 'payload'

import { databaseAdapter } from '../../src/database'
import config from '../../src/payload.config'
import { settings } from '../../src/settings'
import type { User } from '@resilient-mind/content/payload-types'

export type Staff = { admin: User; editor: User; author: User; otherAuthor: User }

export async function startPayload(): Promise<Payload> {
  return getPayload({ config })
}

/**
 * The same CMS with database transactions, as in production on MongoDB. The SQLite adapter
 * has them off by default (Payload does not recommend them there), so on SQLite this turns
 * them on with its documented `transactionOptions`, for tests about what a rollback undoes.
 */
export async function startPayloadWithTransactions(): Promise<Payload> {
  if (process.env.DATABASE_URI?.startsWith('mongodb')) return startPayload()
  const base = await config
  // The app's own adapter (migrations, no schema push), with SQLite transactions on.
  const db = (await databaseAdapter(settings, {})) as typeof base.db
  return getPayload({ config: { ...base, db } })
}

export async function createStaff(payload: Payload): Promise<Staff> {
  const make = (role: User['role'], email: string) =>
    payload.create({
      collection: 'users',
      data: { email, password: 'correct-horse-battery', role, name: email.split('@')[0] },
    })
  // One after another: on MongoDB each create is a transaction, and concurrent transactions on a
  // brand-new database can fail with a WriteConflict that Payload does not retry.
  const admin = await make('admin', 'admin@test.dev')
  const editor = await make('editor', 'editor@test.dev')
  const author = await make('author', 'author@test.dev')
  const otherAuthor = await make('author', 'author2@test.dev')
  // The Local API expects the user the way Payload's auth would hand it over.
  const asUser = (u: User) => ({ ...u, collection: 'users' }) as User & { collection: 'users' }
  return { admin: asUser(admin), editor: asUser(editor), author: asUser(author), otherAuthor: asUser(otherAuthor) }
}

/** A minimal Lexical document: paragraphs of plain text, optionally preceded by a heading. */
export function lexical(...paragraphs: string[]) {
  return {
    root: {
      type: 'root',
      version: 1,
      direction: 'ltr' as const,
      format: '' as const,
      indent: 0,
      children: paragraphs.map((text) => ({
        type: 'paragraph',
        version: 1,
        direction: 'ltr' as const,
        format: '' as const,
        indent: 0,
        textFormat: 0,
        textStyle: '',
        children: [{ type: 'text', version: 1, text, format: 0, mode: 'normal', style: '', detail: 0 }],
      })),
    },
  }
}

export async function createAuthorProfile(payload: Payload, name = 'Test Author', user?: User) {
  return payload.create({ collection: 'authors', data: { name, user: user?.id } })
}

/** A 1x1 PNG, for media uploads. */
export const PNG_1PX = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)
