#!/usr/bin/env bash
# Shows on one machine what two servers on one PostgreSQL do: each fire time runs once.
#   ops/cluster/two-nodes.sh [SECONDS]      (default 40)
# Needs ANNALS_DB_URL (a PostgreSQL database) and a built jar (./mvnw -DskipTests package).
# Starts two `annals serve` nodes with a schedule firing every 2 s, kills node A with
# SIGKILL half-way (node B carries on alone), stops B, then prints the run log: every fire
# time once, and which node ran it.
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
seconds=${1:-40}
: "${ANNALS_DB_URL:?set ANNALS_DB_URL to a PostgreSQL JDBC URL}"
work=$(mktemp -d)
trap 'kill $a $b 2>/dev/null || true; rm -rf "$work"' EXIT
start() {
  ANNALS_HOME="$work/$1" ANNALS_ADMIN_PASSWORD=demo java -jar "$here/target/annals.jar" serve \
    --server.port=0 '--annals.schedules.fixity.cron=0/2 * * * * ?' >"$work/$1.log" 2>&1 &
  echo $!
}
a=$(start a); b=$(start b)
echo "node A pid $a, node B pid $b; running ${seconds}s"
sleep $((seconds / 2))
echo "kill -9 node A"; kill -9 "$a"
sleep $((seconds / 2))
kill "$b"; wait "$b" 2>/dev/null || true
url=${ANNALS_DB_URL#jdbc:}
psql "$url" -c "select scheduled_fire_time, instance_name, outcome from scheduling_run_log where schedule_name = 'fixity' order by 1 desc limit $((seconds / 2 + 2))" \
  -c "select scheduled_fire_time, count(*) from scheduling_run_log group by 1 having count(*) > 1"
