import SearchableMap from 'minisearch/SearchableMap'

/**
 * A compact full-text index with BM25 ranking, the scoring of MiniSearch (same formula, field
 * boosts, prefix and fuzzy weights) laid out in typed arrays instead of a Map per term, field
 * and document:
 * - memory: a posting is 8 bytes in an Int32Array (MiniSearch: a Map entry per posting, ~10x
 *   more, millions of small objects that every garbage collection walks);
 * - speed: a search adds scores into one Float64Array and keeps only the best `offset + limit`
 *   hits, so a word found in nearly every article costs one pass over its postings, not an
 *   object, a sort and a copy of the stored fields per matching document.
 * The vocabulary stays in MiniSearch's radix tree (SearchableMap) for its prefix and fuzzy
 * lookups. Documents are removed by marking their slot dead; dead postings are skipped and
 * dropped by a compaction once they make up a quarter of the index.
 */

// Like MiniSearch's default tokenizer: split on spaces and punctuation.
const SPACE_OR_PUNCTUATION = /[\n\r\p{Z}\p{P}]+/u

const BM25 = { k: 1.2, b: 0.7, d: 0.5 }
const WEIGHTS = { prefix: 0.375, fuzzy: 0.45 }
const MAX_FUZZY = 6
// One bit per query word in a Uint32Array: words past the 32nd are ignored.
const MAX_QUERY_TERMS = 32

export type TextIndexOptions<M, F extends string> = {
  fields: readonly F[]
  boost: Record<F, number>
  /** Lower-cases a token, or drops it (null) when it says nothing about relevance. */
  processTerm: (term: string) => string | null
  /** Prefix search for a query word (MiniSearch's option). */
  prefix: (term: string) => boolean
  /** Fuzzy search for a query word: false, or the edit distance as a fraction of its length. */
  fuzzy: (term: string) => number | false
  /** Orders documents of equal score (negative: a first); by default the one added first. */
  tieBreak?: (a: M, b: M) => number
}

export type TextHit<M> = { id: string; meta: M; score: number; terms: string[] }
export type TextSearchResult<M> = { total: number; hits: TextHit<M>[] }

/** A growable Int32Array. */
class IntList {
  data: Int32Array
  length = 0
  constructor(capacity = 8) {
    this.data = new Int32Array(capacity)
  }
  push2(a: number, b: number) {
    if (this.length + 2 > this.data.length) {
      const next = new Int32Array(Math.max(8, this.data.length * 2))
      next.set(this.data.subarray(0, this.length))
      this.data = next
    }
    this.data[this.length++] = a
    this.data[this.length++] = b
  }
  /** Drops the unused capacity. */
  trim() {
    if (this.data.length > this.length) this.data = this.data.slice(0, this.length)
  }
}

type Expansion = { termId: number; weight: number; queryTerm: number }

export class TextIndex<M, F extends string = string> {
  private readonly fields: readonly F[]
  private readonly boosts: Float64Array
  private readonly nFields: number
  private vocabulary = new SearchableMap<number>()
  private termText: string[] = []
  /** Per term and field (termId * nFields + field): [slot, term frequency, slot, frequency...]. */
  private postings: IntList[] = []
  /** Per term and field: how many live documents have the term in the field (for IDF). */
  private docFreq = new Int32Array(64)
  /** Per slot and field: the field's length in terms. */
  private fieldLength = new Int32Array(64)
  /** Per slot: the sorted (termId * nFields + field) keys of its postings, for removal and highlighting. */
  private slotKeys: (Uint32Array | null)[] = []
  private slotIds: (string | null)[] = []
  private alive = new Uint8Array(64)
  private slotMeta: (M | null)[] = []
  private idToSlot = new Map<string, number>()
  private totalLength: Float64Array
  private dead = 0

  constructor(private readonly options: TextIndexOptions<M, F>) {
    this.fields = options.fields
    this.nFields = options.fields.length
    this.boosts = Float64Array.from(options.fields.map((f) => options.boost[f]))
    this.totalLength = new Float64Array(this.nFields)
  }

