/** This site's public address (canonical URLs, Open Graph, sitemap, feed); checked at start-up by settings.ts. */
export const DEFAULT_WEB_PUBLIC_URL = 'http://localhost:3001'

/**
 * Read straight from the environment rather than through settings(): page components call it
 * while rendering, and Next also bundles page components for the browser (unused here, as the
 * pages send no JavaScript), where the settings' server-only imports cannot go.
 */
export const webPublicUrl = () => process.env.WEB_PUBLIC_URL || DEFAULT_WEB_PUBLIC_URL
