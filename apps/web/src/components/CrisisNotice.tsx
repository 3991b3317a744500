import { DEFAULT_CRISIS_NOTICE } from '@/inquiry/paths'

/**
 * The crisis notice: the text comes from the Practice global; the call and text links are
 * always there. The layout shows it first on every page, inside the safety bar.
 */
export function CrisisNotice({ notice }: { notice?: string | null }) {
  return (
    <p className="crisis-notice">
      <span className="crisis-text">{notice?.trim() || DEFAULT_CRISIS_NOTICE}</span>{' '}
      <span className="crisis-links">
        <a href="tel:988">Call 988</a> · <a href="sms:988">Text 988</a> · <a href="tel:911">Call 911</a>
      </span>
    </p>
  )
}

/** The same notice inside a page's content (a region there, not a second complementary landmark). */
export function CrisisNoticeSection({ notice }: { notice?: string | null }) {
  return (
    <section className="crisis-box" aria-label="Crisis support">
      <CrisisNotice notice={notice} />
    </section>
  )
}
