"""Score the cleaner and its peers on corpus-bench's dev files and print one markdown table.

Rows are system x set: per dataset of each file (scrapinghub, trafilatura-eval; daniel; wcxb), per
language of dev-multi and per page type of dev-wcxb, and each file's ALL; the metrics are corpus-bench's score.py
(P/R/F1 on 4-token shingles, gold paragraph recall, snippet recall and exclusion). All systems are
measured in the same run, so their numbers are comparable even while the cleaner changes.

A system is ``System(name, input_field, run)`` (see _common.py); everything measured is in the one list
that ``systems()`` returns, so an extractor on the HTML is one more entry there.

``sec`` is the sum of the per-page times, each measured in the process that cleaned the page: it does
not depend on ``--jobs``, but it does on how busy the machine is.

    python benchmarks/quality.py                       # all systems, both renderers, all three files
    python benchmarks/quality.py --data dev-wcxb       # one file
    python benchmarks/quality.py --input page_text --systems cleaner,justext --by-lang
    python benchmarks/quality.py --input page_text --html  # plus the HTML extractors
"""
from __future__ import annotations

import argparse
import contextlib
import functools
import json
import multiprocessing
import sys
import time
from types import ModuleType
from typing import Callable

from _common import DATA_FILES, RENDERERS, System, add_bench_args, load_records, load_score, text_systems

#: --by-lang shows a language of a dataset only with at least this many pages; fewer are noise.
MIN_LANG_PAGES = 10


def _html_only(run: Callable[[str], str], html: str, lang: str) -> str:
    return run(html)


def systems(renderers: tuple[str, ...], html: bool) -> list[System]:
    """Everything this benchmark can measure, in table order: the text systems on each renderer, then
    (with --html) the extractors that read the original HTML, cleaner's HTML mode among them."""
    chosen = text_systems(renderers)
    if html:
        from html_peers import html_systems  # noqa: PLC0415 - needs trafilatura and readability-lxml
        chosen += [System(name, field, functools.partial(_html_only, run)) for name, field, run in html_systems()]
    return chosen


def parse_args() -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_bench_args(ap)
    ap.add_argument("--input", choices=(*RENDERERS, "both"), default="both",
                    help="renderer whose page text the text systems read (default: both)")
    ap.add_argument("--systems", help="comma list; a system runs if an item starts its name, case-insensitively "
                                      "(e.g. cleaner,c4,justext,page)")
    ap.add_argument("--html", action="store_true",
                    help="add the HTML section: trafilatura (three settings), readability-lxml, cleaner's HTML mode")
    ap.add_argument("--by-lang", action="store_true",
                    help=f"add cleaner rows per dataset language with >= {MIN_LANG_PAGES} pages")
    ap.add_argument("--data", default=",".join(DATA_FILES),
                    help=f"comma list of dev files: {', '.join(DATA_FILES)} (default: all)")
    ap.add_argument("--jobs", type=int, default=2, help="worker processes (default: %(default)s)")
    ap.add_argument("--json", metavar="OUT", help="also write the metrics and seconds as JSON here")
    return ap.parse_args()


def select(candidates: list[System], wanted: str | None) -> list[System]:
    """The systems named by ``--systems`` (all if not given); an unknown name is an error."""
    if not wanted:
        return candidates
    prefixes = [w.strip().lower() for w in wanted.split(",") if w.strip()]
    unknown = [p for p in prefixes if not any(s.name.lower().startswith(p) for s in candidates)]
    if unknown:
        names = ", ".join(dict.fromkeys(s.name for s in candidates))
        sys.exit(f"error: no system starts with {', '.join(unknown)}; systems: {names}")
    return [s for s in candidates if any(s.name.lower().startswith(p) for p in prefixes)]


