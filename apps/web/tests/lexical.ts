/** Builders for Lexical's serialized JSON, the shape the CMS stores and the REST API returns. */
const base = { version: 1, direction: 'ltr' as const, format: '' as const, indent: 0 }
export const text = (t: string, format = 0) => ({
  type: 'text',
  version: 1,
  text: t,
  format,
  mode: 'normal',
  style: '',
  detail: 0,
})
export const paragraph = (...children: object[]) => ({
  ...base,
  type: 'paragraph',
  textFormat: 0,
  textStyle: '',
  children,
})
export const heading = (tag: 'h2' | 'h3', t: string) => ({ ...base, type: 'heading', tag, children: [text(t)] })
export const list = (listType: 'bullet' | 'number', items: object[][]) => ({
  ...base,
  type: 'list',
  listType,
  tag: listType === 'bullet' ? 'ul' : 'ol',
  start: 1,
  children: items.map((children, i) => ({ ...base, type: 'listitem', value: i + 1, children })),
})
export const quote = (t: string) => ({ ...base, type: 'quote', children: [text(t)] })
export const link = (t: string, fields: object) => ({ ...base, type: 'link', id: 'l1', fields, children: [text(t)] })
export const block = (fields: object) => ({ type: 'block', version: 2, format: '', fields })
export const doc = (...children: object[]) => ({ root: { ...base, type: 'root', children } })
