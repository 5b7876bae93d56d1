"""Runs of alike multi-line entries next to a short intro: the items of a listing page.

A listing prints each item as a few lines, and every item in the same way: an arXiv listing the
paper's number, its title, authors and subjects; a scholar's profile the title, the authors, the
venue and the citation count; a job board the title, the age of the post, the company, the place and
the salary; a course catalogue the code, the name and the credits. Line by line these read as a menu
(short, title-like lines with no sentence end), and the body span (:mod:`.span`) holds only the page's
intro. What gives them away is their repetition: one line of each entry, with a number or a mark in
the same place ("[17] arXiv:2603.05225 [pdf, html]", "A Krizhevsky, I Sutskever, GE Hinton"), comes
back every ``ENTRY_MIN_LINES`` to ``ENTRY_MAX_LINES`` lines, ``MIN_ENTRIES`` times or more, one entry
after the other, the first of them within an entry's length of the span.

Here a line's *shape* is that of :func:`.span.shape` (its first tokens as word, number or mark); an
*anchor* is a shape with a number in it or a mark after a word that recurs so, or, where no such shape
marks ``MIN_ENTRIES`` entries, a field's label of a few words that the template prints word for word
("Winner", "Honoree", "Location"). A run of ``FAR_MIN_ENTRIES`` entries or more is the listing's even
where free lines (a menu of its categories) stand between the span and its first entry; the runs of other
anchors beside it (an award's "Winner" and "Honoree" in turn) mark its entries too. A badge that the
template prints on some entries only ("Featured", "Sponsored") is chrome of the lexicon but no end of
the run. The lookalikes stay out:

- a menu, a footer's link columns, a tag cloud: one item per line, names without numbers or marks;
  a menu with counts ("Politics (12)") has its number on every line, an entry of one line; a tree of
  links marks its branches with a toggle before the words ("► Databases"), no mark after one;
- a headline river after an article: one line per story, or two (a time stamp and the headline), or
  the block judges set it aside as a teaser run (headline, byline, summary: :mod:`.teasers`); the
  entries do not run over what they set aside, nor over a header that closes the article ("More
  news"), and the lexicon's other chrome ends them ("Read more" under some teasers). Past such a line
  (a "Sign in" between the intro and the list) only a long run marked by a number or a mark is the
  listing's, and it runs over such lines (an "Open" or "See more" that the template prints in some
  entries; see ``PAST_CHROME_MIN_ENTRIES``): what stands behind the site's chrome beside a short intro
  is as often a menu whose "Back" comes back in every submenu, a consent dialog that marks every
  purpose with the same line, or a box of a few teasers;
- an article: the rule grows a span whose paragraphs add up to fewer than ``INTRO_MAX_WORDS`` words
  only (an intro, a category's blurb); next to an article, alike entries are other pages' teasers;
- a river of other stories after a short news item: each story's byline or time stamp gives it away
  (see ``STORY_SHARE``). The listings of events and timetables, whose entries carry a date or a time,
  are left to the span.

The run's lines that no stage decided stay, and so do chrome lines of the features stage whose shape
recurs in the entries (the authors of every paper read as a tag list), but for a button that every
other entry prints word for word ("Compare", "Show options"); a line that marks the entries is no
button.

The bylines and dates under the stories of a listing that the span holds stay chrome: kept, they
would give the page the shape of a teaser run when the kept lines are judged again.

A listing may also print its items one line each, with no fields to repeat: a recipe site's category
of collections ("20 Cozy Fall Casseroles You Can Make in Your 9x13 Pan"), a wiki's category page. Under
an intro of one paragraph, a long list of title-case headlines is the page's content (see
``HEADLINE_LIST_MIN_ITEMS``); a menu's items are shorter, a box of latest posts is shorter too, and the
river of other stories under a news item follows more paragraphs and, in most languages, sentence case.
"""
from __future__ import annotations

import functools
from collections import Counter
from typing import NamedTuple

