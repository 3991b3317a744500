import { safetyPaths } from '@/inquiry/paths'
import { HONEYPOT_FIELD, NOTE_MAX, type FieldErrors, type InquiryField, type InquiryValues } from '@/inquiry/schema'

export type ServiceOption = { slug: string; title: string }

const LABELS: Record<InquiryField, string> = {
  name: 'Your name',
  email: 'Email address',
  phone: 'Phone number',
  preferredContact: 'How should we contact you?',
  service: 'Service',
  sessionFormat: 'Session format',
  note: 'Anything we should know to arrange a first appointment?',
  consent: 'Consent',
}

/** Choice groups have no element with the field's name as id: link to their first option. */
const FIRST_INPUT: Partial<Record<InquiryField, string>> = {
  preferredContact: 'preferredContact-email',
  sessionFormat: 'sessionFormat-in-person',
}

/** What the form shows: empty at first, or what was sent with the server's messages. */
export type InquiryFormState = { message?: string; errors: FieldErrors; values: InquiryValues }

/**
 * The appointment request form: a plain HTML form posted to /contact (pages/contact), which
 * checks it on the server and either sends the visitor on to the thank-you page (303) or shows
 * this form again with what they typed and a message beside each field to correct. Messages
 * are linked to their field for screen readers and summarised at the top, which takes the focus.
 */
export function InquiryForm({ services, state }: { services: ServiceOption[]; state: InquiryFormState }) {
  const errorFields = Object.keys(state.errors) as InquiryField[]
  const v = state.values
  const invalid = (field: InquiryField) =>
    state.errors[field] ? { 'aria-invalid': true as const, 'aria-describedby': `${field}-error` } : {}
  const error = (field: InquiryField) =>
    state.errors[field] ? (
      <p className="field-error" id={`${field}-error`}>
        {state.errors[field]}
      </p>
    ) : null

  return (
    <form
      method="post"
      action={safetyPaths.contact}
      noValidate
      className="inquiry-form"
      aria-describedby="form-privacy"
    >
      {state.message && (
        <div className="form-summary" role="alert" tabIndex={-1} autoFocus>
          <p>{state.message}</p>
          {errorFields.length > 0 && (
            <ul>
              {errorFields.map((f) => (
                <li key={f}>
                  <a href={`#${FIRST_INPUT[f] ?? f}`}>
                    {LABELS[f]}: {state.errors[f]}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}

      <p id="form-privacy" className="form-warning">
        Please do not write clinical details or anything about a crisis in this form; it is for arranging a first
        appointment only. If you are in crisis, call or text <a href="tel:988">988</a>, or call{' '}
        <a href="tel:911">911</a> in an emergency.
      </p>

      <div className="field">
        <label htmlFor="name">{LABELS.name}</label>
        <input
          id="name"
          name="name"
          type="text"
          autoComplete="name"
          aria-required="true"
          maxLength={120}
          defaultValue={v.name}
          {...invalid('name')}
        />
        {error('name')}
      </div>

      <div className="field">
        <label htmlFor="email">{LABELS.email}</label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          aria-required="true"
          defaultValue={v.email}
          {...invalid('email')}
        />
        {error('email')}
      </div>

      <div className="field">
        <label htmlFor="phone">
          {LABELS.phone} <span className="optional">(optional)</span>
        </label>
        <input
          id="phone"
          name="phone"
          type="tel"
          autoComplete="tel"
          maxLength={40}
          defaultValue={v.phone}
          {...invalid('phone')}
        />
        {error('phone')}
      </div>

      <fieldset
        className="field"
        {...(state.errors.preferredContact ? { 'aria-describedby': 'preferredContact-error' } : {})}
      >
        <legend>{LABELS.preferredContact}</legend>
        {(['email', 'phone'] as const).map((method) => (
          <label key={method} className="choice">
            <input
              type="radio"
              id={`preferredContact-${method}`}
              name="preferredContact"
              value={method}
              defaultChecked={v.preferredContact === method}
            />
            {method === 'email' ? 'Email' : 'Phone'}
          </label>
        ))}
        {error('preferredContact')}
      </fieldset>

      <div className="field">
        <label htmlFor="service">
          {LABELS.service} <span className="optional">(optional)</span>
        </label>
        <select id="service" name="service" defaultValue={v.service ?? ''} {...invalid('service')}>
          <option value="">Not sure yet</option>
          {services.map((s) => (
            <option key={s.slug} value={s.slug}>
              {s.title}
            </option>
          ))}
        </select>
        {error('service')}
      </div>

      <fieldset
        className="field"
        {...(state.errors.sessionFormat ? { 'aria-describedby': 'sessionFormat-error' } : {})}
      >
        <legend>{LABELS.sessionFormat}</legend>
        {(
          [
            ['in-person', 'In person'],
            ['virtual', 'Virtual (online)'],
            ['either', 'Either'],
          ] as const
        ).map(([value, label]) => (
          <label key={value} className="choice">
            <input
              type="radio"
              id={`sessionFormat-${value}`}
              name="sessionFormat"
              value={value}
              defaultChecked={v.sessionFormat === value}
            />
            {label}
          </label>
        ))}
        {error('sessionFormat')}
      </fieldset>

      <div className="field">
        <label htmlFor="note">
          {LABELS.note} <span className="optional">(optional)</span>
        </label>
        <p className="hint" id="note-hint">
          For example, times that suit you. Please no clinical details. At most {NOTE_MAX} characters.
        </p>
        <textarea
          id="note"
          name="note"
          rows={4}
          maxLength={NOTE_MAX}
          defaultValue={v.note}
          aria-invalid={state.errors.note ? true : undefined}
          aria-describedby={`note-hint${state.errors.note ? ' note-error' : ''}`}
        />
        {error('note')}
      </div>

      <div className="field">
        <label className="choice">
          <input
            type="checkbox"
            id="consent"
            name="consent"
            value="yes"
            aria-required="true"
            defaultChecked={v.consent === 'yes'}
            {...invalid('consent')}
          />
          I agree to be contacted by the practice about this request.
        </label>
        {error('consent')}
      </div>

      <div className="hp" aria-hidden="true">
        <label htmlFor={HONEYPOT_FIELD}>Leave this field empty</label>
        <input id={HONEYPOT_FIELD} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" />
      </div>

      <button type="submit">Send request</button>
    </form>
  )
}
