/**
 * Start Payload when the server boots rather than on the first request, so migrations, the
 * first-start seed and the scheduled-publishing queue run as soon as `npm start` is up.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { getPayload } = await import('payload')
  const { default: config } = await import('./payload.config')
  await getPayload({ config })
}
