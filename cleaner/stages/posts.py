"""Forum threads: posts one under the other, each under the same block of furniture.

A thread page (phpBB, vBulletin, XenForo, SMF) is its posts: the question and every reply, down to a
one-line "Thanks, that worked.". Between two posts the forum prints the same small block again and
again: the post's number and date, the poster's name and rank, "Join Date" / "Feb 2017", "Posts",
"Mensajes: 45", "Reply With Quote", "Top", "En línea". The densest span holds the posts whose prose
outweighs such blocks and stops at the block after a short reply: the posts beyond it would be lost.
The blocks give the thread away. When the block after a post repeats the block before it (at least
``SHARED_LINES`` of the same lines, their numbers aside, and a date in each: every post is dated), and
that one repeated the block before it in turn (three blocks in a row, as :mod:`.comments` counts three
headers: an article's byline and share row may well be printed twice), the post after it is one more
post of the same thread. The span grows over it, post by post, at both ends. The blocks it grows over
are furniture and go, all their lines but a post's own prose without a sentence end: they would have
gone without the posts, and with them gone the posts stand one under the other when the cleaner
checks its output again.

The body has look-alikes, and the rule keeps clear of them:

- a text whose paragraphs stand under one repeated label or heading (an interview's "Q:" and "A:", a
  recipe's "Serves: 4", a spec sheet's "Weight: 2 kg") has one or two lines between its paragraphs,
  not a dated block of at least ``BLOCK_MIN_LINES``; and inside the span nothing changes;
- a page's menu, footer or related-links box between two texts is longer than ``BLOCK_MAX_LINES``;
- a news site's comment thread under its article is not the page's content: :mod:`.comments` sets it
  aside, a header that closes the article ("12 Comments", "Related") ends it, and the span does not
  grow over blocks that first repeat under ``ARTICLE_MIN_WORDS`` words of prose (the comments stage's
  measure of an article).
"""
from __future__ import annotations

import functools
import re
from itertools import compress, count
from operator import attrgetter

from .. import lexicon, native
from ..labels import BAD, GOOD, NEAR, SHORT, Label, recorded
from ..page import Page
from .comments import ARTICLE_MIN_WORDS, MIN_COMMENTS
from .features import DATELINE_REASON

#: The furniture between two posts: a name and a date at least, most often with a rank, counters and
#: the post's actions (three to fifteen lines)...
BLOCK_MIN_LINES = 3
#: ... and seldom more than this many lines (a signature or a quoted line with them); a page's menu, a
#: footer or a box of links between two texts is longer.
BLOCK_MAX_LINES = 20
#: The blocks before and after a post share at least this many lines (numbers aside: "Posts: 214" and
#: "Posts: 1032" are the same label): "Reply With Quote" and "Join Date", "En línea" and "Mensajes: 45".
#: One line in common (a "Share" or an "Advertisement" printed twice) is no block of furniture.
SHARED_LINES = 2
#: Numbers in a line of furniture differ from post to post: a count ("1,032", "2.345"), a post number,
#: a date.
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")

#: A poster's card under a post on a Q&A site: the poster's name (at most this many words, no sentence
#: end) right above the poster's reputation and badge counts (see :func:`badge_counters`).
CARD_NAME_MAX_WORDS = 4

#: A Q&A site prints each answer's comment count ("1 Comment", "3 Comments") at most this many lines
#: under the poster's card, the count being one of the headers that close an article.
CARD_COMMENTS_GAP = 2

#: The reason the context stage gives the lines of the blocks the span grew over.
REASON = ("furniture between two posts of a thread, repeating the block before the post (name, rank, "
          "counters, date)")


