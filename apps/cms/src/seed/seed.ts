import { randomBytes } from 'node:crypto'

import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import type { CollectionSlug, FlattenedField, Payload, RichTextField } from 'payload'

import { DEFAULT_FOOTER_LINKS, DEFAULT_NAVIGATION } from '@resilient-mind/content/navigation'

import {
  listMarkdown,
  readMarkdown,
  readPractice,
  splitAudience,
  type ArticleFrontMatter,
  type AuthorFrontMatter,
} from './content'
import { COMPLAINTS_MD, GOOD_FAITH_ESTIMATE_MD, PRIVACY_MD } from './legal'
import { SERVICE_COPY } from './services'

export type SeedReport = {
  created: Record<string, number>
  existing: Record<string, number>
  generatedAdmin?: { email: string; password: string }
}

type Ctx = { payload: Payload; report: SeedReport }

const count = (bucket: Record<string, number>, key: string) => (bucket[key] = (bucket[key] ?? 0) + 1)

async function findIdBySlug(payload: Payload, collection: CollectionSlug, slug: string) {
  const found = await payload.find({ collection, where: { slug: { equals: slug } }, limit: 1, depth: 0, draft: true })
  return found.docs[0]?.id as string | number | undefined
}

/** Creates the document unless one with that slug exists; returns its id either way. */
async function ensure(
  ctx: Ctx,
  collection: CollectionSlug,
  slug: string,
  data: () => Promise<Record<string, unknown>>,
) {
  const existing = await findIdBySlug(ctx.payload, collection, slug)
  if (existing !== undefined) {
    count(ctx.report.existing, collection)
    return existing
  }
  const doc = await ctx.payload.create({
    collection,
    data: { slug, ...(await data()) } as never,
    context: { disableRevalidate: true },
  })
  count(ctx.report.created, collection)
  return doc.id
}

/** A rich text field by its path, e.g. ['legal', 'privacy'], so Markdown converts with that field's editor. */
function richTextField(fields: FlattenedField[], fieldPath: string[], label: string): RichTextField {
  let field: FlattenedField | undefined
  for (const name of fieldPath) {
    field = fields.find((f) => f.name === name)
    fields = field && 'flattenedFields' in field ? field.flattenedFields : []
  }
  if (!field || field.type !== 'richText') throw new Error(`${label}.${fieldPath.join('.')} is not a rich text field`)
  return field as RichTextField
}

const markdownToLexical = (payload: Payload, collection: CollectionSlug, field: string, markdown: string) =>
  convertMarkdownToLexical({
    editorConfig: editorConfigFactory.fromField({
      field: richTextField(payload.collections[collection].config.flattenedFields, [field], collection),
    }),
    markdown,
  })

const markdownToLexicalGlobal = (payload: Payload, markdown: string) =>
  convertMarkdownToLexical({
    editorConfig: editorConfigFactory.fromField({
      field: richTextField(
        payload.globals.config.find((g) => g.slug === 'practice')?.flattenedFields ?? [],
        ['legal', 'privacy'],
        'practice',
      ),
    }),
    markdown,
  })

async function ensureAdmin(ctx: Ctx) {
  const { payload } = ctx
  const users = await payload.count({ collection: 'users' })
  if (users.totalDocs > 0) {
    count(ctx.report.existing, 'users')
    return
  }
  const email = process.env.ADMIN_EMAIL || 'admin@example.com'
  const password = process.env.ADMIN_PASSWORD || randomBytes(12).toString('base64url')
  // A generated password has been in the log: its first sign-in must replace it.
  const mustChangePassword = !process.env.ADMIN_PASSWORD
  await payload.create({
    collection: 'users',
    data: { email, password, name: 'Administrator', role: 'admin', mustChangePassword },
  })
  count(ctx.report.created, 'users')
  if (!process.env.ADMIN_PASSWORD) ctx.report.generatedAdmin = { email, password }
}

export const INTAKE_EMAIL = 'website-form@example.com'

/**
 * The website's form handler submits appointment requests as this machine account, with the
 * API key from INQUIRY_API_KEY. It can do nothing else and cannot sign in to the admin.
 */
export async function ensureIntakeAccount(payload: Payload, report: SeedReport = { created: {}, existing: {} }) {
  const ctx: Ctx = { payload, report }
  const apiKey = process.env.INQUIRY_API_KEY
  if (!apiKey) return report
  const found = await payload.find({
    collection: 'users',
    where: { email: { equals: INTAKE_EMAIL } },
    limit: 1,
    showHiddenFields: true,
  })
  const data = { role: 'intake' as const, name: 'Website appointment form', enableAPIKey: true, apiKey }
  if (!found.docs[0]) {
    await payload.create({
      collection: 'users',
      data: { ...data, email: INTAKE_EMAIL, password: randomBytes(32).toString('hex') },
    })
    count(ctx.report.created, 'website form account')
  } else if (found.docs[0].apiKey !== apiKey || found.docs[0].role !== 'intake') {
    await payload.update({ collection: 'users', id: found.docs[0].id, data })
    count(ctx.report.created, 'website form key update')
  } else {
    count(ctx.report.existing, 'website form account')
  }
  return report
}

