/**
 * A CMS process for tests that need more than one: Payload on the database DATABASE_URI names,
 * answering one JSON command per line on stdin with one JSON line on stdout.
 * Run with `tsx` (see startCmsProcess in cmsProcesses.ts).
 */
import readline from 'node:readline'

import { getPayload } from 'payload'

import { searchEndpoint } from '../../src/endpoints/search'
import config from '../../src/payload.config'

type Command =
  { op: 'create'; collection: 'articles' | 'authors'; data: Record<string, unknown> } | { op: 'search'; query: string }

const payload = await getPayload({ config })
const answer = (value: unknown) => process.stdout.write(`${JSON.stringify(value)}\n`)
answer({ ready: true, pid: process.pid })

for await (const line of readline.createInterface({ input: process.stdin })) {
  const command = JSON.parse(line) as Command
  try {
    if (command.op === 'create') {
      answer(await payload.create({ collection: command.collection, data: command.data as never }))
    } else {
      const url = new URL(`http://localhost/api/search?${command.query}`)
      const res = await searchEndpoint.handler(
        Object.assign({ payload, searchParams: url.searchParams, url: url.toString() }) as never,
      )
      answer({ status: res.status, body: await res.json() })
    }
  } catch (err) {
    answer({ error: String(err) })
  }
}
await payload.destroy()
process.exit(0)
