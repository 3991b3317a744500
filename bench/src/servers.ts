import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'

import { rootDir } from './config'

const nextBin = path.join(rootDir, 'node_modules/next/dist/bin/next')

export type Server = { name: string; child: ChildProcess; pid: number; log: string; stop: () => Promise<void> }

/** Starts a process in its own process group (so stopping it stops everything it started), output to a log file. */
export function startProcess(
  name: string,
  command: string,
  args: string[],
  opts: { cwd: string; env: Record<string, string>; log: string },
): Server {
  const out = fs.openSync(opts.log, 'w')
  const child = spawn(command, args, {
    cwd: opts.cwd,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...opts.env },
    stdio: ['ignore', out, out],
    detached: true,
  })
  fs.closeSync(out)
  if (!child.pid) throw new Error(`Could not start ${name}`)
  const pid = child.pid
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return
    const exited = new Promise<void>((r) => child.once('exit', () => r()))
    try {
      process.kill(-pid, 'SIGTERM')
    } catch {
      return
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-pid, 'SIGKILL')
      } catch {
        // already gone
      }
    }, 5000)
    await exited
    clearTimeout(timer)
  }
  return { name, child, pid, log: opts.log, stop }
}

/** Fails when something already listens on the port: the benchmark would measure that instead. */
export async function assertPortFree(port: number, name: string): Promise<void> {
  const inUse = await new Promise<boolean>((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port })
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
  if (inUse)
    throw new Error(
      `Port ${port} (for the ${name}) is already in use: stop whatever listens there (ss -ltnp | grep ${port}) and run again.`,
    )
}

/** `next start` of a built app, run by node directly so its pid is the server's. */
export function startNext(
  name: string,
  appDir: string,
  port: number,
  env: Record<string, string>,
  log: string,
): Server {
  if (!fs.existsSync(path.join(appDir, '.next/BUILD_ID'))) {
    throw new Error(
      `${name} is not built (${appDir}/.next/BUILD_ID missing): run \`npx turbo run build --filter=cms --filter=web --filter=bench\` or \`npm run bench\` without --no-build.`,
    )
  }
  return startProcess(name, process.execPath, [nextBin, 'start', '--port', String(port)], {
    cwd: appDir,
    env: { NODE_ENV: 'production', ...env },
    log,
  })
}

/** Waits until the url answers below 500; fails early when the process died, with the end of its log. */
export async function waitForHttp(server: Server, url: string, timeoutMs = 180_000): Promise<number> {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    if (server.child.exitCode !== null) {
      throw new Error(
        `${server.name} exited (code ${server.child.exitCode}) before answering ${url}:\n${tail(server.log)}`,
      )
    }
    try {
      const res = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(10_000) })
      await res.arrayBuffer()
      if (res.status < 500) return Date.now() - started
    } catch {
      // not listening yet
    }
    await sleep(300)
  }
  throw new Error(`${server.name} did not answer ${url} within ${timeoutMs / 1000}s:\n${tail(server.log)}`)
}

/** Waits until the server's log has a line matching re; returns the match. */
export async function waitForLog(server: Server, re: RegExp, timeoutMs = 600_000): Promise<RegExpMatchArray> {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    const m = fs.readFileSync(server.log, 'utf8').match(re)
    if (m) return m
    if (server.child.exitCode !== null)
      throw new Error(`${server.name} exited (code ${server.child.exitCode}):\n${tail(server.log)}`)
    await sleep(250)
  }
  throw new Error(`${server.name} did not log ${re} within ${timeoutMs / 1000}s:\n${tail(server.log)}`)
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

export function tail(file: string, chars = 3000): string {
  try {
    return fs.readFileSync(file, 'utf8').slice(-chars)
  } catch {
    return '(no log)'
  }
}

/** Processes whose process group is pgid (the server and anything it forked). */
function groupPids(pgid: number): number[] {
  const pids: number[] = []
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
      // Fields after the command name (which is in parentheses and may hold spaces): state ppid pgrp ...
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      if (Number(fields[2]) === pgid) pids.push(Number(entry))
    } catch {
      // the process ended meanwhile
    }
  }
  return pids
}

function statusKb(pid: number, key: 'VmRSS' | 'VmHWM'): number {
  try {
    const m = fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm'))
    return m ? Number(m[1]) : 0
  } catch {
    return 0
  }
}

/**
 * Peak memory of a server and its children: RSS summed over the process group, sampled every
 * 200 ms, and the kernel's own high-water mark (VmHWM) of each process at the end.
 */
export function memoryWatch(initial: Server[]) {
  const servers = [...initial]
  const peakRss = new Map<string, number>(servers.map((s) => [s.name, 0]))
  const sample = () => {
    for (const s of servers) {
      const rss = groupPids(s.pid).reduce((sum, pid) => sum + statusKb(pid, 'VmRSS'), 0)
      if (rss > (peakRss.get(s.name) ?? 0)) peakRss.set(s.name, rss)
    }
  }
  sample()
  const timer = setInterval(sample, 200)
  timer.unref()
  return {
    add(server: Server) {
      servers.push(server)
      peakRss.set(server.name, 0)
      sample()
    },
    stop() {
      clearInterval(timer)
      sample()
      return Object.fromEntries(
        servers.map((s) => {
          const hwm = groupPids(s.pid).reduce((sum, pid) => sum + statusKb(pid, 'VmHWM'), 0)
          return [s.name, { peakRssMb: Math.round((peakRss.get(s.name) ?? 0) / 1024), vmHwmMb: Math.round(hwm / 1024) }]
        }),
      ) as Record<string, { peakRssMb: number; vmHwmMb: number }>
    },
  }
}

/** Runs a command to completion with inherited output; throws when it fails. */
export function run(command: string, args: string[], opts: { cwd: string; env?: Record<string, string> }) {
  const res = spawnSync(command, args, { cwd: opts.cwd, env: { ...process.env, ...opts.env }, stdio: 'inherit' })
  if (res.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${res.status})`)
}
