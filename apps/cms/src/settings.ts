import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'

import { passwordProblem } from './collections/Users/passwordPolicy'

// http(s) only: zod's plain url() also takes "cms:3000", a URL whose scheme is "cms".
const httpUrl = (example: string) => z.url({ protocol: /^https?$/, error: `must be a full URL such as ${example}` })

/**
 * Every setting the CMS reads from the environment, validated once at start-up.
 * A bad or missing value stops the process with a message naming the variable to set.
 */
const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const dataDir = path.resolve(appDir, 'data')

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URI: z
    .string()
    .trim()
    .optional()
    .refine(
      (v) => !v || /^(file:|mongodb:\/\/|mongodb\+srv:\/\/)/.test(v),
      'must start with file: (SQLite), mongodb:// or mongodb+srv:// (MongoDB)',
    ),
  PAYLOAD_SECRET: z.string().min(32, 'must be at least 32 characters (try: openssl rand -hex 32)').optional(),
  CMS_PUBLIC_URL: httpUrl('http://localhost:3000').default('http://localhost:3000'),
  WEB_PUBLIC_URL: httpUrl('http://localhost:3001').default('http://localhost:3001'),
  ADMIN_EMAIL: z.email('must be an email address').optional(),
  ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
  SEED_ON_START: z.enum(['true', 'false']).default('true'),
  LOG_LEVEL: z.enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent']).default('info'),
  // Where changes are announced to the website (its /api/revalidate), and the secret both share.
  // Without both, nothing is announced and the site refreshes on its fallback timer.
  WEB_REVALIDATE_URL: httpUrl('http://localhost:3001/api/revalidate').optional(),
  REVALIDATE_SECRET: z.string().min(16, 'must be at least 16 characters (try: openssl rand -hex 32)').optional(),
  // Appointment requests: the website's form handler authenticates with this key (role "intake").
  INQUIRY_API_KEY: z.string().min(32, 'must be at least 32 characters (try: openssl rand -hex 32)').optional(),
  INQUIRY_RETENTION_DAYS: z.coerce.number().int('must be a whole number of days').min(1).max(3650).default(30),
  INQUIRY_NOTIFY_EMAIL: z.email('must be an email address').optional(),
  // Mail through SMTP (nodemailer). Without SMTP_HOST, new requests are only logged (without their content).
  SMTP_HOST: z.string().trim().min(1).optional(),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
  SMTP_SECURE: z.enum(['true', 'false']).default('false'),
  // STARTTLS is required unless this says otherwise (a mail relay on the same host, say).
  SMTP_REQUIRE_TLS: z.enum(['true', 'false']).default('true'),
  SMTP_USER: z.string().optional(),
  SMTP_PASS: z.string().optional(),
  EMAIL_FROM: z.string().trim().min(3).optional(),
  // Media in S3-compatible object storage (AWS S3, MinIO, R2...): on only when S3_BUCKET is set.
  S3_BUCKET: z.string().trim().min(3, 'must be a bucket name').optional(),
  S3_REGION: z.string().trim().min(1).optional(),
  S3_ENDPOINT: httpUrl('https://s3.eu-central-1.amazonaws.com').optional(),
  S3_ACCESS_KEY_ID: z.string().trim().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().trim().min(1).optional(),
  S3_FORCE_PATH_STYLE: z.enum(['true', 'false']).default('false'),
  S3_PREFIX: z.string().trim().optional(),
})

export type Settings = z.infer<typeof schema> & { PAYLOAD_SECRET: string; databaseKind: 'sqlite' | 'mongodb' }

function blankToUndefined(env: Record<string, string | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v === '' ? undefined : v]))
}

/** A local SQLite install gets a generated secret kept beside its database; MongoDB (production) must set one. */
function localSecret(): string {
  const file = path.join(dataDir, '.payload-secret')
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim()
  const secret = randomBytes(32).toString('hex')
  fs.mkdirSync(dataDir, { recursive: true })
  fs.writeFileSync(file, secret, { mode: 0o600 })
  return secret
}

export function loadSettings(env: Record<string, string | undefined> = process.env): Settings {
  const parsed = schema.safeParse(blankToUndefined(env))
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`)
    throw new Error(`The CMS cannot start: fix these environment variables (see .env.example):\n${lines.join('\n')}`)
  }
  const s = parsed.data
  const databaseKind = s.DATABASE_URI?.startsWith('mongodb') ? 'mongodb' : 'sqlite'
  if ((s.ADMIN_EMAIL && !s.ADMIN_PASSWORD) || (!s.ADMIN_EMAIL && s.ADMIN_PASSWORD)) {
    throw new Error(
      'The CMS cannot start: set both ADMIN_EMAIL and ADMIN_PASSWORD, or neither (a first admin is then generated).',
    )
  }
  const adminPasswordProblem = s.ADMIN_PASSWORD ? passwordProblem(s.ADMIN_PASSWORD, s.ADMIN_EMAIL) : undefined
  if (adminPasswordProblem) throw new Error(`The CMS cannot start: ADMIN_PASSWORD is refused. ${adminPasswordProblem}`)
  if (s.S3_BUCKET && !s.S3_REGION) {
    throw new Error(
      'The CMS cannot start: S3_BUCKET is set, so set S3_REGION too (for MinIO or R2 any region name, e.g. us-east-1).',
    )
  }
  if (Boolean(s.S3_ACCESS_KEY_ID) !== Boolean(s.S3_SECRET_ACCESS_KEY)) {
    throw new Error(
      'The CMS cannot start: set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither (the AWS SDK then uses the machine role).',
    )
  }
  if (!s.S3_BUCKET && (s.S3_REGION || s.S3_ENDPOINT || s.S3_ACCESS_KEY_ID)) {
    throw new Error(
      'The CMS cannot start: S3 settings are set but S3_BUCKET is not. Set S3_BUCKET to store media in the bucket, or remove the S3_* variables.',
    )
  }
  if (s.SMTP_HOST && !s.EMAIL_FROM) {
    throw new Error(
      'The CMS cannot start: SMTP_HOST is set, so set EMAIL_FROM too (e.g. "Resilient Mind <no-reply@example.org>").',
    )
  }
  let secret = s.PAYLOAD_SECRET
  if (!secret) {
    if (databaseKind === 'mongodb') {
      throw new Error(
        'The CMS cannot start: PAYLOAD_SECRET is required with MongoDB. Set it to a long random string (openssl rand -hex 32).',
      )
    }
    secret = localSecret()
  }
  return { ...s, PAYLOAD_SECRET: secret, databaseKind }
}

export const settings = loadSettings()
