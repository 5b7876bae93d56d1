"""Known chrome phrases and always-keep phrases, from the lexicon data files.

A lexicon hit is the strongest evidence there is, so its label is final: later stages leave it alone.
"""
from __future__ import annotations

from .. import lexicon, native
from ..labels import BAD, GOOD, Label
from ..page import Line, Page

NAME = "lexicon"


def run(page: Page, labels: list[Label]) -> list[Label]:
    lex = lexicon.load(page.config.extra_lexicons)
    out = list(labels)
    label_of: dict[int, Label] = {}  # by entry (its id: the lexicon holds each entry once)
    shared: dict[Label, Label] = {}  # one label per entry, however many lines it decides
    for i, entry in enumerate(_entries(lex, page.lines)):
        if entry is not None:
            label = label_of.get(id(entry))
            out[i] = label if label is not None else label_of.setdefault(id(entry), _label(entry, shared))
    return out


def _entries(lex: lexicon.Lexicon, lines: tuple[Line, ...]) -> list[lexicon.Entry | None]:
    """The entry that decides each line, or None; each distinct text is matched once (pages repeat
    lines). (Compiled: ``_core.lexicon_entries``.)"""
    if native.core is not None:
        return native.core.lexicon_entries(lex, lines)
    entry_of: dict[str, lexicon.Entry | None] = {}
    for line in lines:
        if line.text not in entry_of:
            entry_of[line.text] = lex.match(line.text, line.key, line.tokens)
    return [entry_of[line.text] for line in lines]


def _label(entry: lexicon.Entry | None, shared: dict[Label, Label]) -> Label | None:
    if entry is None:
        return None
    if entry.keep:
        label = Label(GOOD, True, NAME, f'always-keep phrase "{entry.phrase}" ({entry.source})', True)
    else:
        kind = "section header that closes the article" if entry.closes else "chrome phrase"
        label = Label(BAD, False, NAME, f'{kind} "{entry.phrase}" ({entry.source})', True, entry.closes)
    return shared.setdefault(label, label)
