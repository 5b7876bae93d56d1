"""Lexicon files: known chrome phrases (drop) and phrases that must always be kept.

The format is documented in ``cleaner/data/lexicon/README.md``; in short, one entry per line::

    listen live              the whole line is this phrase
    read more: *             the line starts with the phrase
    * all rights reserved    the line ends with the phrase
    * uses cookies *         the line contains the phrase
    {n} comments             {n} stands for a number such as 12, 1,204, 1.2K or 3M
    ! about the author       a line matching this is always kept (same wildcards)
    > related articles       chrome that closes the article: what follows is related content,
                             comments or the footer (same wildcards)

Lines and entries are compared after the same normalisation: case-folded, whitespace collapsed,
bullets and punctuation at both ends removed. Matching costs one dict lookup per line for whole-line
entries and one per word of the line for the rest.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path

import regex

from . import native
from .language import CJK_CHAR, WORD


def _framing_ranges() -> list[tuple[int, int]]:
    """The (first, last) code point ranges of punctuation, symbols, spaces and format characters: what
    frames a menu item ("» Login", "Share:", "[Print]") but says nothing about it. The copyright sign is
    kept: "© 2019 Example Media" is recognised by it."""
    def framing(c: int) -> bool:
        cat = unicodedata.category(chr(c))
        return chr(c) != "©" and (cat[0] in "PSZ" or cat in ("Cf", "Cc"))
    ranges, start = [], None
    for c in (*range(0x10000), *range(0x1F000, 0x1FB00), 0x110000):
        inside = c < 0x110000 and framing(c)
        if inside and start is None:
            start = prev = c
        elif inside and c == prev + 1:
            prev = c
        elif start is not None:
            ranges.append((start, prev))
            start = c if inside else None
            prev = c
    return ranges


FRAMING_RANGES = _framing_ranges()


def _edge_class() -> str:
    """FRAMING_RANGES as a regex character class for the stdlib ``re``, which matches it with a bitmap:
    far faster per line than the ``regex`` module's property classes."""
    return "[" + "".join(f"{re.escape(chr(first))}-{re.escape(chr(last))}" for first, last in FRAMING_RANGES) + "]"


#: A run of framing characters. Only ever ``match``-ed at the start of a string (the end is stripped
#: by matching the reversed string): a ``[...]+$`` search would be quadratic on a long run of dots
#: between two letters.
EDGE_RUN = re.compile(_edge_class() + "+")


def _lstrip_edges(text: str) -> str:
    if text[:1].isalnum():  # letters and digits never frame: most lines start with one
        return text
    run = EDGE_RUN.match(text)
    return text[run.end():] if run else text


def _rstrip_edges(text: str) -> str:
    if text[-1:].isalnum():  # spares reversing the line
        return text
    run = EDGE_RUN.match(text[::-1])
    return text[:len(text) - run.end()] if run else text
#: A number as counters write it: 12, 1,204, 3.5, 1.2K, 12k, 3M. It starts where no number goes on
#: before it and is at most 17 characters long, so a search through a long run of digits or numbers
#: costs linear time.
NUMBER = r"(?<![\d.,])\d[\d.,]{0,15}[kmb]?"
#: A chrome entry that the line merely contains (``* may receive a commission *``) drops the line only
#: when the line has at most this many characters besides the phrase. A chrome notice is a paragraph
#: of its own at most: the longest lines that such entries drop on the dev pages (cookie consent texts,
#: affiliate disclosures, newsletter terms; 4,324 pages, five scripts) have 884 characters besides the
#: phrase. Past this length a line is prose that mentions the phrase (a long paragraph, an article on
#: one line, a page without line breaks): a phrase never drops it. (A cookie notice and a body
#: paragraph of a few hundred characters cannot be told apart by their length: that is left to their
#: neighbours' stages when the lexicon has not decided.)
MAX_OUTSIDE_CONTAINED = 1000
#: Where two menu items were glued by the renderer: a lower-case letter directly followed by an upper-case
#: one ("Community standardsDiscussion", "SubscribeSign In").
GLUE = regex.compile(r"(?<=\p{Ll})(?=\p{Lu})")
#: GLUE for ASCII text, where the lower- and upper-case letters are a-z and A-Z: the standard library
#: rules out most lines faster than ``regex`` splits them. It opens with the upper-case letter, the
#: rarer one, so that the engine skips ahead from capital to capital.
ASCII_GLUE = re.compile(r"[A-Z](?<=[a-z].)")
#: A glued piece longer than this is prose that merely contains a camel-case word, not a menu item.
GLUED_PIECE_MAX_WORDS = 4
#: A code identifier or call (``EmailMessage.as_string()``, ``PyDateTime_TimeZone_UTC``): its camel case
#: joins the words of one name, not menu items, and its pieces ("Email", "Date") are no chrome. Such
#: tokens (words with one of these marks) are left out before the glue split.
IDENTIFIER_MARK = re.compile(r"\w_|_\w|\w\(")


