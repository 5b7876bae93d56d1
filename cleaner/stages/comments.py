"""Comment threads: readers' comments printed after the article, one after the other.

Every comment opens with the same small header: the commenter's name or handle on a line of its own
("Jan Smith", "fmcshan", "joetoronto says:") and, on the next line, when it was written, with the
clock time ("August 8, 2018 at 7:21 pm", "2 days ago at 07:52 am", "10 January 2012 10:14PM"), or no date
at all but the verb alone ("Judy" / "said"), a line of chrome at most between the header and the words
(the comment's title with its count, "Response to pikeman, ..."); or both on one line, as WordPress
prints them ("Milan Griffes on September 12, 2018 at 4:47 pm said:"), or the name first and the stamp
last without a verb ("Piter 6 Января 2012 14:05:28", "Leo7575 комментирует материал Вчера в 9:36");
or the comment's votes, for and against, two bare numbers ("5" / "0"). Then come the commenter's words,
one or several paragraphs, which read like prose and on their own evidence look like body; the
header that repeats comment after comment gives them away. A thread that ends without a closing
header ("Comments are closed", nothing at all) would otherwise run on as part of the body span.

The body has lookalikes, and the rule keeps clear of them:

- the name line is short (at most ``NAME_MAX_WORDS`` words) and the line under it is a dateline
  *with a clock time*, or the comment's age ("6 months ago"): a diary's or a chronicle's sections ("Day
  One" / "June 3, 2019") carry a date but seldom the minute it was written, and never an age; a news
  river prints its stories' ages, at times twice ("2 days ago" / "2 days ago"), but an age is no name;
- one header is the article's own byline and dateline; ``MIN_COMMENTS`` headers make a thread; a verb
  alone on its line ("said") breaks no sentence of a text, and an interview's or a quotation list's
  speakers carry no such line;
- comments follow an article: a thread needs ``ARTICLE_MIN_WORDS`` words of prose before it, outside
  any thread, or it is the page's content (a forum page, a guestbook). A thread of one-line headers
  ("... said:") needs only ``SHORT_POST_MIN_WORDS``: no section of a text opens that way, and the
  post above such a thread is often a note of a few lines (an "open thread" that asks for questions);
- a name that says so over its stamp ("Graugans sagt:" / "31. Oktober 2023 um 15:15 Uhr", the verbs in
  ``data/comment_verbs.txt``) heads a comment in any language; two such make a thread after a post of
  ``SHORT_POST_MIN_WORDS``, when a header announces them or the same row of buttons closes each
  ("Zum Antworten anmelden"). An interview's "Merkel sagt: ..." goes on after its colon, a quotation's
  "He says:" has its paragraph under it, not a stamp, and two speakers quoted in an article have the
  first one's words above the second, not a row of buttons;
- the headers stand at most ``MAX_COMMENT_LINES`` lines apart: a long section between two dated
  headers is text of its own;
- a name with a stamp on one line also heads a forum's posts, the first one included: such a thread
  must be announced by a header that closes the article ("Comments", "Комментарии") right above it,
  and a live blog's entries put the time first;
- a forum numbers its posts ("#1", "#2", ...) and prints each reply's number as its header over the
  stamp, as a thread of comments would print a name; the first post's number stands above its words
  too (its stamp may be glued to an edit note and no header): replies whose first number has the
  number before it above them are the page's posts, not comments under an article (an article
  carries no post number; a thread of numbered comments begins at "#1");
- votes are two numbers one under the other on every comment: a Q&A page shows one score per answer;
- a rail of video clips prints one label over every clip ("On Now") and the clip's running time under it
  ("1:07"), then its title and summary: one name on every header and no date under it is no thread
  (readers who all sign as "Anonymous" date their comments);
- a Q&A page (the Stack Exchange sites) signs each comment *under* its words, a dash and the commenter's
  name, then the time ("– vartec" / "Commented Mar 28, 2014 at 15:49"); its comments stand under the
  question and under every answer, so each one is set aside on its own, not a thread from the first to
  the last. A quotation's attribution ("— Mark Twain") carries no clock time under it;
- customer reviews under a product are a thread too: each review repeats the same marker ("Verified
  Buyer", its own "5 out of 5 stars", "Reviewed in Germany on ...", "Was this review helpful?", the
  phrases in ``data/review_markers.txt``) with the reviewer's words between. A product text that quotes one
  customer carries one marker, a service page's testimonials carry none (stars are no marker: a
  testimonial prints them too), and a shop's grid prints a rating on every item with no prose between.

The detector is a pure function of the page and the labels so far; the context stage drops what it
flags.
"""
from __future__ import annotations

import functools
import re
from typing import NamedTuple

try:  # the re module's own parser: what a pattern can open with (see ``_first_characters``)
    from re import _constants, _parser
except ImportError:  # Python 3.10
    import sre_constants as _constants
    import sre_parse as _parser

from .. import lexicon, native
from ..labels import BAD, GOOD, NEAR, SHORT, Label
from ..page import Line, Page
from .features import (
    CLOCK,
    COMMENT_HEADER,
    COMMENT_HEADER_MAX_WORDS,
    COMMENT_HEADER_REASON,
    DATE_TOKEN,
    date_words,
    dateline,
)
from .features import NAME as FEATURES_STAGE

NAME = "comments"

#: The reason given to the lines of a thread; the repetition stage reads it: a comment that quotes the
#: article is no sign that the quoted line is chrome.
REASON = "comment thread"

