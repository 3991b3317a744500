import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { contentSecurityPolicy } from './src/security/contentSecurityPolicy.mjs'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The Docker image's self-contained server (.next/standalone): only when the Dockerfile asks
  // (NEXT_OUTPUT=standalone), since `next start` (npm start, the tests) warns on that output.
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  outputFileTracingRoot: path.join(dirname, '../..'),
  poweredByHeader: false,
  transpilePackages: ['@resilient-mind/content'],
  // Several web processes (replicas behind one proxy) share one page cache when
  // WEB_SHARED_CACHE_DIR names a folder they all mount: then a page refreshed by one is what all
  // serve, and none keeps a private copy in memory. Off by default: one process needs neither.
  // Read when the site is built and when `next start` starts (the standalone server keeps the
  // build's value): see docs/deploy.md.
  ...(process.env.WEB_SHARED_CACHE_DIR && {
    cacheHandler: path.join(dirname, 'src/cache/sharedCacheHandler.mjs'),
    cacheMaxMemorySize: 0,
  }),
  // `next build` would type-check the project again: turbo runs this workspace's `typecheck`
  // (next typegen, then tsc over the same tsconfig, tests included) before every build, and in
  // CI that result is the one `npm run typecheck` cached (turbo.json: build dependsOn typecheck).
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // Turbopack's build cache (.next/cache) only pays off on the next build in the same folder;
    // a CI run builds once in a fresh clone, so writing it there is work thrown away.
    turbopackFileSystemCacheForBuild: !process.env.CI,
    // Read when the server starts: WEB_CACHE_ON_DISK=false keeps the page and data cache in
    // memory only, so a test run against a fresh database never sees an earlier run's pages.
    isrFlushToDisk: process.env.WEB_CACHE_ON_DISK !== 'false',
  },
  // Uploads are served through this site (/media/…), so next/image treats them as local files
  // and a visitor's browser never talks to another host.
  images: { localPatterns: [{ pathname: '/media/**' }], formats: ['image/webp'] },
  // Browsers that ask for /favicon.ico anyway get the site icon (app/icon.svg), not a 404.
  redirects: async () => [{ source: '/favicon.ico', destination: '/icon.svg', permanent: true }],
  // Fixed when the site is built (next start serves the build's list), so nothing here depends
  // on a setting: what editors see in draft mode gets its own policy from proxy.ts.
  headers: async () => [
    {
      source: '/:path*',
      missing: [{ type: 'cookie', key: '__prerender_bypass' }],
      headers: [
        {
          key: 'Content-Security-Policy',
          value: contentSecurityPolicy({ dev: process.env.NODE_ENV === 'development' }),
        },
      ],
    },
    {
      source: '/:path*',
      headers: [
        { key: 'Referrer-Policy', value: 'same-origin' },
        { key: 'X-Content-Type-Options', value: 'nosniff' },
        { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
      ],
    },
  ],
}

export default nextConfig
