/**
 * Option lists and default wording both apps show: the CMS's select fields and the Practice
 * global's default, and the website's labels for stored values. One definition, so the admin
 * and the site never word the same value differently.
 */
export type Option = { label: string; value: string }

export const SESSION_FORMATS: Option[] = [
  { label: 'In person', value: 'in-person' },
  { label: 'Virtual (online)', value: 'virtual' },
]

export const AUDIENCES: Option[] = [
  { label: 'Individuals', value: 'individuals' },
  { label: 'Couples', value: 'couples' },
  { label: 'Families', value: 'families' },
]

// prettier-ignore
export const US_STATES: Option[] = [
  ['AL', 'Alabama'], ['AK', 'Alaska'], ['AZ', 'Arizona'], ['AR', 'Arkansas'], ['CA', 'California'], ['CO', 'Colorado'],
  ['CT', 'Connecticut'], ['DE', 'Delaware'], ['DC', 'District of Columbia'], ['FL', 'Florida'], ['GA', 'Georgia'],
  ['HI', 'Hawaii'], ['ID', 'Idaho'], ['IL', 'Illinois'], ['IN', 'Indiana'], ['IA', 'Iowa'], ['KS', 'Kansas'],
  ['KY', 'Kentucky'], ['LA', 'Louisiana'], ['ME', 'Maine'], ['MD', 'Maryland'], ['MA', 'Massachusetts'],
  ['MI', 'Michigan'], ['MN', 'Minnesota'], ['MS', 'Mississippi'], ['MO', 'Missouri'], ['MT', 'Montana'],
  ['NE', 'Nebraska'], ['NV', 'Nevada'], ['NH', 'New Hampshire'], ['NJ', 'New Jersey'], ['NM', 'New Mexico'],
  ['NY', 'New York'], ['NC', 'North Carolina'], ['ND', 'North Dakota'], ['OH', 'Ohio'], ['OK', 'Oklahoma'],
  ['OR', 'Oregon'], ['PA', 'Pennsylvania'], ['RI', 'Rhode Island'], ['SC', 'South Carolina'], ['SD', 'South Dakota'],
  ['TN', 'Tennessee'], ['TX', 'Texas'], ['UT', 'Utah'], ['VT', 'Vermont'], ['VA', 'Virginia'], ['WA', 'Washington'],
  ['WV', 'West Virginia'], ['WI', 'Wisconsin'], ['WY', 'Wyoming'],
].map(([value, label]) => ({ label, value }))

/** The label of a stored value, or the value itself when the list does not have it. */
export function optionLabel(options: Option[], value: string): string {
  return options.find((o) => o.value === value)?.label ?? value
}

/** The crisis notice when the Practice global has none (its default value, and the website's fallback). */
export const DEFAULT_CRISIS_NOTICE =
  'If you are in crisis, call or text 988 (Suicide & Crisis Lifeline). In an emergency, call 911.'
