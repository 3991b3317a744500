/**
 * The import's progress: a bar redrawn in place on a terminal, and in a log (not a TTY) a
 * plain line at most every few seconds and when a stage ends.
 */
export type ImportProgress = { start: (stage: string, total: number) => void; tick: () => void; end: () => void }

export const quietProgress: ImportProgress = { start: () => {}, tick: () => {}, end: () => {} }

export function consoleImportProgress(stream: NodeJS.WriteStream = process.stderr): ImportProgress {
  const tty = Boolean(stream.isTTY)
  let stage = ''
  let total = 0
  let done = 0
  let lastLine = 0
  const draw = () => {
    const width = 24
    const filled = total ? Math.round((done / total) * width) : width
    stream.write(`\r\x1b[K  ${stage.padEnd(9)} [${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${done}/${total}`)
  }
  return {
    start(name, count) {
      stage = name
      total = count
      done = 0
      lastLine = Date.now()
      if (tty && total) draw()
    },
    tick() {
      done++
      if (tty) draw()
      else if (Date.now() - lastLine > 5000 && done < total) {
        lastLine = Date.now()
        stream.write(`  ${stage}: ${done}/${total}\n`)
      }
    },
    end() {
      if (!total) return
      stream.write(`${tty ? '\r\x1b[K' : ''}  ${stage}: ${done}/${total} ✓\n`)
    },
  }
}
