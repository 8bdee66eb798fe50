#!/usr/bin/env bash
# Runs the test suite (Swift Testing), installing the system libraries first if needed.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build --build-tests >&2
swift test --skip-build "$@"
