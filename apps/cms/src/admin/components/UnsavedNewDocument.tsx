'use client'

import { LeaveWithoutSaving, useDocumentInfo } from '@payloadcms/ui'

/**
 * A new article or service is only created by "Save draft" or "Publish" (drafts are validated,
 * so opening "Create new" leaves nothing behind). Until then autosave has nothing to save to:
 * warn before leaving with unsaved words, and say so.
 */
export function UnsavedNewDocument() {
  const { id } = useDocumentInfo()
  if (id) return null
  return (
    <>
      <LeaveWithoutSaving />
      <p className="unsaved-new-document">Not saved yet: press “Save draft” once, then it saves itself as you type.</p>
    </>
  )
}
