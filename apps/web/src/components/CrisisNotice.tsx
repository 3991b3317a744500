import './visitor-safety.css'

import { DEFAULT_CRISIS_NOTICE } from '@/inquiry/paths'

/**
 * First on every page, short enough to be seen without scrolling on a phone. The text comes
 * from the Practice global; the call and text links are always there.
 */
export function CrisisNotice({ notice }: { notice?: string | null }) {
  return (
    <aside className="crisis-notice" aria-label="Crisis support">
      <p>
        <span className="crisis-text">{notice?.trim() || DEFAULT_CRISIS_NOTICE}</span>{' '}
        <span className="crisis-links">
          <a href="tel:988">Call 988</a> · <a href="sms:988">Text 988</a> · <a href="tel:911">Call 911</a>
        </span>
      </p>
    </aside>
  )
}
