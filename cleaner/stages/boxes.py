"""Boxes of links inside the article: set aside, so that the body span reads past them.

Two kinds of small box stand between an article's paragraphs. An *inline box*: a header that would
close the article ("Related articles", "Don't miss") over two or three headline links, with the text
going on under them. And *links under a chrome label* ("More:", "Read more:", "Lesen Sie auch:"): a
few headlines without a sentence end under a lexicon label ending with a colon. Inside the body span
both would pass for subheadings or list items; here they are set aside (see :class:`Label.aside`), and
the context stage drops them whatever the span. An inline box's lines count as one chrome line each
for the span, and its header closes nothing: the article goes on after it.
"""
from __future__ import annotations

from collections import Counter

from ..labels import GOOD, Label
from ..page import Page
from .lexicon import NAME as LEXICON_STAGE
from .span import paragraph, undecided
from .teasers import TRUNCATED

NAME = "boxes"

#: A header that closes the article (see :data:`.span.CLOSER_EVIDENCE`) heads an inline box of links
#: inside it instead ("Related articles", "Don't miss", then two or three headlines) when at most this
#: many headline links stand under it, each of at least ``BOX_HEADLINE_MIN_WORDS`` words and without a
#: sentence end (or cut short by the site: see :data:`.teasers.TRUNCATED`), between paragraphs of
#: prose: one above the header and two right under the links, so the article goes on. A thread's
#: commenter name is shorter, a header that a paragraph follows at once heads no box, and a teaser list
#: has a headline between its summaries. Boxes may stand one under the other ("Related", two links,
#: "Related", two links): the second header, right under the first box's links, is part of the same
#: inline block.
INLINE_BOX_MAX_LINES = 4
BOX_HEADLINE_MIN_WORDS = 3
#: The paragraph above the box may stand this many lines above its header: a caption or a "Read more:"
#: link may come between.
BOX_PROSE_ABOVE_MAX_LINES = 3
#: Under a chrome label that announces links ("More:", "Read more:"), a related-links box inside the
#: article prints a few headlines: lines of at most this many words without a sentence end, at most
#: this many of them (a box holds a handful of links; a longer run is something else).
LINKED_HEADLINE_MAX_WORDS = 15
LINKED_MAX_LINES = 6
#: A line that a paragraph follows may be the subheading of the text going on after the box; it is the
#: box's last link when at least this many links stand above it and it is as long as the shortest of
#: them: a subheading ("A new pontoon") is shorter than the headlines of a box.
LINKED_BEFORE_LAST = 2
#: A field label is a line of at most this many words ending with a colon ("Weight:", "Footwear
#: Width:"). Field labels every ``FIELD_ROW_STEP`` lines (label, value, label, value) make a run of
#: rows; a chrome label in a run where the labels no lexicon names as chrome are as many as the chrome
#: ones or more stands in a spec table ("Type:", "Neutral", "Last:", "Slip-lasted") and announces a
#: value, not links, whatever its word: a product's "Last:" or "Support:" is no "More:". A run of
#: mostly chrome labels stays chrome: a forum poster's stats ("Messages:", "Likes Received:", "Best
#: Answers:", "Trophy Points:"), "Tagged:" over a tag and "More:" over headlines.
FIELD_LABEL_MAX_WORDS = 3
FIELD_ROW_STEP = 2
#: The run is looked at this many rows above and below the label at most: enough to tell a spec table,
#: and linear in the page.
FIELD_ROWS_REACH = 6

#: The reasons, with the line number of the box's header or label. The context stage tells an inline
#: box's lines by the first.
INLINE_BOX_REASON = "a link in the inline box under the header on line {line}; the article goes on after it"
LINKED_REASON = "a link under the chrome label on line {line} (\"More:\", \"Read more:\"): a related-links box"
INLINE_BOX_PREFIX = INLINE_BOX_REASON.split("{", 1)[0]


def _prose(page: Page, labels: list[Label], i: int) -> bool:
    """Line i is a paragraph of prose (see :func:`.span.paragraph`)."""
    return 0 <= i < len(labels) and paragraph(page.lines[i], labels[i])


