import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter } from 'payload'

import type { Settings } from '../settings'

/** SMTP through nodemailer when SMTP_HOST is set; otherwise no adapter, and nothing is sent. */
export function emailAdapter(settings: Settings): Promise<EmailAdapter> | undefined {
  if (!settings.SMTP_HOST || !settings.EMAIL_FROM) return undefined
  const from = /^(.*)<(.+)>\s*$/.exec(settings.EMAIL_FROM)
  return nodemailerAdapter({
    defaultFromName: from ? from[1].trim().replace(/^"|"$/g, '') : 'Resilient Mind',
    defaultFromAddress: from ? from[2].trim() : settings.EMAIL_FROM,
    // Do not block start-up on the mail server; a failed send is recorded on the inquiry.
    skipVerify: true,
    transportOptions: {
      host: settings.SMTP_HOST,
      port: settings.SMTP_PORT,
      secure: settings.SMTP_SECURE === 'true',
      auth: settings.SMTP_USER ? { user: settings.SMTP_USER, pass: settings.SMTP_PASS } : undefined,
      connectionTimeout: 10_000,
    },
  })
}

export const emailConfigured = (settings: Settings) => Boolean(settings.SMTP_HOST && settings.EMAIL_FROM)
