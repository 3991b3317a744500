import { z } from 'zod'

import { parseProxyRange, type ProxyRange } from '@/inquiry/proxyRange'

import { DEFAULT_WEB_PUBLIC_URL } from './publicUrl'

/**
 * The website's settings, read from the environment when first needed and checked once at
 * start-up (instrumentation.ts). A bad value stops the server with a message naming it.
 */
// http(s) only: zod's plain url() also takes "cms:3000", a URL whose scheme is "cms".
const url = (example: string) => z.url({ protocol: /^https?$/, error: `must be a full URL such as ${example}` })

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** Where this server reaches the CMS (inside a Docker network, say). */
  CMS_INTERNAL_URL: url('http://localhost:3000').default('http://localhost:3000'),
  /** Where an editor's browser reaches the CMS (live preview talks to it). */
  CMS_PUBLIC_URL: url('http://localhost:3000').default('http://localhost:3000'),
  /** This site's public address: canonical URLs, sitemap, feed, Open Graph. */
  WEB_PUBLIC_URL: url(DEFAULT_WEB_PUBLIC_URL).default(DEFAULT_WEB_PUBLIC_URL),
  /** Shared with the CMS: it must send this to /api/revalidate. */
  REVALIDATE_SECRET: z.string().min(16, 'must be at least 16 characters (try: openssl rand -hex 32)').optional(),
  /** Server-only: the CMS API key of the "website form" account, which may only create inquiries. */
  INQUIRY_API_KEY: z.string().min(32, 'must be at least 32 characters, the same value the CMS has').optional(),
  /**
   * The proxies (addresses or CIDR ranges, comma-separated) whose X-Forwarded-For the rate limit
   * believes. Unset: none, the socket's address counts (a client can write any header).
   */
  TRUSTED_PROXY: z
    .string()
    .optional()
    .transform((value, ctx): ProxyRange[] => {
      const ranges: ProxyRange[] = []
      for (const entry of (value ?? '').split(/[\s,]+/).filter(Boolean)) {
        const range = parseProxyRange(entry)
        if (typeof range === 'string')
          ctx.addIssue({ code: 'custom', message: `${range}; give addresses or CIDR ranges separated by commas` })
        else ranges.push(range)
      }
      return ranges
    }),
})

export type WebSettings = z.infer<typeof schema>

export function loadSettings(env: NodeJS.ProcessEnv = process.env): WebSettings {
  const parsed = schema.safeParse(
    Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v === '' ? undefined : v])),
  )
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`)
    throw new Error(`The website cannot start: fix these environment variables:\n${lines.join('\n')}`)
  }
  return parsed.data
}

let cached: WebSettings | undefined
export const settings = (): WebSettings => (cached ??= loadSettings())
