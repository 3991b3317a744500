#!/usr/bin/env bash
# Installs the Docker Compose v2 client (the `docker compose` plugin) from Debian's own archive.
# Only the client: `docker compose config` validates docker-compose.yml without a Docker engine.
# Bookworm ships only the Python compose v1, so the package comes from trixie, through a
# throwaway apt source list that touches nothing else on the machine. The Go binary needs only libc.
set -euo pipefail
if docker compose version >/dev/null 2>&1; then exit 0; fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/lists/partial"
echo 'deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian trixie main' > "$work/sources.list"
apt_opts=(-o "Dir::Etc::sourcelist=$work/sources.list" -o "Dir::Etc::sourceparts=-" -o "Dir::State::Lists=$work/lists" -o "APT::Sandbox::User=root")
apt-get "${apt_opts[@]}" update -qq
(cd "$work" && apt-get "${apt_opts[@]}" download docker-compose)
dpkg -i "$work"/docker-compose_*.deb
docker compose version 2>/dev/null || docker-compose version