@functools.lru_cache(maxsize=1)
def badge_counters() -> re.Pattern:
    """A poster's reputation and badge counts, and nothing else: a number ("26.3k", "1,992"), then for
    each grade of badge its count, printed twice (for the eye and for a screen reader) and glued to the
    number before it or not, and the grade's words from data/badge_words.txt ("23 23 gold badges",
    "2323 gold badges"). A count of badges in a list ("12 gold badges") is no count printed twice."""
    grades = []
    for line in lexicon.data_lines("badge_words.txt"):
        grade, *nouns = line.split()
        grades.append(rf"{re.escape(grade)}\s+(?:{'|'.join(map(re.escape, nouns))})")
    # Bounded runs of digits: a long number without the words costs no more than a short one.
    return re.compile(rf"\d[\d.,]{{0,9}}k?(?:\s*(\d{{1,4}})\s?\1\s+(?:{'|'.join(grades)}))+$", re.IGNORECASE)


def user_cards(page: Page, labels: list[Label]) -> set[int]:
    """The lines of the posters' cards of a Q&A thread: each poster's reputation and badge counts (see
    :func:`badge_counters`) and the name right above them, a short line without a sentence end that no
    stage took for a paragraph or for chrome. They stand between the posts, as a board's "Join Date" and "Posts: 214"
    do; a card of a thread's last post or of its only one stands by itself, without a block of
    furniture that repeats."""
    counters = badge_counters()
    cards = set()
    for i in compress(count(), map(attrgetter("digit_share"), page.lines)):  # the counters hold figures
        line = page.lines[i]
        if line.text[:1].isdigit() and counters.match(line.text):
            cards.add(i)
            if i and (name := page.lines[i - 1]).words <= CARD_NAME_MAX_WORDS and not name.terminal \
                    and labels[i - 1].cls == SHORT:
                cards.add(i - 1)
    return cards


def post_lines(page: Page, labels: list[Label]) -> list[bool]:
    """For each line, whether it is a line of a post's text: a paragraph, or a short line that ends a
    sentence ("Thanks, that worked."; a colon ends a label, "Reactions:"), that no stage has taken for
    chrome. (Compiled: ``_core.post_lines``.)"""
    if native.core is not None:
        return native.core.post_lines(page.lines, labels, BAD, GOOD)
    return [label.keep is not False and label.cls != BAD and (
        label.cls == GOOD or line.terminal and not line.text.endswith(":")) for line, label in zip(page.lines, labels)]


def _edge(flags: list[bool], i: int, step: int, value: bool) -> int:
    """The first index from ``i`` on (going by ``step``) whose flag is not ``value`` (-1 or len: none).
    (Compiled: ``_core.edge``: the walk over a post's lines or a block's, a pair of such walks per block.)"""
    if native.core is not None:
        return native.core.edge(flags, i, step, value)
    while 0 <= i < len(flags) and flags[i] == value:
        i += step
    return i


def _any_in(flags: list[bool], lines: range) -> bool:
    """Whether a flag of ``lines`` (lines of the page, going by 1 or by -1) is set: one slice of the flags,
    not a look-up per line."""
    if not lines:
        return False
    low, high = (lines[0], lines[-1]) if lines.step > 0 else (lines[-1], lines[0])
    return any(flags[low:high + 1])


def _masked(page: Page, i: int) -> str:
    """Line ``i`` as a line of furniture compares with its likes: numbers aside."""
    return NUMBER.sub("0", page.lines[i].key)


def _shared(page: Page, labels: list[Label], previous: range, block: range) -> set[str]:
    """The lines (numbers aside) that ``block`` repeats from ``previous``, when both are blocks of
    furniture (``BLOCK_MIN_LINES`` to ``BLOCK_MAX_LINES`` lines, a date among them) and share at least
    ``SHARED_LINES``; else none."""
    def block_like(lines: range) -> bool:
        return BLOCK_MIN_LINES <= len(lines) <= BLOCK_MAX_LINES and any(
            labels[i].reason == DATELINE_REASON for i in lines)

    if not (block_like(previous) and block_like(block)):
        return set()
    common = {_masked(page, i) for i in block}.intersection(_masked(page, i) for i in previous)
    return common if len(common) >= SHARED_LINES else set()