  get size(): number {
    return this.idToSlot.size
  }

  has(id: string): boolean {
    return this.idToSlot.has(id)
  }

  tokenize(text: string): string[] {
    const out: string[] = []
    for (const token of text.split(SPACE_OR_PUNCTUATION)) {
      const term = token ? this.options.processTerm(token) : null
      if (term) out.push(term)
    }
    return out
  }

  /** Adds a document, or replaces the one with the same id. */
  upsert(id: string, texts: Record<F, string>, meta: M): void {
    if (this.idToSlot.has(id)) this.remove(id)
    const slot = this.slotIds.length
    this.slotIds.push(id)
    this.slotMeta.push(meta)
    this.idToSlot.set(id, slot)
    this.alive = grow(this.alive, slot + 1)
    this.alive[slot] = 1
    this.fieldLength = grow(this.fieldLength, (slot + 1) * this.nFields)
    const keys: number[] = []
    for (let f = 0; f < this.nFields; f++) {
      const tokens = (texts[this.fields[f]] ?? '').split(SPACE_OR_PUNCTUATION)
      // MiniSearch's field length: the distinct tokens before processTerm (stop words included).
      const length = new Set(tokens).size
      this.fieldLength[slot * this.nFields + f] = length
      this.totalLength[f] += length
      const freq = new Map<string, number>()
      for (const token of tokens) {
        const t = token ? this.options.processTerm(token) : null
        if (t) freq.set(t, (freq.get(t) ?? 0) + 1)
      }
      for (const [term, tf] of freq) {
        const key = this.termId(term) * this.nFields + f
        this.postings[key].push2(slot, tf)
        this.docFreq[key]++
        keys.push(key)
      }
    }
    this.slotKeys.push(Uint32Array.from(keys).sort())
  }

  remove(id: string): void {
    const slot = this.idToSlot.get(id)
    if (slot === undefined) return
    this.idToSlot.delete(id)
    for (const key of this.slotKeys[slot] ?? []) this.docFreq[key]--
    for (let f = 0; f < this.nFields; f++) this.totalLength[f] -= this.fieldLength[slot * this.nFields + f]
    this.slotKeys[slot] = null
    this.slotIds[slot] = null
    this.alive[slot] = 0
    this.slotMeta[slot] = null
    this.dead++
    if (this.dead > 64 && this.dead * 4 > this.slotIds.length) this.compact()
  }

  /** Releases the spare capacity left by building (call once the bulk of the documents is in). */
  trim(): void {
    for (const p of this.postings) p.trim()
  }

