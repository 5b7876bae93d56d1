"""Hard-wrapped text: put the lines of one paragraph back together before any stage judges them.

Text dumps of web pages (``lynx -dump``, ``w3m``, ``html2text``, e-mail, ``fold``) break every
paragraph into lines of at most some width W (72 to 80 columns as a rule). Cut so, a paragraph's
lines look like headlines and menu items: short, no sentence end. Judged line by line, most of the body
would be lost. So the stages judge *blocks*: the lines of one wrapped paragraph, joined.

Greedy wrapping leaves its own trace: a line was broken where it was because the next word did not fit,
``len(line) + 1 + len(next word) > W``. A paragraph's last line, a heading or a menu item is followed by
a line whose first word *would* have fitted. That test, with W the width of the page's longest lines,
finds the joins; it is applied only when enough lines show it, so unwrapped text (one paragraph per line,
as in Common Crawl WET files) stays one block per line.
"""
from __future__ import annotations

import re

from .language import CJK_CHAR

#: A text is taken as hard-wrapped only when at least this many lines end where the next word would not
#: have fitted (one or two such lines happen by chance in an unwrapped page) ...
MIN_BROKEN_LINES = 3
#: ... and when they are a good share of its long prose lines. In wrapped text three in four lines longer
#: than half the width are broken paragraph lines (the others end a paragraph); in unwrapped text, next
#: to none. Measured on the dev pages: no unwrapped page
#: passes both tests; wrapped at 72 columns, all but one in twenty (most of those Chinese or Japanese).
MIN_BROKEN_SHARE = 0.4
#: Wrapping widths in use run from 60 to 100 columns or so; a page whose longest lines are far wider
#: is not wrapped (its paragraphs are single lines).
MAX_WIDTH = 200
MIN_WIDTH = 30
#: A token this long (a URL, a path) cannot be broken and overruns the width; such lines do not set it.
UNBREAKABLE = 30
#: A wrapped paragraph line is prose: at least this share of its words (of those in a script with case)
#: start lower-case. Headlines, menu items and share rows are title case, and one that happens to fill
#: the width must not be glued to the paragraph under it.
MIN_LOWER_SHARE = 0.3
#: Separators between menu items ("Home | News", "Sport » Football"): such a line is not prose either.
MENU_SEPARATOR = re.compile(r"\s[|»›·•/]\s")
#: A line that starts a list item starts a block of its own even after a full line.
LIST_START = re.compile(r"(?:[-*•–·+]|\d{1,3}[.)]|\[\d+\])\s")


def _width(lines: list[str]) -> int:
    """The wrapping width: the length of the longest line without an unbreakable token. The scan stops
    at the first such line wider than MAX_WIDTH (the text is not wrapped); only a line longer than all
    before it is split into words, so the cost stays linear and small."""
    width = 0
    for line in lines:
        if len(line) > width and (len(line) < UNBREAKABLE or max(map(len, line.split())) < UNBREAKABLE):
            width = len(line)
            if width > MAX_WIDTH:
                break
    return width


def _prose(line: str) -> bool:
    cased = [word[0].islower() for word in line.split() if word[0].isupper() or word[0].islower()]
    return MENU_SEPARATOR.search(line) is None and (
        not cased or sum(cased) >= MIN_LOWER_SHARE * len(cased))


def _broken(line: str, following: str, width: int) -> bool:
    """``line`` was broken by the wrapper: the first word of ``following`` would not have fitted on it.
    Chinese and Japanese text is wrapped between any two characters, not at spaces: there the test says
    nothing, and a line that goes on in those scripts is never taken as broken."""
    if not line or not following or LIST_START.match(following.lstrip()):
        return False
    word = following.split()[0]
    return len(line) <= width < len(line) + 1 + len(word) and len(word) < UNBREAKABLE \
        and not CJK_CHAR.search(word) and _prose(line)


def blocks(lines: list[str]) -> list[list[int]]:
    """Indices of ``lines`` (the input lines, right-stripped of ``page.EDGE_SPACE``, blank ones included)
    grouped into blocks: one list per wrapped paragraph, one per other non-blank line. Blank lines belong
    to no block."""
    width = _width(lines)
    breaks = []
    if MIN_WIDTH <= width <= MAX_WIDTH:
        breaks = [_broken(lines[i], lines[i + 1], width) for i in range(len(lines) - 1)] + [False]
        count = sum(breaks)
        long_lines = sum(1 for line in lines if len(line) > width // 2 and _prose(line))
        if count < MIN_BROKEN_LINES or count < MIN_BROKEN_SHARE * long_lines:
            breaks = []
    out: list[list[int]] = []
    joining = False
    for i, line in enumerate(lines):
        if not line:
            joining = False
            continue
        if joining:
            out[-1].append(i)
        else:
            out.append([i])
        joining = bool(breaks) and breaks[i]
    return out
