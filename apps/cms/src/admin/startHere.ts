import type { Payload, TypedUser } from 'payload'

import { roleOf } from '../access/roles'

export type Scheduled = {
  collection: 'articles' | 'services'
  id: number
  title: string
  at: string
  type: 'publish' | 'unpublish'
}
export type StartHereFigures = {
  myDrafts: number
  scheduled: Scheduled[]
  /** Only for those allowed to read appointment requests (admins); undefined for everyone else. */
  newRequests?: number
}

type ScheduleInput = { type?: string; doc?: { relationTo?: string; value?: number | string } }

/**
 * What the dashboard shows a signed-in person, read with their own access: their drafts, what
 * is scheduled to go live or come down, and (admins only) appointment requests not yet answered.
 */
export async function startHereFigures(payload: Payload, user: TypedUser): Promise<StartHereFigures> {
  const asUser = { user, overrideAccess: false } as const
  const myDrafts = (
    await payload.count({
      collection: 'articles',
      where: { and: [{ _status: { equals: 'draft' } }, { createdBy: { equals: user.id } }] },
      ...asUser,
    })
  ).totalDocs

  // Scheduled publishing lives in Payload's jobs queue, which no user may read directly; the
  // documents it names are then read with the person's own access.
  const jobs = await payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: 'schedulePublish' } },
        { completedAt: { exists: false } },
        { waitUntil: { greater_than: new Date().toISOString() } },
      ],
    },
    sort: 'waitUntil',
    limit: 20,
    depth: 0,
    overrideAccess: true,
  })
  const scheduled: Scheduled[] = []
  for (const job of jobs.docs) {
    const input = (job.input ?? {}) as ScheduleInput
    const collection = input.doc?.relationTo
    if ((collection !== 'articles' && collection !== 'services') || input.doc?.value === undefined || !job.waitUntil)
      continue
    const found = await payload.find({
      collection,
      where: { id: { equals: input.doc.value } },
      draft: true,
      depth: 0,
      limit: 1,
      ...asUser,
    })
    const doc = found.docs[0]
    if (!doc) continue
    scheduled.push({
      collection,
      id: Number(doc.id),
      title: doc.title,
      at: job.waitUntil,
      type: input.type === 'unpublish' ? 'unpublish' : 'publish',
    })
  }

  const newRequests =
    roleOf(user) === 'admin'
      ? (await payload.count({ collection: 'inquiries', where: { status: { equals: 'new' } }, ...asUser })).totalDocs
      : undefined
  return { myDrafts, scheduled, newRequests }
}
