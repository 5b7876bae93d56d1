"""Revision by neighbours: find the body spans and judge every undecided line in their light.

The main body is the span with the largest total evidence of being body (:mod:`.span`). This is the
text counterpart of Finn et al.'s Body Text Extraction: a short line *inside* that span is probably a
subheading or a list item and stays; the same line inside a run of twenty short lines at the top is a
menu and goes, and so do the headline lists and footers after the span. The span is found in steps,
each a pure function in :mod:`.span` (or :mod:`.tail`, :mod:`.posts`): the densest run; the article
above its first closing header when what follows the header outweighs it; past the headline it took
in; without the list of other stories' headlines it swallowed at its end (:mod:`.tail`); grown over
the lines that continue its text, the rows of a list or table, the repeated sections of a text, the
list its last line announces; over a forum thread's posts without the furniture between them
(:mod:`.posts`); to a wiki's appendix; with the title and signature at the page's edges. Further
spans, strong and nearly free of chrome, hold the rest of a text split by a block of chrome; a shop's
grid of products (:mod:`.grids`), names and prices that read as a menu line by line, is the text
wherever the span stands.

What the block judges set aside before this stage (teaser runs, comment threads, boxes of links: see
:attr:`Label.aside`) keeps its prose's evidence but the span does not grow over it, and it goes
whatever the span. Every line of a span names it as its block (:attr:`Label.block`), for the stages
after this one (the author's bio at the span's end: :mod:`.blurbs`) and for the explanation.
"""
from __future__ import annotations

from typing import NamedTuple

from .. import language, native
from ..labels import BAD, GOOD, NEAR, SHORT, Label
from ..page import Page
from .boxes import BOX_HEADLINE_MIN_WORDS, INLINE_BOX_PREFIX
from .code import NAME as CODE_STAGE, REASON as CODE_REASON
from .comments import REASON as COMMENT_REASON
from .entries import REASON as ENTRY_REASON, with_entries
from .grids import GridLine, grid_items
from .posts import REASON as FURNITURE_REASON, joined_posts, thread_posts
from .span import (BAD_EVIDENCE, CLOSER_EVIDENCE, EVIDENCE_PARAMS, GAP_ROW_RUN, ROW_RUN, Span, before_footer, densest_span,
                   evidence, grown_over_announced, grown_over_refrains, grown_over_rows, grown_over_text, grown_to_appendix,
                   maximal_runs, menu_runs, paragraph, title_lines, titles_under_closer, undecided, with_announced_rows,
                   with_headline_over_dateline, with_page_edges, without_headline)
from .tail import trailing_run

NAME = "context"
#: The names of the blocks, as explanations print them (see :attr:`Label.block`).
BODY_SPAN = "body span, lines {first}-{last}"
FURTHER_SPAN = "further body span, lines {first}-{last}"
#: The reasons of the span's edges: undecided lines between it and the page's first or last line.
TITLE_REASON = "the text's title: only the body follows it"
SIGNATURE_REASON = "signature under the text's closing line"

