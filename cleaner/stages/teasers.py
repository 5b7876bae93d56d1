"""Runs of teaser items: the same small shape of lines, repeated, that lists other pages.

A related-stories block, a "More in World" section or a news river prints each story as a few lines
of the same shape: a kicker or headline, its byline, date or counter, and a one- or two-sentence
summary. The summary reads like prose, so on its own evidence it looks like body; the shape gives it
away. Here a line is only *prose* (a paragraph-like line, see :func:`shape`) or *not prose* (a heading,
a label, a dateline, a counter), and a teaser run is a stretch where one short prose line follows the
same number (two or three) of non-prose lines, item after item, at least ``MIN_ITEMS`` times.

The body has such shapes too, and the rule keeps clear of them:

- a subheading and one paragraph per section (an FAQ, a subheaded article, recipe steps) has one
  non-prose line per item, not two or three; a headline alone over its summary makes an item only
  when the site cut the summary short ("... for which ...", "Cancellat…"), every item of the run: the
  body's sections end their paragraphs' sentences, and a paragraph that trails off does not do so
  three times in a row;
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
  consecutive paragraphs follows it (the prose further down is other teasers' summaries and blurbs);
- a section front or an archive prints its stories in more than one shape (a story without its byline
  between runs of stories with one): where a run's stories are each a headline over its summary, a
  summary alone under its headline outside the runs (a teaser's length, or no longer than the runs'
  longest summary) is one more story, not the article. Under
  ``LISTING_MAX_PARAGRAPH_WORDS`` words of other prose (an intro, the site's blurb) the page is the
  list and its runs stay; an article, even a news story of a paragraph or two, has more.

A news river varies the shape from story to story (a headline alone, a headline and a summary that
lacks its full stop, a kicker), but prints every story's time stamp on a line of its own: "32M ago",
"updated 16M ago", "vor 3 Stunden", "Nov 18". A *stamped run* is ``MIN_ITEMS`` stories or more, each
one stamp and one to ``STAMPED_ITEM_MAX_LINES`` lines with a headline among them (of
``STAMPED_HEADLINE_MIN_WORDS`` words or more: the stamp marks the story) and a summary of up to an
excerpt's length (``EXCERPT_MAX_WORDS``), the stamps standing
at the same place in every story. Its lookalikes in the body are kept clear of by the stamp: a
timeline's dates have no day ("March 2003"), a diary's entries under their dates start with their text,
not a headline; and by the guards above (counting up, templates, before or after the article). A stamp
may take two lines, the day over the clock. A story may also print on one line its headline glued to the
start of its summary, which the site cut short ("..."): a line as long as a paragraph, but a live blog's
timed entries are the article's own paragraphs and end their sentences. A stamped run under a header that
closes the article ("Другие новости раздела") follows the article's end however short the article. A
river may print the time at the head of the headline, on its line ("10:17   Новый город-миллионник
появился в России", a news ticker's line, see :mod:`.features`): that line is the story's stamp and its
headline, and under it stand its summary's one or two lines. Such a run is made of such stamps alone: a
layout that a renderer prints column beside column may set a ticker's lines between the article's
paragraphs, each alone, with the day's dateline among them.

A "Most read" or "Trending" box ranks its stories: a bare number on a line of its own ("1", "2.", "3)",
"1. 1" from a renderer that numbers the list itself) and under it the story's headline, with a kicker at most; a *ranked run* is ``MIN_ITEMS`` such items
or more, numbered 1, 2, 3 ... The body's numbered lists keep clear of it: a recipe's or a manual's
steps end their sentences, a listicle's entries carry a paragraph each, a ranking of names or titles
("1" / "Casablanca") has no headline of ``HEADLINE_MIN_WORDS`` words, and a ranking amid the article
falls under the guard on prose on both sides.

A river may also print a story on one line: its headline glued to its summary, which opens with the
story's dateline in capitals ("... deemed stateless WASHINGTON: Expressing concern over ..."). A *glued
run* is ``MIN_ITEMS`` such lines or more, one after the other. The article's own paragraph opens with
its dateline rather than carrying it after a headline of ``HEADLINE_MIN_WORDS`` words without a
sentence end, and a transcript's speaker ("... he said. SMITH: Well, ...") follows a sentence end.

Runs a few lines apart merge into one block. The detector is a pure function of the page and the
labels so far; the context stage drops what it flags.
"""
from __future__ import annotations

import re
from itertools import accumulate
from operator import attrgetter
from typing import NamedTuple

import regex

from .. import native
from ..labels import BAD, GOOD, NEAR, Label
from ..page import Line, Page
from .features import DATELINE_REASON, TICKER_LABEL

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
#: The stories under headed stamps (a ticker's lines: the time and the headline) tell their headlines'
#: stories: at least this share of them shares a word's stem, its first STEM_CHARS letters (a word's
#: inflections share them: "Госдума", "Госдумы"), with the headline. A river's summaries nearly all do
#: (19 of 20 on the dev pages); an article's paragraphs that a renderer printed between a ticker's
#: lines share a word with the headline beside them now and then (up to half of them).
TOLD_SHARE = 0.75
STEM_CHARS = 5
#: Every item has a headline: a line of at least this many words that no earlier stage dropped. A
#: section's subheading is often a word or two ("Background", "Gegenwart."), a story's headline rarely.
HEADLINE_MIN_WORDS = 4
#: ... but a story in a river, which carries its time stamp, may have a headline this short: a language
#: without articles says "Banks hit by wave" in three words ("Банки накрыло волной").
STAMPED_HEADLINE_MIN_WORDS = 3
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

