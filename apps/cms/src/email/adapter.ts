import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter } from 'payload'

import type { Settings } from '../settings'

/**
 * How nodemailer reaches the mail server. TLS is required (implicit with SMTP_SECURE, else
 * STARTTLS) unless SMTP_REQUIRE_TLS=false: mail must not cross the network in clear text.
 */
export function smtpTransportOptions(settings: Settings) {
  const secure = settings.SMTP_SECURE === 'true'
  return {
    host: settings.SMTP_HOST,
    port: settings.SMTP_PORT,
    secure,
    requireTLS: !secure && settings.SMTP_REQUIRE_TLS === 'true',
    tls: { minVersion: 'TLSv1.2' as const },
    auth: settings.SMTP_USER ? { user: settings.SMTP_USER, pass: settings.SMTP_PASS } : undefined,
    connectionTimeout: 10_000,
  }
}

/** SMTP through nodemailer when SMTP_HOST is set; otherwise no adapter, and nothing is sent. */
export function emailAdapter(settings: Settings): Promise<EmailAdapter> | undefined {
  if (!settings.SMTP_HOST || !settings.EMAIL_FROM) return undefined
  const from = /^(.*)<(.+)>\s*$/.exec(settings.EMAIL_FROM)
  return nodemailerAdapter({
    defaultFromName: from ? from[1].trim().replace(/^"|"$/g, '') : 'Resilient Mind',
    defaultFromAddress: from ? from[2].trim() : settings.EMAIL_FROM,
    // Do not block start-up on the mail server; a failed send is recorded on the inquiry.
    skipVerify: true,
    transportOptions: smtpTransportOptions(settings),
  })
}

export const emailConfigured = (settings: Settings) => Boolean(settings.SMTP_HOST && settings.EMAIL_FROM)
