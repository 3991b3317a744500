import * as migration_20261126_171255_initial from './20261126_171255_initial';
import * as migration_20261126_171848_media_storage_fields from './20261126_171848_media_storage_fields';

export const migrations = [
  {
    up: migration_20261126_171255_initial.up,
    down: migration_20261126_171255_initial.down,
    name: '20261126_171255_initial',
  },
  {
    up: migration_20261126_171848_media_storage_fields.up,
    down: migration_20261126_171848_media_storage_fields.down,
    name: '20261126_171848_media_storage_fields'
  },
];
