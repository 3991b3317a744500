type TaggedInit = RequestInit & { next?: { tags?: string[] } }

/**
 * A fetch for a Pages Router page's reads that notes the cache tags each read carries (the
 * content client tags every read). The page returns them as its `cacheTags` prop, and
 * pagesCacheTags.ts stores them with the page, as the App Router does by itself.
 */
export function tagRecordingFetch(baseFetch: typeof fetch = globalThis.fetch.bind(globalThis)) {
  const seen = new Set<string>()
  const recording = ((input: RequestInfo | URL, init?: TaggedInit) => {
    for (const tag of init?.next?.tags ?? []) seen.add(tag)
    return baseFetch(input, init)
  }) as typeof fetch
  return { fetch: recording, tags: () => [...seen].sort() }
}
