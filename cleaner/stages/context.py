"""Revision by neighbours: find the main body span and judge every undecided line in its light.

Each line gives evidence for or against being body (prose paragraphs for, in proportion to their
length; menu items, labels and chrome against). The main body is the span with the largest total
evidence: the maximum-sum run of lines (one linear pass, Kadane's algorithm). This is the text
counterpart of Finn et al.'s Body Text Extraction: a short line *inside* that span is probably a
subheading or a list item and stays; the same line inside a run of twenty short lines at the top is a
menu and goes, and so do the headline lists and footers after the span. A run of teaser items
(:mod:`.teasers`: headline, byline or date and a one-sentence summary, repeated) goes wherever it is;
a list of other stories' headlines that the span swallowed at its end is trimmed off it (:mod:`.tail`),
and so are the author's bio and the site's blurb after its last paragraph (:mod:`.blurbs`).
"""
from __future__ import annotations

import re
from collections import Counter
from itertools import groupby
from typing import NamedTuple

from ..labels import BAD, GOOD, NEAR, SHORT, Label
from ..page import Line, Page
from .anchors import anchored
from .blurbs import REASON as BLURB_REASON, paragraph, trailing_blurbs
from .code import NAME as CODE_STAGE, REASON as CODE_REASON
from .comments import REASON as COMMENT_REASON, comment_threads
from .features import LIST_ITEM
from .lexicon import NAME as LEXICON_STAGE
from .repetition import REFRAIN_COPIES
from .tail import trailing_run
from .teasers import TRUNCATED, teaser_runs

NAME = "context"

#: Evidence a chrome line gives against the body: one such line breaks a weak run of short lines but
#: not a body that has paragraphs on both sides of it (an "Advertisement" between two paragraphs).
BAD_EVIDENCE = -4.0
#: A header that closes the article ("Related articles", "Comments"): the span does not run past it
#: unless what follows outweighs this by far (an inline "Related" box inside a long article: about
#: ten paragraphs of body on the far side).
CLOSER_EVIDENCE = -150.0
#: Such a header inside the article heads an inline box of links ("Related articles", "Don't miss",
#: then two or three headlines) when at most this many headline links stand under it, each of at
#: least ``BOX_HEADLINE_MIN_WORDS`` words and without a sentence end (or cut short by the site: see
#: :data:`.teasers.TRUNCATED`), between paragraphs of prose: one above the header and two right under
#: the links, so the article goes on. The header then counts as one chrome line, and its links go. A
#: thread's commenter name is shorter, a header that a paragraph follows at once heads no box, and a
#: teaser list has a headline between its summaries.
#: Boxes may stand one under the other ("Related", two links, "Related", two links): the second
#: header, right under the first box's links, is part of the same inline block.
INLINE_BOX_MAX_LINES = 4
BOX_HEADLINE_MIN_WORDS = 3
#: The paragraph above the box may stand this many lines above its header: a caption or a "Read more:"
#: link may come between.
BOX_PROSE_ABOVE_MAX_LINES = 3
#: A title-like short line (menu item, headline) counts against; a sentence-like one (list item,
#: dialogue line, line of code) slightly for, so lists and poems hold together.
TITLE_LINE_EVIDENCE = -1.0
SENTENCE_LINE_EVIDENCE = 0.5
#: A near-good line without a sentence end is more often a headline than a body line.
HEADLINE_EVIDENCE = -0.5
#: At most this many undecided lines between the span and the first or last line of the page are a
#: title or a signature, not chrome: nothing stands beyond them.
EDGE_LINES = 2
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
#: A second body span outside the main one (an article split in two by an inline "Related" box or a
#: sign-up form) is kept when its evidence reaches this total, about four full paragraphs of prose...
SECOND_SPAN_EVIDENCE = 100.0
#: ... and at most this share of its lines is chrome: a teaser list (headline, summary, "Read more",
#: over and over) can add up to as much evidence, but every entry brings its own chrome line.
SECOND_SPAN_MAX_CHROME = 0.15


#: A bullet that a renderer prints before a list item ("* 1 tsp cinnamon", "• 200 g flour").
BULLET = re.compile(r"[-*•–·]\s+")


class Aside(NamedTuple):
    """The lines that go whatever the span, and why. Their prose keeps its evidence for the span
    (giving teasers none cut tables and lists that stand between the article and its teasers), but the
    span does not grow over them, and they go once it is found."""

    teasers: list[str]  # per line, why it stands in a teaser run or a trailing headline run ("": it does not)
    threads: list[int]  # per line, the number of comments of the thread it stands in (0: none)
    flags: list[bool]   # per line, either