#: Outside the span, a line must be this many times ``long_words`` and end a sentence to be kept as a
#: stray body paragraph (an article split by a large related-content block).
STRAY_PARAGRAPH_FACTOR = 2
#: ... but not past the header that closes the article ("Related", "Comments") and further than this
#: many lines from the span: the rest of an article split by an inline box stands within a box's
#: length of it (a "Don't miss" box of a few headlines and captions); further down, past the closer,
#: long paragraphs are related stories' summaries, authors' and sites' blurbs, cookie and legal notes.
STRAY_MAX_LINES_PAST_CLOSER = 12
#: A further body span outside the main one (an article split in two by an inline "Related" box or a
#: sign-up form) is kept when its evidence reaches this total, about four full paragraphs of prose...
OTHER_SPAN_EVIDENCE = 100.0
#: ... and at most this share of its lines is chrome: a teaser list (headline, summary, "Read more",
#: over and over) can add up to as much evidence, but every entry brings its own chrome line.
OTHER_SPAN_MAX_CHROME = 0.15
#: A shop's grid of products outside the span (see :mod:`.grids`) is the page's text when the span holds
#: paragraphs of fewer words than this: a category's blurb, a blog teaser under the grid, a dialog. An
#: article's paragraphs add up to more, and a grid beside an article is an advertisement (flats for sale,
#: cars, a price comparison).
GRID_MAX_ARTICLE_WORDS = 150
#: A run above the first closing header with this much evidence (about three paragraphs of prose) is the
#: article, though a denser run stands below the header (see ``_article_before_closer``).
ARTICLE_BEFORE_CLOSER_EVIDENCE = 50.0
#: ... and at least this share of the evidence of the run below: an article outweighed by what follows its
#: closing header (comment rules, other stories' summaries) by three to one at most. A run of blurbs in a
#: box above an article that a closing header heads ("Most popular", then the article) weighs far less.
ARTICLE_BEFORE_CLOSER_SHARE = 0.35
#: ... in this many paragraphs (prose lines that end their sentences) at least: a sidebar's blurb above a
#: "Recent posts" box is one paragraph, however long.
ARTICLE_BEFORE_CLOSER_PARAGRAPHS = 2
#: ... unless the header heads a box of at most this many headline links with the text going on under it:
#: a "Related articles" box that splits the article (longer than an inline box, whose links go with it).
SPLITTING_BOX_MAX_LINKS = 8


class Aside(NamedTuple):
    """The lines that go whatever the span, and why: those the block judges set aside (teaser runs,
    comment threads) and a trailing headline run. Their prose keeps its evidence for the span (giving
    teasers none cut tables and lists that stand between the article and its teasers), but the span
    does not grow over them, and they go once it is found."""

    teasers: list[str]  # per line, why it stands in a teaser run or a trailing headline run ("": it does not)
    threads: list[str]  # per line, why it stands in a comment thread ("": it does not)
    flags: list[bool]   # per line, either


def _aside(labels: list[Label]) -> Aside:
    threads = [label.aside if label.aside.startswith(COMMENT_REASON) else "" for label in labels]
    teasers = ["" if thread else label.aside for label, thread in zip(labels, threads)]
    return Aside(teasers, threads, [bool(label.aside) for label in labels])


def _other_spans(labels: list[Label], closing: list[bool], scores: list[float], first: int, last: int
                 ) -> list[tuple[int, int]]:
    """The maximal runs of evidence before the main span and after it (up to the header that closes
    the article) that are strong enough and nearly free of chrome to be further parts of the page's
    text: an article split in two by an inline box, the sections or items of a page that has several."""
    stop = next((i for i in range(last + 1, len(labels)) if closing[i]), len(labels))
    found = []
    for a, b in ((0, first), (last + 1, stop)):
        for s, e, total in maximal_runs(scores[a:b]):
            s, e = a + s, a + e
            chrome = sum(1 for i in range(s, e + 1) if labels[i].cls == BAD)
            if total >= OTHER_SPAN_EVIDENCE and chrome <= OTHER_SPAN_MAX_CHROME * (e - s + 1):
                found.append((s, e))
    return found