#: A summary cut short by the site ("... Active Noise Cancellat...", "... for which ...", "[…]"), which
#: ends with one of these: an excerpt of another page. The body's paragraphs end their sentences. A
#: headline cut short ("Plague of mosquitos to devastate Britain as Hurri...") is a link likewise,
#: though its ellipsis reads as a sentence end (see :mod:`.context`).
TRUNCATED = ("...", "…", "...]", "…]")
#: ... so under a headline alone (no byline, no date) such a summary still makes an item.
CUT_ITEM_MIN_HEAD_LINES = 1

#: Two runs this few lines apart, with no paragraph between them, are one block of teasers: the
#: lines between them are items of another shape (an advertised story, a summary of one line).
MERGE_GAP = 8
#: The rule trims an article of its teasers: on a page with less prose than this (in words) outside
#: the teaser runs, the teasers are the content (a list of press releases, a section front).
ARTICLE_MIN_WORDS = 150
#: ... and a page whose prose outside the runs is, but for fewer words than this, summaries each alone
#: under its headline (stories of another shape between the runs) is itself the list: its intro or the
#: site's blurb runs to a paragraph of fifty to seventy words; the shortest news story of a paragraph
#: or two beside a river of other stories, to a hundred or more.
LISTING_MAX_PARAGRAPH_WORDS = 100
#: ... such a story's headline may be as short as "The Best Subwoofer" (its byline and date stand
#: between it and the summary): three words, where a section's subheading is often one or two.
LONE_HEADLINE_MIN_WORDS = 3
#: ... and such a summary outside the runs may run this much longer than the runs' longest: a site's
#: summaries differ by a clause or two, so the longest of the runs is no bound for the one between them.
#: An article's paragraphs follow one another and are no lone summaries whatever their length.
LONE_SUMMARY_SLACK = 1.25
#: ... and the article resumes after a run when a block of this many words of prose, paragraph after
#: paragraph, follows it: a run amid the article is the article's own list (of sections, of releases).
#: Teasers' summaries and the blurbs between boxes further down stand one by one.
RESUME_WORDS = 150

#: A story's time stamp on a line of its own: how long ago ("32M ago", "updated 16M ago", "vor 3 Stunden",
#: "il y a 2 heures") or a dateline with the day or the clock ("Nov 18", "18.11.2019", "14:05"). A
#: dateline of a month and a year only ("March 2003") heads an entry of a timeline, not a story.
AGO = re.compile(r"(?i)(?:^|\s)(?:\d{1,3}\s*(?:[mhdw]|mins?|minutes?|hrs?|hours?|days?|weeks?|months?)\.?\s+ago"
                 r"|vor\s+\d{1,3}\s+(?:min(?:uten?)?|std|stunden?|tag(?:en)?|wochen?)"
                 r"|il\s+y\s+a\s+\d{1,3}\s*(?:min(?:utes?)?|h|heures?|jours?))\b")
#: The time of day in a stamp: "16:49", "9.05".
CLOCK = re.compile(r"(?<![\d:.])\d{1,2}[:.]\d{2}(?![\d:.])")
DAY = re.compile(r"(?<![\d.,])(?:[1-9]|[12]\d|3[01])(?![\d,])|\d{1,2}[:.]\d{2}")
STAMP_MAX_WORDS = 6
#: Between two stamps stands one story: a headline and at most this many more lines (its summary, a
#: kicker); a stamped run is ``MIN_ITEMS`` such stories or more, one after the other.
STAMPED_ITEM_MAX_LINES = 3
#: A story in a stamped run has its headline: a line of ``HEADLINE_MIN_WORDS`` to this many words,
#: not a paragraph of prose (a diary's entry under its date starts with its text).
HEADLINE_MAX_WORDS = 20

#: The rank of a story on a line of its own: "1", "2.", "3)"; a renderer may put its own list marker
#: before it ("1. 1", "* 2"). A ranked run counts up from 1.
RANK = re.compile(r"(?:\d{1,2}[.)]\s+|[*•·-]\s+)?(\d{1,2})[.)]?")
#: A rank is one or two words (the renderer's number and the rank): longer lines are not matched.
RANK_MAX_WORDS = 2
#: Under its rank a story prints its headline and at most a kicker or a label ("Best Deal We've Found").
RANKED_ITEM_MAX_LINES = 2

#: A rule or section break ("___", "* * *", "---"): the body's typography between its sections, not a line
#: of a teaser. The shape passes over it (an arrow "»»»" is a "read more" link and counts as a line).
RULE_CHARS = frozenset("_*=~#.•·-–— \t")

#: A story's dateline in capitals, one to three words and a colon, glued to the end of its headline
#: (no sentence end before it) and opening the summary ("... from US NEW DELHI: Their American dream").
GLUED_DATELINE = regex.compile(r"(?<=[^\s.!?:;\"”'’)])\s+\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\p{Lu}.'’-]+){0,2}:\s+\p{Lu}")

#: What every match of GLUED_DATELINE holds: a dateline's last character (a capital, a dot, an apostrophe or
#: a hyphen) right before its colon. A character beyond the Basic Multilingual Plane before a colon counts
#: too (the compiled core reads the capitals of the BMP only).
DATELINE_COLON = regex.compile(r"(?:[\p{Lu}.'’-]|[^\x00-\uffff]):")

#: A story's time stamp at the end of its headline, on the same line: a date with its day and month in
#: figures and the time ("... ασφαλή (23/11 - 10:48)", "... 抓獲【北京新浪網】2012-01-17 02:40"), or
#: the time alone in brackets ("... 患者多 【16:15】"). A river prints one under every headline; the
#: body's schedule has the time alone and no brackets ("Doors open 19:00"), and its sentences end
#: after the time. The end of the line or of a table cell: a renderer that glues a layout table's
#: columns prints the next column's headline after a gap (a tab or two spaces or more).
TRAILING_STAMP = re.compile(
    r"[\s(\[【（|/\-)\]】）](?:(?:\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?)[\s,]*[-–—,|]?\s*"
    r"(?<![\d:])\d{1,2}:\d{2}(?::\d{2})?\s*[)\]】）]?"
    r"|[(\[【（]\s*\d{1,2}:\d{2}(?::\d{2})?\s*[)\]】）])(?=\s*$|\t|  )")
