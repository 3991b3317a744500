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
  build?: { context: string; dockerfile: string; target?: string; args?: Record<string, string> }
  networks?: string[] | Record<string, { ipv4_address?: string } | null>
  network_mode?: string
  depends_on?: Record<string, { condition: string }>
  environment?: Record<string, string>
  volumes?: string[]
  ports?: string[]
  healthcheck?: { test: string[] }
  profiles?: string[]
}
const compose = parse(fs.readFileSync(composeFile, 'utf8'), { merge: true }) as {
  services: Record<string, Service>
  volumes: Record<string, unknown>
  networks: Record<string, { internal?: boolean; ipam?: { config: { subnet: string }[] } }>
}
const services = compose.services
const secrets = {
  PAYLOAD_SECRET: 'p'.repeat(64),
  REVALIDATE_SECRET: 'r'.repeat(64),
  INQUIRY_API_KEY: 'i'.repeat(64),
  MONGO_ROOT_PASSWORD: 'm'.repeat(64),
  MONGO_CMS_PASSWORD: 'c'.repeat(64),
}
/** The networks a service joins, by name. */
const networksOf = (service: Service) =>
  (Array.isArray(service.networks) ? service.networks : Object.keys(service.networks ?? {})).sort()

/** The compose v2 client: the docker CLI plugin, or its standalone binary where there is no docker CLI. */
const composeCommand =
  spawnSync('docker', ['compose', 'version'], { encoding: 'utf8' }).status === 0
    ? ['docker', 'compose']
    : ['docker-compose']

/** `docker compose` with nothing from this machine's environment but PATH and what is given. */
function dockerCompose(args: string[], env: Record<string, string> = {}) {
  const [command, ...sub] = composeCommand
  return spawnSync(
    command,
    [...sub, '--project-directory', root, '-f', composeFile, '--env-file', envExample, ...args],
    {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    },
  )
}

describe('docker compose config', () => {
  it('passes with the secrets set, for the stack and the tls profile', () => {
    const run = dockerCompose(['--profile', 'tls', 'config', '--format', 'json'], secrets)
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    const resolved = JSON.parse(run.stdout) as { services: Record<string, Service> }
    expect(Object.keys(resolved.services).sort()).toEqual(['cms', 'mongo', 'mongo-keyfile', 'nginx', 'tls', 'web'])
    // The CMS signs in to MongoDB as its own user, against its own database.
    expect(resolved.services.cms.environment?.DATABASE_URI).toBe(
      `mongodb://cms:${secrets.MONGO_CMS_PASSWORD}@mongo:27017/cms?replicaSet=rs0&authSource=cms`,
    )
    expect(resolved.services.cms.environment?.PAYLOAD_SECRET).toBe(secrets.PAYLOAD_SECRET)
    expect(resolved.services.mongo.environment?.MONGO_INITDB_ROOT_PASSWORD).toBe(secrets.MONGO_ROOT_PASSWORD)
  })

  it.each(Object.keys(secrets))('refuses to start without %s, naming it and how to make one', (name) => {
    const run = dockerCompose(['config'], { ...secrets, [name]: '' })
    expect(run.status).not.toBe(0)
    expect(run.stderr).toMatch(new RegExp(`${name}.*openssl rand -hex 32`))
  })

  it('lets MONGODB_URI point the CMS at another replica set or Atlas', () => {
    const atlas = 'mongodb+srv://cms:pw@cluster0.example.mongodb.net/cms'
    const run = dockerCompose(['config', '--format', 'json'], { ...secrets, MONGODB_URI: atlas })
    expect(JSON.parse(run.stdout).services.cms.environment.DATABASE_URI).toBe(atlas)
  })
})

