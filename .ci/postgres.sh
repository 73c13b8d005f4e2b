#!/usr/bin/env bash
# Starts a throwaway PostgreSQL on loopback for the register tests and prints its URL on stdout.
# Usage: url=$(bash .ci/postgres.sh start DIR PORT); ...; bash .ci/postgres.sh stop DIR
# Installs the server from Debian's packages when missing. The server runs as the `postgres` user when started
# by root (PostgreSQL refuses to run as root), trusts loopback connections only, and lives entirely in DIR.
set -euo pipefail
action=${1:?start|stop}
dir=${2:?data folder}
port=${3:-54329}

bin=""
for candidate in /usr/lib/postgresql/*/bin; do
  [ -x "$candidate/initdb" ] && bin=$candidate
done
as_owner() {
  if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi
}

case $action in
  start)
    if [ -z "$bin" ]; then
      echo "ci: installing postgresql" >&2
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq >&2
      apt-get install -y -qq --no-install-recommends postgresql >&2
      for candidate in /usr/lib/postgresql/*/bin; do
        [ -x "$candidate/initdb" ] && bin=$candidate
      done
    fi
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      as_owner "'$bin/initdb' -D '$dir/data' -A trust -U postgres --encoding=UTF8 --locale=C.UTF-8" >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    fi
    as_owner "'$bin/pg_ctl' -D '$dir/data' -l '$dir/server.log' -w -t 60 \
      -o \"-p $port -k '$dir' -c listen_addresses=127.0.0.1 -c fsync=off\" start" >&2 \
      || { cat "$dir/server.log" >&2; exit 1; }
    echo "postgres://postgres@127.0.0.1:$port/postgres?sslmode=disable"
    ;;
  stop)
    [ -n "$bin" ] && [ -f "$dir/data/postmaster.pid" ] && as_owner "'$bin/pg_ctl' -D '$dir/data' -m fast -w stop" >&2 || true
    ;;
esac
