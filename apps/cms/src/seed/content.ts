import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { parse as parseYaml } from 'yaml'

/** Reads the seed content shipped in ./content (copied from the practice's shared content). */
const contentDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'content')

export type MarkdownDoc<T> = { data: T; body: string }

export function readMarkdown<T>(relativePath: string): MarkdownDoc<T> {
  const raw = fs.readFileSync(path.join(contentDir, relativePath), 'utf8').replace(/\r\n/g, '\n')
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(raw)
  if (!match) throw new Error(`Seed file ${relativePath} has no front matter`)
  return { data: parseYaml(match[1]) as T, body: match[2].trim() }
}

export type PracticeJson = {
  name: string
  region: string
  sessionFormats: string[]
  clients: string[]
  topics: { slug: string; title: string }[]
  services: { slug: string; title: string; audience: string; topics: string[]; grounding: string }[]
}

export type AuthorFrontMatter = {
  name: string
  slug: string
  role?: string
  credentials?: { abbreviation: string | null; title: string }[]
  licensedIn?: string[]
  sessionFormats?: string[]
}

export type ArticleFrontMatter = { title: string; slug: string; author: string; topics?: string[] }

export const readPractice = (): PracticeJson =>
  JSON.parse(fs.readFileSync(path.join(contentDir, 'practice.json'), 'utf8')) as PracticeJson

export const listMarkdown = (folder: string): string[] =>
  fs
    .readdirSync(path.join(contentDir, folder))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => `${folder}/${f}`)

/** "individuals and couples" -> ['individuals', 'couples'] */
export const splitAudience = (audience: string): string[] =>
  audience
    .split(/\s*(?:,|\band\b)\s*/)
    .map((a) => a.trim())
    .filter(Boolean)