#: What every match of TRAILING_STAMP holds: the time's figures around its colon.
CLOCK_FIGURES = re.compile(r"\d:\d\d")

#: What ``--explain`` says about the lines of a run of each kind.
SHAPE_REASON = "teaser list: {n} items of the same shape (headline, byline or date, one-sentence summary)"
STAMP_REASON = ("teaser list: {n} stories, each with its time stamp on a line of its own (\"32M ago\", "
                "\"Nov 18\") and a headline, with or without a summary")

RANKED_REASON = ("teaser list: {n} stories ranked 1, 2, 3 ... (\"Most read\"), each a bare number on a line "
                 "of its own and a headline without a sentence end")

STAMP_GLUED_REASON = ("teaser list: {n} headlines in a row, each with its time stamp at its end "
                      "(\"... ασφαλή (23/11 - 10:48)\", \"... 【16:15】\")")

GLUED_REASON = ("teaser list: {n} stories in a row, each on one line: a headline glued to its summary, which "
                "opens with the story's dateline in capitals (\"... from US NEW DELHI: Their ...\")")

BOXED_REASON = ("teaser list: {n} stories in a row under a header that closes the article (\"Don't miss\"), each "
                "on one line as long as a paragraph, most of them ending no sentence: a headline glued to its summary")
#: Under a header that closes the article, a box may print each story's headline and summary glued on one
#: line ("Tom Cruise: 25 years on - and not a day older! A quarter of a century on from his ..."): at
#: least this many such lines in a row. An article's list of long points under its own heading ends
#: sentences, or stands under a heading that closes nothing.
BOXED_MIN_ITEMS = 5
#: A headline and its summary on one line hold this many words or more; a point of a list, a step of a
#: checklist ("Pack an overnight bag for the reception") is shorter.
GLUED_MIN_WORDS = 16
#: Elsewhere after the article, a river of such stories is longer than a list of long points a text
#: ends with: at least this many of them (the rule's risk: a text that ends with eight points or more of
#: twenty words, none of them with a full stop, loses them; a list amid the text stays, see
#: ``RESUME_WORDS``) ...
UNENDED_MIN_ITEMS = 8
#: ... and in a box or a river, this share of the lines or more ends no sentence.
UNENDED_SHARE = 0.5
UNENDED_REASON = ("teaser list: {n} stories in a row, each on one line as long as a paragraph, most of them "
                  "ending no sentence: a headline glued to its summary")
#: Under a header that closes the article a headline over a summary is a story's, however short: "Доктор
#: Европа". (A word alone is a kicker or a label.)
PAIRED_HEADLINE_MIN_WORDS = 2
#: A story's kicker, its section's name over its headline, is a word or two.
KICKER_MAX_WORDS = 2
PAIRED_REASON = ("teaser list: {n} stories under a header that closes the article, each a headline over its "
                 "summary")

PROSE, EXCERPT, OTHER, BREAK, BLANK = "P", "E", "N", "B", "-"


def shape(line: Line, label: Label) -> str:
    """P for a short prose line (a possible summary), N for a non-prose line, B for what no teaser
    has: a paragraph longer than a summary, a line the lexicon keeps, a line that ends with a colon
    (it introduces what follows: a list, a quotation, code)."""
    if label.final and label.keep or line.text.endswith(":"):
        return BREAK
    if not line.has_letters and RULE_CHARS.issuperset(line.text):
        return BLANK
    if label.cls == GOOD or label.cls == NEAR and line.terminal:
        return PROSE if line.words <= SUMMARY_MAX_WORDS else EXCERPT if line.words <= EXCERPT_MAX_WORDS else BREAK
    return OTHER


def _shapes(page: Page, labels: list[Label]) -> list[str]:
    """The :func:`shape` of every line. (Compiled: ``_core.shapes``.)"""
    if native.core is not None:
        return native.core.shapes(page.lines, labels, (PROSE, EXCERPT, OTHER, BREAK, BLANK), GOOD, NEAR, RULE_CHARS,
                                  SUMMARY_MAX_WORDS, EXCERPT_MAX_WORDS)
    return [shape(line, label) for line, label in zip(page.lines, labels)]


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


def _headline(page: Page, labels: list[Label], i: int, min_words: int = HEADLINE_MIN_WORDS) -> bool:
    """Line i may be a story's headline: no stage decided it, and it has ``min_words`` words or more."""
    return labels[i].keep is None and page.lines[i].words >= min_words


def _story_headline(page: Page, labels: list[Label], i: int) -> bool:
    """A headline of a story in a river: ``_headline`` of ``STAMPED_HEADLINE_MIN_WORDS`` words or more,
    no paragraph, at most ``HEADLINE_MAX_WORDS``."""
    return _headline(page, labels, i, STAMPED_HEADLINE_MIN_WORDS) and labels[i].cls != GOOD \
        and page.lines[i].words <= HEADLINE_MAX_WORDS


def _stamp(page: Page, labels: list[Label], i: int) -> bool:
    line, label = page.lines[i], labels[i]
    if line.words > STAMP_MAX_WORDS or label.keep or not line.digit_share:  # every stamp has a number
        return False
    if AGO.search(line.text):
        return True
    return label.cls == BAD and label.reason == DATELINE_REASON and DAY.search(line.text) is not None


class Candidates(NamedTuple):
    """The lines that each per-line test of the stage may pass, by what their labels and features alone
    tell (most lines are ruled out so, before the calls)."""

    stamps: list[int]       # a line with figures, ``STAMP_MAX_WORDS`` words at most, not kept: ``_stamp``
    ranks: list[int]        # a line with figures, ``RANK_MAX_WORDS`` words at most, not kept: ``_rank``
    glued: list[int]        # a dateline's colon (``DATELINE_COLON``), neither final nor dropped: ``_glued``
    stamp_glued: list[int]  # a time's figures (``CLOCK_FIGURES``), not final: ``_stamp_glued``