#: How a thread was told, after its number of comments.
UNDER_HEADERS = "each under its commenter's name and the date and time it was written"
SIGNED = "each signed under its words with the commenter's name and the time it was written"
REVIEWED = "each a customer's review under the product, told by the line it repeats (\"{marker}\")"
UNDER_BUTTONS = ("each with its buttons (\"Reply\", \"Report abuse\") on a line of their own, under the header "
                 "on line {header} that announces them")

#: A commenter's name or handle, with "says:" at most: "Anita DeSousa", "mike...", "v2787 says:".
NAME_MAX_WORDS = 4
#: After the clock time a one-line header has at most this many words: a comment's number, a rating
#: ("0"), a permalink sign ("#").
STAMP_TAIL_MAX_WORDS = 2
#: A thread under one-line headers of a name and a stamp is announced by a header that closes the article
#: ("Comments", "Комментарии", "Leave a reply") at most this many lines above its first comment.
ANNOUNCED_WITHIN = 5
#: A comment's header (the name, the stamp, the votes, a "Reply" link) spans at most this many lines.
HEADER_MAX_LINES = 3
#: Comments under their votes stand this close, in lines of the input: every comment shows its votes. On a
#: Q&A page two scores meet only where an answer's stands over its first comment's, answers apart.
RATED_MAX_LINES = 12
#: A forum post's number alone on its line, printed over its stamp ("#2", "# 17").
POST_NUMBER = re.compile(r"#\s?(\d{1,5})")
#: A comment's votes: a bare count, signed or not ("5", "-2", "+12").
VOTE = re.compile(r"[+\-−]?\d{1,5}")
#: A one-line header may open with the comment's rating and its number before the name ("+39 #1 ИНФЕРНО
#: 26.11.2011 16:14", "-28 #17 ..."): a sign and a count, then "#" and the comment's number.
RATED_LEAD = re.compile(r"[+\-−]\d{1,5}\s+(?:#\d{1,5}\s+)?|#\d{1,5}\s+")
#: The clock time of a one-line header: hours and minutes with a colon, not a day and a month ("13.01").
HEADER_CLOCK = re.compile(r"(?<![\d:])\d{1,2}:\d{2}(?!\d)")
#: A clip's running time alone on its line ("1:07", "12:45", "1:02:30"): under one label that every item of
#: a video list repeats ("On Now", "Watch"), the headers of a playlist, not of comments.
DURATION = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")
#: A comment's age under the name, as comment systems print it instead of the date ("6 months ago", "vor 3
#: Tagen", "2 часа назад"): a diary's or a chronicle's sections carry a date, never an age. A news river
#: prints its stories' ages, the same one twice at times ("2 days ago" / "2 days ago"): an age is no name.
RELATIVE_AGE = re.compile(
    r"(?:\d{1,3}|an?|one)\s+(?:second|sec|minute|min|hour|hr|day|week|wk|month|mo|year|yr)s?\s+ago"
    r"|vor\s+(?:\d{1,3}|einer?m?)\s+(?:Sekunden?|Minuten?|Stunden?|Tag(?:en)?|Wochen?|Monat(?:en)?|Jahr(?:en)?)"
    r"|\d{1,3}\s+(?:секунд|минут|час|дн|день|недел|месяц|год|лет)\w*\s+назад", re.IGNORECASE)
#: A name that says so ends on the verb and its colon ("Graugans sagt:", "Иван пишет："), ASCII or full-width.
SAYS_COLONS = (":", "\uff1a")
#: A header's verb on a line of its own ("said", "a écrit :") has at most this many words.
SAID_MAX_WORDS = 2
#: Three headers make a thread; one is a byline, two may be the article's byline and an update note...
MIN_COMMENTS = 3
#: ... but two make one when each name says so ("Sarah K. says:") and a header that closes the article
#: stands above the first (within ``ACTION_ANNOUNCED_WITHIN`` lines: a reply form may come between).
SAID_MIN_COMMENTS = 2
#: A name that says so over its stamp ("Kathy Owen says:" / "12. März 2021 um 10:14 Uhr"): the name and
#: the verb in at most this many words ("Nina | Lemons and Luggage says:").
SAYS_HEADER_MAX_WORDS = NAME_MAX_WORDS + SAID_MAX_WORDS
#: A stamp whose date the renderer left out (a ``<time>`` element it does not print) leaves its
#: connective alone under every name ("at"), at most this many words, the same line under every header.
BARE_STAMP_MAX_WORDS = 1
#: A comment is a few paragraphs; two headers further apart than this many lines are not one thread.
MAX_COMMENT_LINES = 40
#: Comments follow an article of at least this many words of prose (outside the thread)...
ARTICLE_MIN_WORDS = 150
#: ... or, under headers that say who wrote ("... at 4:47 pm said:", "Sarah K. says:" announced by a
#: header), a post of this many: two or three sentences.
SHORT_POST_MIN_WORDS = 40
#: A comment's row of buttons ("Reply", "Report abuse", "Like · Reply · Report") has at most this many
#: words, all of them such buttons (see ``data/comment_actions.txt``).
ACTION_ROW_MAX_WORDS = 5
#: The row stands right under the comment's words or right over them: prose at most this many lines
#: away (a stamp and a rating between: "- Jonkle, Cheshire, 15/12/2011 17:07", "Click to rate").
ACTION_PROSE_WITHIN = 3
#: A thread under its buttons is announced by a header that closes the article ("Comments (352)",
#: "15 Comments") at most this many lines above its first button: the sort order ("Newest", "Oldest",
#: "Best rated") and a note on moderation may stand between. A forum prints the same buttons under
#: every post, the first one included: above the header, where an article carries none.
ACTION_ANNOUNCED_WITHIN = 12
#: A comment signed under its words (one paragraph: a Q&A page's comments are short): a dash and the
#: commenter's name ("– vartec", "— Jan Smith")...
SIGNATURE = re.compile(r"[–—-]\s*\S")
#: The dashes that open a signature: a line that opens with none of them is none.
SIGNATURE_DASHES = "–—-"
#: ... with the time it was written on one of the next this many lines (a Q&A page prints the stamp twice,
#: as a tooltip and as text: "2014-03-28 15:35:05 +00:00" / "Commented Mar 28, 2014 at 15:35").
SIGNATURE_STAMP_WITHIN = 2
#: Words of a line of the input: a button row is compared word by word.
WORD = re.compile(r"\w+")


