"""The main body span: the run of lines with the largest total evidence of being body, and its growth.

Each line gives evidence for or against being body (prose paragraphs for, in proportion to their
length; menu items, labels and chrome against). The main body is the span with the largest total
evidence: the maximum-sum run of lines (one linear pass, Kadane's algorithm). This is the text
counterpart of Finn et al.'s Body Text Extraction. The run stops at the first line that counts
against, so its edges are adjusted step by step, each step a pure function of the page, its labels,
the lines set aside (teaser runs and comment threads, over which the span does not grow) and the span:
past the headline it took in, over the lines that continue its text, the rows of a list or table,
the repeated sections of a text, the list that its last line announces, and the title and signature
at the page's edges. :mod:`.segmentation` takes these steps, and :mod:`.context` labels the lines in
the light of the span.
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from itertools import groupby
from typing import NamedTuple

from .. import lexicon, native
from ..labels import BAD, GOOD, NEAR, SHORT, Label
from ..page import Line, Page
from .anchors import HEADING_MAX_WORDS, PERMALINK, anchored
from .features import (DATELINE_MAX_WORDS, DATELINE_REASON, HAN_KANA, LINK_LINE_SHARE, LIST_ITEM, TIME_OR_DATE,
                       WIKI_APPENDIX_REASON, list_item, wiki_heading)
from .lexicon import NAME as LEXICON_STAGE
from .repetition import REFRAIN_COPIES

#: Evidence a chrome line gives against the body: one such line breaks a weak run of short lines but
#: not a body that has paragraphs on both sides of it (an "Advertisement" between two paragraphs).
BAD_EVIDENCE = -4.0
#: A header that closes the article ("Related articles", "Comments"): the span does not run past it
#: unless what follows outweighs this by far (an inline "Related" box inside a long article: about
#: ten paragraphs of body on the far side).
CLOSER_EVIDENCE = -150.0
#: A title-like short line (menu item, headline) counts against; a sentence-like one (list item,
#: dialogue line, line of code) slightly for, so lists and poems hold together.
TITLE_LINE_EVIDENCE = -1.0
SENTENCE_LINE_EVIDENCE = 0.5
#: A near-good line without a sentence end is more often a headline than a body line.
HEADLINE_EVIDENCE = -0.5
#: Where headlines are written in sentence case, a short line of this many words or more that opens
#: with a capital and ends no sentence counts as a title line, not as a line of the text, though it holds
#: function words ("Ученые нашли лучшее средство от стресса"): a list of other stories under the
#: article reads so, line after line. A subheading of the article is shorter, or one such line among
#: paragraphs, inside the span either way.
SENTENCE_HEADLINE_MIN_WORDS = 5
#: Where headlines are written in sentence case (see ``language.TITLE_CASE_HEADLINES``), a prose line
#: without a sentence end and of at most this many words reads as a paragraph, but is more often another
#: story's headline or a caption: it counts half its words. A paragraph ends its sentences.
HEADLINE_MAX_WORDS = 25
#: At most this many undecided lines between the span and the first or last line of the page are a
#: title or a signature, not chrome: nothing stands beyond them.
EDGE_LINES = 2
#: An article's headline may stand over its dateline (and the time under it) right above the first
#: paragraph: at most this many dateline lines between them. A byline or a share row under a title says
#: no more than a menu's item would.
HEADLINE_DATELINES = 2
#: ... and of the near class: prose-sized, with function words. Chinese and Japanese headlines are
#: telegraphic, few function words in them ("柯达宣布重组业务结构 未来仍可能申请破产"): there a short line
#: of at least this many Han or kana characters will do. A section's name over the dateline ("娱乐新闻",
#: "财经频道") is shorter.
HAN_HEADLINE_MIN_CHARS = 10
#: A prose line that ends the span with a colon ("I'll sum them up:") announces what follows: the span
#: grows over at most this many prose-like lines under it (the points of a summary, without sentence
#: ends, read as headlines on their own). A line of another class (a byline, a label) ends the list.
ANNOUNCED_MAX_LINES = 12
#: The shape of a line: its first few tokens as word (a), number (9) or punctuation mark; a run of
#: words counts as one word ("June 9 --" and "Sept. 12 --" are both "a9-"; "Art der Aufnahme: Digitalfoto"
#: and "Optik: Teleobjektiv" are both "a:a").
SHAPE_TOKEN = re.compile(r"[^\W\d_][\w.'’-]*|\d+|\S")
SHAPE_TOKENS = 3
#: At least this many lines of one shape with a number or a mark in it, one after the other, are the
#: rows of a list or table (tour dates, a schedule, a spec sheet, an ingredient list): when they touch
#: the body span they continue it. A menu's items ("News", "Sport") have no number or mark to share.
ROW_RUN = 3
#: Rows with a number in their shape (dates, amounts, prices) may also stand one undecided line away
#: from the span: the heading that names the table ("The Doobie Brothers Tour Dates") or an item
#: without an amount ("Mandelsplitter" at the end of an ingredient list), taken in with the rows. Then
#: there must be at least this many of them: a box of a few dated items beside the text (upcoming
#: events, latest posts: five by default) is a heading and a handful of rows as well; the text's own
#: table is longer. Bulleted or numbered items ("+ Diets", "1. Home") never cross a gap: a menu or a
#: breadcrumb printed as a list stands one title away from the text, or one heading after another.
GAP_ROW_RUN = 2 * ROW_RUN
#: A bullet that a renderer prints before a list item ("* 1 tsp cinnamon", "• 200 g flour"; inscriptis
#: marks the items of nested lists "+ " and "o "). The item's text starts after it.
BULLET = re.compile(r"(?:[-*•–·+]|o(?=\s))\s+")


class Span(NamedTuple):
    """The body span first..last, and the lines that its growth took in as the rows of a list or table
    (no menu, whatever their case), as the one line between it and rows beyond it (their heading), as
    the furniture between the posts of a thread (see :mod:`.posts`) and as the items of a listing (see
    :mod:`.entries`)."""

    first: int
    last: int
    rows: frozenset[int] = frozenset()
    gaps: frozenset[int] = frozenset()
    furniture: frozenset[int] = frozenset()
    entries: frozenset[int] = frozenset()


#: Under a header that closes the article ("Hot Network Questions", "Related questions", "Similar threads")
#: a box lists other threads' or stories' titles, one a line: at least this many in a row, each of
#: ``TITLE_MIN_WORDS`` to ``TITLE_LIST_MAX_WORDS`` words and one sentence at most ("Which LEGO set are
#: these bags from?"), with their counters between them ("7"). Many of them end with a question mark and read as prose, and the
#: box outweighs a question and its one answer whose code lines count for little: the span would land
#: on it. Its lines count as chrome lines. A paragraph of two sentences or a longer line ends the box;
#: when the box ends so, not on a chrome line, it stands inside an article that goes on under it (a
#: "More from UK" box of headlines between two paragraphs), and it is left alone.
TITLE_LIST_MIN_LINES = 5
TITLE_LIST_MAX_WORDS = 20
#: A title has at least this many words: a line of code ("pass", "try:") or a name is no title, and a line ending
#: with a colon announces what follows it.
TITLE_MIN_WORDS = 3
#: Titles end with a question mark or with no sentence end; at most this share of them end as a statement
#: does ("Find the circle circumscribed about four circles."). The one-sentence paragraphs of a news
#: story under a header such as "Don't miss" end with full stops.
TITLE_STATEMENT_SHARE = 0.25
#: A sentence end inside a line (". A", "? The"): a paragraph, not a title.
INNER_SENTENCE_END = re.compile(r"[.!?]\s+\w")


def titles_under_closer(page: Page, labels: list[Label]) -> list[bool]:
    """Per line, whether it stands in a list of titles under a header that closes the article (see
    ``TITLE_LIST_MIN_LINES``). Linear: every run is looked at once."""
    out = [False] * len(labels)
    i = 0
    while i < len(labels):
        if not labels[i].closes:
            i += 1
            continue
        j, titles, statements = i + 1, 0, 0
        while j < len(labels) and not labels[j].final and labels[j].keep is not False \
                and labels[j].cls in (SHORT, NEAR, GOOD):
            text = page.lines[j].text
            if not text.isdigit():  # a title's counter (answers, votes) stands between the titles
                if not TITLE_MIN_WORDS <= page.lines[j].words <= TITLE_LIST_MAX_WORDS or text.endswith(":") \
                        or INNER_SENTENCE_END.search(text):
                    break
                titles += 1
                statements += page.lines[j].terminal and not text.endswith("?")
            j += 1
        if titles >= TITLE_LIST_MIN_LINES and statements <= TITLE_STATEMENT_SHARE * titles \
                and (j == len(labels) or labels[j].cls == BAD):
            out[i + 1:j] = [True] * (j - i - 1)
        i = j
    return out


def paragraph(line: Line, label: Label) -> bool:
    """A paragraph of the text: prose (the good class) that ends a sentence."""
    return label.cls == GOOD and line.terminal


def undecided(label: Label) -> bool:
    """A short or near line that no stage has decided: only its neighbours can tell what it is."""
    return label.keep is None and label.cls in (SHORT, NEAR)


def _lead(line: Line) -> str:
    """The first character of a line's text, after the bullet of a list item (see ``BULLET``)."""
    bullet = BULLET.match(line.text)
    return line.text[bullet.end():bullet.end() + 1] if bullet else line.text[:1]


