"""The site's rules for readers' comments: a box of rules under its own header, after the article.

News sites print their commenting rules under the article or at the end of the page: a header
("Правила комментирования материалов", "Comment policy", "Zasady komentowania") and under it some
twenty lines of rules, paragraphs and list items ("Пользователь обязуется высказываться уважительно
...", "не соответствует тематике страницы;", "Comments that are off-topic will be removed."). They read
as prose, a lot of it: on a page with a short article the rules outweigh the article, and the body span
lands on them, or runs on into them. The header gives them away (``data/comment_rules.txt``: headers
that name the rules for comments or discussion, in every language covered, matched as a whole line).

A *rules box* is such a header and the lines under it, down to the next line that is chrome on its own
evidence or a header that closes the article (the rules end where the page's furniture resumes), at
most ``BOX_MAX_LINES`` lines. Its lines become chrome: they weigh against the body span like any
chrome line, and go.

The body keeps clear of it:

- the header is a whole line: an article that speaks of rules or of a user agreement ("Правила
  комментирования на сайте изменились ...") names them in a sentence;
- the box follows an article of ``ARTICLE_MIN_WORDS`` words of prose above its header: the same
  header in a menu at the top of the page is a link, and a page of nothing but the rules (the site's
  own rules page) is the content;
- rules are text: a prose line stands within ``PROSE_WITHIN`` lines under the header, before any chrome
  line. A header among the links of a footer ("Правила комментирования", "Обратная связь", "FAQ")
  heads none.
"""
from __future__ import annotations

import functools

from .. import lexicon
from ..labels import BAD, GOOD, NEAR, Label
from ..page import Page

NAME = "rules"

#: The reason given to the lines of a rules box.
REASON = "the site's rules for readers' comments, under the header on line {header}"
#: A box of rules is a screenful: twenty to forty lines. Past this many lines under the header a run
#: without chrome is no longer taken for the rules.
BOX_MAX_LINES = 60
#: The rules follow an article: at least this many words of prose (a paragraph or two of a news item)
#: stand above the header...
ARTICLE_MIN_WORDS = 50
#: ... and open with a line of prose at most this many lines under the header (a "Log in / Register"
#: link may stand between).
PROSE_WITHIN = 3


@functools.lru_cache(maxsize=1)
def headers() -> frozenset[str]:
    """The headers of data/comment_rules.txt, normalised as the lexicons compare lines."""
    return frozenset(map(lexicon.normalise, lexicon.data_lines("comment_rules.txt")))


def _prose(page: Page, labels: list[Label], i: int) -> bool:
    label = labels[i]
    return label.keep is not False and (label.cls == GOOD or label.cls == NEAR and page.lines[i].terminal)


def _chrome(label: Label) -> bool:
    return label.cls == BAD or label.closes or label.final


def _box_end(page: Page, labels: list[Label], header: int) -> int | None:
    """One past the last line of the rules box under line ``header``, or None when no prose opens it."""
    opens = False
    for j in range(header + 1, min(header + 1 + PROSE_WITHIN, len(labels))):
        if _chrome(labels[j]):
            break
        if _prose(page, labels, j):
            opens = True
            break
    if not opens:
        return None
    j = header + 1
    while j < len(labels) and j - header <= BOX_MAX_LINES and not _chrome(labels[j]):
        j += 1
    return j


def run(page: Page, labels: list[Label]) -> list[Label]:
    """The lines of every rules box made chrome, each with the line number of its header."""
    names = headers()
    out = list(labels)
    if names.isdisjoint([line.key for line in page.lines]):  # most pages: no header, no box
        return out
    above = 0  # words of prose above line i
    i = 0
    while i < len(labels):
        if above >= ARTICLE_MIN_WORDS and page.lines[i].key in names:
            end = _box_end(page, labels, i)
            if end is not None:
                reason = REASON.format(header=page.lines[i].number)
                if not labels[i].final:
                    out[i] = Label(BAD, False, NAME, reason)
                out[i + 1:end] = [Label(BAD, False, NAME, reason)] * (end - i - 1)
                i = end
                continue
        if labels[i].cls == GOOD and labels[i].keep is not False:
            above += page.lines[i].words
        i += 1
    return out
