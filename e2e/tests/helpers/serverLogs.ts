import fs from 'node:fs'
import path from 'node:path'

/**
 * The last lines the CMS and the website logged (globalSetup starts them with their output in
 * files), for a test's failure message: a change that never showed on the site is explained by
 * what the servers said (a job that failed, a render that threw), which CI shows nowhere else.
 */
export function serverLogTails(lines = 25): string {
  const dir = process.env.E2E_LOG_DIR
  if (!dir) return '(no server logs: E2E_LOG_DIR is not set)'
  return ['cms.log', 'web.log']
    .map((file) => {
      let text: string
      try {
        text = fs.readFileSync(path.join(dir, file), 'utf8')
      } catch {
        return `--- ${file}: not found`
      }
      const tail = text
        .replace(/\x1b\[[0-9;]*m/g, '') // the colours Payload's logger adds
        .split('\n')
        .filter((line) => line.trim())
        .slice(-lines)
      return `--- ${file} (last ${tail.length} lines)\n${tail.join('\n')}`
    })
    .join('\n')
}