def _candidates(page: Page, labels: list[Label]) -> Candidates:
    """The page's :class:`Candidates`, in line order. (Compiled: ``_core.teaser_candidates``, one pass.)"""
    if native.core is not None:
        return Candidates(*native.core.teaser_candidates(page.lines, labels, STAMP_MAX_WORDS, RANK_MAX_WORDS))
    pairs = list(enumerate(zip(page.lines, labels)))
    return Candidates(
        [i for i, (line, label) in pairs if line.digit_share and line.words <= STAMP_MAX_WORDS and not label.keep],
        [i for i, (line, label) in pairs if line.digit_share and line.words <= RANK_MAX_WORDS and not label.keep],
        [i for i, (line, label) in pairs
         if not label.final and label.keep is not False and ":" in line.text
         and DATELINE_COLON.search(line.text) is not None],
        [i for i, (line, label) in pairs
         if line.digit_share and not label.final and ":" in line.text and CLOCK_FIGURES.search(line.text) is not None])


def _cut_story(page: Page, labels: list[Label], i: int) -> bool:
    """Line i is a story on one line, cut short by the site: its headline glued to the start of its summary
    ("... семинаровГоскомитет по работе ... уделяет большое внимание ..."), ``HEADLINE_MIN_WORDS`` words or
    more, as long as a paragraph or not, no stage decided it for good (the summary reads as prose), and it
    ends with an ellipsis (see ``TRUNCATED``). A live blog's entry under its time stamp is a paragraph of
    the article itself and ends its sentences."""
    line = page.lines[i]
    return not labels[i].final and labels[i].keep is not False and line.words >= HEADLINE_MIN_WORDS \
        and line.text.endswith(TRUNCATED)


def _headed_stamp(labels: list[Label], i: int) -> bool:
    """Line i is a story's time stamp and its headline on one line: a news ticker's line ("10:17   Новый
    город-миллионник появился в России")."""
    return labels[i] == TICKER_LABEL


def _stamped_item(page: Page, labels: list[Label], shapes: list[str], first: int, last: int,
                  headed: bool = False) -> bool:
    """Lines first..last (between two stamps) are one story: a headline, then at most
    ``STAMPED_ITEM_MAX_LINES`` - 1 lines of summary or kicker, none of them longer than an excerpt (the
    stamp is the story's chrome line, as "Read more" is an excerpt's: a summary of a paragraph's length
    under a headline and over a stamp is another story's); or a story on one line cut short by the site
    (see :func:`_cut_story`). Under a ``headed`` stamp, which carries the headline, the story is the
    summary alone: one line, up to ``STAMPED_ITEM_MAX_LINES`` - 1."""
    lines = [i for i in range(first, last + 1) if shapes[i] != BLANK]
    if headed:
        return 1 <= len(lines) < STAMPED_ITEM_MAX_LINES and not any(shapes[i] == BREAK for i in lines)
    if len(lines) == 1 and shapes[lines[0]] != BREAK and _cut_story(page, labels, lines[0]):
        return True
    if not 1 <= len(lines) <= STAMPED_ITEM_MAX_LINES or any(shapes[i] == BREAK for i in lines):
        return False
    return any(_story_headline(page, labels, i) for i in lines)


def _stems(line: Line) -> set[str]:
    """The stems of the line's words (their first ``STEM_CHARS`` characters, case-folded, when those are
    letters)."""
    return {token[:STEM_CHARS].casefold() for token in line.tokens
            if len(token) >= STEM_CHARS and token[:STEM_CHARS].isalpha()}


def _told_under_headlines(page: Page, items: list[tuple[int, int]]) -> bool:
    """At least ``TOLD_SHARE`` of the stories under headed stamps (each the lines after its stamp, which
    stands on the line above) share a word's stem with the headline on their stamp: the summary tells
    the headline's story ("Усилена охрана здания Госдумы" / "У здания Госдумы усилена охрана ...").
    A ticker's lines set between an article's paragraphs by a renderer are other stories'."""
    told = sum(1 for first, last in items
               if _stems(page.lines[first - 1]) & set().union(*map(_stems, page.lines[first:last + 1])))
    return told >= TOLD_SHARE * len(items)


def _day_over_clock(page: Page, day: int, clock: int) -> bool:
    """Stamp lines day and clock make one stamp of two lines: the day without the time ("10 января"),
    then the time ("16:49"). Two stamps of the same kind in a row ("58 mins ago", "1 hr ago") are two
    stories' stamps, one of them without its headline."""
    return CLOCK.search(page.lines[day].text) is None and CLOCK.search(page.lines[clock].text) is not None


