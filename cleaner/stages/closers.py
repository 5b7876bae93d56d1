"""Headers that close an article, repeated at the spacing of a listing's entries: each entry's furniture.

Under an article, "3 Comments", "Leave a comment" or "Post a comment" closes the text: what follows is
the readers' thread or other stories, and the body span does not run on past it (see
:data:`.span.CLOSER_EVIDENCE`). A blog's front page or a news listing prints the same line under every
post it lists (a headline, a date or byline, a summary, then "3 Comments"): there it ends an entry, not
the text, and read as a closer it would cut the listing after its first post.

So the closers of one lexicon entry ("{n} comments", with any number) that come back ``MIN_ENTRIES``
times or more, each within ``ENTRY_MAX_LINES`` lines of the one before and ``ENTRY_MIN_LINES`` lines or
more after it, are an entry's furniture: still chrome (the line goes), but no end of the text. Any other
count that closes between the first and the last of them ("1 comment" between "0 comments") ends an
entry too: the entries go on past it (a header without a number, "Related stories", stays a closer).
An article that really ends at its comments' header prints it once, or twice (above the article as a
jump link, above the thread), never in a chain down the page; and beside an
article (a block of ``ARTICLE_MIN_PARAGRAPHS`` consecutive paragraphs or more and ``ARTICLE_MIN_WORDS``
words or more outside the chain), or under another closer further up than one entry ("More stories"
over the menu under a short news item), the chain is a river of other stories, whose closers stay: the
article is the page's text.
"""
from __future__ import annotations

import re

from ..labels import BAD, Label
from ..page import Page
from .comments import ARTICLE_MIN_WORDS
from .lexicon import NAME as LEXICON_STAGE
from .span import paragraph

NAME = "closers"
#: Why a repeated closer goes and yet ends nothing.
REASON = "an entry's closing line (the same closer under every entry of a listing)"
#: A listing shows three entries or more; an article's comments' header stands once, or twice.
MIN_ENTRIES = 3
#: An entry has a headline and a closer at least (closers on adjacent lines are a menu's or a tab row's)
#: and at most a headline, a kicker, a date, a byline, a summary of a few lines, tags and the closer.
ENTRY_MIN_LINES = 2
ENTRY_MAX_LINES = 12
#: A closer with a number in it: a count ("1 comment", "Comments (3)").
COUNT = re.compile(r"\d")
#: An article has two paragraphs or more in a row; a listing's entry one summary, however long.
ARTICLE_MIN_PARAGRAPHS = 2


def run(page: Page, labels: list[Label]) -> list[Label]:
    out = list(labels)
    chain_of: dict[Label, list[int]] = {}  # per closer (one lexicon entry, one label): its latest chain
    runs: list[list[int]] = []
    first_closer = None  # the page's first closer: a chain that starts further down follows the text's end
    for i, label in enumerate(labels):
        if not (label.closes and label.stage == LEXICON_STAGE):
            continue
        first_closer = i if first_closer is None else first_closer
        chain = chain_of.get(label)
        if chain is not None and ENTRY_MIN_LINES <= i - chain[-1] <= ENTRY_MAX_LINES:
            chain.append(i)
        else:
            if chain is not None and len(chain) >= MIN_ENTRIES:
                runs.append(chain)
            chain_of[label] = [i]
    runs.extend(chain for chain in chain_of.values() if len(chain) >= MIN_ENTRIES)
    if not runs:
        return labels
    article_end, article_start = _articles(page, labels)
    for chain in runs:
        first, last = chain[0], chain[-1]
        # Beside an article, or more than one entry (the chain's first step) under another closer: a river.
        if article_end < first or article_start > last or first - first_closer > chain[1] - first:
            continue
        for k in range(first, last + 1):
            if labels[k] is labels[first] or labels[k].closes and COUNT.search(page.lines[k].text):
                out[k] = Label(BAD, False, NAME, REASON, True)
    return out


def _articles(page: Page, labels: list[Label]) -> tuple[int, int]:
    """Where the first article ends at the earliest, and where the last one starts (len(labels) and -1
    where the page has none): an article here is a block of ``ARTICLE_MIN_PARAGRAPHS`` consecutive
    paragraphs or more, of ``ARTICLE_MIN_WORDS`` words or more."""
    first_end, last_start = len(labels), -1
    start, words = 0, 0
    for i, (line, label) in enumerate(zip(page.lines, labels)):
        if not paragraph(line, label):
            start, words = i + 1, 0
            continue
        words += line.words
        if words >= ARTICLE_MIN_WORDS and i - start + 1 >= ARTICLE_MIN_PARAGRAPHS:
            first_end, last_start = min(first_end, i), start
    return first_end, last_start
