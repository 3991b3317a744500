import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const benchDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const rootDir = path.resolve(benchDir, '..')
export const dataDir = path.join(benchDir, '.data')
export const resultsFile = path.join(benchDir, 'results.json')

/** Ports of everything the benchmark starts (no other process on this machine uses them). */
export const PORTS = {
  cms: 3400,
  web: 3401,
  reference: 3402,
  nginxStatic: 3480,
  nginxMicroCache: 3481,
  nginxMicroCacheHop: 3482,
} as const
export const CMS = `http://127.0.0.1:${PORTS.cms}`
export const WEB = `http://127.0.0.1:${PORTS.web}`
export const REFERENCE = `http://127.0.0.1:${PORTS.reference}`

/** One page of each kind visitors read, scored by Lighthouse in the full run. */
export const LIGHTHOUSE_PAGES = [
  'home',
  'library',
  'topic',
  'search',
  'article',
  'author',
  'services',
  'service',
  'legal',
  'contact',
  'thanks',
  'notFound',
] as const
export type LighthousePageName = (typeof LIGHTHOUSE_PAGES)[number]

/**
 * Pages that lose Lighthouse points on purpose, and why. Their figures are reported as measured
 * (a miss stays a miss); the report names the reason beside the target.
 */
export const LIGHTHOUSE_BY_DESIGN: Partial<Record<LighthousePageName, string>> = {
  search: 'noindex on purpose (search results are not for search engines): SEO fails is-crawlable',
  thanks: 'noindex on purpose (a form confirmation): SEO fails is-crawlable',
  notFound: 'a 404 status and noindex on purpose: SEO fails http-status-code and is-crawlable',
}

export type Mode = {
  name: 'full' | 'smoke'
  articles: number
  /** Sequential requests per CMS REST measurement. */
  restRequests: number
  /**
   * Unmeasured requests of the same kind before each: the CMS was just started, and V8 runs a
   * code path unoptimised until it has run it many times.
   */
  restWarmup: number
  /** Seconds of load per page. */
  loadSeconds: number
  /** The page, its force-static reference and nginx take turns this many times within those seconds. */
  loadRounds: number
  connections: number
  /** Publish-to-visible repetitions. */
  publishRuns: number
  /** Lighthouse runs per page (the median performance run is kept); 0 skips Lighthouse. */
  lighthouseRuns: number
  lighthousePages: LighthousePageName[]
  /** Also Lighthouse on the force-static reference page of the article's size: what Next itself scores. */
  lighthouseReference: boolean
}

export const MODES: Record<Mode['name'], Mode> = {
  full: {
    name: 'full',
    articles: 10_000,
    restRequests: 500,
    restWarmup: 100,
    loadSeconds: 10,
    loadRounds: 4,
    connections: 50,
    publishRuns: 10,
    lighthouseRuns: 3,
    lighthousePages: [...LIGHTHOUSE_PAGES],
    lighthouseReference: true,
  },
  // For the test command: every section runs, quickly, so the harness cannot rot (Lighthouse once,
  // on the article). Its figures are not read: half a second of load shows the servers answer.
  smoke: {
    name: 'smoke',
    articles: 200,
    restRequests: 60,
    restWarmup: 10,
    loadSeconds: 0.5,
    loadRounds: 1,
    connections: 10,
    publishRuns: 3,
    lighthouseRuns: 1,
    lighthousePages: ['article'],
    lighthouseReference: false,
  },
}

/** The targets; the report says met or missed for each. */
export const TARGETS = {
  microCacheVsNginx: 0.9,
  restListP95Ms: 15,
  restSearchP95Ms: 20,
  cmsPeakMemoryMb: 300,
  searchPageP95Ms: 60,
  publishToVisibleMs: 2000,
  lighthouseScore: 100,
  articleFirstLoadJsGzipKb: 1,
} as const

/** The CMS's Node options in production: apps/cms's start script and docker-compose.yml. */
export const CMS_NODE_OPTIONS = '--no-deprecation --max-old-space-size=512'

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]
