import type { SearchResponse } from '@resilient-mind/content'
import { render, screen, within } from '@testing-library/react'

import { highlightParts } from '@/components/Highlight'
import { SearchResults } from '@/components/SearchResults'

const results: SearchResponse = {
  query: 'trust',
  topic: null,
  page: 1,
  limit: 10,
  totalDocs: 2,
  totalPages: 1,
  docs: [
    {
      id: 1,
      slug: 'rebuilding-trust',
      title: 'Rebuilding Trust after betrayal',
      excerpt: 'Trust grows back slowly.',
      snippet: '…honesty and trusting again…',
      publishedAt: '2026-01-15T12:00:00.000Z',
      readingTime: 6,
      score: 9.1,
      terms: ['trust', 'trusting'],
    },
    {
      id: 2,
      slug: 'sleep',
      title: 'Sleep and stress',
      excerpt: 'Rest matters.',
      snippet: 'Some trust in yourself helps.',
      score: 1.2,
      terms: ['trust'],
    },
  ],
}

describe('highlightParts', () => {
  it('marks whole words that match, whatever their case, and words that start with a term', () => {
    expect(highlightParts('Trust and trusting, not mistrust.', ['trust'])).toEqual([
      { text: 'Trust', match: true },
      { text: ' and ', match: false },
      { text: 'trusting', match: true },
      { text: ', not mistrust.', match: false },
    ])
  })

  it('treats the terms as words, not as patterns', () => {
    expect(highlightParts('abc (a.c) ábc', ['a.c'])).toEqual([{ text: 'abc (a.c) ábc', match: false }])
    expect(highlightParts('Ábaco, abaco', ['ába'])).toEqual([
      { text: 'Ábaco', match: true },
      { text: ', abaco', match: false },
    ])
    expect(highlightParts('nothing', [])).toEqual([{ text: 'nothing', match: false }])
  })

  it('keeps an accent stored as its own character with its word', () => {
    expect(highlightParts('Cafe\u0301s nearby', ['cafe\u0301'])).toEqual([
      { text: 'Cafe\u0301s', match: true },
      { text: ' nearby', match: false },
    ])
  })
})

describe('SearchResults', () => {
  it('lists results in the order given (most relevant first), with links and counts', () => {
    render(<SearchResults results={results} />)
    expect(screen.getByRole('status')).toHaveTextContent('2 articles match “trust”, most relevant first.')
    const items = within(screen.getByRole('list')).getAllByRole('listitem')
    expect(items.map((i) => within(i).getByRole('heading').textContent)).toEqual([
      'Rebuilding Trust after betrayal',
      'Sleep and stress',
    ])
    expect(within(items[0]).getByRole('link')).toHaveAttribute('href', '/resources/rebuilding-trust')
    expect(within(items[0]).getByText('6 min read', { exact: false })).toBeInTheDocument()
  })

  it('highlights the matched words in title, excerpt and passage', () => {
    const { container } = render(<SearchResults results={results} />)
    const marks = [...container.querySelectorAll('mark')].map((m) => m.textContent)
    expect(marks).toEqual(['Trust', 'Trust', 'trusting', 'trust'])
  })

  it('numbers results across pages', () => {
    render(<SearchResults results={{ ...results, page: 3 }} />)
    expect(screen.getByRole('list')).toHaveAttribute('start', '21')
  })

  it('says clearly when nothing matches, naming the topic, with a way back', () => {
    render(
      <SearchResults
        results={{ ...results, topic: 'trauma', docs: [], totalDocs: 0, totalPages: 0 }}
        topicTitle="Trauma"
      />,
    )
    expect(screen.getByRole('status')).toHaveTextContent('No articles match “trust” in “Trauma”.')
    expect(screen.getByRole('link', { name: 'See all articles in Trauma' })).toHaveAttribute('href', '/topics/trauma')
  })
})
