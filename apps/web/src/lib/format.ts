import { AUDIENCES, optionLabel, SESSION_FORMATS, US_STATES } from '@resilient-mind/content'

/** Human wording for stored values (the lists are shared with the CMS). */
export const formatLabel = (v: string) => optionLabel(SESSION_FORMATS, v)
export const audienceLabel = (v: string) => optionLabel(AUDIENCES, v)
export const stateName = (v: string) => optionLabel(US_STATES, v)

export function listOf(items: string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}

// One formatter for every date: toLocaleDateString builds a new one on each call, which costs
// about fifty times as much as formatting with it, for each card of a list.
const DATE = new Intl.DateTimeFormat('en-US', {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  timeZone: 'America/Chicago',
})

export function formatDate(iso: string | null | undefined): string | undefined {
  if (!iso) return undefined
  const d = new Date(iso)
  return Number.isNaN(d.getTime()) ? undefined : DATE.format(d)
}

export const readingTimeLabel = (minutes: number | null | undefined) => (minutes ? `${minutes} min read` : undefined)

/** Relationship fields arrive populated (objects) or as ids; pages only show populated ones. */
export function populated<T extends object>(
  values: (T | number | string | null | undefined)[] | null | undefined,
): T[] {
  return (values ?? []).filter((v): v is T => typeof v === 'object' && v !== null)
}
