#!/usr/bin/env bash
# Creates the PostgreSQL role and database Annals uses in production.
#   ops/postgres-setup.sh [DATABASE] [ROLE]      (defaults: annals annals)
# Run as a user that may create roles (e.g. `sudo -u postgres ops/postgres-setup.sh`).
# Set ANNALS_DB_PASSWORD to choose the password; otherwise one is generated and printed once.
# Annals creates its own tables (Flyway) on first start; nothing else is needed.
set -euo pipefail
db=${1:-annals}
role=${2:-annals}
password=${ANNALS_DB_PASSWORD:-$(head -c 18 /dev/urandom | base64 | tr -d '/+=')}
psql -v ON_ERROR_STOP=1 -q <<SQL
do \$\$ begin
  if not exists (select from pg_roles where rolname = '$role') then
    create role $role login password '$password';
  end if;
end \$\$;
SQL
if ! psql -tAc "select 1 from pg_database where datname = '$db'" | grep -q 1; then
  createdb -O "$role" "$db"
fi
echo "ANNALS_DB_URL='jdbc:postgresql://127.0.0.1:5432/$db?user=$role&password=$password'"
