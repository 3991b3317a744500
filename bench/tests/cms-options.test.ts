import fs from 'node:fs'
import path from 'node:path'

import { CMS_NODE_OPTIONS, rootDir } from '../src/config'

/**
 * The bench measures the CMS as production runs it: with the Node options of apps/cms's start
 * script (what `npm start` runs) and of docker-compose.yml. A change to one must reach the others.
 */
const heapLimit = CMS_NODE_OPTIONS.match(/--max-old-space-size=\d+/)?.[0]

it('starts the CMS with the heap limit that npm start and docker-compose.yml give it', () => {
  expect(heapLimit).toBeDefined()
  const pkg = JSON.parse(fs.readFileSync(path.join(rootDir, 'apps/cms/package.json'), 'utf8'))
  expect(pkg.scripts.start).toContain(heapLimit)
  const compose = fs.readFileSync(path.join(rootDir, 'docker-compose.yml'), 'utf8')
  expect(compose).toContain(`NODE_OPTIONS: ${heapLimit}`)
})
