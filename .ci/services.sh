#!/usr/bin/env bash
# The sync server's tests need PostgreSQL and Redis on loopback. Machines of this kind start both
# before the session; on one without them, install Debian's packages and start them on 127.0.0.1.
set -euo pipefail

apt_updated=0
need() {
  if ! command -v "$1" >/dev/null 2>&1; then
    [ "$apt_updated" = 1 ] || { apt-get update; apt_updated=1; }
    DEBIAN_FRONTEND=noninteractive apt-get install -y "$2"
  fi
}

if ! (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null; then
  need pg_ctlcluster postgresql
  version=$(ls /etc/postgresql | sort -V | tail -1)
  hba=/etc/postgresql/$version/main/pg_hba.conf
  # Trust on loopback only, as on the machines the tests were written on.
  grep -q '^host all all 127.0.0.1/32 trust' "$hba" || sed -i '1i host all all 127.0.0.1/32 trust' "$hba"
  pg_ctlcluster --skip-systemctl-redirect "$version" main start
  for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -q && break; sleep 1; done
  su postgres -c "psql -h 127.0.0.1 -tAc \"SELECT 1 FROM pg_database WHERE datname = 'test'\"" | grep -q 1 || su postgres -c "createdb -h 127.0.0.1 test"
fi

if ! (exec 3<>/dev/tcp/127.0.0.1/6379) 2>/dev/null; then
  need redis-server redis-server
  mkdir -p /var/lib/redis /var/log/redis
  redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no --dir /var/lib/redis --logfile /var/log/redis/ci.log
  for _ in $(seq 1 30); do (exec 3<>/dev/tcp/127.0.0.1/6379) 2>/dev/null && break; sleep 1; done
fi