  /**
   * The documents matching every query word (prefix and fuzzy matches included), or, when none
   * does, those matching any; ranked by BM25 times the number of query words matched. Only the
   * best `offset + limit` are ordered, and only the returned ones get their matched terms.
   */
  search(query: string, opts: { offset: number; limit: number; filter?: (meta: M) => boolean }): TextSearchResult<M> {
    const queryTerms = [...new Set(this.tokenize(query))].slice(0, MAX_QUERY_TERMS)
    const slots = this.slotIds.length
    if (queryTerms.length === 0 || this.size === 0) return { total: 0, hits: [] }
    const expansions = this.expand(queryTerms)

    const scores = new Float64Array(slots)
    const matched = new Uint32Array(slots)
    const n = this.size
    const avg = this.totalLength.map((total) => total / n)
    const { k, b, d } = BM25
    const alive = this.alive
    const fieldLength = this.fieldLength
    const nFields = this.nFields
    for (const { termId, weight, queryTerm } of expansions) {
      const bit = 1 << queryTerm
      for (let f = 0; f < nFields; f++) {
        const key = termId * nFields + f
        const df = this.docFreq[key]
        if (df <= 0) continue
        const list = this.postings[key]
        const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5))
        const w = weight * this.boosts[f] * idf
        const avgLength = avg[f] || 1
        const data = list.data
        for (let i = 0; i < list.length; i += 2) {
          const slot = data[i]
          if (alive[slot] === 0) continue
          const tf = data[i + 1]
          const length = fieldLength[slot * nFields + f]
          scores[slot] += w * (d + (tf * (k + 1)) / (tf + k * (1 - b + (b * length) / avgLength)))
          matched[slot] |= bit
        }
      }
    }

    const all = queryTerms.length >= 32 ? 0xffffffff : (1 << queryTerms.length) - 1
    let candidates = this.collect(matched, (m) => m === all >>> 0, opts.filter)
    if (candidates.length === 0 && queryTerms.length > 1) candidates = this.collect(matched, (m) => m !== 0, opts.filter)
    const total = candidates.length
    const final = (slot: number) => scores[slot] * popcount(matched[slot])
    const tieBreak = this.options.tieBreak
    const meta = this.slotMeta
    const top = topK(candidates, opts.offset + opts.limit, final, tieBreak && ((a, b) => tieBreak(meta[a]!, meta[b]!)))
    const page = top.slice(opts.offset, opts.offset + opts.limit)
    return {
      total,
      hits: page.map((slot) => ({
        id: this.slotIds[slot]!,
        meta: this.slotMeta[slot]!,
        score: final(slot),
        terms: this.matchedTerms(slot, expansions),
      })),
    }
  }

  private termId(term: string): number {
    let id = this.vocabulary.get(term)
    if (id === undefined) {
      id = this.termText.length
      this.termText.push(term)
      this.vocabulary.set(term, id)
      for (let f = 0; f < this.nFields; f++) this.postings.push(new IntList())
      this.docFreq = grow(this.docFreq, this.postings.length)
    }
    return id
  }

  /** Each query word with the indexed terms it stands for (itself, longer words, near spellings) and their weights. */
  private expand(queryTerms: string[]): Expansion[] {
    const out: Expansion[] = []
    queryTerms.forEach((term, queryTerm) => {
      const exact = this.vocabulary.get(term)
      if (exact !== undefined) out.push({ termId: exact, weight: 1, queryTerm })
      const seen = new Set<string>([term])
      if (this.options.prefix(term)) {
        for (const [other, termId] of this.vocabulary.atPrefix(term)) {
          if (seen.has(other)) continue
          seen.add(other)
          const distance = other.length - term.length
          out.push({ termId, weight: (WEIGHTS.prefix * other.length) / (other.length + 0.3 * distance), queryTerm })
        }
      }
      const fuzzy = this.options.fuzzy(term)
      if (fuzzy) {
        const maxDistance = Math.min(MAX_FUZZY, Math.round(term.length * fuzzy))
        if (maxDistance) {
          for (const [other, [termId, distance]] of this.vocabulary.fuzzyGet(term, maxDistance)) {
            if (seen.has(other) || !distance) continue
            seen.add(other)
            out.push({ termId, weight: (WEIGHTS.fuzzy * other.length) / (other.length + distance), queryTerm })
          }
        }
      }
    })
    return out
  }

  private collect(matched: Uint32Array, ok: (mask: number) => boolean, filter?: (meta: M) => boolean): Int32Array {
    const out = new Int32Array(matched.length)
    let count = 0
    for (let slot = 0; slot < matched.length; slot++) {
      const m = matched[slot]
      if (m === 0 || !ok(m)) continue
      if (filter && !filter(this.slotMeta[slot]!)) continue
      out[count++] = slot
    }
    return out.subarray(0, count)
  }

  /** The document's indexed terms that matched the query: what the website highlights. */
  private matchedTerms(slot: number, expansions: Expansion[]): string[] {
    const keys = this.slotKeys[slot]!
    const out: string[] = []
    for (const { termId } of expansions) {
      for (let f = 0; f < this.nFields; f++) {
        if (binarySearch(keys, termId * this.nFields + f)) {
          out.push(this.termText[termId])
          break
        }
      }
    }
    return [...new Set(out)]
  }

  /** Drops dead slots and their postings, renumbering the live slots in order. */
  private compact(): void {
    const remap = new Int32Array(this.slotIds.length).fill(-1)
    let next = 0
    for (let slot = 0; slot < this.slotIds.length; slot++) if (this.slotIds[slot] !== null) remap[slot] = next++
    for (const list of this.postings) {
      let w = 0
      for (let i = 0; i < list.length; i += 2) {
        const to = remap[list.data[i]]
        if (to < 0) continue
        list.data[w++] = to
        list.data[w++] = list.data[i + 1]
      }
      list.length = w
      list.trim()
    }
    const lengths = new Int32Array(Math.max(64, next * this.nFields))
    const keep = <T>(arr: T[]) => arr.filter((_, slot) => remap[slot] >= 0)
    for (let slot = 0; slot < remap.length; slot++) {
      if (remap[slot] < 0) continue
      for (let f = 0; f < this.nFields; f++) lengths[remap[slot] * this.nFields + f] = this.fieldLength[slot * this.nFields + f]
    }
    this.fieldLength = lengths
    this.slotKeys = keep(this.slotKeys)
    this.slotIds = keep(this.slotIds)
    this.slotMeta = keep(this.slotMeta)
    this.idToSlot = new Map(this.slotIds.map((id, slot) => [id!, slot]))
    this.alive = new Uint8Array(Math.max(64, next)).fill(1, 0, next)
    this.dead = 0
  }
}

