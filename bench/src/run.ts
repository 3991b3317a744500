import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createContentClient } from '@resilient-mind/content'

import {
  benchDir,
  CMS,
  dataDir,
  PORTS,
  REFERENCE,
  resultsFile,
  rootDir,
  WEB,
  type LighthousePageName,
  type Mode,
  CMS_NODE_OPTIONS,
} from './config'
import { fixtureSlug } from './fixtures/content'
import { BENCH_EDITOR } from './fixtures/editor'
import { firstLoadJs, lighthousePages, type FirstLoadJs, type LighthousePage } from './measure/lighthouse'
import { get, recordingFetch, sequentialLatency, type LatencyResult } from './measure/latency'
import { loadSideBySide, type LoadResult } from './measure/load'
import { publishToVisible, type PublishResult } from './measure/publish'
import { microCacheConfig, startMicroCacheNginx, startStaticNginx } from './nginx'
import { assertPortFree, memoryWatch, run, startNext, tail, waitForHttp, type Server } from './servers'

export type RunOptions = {
  mode: Mode
  build: boolean
  lighthouse: boolean
  /** The SQLite file; defaults to bench/.data/bench-<articles>.db (kept, so a re-run skips the fixture fill). */
  dbFile?: string
}

export type PageName = 'library' | 'filtered' | 'search' | 'article'

type ReferenceLoad = LoadResult & { padChars: number; htmlBytes: number; typographic: boolean }

export type Results = {
  mode: Mode['name']
  startedAt: string
  machine: {
    cpus: number
    model: string
    memoryGb: number
    loadAverageAtStart: number[]
    loadAverageAtEnd: number[]
    node: string
  }
  fixtures: { articles: number; inserted: number; method: string; perArticleMs: number | null; insertSeconds: number }
  rest: Record<'list' | 'listByTopic' | 'bySlug' | 'search' | 'listDeepPage', LatencyResult>
  web: {
    connections: number
    seconds: number
    rounds: number
    pages: Record<
      PageName,
      { path: string; htmlBytes: number; next: LoadResult; forceStatic: ReferenceLoad; nginxStatic: LoadResult }
    >
    searchPageSequential: LatencyResult
    /** Next's x-nextjs-cache header on the second request for each cacheable page (HIT: from its page cache). */
    secondRequestCache: Record<string, string | null>
  }
  microCache: { config: string; pages: Record<PageName, LoadResult> }
  publishToVisible: PublishResult
  lighthouse: (
    { pages: (LighthousePage & { name: LighthousePageName })[]; forceStatic?: LighthousePage } | { skipped: string }
  ) & {
    articleFirstLoadJs: FirstLoadJs
    forceStaticFirstLoadJs: FirstLoadJs
  }
  memory: Record<'cms' | 'web', { peakRssMb: number; vmHwmMb: number }>
  durationSeconds: number
}

const SEARCH_WORDS = [
  'trust',
  'anger',
  'boundaries',
  'sleep',
  'shame',
  'grief',
  'partner',
  'recovery',
  'counsellor',
  'promises',
  'discovery',
  'hope',
  'conversation',
  'courage',
  'routines',
]

/** Distinct searches, so each request misses the web's cache and asks the CMS's search. */
function searchQueries(): string[] {
  const out = [...SEARCH_WORDS]
  for (const a of SEARCH_WORDS) for (const b of SEARCH_WORDS) if (a < b) out.push(`${a} ${b}`)
  return out
}

async function json<T>(url: string): Promise<T> {
  const res = await fetch(url)
  if (!res.ok) throw new Error(`${url} answered ${res.status}: ${(await res.text()).slice(0, 300)}`)
  return (await res.json()) as T
}

async function html(url: string): Promise<Buffer> {
  const res = await fetch(url)
  if (!res.ok) throw new Error(`${url} answered ${res.status}`)
  return Buffer.from(await res.arrayBuffer())
}

/** Whether a page has characters outside Latin-1 (typographic quotes, ellipses…), which Node sends more slowly. */
const beyondLatin1 = (page: Buffer) => /[^\u0000-\u00ff]/.test(page.toString('utf8'))

