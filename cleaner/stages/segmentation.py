"""Segmentation: the page's body spans, and the part of its span each line stands in.

The main body is the span with the largest total evidence of being body (:mod:`.span`). This is the
text counterpart of Finn et al.'s Body Text Extraction. The stage finds it in steps, each a pure
function of the page, its labels, the lines set aside and the span, and records what it found on the
labels; it decides no line (the context stage does, in the light of the spans: :mod:`.context`).

The steps:

- the evidence of every line (:func:`.span.evidence`), in which the blocks that the judges before it
  recorded count: a block of furniture between two posts of a thread (:mod:`.posts`) as neither body
  nor chrome, so that a thread of short posts adds up as one text; a list of titles under a header
  that closes the article (:mod:`.titles`) and the lines of an inline box of links (:mod:`.boxes`) as
  chrome lines; a title-like line (:mod:`.menus`) against the body;
- the densest run, or the article above its first closing header when what follows the header
  outweighs it (``_article_before_closer``), cut before a closing header that only a comment thread
  outweighs (``_cut_at_unearned_closer``);
- ended before a footer's copyright line under its links (:func:`.span.before_footer`), past the
  headline it took in (:func:`.span.without_headline`);
- without the list of other stories' headlines it swallowed at its end (:mod:`.tail`): the run's
  lines are set aside, their reason recorded as their :attr:`Label.aside`;
- grown over the lines that continue its text, the rows of a list or table, a listing's run of
  alike multi-line entries beside an intro (:mod:`.entries`: their lines are recorded as
  :attr:`Label.entry`), the repeated sections of a text, the list its last line announces, the short
  items a label of the text announces inside it ("Topics include:"), a listing's items one a line
  down to its pager ("1 2 Next »") (:mod:`.span`), over a forum thread's posts without the
  furniture between them (:func:`.posts.thread_posts`: their lines are recorded as
  :attr:`Label.furniture`), to a wiki's appendix, with the title and signature at the page's edges and
  the headline over the dateline;
- further spans, strong and nearly free of chrome, before and after it (``_other_spans``): the rest
  of a text split by a block of chrome.

What the block judges set aside before this stage (teaser runs, comment threads, boxes of links: see
:attr:`Label.aside`) keeps its prose's evidence but the span does not grow over it. Every line of a
span names it as its block (:attr:`Label.block`) and its part in it (:attr:`Label.part`, one of
``PARTS``); the first header that closes the article after the main span is its part ``CLOSER``.
"""
from __future__ import annotations

from typing import NamedTuple

from .. import language, native
from ..labels import BAD, GOOD, NEAR, Label, recorded
from ..page import Page
from .boxes import BOX_HEADLINE_MIN_WORDS, INLINE_BOX_PREFIX
from .closers import BUTTON_REASON
from .comments import REASON as COMMENT_REASON
from .entries import with_entries
from .posts import thread_posts
from .span import (BAD_EVIDENCE, CLOSER_EVIDENCE, EVIDENCE_PARAMS, Span, before_footer, densest_span, evidence,
                   grown_over_announced, grown_over_paged_list, grown_over_refrains, grown_over_rows, grown_over_text,
                   grown_to_appendix, maximal_runs, undecided, with_announced_rows, with_headline_over_dateline,
                   with_page_edges, without_headline)
from .tail import trailing_run

NAME = "segmentation"
#: The names of the blocks, as explanations print them (see :attr:`Label.block`).
BODY_SPAN = "body span, lines {first}-{last}"
FURTHER_SPAN = "further body span, lines {first}-{last}"
#: A line's part of its span (:attr:`Label.part`). In the main span: the one line between the span and
#: the rows of a list or table beyond it (their heading), the text's title above its first paragraph and
#: the signature under its closing line at the page's edges, and any other line of it; a line of a
#: further span; and the first header that closes the article after the main span, which stands in no
#: span. The rows that the span's growth took in (no menu, whatever their case) are marked apart
#: (:attr:`Label.row`): the rows a line of the span announces may run on past its end.
GAP, TITLE, SIGNATURE, BODY, FURTHER, CLOSER = "gap", "title", "signature", "body", "further", "closer"
PARTS = (GAP, TITLE, SIGNATURE, BODY, FURTHER, CLOSER)
#: The parts of the main span.
MAIN_PARTS = frozenset((GAP, TITLE, SIGNATURE, BODY))

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