/** The array itself when it holds `needed` items, else a copy at least twice as long. */
function grow<T extends Int32Array<ArrayBuffer> | Uint8Array<ArrayBuffer>>(arr: T, needed: number): T {
  if (needed <= arr.length) return arr
  const next = new (arr.constructor as new (length: number) => T)(Math.max(needed, arr.length * 2))
  next.set(arr)
  return next
}

function popcount(x: number): number {
  x = x - ((x >>> 1) & 0x55555555)
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333)
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24
}

function binarySearch(sorted: Uint32Array, value: number): boolean {
  let lo = 0
  let hi = sorted.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1
    if (sorted[mid] === value) return true
    if (sorted[mid] < value) lo = mid + 1
    else hi = mid - 1
  }
  return false
}

/**
 * The k best items by score, best first (ties: by tieBreak, then the earlier item first), with a binary min-heap
 * of size k: O(n log k) instead of sorting all n.
 */
function topK(items: Int32Array, k: number, score: (item: number) => number, tieBreak?: (a: number, b: number) => number): number[] {
  if (k <= 0 || items.length === 0) return []
  // worse(a, b): a ranks below b.
  const worse = (a: number, b: number) => {
    const sa = score(a)
    const sb = score(b)
    if (sa !== sb) return sa < sb
    const t = tieBreak?.(a, b) ?? 0
    return t !== 0 ? t > 0 : a > b
  }
  const bestFirst = (a: number, b: number) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0)
  if (k >= items.length / 4) return Array.from(items).sort(bestFirst).slice(0, k)
  const heap: number[] = []
  const siftUp = (i: number) => {
    while (i > 0) {
      const p = (i - 1) >> 1
      if (!worse(heap[i], heap[p])) break
      ;[heap[i], heap[p]] = [heap[p], heap[i]]
      i = p
    }
  }
  const siftDown = (i: number) => {
    for (;;) {
      const l = 2 * i + 1
      const r = l + 1
      let m = i
      if (l < heap.length && worse(heap[l], heap[m])) m = l
      if (r < heap.length && worse(heap[r], heap[m])) m = r
      if (m === i) return
      ;[heap[i], heap[m]] = [heap[m], heap[i]]
      i = m
    }
  }
  for (const item of items) {
    if (heap.length < k) {
      heap.push(item)
      siftUp(heap.length - 1)
    } else if (worse(heap[0], item)) {
      heap[0] = item
      siftDown(0)
    }
  }
  return heap.sort(bestFirst)
}
