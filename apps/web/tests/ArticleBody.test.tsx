import { render, screen, within } from '@testing-library/react'

import { ArticleBody } from '@/components/ArticleBody'

import { block, doc, heading, link, list, paragraph, quote, text } from './lexical'

const body = doc(
  paragraph(text('Betrayal can be one of the most painful experiences.')),
  heading('h2', 'The Fear of Shame'),
  paragraph(text('Therapy is not about punishing.')),
  heading('h2', 'Restoring Trust: A Step-by-Step Process'),
  list('bullet', [
    [text('Transparency:', 1), text(' being fully open.')],
    [text('Consistent Effort:', 1), text(' trust is not rebuilt overnight.')],
    [text('Rebuilding Emotional Intimacy:', 1), text(' reconnecting.')],
    [text('Commitment to Change:', 1), text(' long-term strategies.')],
  ]),
  heading('h3', 'A smaller heading'),
  quote('Healing requires vulnerability.'),
  paragraph(
    text('Read '),
    link('our services', { linkType: 'internal', doc: { relationTo: 'services', value: { id: 1, slug: 'coaching' } } }),
    text(' or '),
    link('the lifeline', { linkType: 'custom', url: 'https://988lifeline.org', newTab: true }),
    text('.'),
  ),
  block({ blockType: 'callout', tone: 'safety', title: 'If you are in danger', body: 'Call 911.' }),
)

describe('ArticleBody', () => {
  beforeEach(() => render(<ArticleBody data={body} />))

  it('renders section headings at their levels', () => {
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'The Fear of Shame',
      'Restoring Trust: A Step-by-Step Process',
    ])
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('A smaller heading')
    expect(screen.queryByRole('heading', { level: 1 })).toBeNull() // the page owns the h1
  })

  it('renders a list with its items and bold lead-ins', () => {
    const items = within(screen.getByRole('list')).getAllByRole('listitem')
    expect(items).toHaveLength(4)
    expect(items[0]).toHaveTextContent('Transparency: being fully open.')
    expect(within(items[0]).getByText('Transparency:').tagName).toBe('STRONG')
  })

  it('renders quotes as blockquotes', () => {
    expect(screen.getByText('Healing requires vulnerability.').closest('blockquote')).not.toBeNull()
  })

  it('turns internal links into site paths and keeps external ones, opening new tabs safely', () => {
    expect(screen.getByRole('link', { name: 'our services' })).toHaveAttribute('href', '/services/coaching')
    const external = screen.getByRole('link', { name: 'the lifeline' })
    expect(external).toHaveAttribute('href', 'https://988lifeline.org')
    expect(external).toHaveAttribute('rel', 'noopener noreferrer')
  })

  it('renders callout blocks as labelled asides', () => {
    const callout = screen.getByRole('complementary', { name: 'If you are in danger' })
    expect(callout).toHaveTextContent('Call 911.')
  })
})

it('renders nothing for an empty or missing body', () => {
  const { container } = render(<ArticleBody data={null} />)
  expect(container).toBeEmptyDOMElement()
})