/**
 * A reference page like the target: the same HTML size within 0.5% and, when the target has
 * characters outside Latin-1, typographic punctuation too (see reference/lib/padText.js).
 * /pad/ is the App Router's force-static page.
 */
async function calibrateReference(
  target: Buffer,
  prefix: '/pad/',
): Promise<{ path: string; chars: number; bytes: number; typographic: boolean }> {
  const typographic = beyondLatin1(target)
  const pathFor = (n: number) => `${prefix}${n}${typographic ? '-typographic' : ''}`
  // Bytes per character differ by router (the App Router page carries its text twice: HTML and
  // RSC data), so each step uses the slope measured between the last two tries (secant method).
  let chars = Math.max(0, Math.round(target.length / 2.1))
  let bytes = (await html(`${REFERENCE}${pathFor(chars)}`)).length
  let slope = 2.05
  for (let i = 0; i < 6 && Math.abs(bytes - target.length) > target.length * 0.005; i++) {
    const next = Math.max(0, chars + Math.round((target.length - bytes) / slope))
    if (next === chars) break
    const nextBytes = (await html(`${REFERENCE}${pathFor(next)}`)).length
    if (nextBytes !== bytes) slope = (nextBytes - bytes) / (next - chars)
    ;[chars, bytes] = [next, nextBytes]
  }
  return { path: pathFor(chars), chars, bytes, typographic }
}

