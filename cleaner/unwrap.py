"""Hard-wrapped text: put the lines of one paragraph back together before any stage judges them.

Text dumps of web pages (``lynx -dump``, ``w3m``, ``html2text``, e-mail, ``fold``) break every
paragraph into lines of at most some width W (72 to 80 columns as a rule). Cut so, a paragraph's
lines look like headlines and menu items: short, no sentence end. Judged line by line, most of the body
would be lost. So the stages judge *blocks*: the lines of one wrapped paragraph, joined.

Greedy wrapping leaves its own trace: a line was broken where it was because the next word did not fit,
``len(line) + 1 + len(next word) > W``. A paragraph's last line, a heading or a menu item is followed by
a line whose first word *would* have fitted. That test, with W the width at which the most lines show
it, finds the joins; it is applied only when enough lines show it, so unwrapped text (one paragraph per
line, as in Common Crawl WET files) stays one block per line.
"""
from __future__ import annotations

import re

from .language import CJK_CHAR

#: A text is taken as hard-wrapped only when at least this many lines end where the next word would not
#: have fitted (one or two such lines happen by chance in an unwrapped page) ...
MIN_BROKEN_LINES = 3
#: ... when they are a good share of its long prose lines (in wrapped text three in four lines longer
#: than half the width are broken paragraph lines, the others end a paragraph; in unwrapped text, next
#: to none) ...
MIN_BROKEN_SHARE = 0.4
#: ... and when few lines are wider than the width: a table row or a heading the wrapper left alone, not
#: the paragraphs of an unwrapped page. (List items do not count: html2text leaves them unwrapped.)
#: Measured on the dev pages (1170 pages, two renderers): one page passes all three tests, and it is a
#: preformatted article that is wrapped indeed; of the same pages wrapped at 72 columns 95% pass, of
#: html2text's own 78-column output 91% (the rest is mostly Chinese and Japanese, where the test cannot
#: apply, and pages with a few short paragraphs).
MAX_OVER_WIDTH_SHARE = 0.25
#: Wrapping widths in use run from 60 to 100 columns or so (html2text 78, lynx 79, w3m and fold 80).
MIN_WIDTH = 50
MAX_WIDTH = 132
#: A token this long (a URL, a path) cannot be broken and overruns the width.
UNBREAKABLE = 30
#: A wrapped paragraph line is prose: at least this share of its words (of those in a script with case)
#: start lower-case. Headlines, menu items and share rows are title case, and one that happens to fill
#: the width must not be glued to the paragraph under it.
MIN_LOWER_SHARE = 0.3
#: Separators between menu items ("Home | News", "Sport » Football"): such a line is not prose either.
MENU_SEPARATOR = re.compile(r"\s[|»›·•/]\s")
#: A sentence's end, a closing quote or bracket after it.
SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*$")
#: A line that starts a list item starts a block of its own even after a full line.
LIST_START = re.compile(r"(?:[-*•–·+]|\d{1,3}[.)]|\[\d+\])\s")


def _prose(line: str) -> bool:
    cased = [word[0].islower() for word in line.split() if word[0].isupper() or word[0].islower()]
    return MENU_SEPARATOR.search(line) is None and (
        not cased or sum(cased) >= MIN_LOWER_SHARE * len(cased))


def _room(line: str, following: str) -> tuple[int, int] | None:
    """The widths W at which a wrapper would have broken ``line`` before ``following``: from the line's
    own length up to the length with the next word added, ``len(line) + len(word)``. None when the pair
    cannot be two lines of one paragraph by their lengths and first word: the next line starts a list
    item or is not in a spaced script (Chinese and Japanese wrap between any two characters), or
    ``line`` ends a sentence and the next starts lower-case, as no sentence does (a paragraph whose last
    line happens to fill the width, and a menu item or a label under it). :func:`_breaks` then asks
    that both lines read as prose."""
    if not following or not MIN_WIDTH - UNBREAKABLE < len(line) <= MAX_WIDTH \
            or LIST_START.match(following.lstrip()):
        return None
    word = following.split(None, 1)[0]  # the first word only: the line may be a long paragraph
    if len(word) >= UNBREAKABLE or CJK_CHAR.search(word) or SENTENCE_END.search(line) and word[0].islower():
        return None
    return len(line), len(line) + len(word)


