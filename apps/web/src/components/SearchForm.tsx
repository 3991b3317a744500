import { sitePaths } from '@resilient-mind/content/routes'

/** A plain GET form: works without JavaScript and gives a shareable URL. */
export function SearchForm({ query, topic }: { query?: string; topic?: string | null }) {
  return (
    <form role="search" action={sitePaths.search} method="get" className="search-form">
      <label htmlFor="q">Search the library</label>
      <div className="search-row">
        <input id="q" name="q" type="search" defaultValue={query} maxLength={200} autoComplete="off" />
        {topic && <input type="hidden" name="topic" value={topic} />}
        <button type="submit">Search</button>
      </div>
    </form>
  )
}
