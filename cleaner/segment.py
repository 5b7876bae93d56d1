"""A line far longer than any paragraph is cut into pieces that the stages judge one by one.

Some inputs carry no line breaks: a page whose text was joined into one line by a scraper or a JSON
export, an article written on one line. Judged as one line, such a page is kept or dropped whole: its
menus and share rows kept with the body, or the body dropped with them because one chrome phrase
matched somewhere in it. So a line longer than ``LONG_LINE`` (``LONG_CJK_LINE`` in Chinese or
Japanese) is cut where the text itself breaks:

- after the end of a sentence ("... on Monday. The talks ..."; Chinese and Japanese full stops need
  no space after them);
- after a run of menu items with separators between them ("Home | News | Sport |", "Home » World »"):
  a menu is one piece, as it is one line on a page with its line breaks;
- before and after a chrome phrase of the lexicon ("Share this article", "Related articles") that
  starts with a capital and is not followed by a lower-case word: so written, it starts no sentence
  but stands alone, as it would on a line of its own, where the stages know it;
- and, when a piece is still longer than ``LONG_LINE`` (a run of words without a sentence end), at
  the last space before that length, or at that length in a text without spaces.

The pieces are verbatim substrings of the line, in order, and together they are the whole line: the
page strips each of surrounding whitespace, as it strips every line. The pieces of one line keep its
line number (see :class:`cleaner.page.Line` ``piece``). A shorter line is one piece, so a page with its
line breaks is judged as before.

A pure function of the line, linear in its length: one scan for cut points.
"""
from __future__ import annotations

import re

from .language import CJK_CHAR
from .lexicon import Entry, normalise

#: A line longer than this is no paragraph but several blocks on one line (a page or an article
#: without line breaks). A long paragraph of a news article or a legal text runs to 1,000 or 1,500
#: characters (250 words); of 916,505 lines of the dev pages (three sets, five scripts) 99.99 % are
#: shorter than 2,000 characters, and the longer ones are whole articles or pages on one line.
LONG_LINE = 3000
#: Chinese and Japanese say in one character about what a spaced script says in four or five: a line
#: mostly in their characters is too long past this length (the dev pages hold two such lines over 800
#: characters, the longest of 1,115; a Chinese news page without line breaks runs from 1,300 up).
LONG_CJK_LINE = 1200
#: The end of a sentence (closing quotes and brackets included) and the spaces after it; a CJK full
#: stop, with or without spaces. A cut there only before a character that is not lower-case.
SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*\s+|[。！？][\"'”’」』）)]*\s*")
#: A menu separator with a space on each side, and the spaces after it.
SEPARATOR = re.compile(r"\s[|»›·•]\s+")
#: A separator followed by another within this many characters is inside a run of menu items ("News |
#: Sport |"); the run's last separator ends it. Menu items are a few words each.
MENU_ITEM_MAX_CHARS = 40
#: A lexicon phrase cuts the line when it has at least this many words (a single word such as "Home" or
#: "News" often starts a sentence or a name: "Home Office", "News Corp") and at most this many.
MIN_PHRASE_WORDS = 2
MAX_PHRASE_WORDS = 6
#: A word: the unit in which lexicon phrases are looked for.
WORD = re.compile(r"\S+")


def too_long(line: str) -> bool:
    """``line`` is too long to be one block: longer than ``LONG_LINE``, or than ``LONG_CJK_LINE`` with
    half its characters or more CJK."""
    return len(line) > LONG_LINE or len(line) > LONG_CJK_LINE and 2 * len(CJK_CHAR.findall(line)) >= len(line)


def _cut_at(line: str, end: int) -> bool:
    """Whether the line may be cut at ``end``: not at its end, not before a lower-case letter (which
    goes on the sentence: "e.g. the", "approx. five")."""
    return end < len(line) and not line[end].islower()


def _menu_ends(line: str) -> list[int]:
    """Where runs of menu items end: after every separator that no other follows within
    ``MENU_ITEM_MAX_CHARS``."""
    seps = [(m.start(), m.end()) for m in SEPARATOR.finditer(line)]
    nexts = [start for start, _ in seps[1:]] + [len(line) + MENU_ITEM_MAX_CHARS + 1]
    return [end for (_, end), following in zip(seps, nexts) if following - end > MENU_ITEM_MAX_CHARS]


def _phrase_cuts(line: str, chrome: dict[str, Entry]) -> list[int]:
    """Both ends of every chrome phrase of ``chrome`` (a lexicon's whole-line entries, by normalised
    phrase) of ``MIN_PHRASE_WORDS`` to ``MAX_PHRASE_WORDS`` words that stands alone in ``line``: it
    starts with a capital and the next word does not start lower-case. The longest phrase at a word
    wins. Only words that open some phrase are looked at further: one set lookup rules out most."""
    openers = {phrase.split(" ", 1)[0] for phrase, entry in chrome.items()
               if not entry.keep and MIN_PHRASE_WORDS <= phrase.count(" ") + 1 <= MAX_PHRASE_WORDS}
    words = [(m.start(), m.end()) for m in WORD.finditer(line)]
    cuts = []
    i = 0
    while i < len(words):
        start = words[i][0]
        if line[start].isupper() and normalise(line[start:words[i][1]]) in openers:
            for k in range(min(MAX_PHRASE_WORDS, len(words) - i), MIN_PHRASE_WORDS - 1, -1):
                end = words[i + k - 1][1]
                entry = chrome.get(normalise(line[start:end]))
                if entry is not None and not entry.keep and (
                        i + k == len(words) or not line[words[i + k][0]].islower()):
                    cuts += [start, end]
                    i += k - 1
                    break
        i += 1
    return cuts


def _capped(line: str, start: int, end: int) -> list[tuple[int, int]]:
    """``line[start:end]`` in spans of at most ``LONG_LINE`` characters, cut at the last whitespace
    before the limit (at the limit when there is none)."""
    spans = []
    while end - start > LONG_LINE:
        cut = line.rfind(" ", start + 1, start + LONG_LINE + 1)
        cut = cut if cut > start else start + LONG_LINE
        spans.append((start, cut))
        start = cut
    spans.append((start, end))
    return spans


def pieces(line: str, chrome: dict[str, Entry]) -> list[str]:
    """The pieces the stages judge in place of ``line``: ``[line]`` for a line that is not
    :func:`too_long`, otherwise its substrings between cut points (see the module docstring),
    none longer than ``LONG_LINE``; joined, they are the line. ``chrome``: the whole-line entries of
    the lexicon in force (:attr:`cleaner.lexicon.Lexicon.whole`)."""
    if not too_long(line):
        return [line]
    cuts = [m.end() for m in SENTENCE_END.finditer(line) if _cut_at(line, m.end())]
    cuts += [end for end in _menu_ends(line) if _cut_at(line, end)]
    cuts += _phrase_cuts(line, chrome)
    spans: list[tuple[int, int]] = []
    start = 0
    for cut in sorted(set(cuts)):
        if start < cut < len(line):
            spans += _capped(line, start, cut)
            start = cut
    spans += _capped(line, start, len(line))
    return [line[a:b] for a, b in spans]
