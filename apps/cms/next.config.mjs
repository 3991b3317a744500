import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  transpilePackages: ['@resilient-mind/content'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