def _stamped_runs(page: Page, labels: list[Label], shapes: list[str], found: Candidates) -> list[list]:
    """Runs of stories that each carry a time stamp on a line of their own, whatever the shape of the
    lines between the stamps (a headline alone, a headline and its summary, a kicker): [first line,
    last line, items, reason]. The stamp stands at the same place in every story, so the stories are the
    stretches between the stamps, and one more at the end where the stamps lead or at the start where
    they trail. A stamp may take two lines, the day over the clock ("10 января" / "16:49")."""
    stamped = {i for i in found.stamps if _stamp(page, labels, i)}
    if TICKER_LABEL in labels:  # one scan in C: most pages have no ticker
        stamped.update(i for i, label in enumerate(labels) if label == TICKER_LABEL and page.lines[i].digit_share)
    stamps = sorted(stamped)
    out: list[list[int]] = []
    chain: list[list[int]] = []  # the stamps of the run so far: [first line, last line] of each

    def close() -> None:
        if len(chain) < 2:
            return
        top, bottom = chain[0][0], chain[-1][1]
        items = [(a[1] + 1, b[0] - 1) for a, b in zip(chain, chain[1:])]
        # The first story of trailing stamps stands above the first stamp (from its headline, the
        # furthest up within a story's length); the last of leading ones below the last stamp. Stamps
        # that carry their headlines lead.
        headed = _headed_stamp(labels, bottom)
        head = None if headed else next(
            (j for j in range(max(top - STAMPED_ITEM_MAX_LINES, 0), top)
             if _story_headline(page, labels, j) and _stamped_item(page, labels, shapes, j, top - 1)), None)
        if head is not None:
            items.insert(0, (head, top - 1))
            first, last = head, bottom
        else:
            end = next((j for j in range(min(bottom + STAMPED_ITEM_MAX_LINES, len(shapes) - 1), bottom, -1)
                        if _stamped_item(page, labels, shapes, bottom + 1, j, headed)
                        and (j + 1 == len(shapes) or _stamp(page, labels, j + 1) or shapes[j + 1] != PROSE)), None)
            # No story below the last stamp (the river ends with a pager, or another block starts):
            # the stories between the stamps make the run.
            if end is not None:
                items.append((bottom + 1, end))
            first, last = top, bottom if end is None else end
        if len(items) >= MIN_ITEMS and not _counts_up(page, items) and not _templated(page, labels, items) \
                and (not headed or _told_under_headlines(page, items)):
            out.append([first, last, len(items), STAMP_REASON])

    for s_ in stamps:
        if chain and chain[-1][0] == chain[-1][1] and all(shapes[k] == BLANK for k in range(chain[-1][1] + 1, s_)) \
                and _day_over_clock(page, chain[-1][0], s_):
            chain[-1][1] = s_  # the stamp's second line
        elif chain and _headed_stamp(labels, s_) == (headed := _headed_stamp(labels, chain[-1][1])) \
                and _stamped_item(page, labels, shapes, chain[-1][1] + 1, s_ - 1, headed):
            chain.append([s_, s_])
        else:
            close()
            chain = [[s_, s_]]
    close()
    return out


def _rank(page: Page, labels: list[Label], i: int) -> int:
    """The rank on line i when it is a bare number no stage kept, else 0."""
    if page.lines[i].words > RANK_MAX_WORDS:
        return 0
    match = RANK.fullmatch(page.lines[i].text.strip())
    return int(match.group(1)) if match and not labels[i].keep else 0


def _ranked_line(page: Page, labels: list[Label], shapes: list[str], i: int) -> bool:
    """A line of a ranked story: no sentence end, no paragraph, nothing a stage kept."""
    return shapes[i] in (OTHER, PROSE, BLANK) and not page.lines[i].terminal and not labels[i].keep


def _ranked_item(page: Page, labels: list[Label], shapes: list[str], first: int, last: int) -> bool:
    """Lines first..last (under a rank) are one story: at most ``RANKED_ITEM_MAX_LINES`` lines without a
    sentence end, one of them a headline of ``HEADLINE_MIN_WORDS`` to ``HEADLINE_MAX_WORDS`` words."""
    if not 1 <= last - first + 1 <= RANKED_ITEM_MAX_LINES:
        return False
    return all(_ranked_line(page, labels, shapes, i) for i in range(first, last + 1)) and any(
        _headline(page, labels, i) and page.lines[i].words <= HEADLINE_MAX_WORDS for i in range(first, last + 1))


def _ranked_runs(page: Page, labels: list[Label], shapes: list[str], found: Candidates) -> list[list]:
    """Runs of stories ranked 1, 2, 3 ..., each a bare number and its headline: [first, last, items, reason]."""
    n = len(shapes)
    out: list[list] = []
    ones = [i for i in found.ranks if _rank(page, labels, i) == 1]  # where a run may start
    resume = 0  # the line after the run found last
    for i in ones:
        if i < resume:
            continue
        items: list[tuple[int, int]] = []
        at = i
        while True:
            nxt = next((j for j in range(at + 1, min(at + RANKED_ITEM_MAX_LINES + 2, n))
                        if _rank(page, labels, j) == len(items) + 2), None)
            if nxt is None or not _ranked_item(page, labels, shapes, at + 1, nxt - 1):
                break
            items.append((at, nxt - 1))
            at = nxt
        if items:
            # The last story is as long as the one before it (the box prints every story alike).
            end = at + items[-1][1] - items[-1][0]
            if end < n and _ranked_item(page, labels, shapes, at + 1, end):
                items.append((at, end))
        if len(items) >= MIN_ITEMS and not _templated(page, labels, items):
            out.append([i, items[-1][1], len(items), RANKED_REASON])
            resume = items[-1][1] + 1
    return out


def _glued(page: Page, labels: list[Label], i: int) -> bool:
    """Line i is a story on one line: a headline of ``HEADLINE_MIN_WORDS`` words or more, then the
    summary under its dateline in capitals. No stage has decided it for good."""
    if labels[i].final or labels[i].keep is False:
        return False
    match = GLUED_DATELINE.search(page.lines[i].text)
    return match is not None and len(page.lines[i].text[:match.start()].split()) >= HEADLINE_MIN_WORDS


def _glued_runs(page: Page, labels: list[Label], found: Candidates) -> list[list]:
    """Runs of ``MIN_ITEMS`` or more stories in a row, each a headline glued to its datelined summary:
    [first, last, items, reason]."""
    glued = [i for i in found.glued if _glued(page, labels, i)]
    out: list[list] = []
    start = 0  # where the run of consecutive lines in ``glued`` starts
    for k in range(1, len(glued) + 1):
        if k == len(glued) or glued[k] != glued[k - 1] + 1:
            if k - start >= MIN_ITEMS:
                out.append([glued[start], glued[k - 1], k - start, GLUED_REASON])
            start = k
    return out