def _article_before_closer(page: Page, labels: list[Label], scores: list[float], closing: list[bool],
                           aside: list[bool], found: tuple[int, int]) -> tuple[int, int]:
    """The densest run above the first header that closes the article, when the densest run of the page
    stands below that header and above it stands an article: a block of prose with no chrome line in it
    that weighs ``ARTICLE_BEFORE_CLOSER_EVIDENCE`` or more in ``ARTICLE_BEFORE_CLOSER_PARAGRAPHS``
    paragraphs or more, and at least ``ARTICLE_BEFORE_CLOSER_SHARE`` of the run below, without the lines
    set aside in it (teasers' summaries and comments rival no article). What follows a
    closing header is the page's other text (comment rules, readers' comments, other stories with their
    summaries), which may well outweigh a short article. A header above a box of menus and headlines has
    no such block above it, nor one above teasers or comments (their prose is set aside here, and each
    story of a list that brings a chrome line, "Read more", stands alone); a header over a few headline
    links with the text going on under them ("Related articles", two links, a paragraph) heads a box
    inside the article, and the run below is the rest of it."""
    first_closer = next((i for i in range(found[0]) if closing[i]), None)
    if first_closer is None or _heads_links_over_text(page, labels, aside, first_closer):
        return found
    own = [0.0 if aside[i] else score for i, score in enumerate(scores[:first_closer])]
    block = densest_span([CLOSER_EVIDENCE if labels[i].cls == BAD else score for i, score in enumerate(own)])
    if block is None:
        return found
    weight = sum(own[block[0]:block[1] + 1])
    paragraphs = sum(1 for i in range(block[0], block[1] + 1) if own[i] > 0 and page.lines[i].terminal)
    below = sum(score for i, score in enumerate(scores[found[0]:found[1] + 1], found[0]) if not aside[i])
    if weight < ARTICLE_BEFORE_CLOSER_EVIDENCE or paragraphs < ARTICLE_BEFORE_CLOSER_PARAGRAPHS \
            or weight < ARTICLE_BEFORE_CLOSER_SHARE * below:
        return found
    return densest_span(own) or found


def _heads_links_over_text(page: Page, labels: list[Label], aside: list[bool], header: int) -> bool:
    """Under line ``header`` stand one to ``SPLITTING_BOX_MAX_LINKS`` headline links (undecided, without a
    sentence end, of ``BOX_HEADLINE_MIN_WORDS`` words or more), chrome lines among them ("Sign up to our
    newsletter"), and then a line of prose that ends its sentence and that no block judge set aside (a
    teaser's summary is no text going on): the text goes on under the box."""
    j, links = header + 1, 0
    while j < len(labels) and j - header <= SPLITTING_BOX_MAX_LINKS:
        if labels[j].cls == BAD and not labels[j].closes:
            j += 1
        elif undecided(labels[j]) and not page.lines[j].terminal \
                and page.lines[j].words >= BOX_HEADLINE_MIN_WORDS:
            j, links = j + 1, links + 1
        else:
            break
    return links > 0 and j < len(labels) and labels[j].cls in (GOOD, NEAR) and page.lines[j].terminal \
        and not aside[j]


def _cut_at_unearned_closer(scores: list[float], closing: list[bool], threads: list[str],
                            found: tuple[int, int]) -> tuple[int, int]:
    """The span ends before a closing header that only a comment thread outweighs. The span runs past
    such a header when the text goes on after it (an inline "Related" box), but the comments that the
    header announces are no text going on: without their evidence, what follows them (a box of guides,
    a list of stories) must outweigh the header on its own."""
    first, last = found
    cut, beyond = None, 0.0
    for i in range(last, first, -1):
        if closing[i] and beyond < -CLOSER_EVIDENCE:
            cut = i
        if not threads[i]:
            beyond += scores[i]
    return found if cut is None else (first, cut - 1)


def _scores(page: Page, labels: list[Label], boxed: list[bool], title_like: list[bool]) -> list[float]:
    """Each line's evidence; an inline box's header and links count as one chrome line each. (Compiled:
    ``_core.scores``.)"""
    sentence_case = page.lang is not None and page.lang not in language.TITLE_CASE_HEADLINES
    if native.core is not None:
        return native.core.scores(page.lines, labels, boxed, title_like, sentence_case, EVIDENCE_PARAMS)
    return [BAD_EVIDENCE if box else evidence(line, label, title, sentence_case)
            for line, label, title, box in zip(page.lines, labels, title_like, boxed)]


