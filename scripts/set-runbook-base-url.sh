#!/usr/bin/env bash
# Points every alert's runbook_url at <BASE_URL>/<AlertName>.md, in one go:
#   - deploy/prometheus/cxone-agent-monitor.rules.yml (the alerts),
#   - deploy/prometheus/tests/*.yml (the promtool unit tests expect the same links),
#   - docs/alerts/README.md (where the base URL in use is documented),
#   - deploy/kubernetes/prometheusrule.yaml (regenerated from the rules file).
#
#   scripts/set-runbook-base-url.sh https://monitor.example.com/runbooks
#   scripts/set-runbook-base-url.sh https://git.example.com/ops/cxone-agent-monitor/-/blob/main/docs/alerts
#
# The shipped base, http://localhost:8080/runbooks, is the monitor's own /runbooks/<AlertName>.md endpoint as the
# Docker Compose setup publishes it. Use the monitor's address as the people who get the alerts reach it (an
# ingress), or any place that serves the files of docs/alerts/ under their names (a git host's view of that folder).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rules="$root/deploy/prometheus/cxone-agent-monitor.rules.yml"
docs="$root/docs/alerts/README.md"

usage() { echo "usage: $0 BASE_URL   (http:// or https://, without quotes, spaces, | or backslashes)" >&2; exit 2; }

[[ $# -eq 1 ]] || usage
base="${1%/}"
[[ "$base" =~ ^https?://[^[:space:]\'\"\`\|\\]+$ ]] || { echo "not a usable http(s) URL: $1" >&2; usage; }

# The base in use is the rules file's first runbook_url without its last segment (<AlertName>.md).
current="$(grep -m1 -oE "runbook_url: '[^']+'" "$rules" | sed -E "s/^runbook_url: '(.*)\/[A-Za-z0-9]+\.md'$/\1/")" || true
[[ -n "$current" ]] || { echo "no runbook_url found in $rules" >&2; exit 1; }

# runbook_url: '<current>/<Alert>.md'  ->  runbook_url: '<base>/<Alert>.md'
pattern() { printf '%s' "$1" | sed -e 's/[][\.*^$/|&+?(){}]/\\&/g'; }
replacement() { printf '%s' "$1" | sed -e 's/[&]/\\&/g'; }
files=("$rules" "$root"/deploy/prometheus/tests/*.yml)
sed -i -E "s|runbook_url: '$(pattern "$current")/([A-Za-z0-9]+)\\.md'|runbook_url: '$(replacement "$base")/\\1.md'|" "${files[@]}"
sed -i -E "s|runbook base URL is \`[^\`]*\`|runbook base URL is \`$(replacement "$base")\`|" "$docs"

left="$(grep -h -oE "runbook_url: '[^']+'" "${files[@]}" | grep -vF "runbook_url: '$base/" || true)"
[[ -z "$left" ]] || { echo "runbook_url values not rewritten:" >&2; printf '%s\n' "$left" >&2; exit 1; }

"$root/deploy/kubernetes/generate-prometheusrule.sh"
echo "runbook links now $base/<AlertName>.md (were $current/<AlertName>.md)"
