"""Repetition inside the page: a short line that also stands among the page's chrome is chrome.

Section labels, share rows and topic links are printed at the top of a page and again at the bottom
or between paragraphs; article subheadings are not. A copy the context stage kept is dropped when
another copy of it was dropped elsewhere. A line repeated only inside the body (a poem's refrain, a
table's "Yes" cells) stays, and so do long lines: a pull quote repeats a body sentence.
"""
from __future__ import annotations

from .. import lexicon
from ..labels import BAD, GOOD, Label
from ..page import Page

NAME = "repetition"


def run(page: Page, labels: list[Label]) -> list[Label]:
    limit = page.config.repeat_max_words
    keys = [lexicon.normalise(line.text) if line.words <= limit else "" for line in page.lines]
    dropped_at: dict[str, int] = {}
    for line, key, label in zip(page.lines, keys, labels):
        if key and label.keep is False:
            dropped_at.setdefault(key, line.number)
    out = list(labels)
    for line, key, label in zip(page.lines, keys, labels):
        if key in dropped_at and label.keep and not label.final and label.cls != GOOD:
            out[line.index] = Label(BAD, False, NAME,
                                    f"repeats line {dropped_at[key]}, which was dropped as chrome")
    return out
