#!/usr/bin/env bash
# A throwaway PostgreSQL server on loopback, for the storage tests.
#   .ci/postgres.sh start      -> prints "DIR PORT" (trust authentication, user postgres)
#   .ci/postgres.sh stop DIR   -> stops it and deletes DIR
# As root, the server runs as the postgres user (initdb refuses root).
set -euo pipefail
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bin" ]; then
  echo "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin): apt-get install -y postgresql" >&2
  exit 1
fi
# The server is locale-independent (initdb --no-locale, run under LC_ALL=C): it starts whatever locale
# the caller runs under, generated on this machine or not (th_TH.UTF-8, de_DE.UTF-8, ...).
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- env LC_ALL=C LANG=C "$@"; else env LC_ALL=C LANG=C "$@"; fi; }

case "${1:-}" in
  start)
    dir=$(mktemp -d /tmp/peacemodel-pg.XXXXXX)
    chmod 755 "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -A trust -U postgres --no-locale -E UTF8 >"$dir/initdb.log" 2>&1
    for attempt in 1 2 3 4 5; do
      port=$(( 20000 + RANDOM % 30000 ))
      if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
           -o "-p $port -k $dir -c listen_addresses=127.0.0.1" start >/dev/null 2>&1; then
        echo "$dir $port"
        exit 0
      fi
    done
    cat "$dir/server.log" >&2
    exit 1
    ;;
  stop)
    as_owner "$bin/pg_ctl" -D "$2/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$2"
    ;;
  *)
    echo "usage: $0 start | stop DIR" >&2
    exit 2
    ;;
esac
