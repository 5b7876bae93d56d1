"""Revision by neighbours: find the main body span and judge every undecided line in its light.

The main body is the span with the largest total evidence of being body (:mod:`.span`). This is the
text counterpart of Finn et al.'s Body Text Extraction: a short line *inside* that span is probably a
subheading or a list item and stays; the same line inside a run of twenty short lines at the top is a
menu and goes, and so do the headline lists and footers after the span. A run of teaser items
(:mod:`.teasers`: headline, byline or date and a one-sentence summary, repeated) goes wherever it is;
a list of other stories' headlines that the span swallowed at its end is trimmed off it (:mod:`.tail`),
and so are the author's bio and the site's blurb after its last paragraph (:mod:`.blurbs`).
"""
from __future__ import annotations

from typing import NamedTuple

from .. import language
from ..labels import BAD, GOOD, NEAR, SHORT, Label
from ..page import Page
from .blurbs import REASON as BLURB_REASON, paragraph, trailing_blurbs
from .code import NAME as CODE_STAGE, REASON as CODE_REASON
from .comments import REASON as COMMENT_REASON
from .lexicon import NAME as LEXICON_STAGE
from .posts import REASON as FURNITURE_REASON, thread_posts
from .span import (BAD_EVIDENCE, CLOSER_EVIDENCE, GAP_ROW_RUN, ROW_RUN, Span, before_footer, densest_span,
                   evidence, grown_over_announced, grown_over_refrains, grown_over_rows, grown_over_text, grown_to_appendix,
                   maximal_runs, menu_runs, title_lines, undecided, with_announced_rows, with_page_edges,
                   without_headline)
from .tail import trailing_run
from .teasers import TRUNCATED

NAME = "context"

#: A header that closes the article (see :data:`.span.CLOSER_EVIDENCE`) heads an inline box of links
#: inside it instead ("Related articles", "Don't miss", then two or three headlines) when at most this
#: many headline links stand under it, each of at least ``BOX_HEADLINE_MIN_WORDS`` words and without a
#: sentence end (or cut short by the site: see :data:`.teasers.TRUNCATED`), between paragraphs of
#: prose: one above the header and two right under the links, so the article goes on. The header then
#: counts as one chrome line, and its links go. A thread's commenter name is shorter, a header that a
#: paragraph follows at once heads no box, and a teaser list has a headline between its summaries.
#: Boxes may stand one under the other ("Related", two links, "Related", two links): the second
#: header, right under the first box's links, is part of the same inline block.
INLINE_BOX_MAX_LINES = 4
BOX_HEADLINE_MIN_WORDS = 3
#: The paragraph above the box may stand this many lines above its header: a caption or a "Read more:"
#: link may come between.
BOX_PROSE_ABOVE_MAX_LINES = 3
#: Outside the span, a line must be this many times ``long_words`` and end a sentence to be kept as a
#: stray body paragraph (an article split by a large related-content block).
STRAY_PARAGRAPH_FACTOR = 2
#: ... but not past the header that closes the article ("Related", "Comments") and further than this
#: many lines from the span: the rest of an article split by an inline box stands within a box's
#: length of it (a "Don't miss" box of a few headlines and captions); further down, past the closer,
#: long paragraphs are related stories' summaries, authors' and sites' blurbs, cookie and legal notes.
STRAY_MAX_LINES_PAST_CLOSER = 12
#: Under a chrome label that announces links ("More:", "Read more:"), a related-links box inside the
#: article prints a few headlines: lines of at most this many words without a sentence end, at most
#: this many of them (a box holds a handful of links; a longer run is something else).
LINKED_HEADLINE_MAX_WORDS = 15
LINKED_MAX_LINES = 6
#: A line that a paragraph follows may be the subheading of the text going on after the box; it is the
#: box's last link when at least this many links stand above it and it is as long as the shortest of
#: them: a subheading ("A new pontoon") is shorter than the headlines of a box.
LINKED_BEFORE_LAST = 2
#: A further body span outside the main one (an article split in two by an inline "Related" box or a
#: sign-up form) is kept when its evidence reaches this total, about four full paragraphs of prose...
OTHER_SPAN_EVIDENCE = 100.0
#: ... and at most this share of its lines is chrome: a teaser list (headline, summary, "Read more",
#: over and over) can add up to as much evidence, but every entry brings its own chrome line.
OTHER_SPAN_MAX_CHROME = 0.15
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


def _prose(page: Page, labels: list[Label], i: int) -> bool:
    """Line i is a paragraph of prose (see :func:`.blurbs.paragraph`)."""
    return 0 <= i < len(labels) and paragraph(page.lines[i], labels[i])


def _inline_boxes(page: Page, labels: list[Label]) -> dict[int, int]:
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