def _stamp_glued(page: Page, labels: list[Label], i: int) -> bool:
    """Line i is a story's headline with its time stamp at its end (see ``TRAILING_STAMP``): a headline
    of ``STAMPED_HEADLINE_MIN_WORDS`` to ``HEADLINE_MAX_WORDS`` words before the stamp (however it
    reads: a headline of twelve words reads as prose), and the lexicon has not decided the line."""
    label, text = labels[i], page.lines[i].text
    if label.final:
        return False
    match = TRAILING_STAMP.search(text)
    if match is None:
        return False
    head = page.lines[i].words - len(NUMBER.findall(text[match.start():]))
    if rest := text[match.end():].strip():  # the next column's cells: their words in proportion to letters
        head -= head * len(rest) // (len(rest) + len(text[:match.start()].strip()))
    return STAMPED_HEADLINE_MIN_WORDS <= head <= HEADLINE_MAX_WORDS


def _stamp_glued_runs(page: Page, labels: list[Label], shapes: list[str], found: Candidates) -> list[list]:
    """Runs of ``MIN_ITEMS`` or more headlines in a row (rules between them allowed), each with its
    time stamp at its end: [first, last, items, reason]. One line without a stamp may stand between two
    of them (see ``_interloper``): a renderer that lays a page's columns out row by row puts a line of
    the next column there."""
    stamped = {i for i in found.stamp_glued if _stamp_glued(page, labels, i)}
    if len(stamped) < MIN_ITEMS:  # most pages
        return []
    out: list[list] = []
    run: list[int] = []
    gap: int | None = None  # the line without a stamp after the run's last item, if any
    for i in range(len(page.lines)):
        if shapes[i] == BLANK:
            continue
        if i in stamped:
            run.append(i)
            gap = None
            continue
        if run and gap is None and _interloper(page, labels, i):
            gap = i
            continue
        if len(run) >= MIN_ITEMS:
            out.append([run[0], run[-1], len(run), STAMP_GLUED_REASON])
        run, gap = [], None
    if len(run) >= MIN_ITEMS:
        out.append([run[0], run[-1], len(run), STAMP_GLUED_REASON])
    return out


def _interloper(page: Page, labels: list[Label], i: int) -> bool:
    """Line i may stand between two stamped headlines as a line of another column: a headline of
    ``HEADLINE_MAX_WORDS`` words at most, without a sentence end, that no stage has decided."""
    line = page.lines[i]
    return labels[i].keep is None and not line.terminal and 0 < line.words <= HEADLINE_MAX_WORDS


def _unended(line: Line) -> bool:
    """The line ends no sentence, holds ``GLUED_MIN_WORDS`` words or more and reads as no reference,
    enumeration, table row or code (two commas or more: "Coastal Office, "Storm damage survey ...," Jan.
    5, 2020"): a story's headline and summary."""
    return not line.terminal and line.words >= GLUED_MIN_WORDS and line.text.count(",") < 2 \
        and line.cells < 2 and not line.code_like


def _boxed_runs(page: Page, labels: list[Label]) -> list[list]:
    """Runs of lines, each prose by its length (the good or the near class) that no stage has decided for
    good, most of them stories on one line (see :func:`_unended`; a summary may end with "!" or "?"):
    ``BOXED_MIN_ITEMS`` or more of those right under a header that closes the article,
    ``UNENDED_MIN_ITEMS`` or more anywhere else but under a line that announces a list with its colon.
    [first, last, items, reason]. (Compiled: ``_core.boxed_runs``.)"""
    if native.core is not None:
        return native.core.boxed_runs(page.lines, labels, GOOD, NEAR, BOXED_MIN_ITEMS, UNENDED_MIN_ITEMS,
                                      UNENDED_SHARE, GLUED_MIN_WORDS, BOXED_REASON, UNENDED_REASON)
    out: list[list] = []
    i = 0
    while i < len(labels):
        j, end, unended = i, i - 1, 0  # the run ends with its last line that ends no sentence
        while j < len(labels) and labels[j].cls in (GOOD, NEAR) and not labels[j].final \
                and labels[j].keep is not False:
            if _unended(page.lines[j]):
                unended, end = unended + 1, j
            j += 1
        boxed = i > 0 and labels[i - 1].closes
        announced = i > 0 and page.lines[i - 1].text.endswith(":")  # the text's own list of points
        if not announced and unended >= (BOXED_MIN_ITEMS if boxed else UNENDED_MIN_ITEMS) \
                and unended > (end + 1 - i) * UNENDED_SHARE:
            out.append([i, end, end + 1 - i, BOXED_REASON if boxed else UNENDED_REASON])
        i = max(j, i + 1)
    return out


def _paired_runs(page: Page, labels: list[Label], shapes: list[str]) -> list[list]:
    """Runs of stories under a header that closes the article ("Другие новости", a comment form), each
    a headline without a full stop right over its summary, a line of prose up to an excerpt's length;
    chrome lines and kickers may stand between the stories (time stamps do not: readers' comments under
    their names carry them, and a river of stamped stories is a stamped run), ``MIN_ITEMS`` stories or
    more, the first at most ``MERGE_GAP`` lines under the header and no prose between them (a header in a menu far
    above is no end of an article). An article's own sections under subheadings stand above its
    closing header, not under it; a carousel of a product's features under an empty "You may also like"
    box prints a feature twice, a river each story once. [first, last, items, reason]."""
    if not any(map(attrgetter("closes"), labels)):  # no header closes the article: most pages
        return []
    closed = _closed(labels, [label.cls == GOOD and label.keep is not False for label in labels])
    out: list[list] = []
    i, n, closer = 0, len(shapes), None
    while i < n:
        if labels[i].closes:
            closer = i
        if not closed[i] or closer is None or i - closer > MERGE_GAP or not _paired_item(page, labels, shapes, i):
            i += 1
            continue
        items, j = [], i
        while j < n:
            if _paired_item(page, labels, shapes, j):
                summary = _under(shapes, j)
                items.append((j, summary))
                j = summary + 1
            elif shapes[j] == BLANK or labels[j].keep is False and not labels[j].closes \
                    and labels[j].reason != DATELINE_REASON \
                    or _kicker(page, labels, j) and _paired_item(page, labels, shapes, _under(shapes, j)):
                j += 1
            else:
                break
        headlines = {page.lines[h].key for h, _ in items}
        if len(items) >= MIN_ITEMS and len(headlines) == len(items) and not _counts_up(page, items) \
                and not _templated(page, labels, items):
            out.append([items[0][0], items[-1][1], len(items), PAIRED_REASON])
        i = items[-1][1] + 1
    return out


