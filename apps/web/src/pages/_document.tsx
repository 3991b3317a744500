import { readFileSync } from 'node:fs'
import path from 'node:path'

import { Head, Html, Main, NextScript } from 'next/document'

const inlined = new Map<string, string | null>()

function stylesheet(file: string): string | null {
  if (!inlined.has(file)) {
    try {
      // next start and the standalone server both run from the app's folder, .next/static beside them.
      inlined.set(file, readFileSync(path.join(process.cwd(), '.next', file), 'utf8'))
    } catch {
      inlined.set(file, null)
    }
  }
  return inlined.get(file) ?? null
}

/**
 * The stylesheet in a <style> tag, as the App Router pages have it (experimental.inlineCss):
 * it is small, and a phone on a slow connection then paints without a second request. A file
 * that cannot be read is linked as usual.
 */
class InlineCssHead extends Head {
  getCssLinks(files: Parameters<Head['getCssLinks']>[0]) {
    const css = files.allFiles.filter((f) => f.endsWith('.css'))
    const texts = css.map(stylesheet)
    if (texts.some((t) => t === null)) return super.getCssLinks(files)
    return css.map((file, i) => <style key={file} data-href={`/_next/${file}`} dangerouslySetInnerHTML={{ __html: texts[i]! }} />)
  }
}

export default function Document() {
  return (
    <Html lang="en">
      <InlineCssHead />
      <body>
        <Main />
        <NextScript />
      </body>
    </Html>
  )
}