def _header(page: Page, labels: list[Label], i: int) -> bool:
    """Line i is a commenter's name, line i + 1 the dateline with a clock time under it (or any dateline
    under a name that says so: "Melissa says", "jsmith writes:"; or, with no date at all, the verb alone:
    "Judy" / "said"), and line i + 2 prose, or a short sentence and prose, or one chrome line and prose:
    what the commenter wrote (a fixture list's "Home team" / "Sat 20:00" / "Away team" has none). A name
    after a dash signs the comment above it (see ``_mark_signed``)."""
    if i + 2 >= len(labels):
        return False
    name, stamp = page.lines[i], page.lines[i + 1]
    # The cheap tests of the labels first: a stamp (or a verb) is a line no stage kept, in every case.
    return (labels[i].keep is None and labels[i].cls == SHORT and 0 < name.words <= NAME_MAX_WORDS
            and not labels[i + 1].keep
            and (labels[i + 2].cls in (GOOD, NEAR) or _opened(page, labels, i + 2) or _titled(page, labels, i + 2))
            and not SIGNATURE.match(name.text) and RELATIVE_AGE.search(name.text) is None
            and (_said(stamp, labels[i + 1])
                 or RELATIVE_AGE.fullmatch(stamp.text.strip()) is not None
                 or labels[i + 1].cls == BAD and labels[i + 1].keep is False
                 and (_clock(stamp.text) or COMMENT_HEADER.search(name.text) is not None)
                 and dateline(stamp.text)))


def _titled(page: Page, labels: list[Label], i: int) -> bool:
    """A comment opens on line i with one line of chrome over its words: the comment's title with its count
    ("Artykuł artykułem, a niestety... [80]"), or the comment it answers ("Response to pikeman, 11 January
    2012 4:42PM"); prose right under it, and a stamp that names no one above (as in ``_opened``)."""
    return i + 1 < len(labels) and labels[i].cls == BAD and labels[i].keep is False \
        and labels[i + 1].cls in (GOOD, NEAR) and not _stamped_name(page.lines[i - 1], labels[i - 1])


def _clock(text: str) -> bool:
    """The text gives a clock time, the meridiem glued to it at most ("10:14PM")."""
    return CLOCK.search(text) is not None or HEADER_CLOCK.search(text) is not None


def _said(line: Line, label: Label) -> bool:
    """The line is the verb of a comment's header alone, under the commenter's name ("said", "wrote:"):
    no sentence of a text breaks its line there."""
    return line.words <= SAID_MAX_WORDS and not label.keep and COMMENT_HEADER.fullmatch(line.text.strip()) is not None


def _opened(page: Page, labels: list[Label], i: int) -> bool:
    """A comment opens on line i with a short sentence ("Thanks for posting this."), its prose after it,
    under a stamp that names no one: a stamp that names the commenter itself ("Edmund Jun 7, 2017 at
    9:09 pm") heads its comment alone, and the line above it ends the comment before ("Nice work!")."""
    return (page.lines[i].terminal and i + 1 < len(labels) and labels[i + 1].cls in (GOOD, NEAR)
            and not _stamped_name(page.lines[i - 1], labels[i - 1]))


def _stamped_name(line: Line, label: Label) -> bool:
    """The line names a commenter and when the comment was written, the name first and the clock time
    last ("Piter 6 Января 2012 14:05:28", "Leo7575 комментирует материал Вчера в 9:36 #", "jsmith
    replied on 12 May 2019, 10:14"), the comment's rating and number before them at most (see
    ``RATED_LEAD``). A live blog's entries put the time first ("14:05 The president
    arrives"); a sentence that gives a time goes on after it."""
    if line.words > COMMENT_HEADER_MAX_WORDS or label.keep or line.terminal \
            or not line.text[lead.end() if (lead := RATED_LEAD.match(line.text)) else 0:][:1].isalpha():
        return False
    clock = None
    for clock in HEADER_CLOCK.finditer(line.text):
        pass
    if clock is None or len(line.text[clock.end():].split()) > STAMP_TAIL_MAX_WORDS:
        return False
    evidence, filler = date_words()
    name = [tok for tok in DATE_TOKEN.findall(line.text[:clock.start()].lower())
            if not tok[:1].isdigit() and tok.rstrip(".") not in evidence and tok not in filler]
    return 0 < len(name) <= NAME_MAX_WORDS


def _prose_follows(labels: list[Label], i: int) -> bool:
    """Prose follows line i, on the next line or past one chrome line ("Reply", "Ответить")."""
    follows = labels[i + 1:i + 3]
    return bool(follows) and (follows[0].cls in (GOOD, NEAR) or follows[0].keep is False and len(follows) > 1
                              and follows[1].cls in (GOOD, NEAR))