def _kicker(page: Page, labels: list[Label], i: int) -> bool:
    """Line i is a story's kicker over its headline: its section's name ("//Экономика", "Politics"), a
    word or two that no stage decided."""
    return labels[i].keep is None and page.lines[i].words <= KICKER_MAX_WORDS and not page.lines[i].terminal


def _under(shapes: list[str], i: int) -> int:
    """The line under line i, past the rules and lone marks between them ("***", "."): the typography
    between a headline and its summary, as between a text's sections."""
    j = i + 1
    while j < len(shapes) and shapes[j] == BLANK:
        j += 1
    return j


def _paired_item(page: Page, labels: list[Label], shapes: list[str], i: int) -> bool:
    """Line i is a story's headline (without a full stop: a headline may ask, exclaim or be cut short by
    the site, "...") and the line under it (see :func:`_under`) its summary."""
    summary = _under(shapes, i)
    if summary >= len(shapes):
        return False
    line = page.lines[i]
    return shapes[i] in (OTHER, PROSE) and shapes[summary] in (PROSE, EXCERPT) and labels[i].keep is None \
        and labels[i].cls != GOOD and (not line.text.endswith(".") or line.text.endswith(TRUNCATED)) \
        and PAIRED_HEADLINE_MIN_WORDS <= line.words <= HEADLINE_MAX_WORDS


def _item(page: Page, labels: list[Label], shapes: list[str], first: int, b: int) -> bool:
    """Lines first..b are one teaser item: ``ITEM_MIN_HEAD_LINES`` to ``ITEM_MAX_HEAD_LINES`` non-prose
    lines with a headline among them, then the summary on line b: a short prose line, or an excerpt
    when the item carries a chrome line of its own. A summary cut short by the site is an excerpt of
    another page whatever its length, and under a single headline too: the body's sections end their
    paragraphs' sentences."""
    if shapes[b] != PROSE and shapes[b] != EXCERPT:
        return False
    head = [i for i in range(first, b) if shapes[i] == OTHER]
    if len(head) < min(CUT_ITEM_MIN_HEAD_LINES, ITEM_MIN_HEAD_LINES):  # a paragraph after a paragraph, mostly
        return False
    cut = page.lines[b].text.endswith(TRUNCATED)
    if shapes[b] == EXCERPT and not (cut or any(labels[i].keep is False for i in range(first, b))):
        return False
    return (CUT_ITEM_MIN_HEAD_LINES if cut else ITEM_MIN_HEAD_LINES) <= len(head) <= ITEM_MAX_HEAD_LINES \
        and any(_headline(page, labels, i) for i in head)


NAME = "teasers"


def run(page: Page, labels: list[Label]) -> list[Label]:
    """Every line of a teaser run set aside with the run's reason, undecided: its prose still counts as
    evidence for the body span (see :mod:`.segmentation`), which does not grow over it, and the context
    stage drops it."""
    reasons = teaser_runs(page, labels)
    if not any(reasons):  # most pages
        return list(labels)
    return [label._replace(aside=reason) if reason else label for label, reason in zip(labels, reasons)]


def _item_groups(page: Page, labels: list[Label], shapes: list[str]) -> list[tuple[int, list[tuple[int, int]]]]:
    """The runs of ``MIN_ITEMS`` or more teaser items in a row (see :func:`_item`), each as (k, items): k
    the non-prose lines of each of its items, alike in every one of them, and its items' (first line,
    summary line). An item is the non-prose lines since the previous prose line or break, and the prose
    line after them. (Compiled: ``_core.item_groups``.)"""
    if native.core is not None:
        return native.core.item_groups(page.lines, labels, shapes, (PROSE, EXCERPT, OTHER, BLANK), TRUNCATED,
                                       (CUT_ITEM_MIN_HEAD_LINES, ITEM_MIN_HEAD_LINES, ITEM_MAX_HEAD_LINES,
                                        HEADLINE_MIN_WORDS, MIN_ITEMS))
    groups: list[tuple[int, list[tuple[int, int]]]] = []
    items: list[tuple[int, int]] = []  # (first line, summary line) of the items of the current run
    prev, k = -1, -1
    for b in (i for i, s in enumerate(shapes) if s not in (OTHER, BLANK)):
        n = sum(1 for i in range(prev + 1, b) if shapes[i] == OTHER)
        is_item = _item(page, labels, shapes, prev + 1, b)
        if not is_item or n != k or not items or items[-1][1] != prev:
            if len(items) >= MIN_ITEMS:
                groups.append((k, items))
            items, k = [], n if is_item else -1
        if is_item:
            items.append((prev + 1, b))
        prev = b
    if len(items) >= MIN_ITEMS:
        groups.append((k, items))
    return groups


