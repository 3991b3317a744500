import type { Config } from 'payload'

/** The practice is in Texas; "Schedule publish" starts there and offers the other US zones. */
export const PRACTICE_TIMEZONE = 'America/Chicago'

export const adminTimezones: NonNullable<Config['admin']>['timezones'] = {
  defaultTimezone: PRACTICE_TIMEZONE,
  supportedTimezones: [
    { label: 'Central (Texas) – Chicago', value: 'America/Chicago' },
    { label: 'Eastern – New York', value: 'America/New_York' },
    { label: 'Mountain – Denver', value: 'America/Denver' },
    { label: 'Mountain, no daylight saving – Phoenix', value: 'America/Phoenix' },
    { label: 'Pacific – Los Angeles', value: 'America/Los_Angeles' },
    { label: 'Alaska – Anchorage', value: 'America/Anchorage' },
    { label: 'Hawaii – Honolulu', value: 'Pacific/Honolulu' },
  ],
}
