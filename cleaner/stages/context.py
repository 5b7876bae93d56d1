"""Revision by neighbours: judge every undecided line in the light of the body spans.

The segmentation stage (:mod:`.segmentation`) found the page's main body span, the span with the
largest total evidence of being body, and further spans, and recorded on every line the span it
stands in (:attr:`Label.block`) and its part of it (:attr:`Label.part`). This is the text counterpart
of Finn et al.'s Body Text Extraction: a short line *inside* the span is probably a subheading or a
list item and stays; the same line inside a run of twenty short lines at the top is a menu and goes
(:attr:`Label.menu`, :mod:`.menus`), and so do the headline lists and footers after the span. The
rows of a list or table that the span took in stay whatever their case, the furniture between the
posts of a thread goes (:attr:`Label.furniture`, :mod:`.posts`), and a shop's grid of products
(:attr:`Label.grid`, :mod:`.grids`), names and prices that read as a menu line by line, is the text
wherever the span stands. Outside the spans everything goes but a very long paragraph near the span.

What the block judges set aside (teaser runs, comment threads, boxes of links, and the headline run
that the segmentation trimmed off the span's end: see :attr:`Label.aside`) goes whatever the span;
with ``Config.comments`` a comment's words stay. Every line keeps its span's name as its block, for
the stages after this one (the author's bio at the span's end: :mod:`.blurbs`) and for the
explanation.
"""
from __future__ import annotations

from typing import NamedTuple

from .. import native
from ..labels import BAD, GOOD, NEAR, SHORT, Label
from ..page import Page
from .code import NAME as CODE_STAGE, REASON as CODE_REASON
from .comments import REASON as COMMENT_REASON
from .entries import REASON as ENTRY_REASON
from .grids import outweighs
from .posts import REASON as FURNITURE_REASON
from .segmentation import CLOSER, FURTHER, GAP, MAIN_PARTS, SIGNATURE, TITLE
from .span import GAP_ROW_RUN, ROW_RUN, paragraph

NAME = "context"
#: The reasons of the span's edges: undecided lines between it and the page's first or last line.
TITLE_REASON = "the text's title: only the body follows it"
SIGNATURE_REASON = "signature under the text's closing line"
#: What a short line inside the span is, in its reason.
SUBHEADING = "subheading or list item"

#: Outside the span, a line must be this many times ``long_words`` and end a sentence to be kept as a
#: stray body paragraph (an article split by a large related-content block).
STRAY_PARAGRAPH_FACTOR = 2
#: ... but not further than this many lines after the span: the rest of an article split by an inline
#: box stands within a box's length of it (a "Don't miss" box of a few headlines and captions); further
#: down, with or without a header that closes the article between, long paragraphs are related stories'
#: summaries, authors' and sites' blurbs, comments, cookie and legal notes. (Above the span they are an
#: intro or a standfirst over a block of chrome more often than not, and stay.)
STRAY_MAX_LINES_AFTER = 12

#: A shop's grid of products outside the span (see :mod:`.grids`) is the page's text when the span holds
#: paragraphs of fewer words than this: a category's blurb, a blog teaser under the grid, a dialog. An
#: article's paragraphs add up to more, and a grid beside an article is an advertisement (flats for sale,
#: cars, a price comparison).
GRID_MAX_ARTICLE_WORDS = 150
#: The compiled judgement builds its labels on this one: every field but those it sets at their default.
LABEL = Label("", None, NAME, "")


def run(page: Page, labels: list[Label]) -> list[Label]:
    """Every line's label in the light of the spans that the segmentation stage recorded: the main
    span's lines by their part of it, the others by where they stand. Without a span (no body paragraph
    on the page) every line that is not chrome on its own evidence is kept."""
    main = [i for i, label in enumerate(labels) if label.part in MAIN_PARTS]
    if not main:
        return [label if label.keep is not None else Label(label.cls, True, NAME, "no body span found; kept")
                for label in labels]
    first, last = main[0], main[-1]
    where = labels[first].block
    closed_at = next((i for i in range(last + 1, len(labels)) if labels[i].part == CLOSER), len(labels))
    # The span's paragraphs (its title and signature at the page's edges are none): an article's, when they
    # add up to GRID_MAX_ARTICLE_WORDS, and a shop's grid outside the span is an advertisement beside it.
    # A grid that holds more words than those paragraphs, or a dozen prices, is a shop's category over its
    # buying guide; its item names that read as lists (bad on their own) are its text too.
    grid_lines = [i for i, label in enumerate(labels) if label.grid is not None]
    article_words = sum(page.lines[i].words for i in main if paragraph(page.lines[i], labels[i])) if grid_lines else 0
    article = article_words >= GRID_MAX_ARTICLE_WORDS and not outweighs(page, grid_lines, article_words)
    span = MainSpan(first, last, closed_at, page.config.long_words * STRAY_PARAGRAPH_FACTOR, article,
                    page.config.comments)
    return _judged(page, labels, span, _reasons(where))


class MainSpan(NamedTuple):
    """What the per-line judgement reads of the page: the main span's first and last line, the header
    that closes it (the line after the page's last when none does), the words of a stray paragraph, whether
    a shop's grid outside the span is an advertisement beside an article, and ``Config.comments``."""

    first: int
    last: int
    closed_at: int
    stray_words: int
    article: bool
    comments: bool