from .. import lexicon
from ..labels import BAD, Label
from ..page import Line, Page
from .closers import BUTTON_REASON
from .features import BYLINE, TIME_OR_DATE
from .span import BULLET, INNER_SENTENCE_END, Span, paragraph, shape, undecided

#: Why a line of a run of entries stays.
REASON = "item of a listing (alike entries of a few lines, over and over)"
#: An entry has at least three lines (one line per item is a menu or a headline list, a time stamp and
#: a headline a news river) and at most this many: a job's title, age, company, place, tags and salary.
ENTRY_MIN_LINES = 3
ENTRY_MAX_LINES = 10
#: At least this many entries of one shape make a listing; a box of three latest posts does not.
MIN_ENTRIES = 5
#: ... on both sides of a span shorter than an entry together, at least this many on each.
ENTRY_MIN_PAIR = 2
#: The span is a listing's intro when its paragraphs add up to fewer words than this (as
#: ``context.GRID_MAX_ARTICLE_WORDS``): an article's paragraphs add up to more.
INTRO_MAX_WORDS = 150
#: Entries of which this share or more carry a byline or a time stamp (see ``_story_mark``) are the
#: stories of a news river after a short article, the same shape over and over: no listing.
STORY_SHARE = 0.5
#: A shape recurs in the entries when it stands in at least this share of them: a field of the entry
#: (the authors' line), not one entry's chance.
FIELD_SHARE = 0.5
#: A run of at least this many entries is a listing's though free lines (a menu of its categories, a
#: filter's options) stand between the span and its first entry: a box of a few teasers is shorter.
FAR_MIN_ENTRIES = 10
#: Entries past a chrome line of the lexicon (a "Sign in" between them and the span) are the listing's
#: only in a run of at least this many, marked by a number or a mark: a field's label that recurs past
#: the site's chrome is as often a mega menu's "Back" over every submenu, and a few teasers a box's.
PAST_CHROME_MIN_ENTRIES = FAR_MIN_ENTRIES
#: ... and the lines that mark them differ: more than this share of them are texts of their own (a
#: paper's authors, a product's price). A consent dialog marks its purposes over and over with the
#: same line ("List of IAB Vendors | View Illustrations"), between lines the lexicon knows.
PAST_CHROME_SAME_SHARE = 0.25
#: ... and the runs of other anchors before it that overlap it, or end at most this many lines before it (an
#: entry without the anchor of either run between them: two entries' length), mark its entries too.
RUN_MAX_GAP = 2 * ENTRY_MAX_LINES
#: A field's label marks entries as a number does when it has at most this many words ("Winner",
#: "Posted in", "View company profile"): a longer line that recurs word for word is a sentence of the
#: template, not a field.
LABEL_MAX_WORDS = 3
#: A listing may print its items one line each, a headline or a title with no fields (a recipe site's
#: category, a wiki's category page): under an intro of one paragraph at most (a category's blurb; a news
#: item has more), a list of at least ``HEADLINE_LIST_MIN_ITEMS`` headlines is the page's content. A box of
#: latest posts is five to ten; the headline river under a short news item is the teaser stages' and is
#: written in sentence case in most languages: each item has ``HEADLINE_MIN_WORDS`` words or more (a
#: menu's items are one to three) and this share of its words capitalised, at most one sentence.
HEADLINE_LIST_MAX_PARAGRAPHS = 1
HEADLINE_LIST_MIN_ITEMS = 20
HEADLINE_MIN_WORDS = 4
HEADLINE_TITLE_SHARE = 0.5
#: Between two headlines of the list, at most this many other lines (a shorter recipe's name, a rating's
#: count); and before the list, at most this many (a menu of the category's subcategories under the intro).
HEADLINE_GAP = 2
HEADLINE_LEAD_LINES = 40
#: The prefix of a label's anchor key (see ``_anchor_key``): no line holds a line break, so no shape does.
LABEL_KEY = "\n"


@functools.lru_cache(maxsize=1)
def _badges() -> frozenset[str]:
    """The badges of data/badges.txt, normalised as the lexicons compare lines."""
    return frozenset(map(lexicon.normalise, lexicon.data_lines("badges.txt")))