def _first_words(text: str, n: int) -> str:
    """The first ``n`` words of ``text``, one space apart. A glue point lies inside a word (between two
    letters), so every piece of a glued menu being short means its first glue point stands among these
    words: one search of them rules out a paragraph (which has none there) before the whole line is
    split."""
    return " ".join(text.split(None, n)[:n])


def _folding_chars() -> list[int]:
    """What can make the word tokens of a text (:func:`language.tokens`) differ from those of its
    :func:`normalise` form, CJK characters aside (tokenised one per character): the characters that
    case-folding maps otherwise than lower-casing does ("ß", ligatures, "ſ", "µ", Cherokee: about 300,
    all in the BMP), the capital sigma (lower-cased by its place in a word), the Turkish "İ" and the
    combining dot above (which normalising drops) and the underscore (the one word character that it
    may strip from an edge)."""
    apart = [c for c in range(0x10000) if chr(c).casefold() != chr(c).lower()]
    apart += [ord(c) for c in "\u03a3\u0130\u0307_"]
    return sorted(apart)


FOLDING_CHARS = _folding_chars()
#: One search of a line for these (FOLDING_CHARS and the CJK characters) spares a search of its normal
#: form for its words.
TOKENS_APART = re.compile("[" + "".join(re.escape(chr(c)) for c in FOLDING_CHARS) + CJK_CHAR.pattern[1:])


def _bmp_classes(*classes: str) -> list[list[int]]:
    r"""The characters of the Basic Multilingual Plane in each of ``classes`` (a ``regex`` class of one
    character), as the ``regex`` module reads it (its Unicode version may be newer than Python's own)."""
    bmp = "".join(map(chr, range(0xD800))) + "".join(map(chr, range(0xE000, 0x10000)))
    return [[ord(c) for c in regex.findall(cls, bmp)] for cls in classes]


if native.compiled is not None:
    # The letters on each side of a GLUE point (\p{Ll}, \p{Lu}): the compiled core rules out the lines
    # without a glue point with them, before :meth:`Lexicon._glued`. The classes that an entry's pattern
    # tests (\w, \d): the core searches a pattern's shape (see :class:`LazyPattern`) with them; and \s,
    # which features.TEASER_GLUE tests besides the cased letters.
    native.compiled.set_tables(FRAMING_RANGES, FOLDING_CHARS, *_bmp_classes(r"\p{Ll}", r"\p{Lu}"))
    native.compiled.set_pattern_classes(*_bmp_classes(r"\w", r"\d", r"\s"))
#: The one ASCII character of TOKENS_APART: an ASCII line (which ``str.isascii`` tells without reading
#: it) is looked at for this alone, not searched with the class of some 300 characters.
ASCII_APART = "_"


def normalise(text: str) -> str:
    """The form in which lines and entries are compared: case-folded (the combining dot that folding
    leaves after Turkish "İ" removed, so "İletişim" compares as "iletişim"), edges stripped, runs of
    whitespace made one space. (Compiled: ``_core.normalise``.)"""
    if native.core is not None:
        return native.core.normalise(text)
    folded = text.casefold()
    if "\u0307" in folded:
        folded = folded.replace("i\u0307", "i")
    return " ".join(_rstrip_edges(_lstrip_edges(folded)).split())


@dataclass(frozen=True, slots=True)
class Entry:
    phrase: str   # the entry as written in its file
    source: str   # "en.txt:12"
    keep: bool
    closes: bool = False  # a section header after which the article is over ("Related articles")
    contained: bool = False  # a ``* phrase *`` entry: the phrase may stand anywhere in the line