def _quotes(page: Page, labels: list[Label], i: int) -> bool:
    """A comment opens on line i by quoting another: a short label that ends with a colon ("Цитата:",
    "Цитирую ИНФЕРНО:", "Quote:"), and prose under it."""
    return i + 1 < len(labels) and labels[i].cls == SHORT and labels[i].keep is None \
        and page.lines[i].text.endswith(":") and labels[i + 1].cls in (GOOD, NEAR)


def _one_line_header(labels: list[Label], i: int) -> bool:
    """Line i says who wrote when ("Jan Smith on May 2, 2019 at 4:47 pm said:", see the features stage)
    and prose follows on one of the next two lines."""
    return (labels[i].stage == FEATURES_STAGE and labels[i].reason == COMMENT_HEADER_REASON
            and any(label.cls in (GOOD, NEAR) for label in labels[i + 1:i + 3]))


def _grouped(heads: list[int], max_lines: int = MAX_COMMENT_LINES, page: Page | None = None,
             min_comments: int = MIN_COMMENTS) -> list[list[int]]:
    """The comment headers ``heads`` (in order) grouped into threads of ``min_comments`` or more: at most
    ``max_lines`` apart (in the input's lines when ``page`` is given: the same on a re-check pass, which
    sees fewer lines)."""
    at = (lambda i: page.lines[i].number) if page is not None else (lambda i: i)
    threads: list[list[int]] = []
    for h in heads:
        if threads and at(h) - at(threads[-1][-1]) <= max_lines:
            threads[-1].append(h)
        else:
            threads.append([h])
    return [thread for thread in threads if len(thread) >= min_comments]


class Candidates(NamedTuple):
    """The lines that each test of :func:`comment_threads` may pass, by what their labels and features
    alone tell (most lines are ruled out so, before the calls)."""

    one_line: list[int]  # the features stage's reason for a one-line comment header
    names: list[int]     # an undecided short line, no keep on the next line, prose on one of the two after it
    says: list[int]      # a short line that ends on the colon of a verb that says so
    stamped: list[int]   # a line with digits and a colon, neither kept nor ending a sentence
    rated: list[int]     # a one-word line over another
    reviews: list[int]   # a line of ``REVIEW_MARKER_MAX_WORDS`` words at most that no stage kept and that
                         # opens as a review marker may (``_may_open_marker``)
    signed: list[int]    # a line that opens with a dash


def _candidates(page: Page, labels: list[Label]) -> Candidates:
    """The page's :class:`Candidates`, in line order. (Compiled: ``_core.comment_candidates``, one pass.)"""
    if native.core is not None:
        return Candidates(*native.core.comment_candidates(
            page.lines, labels, (SHORT, GOOD, NEAR), COMMENT_HEADER_REASON, SAYS_COLONS, REVIEW_MARKER_MAX_WORDS,
            SIGNATURE_DASHES, _marker_openers()))
    n, lines = len(labels), page.lines
    return Candidates(
        [i for i in range(n - 1) if labels[i].reason == COMMENT_HEADER_REASON],
        [i for i in range(n - 2) if labels[i].cls == SHORT and labels[i].keep is None and not labels[i + 1].keep
         and (labels[i + 2].cls in (GOOD, NEAR) or i + 3 < n and labels[i + 3].cls in (GOOD, NEAR))],
        [i for i in range(n - 1) if labels[i].cls == SHORT and lines[i].text.endswith(SAYS_COLONS)],
        [i for i, (line, label) in enumerate(zip(lines, labels))
         if line.digit_share and not label.keep and not line.terminal and ":" in line.text],
        [i for i in range(n - 2) if lines[i].words == 1 and lines[i + 1].words == 1],
        [i for i, (line, label) in enumerate(zip(lines, labels))
         if line.words <= REVIEW_MARKER_MAX_WORDS and label.keep is not True and _may_open_marker(line.text)],
        [i for i, line in enumerate(lines) if line.text[:1] in SIGNATURE_DASHES])


