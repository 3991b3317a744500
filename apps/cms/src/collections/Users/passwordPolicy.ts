/** The password rules, shared by the Users hook and the ADMIN_PASSWORD start-up check. */
import { COMMON_PASSWORDS, COMMON_WORDS } from './commonPasswords'

export const MIN_PASSWORD_LENGTH = 12

/** Why a password is refused, in words a person can act on; undefined when it is fine. */
export function passwordProblem(password: string, email?: string): string | undefined {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return `Use at least ${MIN_PASSWORD_LENGTH} characters. A few unrelated words make a long password that is easy to remember.`
  }
  if (password.length > 200) return 'Use at most 200 characters.'
  const normalized = password.toLowerCase()
  const letters = normalized.replace(/[^a-z0-9]/g, '')
  // "password1234", "qwerty123456!", "aaaaaaaaaaaa", "abcabcabcabc": a common word or a short
  // pattern dressed up with digits and symbols.
  const base = normalized.replace(/[^a-z]/g, '')
  const repeated = /^(.{1,4})\1+$/.test(letters) || /^(.)\1+$/.test(normalized)
  const emailName = email?.split('@')[0]?.toLowerCase()
  if (
    COMMON_PASSWORDS.has(normalized) ||
    COMMON_PASSWORDS.has(letters) ||
    (base.length > 0 && COMMON_WORDS.has(base)) ||
    base.length === 0 ||
    repeated ||
    // Mostly the email name ("margaret.hamilton!"); a long passphrase that contains it is fine.
    (emailName && emailName.length >= 4 && normalized.replace(emailName, '').length < 8)
  ) {
    return 'This password is too common or too easy to guess (a well-known password, a repeated pattern, digits only, or your email name). Choose another one.'
  }
}
