"""A page as the stages see it: its non-blank lines and the context-free features of each.

A hard-wrapped paragraph is one line here (see :mod:`cleaner.unwrap`): its input lines are joined for
the features and kept or dropped together. A line far longer than any paragraph (a page without line
breaks) is the other way round: several lines here, its pieces (see :mod:`cleaner.segment`). The features are those of the text a reader sees: Markdown
link targets and markers are left out (see :mod:`cleaner.markdown`); the output keeps the input lines.
Features are computed once per line with precompiled patterns; every stage reads them, none recomputes
them. Nothing here depends on a line's neighbours. This is the hot path: the patterns are the standard
library's ``re`` (faster than ``regex`` for these simple classes) and every feature is one C-level call
per line.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from fractions import Fraction
from itertools import chain, islice
from typing import NamedTuple
from urllib.parse import urlsplit

from . import language, lexicon, markdown, native, segment, unwrap
from .config import Config
from .lexicon import normalise

#: A line that ends a sentence or a clause: the body's paragraphs nearly always end so, menus and
#: headlines nearly never. The line's last character is one of these marks ...
SENTENCE_MARKS = frozenset(".!?…:;。！？；")
#: ... or the mark is followed by closing quotes and brackets only.
CLOSERS = "\"'”’»)]）」』"
#: Web addresses: their slashes are not menu separators.
URL = re.compile(r"(?:https?://|www\.)\S+")
#: Characters that join menu items and breadcrumbs on one line ("Home | News » World › Europe"; CJK
#: sites draw the bar full-width: "首页｜新闻", "体育︱财经"; a box-drawing bar frames a diagram). A
#: slash or a dash counts only with spaces on both sides ("News / World", "Sport – Football"): in
#: "/var/log/app.log", "cp src/ /etc/", "and/or" or "24/7" it joins no items. Nor does one with a
#: cell gap (a tab, or two spaces) on both sides: that is a table's empty cell ("Cover letters\t\t-
#: \t\t-\t\tYes", "Cover letters     -     -     Yes" in a comparison table). (One character class of
#: every candidate opens the pattern, and the spaces are checked after it: a pattern that opens with a
#: single class lets the engine skip ahead to the next candidate character, where one that opens with
#: alternatives tries each position; this is three times faster on the dev pages.)
SEPARATORS = re.compile(
    r"[|｜︱¦»›·•><«‹/\\\-–—](?:(?<=[|｜︱¦»›·•><«‹])|(?<=\s.)(?=\s)(?!(?:(?<=\t.)|(?<=\s\s.))(?:\t|\s\s)))"
)
DIGIT = re.compile(r"\d")
LETTER = re.compile(r"[^\W\d_]")
CJK_CHAR = language.CJK_CHAR
#: Source code: brackets, braces, operators and statement ends that prose seldom uses together, or a
#: line that opens like a statement. Two patterns: a branch anchored at the start inside a search
#: would be tried at every position. (CODE_START keeps its "^" so that no search can go quadratic on a
#: run of spaces.)
CODE_CHAR = re.compile(r"[{}();=<>\[\]]")
CODE_START = re.compile(r"^\s*(?:#|//|def |class |return |import |from |for |if |else)")
LINE_BREAK = re.compile(r"\r\n|\r|\n")
#: Table cells rendered as text are set apart by tabs or runs of spaces ("January  84.2  61.0"). Only
#: searched in lines that hold a tab or two spaces in a row: any gap needs one.
CELL_GAP = re.compile(r"\S(?:\t|  )\s*(?=\S)")
#: A row's longest cell is its paragraph, with a sidebar's cell beside it, when it holds this share of
#: the characters of the row's cells or more: a paragraph is two or three times the length of a headline.
ROW_MAIN_CELL_SHARE = Fraction(2, 3)  # exact, as the compiled core compares it
#: Title case is measured on lines up to this many words: the feature tells headlines and menu items
#: from sentences, and no line longer than this is either.
TITLE_SCAN_WORDS = 40


class Line(NamedTuple):
    """One non-blank input line (or the lines of one hard-wrapped paragraph) and its features. A named
    tuple rather than a frozen dataclass: one is built per input line, and a tuple is built several
    times faster (a frozen dataclass sets each field through ``object.__setattr__``)."""

    number: int           # 1-based line number in the input text (blank lines counted)
    text: str             # the line as a reader sees it (markdown.visible), stripped; a wrapped paragraph's joined
    words: int            # word count; CJK characters count half a word each
    tokens: tuple[str, ...]
    stopwords: int        # tokens found in the page language's stoplist
    stopword_density: float  # stopwords per token (0 without tokens)
    terminal: bool        # ends with sentence punctuation (a row: its longest cell does; row_ends_sentence)
    title_share: float    # share of alphabetic words (not stopwords) that start upper-case
    digit_share: float    # share of non-space characters that are digits
    separators: int       # menu/breadcrumb separators
    has_letters: bool     # any letter of any script
    code_like: bool       # looks like a line of source code
    cells: int            # table cells beyond the first (tab- or multi-space-separated)
    key: str              # the line as lexicons and repetition counts compare it (lexicon.normalise)
    parts: tuple[str, ...]  # the input lines, stripped, that it stands for: one, or a wrapped paragraph's
    linked: float = 0.0   # share of its letters in link text (markdown.link_share); 0 on a plain page
    piece: int = 0        # which piece of its input line (segment.pieces) it is: 0 but in a very long line


@dataclass(frozen=True, slots=True)
class Page:
    """The non-blank lines of one input, the guessed or forced language, and the config in force."""

    lines: tuple[Line, ...]
    lang: str | None
    config: Config
    blank_separated: bool  # the input separates paragraphs with blank lines
    host: str | None = None  # the site the page comes from, when the caller knows its URL
    #: What the language guess saw, when it saw every token of the page (so that a subpage can subtract
    #: its dropped lines from it); None when the language is forced or the page is longer.
    evidence: language.Evidence | None = None


#: What surrounds a line without being part of it: Unicode whitespace and the zero-width characters
#: (BOM, zero-width space, word joiner) that pages scatter at line edges.
EDGE_SPACE = "".join(chr(c) for c in range(0x3001) if chr(c).isspace()) + "\ufeff\u200b\u2060"


def split_lines(text: str) -> list[str]:
    """Input lines under any line-ending convention (LF, CRLF, lone CR). Most texts end their lines with
    LF alone: for them a plain split does the same, twice as fast as the pattern's."""
    return LINE_BREAK.split(text) if "\r" in text else text.split("\n")