def comment_threads(page: Page, labels: list[Label]) -> list[str]:
    """For each line, how the thread it belongs to was told ("": it belongs to none)."""
    n = len(labels)
    found = _candidates(page, labels)
    one_line = {i for i in found.one_line if _one_line_header(labels, i)}
    # (A name's comment opens on the line after its stamp or the one after that: prose on one of them.)
    heads = sorted(one_line.union(i for i in found.names
                                  if (labels[i + 1].cls == BAD or page.lines[i + 1].words <= SAID_MAX_WORDS
                                      or RELATIVE_AGE.fullmatch(page.lines[i + 1].text.strip()) is not None)
                                  and _header(page, labels, i)))
    out = [""] * n
    for thread in _grouped(heads):
        if _playlist(page, thread) or _numbered_replies(page, thread):
            continue
        _mark(page, labels, thread, SHORT_POST_MIN_WORDS if one_line.issuperset(thread) else ARTICLE_MIN_WORDS, out)
    # Two comments under names that say so ("Sarah K. says:"), announced by a header above them.
    said = [i for i in heads if not out[i] and COMMENT_HEADER.search(page.lines[i].text)]
    for thread in _grouped(said, min_comments=SAID_MIN_COMMENTS):
        if _announced(labels, thread[0]):
            _mark(page, labels, thread, SHORT_POST_MIN_WORDS, out)
    # Comments under names that say so, each over its stamp ("Graugans sagt:" / "31. Oktober 2023 um 15:15
    # Uhr"): two make a thread under a post of a few sentences, announced by a header or each comment
    # closed by the same row of buttons ("Zum Antworten anmelden").
    says = [i for i in found.says if not out[i] and _says_over_stamp(page, labels, i)]
    for thread in _grouped(says, min_comments=SAID_MIN_COMMENTS):
        buttoned = _buttoned(page, labels, thread)
        if _stamped(page, thread) and (buttoned or _announced(labels, thread[0])):
            # The last comment ends at its row of buttons, however short its lines.
            row = page.lines[thread[1] - 1].key
            end = next((j for j in range(thread[-1] + 2, min(thread[-1] + MAX_COMMENT_LINES, n))
                        if page.lines[j].key == row), None) if buttoned else None
            _mark(page, labels, thread, SHORT_POST_MIN_WORDS, out, end=end)
    # Threads under one-line headers of a name and a stamp: a header that closes the article ("Comments",
    # "Комментарии") stands right above the first comment. On a forum page the first post carries the
    # same header as the replies, and no such header announces them.
    stamped = [i for i in found.stamped if not out[i] and _stamped_name(page.lines[i], labels[i])
               and (_prose_follows(labels, i) or _quotes(page, labels, i + 1))]
    for thread in _grouped(stamped):
        if any(label.closes for label in labels[max(thread[0] - ANNOUNCED_WITHIN, 0):thread[0]]):
            _mark(page, labels, thread, ARTICLE_MIN_WORDS, out)
    # Comments under their votes: two bare numbers (for and against), then the comment, past its header
    # at most ("~zonek [2012-01-24 19:23]").
    rated = [i for i in found.rated if not out[i] and _votes(page, labels, i) and _prose_follows(labels, i + 1)]
    for thread in _grouped(rated, RATED_MAX_LINES, page):  # no section of a text has votes: a short post will do
        _mark(page, labels, thread, SHORT_POST_MIN_WORDS, out)
    # Comments under (or over) their buttons: "Reply", "Report abuse" on every comment, the thread
    # announced by a header ("Comments (352)"); the first comment begins after the last chrome above it.
    # (Rows under headers already told count too: a thread whose first comments are told by their headers
    # and its later ones, replies under a second stamp, by their buttons alone is one thread.)
    rows = [i for i in _action_rows(page, labels) if _near_prose(labels, i)]
    for thread in _grouped(rows, MAX_COMMENT_LINES, page):
        announced = _announced_start(labels, thread[0])
        buttons = {page.lines[i].key for i in thread}
        # A forum's first post (a link post, a question) carries the same buttons above the header.
        if announced is not None and not any(line.key in buttons for line in page.lines[:announced[0]]):
            header, start = announced
            _mark(page, labels, thread, ARTICLE_MIN_WORDS, out, start,
                  UNDER_BUTTONS.format(header=page.lines[header].number))
    _mark_signed(page, labels, found.signed, out)
    _mark_reviews(page, labels, found.reviews, out)
    return out


def _says_over_stamp(page: Page, labels: list[Label], i: int) -> bool:
    """Line i is a commenter's name that says so and ends on the verb and its colon ("Graugans sagt:",
    "Kathy Owen says:", "Иван пишет:"), line i + 1 a stamp: a dateline, or a word alone (what is left of
    a stamp whose date the renderer dropped, "at"; see ``_stamped``). An interview's "Merkel sagt: ..."
    goes on after the colon, and a quotation's "He says:" has its paragraph under it, not a stamp."""
    name, stamp = page.lines[i], page.lines[i + 1]
    return (labels[i].keep is None and 1 < name.words <= SAYS_HEADER_MAX_WORDS and name.text.endswith(SAYS_COLONS)
            and COMMENT_HEADER.search(name.text) is not None and not labels[i + 1].keep
            and (dateline(stamp.text) or stamp.words <= BARE_STAMP_MAX_WORDS and not stamp.digit_share))


def _stamped(page: Page, thread: list[int]) -> bool:
    """The headers' stamps are datelines, but for one word alone that stands under every other header
    (a stamp whose date the renderer dropped): a word under one header only is the comment's own."""
    bare = {page.lines[i + 1].key for i in thread if not dateline(page.lines[i + 1].text)}
    return not bare or len(bare) == 1 and len(thread) - sum(dateline(page.lines[i + 1].text) for i in thread) >= 2


def _announced(labels: list[Label], first: int) -> bool:
    """A header that closes the article ("2 Comments", "Leave a Reply") stands at most
    ``ACTION_ANNOUNCED_WITHIN`` lines above the first comment's header (a reply form may come between)."""
    return any(label.closes for label in labels[max(first - ACTION_ANNOUNCED_WITHIN, 0):first])


def _buttoned(page: Page, labels: list[Label], thread: list[int]) -> bool:
    """The line right above every header but the first is one and the same short line that no stage kept
    and that is no prose: the row of buttons under each comment ("Antworten", "Zum Antworten anmelden",
    "Loading..."). Two speakers quoted in an article, each over a dated statement, have the words of the
    first right above the second."""
    rows = {page.lines[h - 1].key for h in thread[1:]}
    row = thread[1] - 1
    return len(rows) == 1 and page.lines[row].words <= ACTION_ROW_MAX_WORDS and not labels[row].keep \
        and labels[row].cls not in (GOOD, NEAR)


def _playlist(page: Page, thread: list[int]) -> bool:
    """The headers are a video list's: the same label over every item ("On Now") and under it the clip's
    running time alone ("1:07"), no date. Commenters differ, or the dates under their names do."""
    return len({page.lines[i].key for i in thread}) == 1 \
        and all(DURATION.fullmatch(page.lines[i + 1].text.strip()) is not None for i in thread)


def _numbered_replies(page: Page, thread: list[int]) -> bool:
    """The headers are a forum's post numbers, and the number before the first one ("#1" over "#2")
    stands above it: the thread's replies follow the page's first post, not an article."""
    first = POST_NUMBER.fullmatch(page.lines[thread[0]].text.strip())
    if first is None or int(first.group(1)) < 2:
        return False
    before = int(first.group(1)) - 1
    return any((m := POST_NUMBER.fullmatch(line.text.strip())) is not None and int(m.group(1)) == before
               for line in page.lines[:thread[0]])


