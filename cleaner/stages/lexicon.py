"""Known chrome phrases and always-keep phrases, from the lexicon data files.

A lexicon hit is the strongest evidence there is, so its label is final: later stages leave it alone.
"""
from __future__ import annotations

from .. import lexicon
from ..labels import BAD, GOOD, Label
from ..page import Page

NAME = "lexicon"


def run(page: Page, labels: list[Label]) -> list[Label]:
    lex = lexicon.load(page.config.extra_lexicons)
    out = list(labels)
    entry_of: dict[str, lexicon.Entry | None] = {}  # by line text: pages repeat lines
    for i, line in enumerate(page.lines):
        if line.text in entry_of:
            entry = entry_of[line.text]
        else:
            entry = entry_of[line.text] = lex.match(line.text, line.key, line.tokens)
        if entry is None:
            continue
        if entry.keep:
            out[i] = Label(GOOD, True, NAME, f'always-keep phrase "{entry.phrase}" ({entry.source})', True)
        else:
            kind = "section header that closes the article" if entry.closes else "chrome phrase"
            out[i] = Label(BAD, False, NAME, f'{kind} "{entry.phrase}" ({entry.source})', True, entry.closes)
    return out
