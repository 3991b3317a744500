import Link from 'next/link'

import { safetyPaths } from '@/inquiry/paths'

/** The No Surprises Act notice, in short, on the services pages; the full text is a click away. */
export function GoodFaithEstimateNotice() {
  return (
    <aside className="notice" aria-labelledby="gfe-heading">
      <h2 id="gfe-heading">Your right to a Good Faith Estimate</h2>
      <p>
        If you are not using insurance, you have the right to receive a Good Faith Estimate of the expected cost of your
        care before your appointment. <Link href={safetyPaths.legal('good-faith-estimate')}>Read the full notice</Link>.
      </p>
    </aside>
  )
}