class Columns(NamedTuple):
    """What the stage reads of each line's label, a list per field."""

    aside: Aside
    boxed: list[bool]       # a line of an inline box of links (its header or a link: see :mod:`.boxes`)
    closing: list[bool]     # a header that closes the article, outside such a box
    title_like: list[bool]  # see :attr:`Label.title_like`
    menus: list[bool]       # see :attr:`Label.menu`


def _columns(labels: list[Label]) -> Columns:
    """The labels' fields that the stage reads, per line. (Compiled: ``_core.span_columns``, one pass
    over the labels.)"""
    if native.core is not None:
        teasers, threads, flags, boxed, closing, title_like, menus = native.core.span_columns(
            labels, COMMENT_REASON, INLINE_BOX_PREFIX)
        return Columns(Aside(teasers, threads, flags), boxed, closing, title_like, menus)
    asides = [label.aside for label in labels]  # most are "": no call for them
    threads = [aside if aside and aside.startswith(COMMENT_REASON) else "" for aside in asides]
    teasers = ["" if thread else aside for aside, thread in zip(asides, threads)]
    boxed = [aside != "" and aside.startswith(INLINE_BOX_PREFIX) for aside in asides]
    return Columns(Aside(teasers, threads, [bool(aside) for aside in asides]), boxed,
                   [label.closes and not box for label, box in zip(labels, boxed)],
                   [label.title_like for label in labels], [label.menu for label in labels])


def _next_closer(closing: list[bool], start: int, stop: int) -> int:
    """The first closing header among lines ``start``..``stop`` - 1: ``stop`` when there is none. (One
    search of the flags, not a test per line.)"""
    try:
        return closing.index(True, start, stop)
    except ValueError:
        return stop


def _other_spans(labels: list[Label], closing: list[bool], scores: list[float], first: int, last: int
                 ) -> list[tuple[int, int]]:
    """The maximal runs of evidence before the main span and after it (up to the header that closes
    the article) that are strong enough and nearly free of chrome to be further parts of the page's
    text: an article split in two by an inline box, the sections or items of a page that has several."""
    stop = _next_closer(closing, last + 1, len(labels))
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
    first_closer = _next_closer(closing, 0, found[0])
    if first_closer == found[0] or _heads_links_over_text(page, labels, aside, first_closer):
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
    """Each line's evidence; an inline box's header and links count as one chrome line each, and so does
    a title listed under a closing header (:mod:`.titles`); the furniture between two posts of a thread
    and a button under every entry of a listing (:data:`.closers.BUTTON_REASON`) count as neither body
    nor chrome. (Compiled: ``_core.scores``.)"""
    sentence_case = page.lang is not None and page.lang not in language.TITLE_CASE_HEADLINES
    if native.core is not None:
        return native.core.scores(page.lines, labels, boxed, title_like, sentence_case, EVIDENCE_PARAMS,
                                  BUTTON_REASON)
    return [0.0 if label.between_posts or label.reason == BUTTON_REASON else BAD_EVIDENCE if box or label.listed
            else evidence(line, label, title, sentence_case)
            for line, label, title, box in zip(page.lines, labels, title_like, boxed)]


def _without_tail(page: Page, labels: list[Label], menus: list[bool], aside: Aside, span: Span
                  ) -> tuple[Aside, range, Span]:
    """The span may run on over a list of other stories after the article (see :mod:`.tail`): its
    lines (returned too) are set aside and the span ends before them."""
    tail = trailing_run(page, labels, menus, span.first, span.last)
    if tail is None:
        return aside, range(0), span
    (start, reason), end = tail, span.last + 1
    n = end - start
    return Aside(aside.teasers[:start] + [reason] * n + aside.teasers[end:], aside.threads,
                 aside.flags[:start] + [True] * n + aside.flags[end:]), range(start, end), \
        span._replace(last=start - 1)