def _timed(job: tuple) -> tuple[str, float, bool]:
    """Run one page in a worker: (output, seconds, ok). A crash counts as empty output, as in score.py."""
    run, text, lang = job
    start = time.perf_counter()
    try:
        out, ok = run(text, lang) or "", True
    except Exception:  # noqa: BLE001 - one bad page must not end a benchmark of 1,000 pages
        out, ok = "", False
    return out, time.perf_counter() - start, ok


def run_system(system: System, records: list[dict], pool) -> tuple[dict, dict, int]:
    """Outputs and seconds by record id, and the number of pages that crashed."""
    jobs = ((system.run, r.get(system.input_field) or "", r["lang"]) for r in records)
    results = pool.imap(_timed, jobs, chunksize=4) if pool else map(_timed, jobs)
    outputs, seconds, failures = {}, {}, 0
    for record, (out, sec, ok) in zip(records, results):
        outputs[record["id"]], seconds[record["id"]] = out, sec
        failures += not ok
    return outputs, seconds, failures


def _in_set(record: dict, name: str, data: str) -> bool:
    """Whether a record belongs to a group of :func:`score_rows`: "<file> ALL", "<dataset>" or
    "<dataset>/<value>" of its language or page type."""
    values = (record["lang"], record.get("page_type"))
    return name == f"{data} ALL" or name == record["dataset"] or name in (f"{record['dataset']}/{v}" for v in values)


def score_rows(system: System, data: str, records: list[dict], outputs: dict, seconds: dict, score: ModuleType,
               by_lang: bool) -> list[tuple[str, str, dict, float]]:
    """score.table rows for one system on one dev file: one per dataset and the file's ALL, then the
    groups the file is told apart by (language, page type) and any per-language rows."""
    datasets = {r["dataset"] for r in records}
    # A file of one dataset has one group for it: its ALL.
    groups = {(f"{data} ALL" if name == "ALL" else name): m for name, m in score.score_all(records, outputs).items()
              if len(datasets) > 1 or name == "ALL"}
    by = DATA_FILES[data][1] or ("lang" if by_lang else None)
    if by:
        per = score.score_all(records, outputs, by=by)
        groups.update((k, m) for k, m in per.items() if k != "ALL" and (by != "lang" or m["pages"] >= MIN_LANG_PAGES))
    return [(system.label, name, metrics, sum(seconds[r["id"]] for r in records if _in_set(r, name, data)))
            for name, metrics in groups.items()]


def main() -> None:
    args = parse_args()
    renderers = RENDERERS if args.input == "both" else (args.input,)
    chosen = select(systems(renderers, args.html), args.systems)
    score = load_score(args.bench_dir)
    files = [d.strip() for d in args.data.split(",") if d.strip()]
    unknown = [d for d in files if d not in DATA_FILES]
    if unknown:
        sys.exit(f"error: unknown dev file {', '.join(unknown)}; known: {', '.join(DATA_FILES)}")
    rows, failed = [], []
    with multiprocessing.Pool(args.jobs) if args.jobs > 1 else contextlib.nullcontext() as pool:
        for data in files:
            records = load_records(args.bench_dir, limit=args.limit, keep_html=args.html,
                                   data_file=DATA_FILES[data][0])
            for system in chosen:
                outputs, seconds, failures = run_system(system, records, pool)
                rows += score_rows(system, data, records, outputs, seconds, score,
                                   args.by_lang and system.name == "cleaner")
                if failures:
                    failed.append(f"{system.label} on {data}: {failures} page(s) crashed (scored as empty output)")
                print(f"done: {system.label} on {data}", file=sys.stderr)
    print(score.table(rows))
    for line in failed:
        print(line)
    if args.json:
        _write_json(args.json, rows)


def _write_json(path: str, rows: list[tuple[str, str, dict, float]]) -> None:
    """{system label: {set: metrics plus "seconds"}}."""
    out: dict[str, dict] = {}
    for label, name, metrics, sec in rows:
        out.setdefault(label, {})[name] = {**metrics, "seconds": sec}
    with open(path, "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1)


if __name__ == "__main__":
    main()
