import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { seoPlugin } from '@payloadcms/plugin-seo'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig, defaultLoggerOptions } from 'payload'
import sharp from 'sharp'

import { Articles } from './collections/Articles'
import { Authors } from './collections/Authors'
import { Inquiries } from './collections/Inquiries'
import { Media } from './collections/Media'
import { Pages } from './collections/Pages'
import { Services } from './collections/Services'
import { Topics } from './collections/Topics'
import { Users } from './collections/Users'
import { databaseAdapter } from './database'
import { emailAdapter } from './email/adapter'
import { Practice } from './globals/Practice'
import { livePreview } from './preview'
import { withRequestGuards } from './hooks/requestGuards'
import { jobsConfig } from './jobs'
import { redirects } from './redirects/config'
import { articleSearchPlugin } from './search/plugin'
import { seedOnFirstStart } from './seed/onInit'
import { settings } from './settings'
import { mediaStorage } from './storage'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  secret: settings.PAYLOAD_SECRET,
  serverURL: settings.CMS_PUBLIC_URL,
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · Resilient Mind CMS' },
    livePreview,
  },
  collections: withRequestGuards([Articles, Pages, Authors, Services, Topics, Media, Users, Inquiries]),
  globals: [Practice],
  editor: lexicalEditor(),
  db: databaseAdapter(settings),
  logger: { options: { level: settings.LOG_LEVEL }, destination: defaultLoggerOptions },
  sharp,
  email: emailAdapter(settings),
  // Only the website may call the API from a browser.
  cors: [settings.CMS_PUBLIC_URL, settings.WEB_PUBLIC_URL],
  csrf: [settings.CMS_PUBLIC_URL, settings.WEB_PUBLIC_URL],
  graphQL: { disablePlaygroundInProduction: true },
  typescript: {
    // Generated on demand (npm run generate:types) and committed; a test fails when stale.
    autoGenerate: false,
    outputFile: path.resolve(dirname, '../../../packages/content/src/payload-types.ts'),
  },
  jobs: jobsConfig(settings),
  plugins: [
    mediaStorage(settings),
    articleSearchPlugin(),
    redirects,
    seoPlugin({
      collections: ['articles', 'services', 'pages'],
      uploadsCollection: 'media',
      tabbedUI: false,
      generateTitle: ({ doc }) => (doc?.title ? `${doc.title} · Resilient Mind` : 'Resilient Mind'),
      generateDescription: ({ doc }) => doc?.excerpt ?? doc?.summary ?? '',
    }),
  ],
  onInit: async (payload) => {
    if (settings.SEED_ON_START === 'true' && settings.NODE_ENV !== 'test') await seedOnFirstStart(payload)
  },
})
