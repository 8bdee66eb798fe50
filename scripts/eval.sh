#!/usr/bin/env bash
# Scores the job on real news: the shared development set and the project's own evaluation set,
# each wherever its article texts are on this machine (the texts are third-party and never in
# git; eval/README.md and ../shared/dev/README.md say how to rebuild them).
# Usage: scripts/eval.sh [--verbose] [--worst N]
#   COMMUNIQUE_DEV_TEXTS  folder of the dev set's texts   (default: dev-texts/)
#   COMMUNIQUE_EVAL_TEXTS folder of eval/'s texts          (default: eval/texts/)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
shared=${COMMUNIQUE_SHARED:-$root/../shared}
export COMMUNIQUE_SCORER=${COMMUNIQUE_SCORER:-$shared/tools/score.py}
scripts/setup.sh
swift build -c release --product communique >&2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# One set: NAME TEXTS_DIR MANIFEST GOLD_DIR
score_set() {
  local name=$1 texts=$2 manifest=$3 gold=$4
  shift 4
  if [ ! -d "$texts" ] || ! ls "$texts"/*.txt >/dev/null 2>&1; then
    echo "== $name: no texts in $texts (skipped)"
    return 0
  fi
  mkdir -p "$work/$name/in" "$work/$name/gold"
  cp "$texts"/*.txt "$work/$name/in/"
  cp "$manifest" "$work/$name/in/manifest.csv"
  # Only the articles whose text is here are scored.
  for text in "$work/$name/in"/*.txt; do
    id=$(basename "$text" .txt)
    [ -f "$gold/$id.json" ] && cp "$gold/$id.json" "$work/$name/gold/"
  done
  .build/release/communique run pipelines/default.yml --input "$work/$name/in" --output "$work/$name/out" --quiet
  python3 scripts/eval_report.py "$name" "$work/$name/out" "$work/$name/gold" "$@"
}

score_set dev "${COMMUNIQUE_DEV_TEXTS:-$root/dev-texts}" "$shared/dev/manifest.csv" "$shared/dev/gold" "$@"
score_set eval "${COMMUNIQUE_EVAL_TEXTS:-$root/eval/texts}" "$root/eval/manifest.csv" "$root/eval/gold" "$@"
