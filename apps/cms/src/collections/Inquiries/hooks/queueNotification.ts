import type { CollectionAfterChangeHook } from 'payload'

/** Queue the email in the same transaction as the inquiry: stored first, sent after. */
export const queueNotification: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  await req.payload.jobs.queue({
    task: 'notifyInquiry',
    input: { inquiryId: String(doc.id) },
    queue: 'notifications',
    req,
  })
  return doc
}
