"""Headline runs at the end of the body span: the related-content list that the span swallowed.

The body span (:mod:`.segmentation`) is the maximum-sum run of evidence, and a list of other stories after
the article can carry enough evidence to join it: a headline of fifteen words, or a headline with its
one-sentence summary, counts as much as a short paragraph. Such a span runs on past the article's
last paragraph over headlines ("NASA tracking THREE asteroids headed this way"), kickers ("Company
Town"), bylines and summaries, and the chrome of the box ("Like this story? Share it", "More From the
Los Angeles Times", "← Previous Story") stands right after that paragraph.

A *trailing headline run* is that tail of the span: it starts at a chrome line that stands at most
``MAX_GAP_LINES`` lines after the span's last paragraph (a menu run's lines go anyway and are not
counted), and it holds ``MIN_HEADLINES`` headlines or more and no paragraph. A *paragraph* here is
a line that ends a sentence and is no teaser's summary: a summary is a line of at most
``SUMMARY_MAX_WORDS`` words under a headline, at most ``SUMMARY_MAX_DISTANCE`` lines below it (a
byline and a date between). Everything from that chrome line to the span's end goes.

Instead of a chrome line, the list may open with its own heading in title case right after the last
paragraph ("On Our Radar", "Next Up In Science & Health", "More Blog Stories"). A heading is also
how the article's last section opens, so then the run holds no line that ends a sentence: bare
headlines, as a box of links prints them, and no section of text (no summaries either, which a
section's paragraph would pass for); nor a web address: links to other sites under a heading ("Und
zum Schluss - Das BananenWeb", "Rocken mit Banane: www.banane-rockt.de") are the text's own list.

The body ends in lists and headings too, and the rule keeps clear of them:

- a short heading between paragraphs has paragraphs after it; so do the article's last subheading
  and its paragraph, unless every section after the chrome line is one short paragraph under a
  heading of four words or more, three times over;
- chrome that the body prints before (an "Advertisement" between its paragraphs, a "Jetzt anmelden"
  button under every event of a list) is its layout, not the end of the article: a tail that opens
  with a repeat of such a line stays;
- a list of key points under a heading at the article's end: a heading in sentence case ("Key
  points") opens no run, only one in title case, as a box's name is printed (the rule's risk: such a
  list under "Key Points", each point without a full stop, goes);
- an FAQ or an interview: questions and answers end their sentences, and no question is a headline;
- a list that ends the article (key points, ingredients, a poem's last stanza, tour dates) follows
  its text directly or under its own heading (one in sentence case, or with a line that ends a
  sentence under it), not under a chrome line; a list item with a marker ("- Flour", "3. Stir"), a
  lower-case or comma-ended line, a table row, a line of code, a reference or an enumeration (two
  commas or more: "CNN, "China exempts US soybeans ...," Sept. 13, 2019") is no headline;
- the text's own list after the chrome line (references under "About this article", a table of tour
  dates) has as many lines that read as no headline (two commas or more, table cells, code) as the
  tail has headlines, or more: then the tail is the text's, and stays;
- a page whose text is itself a list of items (a deals page: product names and their features; a
  slideshow: slide titles and photo credits; a section front: stories, each a headline over its
  summary and its byline) has as many headline-like lines as lines that end a sentence before the
  chrome line, a summary under its headline counting as an item's, not as a paragraph: its tail may be
  more of the same, and stays. Not when its items are each a headline over its summary (one in
  ``ITEMS_SUMMARISED`` at least) and the tail ends no sentence: bare headlines are no more of such
  items (an interview's sections, each a heading over a quotation, read as such items too).
"""
from __future__ import annotations

from ..labels import BAD, Label
from ..page import Line, Page
from .features import WEB_ADDRESS, list_item
from .teasers import HEADLINE_MAX_WORDS, HEADLINE_MIN_WORDS, SUMMARY_MAX_WORDS

#: Three headlines after the article make a list of stories; a caption or two do not.
MIN_HEADLINES = 3
#: Between the article's last paragraph and the chrome that opens the tail there may stand a credit
#: or a note ("Fox News' Jessica Napoli contributed to this report.", a signature), no more (lines of
#: a menu run aside): chrome further down is no sign that the text ended before it, and the lines
#: left between the paragraph and the tail would stand at the span's edge on the re-check pass.
MAX_GAP_LINES = 2
#: A teaser's summary stands right under its headline, or under the byline and the date that follow it.
SUMMARY_MAX_DISTANCE = 3
#: A headline has at most this many commas: a reference ("Tax Foundation, "Tracking ...," May 31,
#: 2019") or an enumeration ("Eggs, flour, sugar") has more.
HEADLINE_MAX_COMMAS = 1

#: Before the chrome line, items of a headline each over its summary: at least one in this many headlines
#: has its summary (a slideshow's slide titles over their credits have none).
ITEMS_SUMMARISED = 2

#: A heading that opens a list of links is a name of a few words: "On Our Radar", "More From Vox",
#: "Next Up In Science & Health".
HEADING_MAX_WORDS = 6

