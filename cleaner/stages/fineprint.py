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

import regex

from ..labels import BAD, Label
from ..lexicon import data_lines
from ..page import Line, Page

NAME = "fineprint"

#: The phrases of a note (``data/fine_print.txt``), each at word boundaries, in one pattern.
NOTE_PHRASE = regex.compile(r"\b(?:" + "|".join(data_lines("fine_print.txt")) + r")\b", regex.IGNORECASE)
#: A footnote's mark at a line's start that no list uses for a bullet: a dagger, a double dagger, a
#: lozenge or a delta, after at most three stars ("** †").
NOTE_MARK = regex.compile(r"^\*{0,3}\s*+[†‡◊Δ∆]")
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


def note(line: Line) -> bool:
    """Whether the line is a note of the fine print (see the module's docstring). A phrase in brackets is
    the text's aside ("the base (sold separately) empties it"), not a note."""
    text = line.text
    return NOTE_MARK.match(text) is not None or any(not _in_brackets(text, match.start())
                                                    for match in NOTE_PHRASE.finditer(text))


def _runs(page: Page, kept: list[int]) -> list[tuple[list[int], int]]:
    """The runs among the kept lines (indices, in order): each run's lines (its notes and the short lines
    between them) and its count of notes. One walk over the kept lines: linear."""
    out: list[tuple[list[int], int]] = []
    run: list[int] = []
    notes = 0
    gap: list[int] = []
    for i in kept:
        line = page.lines[i]
        if note(line):
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