def _signature(page: Page, labels: list[Label], i: int) -> bool:
    """Line i signs a comment: a dash and a name of at most ``NAME_MAX_WORDS`` words, no stage's keep,
    and a dateline with a clock time on one of the next ``SIGNATURE_STAMP_WITHIN`` lines."""
    line = page.lines[i]
    if labels[i].keep or not 0 < line.words <= NAME_MAX_WORDS or line.terminal or not SIGNATURE.match(line.text):
        return False
    return any(labels[k].cls == BAD and _clock(page.lines[k].text) and dateline(page.lines[k].text)
               for k in range(i + 1, min(i + 1 + SIGNATURE_STAMP_WITHIN, len(labels))))


def _signed_comment(page: Page, labels: list[Label], i: int) -> tuple[int, int] | None:
    """(first, last) line of the comment that the signature on line i closes: the line of prose right above
    it (past the commenter's name, printed once more as a link), and the signature with its stamps. A Q&A
    page prints a comment as one paragraph; the line above that one is the post's, or its buttons. None
    when no prose stands there."""
    j = i - 1
    if j >= 0 and page.lines[j].text == page.lines[i].text.lstrip("–—- \u00a0"):
        j -= 1
    if j < 0 or not labels[j].revisable or labels[j].cls not in (GOOD, NEAR):
        return None
    last = i
    while last + 1 < len(labels) and last - i < SIGNATURE_STAMP_WITHIN and labels[last + 1].cls == BAD \
            and dateline(page.lines[last + 1].text):
        last += 1
    return j, last


def _mark_signed(page: Page, labels: list[Label], dashed: list[int], out: list[str]) -> None:
    """Marks in ``out`` each comment signed under its words (by one of the lines ``dashed``, which open with
    a dash), when ``MIN_COMMENTS`` or more are on the page and a post of ``SHORT_POST_MIN_WORDS`` words of
    prose stands above the first."""
    comments = [c for i in dashed if not out[i]
                and _signature(page, labels, i) and (c := _signed_comment(page, labels, i)) is not None]
    if len(comments) < MIN_COMMENTS:
        return
    first = comments[0][0]
    if sum(page.lines[i].words for i in range(first) if labels[i].cls == GOOD and labels[i].keep is not False
           and not out[i]) < SHORT_POST_MIN_WORDS:
        return
    why = f"{len(comments)} comments, {SIGNED}"
    for a, b in comments:
        out[a:b + 1] = [out[k] or why for k in range(a, b + 1)]


#: A review's marker is a short line ("5.0 out of 5 stars Great value" with the review's title at most).
REVIEW_MARKER_MAX_WORDS = 16

#: A review list is a thread of reviews under a product: two reviews carrying the same marker make one.
MIN_REVIEWS = 2

#: The reviewer's name stands at most this many lines over the first review's marker (the name, the
#: stars or the date between).
REVIEW_HEADER_LINES = 2

#: The last review runs at most this many times the distance between two markers past its marker: the
#: shop's reply under it, up to the next chrome line.
LAST_REVIEW_PERIODS = 2


@functools.lru_cache(maxsize=1)
def _marker_kinds() -> tuple[tuple[str, str | None], ...]:
    """Each kind of review marker of data/review_markers.txt, in the file's order: its expression and the
    characters it can open with as a character class's members (``_first_characters``; None: any)."""
    kinds = [line.strip().replace("{n}", r"\d{1,6}") for line in lexicon.data_lines("review_markers.txt")]
    return tuple((kind, _opening(kind)) for kind in kinds)


def _opening(expression: str) -> str | None:
    """The characters a match of ``expression`` (case ignored) can open with, as a character class's
    members; None when it may open with any character or match nothing."""
    lead = _first_characters(_parser.parse(expression, re.IGNORECASE))
    return None if lead is None else "".join(sorted(lead))


@functools.lru_cache(maxsize=None)
def _markers_of(kinds: tuple[int, ...]) -> re.Pattern[str]:
    """The kinds ``kinds`` (their indices in ``_marker_kinds``) as one pattern: each kind its own named group
    ("k0", "k1" ...), in the file's order. One match tries them all inside the regex engine; a pattern per
    kind cost a call per kind and line, a fifth of the cleaning time."""
    body = "|".join(f"(?P<k{k}>{_marker_kinds()[k][0]})" for k in kinds)
    lead = _opening(body)
    # Most short lines open with a character no kind opens with: the lookahead fails them at once, where
    # the kinds are tried one by one (a line that opens with any character tries them all).
    return re.compile(body if lead is None else f"(?=[{lead}])(?:{body})", re.IGNORECASE)


def review_markers() -> re.Pattern[str]:
    """The lines a customer review repeats ("Verified Buyer", "Rated 5 out of 5", "Was this review
    helpful?"), from data/review_markers.txt: every kind in one pattern (see ``_markers_of``)."""
    return _markers_of(tuple(range(len(_marker_kinds()))))


@functools.lru_cache(maxsize=4096)
def _markers_opening(first: str) -> re.Pattern[str] | None:
    """The kinds that a line opening with ``first`` (its first character, "" for an empty line) can be, in
    one pattern; None when it can be none. A line that opens with a letter that many kinds open with
    ("v", "c", "h") is tried against those only, not against the thirty others."""
    kinds = tuple(k for k, (_, lead) in enumerate(_marker_kinds())
                  if lead is None or re.fullmatch(f"[{lead}]", first, re.IGNORECASE) is not None)
    return _markers_of(kinds) if kinds else None