def _free(page: Page, labels: list[Label], aside: list[bool], i: int) -> bool:
    """A line that may stand in an entry: not set aside by a block judge, no chrome of the lexicon (a
    "Read more" under every item makes teasers) but for a badge that the template prints on some
    entries ("Featured", "Sponsored": data/badges.txt), and for a button that every entry prints (see
    :data:`.closers.BUTTON_REASON`). Both stay chrome: the entries keep only undecided lines and the
    features stage's chrome."""
    return not aside[i] and (not labels[i].final or labels[i].reason == BUTTON_REASON
                             or lexicon.normalise(page.lines[i].text) in _badges())


def _passable(labels: list[Label], aside: list[bool], i: int) -> bool:
    """A line the walk for entries may pass: not set aside by a block judge, no header that closes the
    article ("More news", "Related stories": other stories follow it). The lexicon's other chrome stays
    chrome and marks no entry; it ends the entries before it, but a long run past it may be the
    listing's (see ``PAST_CHROME_MIN_ENTRIES``)."""
    return not aside[i] and not labels[i].closes


def _anchor_shape(sig: str) -> bool:
    """A shape that can mark an entry: a number in it, or a mark after a word ("Title:", "A Krizhevsky,
    I Sutskever"). A mark before the words alone is a bullet or the toggle of a tree of links ("►
    Databases"): a menu's."""
    return "9" in sig or bool(sig[1:].strip("a"))


def _anchor_key(sig: str, line: Line) -> str:
    """What marks an entry in a line of shape ``sig``: the shape when it can (see ``_anchor_shape``), else
    the text of a field's label of a few words that the template prints in every entry ("Winner",
    "Location", "View company profile"), else nothing. A label's key is its text, apart from any shape."""
    if _anchor_shape(sig):
        return sig
    if line.words <= LABEL_MAX_WORDS:
        return LABEL_KEY + lexicon.normalise(line.text)
    return ""


def _story_mark(text: str) -> bool:
    """A byline ("By Reuters") or a time stamp ("11/20/2019 01:14 PM"), after a list's bullet: what a
    news story prints under its headline (see ``STORY_SHARE``)."""
    bullet = BULLET.match(text)
    text = text[bullet.end():] if bullet else text
    return BYLINE.match(text) is not None or TIME_OR_DATE.search(text) is not None


def _anchor_runs(keys: list[str], least: int) -> list[list[int]]:
    """The runs of entries in lines of anchor keys ``keys`` (see ``_anchor_key``): for each key, the
    maximal runs of its positions ``ENTRY_MIN_LINES`` to ``ENTRY_MAX_LINES`` lines apart, of ``least``
    or more. Linear: each position is looked at once."""
    positions: dict[str, list[int]] = {}
    for p, key in enumerate(keys):
        if key:
            positions.setdefault(key, []).append(p)
    runs = []
    for found in positions.values():
        run = found[:1]
        for p in [*found[1:], None]:
            if p is not None and ENTRY_MIN_LINES <= p - run[-1] <= ENTRY_MAX_LINES:
                run.append(p)
                continue
            if len(run) >= least:
                runs.append(run)
            run = [p]
    return runs


class Entries(NamedTuple):
    """A run of entries: the position of its last line, the shapes that recur in its entries (see
    ``FIELD_SHARE``), the positions of its buttons and how many entries carry a story's mark (see
    ``_story_mark``). A *button* is a line of words alone that every other entry prints word for word
    ("Show options", "Add to cart"): the template's, not the item's."""

    end: int
    recurring: set[str]
    buttons: set[int]
    stamped: int


