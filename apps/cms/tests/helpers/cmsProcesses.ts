import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process'
import path from 'node:path'
import readline from 'node:readline'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const cmsDir = path.resolve(here, '../..')

export type CmsProcess = {
  pid: number
  send: <T = unknown>(command: Record<string, unknown>) => Promise<T>
  stop: () => Promise<void>
}

/** Starts cmsProcess.ts in its own Node process on this test file's database, and waits until Payload is up. */
export async function startCmsProcess(): Promise<CmsProcess> {
  const child: ChildProcessWithoutNullStreams = spawn(
    process.execPath,
    ['--conditions=production', '--no-deprecation', '--import', 'tsx', path.join(here, 'cmsProcess.ts')],
    {
      cwd: cmsDir,
      env: { ...process.env, NODE_OPTIONS: '' },
    },
  )
  let stderr = ''
  child.stderr.on('data', (chunk) => (stderr += chunk))
  const lines = readline.createInterface({ input: child.stdout })[Symbol.asyncIterator]()
  const next = async () => {
    const { value, done } = await lines.next()
    if (done) throw new Error(`The CMS process ${child.pid} ended: ${stderr.slice(-2000)}`)
    return JSON.parse(value)
  }
  const ready = await next()
  if (!ready.ready) throw new Error(`The CMS process did not start: ${JSON.stringify(ready)}`)
  return {
    pid: ready.pid,
    send: async (command) => {
      child.stdin.write(`${JSON.stringify(command)}\n`)
      return next()
    },
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve())
        child.stdin.end()
      }),
  }
}
