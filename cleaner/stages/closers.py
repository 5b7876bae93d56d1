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

A button printed on every card of a grid or list ("Read more", "Add to cart", "Add to wishlist") is the
lexicon's chrome too, but one line of chrome in every entry would count against the body as often as
there are entries, and the span would break the listing up between them. The same chrome line in such
a chain (``MIN_ENTRIES`` copies or more at an entry's spacing) is an entry's button: it goes, and
counts neither for the body nor against it (see :data:`BUTTON_REASON`). Beside an article, even a
short one (see ``BUTTON_ARTICLE_MIN_WORDS``), the chain's entries are a river of other stories or a
thread of comments ("Read more" under every teaser, "Reply" under every comment), and so are entries
with a date or a clock in most of them (see ``STAMPED_SHARE``): the chain's lines stay chrome that
weighs against the body.
"""
from __future__ import annotations

import re

from ..labels import BAD, NEAR, Label
from ..page import Line, Page
from .comments import ARTICLE_MIN_WORDS
from .features import DATELINE_REASON
from .lexicon import NAME as LEXICON_STAGE
from .span import paragraph

NAME = "closers"
#: Why a repeated closer goes and yet ends nothing.
REASON = "an entry's closing line (the same closer under every entry of a listing)"
#: Why a line of chrome printed in every entry goes and yet weighs nothing against the body.
BUTTON_REASON = "an entry's button (the same chrome line in every entry of a listing)"
#: A button says what it does in a few words ("Read more", "Add to cart"); one word in every entry is as
#: often a field's value ("Open", "New") or a box's link ("More") as a card's button.
BUTTON_MIN_WORDS = 2
#: A chain of buttons whose entries carry a dateline or a clock, this share of them or more, is a thread
#: of comments ("Reply" under every comment) or a river of stories: its lines weigh on as chrome.
STAMPED_SHARE = 0.5
#: Beside a few paragraphs of this many words or more, a chain of buttons is a grid of other items (other
#: products under a product's description, other stories under a short item), not the page's listing:
#: a listing's intro is a sentence or two.
BUTTON_ARTICLE_MIN_WORDS = 60
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


def _chains(labels: list[Label], wanted) -> list[list[int]]:
    """The chains of the lexicon's lines that ``wanted`` (a label) picks, one label each: ``MIN_ENTRIES``
    copies or more, each ``ENTRY_MIN_LINES`` to ``ENTRY_MAX_LINES`` lines under the one before."""
    chain_of: dict[Label, list[int]] = {}  # per lexicon entry (one label): its latest chain
    runs: list[list[int]] = []
    for i, label in enumerate(labels):
        if not (label.stage == LEXICON_STAGE and wanted(label)):
            continue
        chain = chain_of.get(label)
        if chain is not None and ENTRY_MIN_LINES <= i - chain[-1] <= ENTRY_MAX_LINES:
            chain.append(i)
        else:
            if chain is not None and len(chain) >= MIN_ENTRIES:
                runs.append(chain)
            chain_of[label] = [i]
    runs.extend(chain for chain in chain_of.values() if len(chain) >= MIN_ENTRIES)
    return runs


def _closer(label: Label) -> bool:
    return label.closes


def _button(label: Label) -> bool:
    return label.keep is False and not label.closes


def run(page: Page, labels: list[Label]) -> list[Label]:
    buttons, runs = _chains(labels, _button), _chains(labels, _closer)
    if not (buttons or runs):
        return labels
    out = list(labels)
    # Beside an article a button weighs on (see the module's docstring): a short news item whose
    # paragraphs alternate with one-sentence lines is an article here too.
    prose = _articles(page, labels, _sentence, BUTTON_ARTICLE_MIN_WORDS) if buttons else None
    for chain in buttons:
        if page.lines[chain[0]].words >= BUTTON_MIN_WORDS and not (_beside(prose, chain) or _stamped(labels, chain)):
            for k in chain:
                out[k] = Label(BAD, False, NAME, BUTTON_REASON, True)
    if not runs:
        return out
    # The page's first closer: a chain that starts further down follows the text's end.
    first_closer = next(i for i, label in enumerate(labels) if label.closes and label.stage == LEXICON_STAGE)
    articles = _articles(page, labels, paragraph, ARTICLE_MIN_WORDS)
    for chain in runs:
        first, last = chain[0], chain[-1]
        # Beside an article (a river), or more than one entry (the chain's first step) under another closer.
        if _beside(articles, chain) or first - first_closer > chain[1] - first:
            continue
        for k in range(first, last + 1):
            if labels[k] is labels[first] or labels[k].closes and COUNT.search(page.lines[k].text):
                out[k] = Label(BAD, False, NAME, REASON, True)
    return out


def _stamped(labels: list[Label], chain: list[int]) -> bool:
    """``STAMPED_SHARE`` or more of the chain's entries (the lines between two of its copies) hold a
    dateline or a clock."""
    stamped = sum(any(labels[k].reason == DATELINE_REASON for k in range(a + 1, b))
                  for a, b in zip(chain, chain[1:]))
    return stamped >= STAMPED_SHARE * (len(chain) - 1)


def _beside(articles: tuple[int, int], chain: list[int]) -> bool:
    """The first article (see :func:`_articles`) ends above the chain, or the last starts below it."""
    return articles[0] < chain[0] or articles[1] > chain[-1]


def _sentence(line: Line, label: Label) -> bool:
    """A paragraph, or a shorter line of prose that ends a sentence."""
    return paragraph(line, label) or label.cls == NEAR and line.terminal


def _articles(page: Page, labels: list[Label], prose, min_words: int) -> tuple[int, int]:
    """Where the first article ends at the earliest, and where the last one starts (len(labels) and -1
    where the page has none): an article here is a block of ``ARTICLE_MIN_PARAGRAPHS`` consecutive
    lines or more that ``prose`` takes for the text's, of ``min_words`` words or more."""
    first_end, last_start = len(labels), -1
    start, words = 0, 0
    for i, (line, label) in enumerate(zip(page.lines, labels)):
        if not prose(line, label):
            start, words = i + 1, 0
            continue
        words += line.words
        if words >= min_words and i - start + 1 >= ARTICLE_MIN_PARAGRAPHS:
            first_end, last_start = min(first_end, i), start
    return first_end, last_start
