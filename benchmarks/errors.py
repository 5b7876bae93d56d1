"""Error analysis for the cleaner: which stage, for which reason, keeps chrome or drops body lines.

Every line's decision (``cleaner.explain``) is checked against the gold:

- scrapinghub: a line is body if its ``\\w+`` token sequence (joined by spaces) occurs in the gold's,
  whole words only, and it has at least 3 tokens; a shorter line is body only if it is a whole gold
  line. Every other line is chrome.
- trafilatura-eval: a line is body if it contains a ``with`` snippet or lies inside one, chrome if it
  contains a ``without`` snippet or lies inside one (same token test, and a line of fewer than 3 tokens
  "lies inside" a snippet only if it is the whole snippet, as above). Lines that are neither, or both,
  are unknown and not counted: the snippets say nothing about them.

Lines without any word are not counted either: they do not move the word-based metrics.

Errors are grouped by stage and reason, with the variable parts of the reason (numbers, quoted
phrases) masked so that e.g. every lexicon phrase hit is one group; the per-page detail keeps the
full reasons. Groups and pages are ranked by the words they get wrong, which is what the shingle
metric weighs.
"""
from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Callable

from _common import RENDERERS, add_bench_args, load_records, load_score

from cleaner import explain

#: Lines shorter than this (in tokens) match the gold only as a whole gold line or snippet: short
#: strings like "Home" or "Read more" occur inside body text by chance.
MIN_SUBSTRING_TOKENS = 3
_QUOTED = re.compile(r'"[^"]*"|“[^”]*”|«[^»]*»|(?<!\w)\'[^\']*\'(?!\w)')
_DIGITS = re.compile(r"\d+")
_SHOWN_CHARS = 110


@dataclass
class Tally:
    """Wrong decisions of one group (or page): lines and their words, each way."""

    kept_lines: int = 0
    kept_words: int = 0
    dropped_lines: int = 0
    dropped_words: int = 0

    def add(self, kept: bool, words: int) -> None:
        if kept:
            self.kept_lines, self.kept_words = self.kept_lines + 1, self.kept_words + words
        else:
            self.dropped_lines, self.dropped_words = self.dropped_lines + 1, self.dropped_words + words

    @property
    def words(self) -> int:
        return self.kept_words + self.dropped_words


@dataclass
class PageErrors:
    id: str
    tally: Tally = field(default_factory=Tally)
    wrong: list = field(default_factory=list)  # (decision, words)
    judged: Counter = field(default_factory=Counter)  # "body" / "chrome" / "unknown" -> lines


def parse_args() -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_bench_args(ap)
    ap.add_argument("--dataset", choices=("scrapinghub", "trafilatura-eval"), help="only this dataset")
    ap.add_argument("--lang", help="only pages of this ISO 639-1 language")
    ap.add_argument("--input", choices=RENDERERS, default="page_text", help="renderer field (default: %(default)s)")
    ap.add_argument("--show", type=int, default=10, metavar="N", help="detail the N worst pages (default: %(default)s)")
    ap.add_argument("--group-only", action="store_true", help="print only the totals table")
    return ap.parse_args()


def reason_group(reason: str) -> str:
    """The reason with its variable parts masked: quoted phrases become "…", numbers N."""
    return _DIGITS.sub("N", _QUOTED.sub('"…"', reason))


def body_judge(record: dict, tokenize) -> Callable[[list[str]], bool | None]:
    """For this record's gold: a line's tokens -> True (body), False (chrome) or None (unknown)."""
    if record.get("gold") is not None:
        return _article_judge(record["gold"], tokenize)
    with_ = [" ".join(tokenize(s)) for s in record.get("gold_with") or []]
    without = [" ".join(tokenize(s)) for s in record.get("gold_without") or []]
    return _snippet_judge([s for s in with_ if s], [s for s in without if s])


def _article_judge(gold: str, tokenize) -> Callable[[list[str]], bool]:
    """scrapinghub: whole-word token run of the gold (or, when short, a whole gold line) is body."""
    gold_seq = f" {' '.join(tokenize(gold))} "
    gold_lines = {" ".join(tokenize(line)) for line in gold.splitlines()}

    def judge(tokens: list[str]) -> bool:
        seq = " ".join(tokens)
        return f" {seq} " in gold_seq if len(tokens) >= MIN_SUBSTRING_TOKENS else seq in gold_lines
    return judge