def teaser_runs(page: Page, labels: list[Label]) -> list[str]:
    """For each line, why it belongs to a teaser run ("": it does not)."""
    shapes = _shapes(page, labels)
    out = [""] * len(shapes)
    runs: list[list[int]] = []  # [first line, last line, items] of the runs found, merged when close
    for k, items in _item_groups(page, labels, shapes):
        if _counts_up(page, items) or _templated(page, labels, items):
            continue
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
    # Runs of stamped stories join them; where the two overlap, they are one block.
    merged: list[list] = []
    found = _candidates(page, labels)
    for run in sorted([[*run, SHAPE_REASON] for run in runs] + _stamped_runs(page, labels, shapes, found)
                      + _ranked_runs(page, labels, shapes, found) + _glued_runs(page, labels, found)
                      + _stamp_glued_runs(page, labels, shapes, found) + _boxed_runs(page, labels)
                      + _paired_runs(page, labels, shapes)):
        if merged and run[0] <= merged[-1][1] + 1:
            merged[-1][1] = max(merged[-1][1], run[1])
            if run[2] > merged[-1][2]:
                merged[-1][2:] = run[2:]
        else:
            merged.append(run)
    # Teasers stand after the article or before it, not amid prose on both sides: there they are the
    # page's own list (a section front, a list of press releases). Prose after them counts only when
    # the article stood before them and then resumes: a block of paragraphs one after the other, not
    # the summaries of other teasers or a blurb between boxes.
    if not merged:
        return out
    in_run = [False] * len(shapes)
    for first, last, *_ in merged:
        in_run[first:last + 1] = [True] * (last + 1 - first)
    prose = [i for i, label in enumerate(labels)
             if label.cls == GOOD and label.keep is not False and not in_run[i]]
    is_prose = [False] * len(shapes)
    for i in prose:
        is_prose[i] = True
    above, ahead = _prose_words(page, shapes, is_prose)
    closed = _closed(labels, is_prose)
    article = sum(page.lines[i].words for i in prose)
    # Where the runs' stories are each a headline over its summary, the prose that no run took in may be
    # more such stories (each a summary alone under its headline: a story of another shape between two
    # runs), a summary's length or the length of the runs' own longest (a site's front page gives some
    # stories eighty words), give or take a clause (see ``LONE_SUMMARY_SLACK``). The article is the other
    # prose; with no more of it than an intro or the site's blurb, the runs are the page's list.
    summary_words = LONE_SUMMARY_SLACK * max([SUMMARY_MAX_WORDS, *(
        page.lines[i].words for i, run in enumerate(in_run) if run and labels[i].cls == GOOD)])
    paragraphs_above = list(accumulate((page.lines[i].words if is_prose[i] and not _lone_summary(
        page, labels, is_prose, i, summary_words) else 0 for i in range(len(shapes))), initial=0))
    listing = paragraphs_above[-1] < LISTING_MAX_PARAGRAPH_WORDS
    for first, last, n, reason in merged:
        # A river under a header that closes the article, below its prose, follows the article's end
        # however short the article and whatever prose comes further down.
        after_closer = reason in (STAMP_REASON, PAIRED_REASON) and closed[first] and bool(prose) \
            and prose[0] < first
        stories = reason in (SHAPE_REASON, STAMP_REASON)
        article_above = (paragraphs_above if stories else above)[first]
        own_list = bool(prose) and prose[0] < first and prose[-1] > last and (
            article_above < ARTICLE_MIN_WORDS or ahead[last + 1] >= RESUME_WORDS)
        if not after_closer and (article < ARTICLE_MIN_WORDS or stories and listing or own_list):
            continue
        out[first:last + 1] = [reason.format(n=n)] * (last + 1 - first)
    return out


def _closed(labels: list[Label], is_prose: list[bool]) -> list[bool]:
    """For every line: a header that closes the article ("Другие новости раздела", "Other news") stands
    between it and the last prose line above it. A river of stories under their time stamps and under
    such a header follows the article's end, however short the article and whatever prose comes further
    down (another box). Not so for runs of the other kinds: under "Around the web" or "9 Comments" a
    listing's entries or a thread's posts may be the page's content. (Compiled: ``_core.closed_lines``.)"""
    if native.core is not None:
        return native.core.closed_lines(labels, is_prose)
    out, closed = [], False
    for label, prose in zip(labels, is_prose):
        out.append(closed)
        closed = not prose and (closed or label.closes)
    return out


def _lone_summary(page: Page, labels: list[Label], is_prose: list[bool], i: int, summary_words: int) -> bool:
    """Prose line i reads as an item of a list: a summary (at most ``summary_words`` words) with no
    prose right above or below it, under a headline (``LONE_HEADLINE_MIN_WORDS`` words or more) at most
    ``ITEM_MAX_HEAD_LINES`` lines up. An article's paragraphs follow one another, or run longer than a
    summary."""
    if page.lines[i].words > summary_words or i + 1 < len(is_prose) and is_prose[i + 1]:
        return False
    for j in range(i - 1, max(i - 1 - ITEM_MAX_HEAD_LINES, -1), -1):
        if is_prose[j]:
            return False
        if _headline(page, labels, j, LONE_HEADLINE_MIN_WORDS) and labels[j].cls != GOOD:
            return True
    return False


def _prose_words(page: Page, shapes: list[str], is_prose: list[bool]) -> tuple[list[int], list[int]]:
    """For every line (and one past the last): the words of the prose lines above it, and the words of
    the longest block of consecutive prose lines (rules between them allowed) from it on. Worked out
    once for all the runs: a walk of the page for each run would make a long page's runs quadratic.
    (Compiled: ``_core.prose_words``.)"""
    if native.core is not None:
        return native.core.prose_words(page.lines, shapes, is_prose, BLANK)
    above = [0]
    for i, prose in enumerate(is_prose):
        above.append(above[-1] + page.lines[i].words if prose else above[-1])
    ahead = [0] * (len(shapes) + 1)
    block = 0  # the words of the block that line i stands in, from line i to its end
    for i in range(len(shapes) - 1, -1, -1):
        if is_prose[i]:
            block += page.lines[i].words
        elif shapes[i] != BLANK:
            block = 0
        ahead[i] = max(block, ahead[i + 1])
    return above, ahead
