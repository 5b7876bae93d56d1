"""Tables of lists: rows that each give a label and a list of values are a table, not tag lines.

A page's facts often stand as "Label: value" rows, and a row whose value is a list reads, on its own, as
a tag line: short comma-separated items without function words. The features stage drops it as one.
Several such rows in a row are a table whose cells are lists: a draw's groups ("Path C: Scotland, Norway,
Serbia, Bulgaria", "Path D: Georgia, North Macedonia, Kosovo, Belarus"), a product's variants and parts
("Colours: red, blue, green, black", "Materials: cotton, polyester, elastane, nylon"). A site prints its
tag line once, under one label ("Themenseiten: Facebook, Politik, Zensur"); the labels of post meta that
the lexicon knows ("Tags: ...", "Filed under: ...") are final there and never reach this stage. The rows
go back to the context stage undecided, as lines of the text they stand in: inside the body span they
stay, outside it they go. One labelled list alone stays a tag line: next to a "Label: value" row it is as
often a site's category line under the author's name as a spec row.
"""
from __future__ import annotations

import regex

from ..labels import SHORT, Label
from ..page import Page
from .features import TAG_REASON

NAME = "specs"

#: A labelled row: a label of letters (and a digit or a few marks: "Path C", "Oven safe up to"), a colon
#: and a value right after it. The label starts with a letter, so a clock time ("10:30") is no label.
LABELLED = regex.compile(r"^\p{L}[\p{L}\p{N}.'’&/ -]{0,40}?\s?:\s*+\S")
#: A label is a name of a few words; a longer head before a colon is a sentence's lead-in.
LABEL_MAX_WORDS = 3
REASON = "row of a table of lists: a label and its values, next to another such row"


def _labelled(text: str) -> bool:
    match = LABELLED.match(text)
    return match is not None and len(text[:text.index(":", 0, match.end())].split()) <= LABEL_MAX_WORDS


def run(page: Page, labels: list[Label]) -> list[Label]:
    rows = {i for i, label in enumerate(labels) if label.reason == TAG_REASON and _labelled(page.lines[i].text)}
    if len(rows) < 2:
        return labels
    return [Label(SHORT, None, NAME, REASON) if i in rows and (i - 1 in rows or i + 1 in rows) else label
            for i, label in enumerate(labels)]