def _snippet_judge(with_: list[str], without: list[str]) -> Callable[[list[str]], bool | None]:
    """trafilatura-eval: overlapping a ``with`` snippet is body, a ``without`` one chrome, both unknown."""
    def overlaps(seq: str, n_tokens: int, snippets: list[str]) -> bool:
        inside = (lambda s: seq in s) if n_tokens >= MIN_SUBSTRING_TOKENS else (lambda s: seq == s)
        return any(s in seq or inside(s) for s in snippets)

    def judge(tokens: list[str]) -> bool | None:
        seq = " ".join(tokens)
        body, chrome = overlaps(seq, len(tokens), with_), overlaps(seq, len(tokens), without)
        return body if body != chrome else None
    return judge


def page_errors(record: dict, text: str, tokenize) -> PageErrors:
    """The cleaner's wrong decisions on one page."""
    judge, errors = body_judge(record, tokenize), PageErrors(record["id"])
    for decision in explain(text).decisions:
        tokens = tokenize(decision.line)
        body = judge(tokens) if tokens else None
        errors.judged[{True: "body", False: "chrome", None: "unknown"}[body]] += 1
        if body is not None and decision.keep != body:
            errors.tally.add(decision.keep, len(tokens))
            errors.wrong.append((decision, len(tokens)))
    return errors


def group_totals(pages: list[PageErrors]) -> dict[tuple[str, str], Tally]:
    totals: dict[tuple[str, str], Tally] = defaultdict(Tally)
    for page in pages:
        for decision, words in page.wrong:
            totals[decision.stage, reason_group(decision.reason)].add(decision.keep, words)
    return totals


def totals_table(totals: dict[tuple[str, str], Tally], n_pages: int) -> str:
    head = ["| stage | reason group | wrongly kept lines | kept words | wrongly dropped lines | dropped gold words |",
            "|---|---|---:|---:|---:|---:|"]
    ranked = sorted(totals.items(), key=lambda kv: (-kv[1].words, kv[0]))
    rows = [_row(stage, group, t) for (stage, group), t in ranked]
    overall = Tally(*(sum(getattr(t, f) for t in totals.values()) for f in Tally.__dataclass_fields__))
    return "\n".join([*head, *rows, _row(f"**all** ({n_pages} pages)", f"{len(totals)} groups", overall)])


def _row(stage: str, group: str, t: Tally) -> str:
    group = group.replace("|", "\\|")
    return f"| {stage} | {group} | {t.kept_lines} | {t.kept_words} | {t.dropped_lines} | {t.dropped_words} |"


def page_detail(page: PageErrors) -> str:
    t = page.tally
    lines = [f"## {page.id}: {t.kept_lines} lines ({t.kept_words} words) wrongly kept, "
             f"{t.dropped_lines} lines ({t.dropped_words} words) wrongly dropped"]
    for d, _ in page.wrong:
        text = d.line if len(d.line) <= _SHOWN_CHARS else d.line[:_SHOWN_CHARS - 1] + "…"
        lines.append(f"{'KEPT' if d.keep else 'DROP'} {d.line_number:>4} [{d.stage}: {d.reason}] {text}")
    return "\n".join(lines)


def main() -> None:
    args = parse_args()
    score = load_score(args.bench_dir)
    records = load_records(args.bench_dir, limit=args.limit, dataset=args.dataset, lang=args.lang)
    pages = [page_errors(r, r.get(args.input) or "", score.tokenize) for r in records]
    judged = sum((p.judged for p in pages), Counter())
    print(f"# cleaner errors on {args.input}: {len(pages)} pages; lines judged body {judged['body']}, "
          f"chrome {judged['chrome']}, unknown or wordless {judged['unknown']} (not counted)\n")
    print(totals_table(group_totals(pages), len(pages)))
    if not args.group_only:
        for page in sorted(pages, key=lambda p: -p.tally.words)[:args.show]:
            print("\n" + page_detail(page))


if __name__ == "__main__":
    main()
