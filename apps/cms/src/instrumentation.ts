/**
 * Start Payload when the server boots rather than on the first request, so migrations, the
 * first-start seed and the scheduled-publishing queue run as soon as `npm start` is up.
 * If it cannot start (a bad setting, a database it cannot reach), the server exits with the
 * reason: Next would otherwise log it and go on answering every request with a 500.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  try {
    const { getPayload } = await import('payload')
    const { default: config } = await import('./payload.config')
    // cron: work the jobs queues (scheduled publishing, announcing changes) from boot, not from the first request.
    await getPayload({ config, cron: true })
  } catch (error) {
    // Our own settings errors are written for people; anything else keeps its stack.
    const message = error instanceof Error && error.message.startsWith('The CMS cannot start') ? error.message : error
    console.error(message)
    process.exit(1)
  }
}
