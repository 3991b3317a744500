/** Check the settings when the server starts, not on the first visitor's request. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { settings } = await import('./lib/settings')
  const s = settings()
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
