import { render, screen } from '@testing-library/react'

import { CmsImage } from '@/components/CmsImage'

const photo = {
  id: 7,
  alt: 'Portrait of the author',
  filename: 'portrait.png',
  url: '/api/media/file/portrait.png',
  width: 800,
  height: 600,
} as never

describe('CmsImage', () => {
  it('renders an optimised, responsive <img> with the editor’s alt text', () => {
    render(<CmsImage media={photo} sizes="10rem" className="author-photo" />)
    const img = screen.getByRole('img', { name: 'Portrait of the author' })
    expect(img).toHaveAttribute('width', '800')
    expect(img).toHaveAttribute('height', '600')
    expect(img).toHaveAttribute('sizes', '10rem')
    expect(img).toHaveAttribute('loading', 'lazy')
    expect(img).toHaveClass('author-photo')
    expect(img.getAttribute('srcset')).toMatch(/\/_next\/image\?url=%2Fmedia%2F.*portrait.*&w=\d+&q=\d+ \d+w/)
  })

  it('loads a priority image at once, at high priority', () => {
    render(<CmsImage media={photo} sizes="100vw" priority />)
    const img = screen.getByRole('img')
    expect(img).not.toHaveAttribute('loading', 'lazy')
    expect(img).toHaveAttribute('fetchpriority', 'high')
  })

  it('renders nothing for a missing upload', () => {
    const { container } = render(<CmsImage media={42} sizes="10rem" />)
    expect(container).toBeEmptyDOMElement()
  })
})
