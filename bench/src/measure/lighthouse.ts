import { gzipSync } from 'node:zlib'

import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

import { CHROMIUM, CHROMIUM_FLAGS } from '../config'
import { median } from '../stats'

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
type Category = (typeof CATEGORIES)[number]

export type LighthousePage = {
  url: string
  runs: number
  scores: Record<Category, number>
  metrics: { fcpMs: number; lcpMs: number; tbtMs: number; cls: number; speedIndexMs: number }
  /** Audits that cost points, per category, so a score below 100 says why. */
  failing: Record<Category, string[]>
  /** What the browser logged as errors (a 404 for /favicon.ico, say). */
  consoleErrors: string[]
}

/**
 * Lighthouse 12.8.2 with its default (mobile) settings: a Moto G Power sized screen and
 * simulated slow 4G with a 4x slower CPU, in Debian's Chromium. Runs each page `runs` times
 * and keeps the run with the median performance score (the method Lighthouse recommends).
 */
export async function lighthousePages(
  urls: string[],
  runs: number,
  /** For a page that answers a 404 on purpose: Lighthouse otherwise refuses to score it. */
  opts: { ignoreStatusCode?: boolean } = {},
): Promise<LighthousePage[]> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_FLAGS, logLevel: 'silent' })
  try {
    const out: LighthousePage[] = []
    for (const url of urls) {
      const lhrs = []
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...CATEGORIES],
          ignoreStatusCode: opts.ignoreStatusCode,
        })
        if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
        if (result.lhr.runtimeError)
          throw new Error(`Lighthouse could not load ${url}: ${result.lhr.runtimeError.message}`)
        lhrs.push(result.lhr)
      }
      const perf = lhrs.map((l) => l.categories.performance.score ?? 0)
      const mid = median(perf)
      const lhr = lhrs.reduce((best, l) =>
        Math.abs((l.categories.performance.score ?? 0) - mid) < Math.abs((best.categories.performance.score ?? 0) - mid)
          ? l
          : best,
      )
      const num = (id: string) => Math.round(Number(lhr.audits[id]?.numericValue ?? NaN))
      out.push({
        url,
        runs,
        scores: Object.fromEntries(
          CATEGORIES.map((c) => [c, Math.round((lhr.categories[c].score ?? 0) * 100)]),
        ) as Record<Category, number>,
        metrics: {
          fcpMs: num('first-contentful-paint'),
          lcpMs: num('largest-contentful-paint'),
          tbtMs: num('total-blocking-time'),
          cls: Math.round(Number(lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN) * 1000) / 1000,
          speedIndexMs: num('speed-index'),
        },
        failing: Object.fromEntries(
          CATEGORIES.map((c) => [
            c,
            lhr.categories[c].auditRefs
              .filter(
                (ref) =>
                  ref.weight > 0 &&
                  (lhr.audits[ref.id]?.score ?? 1) < 1 &&
                  lhr.audits[ref.id]?.scoreDisplayMode !== 'notApplicable',
              )
              .map((ref) => `${ref.id} (${lhr.audits[ref.id]?.score})`),
          ]),
        ) as Record<Category, string[]>,
        consoleErrors: (
          (
            lhr.audits['errors-in-console']?.details as
              { items?: { description?: string; sourceLocation?: { url?: string } }[] } | undefined
          )?.items ?? []
        ).map((i) => `${i.description ?? ''}${i.sourceLocation?.url ? ` (${i.sourceLocation.url})` : ''}`),
      })
    }
    return out
  } finally {
    chrome.kill()
  }
}

export type FirstLoadJs = {
  url: string
  /** <script src> files a current browser loads. */
  scripts: number
  rawKb: number
  /** Those files, plus the inline scripts, gzipped: what the target is about. */
  gzipKb: number
  files: { src: string; gzipBytes: number }[]
  /** Inline scripts that run (not JSON data such as JSON-LD): their count and gzipped size. */
  inlineScripts: number
  inlineGzipKb: number
  /** noModule scripts (polyfills): only browsers without ES modules load them, so they are listed apart. */
  legacyGzipKb: number
}

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10

/**
 * The JavaScript a first visit to the page downloads in a current browser: every
 * <script src> in its HTML (Next's runtime, React and the page's chunks), each gzipped at the
 * default level as `next start` compresses it, and the inline scripts that run (on an App
 * Router page mostly its RSC data; on every page the quick-exit script), gzipped together.
 * JSON data (JSON-LD) is not code and is left out; noModule polyfills are counted apart
 * (modern browsers skip them).
 */
export async function firstLoadJs(url: string): Promise<FirstLoadJs> {
  const html = await (await fetch(url)).text()
  const tags = [...html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"[^>]*>/g)]
  const seen = new Set<string>()
  const files = []
  let raw = 0
  let legacy = 0
  for (const [tag, rawSrc] of tags) {
    const src = rawSrc.replace(/&amp;/g, '&')
    if (seen.has(src)) continue
    seen.add(src)
    const res = await fetch(new URL(src, url))
    if (!res.ok) throw new Error(`${src} answered ${res.status}`)
    const body = Buffer.from(await res.arrayBuffer())
    const gzipBytes = gzipSync(body).length
    if (/\snomodule/i.test(tag)) {
      legacy += gzipBytes
      continue
    }
    raw += body.length
    files.push({ src, gzipBytes })
  }
  const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(
      ([, attrs, code]) =>
        !/\ssrc=/.test(attrs) && !/\stype="application\/(ld\+)?json"/.test(attrs) && code.trim() !== '',
    )
    .map(([, , code]) => code)
  const inlineBytes = inline.length ? gzipSync(Buffer.from(inline.join('\n'))).length : 0
  const gzip = files.reduce((s, f) => s + f.gzipBytes, 0) + inlineBytes
  return {
    url,
    scripts: files.length,
    rawKb: kb(raw),
    gzipKb: kb(gzip),
    files,
    inlineScripts: inline.length,
    inlineGzipKb: kb(inlineBytes),
    legacyGzipKb: kb(legacy),
  }
}
