"""What a stage says about a line: its context-free class, the decision so far, and why.

Like jusText, every line keeps its context-free class beside the decision, so a decision taken by
the neighbours can still be explained by what the line looked like on its own.
"""
from __future__ import annotations

from typing import NamedTuple

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
    aside: str = ""        # set by a block judge (teasers, comments, boxes): why the line goes whatever the span
    block: str = ""        # set by the context stage: the body span the line stands in ("" outside them)

    @property
    def revisable(self) -> bool:
        """Kept or undecided, and not sealed by the lexicon: what the stages that judge a line by its
        place on the page (dumps, tail, blurbs) may still drop. The features stage's keep of a paragraph
        is no final decision."""
        return self.keep is not False and not self.final


UNSEEN = Label(SHORT, None, "", "")
