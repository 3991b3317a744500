import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { FixedToolbarFeature, lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig, defaultLoggerOptions } from 'payload'
import sharp from 'sharp'

import { Articles } from './collections/Articles'
import { Authors } from './collections/Authors'
import { Inquiries } from './collections/Inquiries'
import { Media } from './collections/Media'
import { Services } from './collections/Services'
import { Topics } from './collections/Topics'
import { Users } from './collections/Users'
import { databaseAdapter } from './database'
import { emailAdapter } from './email/adapter'
import { Practice } from './globals/Practice'
import { livePreview } from './preview'
import { withRequestGuards } from './hooks/requestGuards'
import { adminTimezones } from './admin/timezones'
import { jobsConfig } from './jobs'
import { articleSearchPlugin } from './search/plugin'
import { seo } from './seo/plugin'
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
    meta: {
      titleSuffix: ' · Resilient Mind CMS',
      icons: [{ rel: 'icon', type: 'image/svg+xml', url: '/practice-icon.svg' }],
    },
    components: {
      // The practice's own mark instead of Payload's, and a start page for staff.
      graphics: { Logo: '/admin/components/PracticeLogo#PracticeLogo', Icon: '/admin/components/PracticeIcon#PracticeIcon' },
      beforeDashboard: ['/admin/components/StartHere#StartHere'],
    },
    timezones: adminTimezones,
    livePreview,
  },
  collections: withRequestGuards([Articles, Authors, Services, Topics, Media, Users, Inquiries]),
  globals: [Practice],
  // Every rich text field (bios, service descriptions, notices) shows its toolbar, as articles do.
  editor: lexicalEditor({ features: ({ defaultFeatures }) => [...defaultFeatures, FixedToolbarFeature()] }),
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
    seo(),
  ],
  onInit: async (payload) => {
    if (settings.SEED_ON_START === 'true' && settings.NODE_ENV !== 'test') await seedOnFirstStart(payload)
  },
})