def _aside(page: Page, labels: list[Label]) -> Aside:
    teasers = teaser_runs(page, labels)
    threads = comment_threads(page, labels)
    return Aside(teasers, threads, [bool(t or c) for t, c in zip(teasers, threads)])


class Span(NamedTuple):
    """The body span first..last, and the lines that its growth took in as the rows of a list or table
    (no menu, whatever their case) and as the one line between it and rows beyond it (their heading)."""

    first: int
    last: int
    rows: frozenset[int] = frozenset()
    gaps: frozenset[int] = frozenset()


def _sentence_like(line: Line) -> bool:
    """A short line that reads as part of a text rather than as a link: a list item, a line of dialogue,
    a verse, a line of code, a heading with its permalink (see :mod:`.anchors`). An amount that opens
    an item ("1 tsp cinnamon") opens it after a bullet too: renderers differ in printing one."""
    bullet = BULLET.match(line.text)
    lead = line.text[bullet.end():bullet.end() + 1] if bullet else line.text[:1]
    return line.terminal or line.code_like or line.text[:1].islower() or line.cells >= 2 or (
        line.stopwords > 0 and line.title_share < 0.5) or line.digit_share > 0.1 or (
        lead.isdigit() and line.title_share < 0.5) or anchored(line)


def _continues_text(line: Line, label: Label) -> bool:
    """A line that carries on the text next to it rather than starting something new: it ends a
    sentence or a clause, starts lower-case, or is a line of code, a table row, a list item or an
    anchored heading. The body span grows over such lines at its edges (a poem's last verses, a
    recipe's ingredient list, the title of a documentation page)."""
    if label.cls == BAD or label.keep is not None and not label.keep:
        return False
    return (line.terminal or line.text.endswith(",") or line.text[:1].islower() or line.code_like
            or line.cells >= 2 or LIST_ITEM.match(line.text) is not None or anchored(line))


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


def shape(text: str) -> str:
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
    if not 0 <= start < len(labels) or not _undecided(labels[start]):
        return 0
    common = shape(page.lines[start].text)
    if not common.strip("a"):
        return 0

    def row(k: int) -> bool:
        return 0 <= k < len(labels) and _undecided(labels[k]) and shape(page.lines[k].text) == common

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
    if not (0 <= start < len(labels) and _undecided(labels[start]) and not aside[start]):
        return None
    beyond = start + step
    if 0 <= beyond < len(labels) and _row_run(page, labels, beyond, step) >= GAP_ROW_RUN \
            and "9" in shape(page.lines[beyond].text) and LIST_ITEM.match(page.lines[beyond].text) is None:
        return 1
    return None


def _grown_over_refrains(page: Page, labels: list[Label], aside: Aside, span: Span) -> Span:
    """The span grown at both edges over undecided lines that repeat, two by two, pairs of lines it
    already holds at least ``REFRAIN_COPIES - 1`` times: a text made of sections that repeat their lines
    (a meal plan's "Nighttime Supplement / 30 minutes before bed" under every day) ends with one more
    section of the same lines, which the span took in for every day but the last. A single label
    printed between the paragraphs and once more after them ("Advert") is no section, and stays out."""
    first, last = span.first, span.last
    texts = [line.text for line in page.lines]
    pairs = Counter(zip(texts[first:last], texts[first + 1:last + 1]))

    def free(i: int) -> bool:
        return 0 <= i < len(labels) and not aside.flags[i] and _undecided(labels[i])

    def repeated(a: int, b: int) -> bool:
        return pairs[texts[a], texts[b]] >= REFRAIN_COPIES - 1

    end = last
    while free(end + 1) and free(end + 2) and repeated(end + 1, end + 2) or end > last and free(end + 1) \
            and repeated(end, end + 1):
        end += 1
    start = first
    while free(start - 1) and free(start - 2) and repeated(start - 2, start - 1) or start < first \
            and free(start - 1) and repeated(start - 1, start):
        start -= 1
    return span._replace(first=start, last=end)


def _undecided(label: Label) -> bool:
    """A short or near line that no stage has decided: only its neighbours can tell what it is."""
    return label.keep is None and label.cls in (SHORT, NEAR)


def _title_like(page: Page, labels: list[Label]) -> list[bool]:
    """For each line, whether it is a short line that does not read as part of a text (a menu item, a
    headline): the evidence and the menu runs both ask, so it is worked out once per pass."""
    return [label.cls == SHORT and not _sentence_like(line) for line, label in zip(page.lines, labels)]


def evidence(line: Line, label: Label, title_like: bool) -> float:
    if label.closes:
        return CLOSER_EVIDENCE
    if label.cls == BAD:
        return BAD_EVIDENCE
    if label.cls == GOOD:
        return float(line.words)
    if label.cls == NEAR:
        return line.words / 2 if line.terminal else HEADLINE_EVIDENCE
    return TITLE_LINE_EVIDENCE if title_like else SENTENCE_LINE_EVIDENCE