REASON = ("headline run at the end of the body span: {n} headlines without a sentence end (with their "
          "kickers, bylines and summaries) {after} its last paragraph (line {p})")
AFTER_CHROME = "after the chrome that follows"
AFTER_HEADING = "under a heading in title case right after"


def _ends_sentence(line: Line, label: Label) -> bool:
    """A line of text that ends a sentence: no chrome, no slogan ("Lowest Prices Anywhere!"), no line
    that announces what follows ("*Price with Promo Code:")."""
    return line.terminal and label.cls != BAD and label.keep is not False and not line.text.endswith(":") \
        and not (line.words < HEADLINE_MIN_WORDS and line.title_share == 1)


def _open(label: Label) -> bool:
    """Still open (``Label.revisable``) and not chrome on its own evidence. Wider than span's
    ``undecided``, which also asks for a short or near line."""
    return label.revisable and label.cls != BAD


def _reads_as_headline(line: Line) -> bool:
    """Four to twenty words, no sentence end, and none of the marks of a table row, code, a reference or
    an enumeration."""
    return (not line.terminal and HEADLINE_MIN_WORDS <= line.words <= HEADLINE_MAX_WORDS
            and not line.text[:1].islower() and not line.text.endswith(",") and not line.code_like
            and line.cells < 2 and line.text.count(",") <= HEADLINE_MAX_COMMAS)


def _headline(line: Line, label: Label) -> bool:
    """An open line that reads as a headline and has no list marker of the text's own ("- ", "3. "; a
    renderer's bullet before every item of a box of links is none: see ``RENDERED_BULLET``)."""
    return _open(label) and _reads_as_headline(line) and not list_item(line.text)


def _text_line(line: Line, label: Label) -> bool:
    """An open line of four words or more without a sentence end that reads as no headline: a
    reference, an enumeration, a table row, code: the text's own list. (A bulleted line that reads as
    a headline is neither: a key point or a related link.)"""
    return _open(label) and not line.terminal and line.words >= HEADLINE_MIN_WORDS \
        and not _reads_as_headline(line)


def _heading(line: Line, label: Label) -> bool:
    """An open line of at most ``HEADING_MAX_WORDS`` words in title case without a sentence end: the
    name of a box of links."""
    return _open(label) and not line.terminal and line.words <= HEADING_MAX_WORDS and line.title_share == 1


def _chrome(label: Label) -> bool:
    """Chrome on its own evidence, or a header that closes the article ("Related articles")."""
    return label.closes or label.cls == BAD and label.keep is False


def _summary(page: Page, labels: list[Label], i: int) -> bool:
    """Line i (which ends a sentence) is a teaser's summary: short, and under a headline."""
    if page.lines[i].words > SUMMARY_MAX_WORDS:
        return False
    for j in range(i - 1, max(i - 1 - SUMMARY_MAX_DISTANCE, -1), -1):
        if _headline(page.lines[j], labels[j]):
            return True
        if _ends_sentence(page.lines[j], labels[j]):
            return False
    return False


def trailing_run(page: Page, labels: list[Label], menus: list[bool], first: int,
                 last: int) -> tuple[int, str] | None:
    """(first line, reason) of a trailing headline run of the span first..last, or None. ``menus``
    flags the lines of menu runs, which go anyway and stand in no gap. Linear in the span."""
    lines = page.lines
    p = last
    while p >= first and not (_ends_sentence(lines[p], labels[p]) and not _summary(page, labels, p)):
        p -= 1
    if p < first:
        return None
    start, gap = p + 1, 0
    while start <= last and not _chrome(labels[start]) and gap <= MAX_GAP_LINES:
        gap += not menus[start]
        start += 1
    after = AFTER_CHROME
    if start > last or gap > MAX_GAP_LINES:
        start = p + 1
        while start <= last and menus[start]:
            start += 1
        if start > last or not _heading(lines[start], labels[start]) \
                or any(_ends_sentence(lines[i], labels[i]) or WEB_ADDRESS.search(lines[i].text) is not None
                       for i in range(start + 1, last + 1)):
            return None
        after = AFTER_HEADING
    elif lines[start].key in {lines[i].key for i in range(first, p) if _chrome(labels[i])}:
        return None
    heads = sum(1 for i in range(start, last + 1) if _headline(lines[i], labels[i]))
    own_list = sum(1 for i in range(start, last + 1) if _text_line(lines[i], labels[i]))
    if heads < MIN_HEADLINES or own_list >= heads:
        return None
    listed = sum(1 for i in range(first, start) if _headline(lines[i], labels[i]))
    sentences = [i for i in range(first, start) if _ends_sentence(lines[i], labels[i])]
    summaries = sum(1 for i in sentences if _summary(page, labels, i))
    paragraphs = len(sentences) - summaries
    # Items that are each a headline over its summary (a section front's stories, an interview's
    # sections under their headings) are no more of the same in a tail of bare headlines.
    bare = summaries * ITEMS_SUMMARISED >= listed and not any(_ends_sentence(lines[i], labels[i])
                                                               for i in range(start, last + 1))
    return (start, REASON.format(n=heads, after=after, p=lines[p].number)) if listed < paragraphs or bare else None
