'use client'

import Link from 'next/link'

/** Something failed while loading a page (usually the CMS is unreachable): say so calmly, inside the layout. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="narrow">
      <h1>This page can’t be shown right now</h1>
      <p className="lead">Something went wrong on our side while loading it. Please try again in a moment.</p>
      <p>
        <button type="button" onClick={reset}>
          Try again
        </button>
      </p>
      <p>
        <Link href="/">Go to the home page</Link>
      </p>
    </div>
  )
}
