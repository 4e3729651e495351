#!/usr/bin/env bash
# The whole test suite, from a fresh machine: unit, Quarkus and simulator tests (surefire), then the
# packaged application's end-to-end tests (failsafe). CI runs exactly this through .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."

command -v java >/dev/null || { echo "Java 17 is required (java not found)" >&2; exit 1; }
command -v mvn >/dev/null || { echo "Maven 3.8+ is required (mvn not found)" >&2; exit 1; }

exec mvn -B -ntp verify "$@"
