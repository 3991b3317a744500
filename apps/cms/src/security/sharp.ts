import sharp from 'sharp'
import type { SharpDependency } from 'payload'

import { MAX_IMAGE_PIXELS } from './limits'

/**
 * sharp as Payload calls it, refusing images larger than MAX_IMAGE_PIXELS before decoding them
 * (a small, highly compressed PNG can decode to gigabytes). The Media collection checks the
 * size first with a readable message; this is the backstop for every other path.
 */
export const limitedSharp: SharpDependency = (input, options) =>
  sharp(input, { ...options, limitInputPixels: MAX_IMAGE_PIXELS })
