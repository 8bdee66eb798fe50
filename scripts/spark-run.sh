#!/usr/bin/env bash
# Runs Communique on Apache Spark in local mode on this machine: extract on the executors in
# shards, merge once (scripts/spark/communique_spark.py). Installs Java 17 and PySpark if missing,
# builds the release binary, and ships it with the pipeline folder as spark-submit --archives does
# on a cluster.
# Usage: scripts/spark-run.sh INPUT OUTPUT [--partitions N] [--pipeline FILE] [--master URL]
#   COMMUNIQUE_BUILD=debug uses (and builds) the debug binary instead of the release one (CI).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
[ $# -ge 2 ] || { echo "usage: scripts/spark-run.sh INPUT OUTPUT [--partitions N] [--pipeline FILE] [--master URL]" >&2; exit 2; }
input=$(realpath "$1")
output=$(realpath -m "$2")
shift 2
partitions=4
pipeline=pipelines/default.yml
master="local[$(nproc)]"
while [ $# -gt 0 ]; do
  case "$1" in
    --partitions) partitions=$2; shift 2 ;;
    --pipeline) pipeline=$2; shift 2 ;;
    --master) master=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

if ! command -v java >/dev/null 2>&1; then
  apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-17-jre-headless >&2
fi
python3 -c "import pyspark" 2>/dev/null || python3 -m pip install --quiet pyspark >&2
scripts/setup.sh
configuration=${COMMUNIQUE_BUILD:-release}
swift build -c "$configuration" --product communique >&2
binary=$root/.build/$configuration/communique

# The job archive: the binary and the pipeline folder, unpacked as ./job in each task's folder.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/job"
cp "$binary" "$work/job/"
cp -r "$(dirname "$pipeline")" "$work/job/pipelines"
tar -czf "$work/job.tar.gz" -C "$work/job" .

spark_submit=$(python3 -c "import pyspark, os; print(os.path.join(os.path.dirname(pyspark.__file__), 'bin', 'spark-submit'))")
export PYSPARK_PYTHON=${PYSPARK_PYTHON:-python3}
"$spark_submit" --master "$master" --conf spark.ui.enabled=false --conf spark.ui.showConsoleProgress=false \
  --driver-java-options "-Dlog4j2.rootLogger.level=warn" \
  --archives "$work/job.tar.gz#job" \
  "$root/scripts/spark/communique_spark.py" "$input" "$output" --partitions "$partitions" \
  --pipeline "job/pipelines/$(basename "$pipeline")" --binary job/communique \
  --merge-binary "$binary" --merge-pipeline "$(realpath "$pipeline")"