def _entries(sigs: list[str], texts: list[str], anchors: list[int], marks: set[int]) -> Entries:
    """The run of entries that ``anchors`` mark in lines of shapes ``sigs`` and texts ``texts`` from the
    span's edge outwards. It ends past the last anchor with the lines of recurring shapes, an entry's
    length at most. The lines that mark entries (``marks``: a field's label such as "Winner" too) are no
    buttons."""
    fields: Counter = Counter()
    copies: Counter = Counter()
    stamped = 0
    for a, b in zip(anchors, anchors[1:]):
        fields.update(set(sigs[a:b]))
        copies.update(set(texts[a:b]))
        stamped += any(_story_mark(text) for text in texts[a:b])
    enough = FIELD_SHARE * (len(anchors) - 1)
    recurring = {sig for sig, n in fields.items() if n >= enough}
    end, longest = anchors[-1], max(b - a for a, b in zip(anchors, anchors[1:]))
    while end + 1 < len(sigs) and end + 1 - anchors[-1] < longest and sigs[end + 1] in recurring:
        end += 1
    buttons = {p for p in range(end + 1) if sigs[p] == "a" and copies[texts[p]] >= enough and p not in marks}
    return Entries(end, recurring, buttons, stamped)


def _passable_lines(labels: list[Label], aside: list[bool], start: int, step: int) -> list[int]:
    """The lines from ``start`` on, going by ``step``, up to the first that may not be passed (see
    ``_passable``)."""
    order = []
    i = start
    while 0 <= i < len(labels) and _passable(labels, aside, i):
        order.append(i)
        i += step
    return order


class Side(NamedTuple):
    """The entries on one side of the span: the lines that stay, and how many entries each shape that
    marks them there counts."""

    lines: set[int]
    counts: dict[str, int]


NO_SIDE = Side(set(), {})


def _far_entries(runs: list[list[int]], anchors: list[int]) -> tuple[int, int, set[int]]:
    """The first and last anchor of a run of entries that stands away from the span, and the lines that
    mark its entries: ``anchors`` and the other ``runs`` (of ``MIN_ENTRIES`` or more) that overlap them
    or stand at most ``RUN_MAX_GAP`` lines from them (an award's "Winner" and "Honoree" take turns in its
    entries), one after the other, on either side. The first entry may start an entry's length above its
    anchor."""
    first, last, marks = anchors[0], anchors[-1], set(anchors)
    for run in sorted(runs):
        if run[0] <= last + RUN_MAX_GAP and run[-1] > last:
            last = run[-1]
            marks.update(run)
    for run in sorted(runs, key=lambda run: -run[-1]):
        if run[-1] + RUN_MAX_GAP >= first and run[0] < first:
            first = run[0]
            marks.update(run)
    return max(0, first - (anchors[1] - anchors[0]) + 1), last, marks


def _side(page: Page, labels: list[Label], aside: list[bool], start: int, step: int, least: int) -> Side:
    """The entries from line ``start`` on, going by ``step``, ``least`` of them at least: the undecided
    lines and the chrome of the features stage whose shape recurs (see the module's docstring), but for
    the buttons. The anchors are those of the shape whose entries reach the farthest, the first one
    within an entry's length of the edge; the run is no listing when its entries are a news river's
    stories (see ``STORY_SHARE``)."""
    order = _passable_lines(labels, aside, start, step)
    free = [_free(page, labels, aside, i) for i in order]
    sigs = [shape(page.lines[i].text) for i in order]
    keys = [_anchor_key(sig, page.lines[i]) if ok else "" for sig, i, ok in zip(sigs, order, free)]
    # The entries end at the first chrome line of the lexicon; a long run past it counts as well.
    chrome = free.index(False) if False in free else len(order)
    found_runs = _anchor_runs(keys[:chrome], least) + [
        [p + chrome for p in run] for run in _anchor_runs(keys[chrome:], PAST_CHROME_MIN_ENTRIES)
        if not keys[run[0] + chrome].startswith(LABEL_KEY)
        and len({page.lines[order[p + chrome]].text for p in run}) > PAST_CHROME_SAME_SHARE * len(run)]
    runs = [run for run in found_runs if run[0] < ENTRY_MAX_LINES or len(run) >= FAR_MIN_ENTRIES]
    # A field's label marks the entries only where no number or mark marks a listing's worth of them: a
    # button that every entry prints ("Compare") recurs as regularly as the entries' numbers.
    runs = [run for run in runs if len(run) >= MIN_ENTRIES and not keys[run[0]].startswith(LABEL_KEY)] or runs
    if not runs:
        return NO_SIDE
    anchors = max(runs, key=lambda run: run[-1])
    begin, last, marks = (0, anchors[-1], set(anchors)) if anchors[0] < ENTRY_MAX_LINES else _far_entries(
        [run for run in found_runs if len(run) >= MIN_ENTRIES], anchors)
    texts = [page.lines[i].text for i in order]
    found = _entries(sigs, texts, anchors, marks)
    if found.stamped >= STORY_SHARE * (len(anchors) - 1):
        return NO_SIDE
    return Side({order[p] for p in range(begin, max(found.end, last) + 1) if p not in found.buttons and (
        undecided(labels[order[p]]) or (labels[order[p]].cls == BAD and not labels[order[p]].final
                                        and sigs[p] in found.recurring))}, {keys[run[0]]: len(run) for run in runs})


