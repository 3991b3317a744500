import { settings } from './settings'

/**
 * Run once when the server starts (instrumentation.ts). A bad setting stops the server with the
 * message naming it: Next would otherwise log the error and go on answering every request with
 * a 500. Settings that are only missing get a warning saying what does not work without them.
 */
export function checkSettingsAtStartup() {
  let s
  try {
    s = settings()
  } catch (error) {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  }
  if (s.NODE_ENV === 'production' && !s.REVALIDATE_SECRET) {
    console.warn(
      'REVALIDATE_SECRET is not set: the CMS cannot tell this site about changes, so pages refresh only hourly. Set the same value on the CMS and the website.',
    )
  }
  if (s.NODE_ENV === 'production' && !s.INQUIRY_API_KEY) {
    console.warn(
      'INQUIRY_API_KEY is not set: the appointment request form cannot store requests. Set the same value on the CMS and the website.',
    )
  }
}
