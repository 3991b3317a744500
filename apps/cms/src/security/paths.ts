/**
 * Path segments must be valid UTF-8 without control characters (%00 and friends). Kept apart
 * from the route guard so that the proxy, which runs before every page, loads only this and not
 * the Payload config behind the guard's lock checks.
 */
export function pathProblem(url: URL): string | undefined {
  for (const segment of url.pathname.split('/')) {
    let decoded: string
    try {
      decoded = decodeURIComponent(segment)
    } catch {
      return 'The address contains characters that are not valid text (invalid UTF-8).'
    }
    if (/[\u0000-\u001f\u007f]/.test(decoded)) return 'The address contains control characters.'
  }
}