def _own_prose(page: Page, labels: list[Label], i: int, repeated: set[str]) -> bool:
    """A line of a block that is a post's own prose, not furniture: a paragraph or a near one (a one-line
    post without a sentence end, a quoted line) that the block before did not print too."""
    return labels[i].cls in (GOOD, NEAR) and _masked(page, i) not in repeated


def _walk(page: Page, labels: list[Label], stops: list[bool], posts: list[bool], start: int, end: int,
          step: int, furniture: set[int]) -> int:
    """From the post that holds line ``start`` on (going by ``step``), block after block up to the
    span's edge ``end``, and past it as long as each block repeats the block before it; the lines of
    the blocks past ``end`` go into ``furniture``, but for a line of prose of their own (a one-line
    post without a sentence end, a quoted line). Returns the outermost line of the last post reached
    past ``end``, or ``end``. Going down the page, the walk stops where a block repeats for the first
    time under ``ARTICLE_MIN_WORDS`` words of prose or more: comments under an article. Going up, a
    post must hold a paragraph: above the first post stands the thread's title, which ends with a
    question mark as often as a short reply ends with a full stop. Inside the span nothing changes:
    the lines it holds between its paragraphs stay as they are (a product list's "Get it on Amazon for
    $139" repeats too). (Compiled: ``_core.thread_walk``, which calls ``_shared`` for two blocks that may
    repeat and ``_own_prose`` for the lines of a block past the span's edge.)"""

    def shared(previous: range, block: range) -> set[str]:
        return _shared(page, labels, previous, block)

    if native.core is not None:
        return native.core.thread_walk(page.lines, labels, stops, posts, start, end, step, furniture, shared,
                                       lambda i, repeated: _own_prose(page, labels, i, repeated), WALK_PARAMS)

    def prose(first: int, last: int) -> int:
        return sum(page.lines[i].words for i in range(first, last + step, step) if labels[i].cls == GOOD)

    behind = _edge(posts, start, -step, True)
    previous = range(behind, _edge(posts, behind, -step, False), -step)
    post = _edge(posts, start, step, True) - step  # the outermost line of the current post
    reached = end
    words = prose(start, post) if step > 0 else 0  # prose above the first block that repeats
    thread = False
    chain = 1  # blocks in a row, each repeating the one before it, up to the current one
    while True:
        block = range(post + step, _edge(posts, post + step, step, False), step)
        beyond = block.stop
        if not 0 <= beyond < len(posts) or _any_in(stops, block):
            return reached
        repeated = shared(previous, block)
        thread = thread or bool(repeated)
        chain = chain + 1 if repeated else 1
        past = (beyond - end) * step > 0  # the next post lies past the span's edge
        if past:
            if chain < MIN_COMMENTS or words >= ARTICLE_MIN_WORDS:
                return reached
            furniture.update(i for i in block if (i - end) * step > 0 and not _own_prose(
                page, labels, i, repeated))
        post = _edge(posts, beyond, step, True) - step
        if _any_in(stops, range(beyond, post + step, step)) or (
                step < 0 and past and not prose(beyond, post)):
            return reached
        reached = post if (post - end) * step > 0 else end
        if not thread and step > 0:
            words += prose(beyond, post)
        previous = block


#: What the compiled walk (``_core.thread_walk``) reads besides the page, in its order.
WALK_PARAMS = (DATELINE_REASON, GOOD, BLOCK_MIN_LINES, BLOCK_MAX_LINES, MIN_COMMENTS, ARTICLE_MIN_WORDS)


def _stops(flags: list[bool], labels: list[Label]) -> list[bool]:
    """Per line, whether its flag is set or it is a header that closes the article: where a thread's
    growth stops. (Compiled: ``_core.stop_flags``.)"""
    if native.core is not None:
        return native.core.stop_flags(flags, labels)
    return [flag or label.closes for flag, label in zip(flags, labels)]


