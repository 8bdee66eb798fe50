#!/usr/bin/env python3
"""Checks a Communiqué output folder the way analysts load it.

Usage: check_output.py OUTPUT_DIR

Runs the Frictionless validator on OUTPUT_DIR/datapackage.json, then reads every
OUTPUT_DIR/*.csv.gz with gzip, Python's csv module, pandas and DuckDB (each with no
options, as an analyst would), and, when LibreOffice is there, converts each table to xlsx
and reads it back. Prints one line per check (PASS, FAIL or SKIP), then `N passed, N failed`
(skips are not counted), and exits 1 when any check failed.

scripts/check-output.sh is the entry point: it installs what is missing and runs this.
Set SOFFICE_SKIP to a reason to skip the LibreOffice checks (the .sh does when it could not
install LibreOffice).
"""

import csv
import gzip
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

# Columns an analyst will compute with: DuckDB must type them as numbers.
NUMERIC_COLUMNS = {"trade_metrics": ["value", "change_pct"]}
INTEGER_COLUMNS = {"agreements": ["count"]}
# Columns whose cells must arrive in a spreadsheet as numbers, not text.
SPREADSHEET_NUMERIC_COLUMNS = {"trade_metrics": ["value"]}

DUCKDB_NUMERIC = ("TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "UTINYINT", "USMALLINT",
                  "UINTEGER", "UBIGINT", "UHUGEINT", "FLOAT", "DOUBLE", "REAL", "DECIMAL")
DUCKDB_INTEGER = ("TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "UTINYINT", "USMALLINT",
                  "UINTEGER", "UBIGINT", "UHUGEINT")


class Checks:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def ok(self, name, detail=""):
        self.passed += 1
        print(f"PASS {name}" + (f": {detail}" if detail else ""), flush=True)

    def fail(self, name, detail):
        self.failed += 1
        print(f"FAIL {name}: {detail}", flush=True)

    def skip(self, name, reason):
        print(f"SKIP {name}: {reason}", flush=True)

    def run(self, name, function):
        """Runs `function`, which returns a detail string or raises; an exception is a failure."""
        try:
            detail = function()
        except CheckFailed as failure:
            self.fail(name, str(failure))
            return False
        except Exception as error:  # a reader that crashes is a failed check, not a crash of the script
            self.fail(name, f"{type(error).__name__}: {error}")
            return False
        if isinstance(detail, Skip):
            self.skip(name, detail.reason)
            return True
        self.ok(name, detail or "")
        return True


class CheckFailed(Exception):
    pass


class Skip:
    def __init__(self, reason):
        self.reason = reason


def require(condition, message):
    if not condition:
        raise CheckFailed(message)


def table_name(path):
    return os.path.basename(path)[: -len(".csv.gz")]


# --- Frictionless ---------------------------------------------------------------------------

def frictionless_command():
    # The CLI of the interpreter running this script (`frictionless validate`), not whichever
    # `frictionless` comes first on PATH.
    return [sys.executable, "-m", "frictionless"]


def check_frictionless(descriptor_path):
    def run():
        require(os.path.isfile(descriptor_path), "no datapackage.json")
        command = frictionless_command() + ["validate", "--json", os.path.basename(descriptor_path)]
        result = subprocess.run(command, cwd=os.path.dirname(descriptor_path) or ".",
                                capture_output=True, text=True, timeout=600)
        try:
            report = json.loads(result.stdout)
        except json.JSONDecodeError:
            raise CheckFailed(f"validator gave no report (exit {result.returncode}): "
                              f"{(result.stderr or result.stdout).strip()[:500]}")
        if report.get("valid"):
            tasks = report.get("tasks", [])
            rows = sum((task.get("stats") or {}).get("rows", 0) or 0 for task in tasks)
            return f"valid, {len(tasks)} resources, {rows} rows"
        problems = []
        for error in report.get("errors", []):
            problems.append(error.get("message", str(error)))
        for task in report.get("tasks", []):
            for error in task.get("errors", []):
                problems.append(f"{task.get('name')}: {error.get('message', error)}")
        raise CheckFailed(f"invalid, {len(problems)} errors; first: " + " | ".join(problems[:3]))
    return run


def check_resources_match_files(descriptor, tables):
    def run():
        names = [resource.get("name") for resource in descriptor.get("resources", [])]
        paths = sorted(resource.get("path") for resource in descriptor.get("resources", []))
        files = sorted(os.path.basename(path) for path in tables)
        require(paths == files, f"resources {paths} but files {files}")
        return f"{len(names)} resources, one per table file"
    return run


