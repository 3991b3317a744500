import FileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache'

/** Types for tagged-pages-cache.mjs (plain JavaScript, as Next loads it at run time). */
export default class TaggedPagesCache extends FileSystemCache {}
