import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import type { Readable, Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

import * as tar from 'tar'

/**
 * The archive: a .tar.gz, or that encrypted with age (https://age-encryption.org, Debian's
 * `age` package) to keys the practice holds: `.tar.gz.age`. Always written with mode 0600.
 */

/** A problem a person can fix (a missing key, a wrong file), reported without a stack trace. */
export class BackupError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'BackupError'
  }
}

export type Encryption = { recipients?: string[]; recipientsFiles?: string[] }

const AGE_HEADERS = ['age-encryption.org/v1', '-----BEGIN AGE ENCRYPTED FILE-----']

function requireAge(): void {
  if (spawnSync('age', ['--version']).error) {
    throw new BackupError(
      'Encrypted backups need the age tool: apt-get install age (or see https://age-encryption.org).',
    )
  }
}

/** Runs age with the given arguments; its stdin and stdout are the pipeline's. */
function age(args: string[]) {
  requireAge()
  const child = spawn('age', args, { stdio: ['pipe', 'pipe', 'pipe'] })
  let stderr = ''
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
  const done = new Promise<void>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new BackupError(`age: ${stderr.trim() || `exit code ${code}`}`)),
    )
  })
  return { child, done }
}

/**
 * Packs `entries` of `dir` into `file` (gzip, then age when recipients are given). Written
 * beside the target as 0600 and renamed at the end, so a failed run never leaves half an
 * archive under the real name, and no one else can read it at any moment.
 */
export async function writeArchive(
  dir: string,
  entries: string[],
  file: string,
  encryption: Encryption = {},
): Promise<void> {
  const recipients = [
    ...(encryption.recipients ?? []).flatMap((r) => ['--recipient', r]),
    ...(encryption.recipientsFiles ?? []).flatMap((f) => ['--recipients-file', f]),
  ]
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const partial = `${file}.partial`
  const out = fs.createWriteStream(partial, { flags: 'wx', mode: 0o600 })
  try {
    // `follow`: media/ in dir is a link to the media folder, packed as the files it holds.
    const packed = tar.create({ gzip: true, cwd: dir, portable: true, follow: true }, entries) as unknown as Readable
    if (recipients.length === 0) {
      await pipeline(packed, out)
    } else {
      const encrypt = age(recipients)
      await Promise.all([pipeline(packed, encrypt.child.stdin), pipeline(encrypt.child.stdout, out), encrypt.done])
    }
    fs.chmodSync(partial, 0o600)
    fs.renameSync(partial, file)
  } catch (err) {
    out.destroy()
    fs.rmSync(partial, { force: true })
    throw err
  }
}

export function isEncrypted(file: string): boolean {
  const fd = fs.openSync(file, 'r')
  try {
    const head = Buffer.alloc(64)
    const n = fs.readSync(fd, head, 0, head.length, 0)
    const text = head.subarray(0, n).toString('latin1')
    return AGE_HEADERS.some((h) => text.startsWith(h))
  } finally {
    fs.closeSync(fd)
  }
}

/** Unpacks an archive into dir (only the names `keep` accepts), decrypting it with the identity file when it is encrypted. */
export async function readArchive(
  file: string,
  dir: string,
  keep: (name: string) => boolean,
  identity?: string,
): Promise<void> {
  const extract = tar.extract({
    cwd: dir,
    strict: true,
    filter: (p) => keep(p.replace(/^\.\//, '')),
  }) as unknown as Writable
  try {
    if (!isEncrypted(file)) {
      await pipeline(fs.createReadStream(file), extract)
      return
    }
    if (!identity) throw new BackupError(`${file} is encrypted: name the key that opens it with --identity <file>.`)
    if (!fs.existsSync(identity)) throw new BackupError(`There is no identity (key) file at ${identity}.`)
    const decrypt = age(['--decrypt', '--identity', identity])
    await Promise.all([
      pipeline(fs.createReadStream(file), decrypt.child.stdin),
      pipeline(decrypt.child.stdout, extract),
      decrypt.done,
    ])
  } catch (err) {
    if (err instanceof BackupError) throw err
    throw new BackupError(`${file} is not a readable backup archive (${(err as Error).message}).`)
  }
}
