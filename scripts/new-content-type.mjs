#!/usr/bin/env node
/**
 * npm run new:content-type -- <name>
 *
 * Scaffolds a working public content type end to end, which a developer then fills in
 * (docs/extending.md walks through every step this takes):
 *   apps/cms/src/collections/<Name>/index.ts       the collection: title, slug, summary, body; drafts;
 *                                                  public reads only published, editors and admins write
 *   apps/cms/src/payload.config.ts                 registers it
 *   packages/content/src/contentTypes.ts           its declaration: addresses, sitemap, redirects
 *   apps/cms/src/migrations/sqlite/…               its migration (payload migrate:create)
 *   packages/content/src/payload-types.ts          regenerated types (payload generate:types)
 *   apps/web/src/<name>/<Name>Views.tsx            the list and page views and what they read
 *   apps/web/src/pages/<name>/index.tsx, [slug].tsx   the list and detail pages (ISR, no framework JS)
 *   apps/cms/tests/integration/<name>.test.ts      who may read and write it; what publishing refreshes
 *   apps/web/tests/<name>.test.tsx                 the views render what visitors need
 * The sitemap, refresh announcements, redirects on rename and the client's reads follow from
 * the declaration.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const at = (...parts) => path.join(root, ...parts)
const read = (file) => fs.readFileSync(at(file), 'utf8')

function fail(message) {
  console.error(`new:content-type: ${message}`)
  process.exit(1)
}

// ---- the name ---------------------------------------------------------------------------------

const name = process.argv[2]
if (!name) fail('give the new type a name, in the plural: npm run new:content-type -- events')

/** The names of a type called e.g. "case-studies": slug, identifiers and words for people. */
function namesFor(slug) {
  const singular = slug
    .replace(/ies$/, 'y')
    .replace(/(ss|x|ch|sh)es$/, '$1')
    .replace(/s$/, '')
  const camel = (s) => s.replace(/-([a-z])/g, (_, c) => c.toUpperCase())
  const pascal = (s) => camel(s).replace(/^./, (c) => c.toUpperCase())
  const words = (s) => s.replace(/-/g, ' ')
  return {
    slug, // case-studies: collection slug, address /case-studies, folder names
    Plural: pascal(slug), // CaseStudies: the collection's constant and folder
    plural: camel(slug), // caseStudies: variables
    Singular: pascal(singular), // CaseStudy: components
    singular: camel(singular), // caseStudy: variables
    Label: words(slug).replace(/^./, (c) => c.toUpperCase()), // Case studies
    label: words(slug), // case studies
    labelSingular: words(singular), // case study
  }
}

