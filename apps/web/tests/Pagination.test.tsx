import { libraryHref } from '@resilient-mind/content/routes'
import { render, screen, within } from '@testing-library/react'

import { EmptyState } from '@/components/EmptyState'
import { Pagination, pageWindow } from '@/components/Pagination'

describe('pageWindow', () => {
  it('shows first, last and the neighbours of the current page, with gaps', () => {
    expect(pageWindow(1, 1)).toEqual([1])
    expect(pageWindow(1, 3)).toEqual([1, 2, 3])
    expect(pageWindow(5, 10)).toEqual([1, 'gap', 4, 5, 6, 'gap', 10])
    expect(pageWindow(10, 10)).toEqual([1, 'gap', 9, 10])
  })
})

describe('Pagination', () => {
  const hrefFor = (p: number) => libraryHref({ q: 'trust', page: p })

  it('is absent when everything fits on one page', () => {
    const { container } = render(<Pagination page={1} totalPages={1} hrefFor={hrefFor} />)
    expect(container).toBeEmptyDOMElement()
  })

  it('links to previous, next and numbered pages with shareable URLs, marking the current one', () => {
    render(<Pagination page={2} totalPages={3} hrefFor={hrefFor} />)
    const nav = screen.getByRole('navigation', { name: 'Pages' })
    expect(within(nav).getByRole('link', { name: /Previous/ })).toHaveAttribute('href', '/search?q=trust')
    expect(within(nav).getByRole('link', { name: /Next/ })).toHaveAttribute('href', '/search?q=trust&page=3')
    expect(within(nav).getByRole('link', { name: 'Page 3' })).toHaveAttribute('href', '/search?q=trust&page=3')
    expect(nav.querySelector('[aria-current="page"]')).toHaveTextContent('Page 2')
  })

  it('has no previous link on the first page and no next link on the last', () => {
    const { rerender } = render(<Pagination page={1} totalPages={2} hrefFor={hrefFor} />)
    expect(screen.queryByRole('link', { name: /Previous/ })).toBeNull()
    rerender(<Pagination page={2} totalPages={2} hrefFor={hrefFor} />)
    expect(screen.queryByRole('link', { name: /Next/ })).toBeNull()
  })
})

describe('EmptyState', () => {
  it('announces the message and offers a way on', () => {
    render(
      <EmptyState
        title="No articles have been published yet."
        action={{ href: '/services', label: 'See our services' }}
      >
        <p>Please check back soon.</p>
      </EmptyState>,
    )
    expect(screen.getByRole('status')).toHaveTextContent('No articles have been published yet.Please check back soon.')
    expect(screen.getByRole('link', { name: 'See our services' })).toHaveAttribute('href', '/services')
  })
})