def densest_span(scores: list[float]) -> tuple[int, int] | None:
    """(first, last) index of the maximum-sum run of ``scores``, or None when no run sums above zero."""
    best, best_span = 0.0, None
    total, start = 0.0, 0
    for i, score in enumerate(scores):
        if total <= 0:
            total, start = 0.0, i
        total += score
        if total > best:
            best, best_span = total, (start, i)
    return best_span


def _menu_runs(page: Page, labels: list[Label], title_like: list[bool]) -> list[bool]:
    """True for short title-like lines that stand in a run of at least ``menu_run`` such lines."""
    flags = [title or label.cls == BAD and not label.keep for title, label in zip(title_like, labels)]
    in_run: list[bool] = []
    for flag, run in groupby(flags):
        n = len(list(run))
        in_run.extend([flag and n >= page.config.menu_run] * n)
    return in_run


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
            while j < len(labels) and j - header <= INLINE_BOX_MAX_LINES and _undecided(labels[j]) \
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


def _second_span(labels: list[Label], closing: list[bool], scores: list[float], first: int, last: int
                 ) -> tuple[int, int] | None:
    """The densest run before the main span or after it (up to the header that closes the article),
    when it is strong enough and nearly free of chrome to be a second part of the same text."""
    candidates = []
    before = densest_span(scores[:first])
    if before is not None:
        candidates.append(before)
    stop = next((i for i in range(last + 1, len(labels)) if closing[i]), len(labels))
    after = densest_span(scores[last + 1:stop])
    if after is not None:
        candidates.append((last + 1 + after[0], last + 1 + after[1]))
    if not candidates:
        return None
    a, b = max(candidates, key=lambda span: sum(scores[span[0]:span[1] + 1]))
    chrome = sum(1 for i in range(a, b + 1) if labels[i].cls == BAD)
    if sum(scores[a:b + 1]) < SECOND_SPAN_EVIDENCE or chrome > SECOND_SPAN_MAX_CHROME * (b - a + 1):
        return None
    return a, b


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
        while j < len(labels) and j - i <= LINKED_MAX_LINES and _undecided(labels[j]) \
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
    return [BAD_EVIDENCE if i in boxes else evidence(line, label, title)
            for i, (line, label, title) in enumerate(zip(page.lines, labels, title_like))]


def _without_headline(page: Page, labels: list[Label], span: Span) -> Span:
    """The span without the article's headline, which it took in as a sentence-like line: a line of
    three words or more without a sentence end right above the first paragraph."""
    first = span.first
    if first < span.last and labels[first].cls in (SHORT, NEAR) and labels[first + 1].cls == GOOD \
            and not page.lines[first].terminal and page.lines[first].words >= 3 \
            and not anchored(page.lines[first]):
        return span._replace(first=first + 1)
    return span


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


def _grown_over_text(page: Page, labels: list[Label], aside: Aside, span: Span) -> Span:
    """The span grown at both edges over lines that continue its text (see :func:`_continues_text`)."""
    first, last = span.first, span.last
    while first > 0 and not aside.flags[first - 1] and _continues_text(page.lines[first - 1], labels[first - 1]):
        first -= 1
    while last + 1 < len(labels) and not aside.flags[last + 1] \
            and _continues_text(page.lines[last + 1], labels[last + 1]):
        last += 1
    return span._replace(first=first, last=last)


def _grown_over_rows(page: Page, labels: list[Label], aside: Aside, span: Span) -> Span:
    """The span grown at both edges over the rows of lists or tables that touch it or stand one line
    away (see ``GAP_ROW_RUN``), and over the lines that continue the text past each run of them."""
    first, last = span.first, span.last
    rows, gaps = set(span.rows), set(span.gaps)
    while (gap := _row_gap(page, labels, aside.flags, first - 1, -1)) is not None:
        gaps.update(range(first - gap, first))
        n = _row_run(page, labels, first - 1 - gap, -1)
        rows.update(range(first - gap - n, first - gap))
        first -= gap + n
        while first > 0 and _continues_text(page.lines[first - 1], labels[first - 1]):
            first -= 1
    while (gap := _row_gap(page, labels, aside.flags, last + 1, 1)) is not None:
        gaps.update(range(last + 1, last + 1 + gap))
        n = _row_run(page, labels, last + 1 + gap, 1)
        rows.update(range(last + 1 + gap, last + 1 + gap + n))
        last += gap + n
        while last + 1 < len(labels) and _continues_text(page.lines[last + 1], labels[last + 1]):
            last += 1
    return Span(first, last, frozenset(rows), frozenset(gaps))