/** Every reason the name cannot be used, in words a developer acts on. */
function problemsWith(slug) {
  if (!/^[a-z]+(-[a-z]+)*$/.test(slug))
    return [`"${slug}" must be lowercase letters, words joined by "-" (for example "events" or "case-studies").`]
  const problems = []
  if (slug.length < 3 || slug.length > 40) problems.push(`"${slug}" must be 3 to 40 characters long.`)
  if (!slug.endsWith('s'))
    problems.push(`"${slug}" should be plural, as collection slugs and list addresses are ("${slug}s", not "${slug}").`)
  const { Plural, Singular, singular } = namesFor(slug)
  // Names the templates already use for something else (Link from next/link, the declaration `type`…).
  const taken = ['type', 'data', 'config', 'practice', 'params', 'cms', 'meta', 'props']
  const takenTypes = ['Link', 'Data', 'Page', 'Props', 'PageProps', 'PageMetadata', 'ContentClient']
  if (taken.includes(singular) || takenTypes.includes(Singular) || takenTypes.includes(Plural))
    problems.push(`"${slug}" would give the generated code a name it already uses (${Singular}); choose another.`)
  const collections = [
    ...fs
      .readdirSync(at('apps/cms/src/collections'))
      .flatMap((dir) => read(`apps/cms/src/collections/${dir}/index.ts`).match(/^ {2}slug: '([^']+)'/m)?.[1] ?? []),
    ...[...read('packages/content/src/contentTypes.ts').matchAll(/^ {2}'?([a-z-]+)'?: \{$/gm)].map((m) => m[1]),
    'redirects', // @payloadcms/plugin-redirects
    'search',
  ]
  if (collections.includes(slug) || slug.startsWith('payload-'))
    problems.push(`"${slug}" is already a collection of the CMS.`)
  if (fs.existsSync(at('apps/cms/src/collections', Plural)))
    problems.push(`apps/cms/src/collections/${Plural} already exists.`)
  const reserved = read('packages/content/src/routes.ts').match(/RESERVED_PAGE_SLUGS = \[([^\]]*)\]/)?.[1] ?? ''
  if ([...reserved.matchAll(/'([^']+)'/g)].some((m) => m[1] === slug))
    problems.push(
      `"/${slug}" is already an address of the website (RESERVED_PAGE_SLUGS in packages/content/src/routes.ts).`,
    )
  for (const dir of [`apps/web/src/pages/${slug}`, `apps/web/src/pages/${slug}.tsx`, `apps/web/src/app/${slug}`])
    if (fs.existsSync(at(dir))) problems.push(`${dir} already exists: the website has a page at /${slug}.`)
  return problems
}

// ---- the files --------------------------------------------------------------------------------

function collectionFile(n) {
  return `import type { CollectionConfig } from 'payload'

import { isEditorOrAdmin, isStaff, publishedOrStaff } from '../../access'
import { slugField } from '../../fields/slug'
import { announceChanges } from '../../hooks/announceChanges'
import { withRenameRedirects } from '../../redirects/onRename'

/**
 * ${n.Label}, at /${n.slug} and /${n.slug}/<slug> on the website (declared in
 * packages/content/src/contentTypes.ts). Add the fields this type needs below, then run
 * \`cd apps/cms && npx payload migrate:create <name>\` and \`npm run generate:types -w cms\`.
 */
export const ${n.Plural}: CollectionConfig = {
  slug: '${n.slug}',
  labels: { singular: '${n.labelSingular.replace(/^./, (c) => c.toUpperCase())}', plural: '${n.Label}' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', '_status', 'updatedAt'], group: 'Content' },
  // Visitors read published ${n.label} only; staff also read drafts and versions; editors and admins write.
  access: {
    read: publishedOrStaff,
    create: isEditorOrAdmin,
    update: isEditorOrAdmin,
    delete: isEditorOrAdmin,
    readVersions: isStaff,
  },
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
  // After a change commits, the website refreshes the pages that show it (hooks/announceChanges.ts);
  // renaming a published one redirects its old address (redirects/onRename.ts).
  hooks: withRenameRedirects('${n.slug}', announceChanges('${n.slug}')),
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      maxLength: 120,
      admin: { description: 'The ${n.labelSingular}’s name, on its page and in the list.' },
    },
    slugField('title'),
    {
      name: 'summary',
      type: 'textarea',
      maxLength: 400,
      admin: { description: 'One or two sentences, shown in the list and under the title.' },
    },
    { name: 'body', type: 'richText', admin: { description: 'The ${n.labelSingular}’s page.' } },
  ],
}
`
}

function declaration(n) {
  const key = /-/.test(n.slug) ? `'${n.slug}'` : n.slug
  return `  ${key}: {
    label: '${n.Label}',
    listPath: '/${n.slug}',
    path: (slug: string) => \`/${n.slug}/\${seg(slug)}\`,
    drafts: true,
    // true once the website has app/preview/${n.slug}/[slug] (copy app/preview/services/[slug]).
    preview: false,
    sitemap: true,
    redirectTarget: true,
    // true adds the SEO plugin's fields: then add a migration and regenerate the types.
    seo: false,
    shows: [],
  },
`
}

function viewsFile(n) {
  return `import type { ContentClient, ContentTypeDocument } from '@resilient-mind/content'
import { contentTypes } from '@resilient-mind/content/content-types'
import Link from 'next/link'

import { ArticleBody } from '@/components/ArticleBody'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { EmptyState } from '@/components/EmptyState'
import { pageMetadata, type PageMetadata } from '@/seo/metadata'

/** ${n.Label}: what the list (/${n.slug}) and each page (/${n.slug}/<slug>) read and show. */
export type ${n.Singular} = ContentTypeDocument<'${n.slug}'>
const type = contentTypes['${n.slug}']

export type ${n.Plural}Data = { ${n.plural}: ${n.Singular}[] }

/**
 * Published ${n.label}, newest first. For content that depends on the date (say, upcoming
 * events only), filter here with \`where\`: the page is refreshed when one of them changes
 * and by its ISR timer, never when time passes (see docs/extending.md).
 */
export const load${n.Plural} = async (cms: ContentClient): Promise<${n.Plural}Data> => ({
  ${n.plural}: (await cms.list('${n.slug}', { limit: 100 })).docs,
})

export const ${n.plural}Metadata = (): PageMetadata =>
  pageMetadata({ title: type.label, description: null, path: type.listPath })

export const ${n.singular}Metadata = (${n.singular}: ${n.Singular}): PageMetadata =>
  pageMetadata({ title: ${n.singular}.title, description: ${n.singular}.summary, path: type.path(${n.singular}.slug ?? String(${n.singular}.id)) })

/** The list at /${n.slug}. */
export function ${n.Plural}List({ ${n.plural} }: ${n.Plural}Data) {
  return (
    <>
      <h1>{type.label}</h1>
      {${n.plural}.length === 0 ? (
        <EmptyState title="Nothing is listed here yet." />
      ) : (
        <ul className="card-list">
          {${n.plural}.map((${n.singular}) => (
            <li key={${n.singular}.id} className="card">
              <h2>
                <Link href={type.path(${n.singular}.slug ?? String(${n.singular}.id))}>{${n.singular}.title}</Link>
              </h2>
              {${n.singular}.summary && <p>{${n.singular}.summary}</p>}
            </li>
          ))}
        </ul>
      )}
    </>
  )
}

/** One ${n.labelSingular}'s page. */
export function ${n.Singular}View({ ${n.singular} }: { ${n.singular}: ${n.Singular} }) {
  return (
    <div className="narrow">
      <Breadcrumbs parent={{ href: type.listPath, label: type.label }} current={${n.singular}.title} />
      <h1>{${n.singular}.title}</h1>
      {${n.singular}.summary && <p className="lead">{${n.singular}.summary}</p>}
      <ArticleBody data={${n.singular}.body} />
    </div>
  )
}
`
}

function listPage(n) {
  return `import type { GetStaticProps } from 'next'

import { SitePage, type PageProps } from '@/components/SitePage'
import { cachedPage } from '@/lib/pagesRouter'
import { ${n.Plural}List, load${n.Plural}, ${n.plural}Metadata, type ${n.Plural}Data } from '@/${n.slug}/${n.Plural}Views'

/** The ${n.label} list (/${n.slug}): rendered on its first visit, refreshed when one of them changes. */
export const config = { unstable_runtimeJS: false }

export const getStaticProps: GetStaticProps = () => cachedPage(load${n.Plural})

export default function ${n.Plural}Page({ data, practice }: PageProps<${n.Plural}Data>) {
  return (
    <SitePage practice={practice} meta={${n.plural}Metadata()}>
      <${n.Plural}List {...data} />
    </SitePage>
  )
}
`
}

function detailPage(n) {
  return `import { contentTypes } from '@resilient-mind/content/content-types'
import type { GetStaticProps } from 'next'

import { SitePage, type PageProps } from '@/components/SitePage'
import { cachedPage, renderOnFirstVisit } from '@/lib/pagesRouter'
import { ${n.Singular}View, ${n.singular}Metadata, type ${n.Singular} } from '@/${n.slug}/${n.Plural}Views'

/** One ${n.labelSingular}'s page (/${n.slug}/<slug>); an old address of a renamed one redirects. */
export const config = { unstable_runtimeJS: false }

type Data = { ${n.singular}: ${n.Singular} }

export const getStaticPaths = renderOnFirstVisit

export const getStaticProps: GetStaticProps<object, { slug: string }> = ({ params }) =>
  cachedPage(async (cms) => {
    const ${n.singular} = await cms.document('${n.slug}', params!.slug)
    return ${n.singular} && { ${n.singular} }
  }, contentTypes['${n.slug}'].path(params!.slug))

export default function ${n.Singular}Page({ data: { ${n.singular} }, practice }: PageProps<Data>) {
  return (
    <SitePage practice={practice} meta={${n.singular}Metadata(${n.singular})}>
      <${n.Singular}View ${n.singular}={${n.singular}} />
    </SitePage>
  )
}
`
}

function cmsTest(n) {
  return `import type { Payload } from 'payload'

import type { Staff } from '../helpers/payload'
import { startStandInWebsite } from '../helpers/standInWebsite'

/**
 * ${n.Label}: who may read and write them (through the Local API with the caller's access), and
 * which of the website's pages a publish refreshes (its page, the list, the sitemap).
 */
let website: Awaited<ReturnType<typeof startStandInWebsite>>
let payload: Payload
let staff: Staff

beforeAll(async () => {
  // A stand-in website that records the paths the CMS announces.
  website = await startStandInWebsite()
  // Imported after the settings above, which the CMS reads once.
  const helpers = await import('../helpers/payload')
  payload = await helpers.startPayload()
  staff = await helpers.createStaff(payload)
})
afterAll(async () => {
  await payload.destroy()
  await website.close()
})

describe('${n.label}', () => {
  it('visitors read published ${n.label} only; staff read drafts too', async () => {
    await payload.create({ collection: '${n.slug}', data: { title: 'Published ${n.labelSingular}', _status: 'published' } })
    await payload.create({ collection: '${n.slug}', data: { title: 'Draft ${n.labelSingular}' }, draft: true })
    const titles = async (user?: Staff[keyof Staff]) =>
      (await payload.find({ collection: '${n.slug}', overrideAccess: false, user, draft: Boolean(user) })).docs
        .map((d) => d.title)
        .sort()
    expect(await titles()).toEqual(['Published ${n.labelSingular}'])
    expect(await titles(staff.author)).toEqual(['Draft ${n.labelSingular}', 'Published ${n.labelSingular}'])
  })

  it('editors and admins write; authors and visitors may not', async () => {
    const create = (user?: Staff[keyof Staff]) =>
      payload.create({ collection: '${n.slug}', data: { title: 'By someone' }, draft: true, overrideAccess: false, user })
    await expect(create()).rejects.toThrow()
    await expect(create(staff.author)).rejects.toThrow()
    const made = await create(staff.editor)
    expect(made.slug).toBe('by-someone')
    await expect(
      payload.delete({ collection: '${n.slug}', id: made.id, overrideAccess: false, user: staff.author }),
    ).rejects.toThrow()
    await payload.delete({ collection: '${n.slug}', id: made.id, overrideAccess: false, user: staff.admin })
  })

  it('publishing one refreshes its page, the list and the sitemap', async () => {
    await payload.jobs.run({ queue: 'announce', limit: 100 }) // what the tests above announced
    website.received.length = 0
    await payload.create({ collection: '${n.slug}', data: { title: 'Just published', _status: 'published' } })
    await payload.jobs.run({ queue: 'announce', limit: 100 })
    expect(website.received.flat()).toEqual(['/${n.slug}/just-published', '/${n.slug}', '/sitemap.xml'])
  })
})
`
}

function webTest(n) {
  return `import { render, screen } from '@testing-library/react'

import { ${n.Plural}List, ${n.Singular}View, type ${n.Singular} } from '@/${n.slug}/${n.Plural}Views'

import { doc, paragraph, text } from './lexical'

const ${n.singular} = (more: Partial<${n.Singular}> = {}) =>
  ({ id: 1, title: 'The first ${n.labelSingular}', slug: 'the-first-one', summary: 'In short.', updatedAt: '', createdAt: '', ...more }) as ${n.Singular}

describe('${n.label} on the website', () => {
  it('lists each ${n.labelSingular} with a link to its page', () => {
    render(<${n.Plural}List ${n.plural}={[${n.singular}()]} />)
    expect(screen.getByRole('heading', { level: 1, name: '${n.Label}' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'The first ${n.labelSingular}' })).toHaveAttribute('href', '/${n.slug}/the-first-one')
  })

  it('says so when there is nothing to list', () => {
    render(<${n.Plural}List ${n.plural}={[]} />)
    expect(screen.getByRole('status')).toHaveTextContent('Nothing is listed here yet.')
  })

  it('shows one ${n.labelSingular}: its title, summary and body, under the list in the breadcrumbs', () => {
    render(<${n.Singular}View ${n.singular}={${n.singular}({ body: doc(paragraph(text('All the details.'))) as never })} />)
    expect(screen.getByRole('heading', { level: 1, name: 'The first ${n.labelSingular}' })).toBeInTheDocument()
    expect(screen.getByText('All the details.')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: '${n.Label}' })).toHaveAttribute('href', '/${n.slug}')
  })
})
`
}

// ---- the edits to shared files ----------------------------------------------------------------

function edit(file, change) {
  const before = read(file)
  const after = change(before)
  if (after === before) fail(`could not find where to add the type in ${file}: add it by hand (docs/extending.md).`)
  fs.writeFileSync(at(file), after)
}

function write(file, content) {
  fs.mkdirSync(path.dirname(at(file)), { recursive: true })
  fs.writeFileSync(at(file), content)
  created.push(file)
}

/**
 * A command in this tree (`cwd` relative to it). Without npm's own variables: run from another
 * npm command, npm_config_local_prefix would point `npx`/`npm -w` at that command's tree.
 */
function run(cwd, command, args, env = {}) {
  console.log(`> (${cwd}) ${command} ${args.join(' ')}`)
  const clean = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('npm_')))
  execFileSync(command, args, { cwd: at(cwd), stdio: 'inherit', env: { ...clean, ...env } })
}

