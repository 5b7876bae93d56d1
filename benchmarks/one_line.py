"""Pages without line breaks: how much of what the cleaner keeps from a page it still keeps when the
page's lines are joined into one.

    python benchmarks/one_line.py                       # every page of dev, 300 of dev-multi and dev-wcxb
    python benchmarks/one_line.py --sample 100 --seed 1 # 100 pages of each file

Each page is cleaned twice: as it is (one block per line), and joined with ``" ".join(lines)``. The
reference is the first output, not the gold: the question is what a page loses by arriving without
its line breaks. Reported per file:

- token recall: the share of the normal output's word tokens (as a multiset) that the joined page's
  output holds, over all pages (micro) and the mean over pages (macro);
- token surplus: the joined output's tokens beyond the normal output's, as a share of the normal
  output's (menus and chrome that came through with the body);
- pages whose joined output is empty while the normal one is not.

The target is a micro recall of 0.90 or more on every file. Exit status 1 when a file misses it.
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

import regex

from cleaner import clean

DEFAULT_BENCH_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus-bench"
#: (file, pages sampled by default: None for all) - dev in full, the two larger sets sampled.
FILES = (("dev.jsonl.gz", None), ("dev-multi.jsonl.gz", 300), ("dev-wcxb.jsonl.gz", 300))
#: The share of the normal output's tokens that the joined page's output must hold.
TARGET_RECALL = 0.90
#: A word token of any script; a CJK character counts as one (they are written without spaces).
TOKEN = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]|[^\W\p{Han}\p{Hiragana}\p{Katakana}]+")


def tokens(text: str) -> Counter:
    return Counter(TOKEN.findall(text.casefold()))


def joined(page_text: str) -> str:
    """The page with its lines joined into one, as a scraper that drops line breaks gives it."""
    return " ".join(line.strip() for line in page_text.splitlines() if line.strip())


def measure(path: Path, sample: int | None, seed: int) -> dict:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        pages = [json.loads(line)["page_text"] for line in f]
    if sample is not None and sample < len(pages):
        pages = random.Random(seed).sample(pages, sample)
    kept = found = extra = emptied = 0
    recalls = []
    start = time.perf_counter()
    for text in pages:
        normal, one = tokens(clean(text)), tokens(clean(joined(text)))
        if not normal:
            continue
        hit = sum((normal & one).values())
        total = sum(normal.values())
        kept, found = kept + total, found + hit
        extra += sum((one - normal).values())
        recalls.append(hit / total)
        emptied += not one
    return {"pages": len(pages), "scored": len(recalls), "micro": found / kept if kept else 1.0,
            "macro": sum(recalls) / len(recalls) if recalls else 1.0, "surplus": extra / kept if kept else 0.0,
            "emptied": emptied, "seconds": time.perf_counter() - start}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bench-dir", type=Path, default=DEFAULT_BENCH_DIR)
    parser.add_argument("--sample", type=int, help="pages per file (default: all of dev, 300 of the others)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    if not args.bench_dir.is_dir():
        print(f"one_line.py: no corpus-bench at {args.bench_dir} (--bench-dir)", file=sys.stderr)
        return 2
    failed = False
    print(f"{'file':22} {'pages':>6} {'recall (micro)':>15} {'(macro)':>8} {'surplus':>8} {'emptied':>8} {'s':>6}")
    for name, default in FILES:
        r = measure(args.bench_dir / name, args.sample if args.sample else default, args.seed)
        failed |= r["micro"] < TARGET_RECALL
        print(f"{name:22} {r['scored']:>6} {r['micro']:>15.3f} {r['macro']:>8.3f} {r['surplus']:>8.3f} "
              f"{r['emptied']:>8} {r['seconds']:>6.0f}")
    print(f"target: micro recall >= {TARGET_RECALL} on every file")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