class Reasons(NamedTuple):
    """The reasons that name the span, written once per page, not once per line; those that name a line's
    class, kind, span or grid too are these pieces joined (what :func:`_judged` writes once per kind)."""

    entry: str
    furniture: str
    row: str
    gap: str
    menu: str
    stray: str
    far_stray: str
    comment_kept: str  # after the thread's reason
    grid_in: str       # after the grid's reason
    grid_out: str      # after the grid's reason
    inside: str        # after the line's kind
    before: str        # after the line's class
    after: str         # after the line's class
    further: str       # between the line's class and its span
    further_why: str   # after its span


def _reasons(where: str) -> Reasons:
    """The reasons in the span named ``where``."""
    return Reasons(
        entry=f"{ENTRY_REASON}, in or next to the {where}",
        furniture=f"{FURNITURE_REASON} in the {where}",
        row=(f"row of a list or table ({ROW_RUN} or more lines of one shape touching or announced in the "
             f"{where}, {GAP_ROW_RUN} or more with a number in them one line away from it, or a listing's "
             "items down to its pager)"),
        gap=(f"heading of the rows of a list or table next to it, which the {where} takes in (or an item of "
             "theirs without a number)"),
        menu=f"run of short title-like lines (menu or headline list) in {where}",
        stray=f"long paragraph outside the {where}",
        far_stray=(f"long paragraph more than {STRAY_MAX_LINES_AFTER} lines after the {where}: a related "
                   "story's summary, an author's or a site's blurb"),
        comment_kept="; a comment's words, kept on request (Config.comments)",
        grid_in=f" (in the {where})",
        grid_out=f", outside the {where}",
        inside=f" inside the {where}",
        before=f" line before the {where}",
        after=f" line after the {where}",
        further=" line inside a ",
        further_why=" (strong, nearly free of chrome: the text goes on past a block of chrome)",
    )


def _judged(page: Page, labels: list[Label], span: MainSpan, reasons: Reasons) -> list[Label]:
    """Every line's label in the light of the main span (see :func:`run`). (Compiled:
    ``_core.context_labels``.)"""
    if native.core is not None:
        return native.core.context_labels(page.lines, labels, span, reasons, (
            BAD, GOOD, NEAR, SHORT, GAP, TITLE, SIGNATURE, FURTHER, CODE_STAGE, CODE_REASON, SUBHEADING, COMMENT_REASON,
            ENTRY_REASON, TITLE_REASON, SIGNATURE_REASON), STRAY_MAX_LINES_AFTER, LABEL)
    first, last, closed_at, stray_words, article, comments = span
    inside: dict[str, str] = {}   # kind -> its reason inside the span
    further: dict[tuple[str, str], str] = {}  # (class, span) -> its reason inside a further span
    outside: dict[tuple[str, bool], str] = {}  # (class, before the span) -> its reason
    out: list[Label] = []
    # Most lines' labels are alike: each distinct one is built once per page, on its first line (a
    # named tuple's _replace costs several times a lookup).
    made: dict[tuple, Label] = {}
    for i, (line, label) in enumerate(zip(page.lines, labels)):
        block, part, in_menu, grid = label.block, label.part, label.menu, label.grid
        if grid is not None and article and not first <= i <= last:
            grid = None
        if label.final or label.cls == BAD and not label.row and not label.entry and grid is None:
            out.append(label)
            continue
        aside = label.aside
        thread = aside if aside and aside.startswith(COMMENT_REASON) else ""
        if thread and comments and (label.cls in (GOOD, NEAR) or line.terminal
                                    and not line.text.endswith(":")):  # "Jan says:" names
            keep, reason = True, thread + reasons.comment_kept
        elif aside:
            keep, reason = False, aside
        elif label.entry and grid is None:
            keep, reason = True, reasons.entry
        elif first <= i <= last:
            if label.furniture:
                keep, reason = False, reasons.furniture
            elif label.row:
                keep, reason = True, reasons.row
            elif part == GAP:
                keep, reason = True, reasons.gap
            elif grid is not None and (label.cls == SHORT and in_menu or label.cls == BAD):
                keep, reason = True, grid.reason + reasons.grid_in
            elif label.cls == SHORT and in_menu:
                keep, reason = False, reasons.menu
            elif part == TITLE:
                keep, reason = True, TITLE_REASON
            elif part == SIGNATURE:
                keep, reason = True, SIGNATURE_REASON
            else:
                kind = CODE_REASON if label.stage == CODE_STAGE else \
                    SUBHEADING if label.cls == SHORT else label.cls
                reason = inside.get(kind)
                if reason is None:
                    reason = inside[kind] = kind + reasons.inside
                keep = True
        elif grid is not None and grid.first < closed_at:
            keep, reason = True, grid.reason + reasons.grid_out
        elif part == FURTHER and not (label.cls == SHORT and in_menu):
            reason = further.get((label.cls, block))
            if reason is None:
                reason = further[label.cls, block] = label.cls + reasons.further + block + reasons.further_why
            keep = True
        elif label.cls == GOOD and line.terminal and line.words >= stray_words and i - last <= STRAY_MAX_LINES_AFTER:
            keep, reason = True, reasons.stray
        elif label.cls == GOOD and line.terminal and line.words >= stray_words:
            keep, reason = False, reasons.far_stray
        else:
            reason = outside.get((label.cls, i < first))
            if reason is None:
                reason = outside[label.cls, i < first] = label.cls + (reasons.before if i < first else reasons.after)
            keep = False
        key = (label.cls, keep, reason, block)
        new = made.get(key)
        if new is None:
            # A listing's entries repeat their fields (a subject, a place): final, or the repetition
            # stage would take each repeat for a copy of a headline.
            new = made[key] = Label(label.cls, keep, NAME, reason, final=reason.startswith(ENTRY_REASON),
                                    block=block)
        out.append(new)
    return out
