import path from 'node:path'
import { fileURLToPath } from 'node:url'

const dirname = path.dirname(fileURLToPath(import.meta.url))

// Topic slugs are a-z, 0-9 and "-" (the CMS makes them so); the value goes into a path.
const topicParam = { type: 'query', key: 'topic', value: '(?<topic>[a-z0-9-]{1,120})' }
// Any other topic value shows "There is no such topic" ("_" is never a slug).
const otherTopic = { type: 'query', key: 'topic', value: '.*\\S.*' }
const pageParam = { type: 'query', key: 'page', value: '(?<page>[1-9]\\d{0,5})' }

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A self-contained server for the Docker image (.next/standalone).
  output: 'standalone',
  outputFileTracingRoot: path.join(dirname, '../..'),
  poweredByHeader: false,
  transpilePackages: ['@resilient-mind/content'],
  experimental: {
    // Read when the server starts: WEB_CACHE_ON_DISK=false keeps the page and data cache in
    // memory only, so a test run against a fresh database never sees an earlier run's pages.
    isrFlushToDisk: process.env.WEB_CACHE_ON_DISK !== 'false',
    // The whole stylesheet is under 4 KB gzipped: inline it rather than make a phone on a slow
    // connection wait for two render-blocking requests before the first paint.
    inlineCss: true,
  },
  // Uploads are served through this site (/media/…), so next/image treats them as local files
  // and a visitor's browser never talks to another host.
  images: { localPatterns: [{ pathname: '/media/**' }], formats: ['image/webp'] },
  // The library has one public address, /resources?q=&topic=&page= (shareable, and what the
  // plain GET search form submits). Only a search is rendered per request; every other view
  // is a cached static page of its own, so a burst of visitors costs nothing (library/LibraryView.tsx).
  // "fallback" because no file serves /resources, / or /services: other pages never evaluate these rules
  // (beforeFiles rewrites cost every request about 0.2 ms, measured with bench/).
  rewrites: async () => ({
    beforeFiles: [],
    afterFiles: [],
    fallback: [
      { source: '/resources', has: [{ type: 'query', key: 'q', value: '.*\\S.*' }], destination: '/library-search' },
      { source: '/resources', has: [topicParam, pageParam], destination: '/library-pages/:page/:topic' },
      { source: '/resources', has: [topicParam], destination: '/library-pages/1/:topic' },
      { source: '/resources', has: [otherTopic], destination: '/library-pages/1/_' },
      { source: '/resources', has: [pageParam], destination: '/library-pages/:page' },
      // Page 1 too is rendered on its first visit (not while building, when the CMS may be down).
      { source: '/resources', destination: '/library-pages/1' },
      // So are home and the services list (app/cached-pages).
      { source: '/', destination: '/cached-pages/home' },
      { source: '/services', destination: '/cached-pages/services' },
      // Browsers that ask for /favicon.ico anyway get the site icon (app/icon.svg), not a 404.
      { source: '/favicon.ico', destination: '/icon.svg' },
    ],
  }),
  headers: async () => [
    {
      source: '/:path*',
      headers: [
        { key: 'Referrer-Policy', value: 'same-origin' },
        { key: 'X-Content-Type-Options', value: 'nosniff' },
        { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
      ],
    },
  ],
}

export default nextConfig
