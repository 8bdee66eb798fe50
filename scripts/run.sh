#!/usr/bin/env bash
# Runs the job: builds Communiqué (release) and runs a pipeline, by default seeds/ into output/.
# Usage: scripts/run.sh [communique run arguments...]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build -c release --product communique >&2
exec .build/release/communique run "${@:-pipelines/default.yml}"
