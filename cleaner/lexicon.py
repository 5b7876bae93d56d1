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
entries and one precompiled alternation per kind for the rest.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import regex

#: Punctuation, symbols and bullets that frame a menu item ("» Login", "Share:", "[Print]") but say
#: nothing about it.
#: The copyright sign is kept: "© 2019 Example Media" is recognised by it.
EDGES = regex.compile(r"^[\p{P}\p{S}\s\p{Cf}--[©]]+|[\p{P}\p{S}\s\p{Cf}--[©]]+$", regex.V1)
EDGE_LEFT = regex.compile(r"^[\p{P}\p{S}\s\p{Cf}--[©]]+", regex.V1)
EDGE_RIGHT = regex.compile(r"[\p{P}\p{S}\s\p{Cf}--[©]]+$", regex.V1)
SPACES = regex.compile(r"\s+")
#: A number as counters write it: 12, 1,204, 3.5, 1.2K, 12k, 3M.
NUMBER = r"\d[\d.,  ]*[kmb]?"
#: Where two menu items were glued by the renderer: a lower-case letter directly followed by an upper-case
#: one ("Community standardsDiscussion", "SubscribeSign In").
GLUE = regex.compile(r"(?<=\p{Ll})(?=\p{Lu})")
#: A glued piece longer than this is prose that merely contains a camel-case word, not a menu item.
GLUED_PIECE_MAX_WORDS = 4


def normalise(text: str) -> str:
    """The form in which lines and entries are compared."""
    return SPACES.sub(" ", EDGES.sub("", text.casefold()))


@dataclass(frozen=True, slots=True)
class Entry:
    phrase: str   # the entry as written in its file
    source: str   # "en.txt:12"
    keep: bool
    closes: bool = False  # a section header after which the article is over ("Related articles")


@dataclass(frozen=True)
class Lexicon:
    """Compiled entries of one or more lexicon files."""

    whole: dict[str, Entry]  # literal whole-line entries by normalised phrase
    #: Every other entry as (longest literal part, pattern, entry), keep entries first. The literal is a
    #: cheap substring pre-test; the pattern, with its anchors and word boundaries, decides.
    patterns: tuple[tuple[str, regex.Pattern, Entry], ...]

    def match(self, text: str) -> Entry | None:
        """The entry that decides ``text``: a keep entry wins over a chrome entry."""
        norm = normalise(text)
        found = self.whole.get(norm)
        if found is not None and found.keep:
            return found
        for literal, pattern, entry in self.patterns:
            if found is not None and not entry.keep:
                break
            if literal in norm and pattern.search(norm):
                return entry
        return found or self._glued(text)

    def _glued(self, text: str) -> Entry | None:
        """Menu items the renderer glued together: every piece short, at least one a chrome entry."""
        pieces = GLUE.split(text)
        if len(pieces) < 2 or any(len(p.split()) > GLUED_PIECE_MAX_WORDS for p in pieces):
            return None
        for piece in pieces:
            entry = self.whole.get(normalise(piece))
            if entry is not None and not entry.keep:
                return entry
        return None


def _compile(body: str) -> regex.Pattern:
    """Entry text (already normalised, wildcards removed) to a regex; ``{n}`` becomes a number."""
    parts = [regex.escape(p) for p in body.split("{n}")]
    return "(?:" + NUMBER.join(parts) + ")"


def _normalise_entry(phrase: str, strip_left: bool, strip_right: bool) -> str:
    """Normalise an entry like a line, but leave punctuation on a wildcard side alone: in
    ``* / reuters`` the slash is what makes it a photo credit, not a sentence ending in "Reuters"."""
    body = SPACES.sub(" ", phrase.casefold().replace("{n}", "\x00"))
    if strip_left:
        body = EDGES.sub("", body) if strip_right else EDGE_LEFT.sub("", body)
    elif strip_right:
        body = EDGE_RIGHT.sub("", body)
    return body.strip().replace("\x00", "{n}")


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
        out.append((kind, body, Entry(phrase=line, source=f"{name}:{number}", keep=keep, closes=closes)))
    return out


def compile_entries(entries: list[tuple[str, str, Entry]]) -> Lexicon:
    whole: dict[str, Entry] = {}
    patterns = []
    for kind, body, entry in entries:
        if kind == "whole" and "{n}" not in body:
            # A keep entry overrides a drop entry of the same phrase, never the reverse.
            if body not in whole or entry.keep:
                whole[body] = entry
            continue
        core = _compile(body)
        # Word boundaries only where the phrase itself begins or ends with a word character.
        before = r"(?<!\w)" if regex.match(r"\w", body) else ""
        after = r"(?!\w)" if regex.search(r"(?:\w|\{n\})$", body) else ""
        pattern = {
            "whole": f"^{core}$",
            "prefix": f"^{core}{after}",
            "suffix": f"{before}{core}$",
            "contains": f"{before}{core}{after}",
        }[kind]
        literal = max(body.split("{n}"), key=len)
        patterns.append((literal, regex.compile(pattern), entry))
    patterns.sort(key=lambda item: not item[2].keep)  # stable: file order within each group
    return Lexicon(whole=whole, patterns=tuple(patterns))


def builtin_files() -> list[tuple[str, str]]:
    folder = resources.files("cleaner").joinpath("data/lexicon")
    return sorted((f.name, f.read_text("utf-8")) for f in folder.iterdir() if f.name.endswith(".txt"))


@functools.lru_cache(maxsize=16)
def load(extra: tuple[str, ...] = ()) -> Lexicon:
    """Built-in lexicons plus the user's files in ``extra`` (cached: compiled once per process)."""
    entries = []
    for name, text in builtin_files():
        entries.extend(parse(text, name))
    for path in extra:
        entries.extend(parse(Path(path).read_text("utf-8"), Path(path).name))
    return compile_entries(entries)