def _sentence_like(line: Line) -> bool:
    """A short line that reads as part of a text rather than as a link: a list item, a line of dialogue,
    a verse, a line of code, a heading with its permalink (see :mod:`.anchors`). An amount that opens
    an item ("1 tsp cinnamon") opens it after a bullet too: renderers differ in printing one."""
    lead = _lead(line)
    return line.terminal or line.code_like or lead.islower() or line.cells >= 2 or (
        line.stopwords > 0 and line.title_share < 0.5 and line.text.lower() != line.text.upper()) or line.digit_share > 0.1 or (
        lead.isdigit() and line.title_share < 0.5) or anchored(line)


def _headline_like(line: Line) -> bool:
    """A short line of a language that writes its headlines in sentence case that reads as another
    story's headline rather than a line of the text: ``SENTENCE_HEADLINE_MIN_WORDS`` words or more from a
    capital, no sentence end, no table cells and few figures (a table row, a spec)."""
    return not line.terminal and line.words >= SENTENCE_HEADLINE_MIN_WORDS and _lead(line).isupper() \
        and line.cells < 2 and line.digit_share <= 0.1


def title_lines(page: Page, labels: list[Label]) -> list[bool]:
    """For each line, whether it is a short line that does not read as part of a text (a menu item, a
    headline), or a link however it reads (see ``LINK_LINE_SHARE``): the evidence and the menu runs both
    ask, so it is worked out once per pass. (Compiled: ``_core.title_lines``.)"""
    if native.core is not None:
        return native.core.title_lines(page.lines, labels, SHORT, LINK_LINE_SHARE, PERMALINK, HEADING_MAX_WORDS)
    return [label.cls == SHORT and (line.linked >= LINK_LINE_SHARE or not _sentence_like(line))
            for line, label in zip(page.lines, labels)]


