import path from 'node:path'

export const root = path.resolve(__dirname, '../../..')
export const composeFile = path.join(root, 'docker-compose.yml')
export const envExample = path.join(root, '.env.example')
export const nginxTemplate = path.join(root, 'deploy/nginx/templates/default.conf.template')
export const dockerfile = path.join(root, 'deploy/Dockerfile')
