import { consoleProgress } from '../../src/backup/progress'

/** What a person watching `npm run backup` sees: running counts for large sets, one line per finished step. */
function fakeStream(isTTY: boolean) {
  const written: string[] = []
  return { stream: { isTTY, write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream, written }
}

it('redraws a running count with a percentage on a terminal, for large sets', () => {
  const { stream, written } = fakeStream(true)
  const progress = consoleProgress(stream)
  progress({ step: 'documents', name: 'articles', done: 250, total: 10000 })
  progress({ step: 'documents', name: 'articles', done: 5000, total: 10000 })
  progress({ step: 'documents', name: 'articles', done: 10000, total: 10000, finished: true })
  expect(written).toEqual(['\r\x1b[K  articles: 250/10000 (2%)', '\r\x1b[K  articles: 5000/10000 (50%)', '\r\x1b[K  articles: 10000 ✓\n'])
})

it('writes whole lines, not redraws, into a log, and stays quiet about small sets', () => {
  const { stream, written } = fakeStream(false)
  const progress = consoleProgress(stream)
  progress({ step: 'documents', name: 'topics', done: 5, total: 5 })
  progress({ step: 'versions', name: 'articles', done: 1000, total: 4000 })
  progress({ step: 'versions', name: 'articles', done: 2000, total: 4000 }) // within 5 s of the last line: skipped
  progress({ step: 'files', name: 'media', done: 12, total: 14, finished: true })
  expect(written).toEqual(['  articles versions: 1000/4000 (25%)\n', '  media files: 12 of 14 ✓\n'])
})
