import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'

export type Started = { name: string; child: ChildProcess; log: string; stop: () => Promise<void> }

/** Starts a server in its own process group (so stopping it also stops what it spawned), logging to a file. */
export function start(
  name: string,
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; log: string },
): Started {
  const out = fs.openSync(options.log, 'a')
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: ['ignore', out, out],
  })
  fs.closeSync(out)
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null || !child.pid) return
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
    try {
      process.kill(-child.pid, 'SIGTERM')
    } catch {
      return
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL')
      } catch {
        // already gone
      }
    }, 5000)
    await exited
    clearTimeout(timer)
  }
  return { name, child, log: options.log, stop }
}

/** Waits until url answers 2xx, or fails with the end of the server's log when it exits or takes too long. */
export async function waitForHttp(
  server: Started,
  url: string,
  timeoutMs: number,
  headers: Record<string, string> = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  let last = ''
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) break
    try {
      const res = await fetch(url, { headers, signal: AbortSignal.timeout(5000) })
      if (res.ok) return
      last = `HTTP ${res.status}`
    } catch (err) {
      last = (err as Error).message
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  const tail = fs.existsSync(server.log) ? fs.readFileSync(server.log, 'utf8').split('\n').slice(-30).join('\n') : ''
  throw new Error(`${server.name} did not answer ${url} (${last}; exit code ${server.child.exitCode}). Log:\n${tail}`)
}

export async function portIsFree(port: number): Promise<boolean> {
  try {
    await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(1000) })
    return false
  } catch (err) {
    return /ECONNREFUSED/.test(String((err as { cause?: unknown }).cause ?? err))
  }
}