# --- Per table ------------------------------------------------------------------------------

def check_gzip(path):
    def run():
        result = subprocess.run(["gzip", "-t", path], capture_output=True, text=True)
        require(result.returncode == 0, (result.stderr or "gzip -t failed").strip())
        with open(path, "rb") as handle:
            header = handle.read(10)
        require(header[:2] == b"\x1f\x8b", "not gzip")
        mtime = int.from_bytes(header[4:8], "little")
        require(header[3] & 0x08 == 0, "gzip header carries a file name")
        require(mtime == 0, f"gzip header mtime is {mtime}, not 0")
        return "ok, no name, mtime 0"
    return run


def read_python_csv(path):
    raw = gzip.decompress(open(path, "rb").read())
    bom = raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    return rows, bom


def check_python_csv(path, expected_header, counts):
    def run():
        rows, bom = read_python_csv(path)
        require(rows, "no header row")
        header, data = rows[0], rows[1:]
        if expected_header is not None:
            require(header == expected_header, f"header {header} != datapackage fields {expected_header}")
        widths = {len(row) for row in data}
        require(widths <= {len(header)}, f"rows with {sorted(widths)} fields, header has {len(header)}")
        counts[path] = len(data)
        return f"{len(data)} rows x {len(header)} columns" + (" (UTF-8 BOM)" if bom else "")
    return run


def check_pandas(path, counts, numeric):
    def run():
        import pandas as pd
        from pandas.api.types import is_numeric_dtype
        frame = pd.read_csv(path)
        header = read_python_csv(path)[0][0]
        require(list(frame.columns) == header, f"columns {list(frame.columns)} != header {header}")
        if path in counts:
            require(len(frame) == counts[path], f"{len(frame)} rows, csv module read {counts[path]}")
        kinds = []
        for column in numeric:
            if column not in frame.columns or frame[column].isna().all():
                continue
            require(is_numeric_dtype(frame[column]), f"{column} is {frame[column].dtype}, not numeric")
            kinds.append(f"{column} {frame[column].dtype}")
        return f"{len(frame)} rows" + (f"; {', '.join(kinds)}" if kinds else "")
    return run


def duckdb_read(path):
    import duckdb
    connection = duckdb.connect()
    try:
        relation = connection.sql("SELECT * FROM read_csv('%s')" % path.replace("'", "''"))
        columns = list(relation.columns)
        types = [str(kind) for kind in relation.types]
        rows = relation.fetchall()
    finally:
        connection.close()
    return columns, types, rows


def check_duckdb(path, counts, results):
    def run():
        columns, types, rows = duckdb_read(path)
        results[path] = (columns, types, rows)
        header = read_python_csv(path)[0][0]
        require(columns == header, f"columns {columns} != header {header} (header not detected?)")
        if path in counts:
            require(len(rows) == counts[path], f"{len(rows)} rows, csv module read {counts[path]}")
        return f"{len(rows)} rows; " + ", ".join(f"{c} {t}" for c, t in zip(columns, types))
    return run


def check_duckdb_types(path, results, column, accepted, kind):
    def run():
        require(path in results, "DuckDB could not read the table")
        columns, types, rows = results[path]
        require(column in columns, f"no column {column}")
        index = columns.index(column)
        if all(row[index] is None for row in rows):
            return Skip(f"{column} has no values, DuckDB types it {types[index]}")
        base = types[index].split("(")[0].upper()
        require(base in accepted, f"DuckDB infers {column} as {types[index]}, not {kind}")
        return f"{column} {types[index]}"
    return run


# --- LibreOffice ----------------------------------------------------------------------------

