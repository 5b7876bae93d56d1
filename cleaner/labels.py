"""What a stage says about a line: its context-free class, the decision so far, and why.

Like jusText, every line keeps its context-free class beside the decision, so a decision taken by
the neighbours can still be explained by what the line looked like on its own.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from . import native

if TYPE_CHECKING:
    from .stages.grids import GridLine

#: Context-free classes, from most to least body-like.
GOOD = "good"    # a prose paragraph on its own
NEAR = "near"    # prose-like but too short to trust alone
SHORT = "short"  # a short line: heading, list item, menu item, label; the neighbours decide
BAD = "bad"      # chrome on its own evidence


class Label(NamedTuple):
    """A stage's verdict on one line. A named tuple: stages build one or more per line and pass, and a
    tuple is built several times faster than a frozen dataclass."""

    cls: str
    keep: bool | None      # None: undecided so far
    stage: str
    reason: str
    final: bool = False    # no later stage may change it: set by the lexicon, and for a wiki's footnotes
    closes: bool = False   # a section header after which the article is over ("Related articles")
    # The fields that a stage records together stand side by side, in the order it names them (see
    # ``recorded``): the segmentation stage's from aside to furniture, the posts stage's furniture and
    # between_posts, the menus stage's title_like and menu.
    aside: str = ""        # set by a block judge (teasers, comments, boxes): why the line goes whatever the span
    block: str = ""        # set by the segmentation stage: the body span the line stands in ("" outside them)
    part: str = ""         # set by the segmentation stage: the line's part of its span (see segmentation.PARTS)
    row: bool = False      # set by the segmentation stage: a row of a list or table that the body span took in
    entry: bool = False    # set by the segmentation stage: an item of a listing's run of entries beside the span
    # What the judges of the page's layout find, for the segmentation and context stages (see their modules):
    furniture: bool = False        # posts: a line of the furniture between two posts of a thread that goes ...
    between_posts: bool = False    # posts: ... in a block of such furniture
    title_like: bool = False       # menus: a short line that reads as no part of a text (a menu item, a link)
    menu: bool = False             # menus: it stands in a run of such lines (a menu, a headline list)
    listed: bool = False           # titles: a title of a list of other threads' titles under a closing header
    grid: GridLine | None = None   # grids: an item's line of a shop's grid (why, and where the grid starts)

    @property
    def revisable(self) -> bool:
        """Kept or undecided, and not sealed by the lexicon: what the stages that judge a line by its
        place on the page (dumps, tail, blurbs) may still drop. The features stage's keep of a paragraph
        is no final decision."""
        return self.keep is not False and not self.final


UNSEEN = Label(SHORT, None, "", "")


def recorded(labels: list[Label], names: tuple[str, ...], found: dict[int, tuple]) -> list[Label]:
    """``labels`` with the fields ``names`` set on the lines of ``found`` (line -> the fields' values, in
    the order of ``names``); the other lines keep their labels. ``names`` are neighbouring fields in the
    label's order: each new label is the old one's head and tail around the values, three slices that
    cost a fraction of setting the fields one by one (a stage records on up to half of a page's lines).
    (Compiled: ``_core.recorded``, which builds each label at once.)"""
    first = Label._fields.index(names[0])
    stop = first + len(names)
    if Label._fields[first:stop] != names:
        raise ValueError(f"not neighbouring fields of a Label, in its order: {names}")
    if native.core is not None:
        return native.core.recorded(labels, first, stop, found, Label)
    out = list(labels)
    for i, values in found.items():
        label = labels[i]
        out[i] = _new(Label, label[:first] + values + label[stop:])  # several times faster than _replace
    return out


_new = tuple.__new__