def _prose_above(page: Page, labels: list[Label], i: int) -> bool:
    """A paragraph of prose stands at most ``BOX_PROSE_ABOVE_MAX_LINES`` lines above line i, with no
    other paragraph or closing header between them."""
    for k in range(i - 1, max(i - 1 - BOX_PROSE_ABOVE_MAX_LINES, -1), -1):
        if _prose(page, labels, k):
            return True
        if labels[k].cls == GOOD or labels[k].closes:
            return False
    return False


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
    paragraphs or more, and at least ``ARTICLE_BEFORE_CLOSER_SHARE`` of the run below. What follows a
    closing header is the page's other text (comment rules, readers' comments, other stories with their
    summaries), which may well outweigh a short article. A header above a box of menus and headlines has
    no such block above it, nor one above teasers or comments (their prose is set aside here, and each
    story of a list that brings a chrome line, "Read more", stands alone); a header over a few headline
    links with the text going on under them ("Related articles", two links, a paragraph) heads a box
    inside the article, and the run below is the rest of it."""
    first_closer = next((i for i in range(found[0]) if closing[i]), None)
    if first_closer is None or _heads_links_over_text(page, labels, first_closer):
        return found
    own = [0.0 if aside[i] else score for i, score in enumerate(scores[:first_closer])]
    block = densest_span([CLOSER_EVIDENCE if labels[i].cls == BAD else score for i, score in enumerate(own)])
    if block is None:
        return found
    weight = sum(own[block[0]:block[1] + 1])
    paragraphs = sum(1 for i in range(block[0], block[1] + 1) if own[i] > 0 and page.lines[i].terminal)
    if weight < ARTICLE_BEFORE_CLOSER_EVIDENCE or paragraphs < ARTICLE_BEFORE_CLOSER_PARAGRAPHS \
            or weight < ARTICLE_BEFORE_CLOSER_SHARE * sum(scores[found[0]:found[1] + 1]):
        return found
    return densest_span(own) or found


def _heads_links_over_text(page: Page, labels: list[Label], header: int) -> bool:
    """Under line ``header`` stand one to ``SPLITTING_BOX_MAX_LINKS`` headline links (undecided, without a
    sentence end, of ``BOX_HEADLINE_MIN_WORDS`` words or more), chrome lines among them ("Sign up to our
    newsletter"), and then a line of prose that ends its sentence: the text goes on under the box."""
    j, links = header + 1, 0
    while j < len(labels) and j - header <= SPLITTING_BOX_MAX_LINKS:
        if labels[j].cls == BAD and not labels[j].closes:
            j += 1
        elif undecided(labels[j]) and not page.lines[j].terminal \
                and page.lines[j].words >= BOX_HEADLINE_MIN_WORDS:
            j, links = j + 1, links + 1
        else:
            break
    return links > 0 and j < len(labels) and labels[j].cls in (GOOD, NEAR) and page.lines[j].terminal


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


def _linked_under_label(page: Page, labels: list[Label]) -> dict[int, int]:
    """Lines that stand under a chrome label announcing links ("More:", "Read more:", "Related:",
    "Lesen Sie auch:" - a lexicon line ending with a colon) and read as headlines: undecided, no sentence
    end, at most ``LINKED_HEADLINE_MAX_WORDS`` words; up to ``LINKED_MAX_LINES`` of them, each mapped to
    the label's line number. Inside the body span they would pass for subheadings. The run stops before
    a line that a paragraph follows: that one may be the subheading of the text going on, unless it
    reads as one more of the links above it (see ``LINKED_BEFORE_LAST``)."""
    out: dict[int, int] = {}
    for i, label in enumerate(labels):
        if not (label.final and label.keep is False and not label.closes and label.stage == LEXICON_STAGE
                and page.lines[i].text.endswith(":")):
            continue
        j = i + 1
        shortest = LINKED_HEADLINE_MAX_WORDS
        while j < len(labels) and j - i <= LINKED_MAX_LINES and undecided(labels[j]) \
                and not page.lines[j].terminal and page.lines[j].words <= LINKED_HEADLINE_MAX_WORDS:
            if j + 1 < len(labels) and labels[j + 1].cls == GOOD:
                if j - i - 1 >= LINKED_BEFORE_LAST and page.lines[j].words >= shortest:
                    out[j] = page.lines[i].number
                break
            shortest = min(shortest, page.lines[j].words)
            out[j] = page.lines[i].number
            j += 1
    return out


def _scores(page: Page, labels: list[Label], boxes: dict[int, int], title_like: list[bool]) -> list[float]:
    """Each line's evidence; an inline box's header and links count as one chrome line each."""
    sentence_case = page.lang is not None and page.lang not in language.TITLE_CASE_HEADLINES
    return [BAD_EVIDENCE if i in boxes else evidence(line, label, title, sentence_case)
            for i, (line, label, title) in enumerate(zip(page.lines, labels, title_like))]


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
    boxes = _inline_boxes(page, labels)
    closing = [label.closes and i not in boxes for i, label in enumerate(labels)]
    title_like = title_lines(page, labels)
    scores = _scores(page, labels, boxes, title_like)
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
    body = grown_over_refrains(page, labels, aside.flags, body)
    body = grown_over_announced(page, labels, aside.flags, body)
    first, last, furniture = thread_posts(page, labels, aside.flags, body.first, body.last)
    body = body._replace(first=first, last=last, furniture=furniture)
    body = with_announced_rows(page, labels, body)
    body = grown_to_appendix(page, labels, aside.flags, body)
    span = with_page_edges(page, labels, body)
    others = _other_spans(labels, closing, scores, span.first, span.last)
    return _labelled(page, labels, aside, boxes, menus, closing, body, span, others)


def _labelled(page: Page, labels: list[Label], aside: Aside, boxes: dict[int, int], menus: list[bool],
              closing: list[bool], body: Span, span: Span, others: list[tuple[int, int]]) -> list[Label]:
    """Every line's label in the light of the span: ``body`` is the span that the text's paragraphs
    hold, ``span`` the same with the title and signature at the page's edges."""
    first, last, rows, gaps, furniture = span
    body_first, body_last = body.first, body.last
    where = f"body span, lines {page.lines[first].number}-{page.lines[last].number}"
    linked = _linked_under_label(page, labels)
    blurbs = set(trailing_blurbs(page, labels, body_first, body_last))
    other_at: dict[int, str] = {}
    for a, b in others:  # one reason per span, not one per line
        other_at.update(dict.fromkeys(range(a, b + 1), f"further body span, lines {page.lines[a].number}-"
                                                       f"{page.lines[b].number}"))
    stray_words = page.config.long_words * STRAY_PARAGRAPH_FACTOR
    closed_at = next((i for i in range(last + 1, len(labels)) if closing[i]), len(labels))
    out: list[Label] = []
    shared: dict[Label, Label] = {}  # most lines' labels are alike: each is made one with its equals
    for i, (line, label, in_menu, items, comments) in enumerate(zip(page.lines, labels, menus, aside.teasers,
                                                                     aside.threads)):
        if out:
            out[-1] = shared.setdefault(out[-1], out[-1])
        if label.final or label.cls == BAD and i not in rows:
            out.append(label)
        elif comments and page.config.comments and (label.cls in (GOOD, NEAR) or line.terminal
                                                     and not line.text.endswith(":")):  # "Jan says:" names
            out.append(Label(label.cls, True, NAME, f"{comments}; a comment's words, kept on request "
                                                    "(Config.comments)"))
        elif comments:
            out.append(Label(label.cls, False, NAME, comments))
        elif items:
            out.append(Label(label.cls, False, NAME, items))
        elif i in boxes:
            out.append(Label(label.cls, False, NAME, f"a link in the inline box under the header on line "
                                                     f"{page.lines[boxes[i]].number}; the article goes on after it"))
        elif i in linked:
            out.append(Label(label.cls, False, NAME, f"a link under the chrome label on line {linked[i]} "
                                                     "(\"More:\", \"Read more:\"): a related-links box"))
        elif i in blurbs:
            out.append(Label(label.cls, False, NAME, f"{BLURB_REASON} in the {where}"))
        elif first <= i <= last:
            if i in furniture:
                out.append(Label(label.cls, False, NAME, f"{FURNITURE_REASON} in the {where}"))
            elif i in rows:
                out.append(Label(label.cls, True, NAME, f"row of a list or table ({ROW_RUN} or more lines of "
                                 f"one shape touching or announced in the {where}, or {GAP_ROW_RUN} or more "
                                 "with a number in them one line away from it)"))
            elif i in gaps:
                out.append(Label(label.cls, True, NAME, f"heading of the rows of a list or table next to it, "
                                 f"which the {where} takes in (or an item of theirs without a number)"))
            elif label.cls == SHORT and in_menu:
                out.append(Label(label.cls, False, NAME, f"run of short title-like lines (menu or headline list) in {where}"))
            elif i < body_first:
                out.append(Label(label.cls, True, NAME, "the text's title: only the body follows it"))
            elif i > body_last:
                out.append(Label(label.cls, True, NAME, "signature under the text's closing line"))
            else:
                kind = CODE_REASON if label.stage == CODE_STAGE else \
                    "subheading or list item" if label.cls == SHORT else label.cls
                out.append(Label(label.cls, True, NAME, f"{kind} inside the {where}"))
        elif i in other_at and not (label.cls == SHORT and in_menu):
            out.append(Label(label.cls, True, NAME, f"{label.cls} line inside a {other_at[i]} (strong, "
                             "nearly free of chrome: the text goes on past a block of chrome)"))
        elif label.cls == GOOD and line.terminal and line.words >= stray_words and not (
                closed_at < i and i - last > STRAY_MAX_LINES_PAST_CLOSER):
            out.append(Label(label.cls, True, NAME, f"long paragraph outside the {where}"))
        elif label.cls == GOOD and line.terminal and line.words >= stray_words:
            out.append(Label(label.cls, False, NAME, f"long paragraph past the header that closes the {where} "
                             f"(line {page.lines[closed_at].number}) and more than {STRAY_MAX_LINES_PAST_CLOSER} "
                             "lines after it: a related story's summary, an author's or a site's blurb"))
        else:
            side = "before" if i < first else "after"
            out.append(Label(label.cls, False, NAME, f"{label.cls} line {side} the {where}"))
    return out
