#!/usr/bin/env bash
# CI: a synthetic corpus of 3,000 articles published by `communique run` and by the Spark driver
# (scripts/spark-run.sh, 4 partitions, local mode) must be the same files, byte for byte.
# Usage: scripts/check-spark.sh [ARTICLES] [PARTITIONS]
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-3000}
partitions=${2:-4}
configuration=${COMMUNIQUE_BUILD:-debug}
scripts/setup.sh
swift build -c "$configuration" --product communique >&2
swift build -c "$configuration" --product communique-bench >&2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
".build/$configuration/communique-bench" synth --articles "$articles" --seed 14 --output "$work/in" --quiet pipelines/default.yml
".build/$configuration/communique" run pipelines/default.yml --input "$work/in" --output "$work/run" --quiet
start=$(date +%s)
COMMUNIQUE_BUILD=$configuration scripts/spark-run.sh "$work/in" "$work/spark" --partitions "$partitions" > "$work/spark.log" 2>&1 \
  || { tail -40 "$work/spark.log" >&2; exit 1; }
end=$(date +%s)
same=0
differ=0
for file in "$work/run"/*; do
  name=$(basename "$file")
  if cmp -s "$file" "$work/spark/$name"; then
    echo "same  $(sha256sum "$file" | cut -c1-16)  $name"
    same=$((same + 1))
  else
    echo "DIFFERS  $name" >&2
    differ=$((differ + 1))
  fi
done
[ "$(ls -A "$work/run" | sort)" = "$(ls -A "$work/spark" | sort)" ] || { echo "the two outputs hold different files" >&2; differ=$((differ + 1)); }
echo "spark-run.sh: $articles articles, $partitions partitions, $((end - start)) s"
echo "spark: $same passed, $differ failed"
[ "$differ" -eq 0 ]
