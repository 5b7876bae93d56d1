"""The pipeline: the stages in the order they run, and the Cleaner that applies them.

Output lines are input lines, verbatim (but for surrounding whitespace) and in order; of a line far
longer than any paragraph, verbatim pieces of it (see :mod:`cleaner.segment`). To make cleaning
idempotent, the stages run again on the kept lines until nothing more is dropped: the result is a
page on which the pipeline keeps every line, so cleaning it once more changes nothing. In practice
the second pass only confirms the first.
"""
from __future__ import annotations

from dataclasses import dataclass

from . import binary
from . import lexicon as lexicon_mod
from . import page as page_mod
from .config import Config
from .labels import UNSEEN, Label
from .stages import (anchors, blurbs, boxes, closers, code, comments, context, counts, dialogs, dumps, features,
                     fineprint, grids, lexicon, menus, posts, ratings, repetition, rules, segmentation, site, specs,
                     teasers, titles)

#: The stages that judge each line on its own: a line's label depends only on the line, the page's
#: language, config and host, never on the other lines. A re-check pass in the same language can
#: therefore take their labels from the pass before instead of running them again.
LINE_STAGES = (
    ("lexicon", lexicon.run),        # known chrome and always-keep phrases (final)
    ("features", features.run),      # context-free class of every other line
    ("anchors", anchors.run),        # headings with their permalink (¶): back to the neighbours
    ("site", site.run),              # lines that recur on many pages of the page's site (with a profile)
)
#: The stages that judge a line by the lines around it; they run on every pass.
PAGE_STAGES = (
    ("closers", closers.run),        # a closer under every entry of a listing: entry furniture
    ("counts", counts.run),          # an answer's comment count under a poster's card: no closing header
    ("code", code.run),              # code blocks next to prose: back to the neighbours, as text lines
    ("specs", specs.run),            # a spec table's labelled lists ("Lieferumfang: a, b, c"): no tag lines
    ("dumps", dumps.run),            # the page's text again in one line (structured data, read-aloud)
    ("rules", rules.run),            # a box of the site's rules for comments under its header: chrome
    ("teasers", teasers.run),        # runs of teaser items (headline, byline, summary): set aside
    ("comments", comments.run),      # readers' comment threads after the article: set aside
    ("boxes", boxes.run),            # boxes of a few links inside the article ("Related", "More:"): set aside
    ("dialogs", dialogs.run),        # a form's consent sentence and its fields ("By clicking ..."): set aside
    ("menus", menus.run),            # runs of short title-like lines (menus, headline lists): recorded
    ("titles", titles.run),          # a list of other threads' titles under a closing header: recorded
    ("posts", posts.run),            # the furniture between a thread's posts (name, rank, date): recorded
    ("grids", grids.run),            # the items of a shop's grid (name, price, button): recorded
    ("segmentation", segmentation.run),  # the body spans, and each line's part of its span: recorded
    ("context", context.run),        # neighbours decide the undecided and the set aside, by the spans
    ("blurbs", blurbs.run),          # the author's bio and the site's blurb at the body span's end
    ("ratings", ratings.run),        # a review widget's rating histogram ("5 Stars", "4 Stars", ...)
    ("fineprint", fineprint.run),    # a run of notes under a product's or a service's text ("† Subject to ...")
    ("repetition", repetition.run),  # lines repeated from the chrome; later copies of headlines
)
#: The stages, in order. Each is ``run(page, labels) -> labels``; see :mod:`cleaner.stages`.
STAGES = LINE_STAGES + PAGE_STAGES
#: The passes after the first only confirm or trim; a cap keeps the worst case linear.
MAX_PASSES = 4


@dataclass(frozen=True, slots=True)
class Decision:
    """What happened to one input line, or to one piece of a line too long to be one block (see
    :mod:`cleaner.segment`: its pieces share its line number)."""

    line_number: int  # 1-based, blank lines counted
    line: str         # the line as given, stripped
    keep: bool
    stage: str
    reason: str
    block: str = ""   # the body span the line stood in ("body span, lines 5-40"); "" outside the spans


@dataclass(frozen=True, slots=True)
class Explanation:
    """The cleaned text and one decision per non-blank input line, or per piece of a very long one (cf.
    ftfy's ``fix_and_explain``)."""

    text: str
    decisions: list[Decision]

    @property
    def stats(self) -> dict[str, int]:
        """Lines kept and dropped, and lines dropped per stage (datatrove-style counters)."""
        out = {"kept": 0, "dropped": 0}
        for d in self.decisions:
            out["kept" if d.keep else "dropped"] += 1
            if not d.keep:
                out[f"dropped_by_{d.stage}"] = out.get(f"dropped_by_{d.stage}", 0) + 1
        return out


