"""Dumps: the page's text printed again as one long line.

Some pages carry a second copy of the article in a single block: the ``articleBody`` of their
structured data, the text of a "read aloud" player, a ``<noscript>`` or AMP copy. The renderer prints
it as one line of hundreds or thousands of words. On its own evidence it is the best body line of the
page, and it drags the body span out over the chrome that stands between it and the article.

What gives it away is that the page prints its sentences a second time, spread over the article's
paragraphs: most of the long line's words stand, sentence for sentence, in at least
``MIN_SOURCE_LINES`` other lines, each much shorter than it. The paragraphs are the text; the long
line is its copy, and goes. A long paragraph whose first sentence a teaser or a summary repeats
does not come close: one line and one sentence are no copy of the text.

The stage runs before the context stage (which must not see the copy's evidence). It is linear: every
sentence of the page is looked up once, and only when the page has a line long enough to be a dump.
A line too long to be judged whole comes as pieces (:mod:`cleaner.segment`): its pieces are judged
together here, as the one input line they are, and none of them counts as a source.
"""
from __future__ import annotations

import functools
import re

from .. import native
from ..labels import BAD, Label
from ..language import WORD
from ..page import Page

NAME = "dumps"

#: A dump holds several paragraphs: a line shorter than this is one paragraph, whatever it repeats.
DUMP_MIN_WORDS = 100
#: At least this share of its words stand in sentences that the page prints elsewhere...
COPIED_SHARE = 0.6
#: ... in at least this many other lines (the paragraphs it copies: one or two lines are a teaser and
#: a summary repeating a lead sentence) ...
MIN_SOURCE_LINES = 3
#: ... each at most this share of its length.
SOURCE_MAX_SHARE = 0.5
#: A sentence ends with a full stop, a question or exclamation mark or an ellipsis, and a space.
SENTENCE_BREAK = re.compile(r"(?<=[.!?…。！？])\s+")
#: Sentences of fewer words match by chance ("Read more.", "Thank you!") and are not looked up.
SENTENCE_MIN_WORDS = 4
#: Lines whose sentences are cached: more than the longest pages hold.
SENTENCE_CACHE_LINES = 1 << 14


@functools.lru_cache(maxsize=SENTENCE_CACHE_LINES)
def _sentences(text: str) -> tuple[tuple[str, int], ...]:
    """(key, word count) of each sentence of ``text`` long enough to be looked up. Cached: the stage runs
    on every pass over a page, and 40% of the lines it splits on the dev pages it split before (in the
    pass before, or earlier on the page). (Compiled: ``_core.sentences``.)"""
    if native.core is not None:
        return native.core.sentences(text, SENTENCE_MIN_WORDS)
    out = []
    for sentence in SENTENCE_BREAK.split(text):
        words = WORD.findall(sentence.lower())
        if len(words) >= SENTENCE_MIN_WORDS:
            out.append((" ".join(words), len(words)))
    return tuple(out)


def _unit_starts(page: Page) -> list[int]:
    """Where each input line starts among the page's lines (the pieces of a cut line are one unit; on a
    re-check pass some of them may be gone), and the number of lines last. The units are
    ``range(starts[u], starts[u + 1])``: a list of indices per line would weigh more than the page's
    lines on a long page."""
    lines = page.lines
    starts = [i for i, line in enumerate(lines) if not (line.piece and i and lines[i - 1].number == line.number)]
    starts.append(len(lines))
    return starts


def _candidates(page: Page, labels: list[Label]) -> list[tuple[range, int]]:
    """The units long enough to be a dump whose lines are all still revisable, with their words.
    (Compiled: ``_core.dump_candidates``, one pass over the lines.)"""
    if native.core is not None:
        return native.core.dump_candidates(page.lines, labels, DUMP_MIN_WORDS)
    lines = page.lines
    # Most pages hold no line long enough to be a dump, and no cut one: nothing to look up.
    if all(line.words < DUMP_MIN_WORDS and not line.piece for line in lines):
        return []
    starts = _unit_starts(page)
    candidates = []
    for a, b in zip(starts, starts[1:]):
        words = lines[a].words if b == a + 1 else sum(lines[i].words for i in range(a, b))  # one line, mostly
        if words >= DUMP_MIN_WORDS and all(labels[i].revisable for i in range(a, b)):
            candidates.append((range(a, b), words))
    return candidates


def run(page: Page, labels: list[Label]) -> list[Label]:
    lines = page.lines
    candidates = _candidates(page, labels)
    if not candidates:
        return labels
    starts = _unit_starts(page)
    longest = max(words for _, words in candidates)
    # Where each sentence of a candidate first stands, among the lines short enough to be a dump's
    # source. Only the candidates' sentences are looked up: the others' keys would hold a second copy of
    # a long page's text.
    wanted = {key for unit, _ in candidates for i in unit for key, _ in _sentences(lines[i].text)}
    first_at: dict[str, int] = {}
    for j, following in zip(starts, starts[1:]):
        if following == j + 1 and SENTENCE_MIN_WORDS <= lines[j].words <= SOURCE_MAX_SHARE * longest:
            for key, _ in _sentences(lines[j].text):
                if key in wanted:
                    first_at.setdefault(key, j)
    out = list(labels)
    for unit, words in candidates:
        limit = SOURCE_MAX_SHARE * words
        sentences = [sentence for i in unit for sentence in _sentences(lines[i].text)]
        sources = {first_at[key] for key, _ in sentences
                   if key in first_at and lines[first_at[key]].words <= limit}
        copied = sum(n for key, n in sentences if first_at.get(key) in sources)
        total = sum(n for _, n in sentences)
        if len(sources) >= MIN_SOURCE_LINES and copied >= COPIED_SHARE * total:
            for i in unit:
                out[i] = Label(BAD, False, NAME, f"a copy of the page's text in one line: {copied} of its {total} "
                               f"words stand, sentence for sentence, in {len(sources)} shorter lines of the page")
    return out