/**
 * Imports the practice's real content: topics, the author, the article, the five services and
 * the Practice global. Idempotent: documents are matched by slug and never duplicated or
 * overwritten, so an editor's later changes survive a re-run.
 */
export async function seed(payload: Payload): Promise<SeedReport> {
  const ctx: Ctx = { payload, report: { created: {}, existing: {} } }
  const practice = readPractice()

  await ensureAdmin(ctx)
  await ensureIntakeAccount(payload, ctx.report)

  const topicIds = new Map<string, string | number>()
  for (const topic of practice.topics) {
    topicIds.set(topic.slug, await ensure(ctx, 'topics', topic.slug, async () => ({ title: topic.title })))
  }
  const topicsFor = (slugs: string[] = []) => slugs.map((s) => topicIds.get(s)).filter((id) => id !== undefined)

  const authorIds = new Map<string, string | number>()
  for (const file of listMarkdown('authors')) {
    const { data, body } = readMarkdown<AuthorFrontMatter>(file)
    const id = await ensure(ctx, 'authors', data.slug, async () => ({
      name: data.name,
      role: data.role,
      credentials: (data.credentials ?? []).map((c) => ({ abbreviation: c.abbreviation ?? undefined, title: c.title })),
      licensedIn: data.licensedIn ?? [],
      sessionFormats: data.sessionFormats ?? [],
      bio: markdownToLexical(payload, 'authors', 'bio', body),
    }))
    authorIds.set(data.slug, id)
  }

  for (const file of listMarkdown('articles')) {
    const { data, body } = readMarkdown<ArticleFrontMatter>(file)
    const author = authorIds.get(data.author)
    if (author === undefined) throw new Error(`Seed article ${file} names an unknown author "${data.author}"`)
    await ensure(ctx, 'articles', data.slug, async () => ({
      title: data.title,
      author,
      topics: topicsFor(data.topics),
      body: markdownToLexical(payload, 'articles', 'body', body),
      _status: 'published',
    }))
  }

  const providers = [...authorIds.values()]
  for (const [index, service] of practice.services.entries()) {
    const copy = SERVICE_COPY[service.slug]
    if (!copy) throw new Error(`No wording for seed service "${service.slug}" in seed/services.ts`)
    await ensure(ctx, 'services', service.slug, async () => ({
      title: service.title,
      summary: copy.summary,
      description: markdownToLexical(payload, 'services', 'description', copy.description),
      audience: splitAudience(service.audience),
      formats: practice.sessionFormats,
      topics: topicsFor(service.topics),
      providers,
      displayOrder: (index + 1) * 10,
      _status: 'published',
    }))
  }

  // An empty "About" page for staff to write in their own words: a draft, so nothing is shown
  // (or invented) until someone publishes it.
  if ((await findIdBySlug(payload, 'pages', 'about')) === undefined) {
    await payload.create({
      collection: 'pages',
      data: { title: 'About', slug: 'about', layout: [] },
      draft: true,
      context: { disableRevalidate: true },
    })
    count(ctx.report.created, 'pages')
  } else count(ctx.report.existing, 'pages')

  const current = await payload.findGlobal({ slug: 'practice', depth: 0 })
  if (current?.name) {
    count(ctx.report.existing, 'practice')
  } else {
    const licensedIn = [
      ...new Set(listMarkdown('authors').flatMap((f) => readMarkdown<AuthorFrontMatter>(f).data.licensedIn ?? [])),
    ]
    await payload.updateGlobal({
      slug: 'practice',
      data: {
        name: practice.name,
        region: practice.region,
        sessionFormats: practice.sessionFormats,
        clients: practice.clients,
        licensedIn,
        legal: {
          goodFaithEstimate: markdownToLexicalGlobal(payload, GOOD_FAITH_ESTIMATE_MD),
          complaints: markdownToLexicalGlobal(payload, COMPLAINTS_MD),
          privacy: markdownToLexicalGlobal(payload, PRIVACY_MD),
        },
        // The website shows the same defaults while the global has none (packages/content/src/navigation.ts).
        navigation: [...DEFAULT_NAVIGATION],
        footerLinks: [...DEFAULT_FOOTER_LINKS],
      } as never,
      context: { disableRevalidate: true },
    })
    count(ctx.report.created, 'practice')
  }
  return ctx.report
}

export function describeSeed(report: SeedReport): string {
  const list = (r: Record<string, number>) =>
    Object.entries(r)
      .map(([k, n]) => `${n} ${k}`)
      .join(', ')
  if (Object.keys(report.created).length === 0) {
    return `Seed: nothing new to create; the database already holds the seed content (${list(report.existing)}).`
  }
  return `Seed: created ${list(report.created)}${Object.keys(report.existing).length ? `; already present ${list(report.existing)}` : ''}.`
}

export function describeGeneratedAdmin(admin: { email: string; password: string }): string {
  return [
    '',
    '==================================================================',
    '  First admin account created (shown once; the first sign-in must set a new password):',
    `    email:    ${admin.email}`,
    `    password: ${admin.password}`,
    '  Set ADMIN_EMAIL and ADMIN_PASSWORD to choose your own instead.',
    '==================================================================',
    '',
  ].join('\n')
}
