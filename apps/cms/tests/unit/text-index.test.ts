import { TextIndex } from '../../src/search/textIndex'

type Meta = { n: number }
const make = () =>
  new TextIndex<Meta, 'title' | 'body'>({
    fields: ['title', 'body'],
    boost: { title: 3, body: 1 },
    processTerm: (t) => (t.toLowerCase() === 'the' ? null : t.toLowerCase()),
    prefix: (t) => t.length >= 3,
    fuzzy: (t) => (t.length >= 5 ? 0.2 : false),
  })

describe('TextIndex', () => {
  it('requires every word when some document has them all, and falls back to any word', () => {
    const index = make()
    index.upsert('1', { title: 'Trust', body: 'Rebuilding trust takes time.' }, { n: 1 })
    index.upsert('2', { title: 'Sleep', body: 'Sleep and trust.' }, { n: 2 })
    index.upsert('3', { title: 'Grief', body: 'Loss and time.' }, { n: 3 })
    expect(index.search('trust time', { offset: 0, limit: 10 }).hits.map((h) => h.id)).toEqual(['1'])
    expect(index.search('sleep grief', { offset: 0, limit: 10 }).hits.map((h) => h.id).sort()).toEqual(['2', '3'])
    expect(index.search('the', { offset: 0, limit: 10 })).toEqual({ total: 0, hits: [] })
  })

  it('counts every match, orders only the requested page and gives its matched terms', () => {
    const index = make()
    for (let i = 1; i <= 200; i++) index.upsert(String(i), { title: i % 50 === 0 ? 'Trust' : 'Other', body: `trust ${'word '.repeat(i % 7)}` }, { n: i })
    const first = index.search('trust', { offset: 0, limit: 4 })
    expect(first.total).toBe(200)
    expect(first.hits.map((h) => h.id)).toEqual(['50', '100', '150', '200']) // title matches first
    expect(first.hits[0].terms).toEqual(['trust'])
    const all = index.search('trust', { offset: 0, limit: 200 }).hits
    const page = index.search('trust', { offset: 40, limit: 10 })
    expect(page.hits.map((h) => h.id)).toEqual(all.slice(40, 50).map((h) => h.id))
    for (let i = 1; i < all.length; i++) expect(all[i - 1].score).toBeGreaterThanOrEqual(all[i].score)
    expect(index.search('trust', { offset: 0, limit: 5, filter: (m) => m.n % 2 === 0 }).total).toBe(100)
  })

  it('matches word beginnings and small typos, and returns the document terms that matched', () => {
    const index = make()
    index.upsert('1', { title: 'Betrayal', body: 'Stress and trusting again.' }, { n: 1 })
    expect(index.search('betray', { offset: 0, limit: 10 }).hits[0]?.terms).toEqual(['betrayal'])
    expect(index.search('strees', { offset: 0, limit: 10 }).hits[0]?.terms).toEqual(['stress'])
    expect(index.search('trust', { offset: 0, limit: 10 }).hits[0]?.terms).toEqual(['trusting'])
  })

  it('replaces and removes documents, and compacts once many are gone', () => {
    const index = make()
    for (let i = 1; i <= 300; i++) index.upsert(String(i), { title: `Note ${i}`, body: i <= 150 ? 'walking' : 'resting' }, { n: i })
    index.upsert('1', { title: 'Note 1', body: 'resting' }, { n: 1 })
    expect(index.search('walking', { offset: 0, limit: 1 }).total).toBe(149)
    for (let i = 2; i <= 150; i++) index.remove(String(i)) // past a quarter dead: compacts
    expect(index.size).toBe(151)
    expect(index.search('walking', { offset: 0, limit: 10 }).total).toBe(0)
    const resting = index.search('resting', { offset: 0, limit: 500 })
    expect(resting.total).toBe(151)
    expect(new Set(resting.hits.map((h) => h.id)).size).toBe(151)
    expect(resting.hits.find((h) => h.id === '1')?.meta).toEqual({ n: 1 })
    index.upsert('400', { title: 'Walking again', body: 'walking' }, { n: 400 })
    expect(index.search('walking', { offset: 0, limit: 10 }).hits.map((h) => h.id)).toEqual(['400'])
  })
})
