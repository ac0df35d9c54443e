#!/usr/bin/env bash
# Fault scenarios (issue 13) against the packaged jar on the machine's PostgreSQL: database outage, kill -9, three
# instances on one database. Needs target/quarkus-app (./mvnw verify or package) and the postgresql package;
# stops and starts the local cluster, so run it where that is yours to stop (CI). Prints the figures.
set -euo pipefail
cd "$(dirname "$0")/.."
need() { command -v "$1" >/dev/null 2>&1; }
need pg_ctlcluster || { export DEBIAN_FRONTEND=noninteractive; apt-get update -qq && apt-get install -y -qq --no-install-recommends postgresql >/dev/null; }
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -q -B package -DskipTests
export PG_VERSION=$(ls /usr/lib/postgresql | sort -n | tail -1)
pg_ctlcluster "$PG_VERSION" main start 2>/dev/null || true
as_postgres() { env -u PGHOST -u PGUSER -u PGPASSWORD -u PGDATABASE runuser -u postgres -- psql -qX "$@" >/dev/null; }
as_postgres -c "do \$\$ begin if not exists (select from pg_roles where rolname = 'mayors_faults') then
  create role mayors_faults login password 'mayors_faults'; end if; end \$\$;"
as_postgres -c "drop database if exists mayors_faults" -c "create database mayors_faults owner mayors_faults"
export DB_URL="jdbc:postgresql://localhost:5432/mayors_faults" QUARKUS_DATASOURCE_USERNAME=mayors_faults QUARKUS_DATASOURCE_PASSWORD=mayors_faults
export PGHOST=localhost PGUSER=mayors_faults PGPASSWORD=mayors_faults PGDATABASE=mayors_faults
rm -f target/faults-instance-*.log
node .ci/faults/run.mjs