def _prose_above(page: Page, labels: list[Label], i: int) -> bool:
    """A paragraph of prose stands at most ``BOX_PROSE_ABOVE_MAX_LINES`` lines above line i, with no
    other paragraph or closing header between them."""
    for k in range(i - 1, max(i - 1 - BOX_PROSE_ABOVE_MAX_LINES, -1), -1):
        if _prose(page, labels, k):
            return True
        if labels[k].cls == GOOD or labels[k].closes:
            return False
    return False


def inline_boxes(page: Page, labels: list[Label]) -> dict[int, int]:
    """The links of every inline box (see ``INLINE_BOX_MAX_LINES``), each mapped to its header's index,
    and every such header mapped to itself."""
    out: dict[int, int] = {}
    for i, label in enumerate(labels):
        if not label.closes:
            continue
        header, j = i, i + 1
        while True:
            while j < len(labels) and j - header <= INLINE_BOX_MAX_LINES and undecided(labels[j]) \
                    and (not page.lines[j].terminal or page.lines[j].text.endswith(TRUNCATED)) \
                    and page.lines[j].words >= BOX_HEADLINE_MIN_WORDS:
                j += 1
            if header + 1 == j or j >= len(labels) or not labels[j].closes:
                break
            header, j = j, j + 1  # the next box's header, right under this box's links
        if header + 1 < j and _prose_above(page, labels, i) and _prose(page, labels, j) \
                and _prose(page, labels, j + 1):
            out.update((k, i) for k in range(i, j))
    return out


def _chrome_label(labels: list[Label], i: int) -> bool:
    """Line i is chrome by the lexicon."""
    return labels[i].keep is False and labels[i].stage == LEXICON_STAGE


def _in_spec_table(page: Page, labels: list[Label], i: int) -> bool:
    """The chrome label on line i stands in a run of field labels of which as many or more are no
    chrome as are chrome (see ``FIELD_LABEL_MAX_WORDS``)."""
    tally = Counter({True: 1})
    for step in (-FIELD_ROW_STEP, FIELD_ROW_STEP):
        k = i + step
        while 0 <= k < len(labels) and abs(k - i) <= FIELD_ROWS_REACH * FIELD_ROW_STEP \
                and page.lines[k].text.endswith(":") and page.lines[k].words <= FIELD_LABEL_MAX_WORDS:
            tally[_chrome_label(labels, k)] += 1
            k += step
    return tally[False] >= tally[True]


def linked_under_label(page: Page, labels: list[Label]) -> dict[int, int]:
    """Lines that stand under a chrome label announcing links ("More:", "Read more:", "Related:",
    "Lesen Sie auch:" - a lexicon line ending with a colon) and read as headlines: undecided, no sentence
    end, at most ``LINKED_HEADLINE_MAX_WORDS`` words; up to ``LINKED_MAX_LINES`` of them, each mapped to
    the label's index. The run stops before a line that a paragraph follows: that one may be the
    subheading of the text going on, unless it reads as one more of the links above it (see
    ``LINKED_BEFORE_LAST``). A label among the field labels of a spec table announces no links (see
    ``FIELD_LABEL_MAX_WORDS``)."""
    out: dict[int, int] = {}
    for i, label in enumerate(labels):
        if not (label.final and label.keep is False and not label.closes and label.stage == LEXICON_STAGE
                and page.lines[i].text.endswith(":")) or _in_spec_table(page, labels, i):
            continue
        j = i + 1
        shortest = LINKED_HEADLINE_MAX_WORDS
        while j < len(labels) and j - i <= LINKED_MAX_LINES and undecided(labels[j]) \
                and not page.lines[j].terminal and page.lines[j].words <= LINKED_HEADLINE_MAX_WORDS:
            if j + 1 < len(labels) and labels[j + 1].cls == GOOD:
                if j - i - 1 >= LINKED_BEFORE_LAST and page.lines[j].words >= shortest:
                    out[j] = i
                break
            shortest = min(shortest, page.lines[j].words)
            out[j] = i
            j += 1
    return out


def run(page: Page, labels: list[Label]) -> list[Label]:
    """Every line of an inline box (its header too) and every link under a chrome label set aside with
    its reason. A line a teaser run or a comment thread already set aside keeps that reason."""
    out = list(labels)
    for reason, found in ((INLINE_BOX_REASON, inline_boxes(page, labels)),
                          (LINKED_REASON, linked_under_label(page, labels))):
        for i, at in found.items():
            if not out[i].aside:
                out[i] = out[i]._replace(aside=reason.format(line=page.lines[at].number))
    return out