def ends_sentence(text: str) -> bool:
    """The line ends a sentence or a clause (see ``SENTENCE_MARKS``). A look at its end, not a search:
    a regex anchored with ``$`` is tried at every mark along a paragraph."""
    return text.rstrip(CLOSERS)[-1:] in SENTENCE_MARKS


def row_ends_sentence(text: str, cells: int) -> bool:
    """The line ends a sentence, or (a row of ``cells`` table cells beyond the first) its longest cell
    does and holds most of the row (``ROW_MAIN_CELL_SHARE`` of its cells' characters): a renderer that
    lays a layout table out as text glues a sidebar's headline after a paragraph of the next column
    ("... 創下春節假期的新高。      年初一到初七 兩主題樂園"), and the paragraph still ends its sentence. A
    row of cells of like length ("Загружается, подождите...      * Показать результат") is no
    paragraph with a cell beside it. The first of equally long cells counts."""
    if ends_sentence(text):
        return True
    if not cells:
        return False
    longest, start, total = "", 0, 0
    for gap in CELL_GAP.finditer(text):
        total += gap.start() + 1 - start
        if gap.start() + 1 - start > len(longest):
            longest = text[start:gap.start() + 1]
        start = gap.end()
    total += len(text) - start
    if len(text) - start > len(longest):
        longest = text[start:]
    return len(longest) >= ROW_MAIN_CELL_SHARE * total and ends_sentence(longest)


def _word_count(text: str, toks: tuple[str, ...], page_has_cjk: bool) -> int:
    if not page_has_cjk or not CJK_CHAR.search(text):
        return len(toks)
    cjk = len(CJK_CHAR.findall(text))
    # Two CJK characters carry about as much as one word of a spaced script.
    spaced = sum(1 for t in toks if not CJK_CHAR.match(t))
    return spaced + (cjk + 1) // 2


