"""Repetition across a site: short lines that recur on many pages of the page's host are chrome.

Needs a site profile (``Config.profile``, learned by :func:`cleaner.profile.learn`) and the page's URL
(``Cleaner.explain(text, url)``); without either the stage changes nothing. It runs after the
context-free classes and before the context stage. Its drops are final, so no later stage keeps them
again, but they keep their context-free class: the context stage weighs them exactly as it would
without a profile. Relabelling them as chrome (BAD, strong evidence against the body) was measured
(``benchmarks/site.py``) and cost body: a block of site chrome inside an article then split the body
span and half the article went with it (152 of 3,379 gold paragraphs lost on the synthetic sites, 0
this way).

A line that is not prose on its own (not of the GOOD class) and occurs on at least
``Config.site_min_pages`` pages of the host is dropped. A prose line recurring across the site (a
syndicated paragraph, a standing disclaimer) needs a much stronger case: at least
``SYNDICATED_FACTOR`` times that many pages *and* at least half of the host's pages. Lines the lexicon
decided are left alone.
"""
from __future__ import annotations

import functools

from ..labels import GOOD, Label
from ..page import Page
from ..profile import SiteProfile

NAME = "site"

#: A prose line must recur on this many times ``site_min_pages`` pages ...
SYNDICATED_FACTOR = 3
#: ... and on at least this share of the host's pages.
SYNDICATED_SHARE = 0.5


@functools.lru_cache(maxsize=4)
def load_profile(path: str) -> SiteProfile:
    """The profile at ``path``, read once per process (and per worker)."""
    return SiteProfile.load(path)


def run(page: Page, labels: list[Label]) -> list[Label]:
    path = page.config.profile
    if not path or not page.host:
        return labels
    profile = load_profile(str(path))
    stats = profile.hosts.get(page.host)
    if stats is None or not stats.lines:
        return labels
    k = page.config.site_min_pages
    strong = max(k * SYNDICATED_FACTOR, SYNDICATED_SHARE * stats.pages)
    out = list(labels)
    for i, (line, label) in enumerate(zip(page.lines, labels)):
        if label.final or label.keep is False:
            continue
        seen = stats.lines.get(line.key, 0)
        if seen < k or (label.cls == GOOD and seen < strong):
            continue
        out[i] = Label(label.cls, False, NAME, f"seen on {seen} of {stats.pages} pages of {page.host}", True)
    return out
