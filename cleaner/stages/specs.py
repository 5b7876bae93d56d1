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

A spec sheet may also print each label on its own line and its value on the next ("Outer fabric
material:", "100% polyester", "Fastening:", "Zip"). Line by line the labels and the short values read
as a menu's items; ``PAIR_RUN`` or more such pairs in a row are a table of the text. Their lines go
back undecided as well, marked as pairs (see :func:`paired`): no title-like lines, so they count for
the body span, not against it, and make no menu run (:mod:`.menus`).
"""
from __future__ import annotations

import regex

from ..labels import SHORT, Label
from .span import undecided
from ..page import Page
from .features import TAG_REASON

NAME = "specs"

#: A labelled row: a label of letters (and a digit or a few marks: "Path C", "Oven safe up to"), a colon
#: and a value right after it. The label starts with a letter, so a clock time ("10:30") is no label.
LABELLED = regex.compile(r"^\p{L}[\p{L}\p{N}.'’&/ -]{0,40}?\s?:\s*+\S")
#: A label is a name of a few words; a longer head before a colon is a sentence's lead-in.
LABEL_MAX_WORDS = 3
REASON = "row of a table of lists: a label and its values, next to another such row"

#: A label alone on its line: a name of a few words (letters, a digit or a few marks) and a colon.
LABEL_LINE = regex.compile(r"^\p{L}[\p{L}\p{N}.'’&/() -]{0,40}:$")
#: A value has a letter in it: a bare number under a label is a counter ("Messages:", "1,046"), the
#: furniture beside a forum post or a profile, not a fact of the text.
VALUE = regex.compile(r"\p{L}")
#: At least this many label-and-value pairs one after the other are a spec sheet: a footer's contact
#: box ("Phone:", "Email:", "Address:") has three at most.
PAIR_RUN = 4
PAIR_REASON = "label or value of a spec sheet: labels on their own lines, each over its value"


def _labelled(text: str) -> bool:
    match = LABELLED.match(text)
    return match is not None and len(text[:text.index(":", 0, match.end())].split()) <= LABEL_MAX_WORDS


def paired(label: Label) -> bool:
    """A line of a spec sheet's label-and-value pairs (see ``PAIR_RUN``)."""
    return label.stage == NAME and label.reason == PAIR_REASON


def _pair(page: Page, labels: list[Label], i: int) -> bool:
    """Lines i and i + 1 are a label and its value, both undecided."""
    return i + 1 < len(labels) and undecided(labels[i]) and undecided(labels[i + 1]) \
        and LABEL_LINE.match(page.lines[i].text) is not None \
        and not page.lines[i + 1].text.endswith(":") and VALUE.search(page.lines[i + 1].text) is not None


def _pairs(page: Page, labels: list[Label]) -> set[int]:
    """The lines of the runs of ``PAIR_RUN`` or more label-and-value pairs. Linear: a run is read once."""
    found: set[int] = set()
    i = 0
    while i < len(labels):
        j = i
        while _pair(page, labels, j):
            j += 2
        if j - i >= 2 * PAIR_RUN:
            found.update(range(i, j))
        i = max(j, i + 1)
    return found


def run(page: Page, labels: list[Label]) -> list[Label]:
    rows = {i for i, label in enumerate(labels) if label.reason == TAG_REASON and _labelled(page.lines[i].text)}
    rows = {i for i in rows if i - 1 in rows or i + 1 in rows}
    pairs = _pairs(page, labels)
    if not rows and not pairs:
        return labels
    return [Label(SHORT, None, NAME, REASON) if i in rows else
            Label(label.cls, None, NAME, PAIR_REASON) if i in pairs else label
            for i, label in enumerate(labels)]
