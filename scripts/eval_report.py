#!/usr/bin/env python3
"""Score a run against a set of gold files: P, R, F1 and slot accuracy per table, then the
articles with the most misses.

usage: eval_report.py NAME OUTPUT_DIR GOLD_DIR [--verbose] [--worst N]

It uses the contract's scorer (score.py, found through $COMMUNIQUE_SCORER or ../shared/tools);
an article's misses are its required gold rows the run did not give (fn), the rows it gave that
no gold row matches (fp) and the slots it got wrong, scored article by article.
"""
import importlib.util, io, json, os, shutil, sys, tempfile, contextlib

here = os.path.dirname(os.path.abspath(__file__))
scorer_path = os.environ.get("COMMUNIQUE_SCORER") or os.path.join(here, "..", "..", "shared", "tools", "score.py")
spec = importlib.util.spec_from_file_location("score", scorer_path)
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)


def per_article(out_dir, gold_dir):
    found = []
    for fn in sorted(os.listdir(gold_dir)):
        if not fn.endswith(".json"):
            continue
        with tempfile.TemporaryDirectory() as one:
            shutil.copy(os.path.join(gold_dir, fn), one)
            report = score.score(out_dir, one)
        misses = {t: (report[t]["fn"], report[t]["fp"], len(report[t]["slot_errors"])) for t in score.TABLES}
        total = sum(sum(m) for m in misses.values())
        found.append((total, fn[:-5], misses, report))
    found.sort(key=lambda item: (-item[0], item[1]))
    return found


def main(argv):
    worst_at = argv.index("--worst") + 1 if "--worst" in argv else None
    args = [a for i, a in enumerate(argv) if not a.startswith("--") and i != worst_at]
    if len(args) != 3:
        print(__doc__)
        return 2
    name, out_dir, gold_dir = args
    worst = int(argv[worst_at]) if worst_at is not None else 5
    print(f"== {name}")
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        score.main([out_dir, gold_dir] + (["--verbose"] if "--verbose" in argv else []))
    print(buffer.getvalue().rstrip())
    print(f"-- {name}: the {worst} articles with the most misses (fn / fp / slot errors per table)")
    for total, source_id, misses, _ in per_article(out_dir, gold_dir)[:worst]:
        parts = ", ".join(f"{t} {m[0]}/{m[1]}/{m[2]}" for t, m in misses.items() if sum(m))
        print(f"   {source_id:<8} {total:3d}  {parts}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
