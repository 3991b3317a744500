import type { ContentClient, SearchResponse, Topic } from '@resilient-mind/content'

import { loadLibrary } from '@/library/LibraryView'

const topics = [{ id: 3, slug: 'rebuilding-trust', title: 'Rebuilding trust' }] as Topic[]
const response = (topic: string | null): SearchResponse => ({
  query: 'trust',
  topic,
  docs: [],
  totalDocs: 0,
  page: 1,
  totalPages: 0,
  limit: 12,
})

/** A content client whose reads wait until the test lets them answer, recording what was asked. */
function pendingClient() {
  const asked: string[] = []
  let release!: () => void
  const gate = new Promise<void>((r) => (release = r))
  const cms = {
    topics: async () => {
      asked.push('topics')
      await gate
      return topics
    },
    search: async ({ topic }: { topic?: string | null }) => {
      asked.push(`search${topic ? ` in ${topic}` : ''}`)
      await gate
      return response(topic ?? null)
    },
  } as unknown as ContentClient
  return { cms, asked, release }
}

describe('loadLibrary for a search', () => {
  it('asks the CMS for the topics and the results at once, not one after the other', async () => {
    const { cms, asked, release } = pendingClient()
    const loading = loadLibrary(cms, { q: 'trust', topic: 'rebuilding-trust', page: 1 })
    await new Promise((r) => setTimeout(r, 0))
    expect(asked).toEqual(['topics', 'search in rebuilding-trust'])
    release()
    const data = await loading
    expect(data?.current?.slug).toBe('rebuilding-trust')
    expect(data?.results?.topic).toBe('rebuilding-trust')
    expect(asked).toHaveLength(2)
  })

  it('looks through every article when the topic does not exist', async () => {
    const { cms, asked, release } = pendingClient()
    release()
    const data = await loadLibrary(cms, { q: 'trust', topic: 'no-such-topic', page: 1 })
    expect(data?.current).toBeNull()
    expect(data?.results?.topic).toBeNull()
    expect(asked).toEqual(['topics', 'search in no-such-topic', 'search'])
  })
})
