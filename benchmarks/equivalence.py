"""The compiled core and the pure-Python path decide every line of the dev pages alike.

    python benchmarks/equivalence.py [--bench-dir ../shared/corpus-bench] [--limit N]

Runs ``explain()`` on both paths (cleaner/native.py) over ``page_text`` and ``page_text_inscriptis`` of
every record of the three dev files, and compares the decisions (line number, line, keep, stage,
reason) and the output text. Prints every page that differs and exits with status 1 if any does.
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from _common import RENDERERS, add_bench_args  # noqa: E402

from cleaner import Cleaner, native  # noqa: E402

DEV_FILES = ("dev.jsonl.gz", "dev-multi.jsonl.gz", "dev-wcxb.jsonl.gz")


def decisions(cleaner: Cleaner, text: str) -> tuple:
    explained = cleaner.explain(text)
    return explained.text, [(d.line_number, d.line, d.keep, d.stage, d.reason) for d in explained.decisions]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_bench_args(parser)
    args = parser.parse_args()
    if native.compiled is None:
        sys.exit("the compiled core is not built: nothing to compare (pip install -e . with a C compiler)")
    cleaner = Cleaner()
    pages = differ = 0
    seconds = {"python": 0.0, "compiled": 0.0}
    for name in DEV_FILES:
        with gzip.open(args.bench_dir / name, "rt", encoding="utf-8") as f:
            for n, raw in enumerate(f):
                if args.limit and n >= args.limit:
                    break
                record = json.loads(raw)
                for field in RENDERERS:
                    text = record.get(field) or ""
                    found = {}
                    for label, core in (("python", None), ("compiled", native.compiled)):
                        native.core = core
                        start = time.process_time()
                        found[label] = decisions(cleaner, text)
                        seconds[label] += time.process_time() - start
                    pages += 1
                    if found["python"] != found["compiled"]:
                        differ += 1
                        print(f"DIFFERENT: {name} {record['id']} {field}")
        print(f"{name}: {pages} texts so far, {differ} different", flush=True)
    print(f"{pages} texts, {differ} with different decisions; CPU time compiled / Python: "
          f"{seconds['compiled'] / seconds['python']:.2f}")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
