"""Runs of teaser items: the same small shape of lines, repeated, that lists other pages.

A related-stories block, a "More in World" section or a news river prints each story as a few lines
of the same shape: a kicker or headline, its byline, date or counter, and a one- or two-sentence
summary. The summary reads like prose, so on its own evidence it looks like body; the shape gives it
away. Here a line is only *prose* (a paragraph-like line, see :func:`shape`) or *not prose* (a heading,
a label, a dateline, a counter), and a teaser run is a stretch where one short prose line follows the
same number (two or three) of non-prose lines, item after item, at least ``MIN_ITEMS`` times.

The body has such shapes too, and the rule keeps clear of them:

- a subheading and one paragraph per section (an FAQ, a subheaded article, recipe steps) has one
  non-prose line per item, not two or three;
- the body's paragraphs are longer than a summary: one line over ``SUMMARY_MAX_WORDS`` ends the run,
  unless the item carries a chrome line of its own ("Read more", a dateline): then it is an excerpt,
  up to ``EXCERPT_MAX_WORDS``;
- every item has a headline of ``HEADLINE_MIN_WORDS`` words or more (a section's subheading is
  often shorter);
- numbered items ("Step 3", "4. Blade Runner", "3/5") count up from one item to the next: that is a
  list, a listicle or a slideshow, not a set of teasers; nor are items that repeat one line word for
  word (a photo credit under every slide);
- a rule between sections ("___", "* * *") is the body's typography, not a line of an item: the shape
  passes over it, so a subheaded article with rules is still one subheading per paragraph;
- teasers stand after the article or before it: a run with prose on both sides, not itself in teaser
  runs, is the page's own list (a section front, a list of press releases) and stays, unless an
  article of ``ARTICLE_MIN_WORDS`` stands before it and no block of ``RESUME_WORDS`` words of
  consecutive paragraphs follows it (the prose further down is other teasers' summaries and blurbs).

Runs a few lines apart merge into one block. The detector is a pure function of the page and the
labels so far; the context stage drops what it flags.
"""
from __future__ import annotations

import re

from ..labels import GOOD, NEAR, Label
from ..page import Line, Page

#: A teaser's summary is a sentence or two; the body's paragraphs of a run of sections are longer.
#: A prose line above this many words ends a teaser run.
SUMMARY_MAX_WORDS = 50
#: ... but an excerpt under a headline and a chrome line of its own ("Read more", the story's date and
#: time) may run to this many words: a section's subheading and its paragraph carry no chrome.
EXCERPT_MAX_WORDS = 100
#: The non-prose lines of one item (kicker, headline, byline, date, counter): a headline with one
#: more line at least, so that a subheading and its paragraph (one such line) is never an item.
ITEM_MIN_HEAD_LINES = 2
ITEM_MAX_HEAD_LINES = 3
#: Every item has a headline: a line of at least this many words that no earlier stage dropped. A
#: section's subheading is often a word or two ("Background", "Gegenwart."), a story's headline rarely.
HEADLINE_MIN_WORDS = 4
#: Three items make a pattern; two are a coincidence of layout.
MIN_ITEMS = 3
#: Numbers on a line: in a numbered list, slides or steps ("8 von 17", "3/5", "82. What is ...") they
#: count up by one from one item to the next. At least this share of neighbouring items counting up (a
#: list of stories sorted by age counts up now and then: "9H ago", "10H ago", "17H ago")
#: makes the run a list of the body.
NUMBER = re.compile(r"\d{1,4}")
COUNT_UP_SHARE = 0.8
#: The same undecided line in at least this share of the items ("Image credit: Apple", a photo
#: credit under every slide) makes them slides or sections of one template, not stories of their own.
TEMPLATE_SHARE = 0.5

#: Two runs this few lines apart, with no paragraph between them, are one block of teasers: the
#: lines between them are items of another shape (an advertised story, a summary of one line).
MERGE_GAP = 8
#: The rule trims an article of its teasers: on a page with less prose than this (in words) outside
#: the teaser runs, the teasers are the content (a list of press releases, a section front).
ARTICLE_MIN_WORDS = 150
#: ... and the article resumes after a run when a block of this many words of prose, paragraph after
#: paragraph, follows it: a run amid the article is the article's own list (of sections, of releases).
#: Teasers' summaries and the blurbs between boxes further down stand one by one.
RESUME_WORDS = 150

#: A rule or section break ("___", "* * *", "---"): the body's typography between its sections, not a line
#: of a teaser. The shape passes over it (an arrow "»»»" is a "read more" link and counts as a line).
RULE = re.compile(r"[_*=~#.•·\s\-–—]+$")

PROSE, EXCERPT, OTHER, BREAK, BLANK = "P", "E", "N", "B", "-"


def shape(line: Line, label: Label) -> str:
    """P for a short prose line (a possible summary), N for a non-prose line, B for what no teaser
    has: a paragraph longer than a summary, a line the lexicon keeps, a line that ends with a colon
    (it introduces what follows: a list, a quotation, code)."""
    if label.final and label.keep or line.text.endswith(":"):
        return BREAK
    if RULE.match(line.text):
        return BLANK
    if label.cls == GOOD or label.cls == NEAR and line.terminal:
        return PROSE if line.words <= SUMMARY_MAX_WORDS else EXCERPT if line.words <= EXCERPT_MAX_WORDS else BREAK
    return OTHER


