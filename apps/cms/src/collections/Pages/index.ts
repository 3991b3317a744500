import { APIError, type CollectionBeforeChangeHook, type CollectionConfig } from 'payload'

import { reservedPageSlugMessage } from '@resilient-mind/content/routes'

import { isEditorOrAdmin, isStaff, publishedOrStaff, roleOf } from '../../access'
import { PAGE_BLOCKS } from '../../blocks/pageBlocks'
import { slugField } from '../../fields/slug'
import { announceChanges } from '../../hooks/announceChanges'
import { previewFor } from '../../preview'
import { withRenameRedirects } from '../../redirects/onRename'

const hooks = withRenameRedirects('pages', announceChanges('pages'))

/** Authors may draft a page; an editor or admin publishes it, as with articles. */
const onlyEditorsPublish: CollectionBeforeChangeHook = ({ data, req }) => {
  if (roleOf(req.user) === 'author' && data._status === 'published') {
    throw new APIError(
      'Authors can save drafts; an editor or admin publishes them. Save as a draft instead.',
      403,
      undefined,
      true,
    )
  }
  return data
}

/**
 * The practice's own pages (About, Fees and insurance, What to expect, FAQ), each at a
 * top-level address (/about) built from blocks. Flat slugs: the site's pages are few, and one
 * level keeps every address short and every link simple.
 * Staff draft; editors publish, now or on a schedule.
 */
export const Pages: CollectionConfig = {
  slug: 'pages',
  labels: { singular: 'Page', plural: 'Pages' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', '_status', 'updatedAt'],
    group: 'Content',
    preview: previewFor('pages'),
    description: 'Practice pages such as About, Fees and insurance or FAQ, each at its own address (/about).',
  },
  access: {
    read: publishedOrStaff,
    create: isStaff,
    update: isStaff,
    delete: isEditorOrAdmin,
    readVersions: isStaff,
  },
  // Where a page is linked (navigation, a redirect, a call to action): its address and name, not its blocks.
  defaultPopulate: { title: true, slug: true, _status: true },
  versions: {
    drafts: { autosave: { interval: 1500 }, schedulePublish: true },
    maxPerDoc: 50,
  },
  hooks: { ...hooks, beforeChange: [onlyEditorsPublish, ...hooks.beforeChange] },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 120 },
    slugField('title', {
      description:
        'The page is at /<slug>. Filled from the title when left empty; lowercase letters, digits and hyphens.',
      refuse: reservedPageSlugMessage,
    }),
    {
      name: 'layout',
      label: 'Content',
      labels: { singular: 'Block', plural: 'Blocks' }, // the admin's button reads "Add Block"
      type: 'blocks',
      required: true,
      minRows: 1,
      blocks: PAGE_BLOCKS,
      admin: {
        description:
          'The page, top to bottom: text, questions and answers, lists of services, articles or authors, images, buttons.',
      },
    },
  ],
}