def _grown_over_announced(page: Page, labels: list[Label], aside: Aside, span: Span) -> Span:
    """The span grown over the list that its last line announces (see ``ANNOUNCED_MAX_LINES``)."""
    last = span.last
    if page.lines[last].text.endswith(":") and labels[last].cls in (GOOD, NEAR):
        announced = last + ANNOUNCED_MAX_LINES
        while last < announced and last + 1 < len(labels) and labels[last + 1].cls == NEAR \
                and _undecided(labels[last + 1]) and not aside.flags[last + 1]:
            last += 1
    return span._replace(last=last)


def _with_announced_rows(page: Page, labels: list[Label], span: Span) -> Span:
    """Inside the span, rows of one shape that a line announces ("The tour dates:") are a list, not a menu."""
    rows = set(span.rows)
    i, last = span.first, span.last
    while i < last:
        n = _row_run(page, labels, i + 1, 1) if page.lines[i].text.endswith(":") and labels[i].cls != BAD else 0
        rows.update(range(i + 1, i + 1 + n))
        i += n + 1
    return span._replace(rows=frozenset(rows))


def _with_page_edges(page: Page, labels: list[Label], span: Span) -> Span:
    """Between the span and the edge of the page there is no room for a menu: the span takes in the
    text's own title above it and the signature under a letter's "Yours sincerely," below it (see
    ``EDGE_LINES``)."""
    first, last = span.first, span.last
    if 0 < first <= EDGE_LINES and all(_undecided(labels[i]) for i in range(first)):
        first = 0
    if len(labels) - 1 - EDGE_LINES <= last < len(labels) - 1 and page.lines[last].text.endswith(",") and all(
            _undecided(labels[i]) for i in range(last + 1, len(labels))):
        last = len(labels) - 1
    return span._replace(first=first, last=last)


def run(page: Page, labels: list[Label]) -> list[Label]:
    """Find the densest span, adjust its edges step by step, then label every line in its light."""
    aside = _aside(page, labels)
    boxes = _inline_boxes(page, labels)
    closing = [label.closes and i not in boxes for i, label in enumerate(labels)]
    title_like = _title_like(page, labels)
    scores = _scores(page, labels, boxes, title_like)
    found = densest_span(scores)
    if found is None:
        # No body paragraph anywhere: keep every line that is not chrome on its own evidence.
        return [label if label.keep is not None else Label(label.cls, True, NAME, "no body span found; kept")
                for label in labels]
    menus = _menu_runs(page, labels, title_like)
    body = _without_headline(page, labels, Span(*found))
    aside, body = _without_tail(page, labels, menus, aside, body)
    body = _grown_over_text(page, labels, aside, body)
    body = _grown_over_rows(page, labels, aside, body)
    body = _grown_over_refrains(page, labels, aside, body)
    body = _grown_over_announced(page, labels, aside, body)
    body = _with_announced_rows(page, labels, body)
    span = _with_page_edges(page, labels, body)
    second = _second_span(labels, closing, scores, span.first, span.last)
    return _labelled(page, labels, aside, boxes, menus, closing, body, span, second)


def _labelled(page: Page, labels: list[Label], aside: Aside, boxes: dict[int, int], menus: list[bool],
              closing: list[bool], body: Span, span: Span, second: tuple[int, int] | None) -> list[Label]:
    """Every line's label in the light of the span: ``body`` is the span that the text's paragraphs
    hold, ``span`` the same with the title and signature at the page's edges."""
    first, last, rows, gaps = span
    body_first, body_last = body.first, body.last
    where = f"body span, lines {page.lines[first].number}-{page.lines[last].number}"
    linked = _linked_under_label(page, labels)
    blurbs = set(trailing_blurbs(page, labels, body_first, body_last))
    if second is not None:
        second_where = f"second body span, lines {page.lines[second[0]].number}-{page.lines[second[1]].number}"
    stray_words = page.config.long_words * STRAY_PARAGRAPH_FACTOR
    closed_at = next((i for i in range(last + 1, len(labels)) if closing[i]), len(labels))
    out = []
    for i, (line, label, in_menu, items, comments) in enumerate(zip(page.lines, labels, menus, aside.teasers,
                                                                     aside.threads)):
        if label.final or label.cls == BAD and i not in rows:
            out.append(label)
        elif comments:
            out.append(Label(label.cls, False, NAME, f"{COMMENT_REASON}: {comments} comments, each under its "
                                                     "commenter's name and the date and time it was written"))
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
            if i in rows:
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
        elif second is not None and second[0] <= i <= second[1] and not (label.cls == SHORT and in_menu):
            out.append(Label(label.cls, True, NAME, f"{label.cls} line inside a {second_where} (strong, "
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