// ---- main -------------------------------------------------------------------------------------

const problems = problemsWith(name)
if (problems.length) fail(`cannot add "${name}":\n  ${problems.join('\n  ')}`)
const n = namesFor(name)
const created = []

write(`apps/cms/src/collections/${n.Plural}/index.ts`, collectionFile(n))
edit('apps/cms/src/payload.config.ts', (s) =>
  s
    .replace(
      /(import \{ \w+ \} from '\.\/collections\/\w+'\n)(?!import \{ \w+ \} from '\.\/collections)/,
      `$1import { ${n.Plural} } from './collections/${n.Plural}'\n`,
    )
    .replace(/collections: withRequestGuards\(\[([^\]]*)\]\)/, `collections: withRequestGuards([$1, ${n.Plural}])`),
)
const END_OF_DECLARATIONS = '\n} as const satisfies Record<string, ContentTypeDeclaration>'
edit('packages/content/src/contentTypes.ts', (s) =>
  s.replace(END_OF_DECLARATIONS, `\n${declaration(n)}${END_OF_DECLARATIONS.slice(1)}`),
)
write(`apps/web/src/${n.slug}/${n.Plural}Views.tsx`, viewsFile(n))
write(`apps/web/src/pages/${n.slug}/index.tsx`, listPage(n))
write(`apps/web/src/pages/${n.slug}/[slug].tsx`, detailPage(n))
write(`apps/cms/tests/integration/${n.slug}.test.ts`, cmsTest(n))
write(`apps/web/tests/${n.slug}.test.tsx`, webTest(n))

