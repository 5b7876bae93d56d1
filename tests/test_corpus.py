"""The annotated corpus (corpus/README.md), data-driven like ftfy's test cases.

* ``corpus/seed/``: the seed page and its exact expected body, plus what ``explain`` must say about it.
* ``corpus/cases/<name>/``: ``page.txt`` + ``case.json`` + either ``expected.txt`` (the exact output) or
  ``keep.txt`` / ``drop.txt`` (lines of ``page.txt`` that must / must not be in the output); optionally
  ``comments.txt``: readers' comments, dropped by default and kept with ``Config(comments=True)``.
* ``corpus/negative/<name>.txt``: texts without chrome that must come out unchanged (normalised as the
  cleaner renders its output).

``corpus/pending/`` holds cases that document known failures; they are not run here.
Every failure message lists the failing lines with the cleaner's own decision (stage and reason).
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleaner import Cleaner, Config, clean, explain

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
SEED = CORPUS / "seed"
CASES = sorted(p for p in (CORPUS / "cases").iterdir() if p.is_dir())
NEGATIVES = sorted((CORPUS / "negative").glob("*.txt"))
KINDS = {"real-page", "menu", "share-row", "related-headlines", "cookie", "subscribe", "dateline", "tag-line",
         "counter", "footer", "byline", "breadcrumb", "advertisement", "glued-menu", "language", "caption",
         "comments", "paywall", "pagination", "wrapped-text", "dump", "product-page", "recipe-page", "wiki",
         "forum", "listing"}


def read(path: Path) -> str:
    """A corpus file exactly as stored (no newline translation: a lone CR stays a CR)."""
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def read_lines(path: Path) -> list[str]:
    """The non-empty lines of a keep.txt / drop.txt file."""
    if not path.exists():
        return []
    return [line for line in read(path).split("\n") if line.strip()]


def page_lines(text: str) -> list[str]:
    """The non-blank lines of a page, stripped, as the cleaner sees them (any line-ending convention)."""
    return [line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n") if line.strip()]


def normalised(text: str) -> str:
    """``text`` as the cleaner renders a page it keeps whole: every non-blank line stripped; joined by one
    blank line when the input has a blank line anywhere between its first and last non-blank line,
    otherwise by a single newline; no leading or trailing blank lines (see cleaner.page.build and
    cleaner.pipeline._render)."""
    raw = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    numbered = [i for i, line in enumerate(raw) if line.strip()]
    if not numbered:
        return ""
    blank_separated = any(not line.strip() for line in raw[numbered[0]:numbered[-1]])
    return ("\n\n" if blank_separated else "\n").join(raw[i].strip() for i in numbered)


def decisions_of(text: str) -> dict[str, list]:
    """Every decision of ``explain(text)``, by line text (a text may stand on several lines)."""
    out: dict[str, list] = {}
    for d in explain(text).decisions:
        out.setdefault(d.line, []).append(d)
    return out


def describe(lines: list[str], decisions: dict[str, list]) -> str:
    rows = []
    for line in lines:
        for d in decisions.get(line.strip(), []) or [None]:
            if d is None:
                rows.append(f"    (not a line of the page?) {line!r}")
            else:
                verdict = "KEEP" if d.keep else "DROP"
                rows.append(f"    line {d.line_number}: {verdict} [{d.stage}] {d.reason}\n        {d.line!r}")
    return "\n".join(rows)


def wrong_lines(page: str, missing: list[str], leaked: list[str]) -> list[str]:
    """One block per kind of error, each line with the cleaner's decision on it."""
    decisions = decisions_of(page)
    return [f"{title}:\n" + describe(lines, decisions)
            for title, lines in (("body lines dropped", missing), ("chrome lines kept", leaked)) if lines]


def diff_message(page: str, expected: str, got: str) -> str:
    """The lines that differ between ``expected`` and ``got``, each with the cleaner's decision on it."""
    exp = [line for line in expected.split("\n") if line]
    out = [line for line in got.split("\n") if line]
    parts = wrong_lines(page, [line for line in exp if line not in out], [line for line in out if line not in exp])
    if not parts:
        parts.append("same lines, different order or separators:\n"
                     f"  expected {expected!r}\n  got      {got!r}")
    return "\n".join(parts)


# --- the seed page ---------------------------------------------------------------------------------

def test_seed_gives_exactly_its_expected_body():
    page = read(SEED / "page.txt")
    expected = read(SEED / "expected.txt").rstrip("\n")
    got = clean(page)
    assert got == expected, "seed page:\n" + diff_message(page, expected, got)


def test_seed_explain_drops_listen_live_by_lexicon_and_keeps_the_body_with_reasons():
    page = read(SEED / "page.txt")
    expected = [line for line in read(SEED / "expected.txt").split("\n") if line.strip()]
    decisions = decisions_of(page)
    listen = decisions.get("Listen Live")
    assert listen, '"Listen Live" is not a line of the seed page'
    assert all(not d.keep and d.stage == "lexicon" for d in listen), describe(["Listen Live"], decisions)
    bad = [line for line in expected
           if not decisions.get(line) or not all(d.keep and d.reason.strip() for d in decisions[line])]
    assert not bad, "body lines not kept with a reason:\n" + describe(bad, decisions)


