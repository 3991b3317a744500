#!/bin/bash
# A backup of the CMS database, written to stdout as a gzipped mongodump archive. Run inside the
# stack's mongo container (docs/deploy.md, "Backups"):
#   (umask 077; docker compose exec -T mongo /deploy/mongo/backup.sh > backups/cms-mongo.archive.gz)
#
# 1. mongodump --oplog: a consistent copy of the running replica set (the oplog written during
#    the dump is replayed on restore, so the copy is one moment in time).
# 2. That copy is restored into a throwaway mongod inside this container, where what a backup
#    must not hold is removed: appointment requests older than INQUIRY_RETENTION_DAYS, staff
#    sign-in sessions and password-reset tokens.
# 3. The cms database of the throwaway copy is dumped to stdout; the copy is deleted.
set -euo pipefail
umask 077
work=$(mktemp -d)
scratch_port=27099
cleanup() {
  mongod --dbpath "$work/db" --shutdown >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
say() { echo "$@" >&2; }

auth=(--username root --password "$MONGO_INITDB_ROOT_PASSWORD" --authenticationDatabase admin)
say "Dumping the replica set (consistent, with its oplog)..."
mongodump "${auth[@]}" --oplog --archive="$work/live.archive" --quiet

mkdir -p "$work/db"
mongod --dbpath "$work/db" --port "$scratch_port" --bind_ip 127.0.0.1 --fork --logpath "$work/mongod.log" >/dev/null
mongorestore --port "$scratch_port" --oplogReplay --archive="$work/live.archive" --quiet
rm -f "$work/live.archive"

days=${INQUIRY_RETENTION_DAYS:-30}
say "Leaving out appointment requests older than $days days, sessions and password-reset tokens..."
mongosh --quiet --port "$scratch_port" cms --eval "
  const cutoff = new Date(Date.now() - $days * 24 * 3600 * 1000);
  const inquiries = db.inquiries.deleteMany({ createdAt: { \$lt: cutoff } }).deletedCount;
  const users = db.users.updateMany({}, { \$set: { sessions: [] }, \$unset: { resetPasswordToken: '', resetPasswordExpiration: '' } }).matchedCount;
  print('  left out ' + inquiries + ' expired appointment requests; cleared sessions and reset tokens of ' + users + ' accounts');
" >&2

mongodump --port "$scratch_port" --db cms --archive --gzip --quiet
say "Done."
