"""Scale: ``cleaner --jsonl`` on a large input, with one worker and with two.

    python benchmarks/scale.py [--bench-dir ../shared/corpus-bench] [--mb 120] [--keep FILE]

A JSON Lines file of ``--mb`` MB is built from the dev records (``url`` and ``text`` fields, the dev page
texts in file order, cycled until the size is reached) and cleaned by the command line, exactly as a
user runs it: ``python -m cleaner --jsonl IN -o OUT --jobs N --quiet``, once with ``--jobs 1`` and once
with ``--jobs 2``. For each run it reports the wall time, MB/s, and the peak memory of the whole process
tree (the main process and its workers, resident set sizes summed, sampled every ``SAMPLE_S`` seconds
from ``/proc``: Linux only) and of its largest process. The two outputs must be the same, record for
record.

Targets: peak memory under 150 MB on a 120 MB input (memory stays flat however large the
input), checked on every process: the one process of ``--jobs 1``, and the main process and each worker
of ``--jobs 2`` (each worker loads its own lexicons and stoplists, so the tree's sum grows with the
number of workers, not with the input); throughput from one core to two grows at least 1.8x. The
second needs two idle cores: on a machine shared with other work, the ratio understates it, so run it
alone.
"""
from __future__ import annotations

import argparse
import itertools
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import add_bench_args, load_records  # noqa: E402

SAMPLE_S = 0.05
MEMORY_TARGET_MB = 150
SCALING_TARGET = 1.8
PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")


def build_input(bench_dir: Path, mb: float, path: Path) -> tuple[int, int]:
    """Write the JSONL input; (records, bytes of page text) written."""
    records = [(r["url"], r["page_text"]) for r in load_records(bench_dir) if r["page_text"]]
    target, written, count, text_bytes = mb * 1e6, 0, 0, 0
    with path.open("w", encoding="utf-8") as out:
        for url, text in itertools.cycle(records):
            if written >= target:
                break
            line = json.dumps({"url": url, "text": text}, ensure_ascii=False) + "\n"
            out.write(line)
            written += len(line.encode())
            text_bytes += len(text.encode())
            count += 1
    return count, text_bytes


def _tree_rss(root: int) -> list[int]:
    """Resident set sizes (bytes) of ``root`` and its descendants, read from /proc."""
    parent: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:  # the process ended meanwhile
                continue
            parent[int(entry)] = int(stat.rsplit(")", 1)[1].split()[1])
    tree, frontier = {root}, [root]
    while frontier:
        frontier = [pid for pid, ppid in parent.items() if ppid in frontier and pid not in tree]
        tree.update(frontier)
    sizes = []
    for pid in tree:
        try:
            sizes.append(int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE_SIZE)
        except OSError:
            continue
    return sizes


def run(jobs: int, src: Path, dst: Path) -> dict:
    """One command-line run; wall time and peak memory of its process tree."""
    cmd = [sys.executable, "-m", "cleaner", "--jsonl", str(src), "-o", str(dst), "--jobs", str(jobs), "--quiet"]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd)
    peak_tree = peak_one = 0
    while proc.poll() is None:
        sizes = _tree_rss(proc.pid)
        peak_tree, peak_one = max(peak_tree, sum(sizes)), max(peak_one, max(sizes, default=0))
        time.sleep(SAMPLE_S)
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} exited with {proc.returncode}")
    return {"jobs": jobs, "wall_s": wall, "peak_tree_mb": peak_tree / 1e6, "peak_process_mb": peak_one / 1e6}


def same_records(a: Path, b: Path) -> bool:
    with a.open(encoding="utf-8") as fa, b.open(encoding="utf-8") as fb:
        return all(x == y for x, y in itertools.zip_longest(fa, fb))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_bench_args(parser)
    parser.add_argument("--mb", type=float, default=120, help="size of the JSONL input in MB (default: 120)")
    parser.add_argument("--keep", type=Path, help="keep the JSONL input here instead of a temporary file")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        src = args.keep or Path(tmp) / "input.jsonl"
        records, text_bytes = build_input(args.bench_dir, args.mb, src)
        size = src.stat().st_size
        print(f"input: {records:,} records, {size / 1e6:.1f} MB of JSONL ({text_bytes / 1e6:.1f} MB of page text); "
              f"CPU {os.cpu_count()} cores\n")
        print("jobs   wall s   MB/s (JSONL)   peak MB (all processes)   peak MB (largest process)")
        results = []
        for jobs in (1, 2):
            result = run(jobs, src, Path(tmp) / f"out{jobs}.jsonl")
            results.append(result)
            print(f"{jobs:>4} {result['wall_s']:>8.1f} {size / 1e6 / result['wall_s']:>14.2f} "
                  f"{result['peak_tree_mb']:>25.0f} {result['peak_process_mb']:>27.0f}")
        identical = same_records(Path(tmp) / "out1.jsonl", Path(tmp) / "out2.jsonl")
    one, two = results
    speedup = one["wall_s"] / two["wall_s"]
    peak = max(one["peak_tree_mb"], two["peak_process_mb"])
    print("\ntargets:")
    print(f"  peak memory per process < {MEMORY_TARGET_MB} MB on a {size / 1e6:.0f} MB input: {peak:.0f} MB -> "
          f"{'met' if peak < MEMORY_TARGET_MB else 'NOT met'}")
    print(f"  1 -> 2 workers throughput >= {SCALING_TARGET}x: {speedup:.2f}x -> "
          f"{'met' if speedup >= SCALING_TARGET else 'NOT met'}")
    print(f"  outputs of --jobs 1 and --jobs 2 identical: {identical}")
    return 0 if identical else 1


if __name__ == "__main__":
    raise SystemExit(main())
