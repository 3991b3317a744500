/** Human wording for stored values. */
const FORMATS: Record<string, string> = { 'in-person': 'In person', virtual: 'Virtual (online)' }
const AUDIENCES: Record<string, string> = { individuals: 'Individuals', couples: 'Couples', families: 'Families' }
// prettier-ignore
const STATES: Record<string, string> = { AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado', CT: 'Connecticut', DE: 'Delaware', DC: 'District of Columbia', FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois', IN: 'Indiana', IA: 'Iowa', KS: 'Kansas', KY: 'Kentucky', LA: 'Louisiana', ME: 'Maine', MD: 'Maryland', MA: 'Massachusetts', MI: 'Michigan', MN: 'Minnesota', MS: 'Mississippi', MO: 'Missouri', MT: 'Montana', NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire', NJ: 'New Jersey', NM: 'New Mexico', NY: 'New York', NC: 'North Carolina', ND: 'North Dakota', OH: 'Ohio', OK: 'Oklahoma', OR: 'Oregon', PA: 'Pennsylvania', RI: 'Rhode Island', SC: 'South Carolina', SD: 'South Dakota', TN: 'Tennessee', TX: 'Texas', UT: 'Utah', VT: 'Vermont', VA: 'Virginia', WA: 'Washington', WV: 'West Virginia', WI: 'Wisconsin', WY: 'Wyoming' }

export const formatLabel = (v: string) => FORMATS[v] ?? v
export const audienceLabel = (v: string) => AUDIENCES[v] ?? v
export const stateName = (v: string) => STATES[v] ?? v

export function listOf(items: string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}

export function formatDate(iso: string | null | undefined): string | undefined {
  if (!iso) return undefined
  const d = new Date(iso)
  return Number.isNaN(d.getTime()) ? undefined : d.toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'America/Chicago' })
}

export const readingTimeLabel = (minutes: number | null | undefined) => (minutes ? `${minutes} min read` : undefined)

/** Relationship fields arrive populated (objects) or as ids; pages only show populated ones. */
export function populated<T extends object>(values: (T | number | string | null | undefined)[] | null | undefined): T[] {
  return (values ?? []).filter((v): v is T => typeof v === 'object' && v !== null)
}
