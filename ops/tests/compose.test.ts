import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { parse } from 'yaml'

import { templateVariables } from './helpers/nginx'
import { composeFile, dockerfile, envExample, nginxTemplate, root } from './helpers/paths'

/**
 * The stack's files, checked without a Docker engine: the compose client validates and
 * interpolates docker-compose.yml, and the rest is read as data.
 */
type Service = {
  image?: string
  command?: string[]
  build?: { context: string; dockerfile: string; target?: string }
  depends_on?: Record<string, { condition: string }>
  environment?: Record<string, string>
  volumes?: string[]
  ports?: string[]
  healthcheck?: { test: string[] }
  profiles?: string[]
}
const compose = parse(fs.readFileSync(composeFile, 'utf8'), { merge: true }) as { services: Record<string, Service>; volumes: Record<string, unknown> }
const services = compose.services
const secrets = { PAYLOAD_SECRET: 'p'.repeat(64), REVALIDATE_SECRET: 'r'.repeat(64), INQUIRY_API_KEY: 'i'.repeat(64) }

/** The compose v2 client: the docker CLI plugin, or its standalone binary where there is no docker CLI. */
const composeCommand = spawnSync('docker', ['compose', 'version'], { encoding: 'utf8' }).status === 0 ? ['docker', 'compose'] : ['docker-compose']

/** `docker compose` with nothing from this machine's environment but PATH and what is given. */
function dockerCompose(args: string[], env: Record<string, string> = {}) {
  const [command, ...sub] = composeCommand
  return spawnSync(command, [...sub, '--project-directory', root, '-f', composeFile, '--env-file', envExample, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
  })
}

describe('docker compose config', () => {
  it('passes with the secrets set, for the stack and the tools profile', () => {
    const run = dockerCompose(['--profile', 'tools', 'config', '--format', 'json'], secrets)
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    const resolved = JSON.parse(run.stdout) as { services: Record<string, Service> }
    expect(Object.keys(resolved.services).sort()).toEqual(['cms', 'cms-tools', 'mongo', 'nginx', 'web'])
    expect(resolved.services.cms.environment?.DATABASE_URI).toBe('mongodb://mongo:27017/cms?replicaSet=rs0')
    expect(resolved.services.cms.environment?.PAYLOAD_SECRET).toBe(secrets.PAYLOAD_SECRET)
  })

  it('refuses to start without a secret, naming it and how to make one', () => {
    const run = dockerCompose(['config'], { ...secrets, PAYLOAD_SECRET: '' })
    expect(run.status).not.toBe(0)
    expect(run.stderr).toMatch(/PAYLOAD_SECRET.*openssl rand -hex 32/)
  })

  it('lets MONGODB_URI point the CMS at another replica set or Atlas', () => {
    const atlas = 'mongodb+srv://cms:pw@cluster0.example.mongodb.net/cms'
    const run = dockerCompose(['config', '--format', 'json'], { ...secrets, MONGODB_URI: atlas })
    expect(JSON.parse(run.stdout).services.cms.environment.DATABASE_URI).toBe(atlas)
  })
})

describe('MongoDB', () => {
  const mongo = services.mongo

  it('is MongoDB 7 started as a replica set (Payload needs one for transactions)', () => {
    expect(mongo.image).toMatch(/^mongo:7(\.|$)/)
    expect(mongo.command).toEqual(expect.arrayContaining(['--replSet', 'rs0']))
  })

  it('initiates the replica set from its healthcheck and is healthy only as a writable primary', () => {
    const test = mongo.healthcheck!.test.join(' ')
    expect(test).toMatch(/rs\.status\(\)/)
    expect(test).toMatch(/rs\.initiate\(\{ _id: 'rs0', members: \[\{ _id: 0, host: 'mongo:27017' \}\] \}\)/)
    expect(test).toMatch(/isWritablePrimary/)
  })

  it('keeps its data and its replica set config in named volumes', () => {
    expect(mongo.volumes).toEqual(expect.arrayContaining(['mongo-data:/data/db', 'mongo-config:/data/configdb']))
    expect(Object.keys(compose.volumes)).toEqual(expect.arrayContaining(['mongo-data', 'mongo-config', 'media']))
  })

  it('is not published on the host', () => {
    expect(mongo.ports).toBeUndefined()
  })
})

