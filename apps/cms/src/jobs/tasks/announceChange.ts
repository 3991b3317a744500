import type { TaskConfig } from 'payload'

import { settings } from '../../settings'

/** The website re-renders every path it is sent before it answers. */
const REQUEST_TIMEOUT_MS = 60_000

type WebAnswer = { revalidated: string[]; failed: string[] }

const isWebAnswer = (body: unknown): body is WebAnswer =>
  typeof body === 'object' &&
  body !== null &&
  Array.isArray((body as WebAnswer).revalidated) &&
  Array.isArray((body as WebAnswer).failed)

const preview = (paths: string[]) =>
  paths.slice(0, 5).join(', ') + (paths.length > 5 ? ` and ${paths.length - 5} more` : '')

/**
 * Asks the website to refresh the pages that show a change: POST {"paths": [...]} (at most
 * 200, see batchPaths) to WEB_REVALIDATE_URL with the shared secret. Queued by the change's
 * own transaction (hooks/announceChanges.ts), so it runs only once the change is committed,
 * and never holds up the editor's save. When the website is down, answers with an error, or
 * could not refresh a path, the task fails and Payload retries it with growing pauses (1 s,
 * 2 s, 4 s... about 17 minutes in all); pages it never reaches refresh on their fallback timer.
 */
export const announceChangeTask: TaskConfig<'announceChange'> = {
  slug: 'announceChange',
  label: 'Tell the website which pages changed',
  inputSchema: [{ name: 'paths', type: 'text', hasMany: true, required: true }],
  outputSchema: [{ name: 'revalidated', type: 'number' }],
  retries: { attempts: 10, backoff: { type: 'exponential', delay: 1000 } },
  handler: async ({ input }) => {
    const paths = input.paths ?? []
    const url = settings.WEB_REVALIDATE_URL
    const secret = settings.REVALIDATE_SECRET
    if (paths.length === 0 || !url || !secret) return { output: { revalidated: 0 } }

    let res: Response
    try {
      res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
        body: JSON.stringify({ paths }),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      })
    } catch (err) {
      const cause = (err as Error & { cause?: Error }).cause?.message ?? (err as Error).message
      throw new Error(
        `The website did not answer at ${url} (${cause}); ${paths.length} page(s) will be retried: ${preview(paths)}`,
      )
    }
    const body: unknown = await res.json().catch(() => undefined)
    if (!res.ok) {
      const message = (body as { message?: unknown } | undefined)?.message
      throw new Error(
        `The website answered ${res.status}${typeof message === 'string' ? ` (${message})` : ''} to ${url}; will retry.`,
      )
    }
    if (!isWebAnswer(body)) {
      throw new Error(
        `${url} answered ${res.status} without {"revalidated": [...], "failed": [...]}: is it the website's /api/revalidate?`,
      )
    }
    if (body.failed.length > 0) {
      throw new Error(
        `The website could not refresh ${body.failed.length} of ${paths.length} page(s): ${preview(body.failed)}; will retry.`,
      )
    }
    return { output: { revalidated: body.revalidated.length } }
  },
}