class LazyPattern:
    r"""A lexicon entry's pattern, compiled on its first search. The lexicons hold some 2,700 patterns,
    and the ``regex`` module compiles them in Python: compiled at once they made every process wait
    a second or more before its first page. A line tries an entry's pattern only when it holds the
    entry's word and literal (see :class:`Lexicon`), so a process compiles the few its pages call for.

    Its ``shape`` is what the pattern is made of: (``^`` first, ``(?<!\w)`` first, the literal parts
    with a NUMBER between each two, ``(?!\w)`` last, ``$`` last). The compiled core searches the shape
    itself (``_core.pattern_span``) and compiles no pattern, but where a character beyond the Basic
    Multilingual Plane stands at a place where the pattern tests ``\w`` or ``\d``."""

    __slots__ = ("pattern", "shape", "_compiled")

    def __init__(self, pattern: str, shape: tuple[bool, bool, tuple[str, ...], bool, bool]) -> None:
        self.pattern = pattern
        self.shape = shape
        self._compiled: regex.Pattern | None = None

    def compiled(self) -> regex.Pattern:
        if self._compiled is None:
            self._compiled = regex.compile(self.pattern)
        return self._compiled

    def search(self, text: str) -> regex.Match | None:
        return self.compiled().search(text)


@dataclass(frozen=True)
class Lexicon:
    """Compiled entries of one or more lexicon files."""

    whole: dict[str, Entry]  # literal whole-line entries by normalised phrase
    #: Every other entry as (literal, pattern, entry), filed under the longest word of its phrase: a
    #: line can only match entries filed under one of its own words, so a line costs a few dict lookups
    #: however many entries there are. Entries whose phrase has no word (``© *``) are tried on every
    #: line. ``literal`` is the longest part of the phrase between numbers: a line without it cannot
    #: match, and a substring test rules that out far faster than the pattern's search.
    by_word: dict[str, tuple[tuple[str, LazyPattern, Entry], ...]]
    index_words: frozenset[str]
    wordless: tuple[tuple[str, LazyPattern, Entry], ...]

    def match(self, text: str, norm: str | None = None, tokens: tuple[str, ...] | None = None) -> Entry | None:
        """The entry that decides ``text`` (whose :func:`normalise` form and :func:`language.tokens` the
        caller may pass when it has them already): a keep entry wins over a chrome entry. A contained
        chrome phrase decides only a short line (see ``MAX_OUTSIDE_CONTAINED``). (Compiled:
        ``_core.lexicon_match``, which calls :meth:`_glued` for the lines that may be glued.)"""
        norm = normalise(text) if norm is None else norm
        if native.core is not None:
            return native.core.lexicon_match(self, text, norm, tokens)
        found = self.whole.get(norm)
        if found is not None and found.keep:
            return found
        # The text's word tokens are those of ``norm`` unless it holds one of TOKENS_APART: most lines.
        same = tokens is not None and (ASCII_APART not in text if text.isascii()
                                       else TOKENS_APART.search(text) is None)
        words = self.index_words.intersection(tokens if same else WORD.findall(norm))
        candidates = self.wordless
        if words:  # most lines have none of the index words
            candidates = [pe for word in sorted(words) for pe in self.by_word[word]] + list(self.wordless)
        for literal, pattern, entry in candidates:
            if (entry.keep or found is None) and literal in norm and (hit := pattern.search(norm)):
                if entry.keep:
                    return entry
                if not entry.contained or len(norm) - (hit.end() - hit.start()) <= MAX_OUTSIDE_CONTAINED:
                    found = entry
        return found or self._glued(text)

    def _glued(self, text: str) -> Entry | None:
        """Menu items the renderer glued together: every piece short, at least one a chrome entry."""
        if text.isascii() and ASCII_GLUE.search(text) is None:
            return None
        if "_" in text or "(" in text:
            # Leaving words out makes no glue point (the words left keep their spaces between them):
            # a line without one is ruled out by one search, before its words are looked at one by one.
            if GLUE.search(text) is None:
                return None
            text = " ".join(word for word in text.split() if IDENTIFIER_MARK.search(word) is None)
        if GLUE.search(_first_words(text, GLUED_PIECE_MAX_WORDS)) is None:
            return None
        pieces = GLUE.split(text)
        if len(pieces) < 2 or any(len(p.split()) > GLUED_PIECE_MAX_WORDS for p in pieces):
            return None
        for piece in pieces:
            entry = self.whole.get(normalise(piece))
            if entry is not None and not entry.keep:
                # A glued line is a menu's items or a template's code ("{{ DiscussionBoard.errors[..] }}"),
                # no header: a piece that would close the article alone closes nothing here.
                return replace(entry, closes=False) if entry.closes else entry
        return None


def _compile(body: str) -> str:
    """Entry text (already normalised, wildcards removed) to a regex; ``{n}`` becomes a number."""
    parts = [regex.escape(p) for p in body.split("{n}")]
    return "(?:" + NUMBER.join(parts) + ")"