def _title_share(text: str, words: int, stop: frozenset[str]) -> float:
    if words > TITLE_SCAN_WORDS:
        return 0.0
    upper = content = 0  # counted in one loop: faster than building the list of initials
    for word in text.split():
        if word[0].isalpha() and word.lower() not in stop:
            content += 1
            upper += word[0].isupper()
    return upper / content if content else 0.0


def _features(text: str, stop: frozenset[str], toks: tuple[str, ...], page_has_cjk: bool = True) -> tuple:
    """The fields of a Line from ``text`` to ``key``: everything that depends on the text alone (and the
    stoplist), so that lines of the same text can share them. ``page_has_cjk`` False: the page holds no
    CJK character, so no line needs to be searched for one."""
    visible = len(text) - text.count(" ")
    words = _word_count(text, toks, page_has_cjk)
    stopwords = sum(map(stop.__contains__, toks))
    cells = len(CELL_GAP.findall(text)) if "\t" in text or "  " in text else 0
    return (
        text,
        words,
        toks,
        stopwords,
        stopwords / len(toks) if toks else 0.0,
        row_ends_sentence(text, cells),
        _title_share(text, words, stop),
        len(DIGIT.findall(text)) / visible if visible else 0.0,
        len(SEPARATORS.findall(URL.sub(" ", text) if "/" in text else text)),
        LETTER.search(text) is not None,
        CODE_CHAR.search(text) is not None or CODE_START.match(text) is not None,
        cells,
        normalise(text),
    )


def host_of(url: str | None) -> str | None:
    """The lower-cased host of ``url`` without a leading "www.", or None."""
    if not url:
        return None
    host = urlsplit(url if "//" in url else "//" + url).hostname
    return host.removeprefix("www.") if host else None


def build(text: str, config: Config, url: str | None = None) -> Page:
    """Split ``text`` into lines, guess the language and compute every line's features. (The per-line
    work is compiled when ``native.core`` is there: it stands for the Python of the other branch.)"""
    core = native.core
    if core is not None:
        raw, stripped = core.split_strip(text)
    else:
        raw = [line.rstrip(EDGE_SPACE) for line in split_lines(text)]
        stripped = [line.lstrip(EDGE_SPACE) for line in raw]
    breaks = unwrap.wrapped(raw)
    if breaks:
        kept = [(group[0] + 1, tuple(map(stripped.__getitem__, group)), 0) for group in unwrap.joined(raw, breaks)]
    else:  # unwrapped text, as most is: a block per non-blank line (blank once stripped, blank before)
        kept = _line_blocks(stripped)
    if max(map(len, stripped), default=0) > segment.LONG_CJK_LINE:
        kept = _pieces(kept, lexicon.load(config.extra_lexicons).whole)
    if markdown.plain(text):
        texts = [" ".join(parts) for _, parts, _ in kept]
        linked = [0.0] * len(kept)
    else:
        texts, linked = markdown.visible_blocks([parts for _, parts, _ in kept])
    # Pages repeat lines (menus, share buttons, "Advertisement"): each distinct text is tokenised and
    # measured once. Most pages hold no CJK character: one search of the page spares one per line.
    page_has_cjk = core.cjk_in(text) if core is not None else CJK_CHAR.search(text) is not None
    tokenise = language.tokens if page_has_cjk else language.spaced_tokens
    # Kept as the tuples the lines hold, not as lists: a list per line would live as long as the page,
    # and the garbage collector walks every live list again and again on a long page.
    if core is not None:
        toks_of = core.tokens_of(texts, page_has_cjk, language.tokens)
    else:
        toks_of = {text: tuple(tokenise(text)) for text in dict.fromkeys(texts)}
    if config.lang:
        lang, evidence = config.lang, None
    elif core is not None:
        lang, evidence = _guess(*core.page_tokens(texts, toks_of, language.GUESS_TOKENS))
    else:
        lang, evidence = _guess(*_first_tokens(list(map(toks_of.__getitem__, texts)), language.GUESS_TOKENS))
    stop = language.stoplist(lang)
    if core is not None:
        lines = core.lines(Line, kept, texts, linked, toks_of, stop, page_has_cjk)
    else:
        features_of = {text: _features(text, stop, toks, page_has_cjk) for text, toks in toks_of.items()}
        lines = tuple(Line(n, *features_of[text], parts, share, piece)
                      for (n, parts, piece), text, share in zip(kept, texts, linked))
    blank_separated = len(kept) > 1 and not all(raw[kept[0][0]:kept[-1][0] - 1])
    return Page(lines=lines, lang=lang, config=config, blank_separated=blank_separated, host=host_of(url),
                evidence=evidence)


