"""Anchored headings: the headings of a text that carry their own permalink.

Documentation generators (Sphinx, MkDocs) and many blog themes print a permalink sign after every
heading of the text, and the text renders it: "Wave_read Objects¶", "wave.open(file, mode=None)¶". A
menu, a table of contents or a list of other pages links to pages and sections but carries no such
sign. So a line that ends with one is a heading of the text, whatever it looks like on its own: the
signature of a function reads as a tag list ("class doctest.DocTest(examples, globs, name)¶"), a
section heading repeats the table of contents' entry for it.

This stage hands such a line that the features stage dropped back to the context stage, undecided
(the lexicon's drops stand);
the repetition stage spares it, and a line that the text repeats under two different anchored
headings ("Changed in version 3.4: Any bytes-like object is now accepted.") is a note of each.
"""
from __future__ import annotations

from ..labels import BAD, SHORT, Label
from ..page import Line, Page
from .features import NAME as FEATURES_STAGE

NAME = "anchors"

#: The permalink sign after a heading: the pilcrow that Sphinx and MkDocs print by default.
PERMALINK = "¶"
#: A heading has at most this many words: a paragraph that ends with the sign quotes it.
HEADING_MAX_WORDS = 25


def anchored(line: Line) -> bool:
    """A heading that carries its permalink: the sign after some text."""
    return line.text.endswith(PERMALINK) and line.words <= HEADING_MAX_WORDS and line.has_letters


def sections(page: Page) -> list[int]:
    """For every line, how many anchored headings stand at it or above it: lines with different counts
    stand in different sections of the text."""
    out, seen = [], 0
    for line in page.lines:
        seen += anchored(line)
        out.append(seen)
    return out


def run(page: Page, labels: list[Label]) -> list[Label]:
    return [Label(SHORT, None, NAME, f"heading with its permalink ({PERMALINK}) (on its own: {label.reason})")
            if label.cls == BAD and label.stage == FEATURES_STAGE and anchored(line) else label
            for line, label in zip(page.lines, labels)]
