"""The fine print under a product's or a service's page: a run of notes that its footnote marks point to.

A stage after the context stage: it drops what the context stage kept of the fine print.

A maker's product page or a provider's service page ends its text with the notes that its claims' marks
point to: "* Color and model availability may vary depending on country, region or carrier.", "Testing
conducted by ... using preproduction ...", "† Rates are between 0%-36% APR ... Subject to credit
approval.", "Accessories sold separately.". They read as prose, so the body span takes them in, often
with the footer beyond them. A *note* is a line that holds one of the phrases of ``data/fine_print.txt``
or opens with a footnote mark that no list uses for its bullets (``NOTE_MARK``: †, ‡, ◊, Δ, after at
most a few stars). A run of at least ``MIN_NOTES`` notes among the kept lines, with at most a short line
between two of them (a mark alone, "Footnotes", a legal line's heading), is the fine print: its lines go.

The text keeps clear of it: one sentence with "subject to change" or "sold separately" in a description
or an article is a note alone, and two of them in a row are still no run; a phrase in brackets is the
description's aside ("the Clean Base (sold separately) empties it"), no note; a list of points starts its
items with a bullet's star ("* Free shipping"), which is no mark here.
"""
from __future__ import annotations

import re

import regex

try:  # the re module's own parser: the literal that every match of a phrase holds (``_literal``)
    from re import _parser
except ImportError:  # Python 3.10
    import sre_parse as _parser

from .. import native
from ..labels import BAD, Label
from ..lexicon import data_lines
from ..page import Page

NAME = "fineprint"

#: The phrases of a note (``data/fine_print.txt``), each at word boundaries, in one pattern.
NOTE_PHRASE = regex.compile(r"\b(?:" + "|".join(data_lines("fine_print.txt")) + r")\b", regex.IGNORECASE)
#: The letters beyond ASCII that a case-blind match reads as an ASCII letter (the pattern engine's simple
#: case folding) and that lower-casing leaves apart from it, written as that letter (the Kelvin sign lowers
#: to "k" itself): a line folded with them and lower-cased holds a phrase's literal wherever the pattern
#: could match.
ASCII_LOOKALIKES = str.maketrans({"\u0130": "i", "\u017f": "s"})


def _literal(phrase: str) -> str:
    """The longest run of plain ASCII characters that every match of the pattern ``phrase`` holds, lower-cased:
    its top level's literals in a row, outside any group, repeat or alternative. Empty when it has none,
    or when the phrase is written in a syntax the re module's parser does not read."""
    try:
        items = _parser.parse(phrase, re.IGNORECASE)
    except re.error:
        return ""
    runs = [""]
    for op, av in items:
        if op is _parser.LITERAL and av < 128:
            runs[-1] += chr(av).lower()
        else:
            runs.append("")
    return max(runs, key=len)


#: What a line must hold for ``NOTE_PHRASE`` to match in it: one of the phrases' literals (None when a
#: phrase has none, so that every line is searched).
PHRASE_LITERALS = tuple(map(_literal, data_lines("fine_print.txt")))
PHRASE_LITERALS = PHRASE_LITERALS if all(PHRASE_LITERALS) else None
#: A footnote's mark that no list uses for a bullet: a dagger, a double dagger, a lozenge or a delta.
NOTE_MARKS = "†‡◊Δ∆"
#: A footnote's mark at a line's start, after at most three stars ("** †").
NOTE_MARK = regex.compile(rf"^\*{{0,3}}\s*+[{NOTE_MARKS}]")
#: Notes in a run: a page's fine print holds three or more; one or two such sentences stand in a
#: description or an article.
MIN_NOTES = 3
#: A line between two notes that does not break their run: a mark alone or a heading ("Footnotes",
#: "Legal"), no sentence.
GAP_MAX_WORDS = 4
REASON = "fine print: a note of the page's footnotes, in a run of {notes} notes"


def _in_brackets(text: str, at: int) -> bool:
    """Whether position ``at`` of the text stands inside round brackets."""
    return text.count("(", 0, at) > text.count(")", 0, at)


def _folded(text: str) -> str:
    """The text lower-cased, the letters of ``ASCII_LOOKALIKES`` read as theirs first: it holds a phrase's
    literal wherever ``NOTE_PHRASE`` could match in the text."""
    if not text.isascii() and ("\u0130" in text or "\u017f" in text):
        text = text.translate(ASCII_LOOKALIKES)
    return text.lower()


#: What a note's line holds folded (``_folded``): a mark of ``NOTE_MARK`` (a delta lowers to "δ").
MARK_CHARACTERS = tuple(sorted({char.lower() for char in NOTE_MARKS}))
#: What ``may_be_notes`` looks for in a folded line.
NEEDLES = (*MARK_CHARACTERS, *(PHRASE_LITERALS or ()))


def may_be_notes(texts: list[str]) -> set[int]:
    """The positions among the texts of those that may be notes: they hold a footnote's mark or one of the
    phrases' literals, read without regard to case. Most lines are spared the patterns (``note`` decides
    the few found). (Compiled: ``_core.fine_print_candidates``.)"""
    if PHRASE_LITERALS is None:
        return set(range(len(texts)))
    if native.core is not None:
        return native.core.fine_print_candidates(texts, NEEDLES)
    folded = map(_folded, texts)
    return {k for k, text in enumerate(folded) if any(needle in text for needle in NEEDLES)}


def note(text: str) -> bool:
    """Whether the line's text is a note of the fine print (see the module's docstring). A phrase in
    brackets is the text's aside ("the base (sold separately) empties it"), not a note."""
    return NOTE_MARK.match(text) is not None or any(not _in_brackets(text, match.start())
                                                    for match in NOTE_PHRASE.finditer(text))


def _runs(page: Page, kept: list[int]) -> list[tuple[list[int], int]]:
    """The runs among the kept lines (indices, in order): each run's lines (its notes and the short lines
    between them) and its count of notes. One walk over the kept lines: linear."""
    out: list[tuple[list[int], int]] = []
    run: list[int] = []
    notes = 0
    gap: list[int] = []
    maybe = may_be_notes([page.lines[i].text for i in kept])
    for k, i in enumerate(kept):
        line = page.lines[i]
        if k in maybe and note(line.text):
            run.extend(gap if run else [])
            run.append(i)
            notes += 1
            gap = []
        elif run and not gap and line.words <= GAP_MAX_WORDS and not line.terminal:
            gap = [i]
        else:
            if notes >= MIN_NOTES:
                out.append((run, notes))
            run, notes, gap = [], 0, []
    if notes >= MIN_NOTES:
        out.append((run, notes))
    return out


def run(page: Page, labels: list[Label]) -> list[Label]:
    """The kept lines of every run of fine print dropped."""
    kept = [i for i, label in enumerate(labels) if label.keep and label.revisable]
    out = list(labels)
    for lines, notes in _runs(page, kept):
        reason = REASON.format(notes=notes)
        for i in lines:
            out[i] = Label(BAD, False, NAME, reason, block=labels[i].block)
    return out
