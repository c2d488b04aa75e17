#!/usr/bin/env bash
# A throwaway PostgreSQL for the SQL engine tests (test/sql/postgres.test.ts).
#
#   bash scripts/postgres.sh start   # installs Debian's postgresql when missing, starts a fresh cluster
#   bash scripts/postgres.sh stop    # stops it and deletes its directory
#
# The cluster listens on 127.0.0.1:${SOCIALKIT_PG_PORT:-54329} with trust authentication, so the tests
# connect with SOCIALKIT_PG_URL=postgres://postgres@127.0.0.1:54329/postgres (printed by `start`).
# initdb refuses to run as root: the cluster belongs to the postgres user, in a temporary directory of
# its own (data and socket), whose path is kept in $STATE between start and stop.
set -euo pipefail

PORT="${SOCIALKIT_PG_PORT:-54329}"
STATE="${TMPDIR:-/tmp}/socialkit-postgres-${PORT}.dir"

as_postgres() {
  if [ "$(id -un)" = postgres ]; then "$@"; else runuser -u postgres -- "$@"; fi
}

# The installed server's own binary (Debian keeps initdb and pg_ctl off PATH, under /usr/lib/postgresql/<version>/bin).
server_binary() {
  local name="$1" found
  local package
  # The newest installed server package (postgresql-15, postgresql-16…), not one dpkg merely knows of.
  package=$(dpkg-query -W -f='${db:Status-Status} ${Package}\n' 'postgresql-[0-9]*' 2>/dev/null \
    | awk '$1 == "installed" && $2 ~ /^postgresql-[0-9]+$/ { print $2 }' | sort -V | tail -n 1 || true)
  found=$([ -n "$package" ] && dpkg -L "$package" 2>/dev/null | grep -E "/bin/${name}\$" | head -n 1 || true)
  if [ -z "$found" ]; then
    echo "postgres.sh: no ${name} found in the installed postgresql package (dpkg -L)" >&2
    exit 1
  fi
  printf '%s\n' "$found"
}

start() {
  if ! dpkg-query -W -f='${Status}' postgresql 2>/dev/null | grep -q 'install ok installed'; then
    echo "postgres.sh: installing Debian's postgresql"
    # One apt-get install of a package list, so other steps can add their packages to it.
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql
  fi
  if [ -f "$STATE" ]; then stop; fi
  local initdb pg_ctl dir
  initdb=$(server_binary initdb)
  pg_ctl=$(server_binary pg_ctl)
  dir=$(mktemp -d "${TMPDIR:-/tmp}/socialkit-pg.XXXXXX")
  chmod 700 "$dir"
  chown postgres:postgres "$dir"
  printf '%s\n' "$dir" >"$STATE"
  mkdir -p "$dir/data" "$dir/socket" && chown postgres:postgres "$dir/data" "$dir/socket"
  as_postgres "$initdb" --no-locale --encoding=UTF8 --auth=trust --username=postgres -D "$dir/data" >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  as_postgres "$pg_ctl" -w -t 60 -D "$dir/data" -l "$dir/server.log" \
    -o "-c listen_addresses=127.0.0.1 -p ${PORT} -k $dir/socket -c fsync=off" start >/dev/null \
    || { cat "$dir/server.log" >&2; exit 1; }
  echo "postgres.sh: PostgreSQL $("$pg_ctl" --version | awk '{print $3}') on 127.0.0.1:${PORT} (data in $dir)"
  echo "SOCIALKIT_PG_URL=postgres://postgres@127.0.0.1:${PORT}/postgres"
}

stop() {
  [ -f "$STATE" ] || return 0
  local dir pg_ctl
  dir=$(cat "$STATE")
  pg_ctl=$(server_binary pg_ctl)
  if [ -d "$dir/data" ]; then as_postgres "$pg_ctl" -w -D "$dir/data" -m fast stop >/dev/null 2>&1 || true; fi
  rm -rf -- "$dir" "$STATE"
  echo "postgres.sh: stopped"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: bash scripts/postgres.sh start|stop" >&2; exit 2 ;;
esac
