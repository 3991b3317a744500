import * as migration_20261126_171255_initial from './20261126_171255_initial';
import * as migration_20261126_171848_media_storage_fields from './20261126_171848_media_storage_fields';
import * as migration_20261126_172126_inquiry_notifications_and_api_keys from './20261126_172126_inquiry_notifications_and_api_keys';
import * as migration_20261126_175913_articles_published_list_index from './20261126_175913_articles_published_list_index';
import * as migration_20261129_162649_pages_pages_redirects_navigation_links from './20261129_162649_pages_pages_redirects_navigation_links';

export const migrations = [
  {
    up: migration_20261126_171255_initial.up,
    down: migration_20261126_171255_initial.down,
    name: '20261126_171255_initial',
  },
  {
    up: migration_20261126_171848_media_storage_fields.up,
    down: migration_20261126_171848_media_storage_fields.down,
    name: '20261126_171848_media_storage_fields',
  },
  {
    up: migration_20261126_172126_inquiry_notifications_and_api_keys.up,
    down: migration_20261126_172126_inquiry_notifications_and_api_keys.down,
    name: '20261126_172126_inquiry_notifications_and_api_keys',
  },
  {
    up: migration_20261126_175913_articles_published_list_index.up,
    down: migration_20261126_175913_articles_published_list_index.down,
    name: '20261126_175913_articles_published_list_index',
  },
  {
    up: migration_20261129_162649_pages_pages_redirects_navigation_links.up,
    down: migration_20261129_162649_pages_pages_redirects_navigation_links.down,
    name: '20261129_162649_pages_pages_redirects_navigation_links'
  },
];
