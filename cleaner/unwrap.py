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

Which lines go on in the next: two lines that read as prose, and, once the width is known, what the
prose test cannot read: a list item, a table row or a heading that breaks inside a phrase, a paragraph's
short last line ("Dec. 6.") that finishes its sentence, a quotation's lines under their "> " marks. Not
a heading under a paragraph whose last line happens to fill the width.
"""
from __future__ import annotations

import re
from itertools import compress, islice

from . import native
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
#: A page whose broken lines are a smaller share of its long prose lines (a news page whose related
#: headlines and short paragraphs fill half the width) still counts as wrapped when this many broken
#: lines go on in a line that starts lower-case: a paragraph never starts so, a wrapped sentence does
#: half the time. Unwrapped dev pages show at most two such pairs at their best width (1170 pages, two
#: renderers); the same pages wrapped at 72 columns, when the share test fails them, up to 38.
MIN_CONTINUED_LINES = 3
#: Wrapping widths in use run from 60 to 100 columns or so (html2text 78, lynx 79, w3m and fold 80).
MIN_WIDTH = 50
MAX_WIDTH = 132
#: A token this long (a URL, a path) cannot be broken and overruns the width.
UNBREAKABLE = 30
#: A wrapped paragraph line is prose: at least this share of its words (of those in a script with case)
#: start lower-case. Headlines, menu items and share rows are title case, and one that happens to fill
#: the width must not be glued to the paragraph under it.
MIN_LOWER_SHARE = 0.3
#: A paragraph's last line of this many words or fewer, when it ends the sentence that the line above
#: leaves open, is joined even though it does not read as prose (see :func:`_finishes`).
MAX_LAST_LINE_WORDS = 3
#: A label under a paragraph ("Mehr zum Thema:", "Alle Rechte vorbehalten:") ends with a colon, as a
#: paragraph's own last clause may ("The results were:"). Under a line that ends a sentence, a line of
#: this many words or fewer that ends so is taken for a label and left on its own: a clause left so still
#: stands in its text, while a label glued to the paragraph would take the paragraph along with it.
LABEL_MAX_WORDS = 5
#: Separators between menu items ("Home | News", "Sport » Football"): such a line is not prose either.
MENU_SEPARATOR = re.compile(r"\s[|»›·•/]\s")
#: A gap between table cells (a tab, or three spaces or more: two may follow a sentence's end): a table
#: row is not prose either, and a calendar's rows, alike and many, must not set the width.
CELL_GAP = re.compile(r"\S(?:\t| {3,})\S")
#: A sentence's end, a closing quote or bracket after it.
SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*$")
#: An abbreviation of single letters ("a.m.", "U.S.", "e.g.") ends a line without ending its sentence.
ABBREVIATION_END = re.compile(r"(?:^|\s)(?:[^\W\d_]\.){2,}$")
#: Quotation marks at the start of a line (e-mail and Markdown quoting, "> > text"): the wrapper puts them
#: before every line of the quotation, so the word that did not fit is the one after them.
QUOTE_MARKS = "> "
#: A line that starts a list item starts a block of its own even after a full line.
LIST_START = re.compile(r"(?:[-*•–·+]|\d{1,3}[.)]|\[\d+\])\s")


def _prose(line: str) -> bool:
    cased = [word[0].islower() for word in line.split() if word[0].isupper() or word[0].islower()]
    return MENU_SEPARATOR.search(line) is None and CELL_GAP.search(line) is None and (
        not cased or sum(cased) >= MIN_LOWER_SHARE * len(cased))


def _room(line: str, following: str) -> tuple[int, int] | None:
    """The widths W at which a wrapper would have broken ``line`` before ``following``: from the line's
    own length up to the length with the next word added, ``len(line) + len(word)``. None when the pair
    cannot be two lines of one paragraph by their lengths and first word: the next line starts a list
    item or is not in a spaced script (Chinese and Japanese wrap between any two characters), or
    ``line`` ends a sentence (not an abbreviation, "10 a.m.") and the next starts lower-case, as no
    sentence does (a paragraph whose last line happens to fill the width, and a menu item or a label
    under it). :func:`wrapped` then asks that both lines read as prose, or that the break fall inside a
    phrase (:func:`_open`, :func:`_finishes`)."""
    if not following or not MIN_WIDTH - UNBREAKABLE < len(line) <= MAX_WIDTH \
            or LIST_START.match(following.lstrip()):
        return None
    if line[0] == ">" == following[0]:  # a quotation's lines: its mark is not the next word
        following = following.lstrip(QUOTE_MARKS)
        if not following:
            return None
    word = following.split(None, 1)[0]  # the first word only: the line may be a long paragraph
    if len(word) >= UNBREAKABLE or CJK_CHAR.search(word) or word[0].islower() and SENTENCE_END.search(line) \
            and not ABBREVIATION_END.search(line):
        return None
    return len(line), len(line) + len(word)


def _ends(line: str) -> bool:
    """``line`` ends a sentence, or a clause that a list or a quotation follows, as a paragraph does."""
    return SENTENCE_END.search(line) is not None or line.endswith(":")


def _ends_block(line: str) -> bool:
    """``line``, the last of its block, ends a paragraph (:func:`_ends`) rather than a label."""
    return SENTENCE_END.search(line) is not None or line.endswith(":") and len(line.split()) > LABEL_MAX_WORDS


def _open(line: str, following: str, following_prose: bool) -> bool:
    """The break between ``line`` and ``following`` falls inside a phrase: ``line`` ends neither a
    sentence nor a label but a comma, a lower-case word or inside brackets, or ``following`` starts
    lower-case. So a wrapped list item, table row or heading goes on ("June 14 -- Ameris Bank
    Amphitheatre (Formerly Verizon" and "Amphitheatre), Alpharetta, GA"; "... der lange Marsch ins" and
    "Digitale Gesundheitswesen"), which the prose test takes for title case; menu items and headlines,
    one per line, end on a name. Never a row of menu items, whatever its last word ("Share | Tweet |
    Copy link"), nor before a line of prose that starts upper-case (``following_prose``): that is a
    paragraph of its own, and glued to the chrome above it, it would share its fate."""
    if _ends(line) or MENU_SEPARATOR.search(line) or following_prose and following.lstrip()[:1].isupper():
        return False
    last = line.rsplit(None, 1)[-1]
    return last[-1] == "," or last[0].islower() or following.lstrip()[:1].islower() \
        or line.count("(") + line.count("[") > line.count(")") + line.count("]")


def _finishes(line: str, following: str) -> bool:
    """``following`` is the short last line of the sentence that ``line`` leaves open: "... at 10 a.m.
    Friday," and "Dec. 6.", "... the classification of the" and "NASCAR!". Such a last line is a name
    or a date of up to ``MAX_LAST_LINE_WORDS`` words, too few for the prose test, which takes their
    capitals for a headline's. A menu item or a label under a paragraph does not end a sentence, and
    one under a paragraph's own last line is not joined (that line ends a sentence itself)."""
    return len(following.split()) <= MAX_LAST_LINE_WORDS and SENTENCE_END.search(following) is not None \
        and SENTENCE_END.search(line) is None


def _unbreakable(line: str) -> bool:
    return max(map(len, line.split()), default=0) >= UNBREAKABLE


def _over(line: str, width: int) -> bool:
    """A line wider than the width that the wrapper could have broken (not a list item: html2text leaves
    those alone)."""
    return len(line) > width and not LIST_START.match(line.lstrip()) and not _unbreakable(line)


def _too_many_over(lines: list[str], width: int, best: int) -> bool:
    """More than ``MAX_OVER_WIDTH_SHARE`` * ``best`` lines are :func:`_over` the width. The count stops
    as soon as it is reached: an unwrapped page's paragraphs are all over it, and each costs a split.
    (Compiled: ``_core.too_many_over``.)"""
    if native.core is not None:
        return native.core.too_many_over(lines, width, best, MAX_OVER_WIDTH_SHARE, UNBREAKABLE)
    limit = MAX_OVER_WIDTH_SHARE * best
    over = 0
    for line in compress(lines, map(width.__lt__, map(len, lines))):  # the lines longer than the width
        if _over(line, width):
            over += 1
            if over > limit:
                return True
    return False


def _rooms(lines: list[str]) -> list[tuple[int, int] | None]:
    """The :func:`_room` of every line before the next one (a line of no breakable length has none: most
    lines are ruled out before the call). (Compiled: ``_core.rooms``.)"""
    if native.core is not None:
        return native.core.rooms(lines, (MIN_WIDTH, MAX_WIDTH, UNBREAKABLE))
    return [_room(line, following) if MIN_WIDTH - UNBREAKABLE < len(line) <= MAX_WIDTH else None
            for line, following in zip(lines, islice(lines, 1, None))]


def _widest_cover(rooms: list[tuple[int, int] | None]) -> tuple[int, int]:
    """(count, width): the width in MIN_WIDTH..MAX_WIDTH that the most ``rooms`` cover, and how many.
    Of widths that tie, the widest: a narrower one would leave the longest broken lines wider than it,
    and they would count as lines the wrapper left alone."""
    cover = [0] * (MAX_WIDTH + 2)
    for room in filter(None, rooms):
        if room[1] >= MIN_WIDTH:
            cover[max(room[0], MIN_WIDTH)] += 1
            cover[room[1] + 1 if room[1] < MAX_WIDTH else MAX_WIDTH + 1] -= 1
    best, width, running = 0, 0, 0
    for w in range(MAX_WIDTH + 1):
        running += cover[w]
        if running >= best and running:
            best, width = running, w
    return best, width


def wrapped(lines: list[str]) -> list[bool]:
    """For each of ``lines`` (as :func:`blocks` takes them), whether the wrapper broke it (the paragraph
    goes on in the next line); an empty list when the text is not hard-wrapped (most text is: a caller
    may then make a block of each non-blank line without :func:`blocks`). The width is
    the one at which the most lines were broken: for every pair of lines, the widths at which the first
    would have been broken form a range, and the width covered by the most ranges wins (one pass with a
    difference array over MIN_WIDTH..MAX_WIDTH, so a few wide lines - a table row, a heading - do not set
    it as the longest line would).

    The lengths alone rule out most unwrapped pages (too few ranges meet, or many lines are wider than
    any wrapping width) before the costlier prose test of every candidate line. No more lines can have
    been broken than have a breakable length, so a page with too many lines over every width for that
    many (half the dev pages: their paragraphs) is ruled out before the ranges are worked out."""
    lengths = list(map(len, lines))  # (counted in C: the lines over one length less those over the other)
    breakable = sum(map((MIN_WIDTH - UNBREAKABLE).__lt__, lengths)) - sum(map(MAX_WIDTH.__lt__, lengths))
    if _too_many_over(lines, MAX_WIDTH, breakable):
        return []
    rooms = _rooms(lines)
    best, _ = _widest_cover(rooms)
    if best < MIN_BROKEN_LINES or _too_many_over(lines, MAX_WIDTH, best):
        return []
    # Each line is tested for prose once, whether it stands first or second in a pair.
    prose = {j: _prose(lines[j]) for i, room in enumerate(rooms) if room is not None for j in (i, i + 1)}
    at_width = [room if room is not None and prose[i] and prose[i + 1] else None for i, room in enumerate(rooms)]
    best, width = _widest_cover(at_width)
    if best < MIN_BROKEN_LINES:
        return []
    breaks = [room is not None and room[0] <= width <= room[1] for room in at_width]
    long_prose = sum(1 for j, line in enumerate(lines)
                     if width // 2 < len(line) <= width and (prose[j] if j in prose else _prose(line)))
    if best < MIN_BROKEN_SHARE * long_prose and sum(
            1 for i, broken in enumerate(breaks) if broken and lines[i + 1].lstrip()[:1].islower()
    ) < MIN_CONTINUED_LINES or _too_many_over(lines, width, best):
        return []
    # The text is wrapped at ``width``. There a pair that is not prose on both sides was broken too when
    # the break falls inside a phrase or the next line finishes the sentence. (Such pairs are left out
    # of the tests above: they would make unwrapped text look wrapped.)
    breaks = [broken or room is not None and room[0] <= width <= room[1]
              and (_open(lines[i], lines[i + 1], prose[i + 1]) or prose[i] and _finishes(lines[i], lines[i + 1]))
              for i, (broken, room) in enumerate(zip(breaks, rooms))] + [False]
    # A paragraph whose last line happens to fill the width, and a heading or a label under it ("Related
    # articles", "Tags:"): the line ends a sentence, and the next one ends its block without ending a
    # paragraph. (Whether the next line is broken does not depend on this line's break: one pass will do.)
    return [broken and not (SENTENCE_END.search(lines[i]) and not breaks[i + 1] and not _ends_block(lines[i + 1]))
            for i, broken in enumerate(breaks)]


def blocks(lines: list[str]) -> list[list[int]]:
    """Indices of ``lines`` (the input lines, right-stripped of ``page.EDGE_SPACE``, blank ones included)
    grouped into blocks: one list per wrapped paragraph, one per other non-blank line. Blank lines belong
    to no block."""
    breaks = wrapped(lines)
    if not breaks:  # unwrapped text, as most is: one block per non-blank line
        return [[i] for i, line in enumerate(lines) if line]
    return joined(lines, breaks)


def joined(lines: list[str], breaks: list[bool]) -> list[list[int]]:
    """:func:`blocks` of hard-wrapped ``lines`` whose breaks (:func:`wrapped`) are ``breaks``."""
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
