/** Addresses of the visitor-safety and appointment pages. */
export const LEGAL_NOTICES = {
  'good-faith-estimate': { title: 'Good Faith Estimate', field: 'goodFaithEstimate' },
  complaints: { title: 'How to file a complaint', field: 'complaints' },
  privacy: { title: 'Privacy notice', field: 'privacy' },
} as const
export type LegalNotice = keyof typeof LEGAL_NOTICES

export const safetyPaths = {
  contact: '/contact',
  contactFor: (serviceSlug: string) => `/contact?service=${encodeURIComponent(serviceSlug)}`,
  thanks: '/contact/thanks',
  legal: (notice: LegalNotice) => `/legal/${notice}`,
} as const

export { DEFAULT_CRISIS_NOTICE } from '@resilient-mind/content'
export const DEFAULT_QUICK_EXIT_URL = 'https://www.weather.gov/'
