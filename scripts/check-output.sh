#!/usr/bin/env bash
# Checks a Communiqué output folder the way analysts load it:
#   scripts/check-output.sh OUTPUT_DIR
# Installs what is missing (frictionless, duckdb, pandas from PyPI; LibreOffice Calc from
# Debian when root), then runs scripts/check_output.py: the Frictionless validator, gzip -t,
# Python csv, pandas, DuckDB, and LibreOffice (csv -> xlsx, read back). One line per check,
# then `N passed, N failed`; exits non-zero when any check failed.
# PYTHON picks the interpreter (default python3). LibreOffice is skipped, not failed, when it
# cannot be installed.
set -u -o pipefail

if [ $# -ne 1 ] || [ ! -d "$1" ]; then
    echo "usage: $0 OUTPUT_DIR" >&2
    exit 2
fi
out=$1
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
py=${PYTHON:-python3}

if ! command -v "$py" >/dev/null 2>&1; then
    echo "FAIL python: $py not found"
    echo "0 passed, 1 failed"
    exit 1
fi

# pip refuses to touch an "externally managed" system Python; retry with the flag that allows it.
pip_install() {
    "$py" -m pip install --quiet --disable-pip-version-check "$@" 2>/tmp/check-output-pip.$$ && { rm -f /tmp/check-output-pip.$$; return 0; }
    if grep -q externally-managed /tmp/check-output-pip.$$; then
        rm -f /tmp/check-output-pip.$$
        "$py" -m pip install --quiet --disable-pip-version-check --break-system-packages "$@"
        return
    fi
    cat /tmp/check-output-pip.$$ >&2
    rm -f /tmp/check-output-pip.$$
    return 1
}

if ! "$py" -c 'import frictionless, duckdb, pandas' >/dev/null 2>&1; then
    echo "installing frictionless duckdb pandas"
    if ! pip_install frictionless duckdb pandas; then
        echo "FAIL install: pip install frictionless duckdb pandas failed"
        echo "0 passed, 1 failed"
        exit 1
    fi
fi

# LibreOffice: install Calc without a GUI when missing; skip (not fail) when that is impossible.
soffice_skip=${SOFFICE_SKIP:-}
if [ -z "$soffice_skip" ] && ! command -v soffice >/dev/null 2>&1; then
    if [ "$(id -u)" != 0 ]; then
        soffice_skip="soffice not installed and not root to apt-get it"
    elif ! command -v apt-get >/dev/null 2>&1; then
        soffice_skip="soffice not installed and no apt-get"
    else
        echo "installing libreoffice-calc-nogui"
        export DEBIAN_FRONTEND=noninteractive
        apt_install() { timeout 900 apt-get install -y -q --no-install-recommends libreoffice-calc-nogui >/tmp/check-output-apt.$$ 2>&1; }
        if ! apt_install; then
            timeout 300 apt-get update -q >/tmp/check-output-apt.$$ 2>&1 && apt_install
        fi
        if ! command -v soffice >/dev/null 2>&1; then
            soffice_skip="apt-get install libreoffice-calc-nogui failed: $(tail -n 1 /tmp/check-output-apt.$$ 2>/dev/null)"
        fi
        rm -f /tmp/check-output-apt.$$
    fi
fi
if [ -z "$soffice_skip" ] && ! "$py" -c 'import openpyxl' >/dev/null 2>&1; then
    pip_install openpyxl || soffice_skip="pip install openpyxl failed"
fi

SOFFICE_SKIP=$soffice_skip exec "$py" "$here/check_output.py" "$out"