def _line_blocks(stripped: list[str]) -> list[tuple[int, tuple[str, ...], int]]:
    """(line number, (line,), 0) for each non-blank line of ``stripped``. (Compiled: ``_core.line_blocks``.)"""
    if native.core is not None:
        return native.core.line_blocks(stripped)
    return [(i + 1, (line,), 0) for i, line in enumerate(stripped) if line]


def _pieces(blocks: list[tuple[int, tuple[str, ...], int]], chrome: dict) -> list[tuple[int, tuple[str, ...], int]]:
    """``blocks`` (line number, parts, 0) with every line that is ``segment.too_long`` replaced by its
    pieces (cut at ``chrome`` phrases too), each stripped like a line and numbered in the line
    (blank ones left out)."""
    out = []
    for number, parts, _ in blocks:
        if len(parts) > 1 or not segment.too_long(parts[0]):
            out.append((number, parts, 0))
            continue
        pieces = [p for piece in segment.pieces(parts[0], chrome) if (p := piece.strip(EDGE_SPACE))]
        out.extend((number, (piece,), k) for k, piece in enumerate(pieces))
    return out


def _language(config: Config, line_tokens: Sequence[Sequence[str]]) -> tuple[str | None, language.Evidence | None]:
    """The forced or guessed language of a page whose lines hold ``line_tokens``, and the guess's
    evidence when it saw them all."""
    if config.lang:
        return config.lang, None
    return _guess(*_first_tokens(line_tokens, language.GUESS_TOKENS))


def _first_tokens(line_tokens: Sequence[Sequence[str]], limit: int) -> tuple[list[str], int]:
    """The first ``limit`` tokens of lines that hold ``line_tokens``, in one list, and the count of all
    their tokens. Only the tokens the guess looks at are gathered (a page holds hundreds of thousands).
    (Compiled, from the page's texts and their tokens: ``_core.page_tokens``.)"""
    return list(islice(chain.from_iterable(line_tokens), limit)), sum(map(len, line_tokens))


def _guess(tokens: list[str], total: int) -> tuple[str | None, language.Evidence | None]:
    """The language guessed from ``tokens``, the first of a page's ``total`` tokens, and the guess's
    evidence when it saw them all."""
    seen = language.evidence(tokens)
    return seen.guess(), seen if seen.tokens == total else None


def subpage(page: Page, keep: list[bool]) -> Page:
    """The page made of the lines flagged in ``keep`` (the kept ones, for the re-check pass). Its language
    is guessed again on those lines (from the page's evidence less the dropped lines', when the page
    has it). The Line objects are reused as they are; only when the guess changes are they measured
    again (stopword counts and title case depend on the stoplist)."""
    lines = [line for line, k in zip(page.lines, keep) if k]
    if page.evidence is None:
        lang, evidence = _language(page.config, [line.tokens for line in lines])
    else:
        dropped = [line.tokens for line, k in zip(page.lines, keep) if not k]
        evidence = page.evidence.without(list(chain.from_iterable(dropped)))
        lang = evidence.guess()
    if lang != page.lang:
        stop = language.stoplist(lang)
        toks_of = {line.text: line.tokens for line in lines}
        if native.core is not None:
            features_of = native.core.features_of(toks_of, stop, True)
        else:
            features_of = {text: _features(text, stop, toks) for text, toks in toks_of.items()}
        lines = [Line(line.number, *features_of[line.text], line.parts, line.linked, line.piece)
                 for line in lines]
    return replace(page, lines=tuple(lines), lang=lang, evidence=evidence)
