#!/usr/bin/env bash
# Soak run, not part of CI: the packaged daemon polls a large tenant on its embedded simulator for a long time while
# a scripted fault is switched on every few minutes. Every sample forces a full GC in the daemon and reads its own
# /q/metrics, so heap and thread counts are the daemon's, after collection. Results go to --out; a Markdown report
# (the source of docs/reliability.md) is printed at the end and kept as report.md.
#
#   scripts/soak.sh [--agents 1000] [--minutes 30] [--fault-every 180] [--fault-for 60] [--poll-every 15]
#                   [--sample-every 30] [--out target/soak] [--faults read_timeout,server_error_503]
# Ports: SOAK_HTTP_PORT (18080), SOAK_MANAGEMENT_PORT (19000), SOAK_SIMULATOR_PORT (18999). Needs curl and jcmd.
set -euo pipefail
cd "$(dirname "$0")/.."

agents=1000 minutes=30 fault_every=180 fault_for=60 poll_every=15 sample_every=30 out=target/soak faults_wanted=
while [ $# -gt 0 ]; do
  case "$1" in
    --agents) agents=$2 ;; --minutes) minutes=$2 ;; --fault-every) fault_every=$2 ;; --fault-for) fault_for=$2 ;;
    --poll-every) poll_every=$2 ;; --sample-every) sample_every=$2 ;; --out) out=$2 ;; --faults) faults_wanted=$2 ;;
    *) echo "soak: unknown argument '$1' (see the comment at the top of $0)" >&2; exit 2 ;;
  esac
  shift 2
done
for tool in curl jcmd java; do
  command -v "$tool" >/dev/null || { echo "soak: $tool is required" >&2; exit 1; }
done

http=${SOAK_HTTP_PORT:-18080} management=${SOAK_MANAGEMENT_PORT:-19000} simulator=${SOAK_SIMULATOR_PORT:-18999}
[ -f target/quarkus-app/quarkus-run.jar ] || mvn -B -q package -DskipTests
mkdir -p "$out"
# A copy of the application, so that a rebuild during a long run cannot pull classes from under the daemon.
rm -rf "$out/app" && cp -r target/quarkus-app "$out/app"
jar=$out/app/quarkus-run.jar
samples=$out/samples.tsv faults=$out/faults.tsv
tenant=$out/tenant.yaml

# Tokens live 60 s, so they are renewed about once a minute and the token-endpoint fault always meets a renewal.
java -jar "$jar" bench --write-tenant "$tenant" --agents "$agents" --token-lifetime 60s
roster=$(seq -s, 100000 $((100000 + agents - 1)))

java -Dquarkus.http.port="$http" -Dquarkus.management.port="$management" \
  -Dcxone.simulator.enabled=true -Dcxone.simulator.port="$simulator" -Dcxone.simulator.tenant-file="$tenant" \
  -Dcxone.username=bench-key -Dcxone.password=bench-key-secret -Dcxone.roster="$roster" \
  -Dcxone.poll.every="${poll_every}s" -jar "$jar" >"$out/daemon.log" 2>&1 &
daemon=$!
trap 'kill $daemon 2>/dev/null; wait $daemon 2>/dev/null || true' EXIT

metrics() { curl -fsS --max-time 10 "http://127.0.0.1:$management/q/metrics"; }
in_state() { awk -v s="state=\"$1\"" '/^cxone_agent_state\{/ && index($1, s) && $NF == 1 { n++ } END { print n + 0 }'; }
heap_mb() { awk '/^jvm_memory_used_bytes\{/ && /area="heap"/ { s += $NF } END { printf "%.1f", s / 1048576 }'; }
threads() { awk '/^jvm_threads_live_threads/ { printf "%d", $NF }'; }
series() { awk '!/^#/ && NF { n++ } END { print n + 0 }'; }
transitions_to_error() { awk '/^cxone_agent_state_transitions_total\{/ && /to="ERROR"/ { s += $NF } END { printf "%d", s }'; }
errors_by_reason() {
  awk '/^cxone_agent_poll_errors_total\{/ { match($1, /reason="[a-z_]+"/); s[substr($1, RSTART + 8, RLENGTH - 9)] += $NF }
       END { for (r in s) printf "%s=%d ", r, s[r] }'
}
simulator_call() { curl -fsS --max-time 10 -X "$1" -H 'Content-Type: application/json' ${3:+-d "$3"} \
  "http://127.0.0.1:$simulator$2" >/dev/null; }

