import { z } from 'zod'

/**
 * What the appointment request form accepts, checked on the server. Each message says what to
 * do, in plain words, and belongs to one field so it can be shown (and announced) beside it.
 */
export const NOTE_MAX = 500
export const SESSION_FORMATS = ['in-person', 'virtual', 'either'] as const
export const CONTACT_METHODS = ['email', 'phone'] as const

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .optional()
    .transform((v) => (v ? v : undefined))

export const inquirySchema = z
  .object({
    name: z
      .string({ error: 'Please tell us your name.' })
      .trim()
      .min(1, 'Please tell us your name.')
      .max(120, 'Please keep your name under 120 characters.'),
    email: z
      .string({ error: 'Please give an email address so we can reply.' })
      .trim()
      .min(1, 'Please give an email address so we can reply.')
      .pipe(z.email('That email address does not look right. Please check it, for example name@example.com.')),
    phone: optionalText(40, 'Please keep the phone number under 40 characters.').refine(
      (v) => v === undefined || /^[+()\d\s.-]{7,}$/.test(v),
      'Please enter a phone number with digits (spaces, +, ( ) and - are fine).',
    ),
    preferredContact: z.enum(CONTACT_METHODS, { error: 'Please choose how we should contact you: email or phone.' }),
    service: optionalText(100, 'Please choose a service from the list.'),
    sessionFormat: z.enum(SESSION_FORMATS, { error: 'Please choose in person, virtual, or either.' }),
    note: optionalText(NOTE_MAX, `Please keep the note to ${NOTE_MAX} characters or fewer.`),
    consent: z.literal(true, { error: 'Please confirm that we may contact you about your request.' }),
  })
  .superRefine((v, ctx) => {
    if (v.preferredContact === 'phone' && !v.phone) {
      ctx.addIssue({
        code: 'custom',
        path: ['phone'],
        message: 'You chose phone: please give a number, or choose email instead.',
      })
    }
  })

export type InquiryInput = z.infer<typeof inquirySchema>
export type InquiryField = keyof z.input<typeof inquirySchema>
export type FieldErrors = Partial<Record<InquiryField, string>>

/** The raw strings a person typed, to put back into the form after an error. */
export type InquiryValues = Partial<Record<InquiryField, string>>

export const HONEYPOT_FIELD = 'website'

const FIELDS: InquiryField[] = [
  'name',
  'email',
  'phone',
  'preferredContact',
  'service',
  'sessionFormat',
  'note',
  'consent',
]

/** Form posts and JSON bodies alike: strings in, booleans for the consent checkbox. */
export function readSubmission(input: FormData | Record<string, unknown>): {
  values: InquiryValues
  honeypot: string
  raw: Record<string, unknown>
} {
  const get = (key: string): unknown => (input instanceof FormData ? (input.get(key) ?? undefined) : input[key])
  const values: InquiryValues = {}
  const raw: Record<string, unknown> = {}
  for (const field of FIELDS) {
    const value = get(field)
    if (value === undefined || value === null || typeof value === 'object') continue
    values[field] = String(value)
    raw[field] =
      field === 'consent' ? value === true || value === 'on' || value === 'yes' || value === 'true' : String(value)
  }
  const honeypot = get(HONEYPOT_FIELD)
  return { values, honeypot: typeof honeypot === 'string' ? honeypot : '', raw }
}

export function validateInquiry(
  raw: Record<string, unknown>,
): { ok: true; data: InquiryInput } | { ok: false; errors: FieldErrors } {
  const parsed = inquirySchema.safeParse(raw)
  if (parsed.success) return { ok: true, data: parsed.data }
  const errors: FieldErrors = {}
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as InquiryField | undefined
    if (field && !errors[field]) errors[field] = issue.message
  }
  return { ok: false, errors }
}