def _run(stages: tuple, page: page_mod.Page, labels: list[Label]) -> list[Label]:
    """``labels`` after each of ``stages`` in turn."""
    for _, stage in stages:
        labels = stage(page, labels)
    return labels


def label_page(page: page_mod.Page) -> list[Label]:
    """One pass of every stage over ``page``: the labels of :func:`judge`'s first pass."""
    return _run(STAGES, page, [UNSEEN] * len(page.lines))


def judge(page: page_mod.Page) -> tuple[list[Label], list[tuple[page_mod.Line, Label]], list[page_mod.Line]]:
    """All passes over ``page``: the first pass's labels, the lines a re-check pass dropped (with that
    pass's label), and the lines kept at the end.

    A pass that kept every line ends the passes: the next one would see the same page (same lines, same
    language guess) and, the stages being pure, give the same labels."""
    own = _run(LINE_STAGES, page, [UNSEEN] * len(page.lines))
    labels = first = _run(PAGE_STAGES, page, own)
    rechecked = []
    for _ in range(MAX_PASSES - 1):
        keep = [bool(label.keep) for label in labels]
        if all(keep) or not any(keep):
            break
        sub = page_mod.subpage(page, keep)
        if sub.lang == page.lang:
            own = [label for label, k in zip(own, keep) if k]
        else:
            own = _run(LINE_STAGES, sub, [UNSEEN] * len(sub.lines))
        page, labels = sub, _run(PAGE_STAGES, sub, own)
        rechecked.extend((line, label) for line, label in zip(page.lines, labels) if not label.keep)
    return first, rechecked, [line for line, label in zip(page.lines, labels) if label.keep]


def _render(texts: list[str], blank_separated: bool) -> str:
    return ("\n\n" if blank_separated else "\n").join(texts)


def _binary_explanation(text: str) -> Explanation:
    """Every non-blank line of a binary input dropped, with the reason: no stage judges it."""
    why = binary.reason(text)
    return Explanation("", [Decision(number, stripped, False, "binary", why)
                            for number, line in enumerate(page_mod.split_lines(text), 1)
                            if (stripped := line.strip(page_mod.EDGE_SPACE))])


class Cleaner:
    """A reusable, picklable, thread-safe cleaner. ``Cleaner(config)(text)`` returns the body.

    It holds only its frozen :class:`Config`; compiled lexicons and stoplists are cached per process,
    so a copy sent to a worker process rebuilds them once there.
    """

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()
        # Fail here, not on the first page, when a user lexicon is missing or malformed.
        lexicon_mod.load(self.config.extra_lexicons)

    def __repr__(self) -> str:
        return f"Cleaner({self.config!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Cleaner) and other.config == self.config

    def __hash__(self) -> int:
        return hash(self.config)

    def __call__(self, text: str, url: str | None = None) -> str:
        return self.clean(text, url)

    def clean(self, text: str, url: str | None = None) -> str:
        """The body of ``text``; ``url`` (optional) names the page's site for site-level stages. What
        :meth:`explain` returns as ``text``, without building its decisions. Binary input (see
        :mod:`cleaner.binary`) has no body."""
        if binary.looks_binary(text):
            return ""
        page = page_mod.build(text, self.config, url)
        kept = judge(page)[2]
        return _render(["\n".join(line.parts) for line in kept], page.blank_separated)

    def explain(self, text: str, url: str | None = None) -> Explanation:
        if binary.looks_binary(text):
            return _binary_explanation(text)
        page = page_mod.build(text, self.config, url)
        labels, rechecked, kept = judge(page)
        decided = {(line.number, line.piece): (line, label) for line, label in zip(page.lines, labels)}
        for line, label in rechecked:
            decided[line.number, line.piece] = (line, label._replace(keep=False,
                                                reason=f"on re-check of the kept lines: {label.reason}"))
        decisions = [Decision(line.number + k, part, bool(label.keep), label.stage, label.reason, label.block)
                     for line, label in decided.values() for k, part in enumerate(line.parts)]
        return Explanation(_render(["\n".join(line.parts) for line in kept], page.blank_separated), decisions)
