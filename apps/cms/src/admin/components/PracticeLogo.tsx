import type { ServerProps } from 'payload'

import { PracticeIcon } from './PracticeIcon'

/** The login page's logo: the practice's mark and its name as staff know it (from the Practice settings). */
export async function PracticeLogo({ payload }: ServerProps) {
  let name = 'Resilient Mind'
  try {
    const practice = await payload.findGlobal({ slug: 'practice', depth: 0 })
    if (practice?.name?.trim()) name = practice.name.trim()
  } catch {
    // Before the first migration the settings do not exist yet: the default name will do.
  }
  return (
    <span className="practice-logo">
      <PracticeIcon />
      <span className="practice-logo__name">{name}</span>
    </span>
  )
}