def thread_posts(page: Page, labels: list[Label], aside: list[bool], first: int, last: int
                 ) -> tuple[int, int, frozenset[int]]:
    """The span ``first``..``last`` grown at both ends over the posts of the thread it holds, and the
    furniture of the blocks it grew over (see the module's docstring). Down the page the walk starts at
    the span's first post, up the page at its last, so that it reaches the edge knowing the blocks in
    the span; down the page a Q&A thread's span also runs on to its last poster's card
    (:func:`_last_answer`). Lines set aside (teasers, a comment thread) and headers that close the
    article stop the growth."""
    posts = post_lines(page, labels)
    stops = _stops(aside, labels)
    head = _edge(posts, first, 1, False)
    if not head <= last:
        return first, last, frozenset()
    furniture: set[int] = set()
    grown_last = max(_walk(page, labels, stops, posts, head, last, 1, furniture),
                     _last_answer(page, labels, stops, first, last))
    first = _walk(page, labels, stops, posts, _edge(posts, last, -1, False), first, -1, furniture)
    return first, grown_last, frozenset(furniture)


def _last_answer(page: Page, labels: list[Label], stops: list[bool], first: int, last: int) -> int:
    """The last poster's card of a Q&A thread whose card stands in the span ``first``..``last`` or at
    most ``BLOCK_MAX_LINES`` lines under it (the question's, or an answer's), when no line between the
    span and that last card is set aside or closes the article: the answers under the span, each as
    short as a line of prose and a few lines of code that its card, date and actions outweigh, down to
    the last one's card. Else ``last``."""
    cards = user_cards(page, labels)
    if not any(first <= i <= last + BLOCK_MAX_LINES for i in cards):
        return last
    last_card = max(cards)
    return last_card if last_card > last and not _any_in(stops, range(last + 1, last_card + 1)) else last