def run(page: Page, labels: list[Label]) -> list[Label]:
    """Find the densest span, adjust its edges step by step, find the further spans, and record them on
    the labels. A page without a body paragraph has no span: its labels stay as they are."""
    aside, boxed, closing, title_like, menus = _columns(labels)
    scores = _scores(page, labels, boxed, title_like)
    found = densest_span(scores)
    if found is None:
        return list(labels)
    found = _article_before_closer(page, labels, scores, closing, aside.flags, found)
    found = _cut_at_unearned_closer(scores, closing, aside.threads, found)
    body = without_headline(page, labels, before_footer(page, labels, closing, menus, Span(*found)))
    aside, trailing, body = _without_tail(page, labels, menus, aside, body)
    body = grown_over_text(page, labels, aside.flags, body)
    body = grown_over_rows(page, labels, aside.flags, body)
    body = with_entries(page, labels, aside.flags, body)
    body = grown_over_refrains(page, labels, aside.flags, body)
    body = grown_over_announced(page, labels, aside.flags, body)
    body = grown_over_paged_list(page, labels, aside.flags, body)
    first, last, furniture = thread_posts(page, labels, aside.flags, body.first, body.last)
    body = body._replace(first=first, last=last, furniture=furniture)
    body = with_announced_rows(page, labels, body)
    body = grown_to_appendix(page, labels, aside.flags, body)
    span = with_headline_over_dateline(page, labels, aside.flags, with_page_edges(page, labels, body))
    others = _other_spans(labels, closing, scores, span.first, span.last)
    return _recorded(page, labels, aside, trailing, closing, body, span, others)


def _recorded(page: Page, labels: list[Label], aside: Aside, trailing: range, closing: list[bool], body: Span,
              span: Span, others: list[tuple[int, int]]) -> list[Label]:
    """``labels`` with the spans recorded: ``body`` is the span that the text's paragraphs hold, ``span``
    the same with the title and signature at the page's edges. Every line of a span gets its name as its
    block and its part, and every row the span took in is marked; the lines of a trailing headline run
    ``trailing`` get its reason as their aside (a comment thread's line keeps its own); the furniture between the
    posts the span grew over is recorded. (Compiled: ``_core.spans_recorded``, which builds each label at
    once.)"""
    first, last, rows, gaps, furniture, entries = span
    where = BODY_SPAN.format(first=page.lines[first].number, last=page.lines[last].number)
    further_spans = [(a, b, FURTHER_SPAN.format(first=page.lines[a].number, last=page.lines[b].number))
                     for a, b in others]
    closer = _next_closer(closing, last + 1, len(labels))  # len(labels): none
    if native.core is not None:
        return native.core.spans_recorded(labels, Label, Label._fields.index("aside"), aside.threads, aside.teasers,
                                          span, body.first, body.last, where, further_spans,
                                          closer if closer < len(labels) else -1, trailing.start, trailing.stop, PARTS)
    blocks, parts = {}, {}
    for i in range(first, last + 1):
        blocks[i] = where
        parts[i] = GAP if i in gaps else TITLE if i < body.first else SIGNATURE if i > body.last else BODY
    for a, b, further in further_spans:
        for i in range(a, b + 1):
            blocks[i], parts[i] = further, FURTHER
    if closer < len(labels):
        parts[closer] = CLOSER
    found = {i: (aside.threads[i] or aside.teasers[i], blocks.get(i, ""), parts.get(i, ""), i in rows, i in entries,
                 labels[i].furniture or i in furniture)
             for i in (*parts, *rows, *entries, *furniture, *trailing)}
    return recorded(labels, ("aside", "block", "part", "row", "entry", "furniture"), found)
