import * as migration_20261126_171255_initial from './20261126_171255_initial';

export const migrations = [
  {
    up: migration_20261126_171255_initial.up,
    down: migration_20261126_171255_initial.down,
    name: '20261126_171255_initial'
  },
];
