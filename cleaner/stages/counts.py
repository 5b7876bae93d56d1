"""Comment counts under the answers of a Q&A thread: no header that closes the article.

A Q&A page prints under each answer its poster's card (name, reputation, badge counts) and then the
answer's comment count ("1 Comment", "3 Comments"), which the lexicon reads as a header that closes an
article. With more answers under it the count closes nothing: the stage records it as no closing
header (:func:`.posts.answer_comment_counts`), before the judges of the page's blocks read the closing
headers, so that the answers after it are neither a comment thread the count announces nor past the
article's end. The count under the last answer, and a count under an article (which prints no poster's
card), still close it. It decides nothing itself.
"""
from __future__ import annotations

from ..labels import Label, recorded
from ..page import Page
from .posts import answer_comment_counts, user_cards

NAME = "counts"


def run(page: Page, labels: list[Label]) -> list[Label]:
    """Every line's label, an answer's comment count under a poster's card recorded as closing nothing."""
    return recorded(labels, ("closes",), {i: (False,) for i in answer_comment_counts(labels, user_cards(page, labels))})