def with_entries(page: Page, labels: list[Label], aside: list[bool], span: Span) -> Span:
    """The span of a listing's intro with the lines of the runs of alike entries that touch it at
    either edge as its ``entries`` (see the module's docstring). An article's first paragraphs reach
    ``INTRO_MAX_WORDS``: the rest of the span is not read."""
    paragraphs, words = [], 0
    for i in range(span.first, span.last + 1):
        if paragraph(page.lines[i], labels[i]):
            paragraphs.append(i)
            words += page.lines[i].words
            if words >= INTRO_MAX_WORDS:
                return span
    # A span of a few lines may stand amid the entries (a pass over the kept lines finds a listing's
    # densest run there): the entries on its two sides, of one anchor, count together.
    split = span.last - span.first < ENTRY_MAX_LINES
    least = ENTRY_MIN_PAIR if split else MIN_ENTRIES
    before = _side(page, labels, aside, span.first - 1, -1, least)
    after = _side(page, labels, aside, span.last + 1, 1, least)
    found = set()
    for side, other in ((before, after), (after, before)):
        if any(n >= MIN_ENTRIES or split and n + other.counts.get(sig, 0) >= MIN_ENTRIES
               for sig, n in side.counts.items()):
            found |= side.lines
    if not found and len(paragraphs) <= HEADLINE_LIST_MAX_PARAGRAPHS:
        found = _headline_list(page, labels, aside, span.last + 1)
    return span._replace(entries=span.entries | found) if found else span


def _headline(line: Line, label: Label) -> bool:
    """An item of a headline list (see ``HEADLINE_LIST_MIN_ITEMS``): undecided, of
    ``HEADLINE_MIN_WORDS`` words or more, in title case, one sentence at most."""
    return undecided(label) and line.words >= HEADLINE_MIN_WORDS and line.title_share >= HEADLINE_TITLE_SHARE \
        and not INNER_SENTENCE_END.search(line.text)


def _headline_list(page: Page, labels: list[Label], aside: list[bool], start: int) -> set[int]:
    """The undecided lines of the first headline list from line ``start`` on (see
    ``HEADLINE_LIST_MIN_ITEMS``), or none. The lexicon's chrome between its items ("839 Ratings") stays
    chrome and neither ends the list nor counts as one of its lines."""
    run: list[int] = []
    gap = other = 0
    for i in _passable_lines(labels, aside, start, 1):
        if labels[i].final:
            continue
        if _headline(page.lines[i], labels[i]):
            run.append(i)
            gap = 0
            continue
        gap += 1
        if run and gap <= HEADLINE_GAP:
            continue
        if len(run) >= HEADLINE_LIST_MIN_ITEMS:
            break
        run = []
        other += 1
        if other > HEADLINE_LEAD_LINES:
            break
    if len(run) < HEADLINE_LIST_MIN_ITEMS:
        return set()
    return {i for i in range(run[0], run[-1] + 1) if undecided(labels[i]) and not aside[i]}
