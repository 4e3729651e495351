#!/usr/bin/env bash
# The whole test suite, from a fresh machine: unit, Quarkus and simulator tests (surefire), then the packaged
# application's end-to-end tests (failsafe), including a real Prometheus and Alertmanager and promtool's rule
# tests. CI runs exactly this through .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."

command -v java >/dev/null || { echo "Java 17 is required (java not found)" >&2; exit 1; }
command -v mvn >/dev/null || { echo "Maven 3.8+ is required (mvn not found)" >&2; exit 1; }

# Real Prometheus and Alertmanager binaries from Debian's packages for the observability tests.
missing=()
command -v prometheus >/dev/null && command -v promtool >/dev/null || missing+=(prometheus)
command -v prometheus-alertmanager >/dev/null && command -v amtool >/dev/null || missing+=(prometheus-alertmanager)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing ${missing[*]} for the observability tests" >&2
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "Missing ${missing[*]}: install them (sudo apt-get install -y ${missing[*]}); the observability tests need them." >&2
    exit 1
  fi
fi

exec mvn -B -ntp verify "$@"
