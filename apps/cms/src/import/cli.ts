import path from 'node:path'

/**
 * npm run import -- <export.xml | markdown-folder> [--uploads <dir>] [--dry-run]
 *
 * Imports a WordPress export or a folder of Markdown files into the database the CMS would use
 * with the same environment (DATABASE_URI, or the SQLite file for NODE_ENV). Paths are relative
 * to where npm was run (INIT_CWD). Exit code 1 when the input is unusable or an item failed.
 */
const USAGE =
  'Usage: npm run import -- <wordpress-export.xml | markdown-folder | file.md> [--uploads <wp-content/uploads folder>] [--dry-run]'

const args = process.argv.slice(2)
const base = process.env.INIT_CWD || process.cwd()
let input: string | undefined
let uploadsDir: string | undefined
let dryRun = false
for (let i = 0; i < args.length; i++) {
  const arg = args[i]
  if (arg === '--dry-run') dryRun = true
  else if (arg === '--uploads') uploadsDir = args[++i]
  else if (arg.startsWith('--uploads=')) uploadsDir = arg.slice('--uploads='.length)
  else if (arg === '--help' || arg === '-h') {
    console.log(USAGE)
    process.exit(0)
  } else if (arg.startsWith('--') || input) {
    console.error(`Unknown argument "${arg}".\n${USAGE}`)
    process.exit(1)
  } else input = arg
}
if (!input) {
  console.error(`Name what to import.\n${USAGE}`)
  process.exit(1)
}
if (args.includes('--uploads') && !uploadsDir) {
  console.error(`--uploads needs a folder.\n${USAGE}`)
  process.exit(1)
}

const { readSource, importSource, describeImport, importFailed } = await import('./run')
const { ImportInputError } = await import('./source')
const { consoleImportProgress } = await import('./progress')

// Read and check the input before opening the database, so a wrong file costs nothing.
let source
try {
  source = readSource(path.resolve(base, input), uploadsDir ? path.resolve(base, uploadsDir) : undefined)
} catch (err) {
  console.error(err instanceof ImportInputError ? err.message : `Could not read ${input}: ${(err as Error).message}`)
  process.exit(1)
}

// A dry run only reads: never let the dev-mode schema push touch the database.
if (dryRun) process.env.PAYLOAD_MIGRATING = 'true'
const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const payload = await getPayload({ config: { ...(await config), onInit: undefined } as never })
let code = 0
try {
  console.error(
    `${dryRun ? 'Dry run of importing' : 'Importing'} ${source.label} (${source.format === 'wordpress' ? 'WordPress export' : 'Markdown folder'}) into the ${payload.db.name} database`,
  )
  const report = await importSource(payload, source, { dryRun, uploadsDir, progress: consoleImportProgress() })
  console.log(describeImport(report))
  if (importFailed(report)) code = 1
} catch (err) {
  code = 1
  console.error(`Import stopped: ${(err as Error).message}`)
} finally {
  await payload.destroy()
}
process.exit(code)