def check_libreoffice(checks, tables, counts):
    reason = os.environ.get("SOFFICE_SKIP")
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if reason or not soffice:
        checks.skip("libreoffice", reason or "soffice not found")
        return
    try:
        import openpyxl
    except ImportError:
        checks.skip("libreoffice", "openpyxl is not installed")
        return
    work = tempfile.mkdtemp(prefix="communique-check-")
    try:
        csvs = []
        readable = []
        for path in tables:
            target = os.path.join(work, table_name(path) + ".csv")
            try:
                data = gzip.decompress(open(path, "rb").read())
            except (OSError, EOFError) as error:
                checks.fail(f"libreoffice {table_name(path)}", f"cannot gunzip: {error}")
                continue
            with open(target, "wb") as handle:
                handle.write(data)
            csvs.append(target)
            readable.append(path)
        if not csvs:
            return
        out = os.path.join(work, "xlsx")
        os.mkdir(out)
        # A private profile: no clash with a running LibreOffice, no first-start dialogs kept.
        profile = "file://" + os.path.join(work, "profile")
        command = ["timeout", "180", soffice, f"-env:UserInstallation={profile}", "--headless",
                   "--norestore", "--convert-to", "xlsx", "--outdir", out] + csvs
        started = time.monotonic()
        result = subprocess.run(command, capture_output=True, text=True)
        elapsed = time.monotonic() - started
        if result.returncode != 0:
            what = "timed out after 180 s" if result.returncode == 124 else f"exit {result.returncode}"
            checks.fail("libreoffice convert", f"{what}: {(result.stderr or result.stdout).strip()[:300]}")
            return
        checks.ok("libreoffice convert", f"{len(csvs)} tables to xlsx in {elapsed:.1f} s")
        for path in readable:
            name = table_name(path)
            checks.run(f"libreoffice {name}", check_xlsx(os.path.join(out, name + ".xlsx"), path, counts,
                                                         SPREADSHEET_NUMERIC_COLUMNS.get(name, []), openpyxl))
    finally:
        shutil.rmtree(work, ignore_errors=True)


def check_xlsx(xlsx, path, counts, numeric, openpyxl):
    def run():
        require(os.path.isfile(xlsx), "LibreOffice wrote no xlsx")
        sheet = openpyxl.load_workbook(xlsx, read_only=True).active
        rows = [row for row in sheet.iter_rows(values_only=True)
                if any(cell is not None and cell != "" for cell in row)]
        require(rows, "empty sheet")
        header = [cell for cell in rows[0]]
        data = rows[1:]
        expected = counts.get(path)
        if expected is None:
            expected = len(read_python_csv(path)[0]) - 1
        require(len(data) == expected, f"{len(data)} rows in the sheet, {expected} in the CSV")
        checked = []
        for column in numeric:
            require(column in header, f"no column {column} in the sheet's header {header}")
            index = header.index(column)
            cells = [row[index] for row in data if index < len(row) and row[index] not in (None, "")]
            text = [cell for cell in cells if not isinstance(cell, (int, float)) or isinstance(cell, bool)]
            require(not text, f"{column} holds text, not numbers: {text[:3]}")
            checked.append(f"{column}: {len(cells)} numbers")
        return f"{len(data)} rows" + (f"; {', '.join(checked)}" if checked else "")
    return run


# --- Main -----------------------------------------------------------------------------------

def main(argv):
    if len(argv) != 2:
        print("usage: check_output.py OUTPUT_DIR", file=sys.stderr)
        return 2
    folder = argv[1]
    started = time.monotonic()
    checks = Checks()
    tables = sorted(os.path.join(folder, name) for name in os.listdir(folder) if name.endswith(".csv.gz")) \
        if os.path.isdir(folder) else []

    descriptor_path = os.path.join(folder, "datapackage.json")
    descriptor = None
    if os.path.isfile(descriptor_path):
        try:
            with open(descriptor_path, encoding="utf-8") as handle:
                descriptor = json.load(handle)
        except (OSError, ValueError):
            descriptor = None
    checks.run("frictionless validate", check_frictionless(descriptor_path))
    if descriptor is not None:
        checks.run("datapackage resources", check_resources_match_files(descriptor, tables))

    fields = {}
    for resource in (descriptor or {}).get("resources", []):
        fields[resource.get("path")] = [field.get("name") for field in resource.get("schema", {}).get("fields", [])]

    if not tables:
        checks.fail("tables", f"no *.csv.gz in {folder}")

    counts = {}
    duck = {}
    for path in tables:
        name = table_name(path)
        checks.run(f"gzip {name}", check_gzip(path))
        checks.run(f"csv {name}", check_python_csv(path, fields.get(os.path.basename(path)), counts))
        checks.run(f"pandas {name}", check_pandas(path, counts, NUMERIC_COLUMNS.get(name, [])))
        checks.run(f"duckdb {name}", check_duckdb(path, counts, duck))
        for column in NUMERIC_COLUMNS.get(name, []):
            checks.run(f"duckdb {name}.{column} numeric",
                       check_duckdb_types(path, duck, column, DUCKDB_NUMERIC, "numeric"))
        for column in INTEGER_COLUMNS.get(name, []):
            checks.run(f"duckdb {name}.{column} integer",
                       check_duckdb_types(path, duck, column, DUCKDB_INTEGER, "an integer type"))

    if tables:
        check_libreoffice(checks, tables, counts)

    print(f"took {time.monotonic() - started:.1f} s", flush=True)
    print(f"{checks.passed} passed, {checks.failed} failed", flush=True)
    return 1 if checks.failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
