/**
 * Runs the benchmark harness end to end in smoke mode (200 fixture articles on a fresh SQLite
 * file, about a second per measurement) against the built apps, exactly as
 * `npm run bench -- --smoke --no-build` does, and checks that every section of
 * results.json holds plausible figures. Speed targets are reported by the benchmark, not
 * asserted here: this test only keeps the harness from rotting.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const benchDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const rootDir = path.resolve(benchDir, '..')

type Latency = { requests: number; p50: number; p95: number; p99: number; errors: number; bytes: number }
type Load = { reqPerSec: number; p50: number; p99: number; errors: number; non2xx: number; totalRequests: number }
let results: any
let output = ''
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-smoke-test-'))
const outFile = path.join(outDir, 'results.json')

beforeAll(() => {
  const run = spawnSync(
    process.execPath,
    [
      '--no-deprecation',
      path.join(rootDir, 'node_modules/tsx/dist/cli.mjs'),
      'src/cli.ts',
      '--smoke',
      '--no-build',
      `--out=${outFile}`,
    ],
    { cwd: benchDir, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' }, maxBuffer: 64 * 1024 * 1024 },
  )
  output = `${run.stdout}\n${run.stderr}`
  if (run.status !== 0) throw new Error(`The smoke benchmark failed (exit ${run.status}):\n${output.slice(-6000)}`)
  results = JSON.parse(fs.readFileSync(outFile, 'utf8'))
})

afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }))

const saneLatency = (l: Latency, requests: number) => {
  expect(l.requests).toBe(requests)
  expect(l.errors).toBe(0)
  expect(l.bytes).toBeGreaterThan(100)
  expect(l.p50).toBeGreaterThan(0)
  expect(l.p50).toBeLessThanOrEqual(l.p95)
  expect(l.p95).toBeLessThanOrEqual(l.p99)
  expect(l.p99).toBeLessThan(30_000)
}

const saneLoad = (l: Load) => {
  expect(l.totalRequests).toBeGreaterThan(0)
  expect(l.reqPerSec).toBeGreaterThan(0)
  expect(l.errors).toBe(0)
  expect(l.non2xx).toBe(0)
  expect(l.p50).toBeLessThanOrEqual(l.p99)
}

test('inserts 200 fixture articles into a fresh database through the Local API', () => {
  expect(results.mode).toBe('smoke')
  expect(results.fixtures).toMatchObject({ articles: 200, inserted: 200 })
  expect(results.fixtures.method).toMatch(/Local API/)
  expect(output).toMatch(/Fixture articles \[#+\] 200\/200/)
})

test('(a) measures CMS REST latency for the list, the topic filter, one article and search', () => {
  for (const key of ['list', 'listByTopic', 'bySlug', 'search']) saneLatency(results.rest[key], 60)
})

test('(b) loads four website pages beside a same-size force-static page and nginx with the same bytes, and finds every cacheable page in the page cache on its second request', () => {
  expect(Object.keys(results.web.pages).sort()).toEqual(['article', 'filtered', 'library', 'search'])
  type Reference = Load & { htmlBytes: number }
  for (const page of Object.values(results.web.pages) as {
    htmlBytes: number
    next: Load
    forceStatic: Reference
    nginxStatic: Load
  }[]) {
    expect(page.htmlBytes).toBeGreaterThan(2000)
    saneLoad(page.next)
    saneLoad(page.forceStatic)
    saneLoad(page.nginxStatic)
    // "Of the same size": each calibrated reference page is within 1% of the website's page.
    expect(Math.abs(page.forceStatic.htmlBytes - page.htmlBytes) / page.htmlBytes).toBeLessThan(0.01)
  }
  expect(Object.keys(results.web.secondRequestCache)).toEqual(
    expect.arrayContaining(['/', '/resources', '/legal/privacy']),
  )
  // Not a speed figure but behaviour: a cached page's second request never renders.
  for (const [page, header] of Object.entries(results.web.secondRequestCache))
    expect({ page, header }).toEqual({ page, header: 'HIT' })
  saneLatency(results.web.searchPageSequential, results.web.searchPageSequential.requests)
  expect(results.web.searchPageSequential.requests).toBeGreaterThanOrEqual(30)
})

test('(c) measures the production nginx micro-cache (deploy/nginx/templates)', () => {
  expect(results.microCache.config).toBe('deploy/nginx/templates/default.conf.template')
  expect(fs.existsSync(path.join(rootDir, results.microCache.config))).toBe(true)
  for (const page of Object.values(results.microCache.pages) as Load[]) saneLoad(page)
})

test('(d) publishes through the REST API and times until the website shows the title', () => {
  const p = results.publishToVisible
  expect(p.runs).toHaveLength(3)
  for (const ms of p.runs) expect(ms).toBeGreaterThan(0)
  expect(p.medianMs).toBeGreaterThan(0)
  expect(p.medianMs).toBeLessThan(60_000)
})

test('(e) runs Lighthouse on the article and measures its first-load JavaScript beside the framework floor', () => {
  const js = results.lighthouse.articleFirstLoadJs
  const floor = results.lighthouse.forceStaticFirstLoadJs
  // The article sends no script files, only the inline quick-exit script (under 1 KB gzipped).
  expect(js.scripts).toBe(0)
  expect(js.inlineScripts).toBe(1)
  expect(js.inlineGzipKb).toBeGreaterThan(0)
  expect(js.gzipKb).toBe(js.inlineGzipKb)
  expect(js.gzipKb).toBeLessThan(1)
  // The App Router page it is measured against loads Next's and React's runtime.
  expect(floor.scripts).toBeGreaterThan(0)
  expect(floor.gzipKb).toBeGreaterThan(100)
  expect(floor.gzipKb).toBeLessThan(floor.rawKb)
  expect(results.lighthouse.pages).toHaveLength(1)
  const [page] = results.lighthouse.pages
  expect(new URL(page.url).pathname).toMatch(/^\/resources\/fixture-article-/)
  expect(Object.keys(page.scores).sort()).toEqual(['accessibility', 'best-practices', 'performance', 'seo'])
  for (const score of Object.values(page.scores) as number[]) {
    expect(score).toBeGreaterThan(0)
    expect(score).toBeLessThanOrEqual(100)
  }
  expect(page.metrics.lcpMs).toBeGreaterThan(0)
})

test('(f) records the peak memory of the cms and web servers', () => {
  for (const server of ['cms', 'web']) {
    expect(results.memory[server].peakRssMb).toBeGreaterThan(50)
    expect(results.memory[server].vmHwmMb).toBeGreaterThanOrEqual(results.memory[server].peakRssMb * 0.9)
  }
})

test('prints the results table with every target marked met, missed or not measured', () => {
  expect(output).toMatch(/\(a\) CMS REST/)
  expect(output).toMatch(/\(f\) Peak memory/)
  expect(results.targets.length).toBeGreaterThanOrEqual(9)
  expect(results.targets.map((t: { target: string }) => t.target)).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^REST search p95 < 20 ms/),
      expect.stringMatching(/^CMS peak memory < 300 MB/),
    ]),
  )
  for (const t of results.targets) expect([true, false, null]).toContain(t.met)
})