def evidence(line: Line, label: Label, title_like: bool, sentence_case: bool = False) -> float:
    """What line says for or against the body. ``sentence_case``: the page's headlines are written in
    sentence case (see ``HEADLINE_MAX_WORDS``)."""
    if not line.text:
        # A picture in Markdown (``![](pic.jpg)``, linked or not): a reader sees no text, and renderers of
        # plain text print no line for it. It counts neither for the body nor against it.
        return 0.0
    if label.closes:
        return CLOSER_EVIDENCE
    if label.cls == BAD:
        return BAD_EVIDENCE
    if label.cls == GOOD:
        if sentence_case and not line.terminal and line.words <= HEADLINE_MAX_WORDS:
            return line.words / 2
        return float(line.words)
    if label.cls == NEAR:
        return line.words / 2 if line.terminal else HEADLINE_EVIDENCE
    if title_like or sentence_case and _headline_like(line):
        return TITLE_LINE_EVIDENCE
    return SENTENCE_LINE_EVIDENCE


#: What the compiled evidence of a page's lines (``_core.scores``) reads besides the lines, in its order.
EVIDENCE_PARAMS = (BAD, GOOD, NEAR, BAD_EVIDENCE, CLOSER_EVIDENCE, HEADLINE_EVIDENCE, TITLE_LINE_EVIDENCE,
                   SENTENCE_LINE_EVIDENCE, HEADLINE_MAX_WORDS, SENTENCE_HEADLINE_MIN_WORDS)