#: The classes of characters a pattern can open with, written as in a character class (``_first_characters``).
_CATEGORIES = {_constants.CATEGORY_DIGIT: r"\d", _constants.CATEGORY_NOT_DIGIT: r"\D",
               _constants.CATEGORY_SPACE: r"\s", _constants.CATEGORY_NOT_SPACE: r"\S",
               _constants.CATEGORY_WORD: r"\w", _constants.CATEGORY_NOT_WORD: r"\W"}
_REPEATS = {_constants.MAX_REPEAT, _constants.MIN_REPEAT, getattr(_constants, "POSSESSIVE_REPEAT", None)}


def _first_characters(items: list) -> set[str] | None:
    """The characters that a match of the parsed pattern ``items`` can open with, as members of a character
    class (a literal, a range, ``\\d``): the same pattern flags read them as the pattern reads its own
    literals. None when the pattern can open with any character or match the empty string, or uses what
    is not read here (an anchor, a lookaround, a negated class, other flags in a group)."""
    found: set[str] = set()
    for op, av in items:
        if op is _constants.LITERAL:
            return found | {f"\\U{av:08x}"}
        if op is _constants.IN:
            for member, value in av:
                if member is _constants.LITERAL:
                    found.add(f"\\U{value:08x}")
                elif member is _constants.RANGE:
                    found.add(f"\\U{value[0]:08x}-\\U{value[1]:08x}")
                elif member is _constants.CATEGORY and value in _CATEGORIES:
                    found.add(_CATEGORIES[value])
                else:
                    return None
            return found
        if op in _REPEATS or op is _constants.SUBPATTERN and not av[1] and not av[2]:
            sub = av[2] if op in _REPEATS else av[3]
            lead = _first_characters(sub)
            if lead is None:
                return None
            found |= lead
            if op is _constants.SUBPATTERN or av[0] > 0:
                return found
            continue  # an optional part: what follows may open the match too
        if op is _constants.BRANCH:
            for alternative in av[1]:
                lead = _first_characters(alternative)
                if lead is None:
                    return None
                found |= lead
            return found
        return None
    return None  # the sequence may match nothing


def _may_open_marker(text: str) -> bool:
    """A review marker may open with the first character of ``text`` stripped (``_markers_opening``): so
    says a character beyond the Basic Multilingual Plane too, and a text of spaces alone (the compiled
    core reads the BMP's characters in ``_marker_openers``)."""
    first = text.strip()[:1]
    return not first or ord(first) > 0xFFFF or _markers_opening(first) is not None