start=$(date +%s)
elapsed() { echo $(($(date +%s) - start)); }
until m=$(metrics 2>/dev/null) && [ "$(in_state ERROR <<<"$m")" = 0 ] && [ "$(in_state LOGGED_IN <<<"$m")" -gt 0 ]; do
  kill -0 $daemon 2>/dev/null || { echo "soak: the daemon exited; see $out/daemon.log" >&2; exit 1; }
  [ "$(elapsed)" -lt 180 ] || { echo "soak: no clean poll within 180 s; see $out/daemon.log" >&2; exit 1; }
  sleep 2
done
echo "soak: first clean poll after $(elapsed) s; running $minutes min" >&2
start=$(date +%s)

printf 'seconds\tphase\theap_mib_after_gc\tthreads\tseries\tlogged_in\tlogged_out\terror\terrors_by_reason\n' >"$samples"
printf 'fault\tstarted_s\tmost_agents_error\tfirst_error_s\tturned_error\terrors_added\trecovery_s\n' >"$faults"
sample() {
  jcmd $daemon GC.run >/dev/null
  local m; m=$(metrics)
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$(elapsed)" "$1" "$(heap_mb <<<"$m")" "$(threads <<<"$m")" "$(series <<<"$m")" \
    "$(in_state LOGGED_IN <<<"$m")" "$(in_state LOGGED_OUT <<<"$m")" "$(in_state ERROR <<<"$m")" "$(errors_by_reason <<<"$m")" \
    >>"$samples"
}
change_one_percent() {
  local n=$(( agents / 100 > 0 ? agents / 100 : 1 )) i
  for ((i = 0; i < n; i++)); do
    simulator_call PUT "/simulator/agents/$((100000 + RANDOM % agents))/state" "{\"agentStateId\":$((RANDOM % 4))}"
  done
}

fault_names=(server_error_503 rate_limit_429 connection_reset read_timeout html_page_200 truncated_json body_50_mib
  slow_drip token_endpoint_down)
fault_bodies=('{"kind":"SERVER_ERROR","status":503}' '{"kind":"RATE_LIMIT","retryAfterSeconds":5}' '{"kind":"CONNECTION_RESET"}'
  '{"kind":"SLOW","retryAfterSeconds":20}' '{"kind":"HTML_BODY"}' '{"kind":"TRUNCATED_JSON"}' '{"kind":"OVERSIZED_BODY"}'
  '{"kind":"SLOW_DRIP","retryAfterSeconds":40}' '{"kind":"SERVER_ERROR","status":503,"pathContains":"auth/token"}')
