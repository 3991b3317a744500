'use client'

import { useEffect } from 'react'

/**
 * Leaves the site at once for a neutral page. location.replace swaps this page out of the
 * tab's history, so Back does not return here. Pressing Escape twice does the same. Without
 * JavaScript it is a plain link.
 */
export function QuickExit({ url }: { url: string }) {
  useEffect(() => {
    let last = 0
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return
      const now = Date.now()
      if (now - last < 1000) leave(url)
      last = now
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [url])

  return (
    <a
      href={url}
      className="quick-exit"
      rel="noreferrer noopener"
      aria-label="Quick exit: leave this site now for a neutral page (or press Escape twice)"
      onClick={(e) => {
        e.preventDefault()
        leave(url)
      }}
    >
      Quick exit
    </a>
  )
}

function leave(url: string) {
  document.title = ''
  document.body.style.visibility = 'hidden'
  window.location.replace(url)
}
