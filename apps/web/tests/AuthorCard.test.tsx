import type { Author } from '@resilient-mind/content'
import { render, screen, within } from '@testing-library/react'

import { AuthorCard } from '@/components/AuthorCard'

const author = {
  id: 1,
  name: 'Kathryn Fayle',
  slug: 'kathryn-fayle',
  role: 'Founder, therapist and coach',
  credentials: [
    { id: 'a', abbreviation: 'LPC', title: 'Licensed Professional Counselor' },
    { id: 'b', abbreviation: 'CSAT', title: 'Certified Sex Addiction Therapist' },
    { id: 'c', abbreviation: null, title: "Specialty Trained Couple's Therapist" },
  ],
  licensedIn: ['TX'],
  sessionFormats: ['in-person', 'virtual'],
  updatedAt: '',
  createdAt: '',
} as Author

describe('AuthorCard', () => {
  it('names the author, links to the profile and shows the role', () => {
    render(<AuthorCard author={author} />)
    expect(screen.getByRole('heading', { level: 3, name: 'Kathryn Fayle' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Kathryn Fayle' })).toHaveAttribute('href', '/authors/kathryn-fayle')
    expect(screen.getByText('Founder, therapist and coach')).toBeInTheDocument()
  })

  it('lists every credential, abbreviations expanded for screen readers and sighted readers alike', () => {
    render(<AuthorCard author={author} />)
    const items = within(screen.getByRole('list', { name: 'Credentials' })).getAllByRole('listitem')
    expect(items.map((i) => i.textContent)).toEqual([
      'LPC – Licensed Professional Counselor',
      'CSAT – Certified Sex Addiction Therapist',
      "Specialty Trained Couple's Therapist",
    ])
    expect(screen.getByText('LPC')).toHaveAttribute('title', 'Licensed Professional Counselor')
  })

  it('says where the author is licensed and how they meet clients', () => {
    render(<AuthorCard author={author} />)
    expect(screen.getByText('Licensed in Texas')).toBeInTheDocument()
    expect(screen.getByText('Sessions: in person and virtual (online)')).toBeInTheDocument()
  })

  it('leaves out what the CMS does not have', () => {
    render(<AuthorCard author={{ ...author, role: null, credentials: [], licensedIn: [], sessionFormats: [] }} />)
    expect(screen.queryByRole('list', { name: 'Credentials' })).toBeNull()
    expect(screen.queryByText(/Licensed in/)).toBeNull()
    expect(screen.queryByText(/Sessions:/)).toBeNull()
  })
})
