"""Site profiles: how many pages of each site a short line occurs on (site-level repetition).

Menus, footers, newsletter boxes and legal lines recur on page after page of one site; the article body
does not. CCNet and trafilatura's deduplication remove such lines from a whole crawl; here the counts
are learned in one streaming pass (:func:`learn`, :func:`learn_jsonl`), saved as JSON, and used by the
``site`` stage (:mod:`cleaner.stages.site`) in a later one-pass run.

What is counted: per host (:func:`cleaner.page.host_of`, so ``www.`` is ignored), the number of
*distinct pages* on which each normalised line (:func:`cleaner.lexicon.normalise`) of at most
``max_words`` words occurs (a line repeated inside one page counts once), and the number of pages of
that host. Long lines are never counted: a body paragraph that repeats across a site is syndicated
text, and a profile of long lines would grow with the corpus.

File format (UTF-8 JSON, one object)::

    {"format": "cleaner-site-profile", "version": 1,
     "max_words": 25, "min_pages": 2,
     "hosts": {"example.com": {"pages": 120,
                               "lines": {"subscribe to our newsletter": 118, "home": 120, ...}},
               ...}}

``pages`` is the number of pages seen for the host; ``lines`` maps a normalised line to the number of
those pages it occurs on. Only lines seen on at least ``min_pages`` (>= 2) pages of their host are
stored, and hosts with no such line keep only their page count.

Memory: one counter per host of the lines seen so far. When the counters together hold more than
``max_entries`` lines, the lines seen on a single page so far are dropped everywhere (and, should that
not free half the budget, the rarest counts next). A line that recurs on a site nearly always recurs
soon, so this loses little; the count of a line that comes back after a pruning restarts, so stored
counts are lower bounds. Memory is thus bounded by ``max_entries`` whatever the corpus size.
"""
from __future__ import annotations

import gzip
import io
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .lexicon import normalise
from .page import host_of, split_lines

FORMAT = "cleaner-site-profile"
VERSION = 1
#: Lines of up to this many words are counted: menus, footers, boxes and their sentences.
MAX_WORDS = 25


@dataclass
class HostStats:
    """Page count of one host and the number of pages each of its lines occurs on."""

    pages: int = 0
    lines: Counter = field(default_factory=Counter)


@dataclass
class SiteProfile:
    """Per-host line statistics; see the module docstring for the file format."""

    hosts: dict[str, HostStats] = field(default_factory=dict)
    max_words: int = MAX_WORDS
    min_pages: int = 2

    # ------------------------------------------------------------------ queries

    def pages(self, host: str | None) -> int:
        stats = self.hosts.get(host) if host else None
        return stats.pages if stats else 0

    def count(self, host: str | None, line: str) -> int:
        """Pages of ``host`` that ``line`` (raw or normalised) occurs on; 0 when unknown."""
        stats = self.hosts.get(host) if host else None
        if not stats:
            return 0
        return stats.lines.get(normalise(line), 0)

    # ------------------------------------------------------------------ files

    def to_json(self) -> dict:
        hosts = {}
        for host in sorted(self.hosts):
            stats = self.hosts[host]
            lines = {k: v for k, v in sorted(stats.lines.items(), key=lambda kv: (-kv[1], kv[0]))
                     if v >= self.min_pages}
            hosts[host] = {"pages": stats.pages, "lines": lines}
        return {"format": FORMAT, "version": VERSION, "max_words": self.max_words,
                "min_pages": self.min_pages, "hosts": hosts}

    def save(self, path: str | Path) -> None:
        """Write the profile as compact JSON (``.gz`` paths are gzip-compressed)."""
        data = json.dumps(self.to_json(), ensure_ascii=False, separators=(",", ":"))
        with _open(path, "wt") as fh:
            fh.write(data)

    @classmethod
    def from_json(cls, data: dict) -> SiteProfile:
        if data.get("format") != FORMAT:
            raise ValueError(f"not a cleaner site profile (format={data.get('format')!r})")
        if data.get("version") != VERSION:
            raise ValueError(f"unsupported site profile version {data.get('version')!r}")
        hosts = {h: HostStats(int(v["pages"]), Counter({k: int(n) for k, n in v.get("lines", {}).items()}))
                 for h, v in data["hosts"].items()}
        return cls(hosts=hosts, max_words=int(data.get("max_words", MAX_WORDS)),
                   min_pages=int(data.get("min_pages", 2)))

    @classmethod
    def load(cls, path: str | Path) -> SiteProfile:
        with _open(path, "rt") as fh:
            return cls.from_json(json.load(fh))


