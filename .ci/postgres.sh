#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server on loopback for the integration tests and prints the
# variables that point the tests at it. Installs Debian's PostgreSQL when the machine lacks it.
# Usage: eval "$(bash .ci/postgres.sh start)"   ...   bash .ci/postgres.sh stop
set -euo pipefail
PORT=${WSIS_PG_PORT:-55432}
DATA=${WSIS_PG_DATA:-/tmp/wsis-ci-postgres}

pg_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

case "${1:-start}" in
  start)
    if [ -z "$(pg_bin)" ]; then
      (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >&2
    fi
    BIN=$(pg_bin)
    if [ -f "$DATA/postmaster.pid" ]; then
      runuser -u postgres -- "$BIN/pg_ctl" -D "$DATA" -m fast stop >&2 || true
    fi
    rm -rf "$DATA"
    mkdir -p "$DATA"
    chown postgres:postgres "$DATA"
    runuser -u postgres -- "$BIN/initdb" -D "$DATA" -A trust -U postgres -E UTF8 >/dev/null
    runuser -u postgres -- "$BIN/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w \
      -o "-p $PORT -c listen_addresses=127.0.0.1 -k /tmp" start >&2
    runuser -u postgres -- "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres wsis
    echo "export WSIS_TEST_POSTGRES_URL=jdbc:postgresql://127.0.0.1:$PORT/wsis"
    echo "export WSIS_TEST_POSTGRES_USER=postgres"
    ;;
  stop)
    BIN=$(pg_bin)
    [ -n "$BIN" ] && [ -f "$DATA/postmaster.pid" ] && runuser -u postgres -- "$BIN/pg_ctl" -D "$DATA" -m fast stop >&2
    rm -rf "$DATA"
    ;;
esac
