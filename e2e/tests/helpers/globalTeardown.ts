import fs from 'node:fs'

/** Stops the two servers globalSetup started (by their process groups) and removes their data. */
export default async function globalTeardown() {
  const state = (globalThis as Record<string, unknown>).__E2E__ as
    { pids: (number | undefined)[]; dir: string } | undefined
  if (!state) return
  for (const pid of state.pids) {
    if (!pid) continue
    try {
      process.kill(-pid, 'SIGTERM')
    } catch {
      // already gone
    }
  }
  await new Promise((r) => setTimeout(r, 1000))
  for (const pid of state.pids) {
    try {
      if (pid) process.kill(-pid, 'SIGKILL')
    } catch {
      // stopped
    }
  }
  if (!process.env.E2E_KEEP) fs.rmSync(state.dir, { recursive: true, force: true })
}