def _open(path: str | Path, mode: str) -> io.TextIOBase:
    if str(path).endswith(".gz"):
        return gzip.open(path, mode, encoding="utf-8")
    return open(path, mode.replace("t", ""), encoding="utf-8")


def page_keys(text: str, max_words: int = MAX_WORDS) -> set[str]:
    """The distinct normalised short lines of one page: what a page contributes to its host's counts."""
    keys = set()
    for raw in split_lines(text):
        line = raw.strip()
        if not line or len(line.split()) > max_words:
            continue
        key = normalise(line)
        if key:
            keys.add(key)
    return keys


def learn(records: Iterable[tuple[str | None, str]], min_pages: int = 2, max_words: int = MAX_WORDS,
          max_entries: int = 5_000_000) -> SiteProfile:
    """Count, per host, the pages each short line occurs on, from ``(url, text)`` pairs (streamed once).

    Records without a usable host are skipped. ``min_pages`` (>= 2) is the least page count a line
    needs to be kept in the saved profile. ``max_entries`` bounds the (host, line) pairs held in memory
    (about 100-200 bytes each): past it, rare lines are pruned (see the module docstring).
    """
    if min_pages < 2:
        raise ValueError("min_pages must be at least 2: a line on one page is not site chrome")
    profile = SiteProfile(max_words=max_words, min_pages=min_pages)
    entries = 0
    for url, text in records:
        host = host_of(url)
        if not host or not text:
            continue
        stats = profile.hosts.get(host)
        if stats is None:
            stats = profile.hosts[host] = HostStats()
        stats.pages += 1
        before = len(stats.lines)
        stats.lines.update(page_keys(text, max_words))
        entries += len(stats.lines) - before
        if entries > max_entries:
            entries = _prune(profile, max_entries // 2)
    # Lines below min_pages are never saved; drop them now so an in-memory profile equals a loaded one.
    for st in profile.hosts.values():
        st.lines = Counter({k: v for k, v in st.lines.items() if v >= min_pages})
    return profile


def _prune(profile: SiteProfile, target: int) -> int:
    """Drop the rarest lines of every host until at most ``target`` remain; the number remaining."""
    floor = 2
    while True:
        remaining = 0
        for st in profile.hosts.values():
            st.lines = Counter({k: v for k, v in st.lines.items() if v >= floor})
            remaining += len(st.lines)
        if remaining <= target:
            return remaining
        floor += 1


def iter_jsonl(path: str | Path, field: str = "text", url_field: str = "url") -> Iterable[tuple[str | None, str]]:
    """``(url, text)`` pairs of a JSON Lines file, compressed or not (told by content), read one line at a
    time. A line that is not a JSON object is a ValueError naming the file and the line."""
    from .formats import open_stream  # noqa: PLC0415
    stream = open_stream(open(path, "rb"))[0]
    with stream:
        for n, line in enumerate(stream, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except ValueError as exc:
                raise ValueError(f"{path}: line {n}: malformed JSON: {exc}") from None
            if not isinstance(rec, dict):
                raise ValueError(f"{path}: line {n}: not a JSON object")
            text = rec.get(field)
            yield rec.get(url_field), text if isinstance(text, str) else ""


def learn_jsonl(path: str | Path, field: str = "text", url_field: str = "url", **kwargs) -> SiteProfile:
    """:func:`learn` over a JSON Lines file's ``field`` texts grouped by the host of ``url_field``."""
    return learn(iter_jsonl(path, field, url_field), **kwargs)