export async function runBenchmark(opts: RunOptions): Promise<Results> {
  const log = console.log
  const { mode } = opts
  const began = Date.now()
  const startedAt = new Date().toISOString()
  const loadAtStart = os.loadavg().map((l) => Math.round(l * 100) / 100)
  fs.mkdirSync(dataDir, { recursive: true })
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), `bench-${mode.name}-`))
  fs.chmodSync(runDir, 0o755) // nginx's workers run as another user and read the pages from here
  const dbFile = opts.dbFile ?? path.join(dataDir, `bench-${mode.articles}.db`)
  const secret = randomBytes(24).toString('hex')
  const servers: Server[] = []

  try {
    for (const [name, port] of Object.entries(PORTS)) await assertPortFree(port, name)
    if (opts.build) {
      log('Building the CMS, the website and the force-static reference (turbo; cached when nothing changed)...')
      run('npx', ['turbo', 'run', 'build', '--filter=cms', '--filter=web', '--filter=bench'], { cwd: rootDir })
    }

    // 1. Fixtures, through Payload's Local API in a process of their own.
    log(`Fixtures: ${mode.articles} articles in ${dbFile}`)
    const cmsEnv = {
      DATABASE_URI: `file:${dbFile}`,
      PAYLOAD_SECRET: 'bench-payload-secret-0123456789abcdefghij',
      ADMIN_EMAIL: 'bench-admin@example.com',
      ADMIN_PASSWORD: 'bench-admin-password-0123',
      SEED_ON_START: 'true',
      LOG_LEVEL: 'info',
      MEDIA_DIR: path.join(runDir, 'media'),
      CMS_PUBLIC_URL: `http://localhost:${PORTS.cms}`,
      WEB_PUBLIC_URL: `http://localhost:${PORTS.web}`,
      WEB_REVALIDATE_URL: `${WEB}/api/revalidate`,
      REVALIDATE_SECRET: secret,
    }
    const fixtureLog = path.join(runDir, 'fixtures.log')
    run(
      process.execPath,
      [
        '--no-deprecation',
        path.join(rootDir, 'node_modules/tsx/dist/cli.mjs'),
        path.join(benchDir, 'src/fixtures/generate.ts'),
        String(mode.articles),
        `--summary=${fixtureLog}`,
      ],
      // --conditions=production in NODE_OPTIONS (so tsx's child gets it too): Lexical's Node entry
      // re-exports through a top-level await that Node 20 sometimes never settles (as for the seed).
      {
        cwd: path.join(rootDir, 'apps/cms'),
        env: { ...cmsEnv, NODE_ENV: 'production', NODE_OPTIONS: '--no-deprecation --conditions=production' },
      },
    )
    const fixtures = JSON.parse(fs.readFileSync(fixtureLog, 'utf8')) as {
      inserted: number
      method: string
      perArticleMs: number | null
      insertMs: number
    }

    // 2. The built apps and the reference, each on the bench's ports.
    // Node's options as apps/cms's start script and docker-compose.yml give them (the heap limit).
    const cms = startNext(
      'cms',
      path.join(rootDir, 'apps/cms'),
      PORTS.cms,
      { ...cmsEnv, NODE_OPTIONS: CMS_NODE_OPTIONS },
      path.join(runDir, 'cms.log'),
    )
    servers.push(cms)
    const memory = memoryWatch([cms])
    await waitForHttp(cms, `${CMS}/api/globals/practice`)
    const web = startNext(
      'web',
      path.join(rootDir, 'apps/web'),
      PORTS.web,
      {
        CMS_INTERNAL_URL: CMS,
        CMS_PUBLIC_URL: `http://localhost:${PORTS.cms}`,
        WEB_PUBLIC_URL: `http://localhost:${PORTS.web}`,
        REVALIDATE_SECRET: secret,
        // Pages and data cached in memory only: nothing from an earlier run with another database.
        WEB_CACHE_ON_DISK: 'false',
      },
      path.join(runDir, 'web.log'),
    )
    servers.push(web)
    await waitForHttp(web, `${WEB}/robots.txt`)
    // The pages at fixed addresses were prerendered while building, without the CMS: render them
    // now that it is up, as a deployment does (docs/deploy.md).
    const warm = await fetch(`${WEB}/api/revalidate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      body: JSON.stringify({ paths: ['/', '/resources', '/services', '/contact/thanks'] }),
    })
    if (!warm.ok) throw new Error(`The website did not render its fixed pages: ${warm.status} ${await warm.text()}`)
    // No pages left from an earlier run's files (see reference/next.config.mjs).
    fs.rmSync(path.join(benchDir, 'reference/.next/server/route-cache'), { recursive: true, force: true })
    const reference = startNext(
      'reference',
      path.join(benchDir, 'reference'),
      PORTS.reference,
      {},
      path.join(runDir, 'reference.log'),
    )
    servers.push(reference)
    await waitForHttp(reference, `${REFERENCE}/pad/10`)
    memory.add(web)

    // What the pages are about.
    const topics = (
      await json<{ docs: { id: number; slug: string }[] }>(`${CMS}/api/topics?limit=100&depth=0&sort=title`)
    ).docs
    const topic = topics[0]
    const author = (
      await json<{ docs: { id: number }[] }>(
        `${CMS}/api/authors?where[slug][equals]=fixture-author-avery&limit=1&depth=0`,
      )
    ).docs[0]
    const service = (
      await json<{ docs: { slug: string }[] }>(
        `${CMS}/api/services?limit=1&depth=0&sort=title&where[_status][equals]=published`,
      )
    ).docs[0]
    if (!topic || !author || !service)
      throw new Error('The fixture database has no topics, fixture authors or services')
    const articleSlug = fixtureSlug(Math.max(1, Math.floor(mode.articles / 2)))
    const slugs = Array.from({ length: 97 }, (_, i) => fixtureSlug(1 + ((i * 7919) % mode.articles)))

    // 3. (a) CMS REST, one request at a time, asked exactly as the website asks (its content client).
    log('CMS REST latency...')
    const queries = searchQueries()
    const rec = recordingFetch()
    const client = createContentClient({ baseUrl: CMS, fetch: rec.fetch })
    const n = mode.restRequests
    const w = mode.restWarmup
    const rest = {
      list: await sequentialLatency(() => rec.through(client.articles({ limit: 12 })), n, w),
      listByTopic: await sequentialLatency(() => rec.through(client.articles({ limit: 12, topicId: topic.id })), n, w),
      bySlug: await sequentialLatency((i) => rec.through(client.article(slugs[i % slugs.length])), n, w),
      search: await sequentialLatency((i) => rec.through(client.search({ q: queries[i % queries.length] })), n, w),
      listDeepPage: await sequentialLatency(
        () => rec.through(client.articles({ limit: 12, page: Math.max(1, Math.floor(mode.articles / 12 / 2)) })),
        Math.min(n, 100),
        w,
      ),
    }

    // 4. (b) The website under load, beside the force-static reference and nginx with the same bytes.
    const pagePaths: Record<PageName, string> = {
      library: '/resources',
      filtered: `/topics/${topic.slug}`,
      search: '/search?q=rebuilding+trust',
      article: `/resources/${articleSlug}`,
    }
    const bodies = {} as Record<PageName, Buffer>
    for (const [name, p] of Object.entries(pagePaths) as [PageName, string][]) {
      await html(`${WEB}${p}`) // the first visit renders and caches
      bodies[name] = await html(`${WEB}${p}`)
    }
    // Every cacheable page is served from Next's page cache from its second request on.
    const fromCache = {} as Record<string, string | null>
    for (const p of [
      '/',
      '/services',
      `/services/${service.slug}`,
      `/authors/fixture-author-avery`,
      '/legal/privacy',
      '/contact/thanks',
      ...Object.values(pagePaths),
    ]) {
      if (p.startsWith('/search')) continue // a search is rendered per request
      await fetch(`${WEB}${p}`)
      fromCache[p] = (await fetch(`${WEB}${p}`)).headers.get('x-nextjs-cache')
    }
    const nginxStatic = await startStaticNginx(path.join(runDir, 'nginx-static'), PORTS.nginxStatic, bodies)
    servers.push(nginxStatic)
    // (c) The production micro-cache in front of the website, measured in the same turns as
    // nginx sending the same bytes from disk: measured minutes apart on a shared machine, the
    // two saw different background load and their ratio said more about the neighbours.
    const microCacheNginx = await startMicroCacheNginx(
      {
        dir: path.join(runDir, 'nginx-microcache'),
        port: PORTS.nginxMicroCache,
        hopPort: PORTS.nginxMicroCacheHop,
        webUpstream: `127.0.0.1:${PORTS.web}`,
        cmsUpstream: `127.0.0.1:${PORTS.cms}`,
      },
      '/resources',
    )
    servers.push(microCacheNginx)
    const microCachePages = {} as Record<PageName, LoadResult>

    const webPages = {} as Results['web']['pages']
    for (const [name, p] of Object.entries(pagePaths) as [PageName, string][]) {
      log(`Load: ${name} (${p}), ${bodies[name].length} bytes`)
      const pad = await calibrateReference(bodies[name], '/pad/')
      const [next, forceStatic, ceiling, microCache] = await loadSideBySide(
        [
          `${WEB}${p}`,
          `${REFERENCE}${pad.path}`,
          `http://127.0.0.1:${PORTS.nginxStatic}/${name}`,
          `http://127.0.0.1:${PORTS.nginxMicroCache}${p}`,
        ],
        mode.loadSeconds,
        mode.connections,
        mode.loadRounds,
      )
      const reference = (load: LoadResult, at: typeof pad): ReferenceLoad => ({
        ...load,
        padChars: at.chars,
        htmlBytes: at.bytes,
        typographic: at.typographic,
      })
      webPages[name] = {
        path: p,
        htmlBytes: bodies[name].length,
        next,
        forceStatic: reference(forceStatic, pad),
        nginxStatic: ceiling,
      }
      microCachePages[name] = microCache
    }
    const microCache: Results['microCache'] = {
      config: path.relative(rootDir, microCacheConfig()),
      pages: microCachePages,
    }
    log('Search results page latency, one distinct search at a time...')
    const searchPageSequential = await sequentialLatency(
      (i) => get(`${WEB}/search?q=${encodeURIComponent(queries[(i + 7) % queries.length])}`)(),
      Math.min(mode.restRequests, queries.length),
      0,
    )

    // 6. (d) Publish to visible.
    log('Publish to visible...')
    const publish = await publishToVisible({
      cms: CMS,
      web: WEB,
      editor: BENCH_EDITOR,
      authorId: author.id,
      topicId: topic.id,
      runs: mode.publishRuns,
    })

    // 7. (e) Lighthouse (mobile) and the article's first-load JavaScript.
    // The reference page has no component of its own: its JavaScript is Next's and React's floor.
    const js = {
      articleFirstLoadJs: await firstLoadJs(`${WEB}${pagePaths.article}`),
      forceStaticFirstLoadJs: await firstLoadJs(`${REFERENCE}/pad/10`),
    }
    let lighthouse: Results['lighthouse']
    if (!opts.lighthouse || mode.lighthouseRuns === 0) {
      lighthouse = { skipped: opts.lighthouse ? `not run in ${mode.name} mode` : 'turned off (--no-lighthouse)', ...js }
    } else {
      log(`Lighthouse, ${mode.lighthouseRuns} runs per page...`)
      const lhBase = `http://localhost:${PORTS.web}`
      const lhPaths: Record<LighthousePageName, string> = {
        home: '/',
        library: '/resources',
        article: pagePaths.article,
        author: '/authors/fixture-author-avery',
        service: `/services/${service.slug}`,
        services: '/services',
        topic: pagePaths.filtered,
        search: pagePaths.search,
        contact: '/contact',
        legal: '/legal/privacy',
        thanks: '/contact/thanks',
        notFound: '/no-page-at-this-address',
      }
      const notFound = await fetch(`${WEB}${lhPaths.notFound}`)
      if (notFound.status !== 404) throw new Error(`${lhPaths.notFound} answered ${notFound.status}, not 404`)
      const names = mode.lighthousePages.filter((p) => p !== 'notFound')
      const pages = [
        ...(
          await lighthousePages(
            names.map((p) => `${lhBase}${lhPaths[p]}`),
            mode.lighthouseRuns,
          )
        ).map((page, i) => ({ ...page, name: names[i] })),
        // The 404 page, which Lighthouse scores only when told that the status is expected.
        ...(mode.lighthousePages.includes('notFound')
          ? (
              await lighthousePages([`${lhBase}${lhPaths.notFound}`], mode.lighthouseRuns, { ignoreStatusCode: true })
            ).map((page) => ({ ...page, name: 'notFound' as const }))
          : []),
      ]
      // The same runs on the reference page of the article's size: a page with no code of its
      // own, so whatever it loses is Next's and React's runtime, not this site.
      const referencePath = new URL(webPages.article.forceStatic.url).pathname
      const forceStatic = mode.lighthouseReference
        ? (await lighthousePages([`http://localhost:${PORTS.reference}${referencePath}`], mode.lighthouseRuns))[0]
        : undefined
      lighthouse = { pages, forceStatic, ...js }
    }

    // 8. (f) Peak memory over all of the above.
    const mem = memory.stop()
    return {
      mode: mode.name,
      startedAt,
      machine: {
        cpus: os.cpus().length,
        model: os.cpus()[0]?.model ?? 'unknown',
        memoryGb: Math.round(os.totalmem() / 1024 ** 3),
        loadAverageAtStart: loadAtStart,
        loadAverageAtEnd: os.loadavg().map((l) => Math.round(l * 100) / 100),
        node: process.version,
      },
      fixtures: {
        articles: mode.articles,
        inserted: fixtures.inserted,
        method: fixtures.method,
        perArticleMs: fixtures.perArticleMs,
        insertSeconds: Math.round(fixtures.insertMs / 1000),
      },
      rest,
      web: {
        connections: mode.connections,
        seconds: mode.loadSeconds,
        rounds: mode.loadRounds,
        pages: webPages,
        searchPageSequential,
        secondRequestCache: fromCache,
      },
      microCache,
      publishToVisible: publish,
      lighthouse,
      memory: { cms: mem.cms, web: mem.web },
      durationSeconds: Math.round((Date.now() - began) / 1000),
    }
  } catch (err) {
    for (const s of servers) log(`--- ${s.name} log (${s.log}):\n${tail(s.log)}`)
    throw err
  } finally {
    for (const s of servers.reverse()) await s.stop()
    if (!process.env.BENCH_KEEP_LOGS) fs.rmSync(runDir, { recursive: true, force: true })
  }
}

export function writeResults(results: Results, file = resultsFile) {
  fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`)
}
