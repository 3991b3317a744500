/** The article's social-sharing card (app/resources/[slug]/opengraph-image.tsx), as both routers announce it. */
export const SHARING_IMAGE = {
  size: { width: 1200, height: 630 },
  contentType: 'image/png',
  alt: 'The article title on a calm background',
} as const
