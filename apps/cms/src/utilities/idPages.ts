import type { Where } from 'payload'

export type Doc = Record<string, unknown> & { id: string | number }

/**
 * Pages through a collection (or its versions) in id order, by key rather than offset: each
 * page costs the same however deep into a large collection it is, and a document removed
 * meanwhile cannot shift the pages and make another one skipped. `fetch` gets the "after the
 * last id" condition to add to its query, which must sort by id and ask for `pageSize` docs.
 */
export async function* idPages(
  pageSize: number,
  fetch: (after: Where) => Promise<{ docs: unknown[] }>,
): AsyncGenerator<Doc[]> {
  let last: string | number | undefined
  for (;;) {
    const where: Where = last === undefined ? {} : { id: { greater_than: last } }
    const { docs } = await fetch(where)
    if (docs.length === 0) return
    yield docs as Doc[]
    last = (docs[docs.length - 1] as Doc).id
    if (docs.length < pageSize) return
  }
}
