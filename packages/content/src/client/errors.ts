/**
 * What can go wrong talking to the CMS, in the terms a page needs to decide what to show:
 * unavailable (network down, 5xx) → a friendly "try again" page; not-found → 404;
 * unauthorized → the editor's session ended; bad-request → a programming or input error.
 */
export type CmsErrorKind = 'unavailable' | 'not-found' | 'unauthorized' | 'bad-request' | 'unexpected'

export class CmsError extends Error {
  readonly kind: CmsErrorKind
  readonly status?: number
  constructor(kind: CmsErrorKind, message: string, status?: number, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'CmsError'
    this.kind = kind
    this.status = status
  }
}

export function kindForStatus(status: number): CmsErrorKind {
  if (status === 401 || status === 403) return 'unauthorized'
  if (status === 404) return 'not-found'
  if (status >= 500 || status === 408 || status === 429) return 'unavailable'
  if (status >= 400) return 'bad-request'
  return 'unexpected'
}

type HttpLikeError = { status?: unknown; message?: unknown; errors?: { message?: string }[] }

/** Turns anything fetch or the Payload SDK throws into a CmsError that says what was being read. */
export function toCmsError(err: unknown, reading: string): CmsError {
  if (err instanceof CmsError) return err
  const e = (err ?? {}) as HttpLikeError & { name?: string; cause?: { code?: string } }
  if (typeof e.status === 'number') {
    const detail = e.errors?.[0]?.message ?? (typeof e.message === 'string' ? e.message : '')
    return new CmsError(
      kindForStatus(e.status),
      `The CMS answered ${e.status} reading ${reading}${detail ? `: ${detail}` : ''}`,
      e.status,
      {
        cause: err,
      },
    )
  }
  // fetch rejects with a TypeError ("fetch failed") when the server cannot be reached.
  if (e.name === 'TypeError' || e.name === 'AbortError' || e.name === 'TimeoutError' || e.cause?.code) {
    return new CmsError('unavailable', `The CMS could not be reached reading ${reading}`, undefined, { cause: err })
  }
  return new CmsError(
    'unexpected',
    `Unexpected error reading ${reading}: ${String((err as Error)?.message ?? err)}`,
    undefined,
    {
      cause: err,
    },
  )
}

export const isCmsError = (err: unknown, kind?: CmsErrorKind): err is CmsError =>
  err instanceof CmsError && (kind === undefined || err.kind === kind)