def densest_span(scores: list[float]) -> tuple[int, int] | None:
    """(first, last) index of the maximum-sum run of ``scores``, or None when no run sums above zero.
    (Compiled: ``_core.densest_span``.)"""
    if native.core is not None:
        return native.core.densest_span(scores)
    best, best_span = 0.0, None
    total, start = 0.0, 0
    for i, score in enumerate(scores):
        if total <= 0:
            total, start = 0.0, i
        total += score
        if total > best:
            best, best_span = total, (start, i)
    return best_span


def maximal_runs(scores: list[float]) -> list[tuple[int, int, float]]:
    """Every maximal-scoring run of ``scores`` as (first, last, sum), in order: the runs that seeking
    the maximum-sum run, then again on either side of it, and so on, would find, but in one pass
    (Ruzzo and Tompa, 1999). Each run is kept as (first, last, sum of the scores before it, sum up to
    its end, index of the nearest run to its left that starts lower); a new positive score opens a run
    that swallows the runs before it as long as one of them starts lower but ends lower too. The links
    to lower-starting runs make the search for that run amortised constant: linear in all. (Compiled:
    ``_core.maximal_runs``.)"""
    if native.core is not None:
        return native.core.maximal_runs(scores)
    runs: list[tuple[int, int, float, float, int]] = []
    total = 0.0
    for i, score in enumerate(scores):
        if score <= 0:
            total += score
            continue
        first, before, total = i, total, total + score
        while True:
            j = len(runs) - 1
            while j >= 0 and runs[j][2] >= before:
                j = runs[j][4]
            if j >= 0 and runs[j][3] < total:
                first, before = runs[j][0], runs[j][2]
                del runs[j:]
                continue
            runs.append((first, i, before, total, j))
            break
    return [(first, last, end - before) for first, last, before, end, _ in runs]


def _announces(line: Line, label: Label) -> bool:
    """A sentence of the text that ends with a colon ("There are many reasons to have a tree surveyed:",
    "The package includes:"): the list under it is its own, however much its items look like a menu. A
    short label ("About this statement:", "Topics:") heads a box of the site's as often."""
    return line.text.endswith(":") and label.cls in (GOOD, NEAR) and label.keep is not False


def menu_runs(page: Page, labels: list[Label], title_like: list[bool]) -> list[bool]:
    """True for short title-like lines that stand in a run of at least ``menu_run`` such lines (chrome
    lines count in the run; a picture in Markdown, a line without text, is no item and ends it), unless
    a line of the text announces the run (see ``_announces``). (Compiled: ``_core.menu_runs``, for
    ``title_like`` of bools.)"""
    if native.core is not None:
        return native.core.menu_runs(page.lines, labels, title_like, page.config.menu_run, (BAD, GOOD, NEAR))
    flags = [title or label.cls == BAD and not label.keep and bool(line.text)
             for line, title, label in zip(page.lines, title_like, labels)]
    in_run: list[bool] = []
    for flag, run in groupby(flags):
        n, start = len(list(run)), len(in_run)
        announced = start > 0 and _announces(page.lines[start - 1], labels[start - 1]) \
            and labels[start].cls != BAD
        in_run.extend([flag and n >= page.config.menu_run and not announced] * n)
    return in_run


def _continues_text(line: Line, label: Label) -> bool:
    """A line that carries on the text next to it rather than starting something new: it ends a
    sentence or a clause, starts lower-case, or is a line of code, a table row, a list item (a
    renderer's bullet makes none: see ``features.RENDERED_BULLET``) or an anchored heading. The body span
    grows over such lines at its edges (a poem's last verses, a recipe's ingredient list, the title of
    a documentation page)."""
    if label.cls == BAD or label.keep is not None and not label.keep:
        return False
    return (line.terminal or line.text.endswith(",") or _lead(line).islower() or line.code_like
            or line.cells >= 2 or list_item(line.text) or anchored(line))


def shape(text: str) -> str:
    """The shape of a line's text (see ``SHAPE_TOKEN``): rows of one list or table share it. (Compiled:
    ``_core.shape``: a paragraph is read to its end when it holds only words.)"""
    if native.core is not None:
        return native.core.shape(text, SHAPE_TOKENS)
    out: list[str] = []
    for match in SHAPE_TOKEN.finditer(text):  # only the first few tokens: stop as soon as they are read
        tok = match.group()
        sym = "a" if tok[0].isalpha() else "9" if tok[0].isdigit() else tok[0]
        if not (sym == "a" and out and out[-1] == "a"):
            out.append(sym)
            if len(out) == SHAPE_TOKENS:
                break
    return "".join(out)


