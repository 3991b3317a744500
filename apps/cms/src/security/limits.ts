/** Sizes the CMS accepts from a request; larger ones get a 413 before they are buffered. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024
/** JSON bodies (an article with a long Lexical body is a few hundred KB; autosave sends it all). */
export const MAX_JSON_BODY_BYTES = 2 * 1024 * 1024
/** A multipart body: the file plus its fields. */
export const MAX_MULTIPART_BYTES = MAX_UPLOAD_BYTES + MAX_JSON_BODY_BYTES
/** Decoded image size: 50 megapixels covers a phone camera's full-size photo (48 MP). */
export const MAX_IMAGE_PIXELS = 50_000_000

export const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`
