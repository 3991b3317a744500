import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { FixedToolbarFeature, lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig, defaultLoggerOptions } from 'payload'

import { hasRole } from './access/roles'
import { Articles } from './collections/Articles'
import { Authors } from './collections/Authors'
import { Inquiries } from './collections/Inquiries'
import { Media } from './collections/Media'
import { Pages } from './collections/Pages'
import { Services } from './collections/Services'
import { Topics } from './collections/Topics'
import { Users } from './collections/Users'
import { applyMigrations, databaseAdapter } from './database'
import { emailAdapter } from './email/adapter'
import { Practice } from './globals/Practice'
import { livePreview } from './preview'
import { withGlobalRequestGuards, withRequestGuards } from './hooks/requestGuards'
import { adminTimezones } from './admin/timezones'
import { jobsConfig } from './jobs'
import { redirects } from './redirects/config'
import { articleSearchPlugin } from './search/plugin'
import { seo } from './seo/plugin'
import { seedOnFirstStart } from './seed/onInit'
import { settings } from './settings'
import { MAX_JSON_BODY_BYTES, MAX_UPLOAD_BYTES } from './security/limits'
import { limitedSharp } from './security/sharp'
import { LOGIN_FAILED_MESSAGES } from './collections/Users/login'
import { mediaStorage } from './storage'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const isAdminAccess = ({ req }: { req: { user?: unknown } }) => hasRole(req.user as never, 'admin')

export default buildConfig({
  secret: settings.PAYLOAD_SECRET,
  serverURL: settings.CMS_PUBLIC_URL,
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    meta: {
      titleSuffix: ' · Resilient Mind CMS',
      icons: [{ rel: 'icon', type: 'image/svg+xml', url: '/practice-icon.svg' }],
    },
    components: {
      // The practice's own mark instead of Payload's, and a start page for staff.
      graphics: {
        Logo: '/admin/components/PracticeLogo#PracticeLogo',
        Icon: '/admin/components/PracticeIcon#PracticeIcon',
      },
      beforeDashboard: ['/admin/components/StartHere#StartHere'],
      providers: ['/components/MustChangePassword#MustChangePassword'],
    },
    timezones: adminTimezones,
    livePreview,
    // Payload's own avatar: the default (gravatar) sends a hash of each email to gravatar.com.
    avatar: 'default',
  },
  collections: withRequestGuards([Articles, Pages, Authors, Services, Topics, Media, Users, Inquiries]),
  globals: withGlobalRequestGuards([Practice]),
  // Every rich text field (bios, service descriptions, notices) shows its toolbar, as articles do.
  editor: lexicalEditor({ features: ({ defaultFeatures }) => [...defaultFeatures, FixedToolbarFeature()] }),
  // Top-level await: the adapter is imported only for the database DATABASE_URI names (see database.ts).
  db: await databaseAdapter(settings),
  logger: { options: { level: settings.LOG_LEVEL }, destination: defaultLoggerOptions },
  // Every image passes through sharp: refuse decompression bombs (a 16000x16000 PNG is 746 KB).
  sharp: limitedSharp,
  email: emailAdapter(settings),
  // No browser code of the website calls the CMS: its server reads with an API key or a token it
  // forwards (no Origin header), and Live Preview talks to the admin by postMessage. So only the
  // admin's own origin may call the API from a browser, and only it may use the session cookie.
  cors: [settings.CMS_PUBLIC_URL],
  csrf: [settings.CMS_PUBLIC_URL],
  i18n: { translations: { en: { error: LOGIN_FAILED_MESSAGES } } },
  // Multipart bodies (uploads, and forms posted as multipart): at most one file of the Media
  // limit and a few small fields. JSON bodies are limited in the route handlers (api/guard.ts).
  bodyParser: {
    limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 20, fieldSize: MAX_JSON_BODY_BYTES, parts: 25 },
  },
  graphQL: { disablePlaygroundInProduction: true },
  typescript: {
    // Generated on demand (npm run generate:types) and committed; a test fails when stale.
    autoGenerate: false,
    outputFile: path.resolve(dirname, '../../../packages/content/src/payload-types.ts'),
  },
  // Running the queue over HTTP (GET /api/payload-jobs/run) is for admins only; the CMS works
  // it in-process (autoRun).
  upload: {
    limits: { fileSize: MAX_UPLOAD_BYTES },
    abortOnLimit: true,
    responseOnLimit: `The file is too large: upload images of at most ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.`,
  },
  jobs: { ...jobsConfig(settings), access: { run: isAdminAccess, queue: isAdminAccess, cancel: isAdminAccess } },
  plugins: [mediaStorage(settings), articleSearchPlugin(), redirects, seo()],
  onInit: async (payload) => {
    await applyMigrations(payload, settings.NODE_ENV)
    if (settings.SEED_ON_START === 'true' && settings.NODE_ENV !== 'test') await seedOnFirstStart(payload)
  },
})
