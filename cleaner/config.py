"""Every tunable number of the cleaner in one frozen, documented object.

The defaults were chosen on the corpus-bench dev set (see ``benchmarks/quality.py``) and are kept as
round, explainable numbers: each says what kind of line it separates, not which page it fits.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .language import LANGUAGES


@dataclass(frozen=True)
class Config:
    """Settings of one :class:`cleaner.Cleaner`.

    lang:
        ISO 639-1 code of the page language (``"en"``, ``"de"``, ...), or ``None`` to guess it per page
        from stopword coverage (jusText's stoplists). Forcing it only changes which stoplist measures
        stopword density; chrome lexicons of every language are always applied.
    extra_lexicons:
        Paths of user lexicon files in the built-in format (see ``cleaner/data/lexicon/README.md``):
        chrome phrases to drop and ``!``-prefixed phrases that must always be kept.
    long_words:
        A line of at least this many words (word-equivalents for CJK) that reads like prose is a body
        paragraph on its own ("good"). jusText's 70-character ``LENGTH_LOW`` is about 12 words.
    near_words:
        Lines from here up to ``long_words`` are "near-good" when they read like prose: too short to
        trust alone, kept when the body surrounds them.
    stopword_density:
        Share of stopwords a prose line has at least. Running text in the languages jusText covers sits
        at 0.3-0.5; menus, headlines and tag lists sit well below. jusText uses 0.30/0.32.
    menu_run:
        This many title-like short lines in a row form a menu or a list of headlines: dropped even
        inside the body span.
    repeat_max_words:
        A line that occurs more than once in a page and has at most this many words is a repeated label
        (section name, share row, "Advertisement"), not body.
    profile:
        Path of a site profile (JSON, see :mod:`cleaner.profile`; ``cleaner learn`` writes one), or
        ``None``. With a profile, pages cleaned with their URL lose the short lines that recur on many
        pages of their site (the ``site`` stage).
    site_min_pages:
        A line that is not prose on its own and occurs on at least this many pages of the page's site
        (per the profile) is site chrome. A prose line needs a much stronger case: at least three times
        as many pages and half of the site's pages (a syndicated paragraph, a standing disclaimer).
    comments:
        Keep readers' comments. Off by default: a comment thread under an article is the readers' text,
        not the page's, and most corpora want the article alone. On, the words of every comment of a
        thread the cleaner recognises are kept (its headers, names, dates and reply buttons still go),
        and HTML input asks trafilatura for the comments too.
    """

    lang: str | None = None
    extra_lexicons: tuple[str, ...] = field(default_factory=tuple)
    long_words: int = 15
    near_words: int = 7
    stopword_density: float = 0.25
    menu_run: int = 4
    repeat_max_words: int = 10
    profile: str | None = None
    site_min_pages: int = 3
    comments: bool = False

    def __post_init__(self) -> None:
        # Accept a list for convenience but store a tuple so the config stays hashable and frozen.
        object.__setattr__(self, "extra_lexicons", tuple(str(p) for p in self.extra_lexicons))
        if self.lang is not None:
            object.__setattr__(self, "lang", self.lang.lower())
            if self.lang not in LANGUAGES:
                raise ValueError(f"unknown language {self.lang!r}; known: {', '.join(LANGUAGES)}")