const edited = ['apps/cms/src/payload.config.ts', 'packages/content/src/contentTypes.ts']
const generated = migrationAndTypes(n)
if (generated) fail(generated)
run('.', 'npx', ['prettier', '--write', '--log-level', 'warn', ...created, ...edited])

console.log(`
Added the content type "${n.slug}". Created:
  ${created.join('\n  ')}
Changed:
  ${[...edited, 'apps/cms/src/migrations/sqlite/ (a new migration)', 'packages/content/src/payload-types.ts'].join('\n  ')}
Next: add its fields (then a migration and the types again), fill in the views, and read docs/extending.md.
Check: npm run lint && npm run typecheck && npm test -w cms -- tests/integration/${n.slug}.test.ts`)

/**
 * Runs Payload's CLI in apps/cms until `wrote()` sees its file, at most three times. Its exit
 * code and output do not prove it wrote anything: it sometimes exits 0 without having run at
 * all, more often on a busy machine (an open Payload bug, payloadcms/payload#16381 and #17757).
 * The files are what counts, so a developer never goes on without a migration or the types.
 */
function payloadCli(args, env, wrote) {
  for (let attempt = 1; attempt <= 3; attempt++) {
    run('apps/cms', 'npx', ['payload', ...args], env)
    if (wrote()) return true
    if (attempt < 3) console.warn(`payload ${args[0]} exited without writing its file; running it again.`)
  }
  return false
}

