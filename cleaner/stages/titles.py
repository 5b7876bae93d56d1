"""Lists of titles under a header that closes the article: other threads' or stories' titles.

Under "Hot Network Questions", "Related questions" or "Similar threads" a page lists other threads'
titles, one a line, with their counters between them. Many end with a question mark and read as
prose, and together they outweigh a question with its code and one answer: the body span would land
on them. The stage records the titles of such a list (:attr:`Label.listed`, found by
:func:`.span.titles_under_closer`, which says what makes a list); the segmentation stage counts them as
chrome lines. It decides nothing itself.

Look-alikes stay: a paragraph of two sentences or a longer line ends a list, and a list that ends so,
not on a chrome line, stands inside an article that goes on under it (a "More from UK" box between two
paragraphs); the one-sentence paragraphs of a news story under "Don't miss" end with full stops.
"""
from __future__ import annotations

from ..labels import Label, recorded
from ..page import Page
from .span import titles_under_closer

NAME = "titles"


def run(page: Page, labels: list[Label]) -> list[Label]:
    """Every line's label with whether it is a title of a list under a closing header recorded."""
    return recorded(labels, ("listed",), {i: (True,) for i, listed in enumerate(titles_under_closer(page, labels))
                                          if listed})
