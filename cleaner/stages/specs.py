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
material:", "100% polyester", "Fastening:", "Zip"), with or without the colon ("Weight", "653 g",
"Detachable Cable", "Yes"). Line by line the labels and the short values read as a menu's items;
``PAIR_RUN`` or more such pairs in a row, most of them with a colon after the label or a value that
only a table prints (a measure, a yes or a no: ``VALUE_SHARE``), are a table of the text. Their lines
go back undecided as well, marked as pairs (see :func:`paired`): no title-like lines, so they count for
the body span, not against it, and make no menu run (:mod:`.menus`).
"""
from __future__ import annotations

import functools

import regex

from .. import lexicon, native
from ..labels import NEAR, SHORT, Label
from .span import undecided
from ..page import Line, Page
from .features import TAG_REASON

NAME = "specs"

#: A labelled row: a label of letters (and a digit or a few marks: "Path C", "Oven safe up to"), a colon
#: and a value right after it. The label starts with a letter, so a clock time ("10:30") is no label.
LABELLED = regex.compile(r"^\p{L}[\p{L}\p{N}.'’&/ -]{0,40}?\s?:\s*+\S")
#: A label is a name of a few words; a longer head before a colon is a sentence's lead-in.
LABEL_MAX_WORDS = 3
REASON = "row of a table of lists: a label and its values, next to another such row"

#: A label alone on its line: a name of a few words (letters, a digit or a few marks) and a colon ...
LABEL_LINE = regex.compile(r"^\p{L}[\p{L}\p{N}.'’&/() -]{0,40}:$")
#: ... or a name without one: a letter first, no figure, no sentence end, at most this many words ...
BARE_LABEL = regex.compile(r"^\p{L}[^\p{N}:.!?]*$")
BARE_LABEL_MAX_WORDS = 6
#: ... over a value of at most this many words that ends with no colon (no label of its own).
VALUE_MAX_WORDS = 12
#: A measure: a figure and a letter in a few words ("653 g", "100% polyester", "3.2 cm"; a headline with a
#: date in it is longer). A bare number under a label is a counter ("Messages:", "1,046"), the furniture
#: beside a forum post or a profile, and a word alone ("Plastic") may as well be a menu's next item.
FIGURE, LETTER = regex.compile(r"\p{N}"), regex.compile(r"\p{L}")
MEASURE_MAX_WORDS = 4
#: At least this many label-and-value pairs one after the other are a spec sheet: a footer's contact box
#: ("Phone:", "Email:", "Address:") has three at most ...
PAIR_RUN = 4
#: ... and at least this share of them has a colon after the label and a letter in the value, or a
#: measure or an answer (``data/answers.txt``: "Yes", "No", "N/A") for its value: a menu alternates no such
#: values with its items, nor a list of headlines.
VALUE_SHARE = 0.5
PAIR_REASON = "label or value of a spec sheet: labels on their own lines, each over its value"


@functools.lru_cache(maxsize=1)
def answers() -> frozenset[str]:
    """The short answers a spec sheet gives (data/answers.txt)."""
    return frozenset(word for line in lexicon.data_lines("answers.txt") for word in line.split())


def _labelled(text: str) -> bool:
    match = LABELLED.match(text)
    return match is not None and len(text[:text.index(":", 0, match.end())].split()) <= LABEL_MAX_WORDS


def paired(label: Label) -> bool:
    """A line of a spec sheet's label-and-value pairs (see ``PAIR_RUN``)."""
    return label.stage == NAME and label.reason == PAIR_REASON


def _pair(label: Line, value: Line) -> bool | None:
    """Two undecided lines as a label and its value: whether the pair shows it is a table's (see
    ``VALUE_SHARE``); None when they are no such pair. (The value's word count and its colon are looked
    at first, a label's colon before its pattern: most lines are no label and fail there at once.)"""
    if value.words > VALUE_MAX_WORDS or value.text.endswith(":"):
        return None
    text = label.text
    colon = text.endswith(":") and LABEL_LINE.match(text) is not None
    if not (colon or label.words <= BARE_LABEL_MAX_WORDS and BARE_LABEL.match(text) is not None):
        return None
    lettered = LETTER.search(value.text) is not None
    measure = value.words <= MEASURE_MAX_WORDS and FIGURE.search(value.text) is not None
    return lettered and (colon or measure) or value.text.lower() in answers()


def _pairs(page: Page, labels: list[Label]) -> set[int]:
    """The lines of the runs of ``PAIR_RUN`` or more label-and-value pairs. Each label names another
    fact: a label seen before in the run ends it (a listing's button, "Compare", over the next entry's
    name), and the next run starts at it. The pairs are read from the even lines and from the odd ones (a
    table starts on either), each line twice at most: linear. (Compiled: ``_core.spec_pairs``, which calls
    the patterns only for the lines whose ASCII characters leave their answer open.)"""
    if native.core is not None:
        return native.core.spec_pairs(page.lines, labels, (SHORT, NEAR),
                                      (LABEL_LINE, BARE_LABEL, LETTER, FIGURE, answers()),
                                      (VALUE_MAX_WORDS, BARE_LABEL_MAX_WORDS, MEASURE_MAX_WORDS, PAIR_RUN, VALUE_SHARE))
    found: set[int] = set()
    lines, open_ = page.lines, list(map(undecided, labels))
    last = len(labels) - 1  # the last line that can be a value
    for i in (0, 1):
        while i < len(labels):
            j, shown, names = i, 0, set()
            while j < last and open_[j] and open_[j + 1] \
                    and (table := _pair(lines[j], lines[j + 1])) is not None and lines[j].text not in names:
                names.add(lines[j].text)
                j, shown = j + 2, shown + table
            pairs = (j - i) // 2
            if pairs >= PAIR_RUN and shown >= VALUE_SHARE * pairs:
                found.update(range(i, j))
            i = j if j > i and j < len(labels) and lines[j].text in names else j + 2
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