def _normalise_entry(phrase: str, strip_left: bool, strip_right: bool) -> str:
    """Normalise an entry like a line, but leave punctuation on a wildcard side alone: in
    ``* / reuters`` the slash is what makes it a photo credit, not a sentence ending in "Reuters"."""
    body = " ".join(phrase.casefold().replace("{n}", "\ue000").split())
    if strip_left:
        body = _lstrip_edges(body)
    if strip_right:
        body = _rstrip_edges(body)
    return body.strip().replace("\ue000", "{n}")


def parse(text: str, name: str) -> list[tuple[str, str, Entry]]:
    """Entries of one lexicon file as (kind, normalised body, entry); kind is whole/prefix/suffix/contains."""
    out = []
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        keep, closes = line.startswith("!"), line.startswith(">")
        if keep or closes:
            line = line[1:].strip()
        starts, ends = line.startswith("*"), line.endswith("*")
        body = _normalise_entry(line.strip("*"), strip_left=not starts, strip_right=not ends)
        if not body:
            raise ValueError(f"{name}:{number}: empty lexicon entry {raw!r}")
        kind = {(False, False): "whole", (False, True): "prefix", (True, False): "suffix",
                (True, True): "contains"}[(starts, ends)]
        out.append((kind, body, Entry(phrase=line, source=f"{name}:{number}", keep=keep, closes=closes,
                                      contained=kind == "contains" and not keep)))
    return out


#: An entry that starts or ends with a word character (or a number, ``{n}``) is matched at word
#: boundaries there (in the ``regex`` module's sense of a word character, as in the patterns).
WORD_START = regex.compile(r"\w")
WORD_END = regex.compile(r"(?:\w|\{n\})$")


def compile_entries(entries: list[tuple[str, str, Entry]]) -> Lexicon:
    whole: dict[str, Entry] = {}
    by_word: dict[str, list[tuple[str, LazyPattern, Entry]]] = {}
    wordless: list[tuple[str, LazyPattern, Entry]] = []
    for kind, body, entry in entries:
        if kind == "whole" and "{n}" not in body:
            # A keep entry overrides a drop entry of the same phrase, never the reverse.
            if body not in whole or entry.keep:
                whole[body] = entry
            continue
        core = _compile(body)
        # Word boundaries only where the phrase itself begins or ends with a word character.
        before = r"(?<!\w)" if WORD_START.match(body) else ""
        after = r"(?!\w)" if WORD_END.search(body) else ""
        pattern = {
            "whole": f"^{core}$",
            "prefix": f"^{core}{after}",
            "suffix": f"{before}{core}$",
            "contains": f"{before}{core}{after}",
        }[kind]
        anchored = kind in ("whole", "prefix"), kind in ("whole", "suffix")
        shape = (anchored[0], bool(before) and not anchored[0], tuple(body.split("{n}")),
                 bool(after) and not anchored[1], anchored[1])
        item = (max(body.split("{n}"), key=len), LazyPattern(pattern, shape), entry)
        words = WORD.findall(body.replace("{n}", " "))
        if words:
            by_word.setdefault(max(words, key=len), []).append(item)
        else:
            wordless.append(item)
    return Lexicon(whole=whole, by_word={w: tuple(items) for w, items in by_word.items()},
                   index_words=frozenset(by_word), wordless=tuple(wordless))


def data_lines(name: str) -> list[str]:
    """The lines of the package's word list ``data/<name>`` that hold an entry, as written: neither blank nor
    a comment (a line that opens with ``#``). Each stage reads its own list's format from them."""
    text = resources.files("cleaner").joinpath("data", name).read_text("utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def builtin_files() -> list[tuple[str, str]]:
    folder = resources.files("cleaner").joinpath("data/lexicon")
    return sorted((f.name, f.read_text("utf-8")) for f in folder.iterdir() if f.name.endswith(".txt"))


@functools.lru_cache(maxsize=16)
def load(extra: tuple[str, ...] = ()) -> Lexicon:
    """Built-in lexicons plus the user's files in ``extra`` (cached: read once per process; each pattern
    is compiled on its first search, see :class:`LazyPattern`)."""
    entries = []
    for name, text in builtin_files():
        entries.extend(parse(text, name))
    for path in extra:
        entries.extend(parse(Path(path).read_text("utf-8"), Path(path).name))
    return compile_entries(entries)