# --- annotated cases -------------------------------------------------------------------------------

@pytest.mark.parametrize("case", CASES, ids=[p.name for p in CASES])
def test_case(case: Path):
    page = read(case / "page.txt")
    got = clean(page)
    if (case / "expected.txt").exists():
        expected = read(case / "expected.txt").rstrip("\n")
        assert got == expected, f"{case.name}:\n" + diff_message(page, expected, got)
        return
    keep, drop = read_lines(case / "keep.txt"), read_lines(case / "drop.txt")
    assert keep or drop, f"{case.name}: no expected.txt, keep.txt or drop.txt"
    out = set(got.split("\n"))
    message = wrong_lines(page, [line for line in keep if line.strip() not in out],
                          [line for line in drop if line.strip() in out])
    assert not message, f"{case.name}:\n" + "\n".join(message)


COMMENTED = [case for case in CASES if (case / "comments.txt").exists()]


@pytest.mark.parametrize("case", COMMENTED, ids=[p.name for p in COMMENTED])
def test_case_comments_are_a_setting(case: Path):
    """Comments go by default and stay on request; the article and the chrome are judged the same way
    under both settings."""
    page = read(case / "page.txt")
    comments = read_lines(case / "comments.txt")
    default = set(clean(page).split("\n"))
    leaked = [line for line in comments if line.strip() in default]
    assert not leaked, f"{case.name}: comments kept by default:\n" + "\n".join(wrong_lines(page, [], leaked))
    kept = set(Cleaner(Config(comments=True))(page).split("\n"))
    keep = read_lines(case / "expected.txt") or read_lines(case / "keep.txt")
    drop = read_lines(case / "drop.txt")
    missing = [line for line in keep + comments if line.strip() not in kept]
    assert not missing, f"{case.name}: lines lost with Config(comments=True):\n" + "\n".join(missing)
    chrome = [line for line in drop if line.strip() in kept]
    assert not chrome, f"{case.name}: chrome kept with Config(comments=True):\n" + "\n".join(chrome)


@pytest.mark.parametrize("case", CASES, ids=[p.name for p in CASES])
def test_case_output_is_a_fixed_point(case: Path):
    # Cleaning the output again changes nothing (the property tests check generated pages; these are
    # real ones, with the repeats and cascades real pages have).
    got = clean(read(case / "page.txt"))
    assert clean(got) == got, case.name


def _all_case_folders() -> list[Path]:
    folders = list(CASES)
    pending = CORPUS / "pending"
    if pending.is_dir():
        folders += sorted(p for p in pending.iterdir() if p.is_dir() and p.name != "negative")
    return folders


@pytest.mark.parametrize("case", _all_case_folders(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_case_is_well_formed(case: Path):
    """Metadata present, and keep/drop lines are lines of the page, verbatim (pending cases too)."""
    meta = json.loads(read(case / "case.json"))
    for field in ("kind", "lang", "source", "licence", "note"):
        assert meta.get(field), f"{case.name}: case.json lacks {field!r}"
    assert meta["kind"] in KINDS, f"{case.name}: unknown kind {meta['kind']!r}"
    lines = set(page_lines(read(case / "page.txt")))
    has_expected = (case / "expected.txt").exists()
    has_lists = (case / "keep.txt").exists() or (case / "drop.txt").exists()
    assert has_expected != has_lists, f"{case.name}: give expected.txt or keep/drop lists, not both"
    keep, drop = read_lines(case / "keep.txt"), read_lines(case / "drop.txt")
    comments = read_lines(case / "comments.txt")
    for line in keep + drop + comments:
        assert line.strip() in lines, f"{case.name}: {line!r} is not a line of page.txt"
    assert not set(keep) & set(drop), f"{case.name}: a line is both kept and dropped"
    assert not set(comments) & set(keep + drop), f"{case.name}: a comment line is also in keep or drop"
    if has_expected:
        for line in read(case / "expected.txt").split("\n"):
            assert not line.strip() or line in lines, f"{case.name}: expected line {line!r} not in page.txt"


# --- negative set: no chrome, must come out unchanged ------------------------------------------------

@pytest.mark.parametrize("path", NEGATIVES, ids=[p.stem for p in NEGATIVES])
def test_negative_text_is_unchanged(path: Path):
    text = read(path)
    expected = normalised(text)
    got = clean(text)
    assert got == expected, f"{path.name}:\n" + diff_message(text, expected, got)


def test_normalised_follows_the_cleaner_rule():
    assert normalised("  a \nb\n") == "a\nb"
    assert normalised("\n\na\n\nb\nc\n\n") == "a\n\nb\n\nc"
    assert normalised("\n \n") == ""
