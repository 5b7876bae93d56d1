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
    label_of: dict[str, Label | None] = {}  # by line text: pages repeat lines
    shared: dict[Label, Label] = {}  # one label per entry, however many lines it decides
    for i, line in enumerate(page.lines):
        if line.text in label_of:
            label = label_of[line.text]
        else:
            label = label_of[line.text] = _label(lex.match(line.text, line.key, line.tokens), shared)
        if label is not None:
            out[i] = label
    return out


def _label(entry: lexicon.Entry | None, shared: dict[Label, Label]) -> Label | None:
    if entry is None:
        return None
    if entry.keep:
        label = Label(GOOD, True, NAME, f'always-keep phrase "{entry.phrase}" ({entry.source})', True)
    else:
        kind = "section header that closes the article" if entry.closes else "chrome phrase"
        label = Label(BAD, False, NAME, f'{kind} "{entry.phrase}" ({entry.source})', True, entry.closes)
    return shared.setdefault(label, label)
