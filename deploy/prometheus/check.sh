#!/usr/bin/env bash
# Validates the monitoring configuration; exits non-zero on the first failure.
#   - promtool check config  deploy/prometheus/prometheus.yml (also loads the rules file it names, relative to it)
#   - promtool check rules   deploy/prometheus/cxone-agent-monitor.rules.yml
#   - promtool test rules    deploy/prometheus/tests/*.yml (unit tests of every alert and recording rule)
#   - amtool check-config    deploy/alertmanager/alertmanager.yml
#   - amtool config routes test: a page alert reaches `page`, a ticket alert reaches `ticket`, a supervisor alert
#     (audience=supervisor) reaches `supervisors` and nothing else
#   - deploy/kubernetes/prometheusrule.yaml is up to date with the rules file, and its groups pass promtool
# Needs promtool and amtool (Debian/Ubuntu: apt-get install prometheus prometheus-alertmanager).
# Run from anywhere: deploy/prometheus/check.sh
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
deploy="$(cd "$here/.." && pwd)"
am_config="$deploy/alertmanager/alertmanager.yml"

for tool in promtool amtool; do
  command -v "$tool" >/dev/null 2>&1 || { echo "check.sh: $tool not found (apt-get install prometheus prometheus-alertmanager)" >&2; exit 1; }
done

step() { printf '\n== %s\n' "$*"; }

# promtool resolves rule_files relative to the configuration file, so it is given by its path.
step "promtool check config prometheus.yml"
promtool check config "$here/prometheus.yml"

step "promtool check rules"
promtool check rules "$here/cxone-agent-monitor.rules.yml"

step "promtool test rules tests/*.yml"
# The tests name the rules file relative to themselves (../cxone-agent-monitor.rules.yml).
shopt -s nullglob
tests=("$here"/tests/*.yml)
(( ${#tests[@]} > 0 )) || { echo "no tests in $here/tests" >&2; exit 1; }
promtool test rules "${tests[@]}"

step "amtool check-config alertmanager.yml"
amtool check-config "$am_config"

# amtool prints a warning about --alertmanager.url on stderr when --config.file is given; it is harmless.
route_test() {
  local expected="$1"; shift
  printf 'route %s -> ' "$*"
  amtool config routes test --config.file="$am_config" --verify.receivers="$expected" "$@" 2>/dev/null
}
step "amtool config routes test"
route_test page alertname=CXoneAgentStateScopeError severity=page team=Blue job=cxone-agent-monitor instance=monitor:9000
route_test page alertname=CXonePollingStale severity=page job=cxone-agent-monitor instance=monitor:9000
route_test ticket alertname=CXoneApiErrors severity=ticket team=Red reason=server job=cxone-agent-monitor instance=monitor:9000
route_test ticket alertname=CXoneRateLimited severity=ticket team=Blue
# no severity at all still reaches a human
route_test ticket alertname=SomethingElse
# supervisor alerts go to the supervisors only, before (and instead of) the SRE routes, whatever their severity
route_test supervisors alertname=CXoneAgentUnavailableTooLong audience=supervisor severity=info team=Blue reason=Break agent_id=1003 job=cxone-agent-monitor instance=monitor:9000
route_test supervisors alertname=CXoneSkillNoAvailableAgent audience=supervisor severity=info skill_id=10 job=cxone-agent-monitor instance=monitor:9000
route_test supervisors alertname=CXoneAgentFlapping audience=supervisor severity=page team=Red

step "kubernetes PrometheusRule is generated from the rules file"
"$deploy/kubernetes/generate-prometheusrule.sh" --check
tmp="$(mktemp --suffix=.yml)"
trap 'rm -f "$tmp"' EXIT
# spec's content, one indentation level up, is a Prometheus rules file again.
sed -n '/^spec:/,$p' "$deploy/kubernetes/prometheusrule.yaml" | tail -n +2 | sed -E 's/^  //' > "$tmp"
promtool check rules "$tmp"

printf '\nAll checks passed.\n'
