import * as migration_20261126_171255_initial from './20261126_171255_initial';
import * as migration_20261126_171848_media_storage_fields from './20261126_171848_media_storage_fields';
import * as migration_20261126_172126_inquiry_notifications_and_api_keys from './20261126_172126_inquiry_notifications_and_api_keys';
import * as migration_20261126_175913_articles_published_list_index from './20261126_175913_articles_published_list_index';
import * as migration_20261129_153351_search_fts5 from './20261129_153351_search_fts5';
import * as migration_20261129_154427_sec_accounts_and_practice_versions from './20261129_154427_sec_accounts_and_practice_versions';
import * as migration_20261129_155407_slug_field_builtin from './20261129_155407_slug_field_builtin';
import * as migration_20261129_162649_pages_pages_redirects_navigation_links from './20261129_162649_pages_pages_redirects_navigation_links';
import * as migration_20261129_171527_merge_pages_with_versions_and_slugs from './20261129_171527_merge_pages_with_versions_and_slugs';
import * as migration_20261130_051652_search_summary_and_count from './20261130_051652_search_summary_and_count';

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
    up: migration_20261129_153351_search_fts5.up,
    down: migration_20261129_153351_search_fts5.down,
    name: '20261129_153351_search_fts5',
  },
  {
    up: migration_20261129_154427_sec_accounts_and_practice_versions.up,
    down: migration_20261129_154427_sec_accounts_and_practice_versions.down,
    name: '20261129_154427_sec_accounts_and_practice_versions',
  },
  {
    up: migration_20261129_155407_slug_field_builtin.up,
    down: migration_20261129_155407_slug_field_builtin.down,
    name: '20261129_155407_slug_field_builtin',
  },
  {
    up: migration_20261129_162649_pages_pages_redirects_navigation_links.up,
    down: migration_20261129_162649_pages_pages_redirects_navigation_links.down,
    name: '20261129_162649_pages_pages_redirects_navigation_links',
  },
  {
    up: migration_20261129_171527_merge_pages_with_versions_and_slugs.up,
    down: migration_20261129_171527_merge_pages_with_versions_and_slugs.down,
    name: '20261129_171527_merge_pages_with_versions_and_slugs',
  },
  {
    up: migration_20261130_051652_search_summary_and_count.up,
    down: migration_20261130_051652_search_summary_and_count.down,
    name: '20261130_051652_search_summary_and_count'
  },
];
