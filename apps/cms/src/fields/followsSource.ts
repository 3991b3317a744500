/**
 * A value the CMS derives from other fields (the excerpt from the body, the SEO title from the
 * title...) until a person writes their own. No flag is stored: the value still follows its
 * source while it is empty or equal to what was derived from the document as it was before this
 * save (autosave and the admin form send the derived value back unchanged). Anything else was
 * typed by a person and is kept; clearing it hands it back to the CMS.
 */
export function followsSource<T>(
  incoming: T | null | undefined,
  previousDerived: T | null | undefined,
  same: (a: T, b: T) => boolean = (a, b) => a === b,
): boolean {
  if (incoming === undefined || incoming === null) return true
  if (typeof incoming === 'string' && !incoming.trim()) return true
  return previousDerived !== undefined && previousDerived !== null && same(incoming, previousDerived)
}
