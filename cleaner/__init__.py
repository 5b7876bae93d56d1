"""cleaner: strip boilerplate from web-page text and keep every word of the article body.

>>> from cleaner import clean
>>> body = clean(page_text)

The public API is small: :func:`clean`, :func:`explain`, :class:`Config` and :class:`Cleaner` (and the
:class:`Explanation` / :class:`Decision` records that ``explain`` returns), plus :func:`clean_html` and
:func:`explain_html` for HTML pages.

Importing the package is cheap: the default cleaner (compiled lexicons, stoplists) is built on the first
call of :func:`clean` or :func:`explain`, and the HTML path (lxml, trafilatura) is imported on the first
call of :func:`clean_html` or :func:`explain_html`. So ``cleaner --version`` and a pipeline that only
imports the package start at once.
"""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .config import Config

if TYPE_CHECKING:
    from .pipeline import Cleaner, Decision, Explanation

#: The distribution's name: the import package and the command are ``cleaner``.
DISTRIBUTION = "page-cleaner"



def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version  # noqa: PLC0415 - 30-80 ms to import
    try:
        return version(DISTRIBUTION)
    except PackageNotFoundError:  # running from a source tree that was not installed
        return "0+unknown"


@lru_cache(maxsize=1)
def _default() -> Cleaner:
    from .pipeline import Cleaner  # noqa: PLC0415 - built on first use, see the module docstring
    return Cleaner()


def clean(text: str) -> str:
    """The article body of ``text``: its body lines, verbatim and in order, without the chrome."""
    return _default()(text)


def explain(text: str) -> Explanation:
    """The cleaned text plus, for every non-blank input line, keep or drop, the deciding stage and why."""
    return _default().explain(text)


def clean_html(html: str | bytes, config: Config | None = None) -> str:
    """The article body of an HTML page (see :func:`cleaner.html.clean_html`)."""
    from .html import clean_html as run  # noqa: PLC0415 - lxml and trafilatura load on first use
    return run(html, config)


def explain_html(html: str | bytes, config: Config | None = None) -> Explanation:
    """:func:`explain` for an HTML page (see :func:`cleaner.html.explain_html`)."""
    from .html import explain_html as run  # noqa: PLC0415
    return run(html, config)


def __getattr__(name: str) -> Any:
    """``cleaner.Cleaner``, ``cleaner.Decision``, ``cleaner.Explanation`` and ``cleaner.__version__``,
    imported (looked up) on first access."""
    if name == "__version__":
        globals()[name] = _version()
        return globals()[name]
    if name in ("Cleaner", "Decision", "Explanation"):
        from . import pipeline  # noqa: PLC0415
        return getattr(pipeline, name)
    raise AttributeError(f"module 'cleaner' has no attribute {name!r}")


__all__ = ["Cleaner", "Config", "Decision", "Explanation", "clean", "clean_html", "explain", "explain_html",
           "__version__"]
