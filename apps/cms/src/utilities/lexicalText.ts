/** Plain-text helpers over Lexical's serialized JSON, used for excerpts, reading time and search. */

type Node = { type?: string; text?: string; children?: Node[]; fields?: Record<string, unknown> }
type EditorState = { root?: Node } | null | undefined

function textOf(node: Node): string {
  if (typeof node.text === 'string') return node.text
  if (node.type === 'linebreak') return '\n'
  const own = (node.children ?? []).map(textOf).join('')
  const blockText =
    node.type === 'block' && node.fields
      ? Object.values(node.fields)
          .map((v) =>
            typeof v === 'string'
              ? v
              : v && typeof v === 'object' && 'root' in v
                ? lexicalToPlainText(v as EditorState)
                : '',
          )
          .filter(Boolean)
          .join(' ')
      : ''
  return own || blockText
}

export function lexicalToPlainText(state: EditorState): string {
  const blocks = state?.root?.children ?? []
  return blocks
    .map(textOf)
    .map((t) => t.trim())
    .filter(Boolean)
    .join('\n\n')
}

export function firstParagraphText(state: EditorState): string | undefined {
  const first = (state?.root?.children ?? []).find((n) => n.type === 'paragraph' && textOf(n).trim())
  return first ? textOf(first).trim() : undefined
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length
}

/** At ~220 words a minute, never less than one minute. */
export function readingTimeMinutes(state: EditorState, wordsPerMinute = 220): number {
  return Math.max(1, Math.ceil(countWords(lexicalToPlainText(state)) / wordsPerMinute))
}

/** Cut at a word boundary and mark the cut. */
export function truncate(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (clean.length <= max) return clean
  const cut = clean.slice(0, max - 1)
  const atWord = cut.slice(0, cut.lastIndexOf(' ') > max * 0.6 ? cut.lastIndexOf(' ') : cut.length)
  return `${atWord.replace(/[\s,;:.—-]+$/u, '')}…`
}
