import type { Page, Service } from '@resilient-mind/content'
import { render, screen } from '@testing-library/react'

import { PracticePageView, type BlockLists } from '@/practice-pages/PracticePageView'

import { doc, paragraph, text } from './lexical'

const lexical = (t: string) => doc(paragraph(text(t)))

const noLists: BlockLists = { articles: {}, services: [], authors: [] }
const page = (layout: unknown[]) =>
  ({ id: 1, title: 'Fees and insurance', slug: 'fees', layout, updatedAt: '', createdAt: '' }) as unknown as Page

describe('PracticePageView', () => {
  it('renders the title and its blocks in order: text, questions and answers with FAQPage JSON-LD, a call to action', () => {
    const { container } = render(
      <PracticePageView
        page={page([
          { id: 'a', blockType: 'richText', content: lexical('We accept some plans; ask us.') },
          {
            id: 'b',
            blockType: 'faq',
            heading: 'Questions',
            items: [{ id: 'q', question: 'Do you take insurance?', answer: 'Ask us.' }],
          },
          {
            id: 'c',
            blockType: 'callToAction',
            label: 'Request an appointment',
            type: 'contact',
            href: '/contact?service=coaching',
          },
        ])}
        lists={noLists}
      />,
    )
    expect(screen.getByRole('heading', { level: 1, name: 'Fees and insurance' })).toBeInTheDocument()
    expect(screen.getByText('We accept some plans; ask us.')).toBeInTheDocument()
    expect(screen.getByText('Do you take insurance?').tagName).toBe('SUMMARY')
    expect(screen.getByRole('link', { name: 'Request an appointment' })).toHaveAttribute(
      'href',
      '/contact?service=coaching',
    )
    const ld = JSON.parse(container.querySelector('script[type="application/ld+json"]')!.textContent!)
    expect(ld).toMatchObject({
      '@type': 'FAQPage',
      mainEntity: [
        { '@type': 'Question', name: 'Do you take insurance?', acceptedAnswer: { '@type': 'Answer', text: 'Ask us.' } },
      ],
    })
  })

  it('leaves out a call to action whose target is not published, and has no FAQ data without questions', () => {
    const { container } = render(
      <PracticePageView
        page={page([{ id: 'c', blockType: 'callToAction', label: 'Read more', type: 'page', href: null }])}
        lists={noLists}
      />,
    )
    expect(screen.queryByRole('link', { name: 'Read more' })).toBeNull()
    expect(container.querySelector('script[type="application/ld+json"]')).toBeNull()
  })

  it('lists the chosen services only, or all of them when none is chosen; an image keeps its alt text and caption', () => {
    const services = [
      { id: 1, title: 'Couples Counseling', slug: 'couples', summary: 'For couples.', audience: ['couples'] },
      { id: 2, title: 'Coaching', slug: 'coaching', summary: 'Coaching.', audience: ['individuals'] },
    ] as Service[]
    const image = { id: 9, alt: 'A quiet office', filename: 'office.webp', width: 800, height: 600 }
    render(
      <PracticePageView
        page={page([
          { id: 's', blockType: 'servicesList', heading: 'What we offer', services: [2] },
          { id: 'i', blockType: 'image', image, caption: 'Our office in Texas' },
        ])}
        lists={{ ...noLists, services }}
      />,
    )
    expect(screen.getByRole('heading', { name: 'Coaching' })).toBeInTheDocument()
    expect(screen.queryByRole('heading', { name: 'Couples Counseling' })).toBeNull()
    expect(screen.getByRole('img', { name: 'A quiet office' })).toBeInTheDocument()
    expect(screen.getByText('Our office in Texas').tagName).toBe('FIGCAPTION')
  })
})
