"""What every benchmark script shares: finding corpus-bench, its score.py, the records, and the systems.

The benchmark data lives outside the repository (``../shared/corpus-bench`` beside the repo root), so
the tests never need it; a benchmark run without it stops with a clear message and exit status 2.
"""
from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Callable, Iterator, NamedTuple

import peers
from cleaner import clean

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BENCH_DIR = REPO_ROOT.parent / "shared" / "corpus-bench"
DATA_FILE = "dev.jsonl.gz"
#: corpus-bench's dev files: news and blog articles (en/de), news in five languages and scripts, pages of
#: seven types (articles, listings, collections, products, forums, services, docs), each with the record
#: field its groups are told apart by (None: by dataset only).
DATA_FILES = {"dev": ("dev.jsonl.gz", None), "dev-multi": ("dev-multi.jsonl.gz", "lang"),
              "dev-wcxb": ("dev-wcxb.jsonl.gz", "page_type")}
#: The two renderings of every page (see corpus-bench's README): the main input and a robustness check.
RENDERERS = ("page_text", "page_text_inscriptis")


class System(NamedTuple):
    """A system under test: ``run(record[input_field], record["lang"])`` returns the cleaned text.

    ``input_field`` names the record field it reads: a renderer's text, or ``"html"`` for an extractor
    that works on the markup.
    """

    name: str
    input_field: str
    run: Callable[[str, str], str]

    @property
    def label(self) -> str:
        return f"{self.name} ({self.input_field})"


def run_cleaner(text: str, lang: str) -> str:
    """The cleaner as a system; it guesses the language itself, so the record's is not passed on."""
    return clean(text)


#: The systems that read page text, in table order.
TEXT_SYSTEMS = (
    ("page text unchanged", peers.unchanged),
    ("C4 line filter", peers.c4_line_filter),
    ("jusText on the text", peers.justext_paragraphs),
    ("cleaner", run_cleaner),
)


def text_systems(renderers: tuple[str, ...] = RENDERERS) -> list[System]:
    """Every text system on each given renderer's output, grouped by renderer."""
    return [System(name, field, run) for field in renderers for name, run in TEXT_SYSTEMS]


def add_bench_args(parser: argparse.ArgumentParser) -> None:
    """The options every benchmark takes: where corpus-bench is and how many records to read."""
    parser.add_argument("--bench-dir", type=Path, default=DEFAULT_BENCH_DIR,
                        help=f"corpus-bench folder with {DATA_FILE} and score.py (default: %(default)s)")
    parser.add_argument("--limit", type=int, help="only the first N matching records (smoke test)")


def _require(path: Path) -> Path:
    """``path`` if it is a file; otherwise stop with a message saying where the data is expected."""
    if not path.is_file():
        print(f"error: {path} not found. The benchmarks need the corpus-bench folder (by default "
              f"../shared/corpus-bench beside the repository); point --bench-dir at it.", file=sys.stderr)
        sys.exit(2)
    return path


def load_score(bench_dir: Path) -> ModuleType:
    """corpus-bench's score.py, imported from its file so the metrics are exactly the published ones."""
    spec = importlib.util.spec_from_file_location("corpus_bench_score", _require(bench_dir / "score.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_records(bench_dir: Path, *, limit: int | None = None, dataset: str | None = None,
                 lang: str | None = None, keep_html: bool = False, data_file: str = DATA_FILE) -> list[dict]:
    """The records of one dev file (by default ``dev.jsonl.gz``), in file order, optionally of one
    dataset and language.

    The HTML is most of each record and no text system reads it, so it is dropped unless asked for.
    """
    records = []
    for record in _read_jsonl(_require(bench_dir / data_file)):
        if (dataset and record["dataset"] != dataset) or (lang and record["lang"] != lang):
            continue
        if not keep_html:
            record.pop("html", None)
        records.append(record)
        if limit and len(records) >= limit:
            break
    return records


def _read_jsonl(path: Path) -> Iterator[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)