def _row_run(page: Page, labels: list[Label], start: int, step: int) -> int:
    """How many undecided lines from ``start`` on (going by ``step``) share one shape that has a number
    or a mark in it; 0 when fewer than ``ROW_RUN`` do. A short row that the features stage took for
    chrome (a tour date with two dashes read as a breadcrumb) is crossed when undecided rows of the same
    shape stand on both sides of it: one misread row does not end the table."""
    if not 0 <= start < len(labels) or not undecided(labels[start]):
        return 0
    common = shape(page.lines[start].text)
    if not common.strip("a"):
        return 0

    def row(k: int) -> bool:
        return 0 <= k < len(labels) and undecided(labels[k]) and shape(page.lines[k].text) == common

    i = start
    while row(i) or 0 <= i < len(labels) and labels[i].cls == BAD and not labels[i].final \
            and page.lines[i].words < page.config.long_words and shape(page.lines[i].text) == common \
            and row(i + step):
        i += step
    n = abs(i - start)
    return n if n >= ROW_RUN else 0


def _row_gap(page: Page, labels: list[Label], aside: list[bool], start: int, step: int) -> int | None:
    """How many lines from ``start`` on (going by ``step``) stand between the span and a run of rows:
    0 when the rows touch it, 1 when one undecided line that is no teaser or comment does and the rows
    beyond it qualify (see ``GAP_ROW_RUN``); None when there are no such rows."""
    if _row_run(page, labels, start, step):
        return 0
    if not (0 <= start < len(labels) and undecided(labels[start]) and not aside[start]):
        return None
    beyond = start + step
    if 0 <= beyond < len(labels) and _row_run(page, labels, beyond, step) >= GAP_ROW_RUN \
            and "9" in shape(page.lines[beyond].text) and LIST_ITEM.match(page.lines[beyond].text) is None:
        return 1
    return None


def without_headline(page: Page, labels: list[Label], span: Span) -> Span:
    """The span without the article's headline, which it took in as a sentence-like line: a line of
    three words or more without a sentence end right above the first paragraph."""
    first = span.first
    if first < span.last and labels[first].cls in (SHORT, NEAR) and labels[first + 1].cls == GOOD \
            and not page.lines[first].terminal and page.lines[first].words >= 3 \
            and not anchored(page.lines[first]):
        return span._replace(first=first + 1)
    return span


def grown_over_text(page: Page, labels: list[Label], aside: list[bool], span: Span) -> Span:
    """The span grown at both edges over lines that continue its text (see :func:`_continues_text`)."""
    first, last = span.first, span.last
    while first > 0 and not aside[first - 1] and _continues_text(page.lines[first - 1], labels[first - 1]):
        first -= 1
    while last + 1 < len(labels) and not aside[last + 1] \
            and _continues_text(page.lines[last + 1], labels[last + 1]):
        last += 1
    return span._replace(first=first, last=last)


def grown_over_rows(page: Page, labels: list[Label], aside: list[bool], span: Span) -> Span:
    """The span grown at both edges over the rows of lists or tables that touch it or stand one line
    away (see ``GAP_ROW_RUN``), and over the lines that continue the text past each run of them."""
    first, last = span.first, span.last
    rows, gaps = set(span.rows), set(span.gaps)
    while (gap := _row_gap(page, labels, aside, first - 1, -1)) is not None:
        gaps.update(range(first - gap, first))
        n = _row_run(page, labels, first - 1 - gap, -1)
        rows.update(range(first - gap - n, first - gap))
        first -= gap + n
        while first > 0 and _continues_text(page.lines[first - 1], labels[first - 1]):
            first -= 1
    while (gap := _row_gap(page, labels, aside, last + 1, 1)) is not None:
        gaps.update(range(last + 1, last + 1 + gap))
        n = _row_run(page, labels, last + 1 + gap, 1)
        rows.update(range(last + 1 + gap, last + 1 + gap + n))
        last += gap + n
        while last + 1 < len(labels) and _continues_text(page.lines[last + 1], labels[last + 1]):
            last += 1
    return Span(first, last, frozenset(rows), frozenset(gaps))


#: At most this many lines between the span's end and a wiki's appendix heading are the article's last
#: section: a few list items, a table; the wiki's chrome comes after the heading, not before it.
WIKI_LAST_SECTION_MAX_LINES = 40


