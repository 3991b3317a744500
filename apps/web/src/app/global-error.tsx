'use client'

/** Last resort when even the layout failed: a page of its own, still calm and readable. */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: 'system-ui, sans-serif', color: '#1f2933', background: '#fbfaf7', padding: '2rem' }}>
        <main>
          <h1>This page can’t be shown right now</h1>
          <p>Please try again in a moment.</p>
          <button type="button" onClick={reset}>
            Try again
          </button>{' '}
          <a href="/">Home page</a>
        </main>
      </body>
    </html>
  )
}
