#!/usr/bin/env bash
# Installs PostgreSQL from Debian if absent, starts its cluster, and lets the `postgres` role in over 127.0.0.1
# without a password (loopback only, a test machine). Idempotent: every step checks before it acts.
set -euo pipefail

if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql
fi

VER="$(ls /usr/lib/postgresql | sort -n | tail -1)"
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$VER main"; then
  pg_createcluster "$VER" main
fi

HBA="/etc/postgresql/$VER/main/pg_hba.conf"
if ! grep -q '^# dyad-ci' "$HBA"; then
  # the first matching line wins, so the trust lines go on top
  { echo '# dyad-ci: passwordless loopback for the test suite'
    echo 'host all all 127.0.0.1/32 trust'
    echo 'host all all ::1/128 trust'
    cat "$HBA"; } >"$HBA.new"
  chown --reference="$HBA" "$HBA.new"
  chmod --reference="$HBA" "$HBA.new"
  mv "$HBA.new" "$HBA"
fi

if pg_lsclusters -h | awk -v v="$VER" '$1==v && $2=="main" {print $4}' | grep -q online; then
  pg_ctlcluster "$VER" main reload
else
  pg_ctlcluster "$VER" main start
fi

PORT="$(pg_lsclusters -h | awk -v v="$VER" '$1==v && $2=="main" {print $3}')"
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p "$PORT" && break
  sleep 1
done
psql -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -Atc 'select version()'
