"""cleaner: strip boilerplate from web-page text and keep every word of the article body.

>>> from cleaner import clean
>>> body = clean(page_text)

The public API is small: :func:`clean`, :func:`explain`, :class:`Config` and :class:`Cleaner` (and the
:class:`Explanation` / :class:`Decision` records that ``explain`` returns).
"""
from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from .config import Config
from .html import clean_html, explain_html
from .pipeline import Cleaner, Decision, Explanation

try:
    __version__ = version("cleaner")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0+unknown"

_DEFAULT = Cleaner()


def clean(text: str) -> str:
    """The article body of ``text``: its body lines, verbatim and in order, without the chrome."""
    return _DEFAULT(text)


def explain(text: str) -> Explanation:
    """The cleaned text plus, for every non-blank input line, keep or drop, the deciding stage and why."""
    return _DEFAULT.explain(text)


__all__ = ["Cleaner", "Config", "Decision", "Explanation", "clean", "clean_html", "explain", "explain_html",
           "__version__"]
