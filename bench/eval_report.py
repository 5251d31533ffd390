"""Print strife's evaluation figures on the shared gold data as a table (with the pinned floors).

    python bench/eval_report.py                 # all evaluations, ../shared beside the repo root
    python bench/eval_report.py --only gum-quotes --json out/eval.json
    python bench/eval_report.py --only plover --confusion   # and PLOVER's gold × predicted types

The floors are :mod:`strife.evaluation.floors`' (the ones the gate test checks). Exit status 1 when a
figure is under its floor, 2 when the gold data is missing.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from strife.evaluation import EVALUATIONS, find_shared, format_table, run_all
from strife.evaluation.floors import floor_map
from strife.evaluation.plover import confusion_matrix, format_confusion, read_plover
from strife.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=None, help="the shared folder holding gold/")
    parser.add_argument("--only", action="append", choices=sorted(EVALUATIONS), help="run only these")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    parser.add_argument(
        "--confusion", action="store_true", help="also print the PLOVER type confusion matrix"
    )
    args = parser.parse_args(argv)
    shared = args.shared or find_shared(ROOT)
    if shared is None or not (shared / "gold").is_dir():
        print(f"gold data not found (looked for {ROOT.parent / 'shared' / 'gold'})", file=sys.stderr)
        return 2
    began = time.perf_counter()
    pipeline = Pipeline()
    loaded = time.perf_counter()
    results = run_all(pipeline, shared, args.only)
    done = time.perf_counter()
    floors = floor_map()
    print(format_table(results, floors))
    print(f"\nmodel load {loaded - began:.1f}s, evaluations {done - loaded:.1f}s")
    if args.confusion:
        records, events, _ = read_plover(pipeline, shared)
        print("\nPLOVER types, gold (rows) × strife's primary event (columns):")
        print(format_confusion(confusion_matrix(records, events)))
    if args.json is not None:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    under = [(e, f) for (e, f), floor in floors.items() if e in results and results[e].get(f, 0.0) < floor]
    for e, f in under:
        print(f"UNDER FLOOR: {e} {f} = {results[e][f]:.3f} < {floors[(e, f)]:.3f}", file=sys.stderr)
    return 1 if under else 0


if __name__ == "__main__":
    sys.exit(main())