if [ -n "$faults_wanted" ]; then  # only the named faults, in the order given
  names=() bodies=()
  for wanted in ${faults_wanted//,/ }; do
    for i in "${!fault_names[@]}"; do [ "${fault_names[$i]}" = "$wanted" ] && names+=("$wanted") && bodies+=("${fault_bodies[$i]}"); done
  done
  [ ${#names[@]} -gt 0 ] || { echo "soak: --faults names none of: ${fault_names[*]}" >&2; exit 2; }
  fault_names=("${names[@]}") fault_bodies=("${bodies[@]}")
fi

end=$((minutes * 60)) next_sample=0 next_change=0 next_fault=$fault_every fault=0
while [ "$(elapsed)" -lt "$end" ]; do
  kill -0 $daemon 2>/dev/null || { echo "soak: the daemon died at $(elapsed) s; see $out/daemon.log" >&2; exit 1; }
  now=$(elapsed)
  if [ "$now" -ge "$next_sample" ]; then sample none; next_sample=$((now + sample_every)); fi
  if [ "$now" -ge "$next_change" ]; then change_one_percent; next_change=$((now + poll_every)); fi
  if [ "$now" -ge "$next_fault" ] && [ $((now + fault_for + 60)) -lt "$end" ]; then
    name=${fault_names[fault % ${#fault_names[@]}]}
    before=$(metrics) worst=0 first_error=
    simulator_call POST /simulator/faults "${fault_bodies[fault % ${#fault_bodies[@]}]}"
    echo "soak: $(elapsed) s: fault $name for $fault_for s" >&2
    began=$(elapsed)
    while [ $(($(elapsed) - began)) -lt "$fault_for" ]; do
      e=$(metrics | in_state ERROR); [ "$e" -gt "$worst" ] && worst=$e
      [ -z "$first_error" ] && [ "$e" -gt 0 ] && first_error=$(($(elapsed) - began))
      if [ "$(elapsed)" -ge "$next_sample" ]; then sample "$name"; next_sample=$(($(elapsed) + sample_every)); fi
      sleep 2
    done
    simulator_call DELETE /simulator/faults
    cleared=$(elapsed) recovery=
    while [ $(($(elapsed) - cleared)) -lt 300 ]; do
      m=$(metrics)
      if [ "$(in_state ERROR <<<"$m")" = 0 ]; then recovery=$(($(elapsed) - cleared)); break; fi
      sleep 1
    done
    after=$(metrics)
    added=$(join -a2 -e0 -o 2.1,1.2,2.2 -t= <(errors_by_reason <<<"$before" | tr ' ' '\n' | sort) \
      <(errors_by_reason <<<"$after" | tr ' ' '\n' | sort) | awk -F= 'NF == 3 && $3 - $2 > 0 { printf "%s=%d ", $1, $3 - $2 }')
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$began" "$worst" "${first_error:-none}" \
      "$(( $(transitions_to_error <<<"$after") - $(transitions_to_error <<<"$before") ))" "${added:-none}" \
      "${recovery:-not within 300}" >>"$faults"
    fault=$((fault + 1)) next_fault=$((began + fault_every))
  fi
  sleep 1
done
sample end

report=$out/report.md
{
  echo "Soak run of $(date -u +%Y-%m-%d): $agents agents, $minutes min, a fault every $fault_every s for $fault_for s, polls every $poll_every s."
  echo "Machine: $(nproc) cores, $(free -g | awk '/^Mem:/ { print $2 }') GiB, $(java -version 2>&1 | head -1)."
  echo "Command: scripts/soak.sh --agents $agents --minutes $minutes --fault-every $fault_every --fault-for $fault_for --poll-every $poll_every${faults_wanted:+ --faults $faults_wanted}"
  echo
  echo "| s | phase | heap MiB after GC | threads | metric series | LOGGED_IN | LOGGED_OUT | ERROR | errors so far by reason |"
  echo "|---|---|---|---|---|---|---|---|---|"
  tail -n +2 "$samples" | awk -F'\t' '{ printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6, $7, $8, $9 }'
  echo
  echo "| fault | at s | most agents ERROR | first ERROR s after start | turned ERROR | errors added | recovery s after clearing |"
  echo "|---|---|---|---|---|---|---|"
  tail -n +2 "$faults" | awk -F'\t' '{ printf "| %s | %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6, $7 }'
  echo
  tail -n +2 "$samples" | awk -F'\t' 'NR == 1 { h0 = $3; s0 = $5 } { if ($3 > hmax) hmax = $3; if (tmin == "" || $4 < tmin) tmin = $4; if ($4 > tmax) tmax = $4; h = $3; s = $5 }
    END { printf "Heap after GC: first %s MiB, last %s MiB, highest %s MiB. Live threads: %s to %s. Metric series: %s to %s.\n", h0, h, hmax, tmin, tmax, s0, s }'
  echo "Daemon log lines at WARN or ERROR: $(grep -cE ' (WARN|ERROR) ' "$out/daemon.log" || true); stack trace lines: $(grep -cE '^[[:space:]]+at ' "$out/daemon.log" || true)."
} >"$report"
cat "$report"