describe('the CMS and the website', () => {
  it('CMS: built from apps/cms, started once MongoDB is healthy, on the replica set, with its media in a volume', () => {
    const cms = services.cms
    expect(cms.build).toEqual(expect.objectContaining({ context: '.', dockerfile: 'apps/cms/Dockerfile', target: 'runner' }))
    expect(cms.depends_on?.mongo.condition).toBe('service_healthy')
    expect(cms.environment?.DATABASE_URI).toMatch(/mongodb:\/\/mongo:27017\/cms\?replicaSet=rs0/)
    expect(cms.volumes).toContain('media:/data/media')
    expect(cms.environment?.MEDIA_DIR).toBe('/data/media')
  })

  it('website: built from apps/web, reads the CMS inside the network, revalidated by it', () => {
    expect(services.web.build).toEqual(expect.objectContaining({ context: '.', dockerfile: 'apps/web/Dockerfile' }))
    expect(services.web.environment?.CMS_INTERNAL_URL).toBe('http://cms:3000')
    expect(services.cms.environment?.WEB_REVALIDATE_URL).toBe('http://web:3001/api/revalidate')
  })

  it('backups run in the tools profile against the same database and media volume', () => {
    const tools = services['cms-tools']
    expect(tools.profiles).toEqual(['tools'])
    expect(tools.build?.target).toBe('tools')
    expect(tools.environment?.DATABASE_URI).toBe(services.cms.environment?.DATABASE_URI)
    expect(tools.volumes).toEqual(expect.arrayContaining(['media:/data/media', './backups:/backups']))
  })

  /** The variable names an app's zod settings schema declares (two-space-indented keys of z.object). */
  const settingNames = (file: string) => {
    const source = fs.readFileSync(path.join(root, file), 'utf8')
    const schema = source.slice(source.indexOf('z.object({'), source.indexOf('\n})'))
    return [...schema.matchAll(/^\s{2}([A-Z][A-Z0-9_]+):/gm)].map((m) => m[1]).filter((n) => n !== 'NODE_ENV')
  }

  it.each([
    ['cms', 'apps/cms/src/settings.ts', 10],
    ['web', 'apps/web/src/lib/settings.ts', 4],
  ])('every setting the %s validates at start-up is passed through from the environment', (service, file, atLeast) => {
    const names = settingNames(file)
    expect(names.length).toBeGreaterThanOrEqual(atLeast)
    const passed = Object.keys(services[service].environment ?? {})
    // Missing ones: add them to the service in docker-compose.yml (and to .env.example).
    expect(names.filter((n) => !passed.includes(n))).toEqual([])
  })

  it('no secret is written into the compose file: each comes from the environment', () => {
    for (const service of Object.values(services)) {
      for (const [name, value] of Object.entries(service.environment ?? {})) {
        if (/SECRET|PASSWORD|PASS$|API_KEY/.test(name)) expect({ [name]: value }).toEqual({ [name]: expect.stringMatching(/^\$\{[A-Z0-9_]+(:[?-][^}]*)?\}$/) })
      }
    }
  })

  it('.env.example names every variable the compose file reads', () => {
    const used = new Set([...fs.readFileSync(composeFile, 'utf8').matchAll(/\$\{([A-Z0-9_]+)/g)].map((m) => m[1]))
    const documented = new Set([...fs.readFileSync(envExample, 'utf8').matchAll(/^([A-Z0-9_]+)=/gm)].map((m) => m[1]))
    expect([...used].filter((v) => !documented.has(v))).toEqual([])
  })
})

