import { cacheTags, tagsForChange } from '../src/cache-tags'

describe('cache tags', () => {
  it('name a collection, a document by slug, a media file and the practice', () => {
    expect(cacheTags.collection('articles')).toBe('articles')
    expect(cacheTags.doc('articles', 'hope')).toBe('articles:hope')
    expect(cacheTags.media(7)).toBe('media:7')
    expect(cacheTags.practice).toBe('practice')
  })

  it('include the old slug when a document is renamed', () => {
    expect(tagsForChange('articles', { id: 1, slug: 'new' }, { slug: 'old' }).sort()).toEqual([
      'articles',
      'articles:new',
      'articles:old',
    ])
  })

  it('do not repeat the slug when it did not change', () => {
    expect(tagsForChange('services', { id: 1, slug: 'coaching' }, { slug: 'coaching' })).toEqual([
      'services',
      'services:coaching',
    ])
  })

  it('tag media by id', () => {
    expect(tagsForChange('media', { id: 9 })).toEqual(['media', 'media:9'])
  })
})
