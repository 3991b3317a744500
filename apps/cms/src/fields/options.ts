/** Option lists shared by authors, services, inquiries and the practice global. */
export const SESSION_FORMATS = [
  { label: 'In person', value: 'in-person' },
  { label: 'Virtual', value: 'virtual' },
]

export const AUDIENCES = [
  { label: 'Individuals', value: 'individuals' },
  { label: 'Couples', value: 'couples' },
  { label: 'Families', value: 'families' },
]

// prettier-ignore
const STATE_CODES = ['AL','AK','AZ','AR','CA','CO','CT','DE','DC','FL','GA','HI','ID','IL','IN','IA','KS','KY','LA','ME','MD','MA','MI','MN','MS','MO','MT','NE','NV','NH','NJ','NM','NY','NC','ND','OH','OK','OR','PA','RI','SC','SD','TN','TX','UT','VT','VA','WA','WV','WI','WY']
export const US_STATES = STATE_CODES.map((code) => ({ label: code, value: code }))
