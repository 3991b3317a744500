/**
 * A progress bar on stderr: redrawn in place on a terminal, one line per tenth otherwise
 * (CI logs), with the rate and the time left.
 */
export function progressBar(label: string, total: number, start = 0) {
  const began = Date.now()
  const tty = Boolean(process.stderr.isTTY)
  let lastTenth = Math.floor((start / total) * 10)
  const line = (done: number) => {
    const frac = total ? done / total : 1
    const width = 30
    const filled = Math.round(frac * width)
    const secs = (Date.now() - began) / 1000
    const rate = secs > 0 ? (done - start) / secs : 0
    const left = rate > 0 ? Math.round((total - done) / rate) : 0
    return `${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${(frac * 100).toFixed(0)}% ${rate.toFixed(0)}/s ${left}s left`
  }
  if (!tty) process.stderr.write(`${line(start)}\n`)
  return {
    update(done: number) {
      if (tty) process.stderr.write(`\r${line(done)}`)
      else {
        const tenth = Math.floor((done / total) * 10)
        if (tenth > lastTenth) {
          lastTenth = tenth
          process.stderr.write(`${line(done)}\n`)
        }
      }
    },
    done() {
      if (tty) process.stderr.write('\n')
    },
  }
}
