#!/bin/bash
# Restores an archive made by backup.sh (read from stdin) into the stack's cms database. Run
# inside the mongo container, with the CMS stopped (docs/deploy.md, "Backups"):
#   docker compose exec -T mongo /deploy/mongo/restore.sh < backups/cms-mongo.archive.gz
# Only into an empty cms database; --force drops each collection the archive holds first.
set -euo pipefail
auth=(--username root --password "$MONGO_INITDB_ROOT_PASSWORD" --authenticationDatabase admin)
drop=()
if [ "${1:-}" = "--force" ]; then
  drop=(--drop)
else
  documents=$(mongosh --quiet "${auth[@]}" cms --eval 'db.getCollectionNames().reduce((n, c) => n + db.getCollection(c).estimatedDocumentCount(), 0)')
  if [ "$documents" != "0" ]; then
    echo "Restore refused: the cms database is not empty ($documents documents). Restore into an empty database, or run again with --force to replace what it holds." >&2
    exit 1
  fi
fi
mongorestore "${auth[@]}" --archive --gzip --nsInclude 'cms.*' "${drop[@]}"
echo "Restored. Staff sign in again (sessions are not in backups)." >&2