def _without_tail(page: Page, labels: list[Label], menus: list[bool], aside: Aside, span: Span
                  ) -> tuple[Aside, Span]:
    """The span may run on over a list of other stories after the article (see :mod:`.tail`): its
    lines are set aside and the span ends before them."""
    tail = trailing_run(page, labels, menus, span.first, span.last)
    if tail is None:
        return aside, span
    (start, reason), end = tail, span.last + 1
    n = end - start
    return Aside(aside.teasers[:start] + [reason] * n + aside.teasers[end:], aside.threads,
                 aside.flags[:start] + [True] * n + aside.flags[end:]), span._replace(last=start - 1)


def run(page: Page, labels: list[Label]) -> list[Label]:
    """Find the densest span, adjust its edges step by step, then label every line in its light."""
    aside = _aside(labels)
    boxed = [label.aside.startswith(INLINE_BOX_PREFIX) for label in labels]
    closing = [label.closes and not box for label, box in zip(labels, boxed)]
    title_like = title_lines(page, labels)
    scores = _scores(page, labels, boxed, title_like)
    between_posts, thread_furniture = joined_posts(page, labels, aside.flags)
    scores = [0.0 if i in between_posts else BAD_EVIDENCE if listed else score
              for i, (score, listed) in enumerate(zip(scores, titles_under_closer(page, labels)))]
    found = densest_span(scores)
    if found is None:
        # No body paragraph anywhere: keep every line that is not chrome on its own evidence.
        return [label if label.keep is not None else Label(label.cls, True, NAME, "no body span found; kept")
                for label in labels]
    found = _article_before_closer(page, labels, scores, closing, aside.flags, found)
    found = _cut_at_unearned_closer(scores, closing, aside.threads, found)
    menus = menu_runs(page, labels, title_like)
    body = without_headline(page, labels, before_footer(page, labels, closing, menus, Span(*found)))
    aside, body = _without_tail(page, labels, menus, aside, body)
    body = grown_over_text(page, labels, aside.flags, body)
    body = grown_over_rows(page, labels, aside.flags, body)
    body = with_entries(page, labels, aside.flags, body)
    body = grown_over_refrains(page, labels, aside.flags, body)
    body = grown_over_announced(page, labels, aside.flags, body)
    first, last, furniture = thread_posts(page, labels, aside.flags, body.first, body.last)
    body = body._replace(first=first, last=last, furniture=furniture | thread_furniture)
    body = with_announced_rows(page, labels, body)
    body = grown_to_appendix(page, labels, aside.flags, body)
    span = with_headline_over_dateline(page, labels, aside.flags, with_page_edges(page, labels, body))
    others = _other_spans(labels, closing, scores, span.first, span.last)
    return _labelled(page, labels, aside, menus, closing, body, span, others, grid_items(page, labels))