def grown_to_appendix(page: Page, labels: list[Label], aside: list[bool], span: Span) -> Span:
    """The span of a wiki article (it holds a section heading with its edit link, "History[edit]")
    grown at its end up to the wiki's appendix heading ("References[edit]", see
    ``features.WIKI_APPENDIX_REASON``) or the end of the page, when either follows closely: the lines
    in between are the article's last section (a list of software with its links, a discography),
    which reads as links and titles line by line. The end of the page counts as well because the
    re-check pass sees the kept lines only, without the heading. Nothing the lexicon, a teaser run or
    a comment thread set aside may stand in between; chrome on its own evidence stays dropped."""
    last, end = span.last, len(labels)  # end: the appendix heading, or the end of the page
    for i in range(last + 1, len(labels)):
        label = labels[i]
        if i - last > WIKI_LAST_SECTION_MAX_LINES or label.final or aside[i] or (
                label.closes and label.reason != WIKI_APPENDIX_REASON):
            return span
        if label.closes:
            end = i
            break
    if end == last + 1 or not any(wiki_heading(page.lines[i]) for i in range(span.first, last + 1)):
        return span
    return span._replace(last=end - 1)


def grown_over_refrains(page: Page, labels: list[Label], aside: list[bool], span: Span) -> Span:
    """The span grown at both edges over undecided lines that repeat, two by two, pairs of lines it
    already holds at least ``REFRAIN_COPIES - 1`` times: a text made of sections that repeat their lines
    (a meal plan's "Nighttime Supplement / 30 minutes before bed" under every day) ends with one more
    section of the same lines, which the span took in for every day but the last. A single label
    printed between the paragraphs and once more after them ("Advert") is no section, and stays out."""
    first, last = span.first, span.last
    lines = page.lines
    pairs: Counter | None = None

    def free(i: int) -> bool:
        return 0 <= i < len(labels) and not aside[i] and undecided(labels[i])

    def repeated(a: int, b: int) -> bool:
        # The span's pairs are counted when first asked for: most spans have no free line at either edge.
        nonlocal pairs
        if pairs is None:
            texts = [line.text for line in lines[first:last + 1]]
            pairs = Counter(zip(texts, texts[1:]))
        return pairs[lines[a].text, lines[b].text] >= REFRAIN_COPIES - 1

    end = last
    while free(end + 1) and free(end + 2) and repeated(end + 1, end + 2) or end > last and free(end + 1) \
            and repeated(end, end + 1):
        end += 1
    start = first
    while free(start - 1) and free(start - 2) and repeated(start - 2, start - 1) or start < first \
            and free(start - 1) and repeated(start - 1, start):
        start -= 1
    return span._replace(first=start, last=end)


def grown_over_announced(page: Page, labels: list[Label], aside: list[bool], span: Span) -> Span:
    """The span grown over the list that its last line announces (see ``ANNOUNCED_MAX_LINES``)."""
    last = span.last
    if page.lines[last].text.endswith(":") and labels[last].cls in (GOOD, NEAR):
        announced = last + ANNOUNCED_MAX_LINES
        while last < announced and last + 1 < len(labels) and labels[last + 1].cls == NEAR \
                and undecided(labels[last + 1]) and not aside[last + 1]:
            last += 1
    return span._replace(last=last)


#: A listing that the site splits over several pages prints its items, one a line (a blog's post titles,
#: a category's recipes), right above the pager that leads to the next page ("1 2 Next", "Page 1",
#: "« Previous 1 2 3 Next »"). A menu, a footer's link columns and a headline river after an article end
#: in no pager: the pager numbers the pages of the list above it. At least this many items, each of
#: ``PAGED_ITEM_MIN_WORDS`` words or more (a menu's items are one word or two as often); a box of the
#: three latest posts over a pager is a widget.
PAGED_LIST_MIN_ITEMS = 5
PAGED_ITEM_MIN_WORDS = 2
#: The pager may print its page links as chrome of the lexicon first ("Page 1", "Page 2", "Page 3", then
#: "Go to Next Page »"): at most this many lines of it before the pager line that stays with the list.
#: That line stays so that the pass over the kept lines sees the list end at its pager again.
PAGER_CHROME_LINES = 4
#: A pager's words (``data/pager_words.txt``): a page number and a step or the word for a page ("1 2
#: Previous", "Page 2 of 5"), or the word for a page and a step ("Go to Next Page »"), and nothing but
#: numbers, these, the words beside them and arrows. A calendar's week is numbers alone ("1 2 3 4 5 6 7"),
#: under the month's name: no pager.
PAGER_MAX_WORDS = 20
PAGER_MARKS = "«»‹›…|·/,.:<>-–"


