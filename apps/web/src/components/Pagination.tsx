import Link from 'next/link'

/** Which page numbers to show: the first, the last, and the current one with its neighbours. */
export function pageWindow(current: number, total: number): (number | 'gap')[] {
  const pages = new Set([1, total, current - 1, current, current + 1].filter((p) => p >= 1 && p <= total))
  const sorted = [...pages].sort((a, b) => a - b)
  const out: (number | 'gap')[] = []
  sorted.forEach((p, i) => {
    if (i > 0 && p - sorted[i - 1] > 1) out.push('gap')
    out.push(p)
  })
  return out
}

/** Plain links with stable URLs: works without JavaScript and every page can be shared. */
export function Pagination({
  page,
  totalPages,
  hrefFor,
  label = 'Pages',
}: {
  page: number
  totalPages: number
  hrefFor: (page: number) => string
  label?: string
}) {
  if (totalPages <= 1) return null
  return (
    <nav className="pagination" aria-label={label}>
      <ul>
        {page > 1 && (
          <li>
            <Link href={hrefFor(page - 1)} rel="prev">
              ← Previous<span className="visually-hidden"> page</span>
            </Link>
          </li>
        )}
        {pageWindow(page, totalPages).map((p, i) =>
          p === 'gap' ? (
            <li key={`gap-${i}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={p}>
              {p === page ? (
                <span aria-current="page" className="current">
                  <span className="visually-hidden">Page </span>
                  {p}
                </span>
              ) : (
                <Link href={hrefFor(p)}>
                  <span className="visually-hidden">Page </span>
                  {p}
                </Link>
              )}
            </li>
          ),
        )}
        {page < totalPages && (
          <li>
            <Link href={hrefFor(page + 1)} rel="next">
              Next<span className="visually-hidden"> page</span> →
            </Link>
          </li>
        )}
      </ul>
      <p className="visually-hidden" aria-live="polite">
        Page {page} of {totalPages}
      </p>
    </nav>
  )
}