describe('MongoDB', () => {
  const mongo = services.mongo

  it('is MongoDB 7 started as a replica set (Payload needs one for transactions) with a keyfile', () => {
    expect(mongo.image).toMatch(/^mongo:7(\.|$)/)
    expect(mongo.command).toEqual(expect.arrayContaining(['--replSet', 'rs0', '--keyFile', '/keyfile/key']))
  })

  it('the keyfile is made on the first start by an init container, into a volume; none is in the repository', () => {
    const keyfile = services['mongo-keyfile']
    expect(mongo.depends_on?.['mongo-keyfile'].condition).toBe('service_completed_successfully')
    expect(keyfile.network_mode).toBe('none')
    expect(keyfile.command!.join(' ')).toMatch(
      /test -s \/keyfile\/key \|\| head -c 756 \/dev\/urandom \| base64 -w0 > \/keyfile\/key/,
    )
    // mongod refuses a keyfile others can read.
    expect(keyfile.command!.join(' ')).toMatch(/chown 999:999 \/keyfile\/key && chmod 400 \/keyfile\/key/)
    expect(keyfile.volumes).toEqual(['mongo-keyfile:/keyfile'])
    expect(mongo.volumes).toContain('mongo-keyfile:/keyfile:ro')
    const deployFiles = fs.readdirSync(path.join(root, 'deploy'), { recursive: true }).map(String)
    expect(deployFiles.filter((f) => /keyfile|\.key$/i.test(f))).toEqual([])
  })

  it("requires sign-in: a root user from .env, and the CMS's own user limited to its database", () => {
    expect(mongo.environment).toEqual(
      expect.objectContaining({
        MONGO_INITDB_ROOT_USERNAME: 'root',
        MONGO_INITDB_ROOT_PASSWORD: expect.stringMatching(/^\$\{MONGO_ROOT_PASSWORD:\?/),
      }),
    )
    expect(mongo.volumes).toContain('./deploy/mongo/initdb:/docker-entrypoint-initdb.d:ro')
    const init = fs.readFileSync(path.join(root, 'deploy/mongo/initdb/create-cms-user.js'), 'utf8')
    expect(init).toMatch(
      /createUser\(\{\s*user: 'cms',\s*pwd: process\.env\.MONGO_CMS_PASSWORD,\s*roles: \[\{ role: 'readWrite', db: 'cms' \}\]/,
    )
  })

  it('initiates the replica set from its healthcheck, signed in, and is healthy only as a writable primary', () => {
    const test = mongo.healthcheck!.test.join(' ')
    expect(test).toMatch(/-u root -p "\$\$MONGO_INITDB_ROOT_PASSWORD" --authenticationDatabase admin/)
    expect(test).toMatch(/rs\.status\(\)/)
    expect(test).toMatch(/rs\.initiate\(\{ _id: 'rs0', members: \[\{ _id: 0, host: 'mongo:27017' \}\] \}\)/)
    expect(test).toMatch(/isWritablePrimary/)
  })

  it('keeps its data and its replica set config in named volumes', () => {
    expect(mongo.volumes).toEqual(expect.arrayContaining(['mongo-data:/data/db', 'mongo-config:/data/configdb']))
    expect(Object.keys(compose.volumes)).toEqual(
      expect.arrayContaining(['mongo-data', 'mongo-config', 'mongo-keyfile', 'media']),
    )
  })

  it('is not published on the host', () => {
    expect(mongo.ports).toBeUndefined()
  })

  it('backs up with its own tools from inside its container: mongodump --oplog, pruned, then mongorestore', () => {
    expect(mongo.volumes).toContain('./deploy/mongo:/deploy/mongo:ro')
    const backup = fs.readFileSync(path.join(root, 'deploy/mongo/backup.sh'), 'utf8')
    expect(backup).toMatch(/^umask 077$/m)
    expect(backup).toMatch(/mongodump "\$\{auth\[@\]\}" --oplog --archive=/)
    expect(backup).toMatch(/mongorestore --port "\$scratch_port" --oplogReplay/)
    // What a backup must not hold is removed from the throwaway copy, never from the live database.
    expect(backup).toMatch(
      /--port "\$scratch_port" cms --eval[\s\S]*db\.inquiries\.deleteMany\(\{ createdAt: \{ \\\$lt: cutoff \} \}\)/,
    )
    expect(backup).toMatch(/sessions: \[\][\s\S]*resetPasswordToken: '', resetPasswordExpiration: ''/)
    expect(backup).toMatch(/mongodump --port "\$scratch_port" --db cms --archive --gzip/)
    expect(mongo.environment?.INQUIRY_RETENTION_DAYS).toBe(services.cms.environment?.INQUIRY_RETENTION_DAYS)
    const restore = fs.readFileSync(path.join(root, 'deploy/mongo/restore.sh'), 'utf8')
    expect(restore).toMatch(/mongorestore "\$\{auth\[@\]\}" --archive --gzip --nsInclude 'cms\.\*' "\$\{drop\[@\]\}"/)
    for (const script of ['backup.sh', 'restore.sh']) {
      expect(spawnSync('bash', ['-n', path.join(root, 'deploy/mongo', script)]).status).toBe(0)
      expect(fs.statSync(path.join(root, 'deploy/mongo', script)).mode & 0o111).not.toBe(0)
    }
  })
})

describe('networks', () => {
  it('MongoDB sits on an internal network with the CMS only', () => {
    expect(compose.networks.backend.internal).toBe(true)
    const onBackend = Object.entries(services)
      .filter(([, s]) => networksOf(s).includes('backend'))
      .map(([name]) => name)
    expect(onBackend.sort()).toEqual(['cms', 'mongo'])
    expect(networksOf(services.mongo)).toEqual(['backend'])
  })

  it('nginx and the website reach the CMS on the frontend network, and never MongoDB', () => {
    expect(networksOf(services.cms)).toEqual(['backend', 'frontend'])
    expect(networksOf(services.web)).toEqual(['frontend'])
    expect(networksOf(services.nginx)).toEqual(['frontend'])
    expect(networksOf(services.tls)).toEqual(['frontend'])
  })

  it("the website believes X-Forwarded-For from nginx's fixed address only; nginx from the tls service's", () => {
    const subnet = compose.networks.frontend.ipam!.config[0].subnet
    const nginxAddress = (services.nginx.networks as Record<string, { ipv4_address: string }>).frontend.ipv4_address
    const tlsAddress = (services.tls.networks as Record<string, { ipv4_address: string }>).frontend.ipv4_address
    expect(subnet).toBe('172.30.80.0/24')
    expect(nginxAddress).toMatch(/^172\.30\.80\.\d+$/)
    expect(services.web.environment?.TRUSTED_PROXY).toBe(nginxAddress)
    expect(services.nginx.environment?.NGINX_REAL_IP_FROM).toBe(`\${TLS_PROXY_ADDRESS:-${tlsAddress}}`)
  })
})

describe('the CMS and the website', () => {
  it('CMS: built from deploy/Dockerfile for APP=cms, started once MongoDB is healthy, with its media in a volume', () => {
    const cms = services.cms
    expect(cms.build).toEqual(
      expect.objectContaining({ context: '.', dockerfile: 'deploy/Dockerfile', target: 'runner' }),
    )
    expect(cms.build?.args).toEqual({ APP: 'cms', PORT: '3000', HEALTH_PATH: '/api/globals/practice?depth=0' })
    expect(cms.depends_on?.mongo.condition).toBe('service_healthy')
    expect(cms.environment?.DATABASE_URI).toMatch(
      /mongodb:\/\/cms:\$\{MONGO_CMS_PASSWORD\}@mongo:27017\/cms\?replicaSet=rs0&authSource=cms/,
    )
    expect(cms.volumes).toContain('media:/data/media')
    expect(cms.environment?.MEDIA_DIR).toBe('/data/media')
  })

  it('website: built from deploy/Dockerfile for APP=web, reads the CMS inside the network, revalidated by it', () => {
    expect(services.web.build).toEqual(
      expect.objectContaining({ context: '.', dockerfile: 'deploy/Dockerfile', target: 'runner' }),
    )
    expect(services.web.build?.args).toEqual({ APP: 'web', PORT: '3001', HEALTH_PATH: '/robots.txt' })
    expect(services.web.environment?.CMS_INTERNAL_URL).toBe('http://cms:3000')
    expect(services.cms.environment?.WEB_REVALIDATE_URL).toBe('http://web:3001/api/revalidate')
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
        if (/SECRET|PASSWORD|PASS$|API_KEY/.test(name))
          expect({ [name]: value }).toEqual({ [name]: expect.stringMatching(/^\$\{[A-Z0-9_]+(:[?-][^}]*)?\}$/) })
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

  it('renders the same template the nginx tests run; only nginx and the tls service are published', () => {
    expect(nginx.volumes).toContain('./deploy/nginx/templates:/etc/nginx/templates:ro')
    expect(nginx.ports).toEqual(['${HTTP_PORT:-8080}:80'])
    expect(
      Object.entries(services)
        .filter(([, s]) => s.ports)
        .map(([name]) => name)
        .sort(),
    ).toEqual(['nginx', 'tls'])
    expect(services.tls.profiles).toEqual(['tls'])
  })

  it('gives the template every variable it uses, and lets the image substitute only those', () => {
    const vars = templateVariables(fs.readFileSync(nginxTemplate, 'utf8'))
    expect(vars.sort()).toEqual([
      'CMS_ALLOW_FROM',
      'CMS_SERVER_NAME',
      'CMS_UPSTREAM',
      'NGINX_ACCESS_LOG',
      'NGINX_CACHE_DIR',
      'NGINX_HOP_PORT',
      'NGINX_PORT',
      'NGINX_REAL_IP_FROM',
      'NGINX_RESOLVER',
      'WEB_SERVER_NAME',
      'WEB_UPSTREAM',
    ])
    const filter = new RegExp(nginx.environment!.NGINX_ENVSUBST_FILTER.replace('$$', '$'))
    for (const v of vars) {
      expect(nginx.environment).toHaveProperty(v)
      expect(filter.test(v)).toBe(true)
    }
    expect(filter.test('HOSTNAME')).toBe(false)
  })

  it("sends the public site to web and the CMS host name to cms, and logs to the image's log (stdout)", () => {
    expect(nginx.environment).toEqual(
      expect.objectContaining({
        WEB_UPSTREAM: 'web:3001',
        CMS_UPSTREAM: 'cms:3000',
        NGINX_ACCESS_LOG: '/var/log/nginx/access.log',
        CMS_ALLOW_FROM: '${CMS_ALLOW_FROM:-all}',
      }),
    )
  })

  it('TLS (the tls profile): Caddy in front of nginx, for both host names, with HSTS', () => {
    expect(services.tls.volumes).toContain('./deploy/caddy/Caddyfile:/etc/caddy/Caddyfile:ro')
    const caddyfile = fs.readFileSync(path.join(root, 'deploy/caddy/Caddyfile'), 'utf8')
    expect(caddyfile).toMatch(/^\{\$WEB_SERVER_NAME\} \{\$CMS_SERVER_NAME\} \{$/m)
    expect(caddyfile).toMatch(/header Strict-Transport-Security "max-age=31536000"/)
    expect(caddyfile).toMatch(/reverse_proxy nginx:80/)
  })
})

describe('healthchecks', () => {
  it('mongo and nginx have one in the compose file; cms and web in the image, each asking its own path', () => {
    expect(services.mongo.healthcheck).toBeDefined()
    expect(services.nginx.healthcheck).toBeDefined()
    expect(fs.readFileSync(dockerfile, 'utf8')).toMatch(
      /^HEALTHCHECK .*\n\s+CMD node -e .*process\.env\.PORT\+process\.env\.HEALTH_PATH/m,
    )
  })

  it('the web waits for a healthy CMS', () => {
    expect(services.web.depends_on?.cms.condition).toBe('service_healthy')
  })
})

describe('deploy/Dockerfile (both apps, APP picks one)', () => {
  const text = fs.readFileSync(dockerfile, 'utf8')
  const stages = text.split(/^FROM /m).slice(1)
  const runner = stages.find((s) => / AS runner\n/.test(s))!

  it('is multi-stage and builds only what turbo prune --docker keeps for that app', () => {
    expect(stages.length).toBeGreaterThanOrEqual(4)
    expect(text).toContain('prune ${APP} --docker')
    expect(text).toMatch(/test "\$APP" = cms \|\| test "\$APP" = web/)
    expect(text).toMatch(/COPY --from=prune \/app\/out\/json\/ \.\/\nRUN npm ci/)
    expect(text).toMatch(/COPY --from=prune \/app\/out\/full\/ \.\//)
    expect(text).toMatch(/NEXT_OUTPUT=standalone [\s\S]*run build --filter=\$\{APP\}/)
  })

  it('runs the standalone server as an unprivileged user', () => {
    expect(runner).toContain('/app/apps/${APP}/.next/standalone ./')
    expect(runner).toContain('/app/apps/${APP}/.next/static ./apps/${APP}/.next/static')
    expect(runner).toMatch(/^USER node$/m)
    expect(runner).toMatch(/^WORKDIR \/app\/apps\/\$\{APP\}$/m)
    expect(runner).toContain('CMD ["node", "server.js"]')
  })

  it('bakes in no secret', () => {
    expect(text).not.toMatch(/^(ENV|ARG) .*(SECRET|PASSWORD|API_KEY)/m)
  })

  it('is the only Dockerfile', () => {
    expect(['apps/cms/Dockerfile', 'apps/web/Dockerfile'].filter((f) => fs.existsSync(path.join(root, f)))).toEqual([])
  })

  it.each(['cms', 'web'])(
    'apps/%s/next.config.mjs asks for standalone output only when the Dockerfile does, traced from the monorepo root',
    (app) => {
      const config = fs.readFileSync(path.join(root, 'apps', app, 'next.config.mjs'), 'utf8')
      expect(config).toMatch(/output: process\.env\.NEXT_OUTPUT === 'standalone' \? 'standalone' : undefined/)
      expect(config).toMatch(/outputFileTracingRoot: path\.join\(dirname, '\.\.\/\.\.'\)/)
      // turbo passes NEXT_OUTPUT to the build (and keys its cache on it).
      expect(JSON.parse(fs.readFileSync(path.join(root, 'turbo.json'), 'utf8')).globalEnv).toContain('NEXT_OUTPUT')
    },
  )
})

it('.dockerignore keeps local state, secrets and dependencies out of the build context', () => {
  const ignore = fs.readFileSync(path.join(root, '.dockerignore'), 'utf8').split('\n')
  expect(ignore).toEqual(
    expect.arrayContaining([
      '**/node_modules',
      '**/.next',
      '.env',
      '.env.*',
      '!.env.example',
      '**/*.db',
      'apps/cms/data',
      '.git',
    ]),
  )
})
