export type ProgressEvent = {
  step: 'documents' | 'versions' | 'global' | 'files' | 'archive' | 'extract' | 'wipe' | 'check'
  name: string
  done: number
  total: number
  finished?: boolean
}
export type Progress = (event: ProgressEvent) => void

export const silent: Progress = () => {}

/**
 * Progress for a person watching: one line per finished step, and for large sets a running
 * count (redrawn in place on a terminal, at most every few seconds in a log).
 */
export function consoleProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  const tty = Boolean(stream.isTTY)
  let lastLog = 0
  return ({ step, name, done, total, finished }) => {
    const label = step === 'versions' || step === 'files' ? `${name} ${step}` : name
    const counted = step === 'documents' || step === 'versions' || step === 'files'
    const count = total > 1 ? `${done}/${total}` : ''
    if (finished) {
      const figures = counted ? `: ${done}${total !== done ? ` of ${total}` : ''}` : ''
      stream.write(`${tty ? '\r\x1b[K' : ''}  ${label}${figures} ✓\n`)
      return
    }
    if (total < 500) return
    const pct = Math.floor((done / total) * 100)
    if (tty) {
      stream.write(`\r\x1b[K  ${label}: ${count} (${pct}%)`)
    } else if (Date.now() - lastLog > 5000) {
      lastLog = Date.now()
      stream.write(`  ${label}: ${count} (${pct}%)\n`)
    }
  }
}