def _unbreakable(line: str) -> bool:
    return max(map(len, line.split()), default=0) >= UNBREAKABLE


def _over(line: str, width: int) -> bool:
    """A line wider than the width that the wrapper could have broken (not a list item: html2text leaves
    those alone)."""
    return len(line) > width and not LIST_START.match(line.lstrip()) and not _unbreakable(line)


def _too_many_over(lines: list[str], width: int, best: int) -> bool:
    """More than ``MAX_OVER_WIDTH_SHARE`` * ``best`` lines are :func:`_over` the width. The count stops
    as soon as it is reached: an unwrapped page's paragraphs are all over it, and each costs a split."""
    limit = MAX_OVER_WIDTH_SHARE * best
    over = 0
    for line in lines:
        if len(line) > width and _over(line, width):
            over += 1
            if over > limit:
                return True
    return False


def _widest_cover(rooms: list[tuple[int, int] | None]) -> tuple[int, int]:
    """(count, width): the width in MIN_WIDTH..MAX_WIDTH that the most ``rooms`` cover, and how many.
    Of widths that tie, the widest: a narrower one would leave the longest broken lines wider than it,
    and they would count as lines the wrapper left alone."""
    cover = [0] * (MAX_WIDTH + 2)
    for room in rooms:
        if room is not None and room[1] >= MIN_WIDTH:
            cover[max(room[0], MIN_WIDTH)] += 1
            cover[room[1] + 1 if room[1] < MAX_WIDTH else MAX_WIDTH + 1] -= 1
    best, width, running = 0, 0, 0
    for w in range(MAX_WIDTH + 1):
        running += cover[w]
        if running >= best and running:
            best, width = running, w
    return best, width


def _breaks(lines: list[str]) -> list[bool]:
    """For each line, whether the wrapper broke it (the paragraph goes on in the next line). The width is
    the one at which the most lines were broken: for every pair of lines, the widths at which the first
    would have been broken form a range, and the width covered by the most ranges wins (one pass with a
    difference array over MIN_WIDTH..MAX_WIDTH, so a few wide lines - a table row, a heading - do not set
    it as the longest line would).

    The lengths alone rule out most unwrapped pages (too few ranges meet, or many lines are wider than
    any wrapping width) before the costlier prose test of every candidate line. No more lines can have
    been broken than have a breakable length, so a page with too many lines over every width for that
    many (half the dev pages: their paragraphs) is ruled out before the ranges are worked out."""
    breakable = sum(1 for line in lines if MIN_WIDTH - UNBREAKABLE < len(line) <= MAX_WIDTH)
    if _too_many_over(lines, MAX_WIDTH, breakable):
        return []
    rooms = [_room(lines[i], lines[i + 1]) if lines[i] else None for i in range(len(lines) - 1)]
    best, _ = _widest_cover(rooms)
    if best < MIN_BROKEN_LINES or _too_many_over(lines, MAX_WIDTH, best):
        return []
    # Each line is tested for prose once, whether it stands first or second in a pair.
    prose = {j: _prose(lines[j]) for i, room in enumerate(rooms) if room is not None for j in (i, i + 1)}
    rooms = [room if room is not None and prose[i] and prose[i + 1] else None for i, room in enumerate(rooms)]
    best, width = _widest_cover(rooms)
    if best < MIN_BROKEN_LINES:
        return []
    long_prose = sum(1 for j, line in enumerate(lines)
                     if width // 2 < len(line) <= width and (prose[j] if j in prose else _prose(line)))
    if best < MIN_BROKEN_SHARE * long_prose or _too_many_over(lines, width, best):
        return []
    return [room is not None and room[0] <= width <= room[1] for room in rooms] + [False]


def blocks(lines: list[str]) -> list[list[int]]:
    """Indices of ``lines`` (the input lines, right-stripped of ``page.EDGE_SPACE``, blank ones included)
    grouped into blocks: one list per wrapped paragraph, one per other non-blank line. Blank lines belong
    to no block."""
    breaks = _breaks(lines)
    if not breaks:  # unwrapped text, as most is: one block per non-blank line
        return [[i] for i, line in enumerate(lines) if line]
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
        joining = breaks[i]
    return out