def _labelled(page: Page, labels: list[Label], aside: Aside, menus: list[bool], closing: list[bool],
              body: Span, span: Span, others: list[tuple[int, int]], grid: dict[int, GridLine]) -> list[Label]:
    """Every line's label in the light of the span: ``body`` is the span that the text's paragraphs
    hold, ``span`` the same with the title and signature at the page's edges. Every line of a span
    names it as its block (see :attr:`Label.block`)."""
    first, last, rows, gaps, furniture, entries = span
    body_first, body_last = body.first, body.last
    where = BODY_SPAN.format(first=page.lines[first].number, last=page.lines[last].number)
    other_at: dict[int, str] = {}
    for a, b in others:  # one name per span, not one per line
        other_at.update(dict.fromkeys(range(a, b + 1), FURTHER_SPAN.format(first=page.lines[a].number,
                                                                           last=page.lines[b].number)))
    stray_words = page.config.long_words * STRAY_PARAGRAPH_FACTOR
    closed_at = next((i for i in range(last + 1, len(labels)) if closing[i]), len(labels))
    if grid and sum(page.lines[i].words for i in range(body_first, body_last + 1)
                    if paragraph(page.lines[i], labels[i])) >= GRID_MAX_ARTICLE_WORDS:
        grid = {i: item for i, item in grid.items() if first <= i <= last}
    out: list[Label] = []
    # Most lines' labels are alike: each distinct one is built once per page, on its first line (a
    # named tuple's _replace costs several times a lookup).
    made: dict[tuple, Label] = {}
    for i, (line, label, in_menu, items, comments) in enumerate(zip(page.lines, labels, menus, aside.teasers,
                                                                     aside.threads)):
        block = where if first <= i <= last else other_at.get(i, "")
        if label.final or label.cls == BAD and i not in rows and i not in entries:
            if block:
                key = (label, block)
                label = made.get(key) or made.setdefault(key, label._replace(block=block))
            out.append(label)
            continue
        if comments and page.config.comments and (label.cls in (GOOD, NEAR) or line.terminal
                                                     and not line.text.endswith(":")):  # "Jan says:" names
            keep, reason = True, f"{comments}; a comment's words, kept on request (Config.comments)"
        elif comments:
            keep, reason = False, comments
        elif items:
            keep, reason = False, items
        elif i in entries and i not in grid:
            keep, reason = True, f"{ENTRY_REASON}, in or next to the {where}"
        elif first <= i <= last:
            if i in furniture:
                keep, reason = False, f"{FURNITURE_REASON} in the {where}"
            elif i in rows:
                keep, reason = True, (f"row of a list or table ({ROW_RUN} or more lines of one shape touching or "
                                      f"announced in the {where}, or {GAP_ROW_RUN} or more with a number in "
                                      "them one line away from it)")
            elif i in gaps:
                keep, reason = True, (f"heading of the rows of a list or table next to it, which the {where} "
                                      "takes in (or an item of theirs without a number)")
            elif label.cls == SHORT and in_menu and i in grid:
                keep, reason = True, f"{grid[i].reason} (in the {where})"
            elif label.cls == SHORT and in_menu:
                keep, reason = False, f"run of short title-like lines (menu or headline list) in {where}"
            elif i < body_first:
                keep, reason = True, TITLE_REASON
            elif i > body_last:
                keep, reason = True, SIGNATURE_REASON
            else:
                kind = CODE_REASON if label.stage == CODE_STAGE else \
                    "subheading or list item" if label.cls == SHORT else label.cls
                keep, reason = True, f"{kind} inside the {where}"
        elif i in grid and grid[i].first < closed_at:
            keep, reason = True, f"{grid[i].reason}, outside the {where}"
        elif i in other_at and not (label.cls == SHORT and in_menu):
            keep, reason = True, (f"{label.cls} line inside a {other_at[i]} (strong, nearly free of chrome: "
                                  "the text goes on past a block of chrome)")
        elif label.cls == GOOD and line.terminal and line.words >= stray_words and not (
                closed_at < i and i - last > STRAY_MAX_LINES_PAST_CLOSER):
            keep, reason = True, f"long paragraph outside the {where}"
        elif label.cls == GOOD and line.terminal and line.words >= stray_words:
            keep, reason = False, (f"long paragraph past the header that closes the {where} (line "
                                   f"{page.lines[closed_at].number}) and more than {STRAY_MAX_LINES_PAST_CLOSER} "
                                   "lines after it: a related story's summary, an author's or a site's blurb")
        else:
            side = "before" if i < first else "after"
            keep, reason = False, f"{label.cls} line {side} the {where}"
        key = (label.cls, keep, reason, block)
        new = made.get(key)
        if new is None:
            # A listing's entries repeat their fields (a subject, a place): final, or the repetition
            # stage would take each repeat for a copy of a headline.
            new = made[key] = Label(label.cls, keep, NAME, reason, final=reason.startswith(ENTRY_REASON),
                                    block=block)
        out.append(new)
    return out