def joined_posts(page: Page, labels: list[Label], stops: list[bool]) -> tuple[frozenset[int], frozenset[int]]:
    """The blocks of furniture between the posts of every thread of the page, found before the span is
    sought, and the lines of theirs that go. Such a block holds chrome lines ("Member", "Last edited:
    ...", a poster's counters), and a thread of short posts ("Because if not then I'd rather just
    leave Earth to its fate lol.") weighs less than the chrome between them: the densest span would
    hold one post, or none, and land on the page's footer. The segmentation stage counts these blocks as
    neither body nor chrome, so that the posts add up as one text. A block is furniture where it
    repeats the block before it and that one repeated the block before it in turn (``MIN_COMMENTS``
    blocks in a row, as in :func:`thread_posts`); a line or two between a post's lines (a quotation's
    header, "Quote:") are the post's own. Where the lines a block repeats hold a forum's chrome
    ("Beiträge", "Reply"), its lines go as in :func:`thread_posts` (but for a post's own prose among
    them), up to the lines right above the next post that no other block prints:
    its heading (a quotation's header, "Anubis1 said:", without which the quotation would pass for a
    copy of the post it quotes; the headline of an entry of a list whose every entry prints "Read full
    story" and its date); elsewhere only the lines that a neighbouring block prints too go (a shop's
    grid prints "FREE 2-Day Delivery" under every product, and each product's name and price are its own); the first block counts from its first line that the next one prints
    too (the thread's title and the board's menu stand above it). Lines set aside and headers that close the article break a thread, and blocks
    that first repeat under a text of ``ARTICLE_MIN_WORDS`` words of prose or more, or anywhere past a
    header that closes such a text ("Komentarze (7)"), are the comments under an article
    (past a first thread, under the thread's own posts, they are more of its posts: an advertisement
    or a day's heading between two posts breaks the run of blocks). ``stops``: per line, whether it is set
    aside or a header that closes the article."""
    posts = post_lines(page, labels)
    blocks: set[int] = set()
    furniture: set[int] = set()
    run: list[tuple[range, set[str]]] = []  # the blocks in a row so far, each repeating the one before
    previous = range(0)
    article = False
    above = 0  # prose of the post above ``previous``
    closed = False  # a header closed a text of ARTICLE_MIN_WORDS words or more above
    longest = 0  # the prose of the longest post so far
    start = _edge(posts, 0, 1, False)
    while start < len(posts):
        end = _edge(posts, start, 1, True)  # the post is start..end - 1
        after = _edge(posts, end, 1, False)
        while after < len(posts) and after - end < BLOCK_MIN_LINES and not _any_in(stops, range(end, after)):
            end = _edge(posts, after, 1, True)
            after = _edge(posts, end, 1, False)
        if after >= len(posts):
            break
        block = range(end, after)
        words = sum(page.lines[i].words for i in range(start, end) if posts[i] and labels[i].cls == GOOD)
        longest = max(longest, words)
        closed = closed or longest >= ARTICLE_MIN_WORDS and any(labels[i].closes for i in block)
        repeated = _shared(page, labels, previous, block) if not _any_in(stops, block) else set()
        if not repeated:
            run = []
        else:
            if not run:
                run = [(previous, repeated)]
                article = closed or above >= ARTICLE_MIN_WORDS and not blocks  # a thread goes on past an ad
            run.append((block, repeated))
            if len(run) >= MIN_COMMENTS and not article:
                # The blocks marked before, but for the last (what it shares with the new block goes too).
                for k in range(0 if len(run) == MIN_COMMENTS else len(run) - 2, len(run)):
                    lines, common = run[k]
                    printed = common | run[k + 1][1] if k + 1 < len(run) else common
                    if k == 0:  # the thread's title and the board's menu may stand above its first line
                        lines = range(next(i for i in lines if _masked(page, i) in printed), lines.stop)
                    blocks.update(lines)
                    heading = lines.stop  # the lines right above the post that no other block prints
                    while heading > lines.start and _masked(page, heading - 1) not in printed:
                        heading -= 1
                    if any(labels[i].final and labels[i].cls == BAD and _masked(page, i) in printed for i in lines):
                        furniture.update(i for i in lines if i < heading and not _own_prose(page, labels, i, printed))
                    else:  # a shop's grid: its names and prices stand between the labels it repeats
                        furniture.update(i for i in lines if _masked(page, i) in printed)
        above, previous, start = words, block, after
    return frozenset(blocks), frozenset(furniture)


def answer_comment_counts(labels: list[Label], cards: set[int]) -> list[int]:
    """The headers that close the article which stand right under a poster's card of a Q&A thread (at
    most ``CARD_COMMENTS_GAP`` lines below it) with another card further down the page: the comment
    count of one answer ("1 Comment") with more answers after it, not the end of the page's text. The
    count under the last card, and a count under an article (which has no such card), close as
    before."""
    if not cards:
        return []
    last_card = max(cards)
    return sorted({i for card in cards for i in range(card + 1, card + CARD_COMMENTS_GAP + 1)
                   if i < last_card and labels[i].closes})


NAME = "posts"


def run(page: Page, labels: list[Label]) -> list[Label]:
    """The stage: the blocks of furniture between the posts of every thread of the page
    (:func:`joined_posts`, the lines set aside breaking a thread) recorded on their lines
    (:attr:`Label.between_posts`), and those of their lines that go (:attr:`Label.furniture`), with the
    posters' cards of a Q&A thread (:func:`user_cards`) as such furniture wherever they stand. It decides
    nothing itself: the segmentation stage counts the blocks as neither body nor chrome and the context
    stage drops their furniture inside the body span."""
    cards = user_cards(page, labels)
    between, furniture = joined_posts(page, labels, [bool(label.aside) or label.closes for label in labels])
    return recorded(labels, ("furniture", "between_posts"),
                    {i: (i in furniture or i in cards, True) for i in between | cards})
