import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { withRequestChecks } from '../../../../security/routeGuard'

export const POST = withRequestChecks(GRAPHQL_POST(config), { graphql: true })
export const OPTIONS = REST_OPTIONS(config)