@functools.lru_cache(maxsize=1)
def _marker_openers() -> bytes:
    """The characters of the Basic Multilingual Plane that a review marker may open with, as a bitmap (bit
    c % 8 of byte c // 8): those of one kind or another, so those of the kinds' openings together."""
    leads = [lead for _, lead in _marker_kinds()]
    bits = bytearray(b"\xff" * (0x10000 // 8) if None in leads else 0x10000 // 8)
    if None not in leads:  # one search of the whole plane: a class matches each character on its own
        for char in re.findall(f"[{''.join(leads)}]", "".join(map(chr, range(0x10000))), re.IGNORECASE):
            bits[ord(char) >> 3] |= 1 << (ord(char) & 7)
    return bytes(bits)


def _review_marker(text: str) -> int | None:
    """The kind (the index of its line in the file) of the review marker that line text is, None when it
    is none. A full match takes the first kind that matches the whole line, as trying them in turn would;
    the kind's group encloses any group of its own, so it is the last group to close."""
    text = text.strip()
    markers = _markers_opening(text[:1])
    match = None if markers is None else markers.fullmatch(text)
    return None if match is None else int(match.lastgroup[1:])


def _markers_by_kind(page: Page, short: list[int], out: list[str]) -> dict[int, list[int]]:
    """The lines among ``short`` that no thread took (``out``) and that are review markers, by the marker's
    kind (see ``_review_marker``), the kinds in the order first met. (Compiled: ``_core.review_markers_by_kind``.)"""
    if native.core is not None:
        return native.core.review_markers_by_kind(page.lines, short, out, _markers_opening)
    by_kind: dict[int, list[int]] = {}
    for i in short:
        if not out[i]:
            kind = _review_marker(page.lines[i].text)
            if kind is not None:
                by_kind.setdefault(kind, []).append(i)
    return by_kind


def _mark_reviews(page: Page, labels: list[Label], short: list[int], out: list[str]) -> None:
    """Marks in ``out`` the customer reviews under a product: the same marker (``review_markers``) on
    ``MIN_REVIEWS`` reviews at most ``MAX_COMMENT_LINES`` apart, each pair with the reviewer's words (prose)
    between, under a product text of ``SHORT_POST_MIN_WORDS`` words. A product that quotes a customer
    carries no such marker, a shop's grid prints its ratings with no prose between, and a forum's posts
    carry no verified purchase. The markers are looked for among the lines ``short`` (see
    :class:`Candidates`)."""
    n = len(labels)
    for kind, markers in _markers_by_kind(page, short, out).items():
        for thread in _grouped(markers, min_comments=MIN_REVIEWS):
            if not all(any(labels[k].cls in (GOOD, NEAR) for k in range(a + 1, b))
                       for a, b in zip(thread, thread[1:])):
                continue
            start = thread[0]
            for k in range(thread[0] - 1, max(thread[0] - 1 - REVIEW_HEADER_LINES, -1), -1):
                if labels[k].keep is True or labels[k].closes or labels[k].cls in (GOOD, NEAR) or out[k]:
                    break
                start = k
            period = (thread[-1] - thread[0]) // (len(thread) - 1)
            end = thread[-1]
            for k in range(thread[-1] + 1, min(thread[-1] + LAST_REVIEW_PERIODS * period, n)):
                if labels[k].closes or labels[k].keep is False and labels[k].final or out[k]:
                    break
                end = k
            marker = page.lines[thread[0]].text.strip()
            _mark(page, labels, thread, SHORT_POST_MIN_WORDS, out, start, REVIEWED.format(marker=marker), end)


@functools.lru_cache(maxsize=1)
def action_words() -> tuple[frozenset[str], frozenset[str]]:
    """(button words, companion words) from data/comment_actions.txt."""
    actions, companions = set(), set()
    for line in lexicon.data_lines("comment_actions.txt"):
        (companions if line.startswith("~") else actions).update(line.lstrip("~").split())
    return frozenset(actions), frozenset(companions - actions)


def _action_row(line: Line, label: Label) -> bool:
    """The line is a comment's row of buttons, and no stage kept it: only button words ("Reply", "Report
    abuse", "Reply to This Parent"), at least one of them a reply or a report, not only a share row.
    (Compiled: ``_core.action_row``, which makes no list of the words.)"""
    actions, companions = action_words()
    if native.core is not None:
        return native.core.action_row(line, label, actions, companions, ACTION_ROW_MAX_WORDS)
    if label.keep or line.words > ACTION_ROW_MAX_WORDS or line.terminal and not line.text.endswith("."):
        return False
    words = WORD.findall(line.key)
    return bool(words) and any(w in actions for w in words) and all(w in actions or w in companions for w in words)


def _action_rows(page: Page, labels: list[Label]) -> list[int]:
    """The lines that are a comment's row of buttons (see ``_action_row``). (Compiled:
    ``_core.action_rows``, one call per page.)"""
    if native.core is not None:
        actions, companions = action_words()
        return native.core.action_rows(page.lines, labels, actions, companions, ACTION_ROW_MAX_WORDS)
    return [i for i, (line, label) in enumerate(zip(page.lines, labels)) if _action_row(line, label)]


def _near_prose(labels: list[Label], i: int) -> bool:
    """Prose stands at most ``ACTION_PROSE_WITHIN`` lines above or below line i."""
    return any(label.cls in (GOOD, NEAR)
               for label in labels[max(i - ACTION_PROSE_WITHIN, 0):i + ACTION_PROSE_WITHIN + 1])


def _announced_start(labels: list[Label], first_row: int) -> tuple[int, int] | None:
    """(header, start) of a thread under its buttons: the header that closes the article ("Comments (352)")
    nearest above its first button row, at most ``ACTION_ANNOUNCED_WITHIN`` lines up, and where the first
    comment begins: after the nearest chrome line (that header, a sort order's link) above that row.
    None without such a header."""
    window = range(first_row - 1, max(first_row - 1 - ACTION_ANNOUNCED_WITHIN, -1), -1)
    header = next((k for k in window if labels[k].closes), None)
    if header is None:
        return None
    return header, next(k for k in window if labels[k].closes or labels[k].final and labels[k].keep is False) + 1


def _votes(page: Page, labels: list[Label], i: int) -> bool:
    """Lines i and i + 1 are a comment's votes, for and against: each a bare number no stage kept, one
    right under the other in the input (a blank line at most between them: on a re-check pass, the
    numbers of two comments may stand together once the lines between them are gone). A question's or
    an answer's score on a Q&A page is one number, not two."""
    return page.lines[i + 1].number - page.lines[i].number <= 2 and all(
        labels[k].keep is not True and page.lines[k].words == 1 and VOTE.fullmatch(page.lines[k].text) is not None
        for k in (i, i + 1))


def _mark(page: Page, labels: list[Label], thread: list[int], article_words: int, out: list[str],
          start: int | None = None, why: str = UNDER_HEADERS, end: int | None = None) -> None:
    """Marks the comments under the headers ``thread`` in ``out`` with ``why`` (from ``start``, by default
    the first header, to ``end``, by default the last comment's last line of prose) when ``article_words``
    words of prose (outside other threads) stand above them."""
    n = len(labels)
    start = thread[0] if start is None else start
    if end is None:
        # The last comment runs from its words (past its header: a stamp, its votes, a "Reply" link) over
        # its paragraphs (and short sentences) up to the next other line.
        end = next((j for j in range(thread[-1] + 1, min(thread[-1] + HEADER_MAX_LINES + 1, n))
                    if labels[j].cls in (GOOD, NEAR)), thread[-1] + 1)
        while end + 1 < n and labels[end + 1].keep is not False and (
                labels[end + 1].cls in (GOOD, NEAR) or page.lines[end + 1].terminal):
            end += 1
    before = sum(page.lines[i].words for i in range(start)
                 if labels[i].cls == GOOD and labels[i].keep is not False and not out[i])
    if before >= article_words:
        out[start:end + 1] = [f"{len(thread)} comments, {why}"] * (end + 1 - start)


def run(page: Page, labels: list[Label]) -> list[Label]:
    """Every line of a comment thread set aside (over a teaser run's reason: a thread is the stronger
    evidence), undecided: the context stage drops it, or keeps a comment's words on request
    (``Config.comments``)."""
    threads = comment_threads(page, labels)
    if not any(threads):  # most pages
        return list(labels)
    return [label._replace(aside=f"{REASON}: {why}") if why else label for label, why in zip(labels, threads)]
