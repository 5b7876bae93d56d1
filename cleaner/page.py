"""A page as the stages see it: its non-blank lines and the context-free features of each.

Features are computed once per line with precompiled patterns; every stage reads them, none
recomputes them. Nothing here depends on a line's neighbours.
"""
from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

import regex

from . import language
from .config import Config

#: A line that ends a sentence or a clause: the body's paragraphs nearly always end so, menus and
#: headlines nearly never (a closing quote or bracket may follow the mark).
TERMINAL = regex.compile(r"[.!?…:;。！？；][\"'”’»)\]）」』]*$")
#: Characters that join menu items and breadcrumbs on one line ("Home | News » World › Europe").
SEPARATORS = regex.compile(r"[|»›·•/\\><«‹]|(?<=\s)[-–—](?=\s)")
DIGIT = regex.compile(r"\d")
LETTER = regex.compile(r"\p{L}")
CJK_CHAR = language.CJK_CHAR
#: Source code: brackets, braces, operators and statement ends that prose seldom uses together.
CODE = regex.compile(r"[{}();=<>\[\]]|^\s*(?:#|//|def |class |return |import |from |for |if |else)")
LINE_BREAK = regex.compile(r"\r\n|\r|\n")
#: Table cells rendered as text are set apart by tabs or runs of spaces ("January  84.2  61.0").
CELL_GAP = regex.compile(r"\S(?:\t|  )\s*(?=\S)")


@dataclass(frozen=True, slots=True)
class Line:
    """One non-blank input line and its features."""

    index: int            # position among the page's non-blank lines
    number: int           # 1-based line number in the input text (blank lines counted)
    text: str             # the line, stripped of surrounding whitespace
    words: int            # word count; CJK characters count half a word each
    tokens: tuple[str, ...]
    stopwords: int        # tokens found in the page language's stoplist
    terminal: bool        # ends with sentence punctuation
    title_share: float    # share of alphabetic words (not stopwords) that start upper-case
    digit_share: float    # share of non-space characters that are digits
    separators: int       # menu/breadcrumb separators
    letters: int          # letters of any script
    code_like: bool       # looks like a line of source code
    cells: int            # table cells beyond the first (tab- or multi-space-separated)

    @property
    def stopword_density(self) -> float:
        return self.stopwords / len(self.tokens) if self.tokens else 0.0


@dataclass(frozen=True, slots=True)
class Page:
    """The non-blank lines of one input, the guessed or forced language, and the config in force."""

    lines: tuple[Line, ...]
    lang: str | None
    config: Config
    blank_separated: bool  # the input separates paragraphs with blank lines
    host: str | None = None  # the site the page comes from, when the caller knows its URL


def split_lines(text: str) -> list[str]:
    """Input lines under any line-ending convention (LF, CRLF, lone CR)."""
    return LINE_BREAK.split(text)


def _word_count(text: str, toks: list[str]) -> int:
    cjk = len(CJK_CHAR.findall(text))
    if not cjk:
        return len(toks)
    # Two CJK characters carry about as much as one word of a spaced script.
    spaced = sum(1 for t in toks if not CJK_CHAR.match(t))
    return spaced + (cjk + 1) // 2


def _line(index: int, number: int, text: str, stop: frozenset[str], toks: list[str]) -> Line:
    alpha = [t for t in text.split() if t[:1].isalpha() and t.lower() not in stop]
    title = sum(1 for w in alpha if w[:1].isupper())
    visible = len(text) - text.count(" ")
    return Line(
        index=index,
        number=number,
        text=text,
        words=_word_count(text, toks),
        tokens=tuple(toks),
        stopwords=sum(1 for t in toks if t in stop),
        terminal=TERMINAL.search(text) is not None,
        title_share=title / len(alpha) if alpha else 0.0,
        digit_share=len(DIGIT.findall(text)) / visible if visible else 0.0,
        separators=len(SEPARATORS.findall(text)),
        letters=len(LETTER.findall(text)),
        code_like=CODE.search(text) is not None,
        cells=len(CELL_GAP.findall(text)),
    )


def host_of(url: str | None) -> str | None:
    """The lower-cased host of ``url`` without a leading "www.", or None."""
    if not url:
        return None
    host = urlsplit(url if "//" in url else "//" + url).hostname
    return host.removeprefix("www.") if host else None


def build(text: str, config: Config, url: str | None = None) -> Page:
    """Split ``text`` into lines, guess the language and compute every line's features."""
    raw = split_lines(text.removeprefix("\ufeff"))
    kept = [(n, ln.strip()) for n, ln in enumerate(raw, 1) if ln.strip()]
    toks = [language.tokens(t) for _, t in kept]
    lang = config.lang or language.guess([t for ts in toks for t in ts])
    stop = language.stoplist(lang)
    lines = tuple(_line(i, n, t, stop, tk) for i, ((n, t), tk) in enumerate(zip(kept, toks)))
    blank_separated = len(kept) > 1 and len(raw) > len(kept) and any(
        not raw[i].strip() for i in range(kept[0][0], kept[-1][0] - 1))
    return Page(lines=lines, lang=lang, config=config, blank_separated=blank_separated, host=host_of(url))
