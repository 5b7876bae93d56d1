"""Menus and headline lists: runs of short lines that read as no part of a text.

A menu, a breadcrumb trail printed one item a line, a box of other stories' headlines: line by line
these are short lines that are neither sentences nor list items of a text (no sentence end, no
lower-case start, no table cells, few figures: see :func:`.span.title_lines`), or links however they
read. The stage records on every line whether it is *title-like* (:attr:`Label.title_like`; the body
span's evidence counts such a line against the body) and whether it stands in a run of
``Config.menu_run`` or more title-like and chrome lines (:attr:`Label.menu`: :func:`.span.menu_runs`).
It decides nothing: a run inside the body span goes, unless its lines are the items of a shop's grid
(:mod:`.context`); a run marks where a footer's links end the span (:func:`.span.before_footer`) and
which lines a trailing headline run may skip (:mod:`.tail`).

The text's own lists stay clear of it: a list that a sentence of the text announces ("The package
includes:") is no run, and list items, dialogue, verses, code and anchored headings read as text,
and so do the labels and values of a spec sheet (:func:`.specs.paired`).
"""
from __future__ import annotations

from .. import native
from ..labels import Label, recorded
from ..page import Page
from .span import menu_runs, title_lines
from .specs import paired

NAME = "menus"
#: Where the fields the stage records (title_like, then menu) stand in a label.
TITLE_LIKE_FIELD = Label._fields.index("title_like")


def run(page: Page, labels: list[Label]) -> list[Label]:
    """Every line's label with its title-likeness and whether it stands in a menu run recorded."""
    title_like = [title and not paired(label) for title, label in zip(title_lines(page, labels), labels)]
    return _recorded(labels, title_like, menu_runs(page, labels, title_like))


def _recorded(labels: list[Label], title_like: list[bool], menus: list[bool]) -> list[Label]:
    """``labels`` with the title-likeness and the menu flag recorded on the lines that have either.
    (Compiled: ``_core.columns_recorded``, one pass that builds each such label at once.)"""
    if native.core is not None:
        return native.core.columns_recorded(labels, Label, TITLE_LIKE_FIELD, (title_like, menus))
    found = {i: (title, menu) for i, (title, menu) in enumerate(zip(title_like, menus)) if title or menu}
    return recorded(labels, ("title_like", "menu"), found)