describe('nginx', () => {
  const nginx = services.nginx

  it('renders the same template the micro-cache test runs, and is the only service published', () => {
    expect(nginx.volumes).toContain('./deploy/nginx/templates:/etc/nginx/templates:ro')
    expect(nginx.ports).toEqual(['${HTTP_PORT:-8080}:80'])
    expect(Object.entries(services).filter(([, s]) => s.ports).map(([name]) => name)).toEqual(['nginx'])
  })

  it('gives the template every variable it uses, and lets the image substitute only those', () => {
    const vars = templateVariables(fs.readFileSync(nginxTemplate, 'utf8'))
    expect(vars.sort()).toEqual(['CMS_SERVER_NAME', 'CMS_UPSTREAM', 'NGINX_CACHE_DIR', 'NGINX_HOP_PORT', 'NGINX_PORT', 'NGINX_RESOLVER', 'WEB_SERVER_NAME', 'WEB_UPSTREAM'])
    const filter = new RegExp(nginx.environment!.NGINX_ENVSUBST_FILTER.replace('$$', '$'))
    for (const v of vars) {
      expect(nginx.environment).toHaveProperty(v)
      expect(filter.test(v)).toBe(true)
    }
    expect(filter.test('HOSTNAME')).toBe(false)
  })

  it('sends the public site to web and the CMS host name to cms', () => {
    expect(nginx.environment).toEqual(expect.objectContaining({ WEB_UPSTREAM: 'web:3001', CMS_UPSTREAM: 'cms:3000' }))
  })
})

describe('healthchecks', () => {
  it('mongo and nginx have one in the compose file; cms and web in their images', () => {
    expect(services.mongo.healthcheck).toBeDefined()
    expect(services.nginx.healthcheck).toBeDefined()
    expect(fs.readFileSync(dockerfile('cms'), 'utf8')).toMatch(/^HEALTHCHECK .*\n\s+CMD node -e .*\/api\/globals\/practice/m)
    expect(fs.readFileSync(dockerfile('web'), 'utf8')).toMatch(/^HEALTHCHECK .*\n\s+CMD node -e .*\/robots\.txt/m)
  })

  it('the web waits for a healthy CMS', () => {
    expect(services.web.depends_on?.cms.condition).toBe('service_healthy')
  })
})

describe.each(['cms', 'web'] as const)('apps/%s/Dockerfile', (app) => {
  const text = fs.readFileSync(dockerfile(app), 'utf8')
  const stages = text.split(/^FROM /m).slice(1)
  const runner = stages.find((s) => / AS runner\n/.test(s))!

  it('is multi-stage and builds only what turbo prune --docker keeps', () => {
    expect(stages.length).toBeGreaterThanOrEqual(4)
    expect(text).toContain(`prune ${app} --docker`)
    expect(text).toMatch(/COPY --from=prune \/app\/out\/json\/ \.\/\nRUN npm ci/)
    expect(text).toMatch(/COPY --from=prune \/app\/out\/full\/ \.\//)
    expect(text).toContain(`run build --filter=${app}`)
  })

  it('runs the standalone server as an unprivileged user', () => {
    expect(runner).toContain(`/app/apps/${app}/.next/standalone ./`)
    expect(runner).toContain(`/app/apps/${app}/.next/static ./apps/${app}/.next/static`)
    expect(runner).toMatch(/^USER node$/m)
    expect(runner).toContain(`CMD ["node", "apps/${app}/server.js"]`)
  })

  it('bakes in no secret', () => {
    expect(text).not.toMatch(/^(ENV|ARG) .*(SECRET|PASSWORD|API_KEY)/m)
  })

  it('its Next config asks for standalone output traced from the monorepo root', () => {
    const config = fs.readFileSync(path.join(root, 'apps', app, 'next.config.mjs'), 'utf8')
    expect(config).toMatch(/output: 'standalone'/)
    expect(config).toMatch(/outputFileTracingRoot: path\.join\(dirname, '\.\.\/\.\.'\)/)
  })
})

it('.dockerignore keeps local state, secrets and dependencies out of the build context', () => {
  const ignore = fs.readFileSync(path.join(root, '.dockerignore'), 'utf8').split('\n')
  expect(ignore).toEqual(expect.arrayContaining(['**/node_modules', '**/.next', '.env', '.env.*', '!.env.example', '**/*.db', 'apps/cms/data', '.git']))
})