def _counts_up(page: Page, items: list[tuple[int, int]]) -> bool:
    """True when the items carry numbers that go up by one from each item to the next (a numbered
    list, slides, steps) for at least ``COUNT_UP_SHARE`` of the neighbouring pairs."""
    numbers = [{int(n) for i in range(first, last + 1) for n in NUMBER.findall(page.lines[i].text)}
               for first, last in items]
    up = sum(1 for a, b in zip(numbers, numbers[1:]) if any(n + 1 in b for n in a))
    return up >= COUNT_UP_SHARE * (len(items) - 1)


def _templated(page: Page, labels: list[Label], items: list[tuple[int, int]]) -> bool:
    """True when one undecided line recurs word for word in at least ``TEMPLATE_SHARE`` of the items."""
    seen: dict[str, int] = {}
    for first, last in items:
        for key in {page.lines[i].key for i in range(first, last + 1) if labels[i].keep is None}:
            seen[key] = seen.get(key, 0) + 1
    return max(seen.values(), default=0) >= TEMPLATE_SHARE * len(items)


def _headline(page: Page, labels: list[Label], i: int) -> bool:
    return labels[i].keep is None and page.lines[i].words >= HEADLINE_MIN_WORDS


def teaser_runs(page: Page, labels: list[Label]) -> list[int]:
    """For each line, the number of items of the teaser run it belongs to (0: none)."""
    shapes = [shape(line, label) for line, label in zip(page.lines, labels)]
    out = [0] * len(shapes)
    # An item is the non-prose lines since the previous prose line or break, and the prose line after them.
    bounds = [i for i, s in enumerate(shapes) if s not in (OTHER, BLANK)]
    items: list[tuple[int, int]] = []  # (first line, summary line) of the items of the current run
    runs: list[list[int]] = []  # [first line, last line, items] of the runs found, merged when close

    def flush() -> None:
        if len(items) >= MIN_ITEMS and not _counts_up(page, items) and not _templated(page, labels, items):
            # The run starts at its first headline: what stands above it in the first item belongs to
            # whatever precedes the run (the article's last caption or credit).
            start = next(i for i in range(items[0][0], items[0][1]) if _headline(page, labels, i))
            # It ends with the last item's date or counter, when the items print theirs under the summary.
            end = items[-1][1]
            while end + 1 < len(shapes) and end + 1 - items[-1][1] < k and shapes[end + 1] == OTHER \
                    and page.lines[end + 1].words < HEADLINE_MIN_WORDS:
                end += 1
            last = runs[-1] if runs else None
            if last and start - last[1] - 1 <= MERGE_GAP and not {BREAK, EXCERPT} & set(shapes[last[1] + 1:start]):
                last[1], last[2] = end, last[2] + len(items)
            else:
                runs.append([start, end, len(items)])

    prev, k = -1, -1
    for b in bounds:
        n = sum(1 for i in range(prev + 1, b) if shapes[i] == OTHER)
        excerpt = shapes[b] == EXCERPT and any(labels[i].keep is False for i in range(prev + 1, b))
        if (shapes[b] == PROSE or excerpt) \
                and ITEM_MIN_HEAD_LINES <= n <= ITEM_MAX_HEAD_LINES \
                and any(_headline(page, labels, i) for i in range(prev + 1, b)):
            if n != k or not items or items[-1][1] != prev:
                flush()
                items, k = [], n
            items.append((prev + 1, b))
        else:
            flush()
            items, k = [], -1
        prev = b
    flush()
    # Teasers stand after the article or before it, not amid prose on both sides: there they are the
    # page's own list (a section front, a list of press releases). Prose after them counts only when
    # the article stood before them and then resumes: a block of paragraphs one after the other, not
    # the summaries of other teasers or a blurb between boxes.
    in_run = [False] * len(shapes)
    for first, last, _ in runs:
        in_run[first:last + 1] = [True] * (last + 1 - first)
    prose = [i for i, label in enumerate(labels)
             if label.cls == GOOD and label.keep is not False and not in_run[i]]
    is_prose = [False] * len(shapes)
    for i in prose:
        is_prose[i] = True
    for first, last, n in runs:
        if prose and prose[0] < first and prose[-1] > last and (
                sum(page.lines[i].words for i in prose if i < first) < ARTICLE_MIN_WORDS
                or _prose_block(page, shapes, is_prose, last + 1) >= RESUME_WORDS):
            continue
        out[first:last + 1] = [n] * (last + 1 - first)
    article = sum(page.lines[i].words for i in prose)
    return out if article >= ARTICLE_MIN_WORDS else [0] * len(out)


def _prose_block(page: Page, shapes: list[str], is_prose: list[bool], start: int) -> int:
    """The words of the longest block of consecutive prose lines (rules between them allowed) from
    ``start`` on."""
    best = cur = 0
    for i in range(start, len(shapes)):
        if is_prose[i]:
            cur += page.lines[i].words
            best = max(best, cur)
        elif shapes[i] != BLANK:
            cur = 0
    return best