@functools.lru_cache(maxsize=1)
def pager_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(steps, words for a page, words beside them) from data/pager_words.txt."""
    steps: set[str] = set()
    pages: set[str] = set()
    fillers: set[str] = set()
    for line in lexicon.data_lines("pager_words.txt"):
        kind = {"@": pages, "~": fillers}.get(line[0], steps)
        kind.update(line.lstrip("@~").split())
    return frozenset(steps), frozenset(pages), frozenset(fillers)


def pager(text: str) -> bool:
    """A pager (see ``PAGER_MAX_WORDS``): "1 2 Previous", "Page 2 of 5", "« Previous 1 2 3 Next »"."""
    steps, pages, fillers = pager_words()
    tokens = [token for token in (token.strip(PAGER_MARKS).lower() for token in text.split()) if token]
    if not tokens or len(tokens) > PAGER_MAX_WORDS or not all(
            token in steps or token in pages or token in fillers or token.isdigit() and len(token) <= 4
            for token in tokens):
        return False
    words = set(tokens)
    return any(token.isdigit() for token in tokens) and bool(words & (steps | pages)) or bool(
        words & pages and words & steps)


def grown_over_paged_list(page: Page, labels: list[Label], aside: list[bool], span: Span) -> Span:
    """The span grown at its end over the items of a listing that runs down to its pager (see
    ``PAGED_LIST_MIN_ITEMS``). The items and the pager line become rows of the span (no menu, whatever
    their case)."""
    last = span.last
    end = last
    while end + 1 < len(labels) and undecided(labels[end + 1]) and not aside[end + 1] \
            and page.lines[end + 1].words >= PAGED_ITEM_MIN_WORDS and not pager(page.lines[end + 1].text):
        end += 1
    if end - last < PAGED_LIST_MIN_ITEMS:
        return span
    at = end + 1
    while at < len(labels) and at - end <= PAGER_CHROME_LINES and labels[at].final and not labels[at].closes:
        at += 1
    if at == len(labels) or labels[at].final or aside[at] or not pager(page.lines[at].text):
        return span
    return span._replace(last=at, rows=span.rows | frozenset(range(last + 1, at + 1)))


def _colon_lines(lines: tuple[Line, ...], first: int, stop: int) -> list[int]:
    """The lines among ``first``..``stop`` - 1 that end with a colon. (Compiled: ``_core.colon_lines``.)"""
    if native.core is not None:
        return native.core.colon_lines(lines, first, stop)
    return [i for i in range(max(first, 0), min(stop, len(lines))) if lines[i].text.endswith(":")]


def with_announced_rows(page: Page, labels: list[Label], span: Span) -> Span:
    """Inside the span, rows of one shape that a line announces ("The tour dates:") are a list, not a
    menu, and so are the few short items under a label of the text ("Topics include:", "What's in the
    box:", "Key features:"; see ``LABELLED_LIST_MAX_ITEMS``)."""
    rows = set(span.rows)
    after = span.first  # the lines of a run taken in announce no run of their own
    for i in _colon_lines(page.lines, span.first, span.last):
        if i >= after and labels[i].cls != BAD:
            n = _row_run(page, labels, i + 1, 1) or _labelled_list(labels, i + 1, span.last)
            rows.update(range(i + 1, i + 1 + n))
            after = i + n + 1
    return span._replace(rows=frozenset(rows))


#: A short label with a colon inside the span ("Topics include:", "Includes:", "Pros:") over a menu run of
#: short items: the text's list of what a product holds or a course covers, at most this many items, and
#: the text goes on inside the span after them. A menu inside the span under a label ("Filter:", a site's
#: "Categories:") runs on longer, to the span's end, or into chrome (a box of links under "Sources:"
#: over "Share this article").
LABELLED_LIST_MAX_ITEMS = 15


def _labelled_list(labels: list[Label], start: int, last: int) -> int:
    """How many short undecided lines of a menu run from ``start`` on make the list that the label above
    announces (see ``LABELLED_LIST_MAX_ITEMS``); 0 when they are no such list."""
    end = start
    while end <= last and labels[end].menu and labels[end].cls == SHORT and undecided(labels[end]):
        end += 1
    listed = 0 < end - start <= LABELLED_LIST_MAX_ITEMS and end <= last and labels[end].cls != BAD
    return end - start if listed else 0


def with_page_edges(page: Page, labels: list[Label], span: Span) -> Span:
    """Between the span and the edge of the page there is no room for a menu: the span takes in the
    text's own title above it and the signature under a letter's "Yours sincerely," below it (see
    ``EDGE_LINES``)."""
    first, last = span.first, span.last
    if 0 < first <= EDGE_LINES and all(undecided(labels[i]) for i in range(first)):
        first = 0
    if len(labels) - 1 - EDGE_LINES <= last < len(labels) - 1 and page.lines[last].text.endswith(",") and all(
            undecided(labels[i]) for i in range(last + 1, len(labels))):
        last = len(labels) - 1
    return span._replace(first=first, last=last)


def _stamp(line: Line, label: Label) -> bool:
    """A dateline, or a short chrome line of the lexicon with a clock time or a numeric date in it."""
    return label.cls == BAD and label.reason == DATELINE_REASON or (
        label.stage == LEXICON_STAGE and label.keep is False and not label.closes
        and line.words <= DATELINE_MAX_WORDS and TIME_OR_DATE.search(line.text) is not None)


def with_headline_over_dateline(page: Page, labels: list[Label], aside: list[bool], span: Span) -> Span:
    """The span takes in the article's headline over its dateline: a line of the near class (prose-sized,
    function words, no sentence end: "Na cukrzycę cierpi już 366 mln ludzi na świecie") that stands
    right above one or two dateline lines (see ``HEADLINE_DATELINES``) right above the span's first
    line. A menu's item or a section's name is too short to be near, and another story's headline over
    its date is a teaser the block judges set aside; the datelines themselves stay chrome. A source
    line of the lexicon with its stamp ("Source: Example News 07/11/11-11:07") is a dateline here. In
    Chinese and Japanese a short line of a headline's length is one too (see ``HAN_HEADLINE_MIN_CHARS``)."""
    i = span.first - 1
    while i >= 0 and span.first - i <= HEADLINE_DATELINES and _stamp(page.lines[i], labels[i]):
        i -= 1
    if i < span.first - 1 and i >= 0 and undecided(labels[i]) and not aside[i] and not page.lines[i].terminal \
            and (labels[i].cls == NEAR or len(HAN_KANA.findall(page.lines[i].text)) >= HAN_HEADLINE_MIN_CHARS):
        return span._replace(first=i)
    return span


#: A copyright line: the sign or a year ("© 2025 Example Inc. All rights reserved", "Copyright 1995 -
#: 2025. Example Company"), in any language. A site's footer may print a note or two between its links
#: and its copyright line (an accessibility statement, the company's address): at most this many lines.
COPYRIGHT_MARK = re.compile(r"©|\([cC]\)|(?<!\d)(?:19|20)\d\d(?!\d)")
FOOTER_NOTE_LINES = 2


def before_footer(page: Page, labels: list[Label], closing: list[bool], menus: list[bool], span: Span) -> Span:
    """The span ends before a copyright line that closes the article (see :data:`CLOSER_EVIDENCE`) under
    a menu run (see :func:`menu_runs`: the footer's links and chrome lines), a footer's note or two
    between them at most (see ``FOOTER_NOTE_LINES``), once a paragraph of the span stands above it:
    "© 2025 Example Inc. All rights reserved" under the site's links ends the page's text. What follows
    it (a shop's refund and privacy policies, a sign-up dialog, a republishing notice) may outweigh any
    closing header but is no text going on. Other closing headers under a menu run may stand above the
    article ("Dodaj komentarz" in the toolbar under its byline) and are left to the span's evidence; a
    photo's credit ("Photo: © Example") follows a paragraph, not a menu."""
    seen_paragraph = False
    for i in range(span.first, span.last + 1):
        if closing[i] and seen_paragraph and COPYRIGHT_MARK.search(page.lines[i].text) \
                and any(menus[max(i - 1 - FOOTER_NOTE_LINES, 0):i]):
            return span._replace(last=i - 1)
        seen_paragraph = seen_paragraph or labels[i].cls == GOOD and page.lines[i].terminal
    return span
