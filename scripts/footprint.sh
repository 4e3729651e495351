#!/usr/bin/env bash
# The daemon's footprint at N agents, from the packaged jar against its embedded simulator with the bench tenant:
# start to the first completed poll, VmRSS (from /proc, heap and everything else) idle and after polls, and the time,
# size and series of GET /q/metrics on the management port with Prometheus' Accept header (median of 5, curl).
#
#   scripts/footprint.sh [--agents 10000] [--poll-every 30] [--polls 3] [-- JVM options...]
#
# "idle" is the RSS once the daemon answers /q/health/live, before its first poll ends. The JVM options after --
# go to java as given (e.g. -XX:+UseSerialGC -XX:MaxRAMPercentage=75 with -XX:MaxRAM=512m to stand in for a pod limit).
# Ports: FOOTPRINT_HTTP_PORT (28080), FOOTPRINT_MANAGEMENT_PORT (29000), FOOTPRINT_SIMULATOR_PORT (28999).
set -euo pipefail
agents=10000 poll_every=30 polls=3 jar=${FOOTPRINT_JAR:-target/quarkus-app/quarkus-run.jar}
while [ $# -gt 0 ]; do
  case $1 in
    --agents) agents=$2; shift 2 ;; --poll-every) poll_every=$2; shift 2 ;; --polls) polls=$2; shift 2 ;;
    --) shift; break ;;
    *) echo "footprint: unknown option $1" >&2; exit 2 ;;
  esac
done
http=${FOOTPRINT_HTTP_PORT:-28080} management=${FOOTPRINT_MANAGEMENT_PORT:-29000} simulator=${FOOTPRINT_SIMULATOR_PORT:-28999}
accept='application/openmetrics-text;version=1.0.0,application/openmetrics-text;version=0.0.1;q=0.75,text/plain;version=0.0.4;q=0.5,*/*;q=0.1'
work=$(mktemp -d)
tenant=$work/tenant.yaml
java -jar "$jar" bench --write-tenant "$tenant" --agents "$agents" 2>/dev/null
roster=$(seq -s, 100000 $((100000 + agents - 1)))

started=$(date +%s%N)
java "$@" -Dquarkus.http.port="$http" -Dquarkus.management.port="$management" \
  -Dcxone.simulator.enabled=true -Dcxone.simulator.port="$simulator" -Dcxone.simulator.tenant-file="$tenant" \
  -Dcxone.username=bench-key -Dcxone.password=bench-key-secret -Dcxone.roster="$roster" \
  -Dcxone.poll.every="${poll_every}s" -jar "$jar" >"$work/daemon.log" 2>&1 &
daemon=$!
trap 'kill $daemon 2>/dev/null; wait $daemon 2>/dev/null || true; rm -rf "$work"' EXIT

since() { echo "scale=1; ($(date +%s%N) - $started) / 1000000000" | bc; }
rss_mb() { awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$daemon/status"; }
polls_done() {
  curl -fsS --max-time 30 "http://127.0.0.1:$management/q/metrics" 2>/dev/null \
    | awk '/^cxone_poll_duration_seconds_count/ { n = $NF } END { printf "%d", n }'
}

until curl -fsS --max-time 2 -o /dev/null "http://127.0.0.1:$management/q/health/live" 2>/dev/null; do
  kill -0 $daemon 2>/dev/null || { cat "$work/daemon.log" >&2; exit 1; }
  sleep 0.2
done
echo "ready after $(since) s, RSS idle $(rss_mb) MB"
until [ "$(polls_done)" -ge 1 ]; do sleep 0.5; done
echo "first poll completed after $(since) s, RSS $(rss_mb) MB"
until [ "$(polls_done)" -ge "$polls" ]; do sleep 1; done
echo "poll $polls completed after $(since) s, RSS $(rss_mb) MB"
for i in 1 2 3 4 5; do
  curl -fsS --max-time 60 -H "Accept: $accept" -o "$work/scrape.txt" -w '%{time_total} %{size_download}\n' \
    "http://127.0.0.1:$management/q/metrics"
done | sort -n | awk 'NR == 3 { printf "scrape /q/metrics (median of 5): %.0f ms, %d bytes, ", $1 * 1000, $2 }'
awk '!/^#/ && NF { n++ } END { print n " series" }' "$work/scrape.txt"
echo "agents with a state: $(awk '/^cxone_agent_state\{/ && $NF == 1 { n++ } END { print n + 0 }' "$work/scrape.txt"), RSS $(rss_mb) MB"
echo "JVM options: ${*:-(none)}"
