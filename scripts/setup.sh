#!/usr/bin/env bash
# Installs the system libraries Communiqué links against (libcsv, zlib) when they are missing.
# Needs root and apt on a fresh machine; does nothing when both are already there.
set -euo pipefail
missing=()
[ -f /usr/include/csv.h ] || missing+=(libcsv-dev)
[ -f /usr/include/zlib.h ] || missing+=(zlib1g-dev)
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq "${missing[@]}" >&2
fi
command -v swift >/dev/null || { echo "setup: swift is not on PATH (expected under /opt/swift)" >&2; exit 1; }