/** The new type's migration and the regenerated types; what went wrong, if anything. */
function migrationAndTypes(n) {
  // Migrations are generated, never pushed. migrate:create compares the config with the last
  // migration's snapshot and connects to no database; the throwaway settings keep the CLI from
  // touching the developer's data/ folder.
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'new-content-type-'))
  const env = {
    NODE_OPTIONS: '--no-deprecation',
    DATABASE_URI: `file:${path.join(scratch, 'schema.db')}`,
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? 'new-content-type-scratch-secret-0123456789',
  }
  const migrationName = `add_${n.slug.replace(/-/g, '_')}`
  const migrations = at('apps/cms/src/migrations/sqlite')
  const typesFile = at('packages/content/src/payload-types.ts')
  const wroteMigration = () => fs.readdirSync(migrations).some((f) => f.endsWith(`_${migrationName}.ts`))
  const wroteTypes = () => fs.readFileSync(typesFile, 'utf8').includes(`export interface ${n.Singular} {`)
  try {
    // The commands of docs/extending.md: cd apps/cms && npx payload migrate:create …; generate:types.
    if (!payloadCli(['migrate:create', migrationName], env, wroteMigration))
      return `payload migrate:create wrote no migration for "${n.slug}". Run it yourself: cd apps/cms && npx payload migrate:create ${migrationName}`
    if (!payloadCli(['generate:types'], env, wroteTypes))
      return `payload generate:types did not write the ${n.Singular} type. Run it yourself: npm run generate:types -w cms`
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true })
  }
  return undefined
}
