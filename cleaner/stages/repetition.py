"""Repetition inside the page: chrome is printed more than once, body paragraphs are written once.

Two kinds of line go:

* a short line that also stands among the page's chrome: section labels, share rows and topic links
  are printed at the top of a page and again at the bottom or between paragraphs; a copy the context
  stage kept is dropped when another copy of it was dropped elsewhere (but not in a comment thread:
  a reader who quotes the article does not make the quoted line chrome);
* a later copy of a line printed earlier in the page: headlines and captions come twice (image link
  and text link, gallery and article), an article paragraph does not. The first copy is left to the
  other stages, so nothing of the body can be lost this way.

A repeated *block* (a chorus or refrain: the lines around the copy repeat the lines around the first
one) is verse, not chrome, and stays, and so does a set of prompts asked again with new answers (an
interview series: the same questions, each followed by a different paragraph). A block of paragraphs
that end a sentence is no verse: printed again, it is a post printed twice (a forum's preview of the
post a reply answers), and its later copies go while the first is kept (see ``_post_copy``). Lines too
short to mean anything alone ("Yes", "1 cup") stay too, and so do a table's rows and a line that the
text itself repeats section after section (see ``REFRAIN_COPIES``).

A third kind goes the other way round: the entries of a table of contents that the text prints above
its sections, whose headings follow it in its order: numbered ("1 History", "1.1 Early life"), or the
headings as they stand under a label ("Table of contents", "In this article", "Jump to:"). The headings
are the text's and stay; the list of them is furniture (see ``_contents``).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from itertools import accumulate, compress, count
from operator import attrgetter, ne

from .. import native
from ..labels import BAD, GOOD, NEAR, Label
from ..lexicon import normalise
from ..page import Line, Page
from .anchors import anchored, sections
from .code import blocks as code_blocks
from .comments import REASON as COMMENT_REASON
from .features import COMMENT_HEADER, wiki_heading
from .posts import REASON as FURNITURE_REASON, post_lines

NAME = "repetition"

#: A later copy must have at least this many words to be dropped: table cells and list values
#: ("Yes", "2 tbsp") repeat in any body.
COPY_MIN_WORDS = 4
#: A short line (up to ``Config.repeat_max_words``) kept this many times or more is part of the
#: text's own structure, not a headline or a caption printed twice (image link and text link, gallery
#: and article: two copies): the same instruction under every meal of a meal plan ("Eat every 2-3
#: hours"), the same question to every guest of an interview series, the same shop button under
#: every product of a gift guide. Longer lines kept three times are captions of a photo gallery
#: printed again beside the article, and go. Each copy must introduce something new: it is followed
#: by a prose line (``REFRAIN_ANSWERS``: a paragraph or a shorter prose line, such as a dish with its
#: amounts) other than the one after the first copy; an "enlarge" note under every picture or a share
#: button under every comment is followed by whatever comes next, often a heading or another button.
REFRAIN_COPIES = 3
REFRAIN_ANSWERS = (GOOD, NEAR)
#: A line of this many cells beyond the first is a table's header row, not a headline or a caption.
HEADER_ROW_CELLS = 2


def _refrain(line: Line, key: str, kept: Counter) -> bool:
    """A short line kept at least ``REFRAIN_COPIES`` times that reads as words of the text (a function
    word or a figure in it): a row of link names ("Whatsapp  Facebook  Pint") under every picture
    has neither."""
    return bool(key) and kept[line.text] >= REFRAIN_COPIES and (line.stopwords > 0 or line.digit_share > 0)


def _data_row(line: Line) -> bool:
    """A table row with a figure in it ("Lehnert, Vanessa  1992  WÜ  n.a."): a results table or a
    timetable repeats its rows (the same athlete in two events), a headline is no table row. So is a
    header row of three cells or more ("Pos  Player  Plays  %  Stats"), printed over every table."""
    return line.cells > 0 and line.digit_share > 0 or line.cells >= HEADER_ROW_CELLS


def _in_repeated_block(lines: tuple[Line, ...], i: int, j: int) -> bool:
    """Line i repeats line j, and so does a neighbour of i repeat the same neighbour of j. A neighbour
    that is one more copy of the line itself makes no block: a caption printed five times in a row is
    five copies, and taking them for blocks would spare some of them on each pass."""
    text = lines[i].text
    before = i > 0 and j > 0 and lines[i - 1].text == lines[j - 1].text != text and i - 1 != j
    after = i + 1 < len(lines) and lines[i + 1].text == lines[j + 1].text != text and j + 1 != i
    return before or after


def _post_copy(labels: list[Label], kept: Counter, line: Line, i: int, j: int) -> bool:
    """Line i, in a block that repeats the block of line j, is a paragraph printed a second time, not a
    verse of a chorus: a forum prints a post again in a preview of the post it answers or in a list of
    the thread's popular posts, and a chorus is lines of verse, none a paragraph (nor is a list of
    headlines printed twice, without their sentence ends, a list of paragraphs). The first copy is
    kept, so nothing of the text goes; a paragraph kept ``REFRAIN_COPIES`` times or more is the text's
    own (the same note under every picture of a gallery)."""
    return labels[i].cls == GOOD and line.terminal and labels[j].keep is True and kept[line.text] < REFRAIN_COPIES


def _answered(page: Page, labels: list[Label], i: int, j: int, classes: tuple[str, ...] = (GOOD,)) -> bool:
    """Lines i and j (the same text) are each followed by a kept line of one of ``classes`` (prose
    paragraphs by default), not the same one."""
    lines = page.lines
    if not (0 <= j and i + 1 < len(lines) and j + 1 < len(lines)) or lines[i].text != lines[j].text:
        return False
    a, b = labels[i + 1], labels[j + 1]
    return (a.cls in classes and b.cls in classes and a.keep is not False and b.keep is not False
            and lines[i + 1].text != lines[j + 1].text)


#: A prompt's sibling stands this many lines away: the prompt, its answer, the next prompt.
PROMPT_STEP = 2


def _questionnaire(page: Page, labels: list[Label], i: int, j: int) -> bool:
    """Line i repeats line j as one of a set of prompts, each answered anew: an interview series asks
    every guest the same questions, each followed by a different answer paragraph. A headline printed
    twice has no sibling that repeats with it, each time followed by a new paragraph."""
    return _answered(page, labels, i, j) and any(
        _answered(page, labels, i + d, j + d) for d in (-PROMPT_STEP, PROMPT_STEP))


#: A reply on a forum quotes what it answers under the quoted writer's name and a colon ("amondale:",
#: "Jan wrote:", "Quote:"), a line of at most this many words: the copy is a quotation, not a headline
#: or a caption printed twice.
QUOTE_HEADER_MAX_WORDS = 4
#: The header may open with the quoted post's stamp, cut off by a comma ("16 minutes ago, Vanamonde said:",
#: "On 6/14/2024 at 10:41 AM, Jacke said:"): the name part counts as above and ends on a comment header's
#: verb (data/comment_verbs.txt), the stamp holds a number, and the whole line has at most this many words.
STAMPED_QUOTE_HEADER_MAX_WORDS = 10


#: A board may print a link to the quoted post after the header's colon, an arrow ("Safiro said: ↑"):
#: a character of the Arrows block, first and last.
JUMP_ARROWS = ("\u2190", "\u21ff")


def _without_jump_arrow(text: str) -> str:
    """The header without its link to the quoted post (see ``JUMP_ARROWS``) and the space before it. (No
    pattern ``\\s*[arrows]$``: a search for it tries every start in a long run of spaces.)"""
    if text and JUMP_ARROWS[0] <= text[-1] <= JUMP_ARROWS[1]:
        return text[:-1].rstrip()
    return text


def _quoted(page: Page, i: int) -> bool:
    """Line i stands right under a quotation's header (see ``QUOTE_HEADER_MAX_WORDS``), stamped or not,
    with its link to the quoted post or not."""
    if not i:
        return False
    header = _without_jump_arrow(page.lines[i - 1].text)
    if not header.endswith(":"):
        return False
    words = len(header.split())
    if words <= QUOTE_HEADER_MAX_WORDS:
        return True
    stamp, comma, name = header.rpartition(",")
    return bool(comma) and words <= STAMPED_QUOTE_HEADER_MAX_WORDS \
        and len(name.split()) <= QUOTE_HEADER_MAX_WORDS and any(c.isdigit() for c in stamp) \
        and COMMENT_HEADER.search(name) is not None


#: A signature: a poster's motto, setup or links, printed under every post of the poster ("CPU: Intel
#: Core i9 ...", "Sig is not ready yet, but will come out soon."). A later copy of a line goes, even in a
#: block that repeats (the signature's lines come back together) or kept many times, when it closes a
#: post right under the post's own text, as its first copy closes one: the nearest kept line above the
#: copy (the signature's other lines aside) is a line of a post's text, and under the copy, and under
#: the first, the furniture between two posts (name, rank, date) comes before any other line of a
#: post's text; each within this many lines. A quotation opens a reply, or stands under its header
#: ("Originally Posted by ..."), and the reply's text follows it; a chorus, a refrain or a code listing
#: has no furniture of a thread under it.
SIGNATURE_REACH = 8
SIGNATURE_REASON = "a poster's signature, printed under each of the poster's posts"


def _signature(page: Page, labels: list[Label], texts: list[bool], i: int, first: int) -> bool:
    """Line i, a copy of line ``first``, is a poster's signature (see ``SIGNATURE_REACH``). Lines that
    repeat the lines as far from the other copy are the signature's other lines; ``texts`` tells the
    lines of a post's text (see :func:`.posts.post_lines`)."""
    lines = page.lines

    def furniture(k: int) -> bool:
        return labels[k].between_posts or labels[k].reason.startswith(FURNITURE_REASON)

    def nearest(copy: int, other: int, step: int, counts) -> int:
        """The nearest line from ``copy`` going by ``step`` that ``counts`` and is no line of the
        signature (-1: none within reach)."""
        for k in range(copy + step, copy + step * (SIGNATURE_REACH + 1), step):
            mirror = other + k - copy
            if not (0 <= k < len(lines) and 0 <= mirror < len(lines)):
                return -1
            if counts(k) and lines[k].text != lines[mirror].text:
                return k
        return -1

    def closes(copy: int, other: int) -> bool:
        below = nearest(copy, other, 1, lambda k: furniture(k) or texts[k])
        return below >= 0 and furniture(below)

    above = nearest(i, first, -1, lambda k: labels[k].keep is not False or furniture(k))
    return above >= 0 and texts[above] and not furniture(above) and closes(i, first) and closes(first, i)


#: A table of contents: the page prints the headings of the text's sections as a list (a sidebar, a
#: "Contents" box) and again over each section. Inside the text a heading stays when at least this
#: many kept lines, each followed by a kept line (its section), repeat lines of one run of chrome in
#: the same order: the list is the table of contents, and the headings are the text's own. A label
#: printed in a menu and again between the paragraphs ("Advertisement", "Share") repeats one menu
#: line, over and over, not a list of them in order.
TOC_MIN_ENTRIES = 3
#: ... and at least this share of the kept lines that repeat lines of the run (each followed by a
#: sentence) follow its order: a menu of a site's popular stories, printed again as teasers in another
#: order (headline, one-sentence summary), is no table of contents.
TOC_IN_ORDER_SHARE = 0.8


def _text_follows(page: Page, labels: list[Label], keys: list[str], dropped: dict[str, int], i: int) -> bool:
    """Line i is followed by a kept line of text, not by another line that repeats the chrome: a
    paragraph or a sentence ("Returns None."), as a heading is; a list of headlines is followed by the
    next headline."""
    if i + 1 >= len(labels) or not labels[i + 1].keep or keys[i + 1] in dropped:
        return False
    return labels[i + 1].cls == GOOD or page.lines[i + 1].terminal


def _toc_headings(page: Page, labels: list[Label], keys: list[str], dropped: dict[str, int]) -> set[int]:
    """The kept lines that are headings listed in a table of contents (see ``TOC_MIN_ENTRIES``);
    ``dropped`` maps a key to the index of its first dropped line."""
    dropped_flags = [label.keep is False for label in labels]
    # Which run of dropped lines each line stands in: the number of changes from kept to dropped or back
    # up to it.
    run_of = list(accumulate(map(ne, dropped_flags, dropped_flags[1:]), initial=0))
    chains: dict[int, list[int]] = {}  # run -> kept headings repeating its lines in order
    last: dict[int, int] = {}          # run -> index of the line the chain's last heading repeats
    seen: Counter = Counter()          # run -> kept headings repeating its lines, in order or not
    for i in compress(count(), map(dropped.__contains__, keys)):  # the lines that repeat a dropped one
        if not (labels[i].keep and _text_follows(page, labels, keys, dropped, i)):
            continue
        j = dropped[keys[i]]
        seen[run_of[j]] += 1
        if j > last.get(run_of[j], -1):
            chains.setdefault(run_of[j], []).append(i)
            last[run_of[j]] = j
    return {i for run, chain in chains.items()
            if len(chain) >= max(TOC_MIN_ENTRIES, TOC_IN_ORDER_SHARE * seen[run]) for i in chain}


#: An entry of a numbered table of contents as MediaWiki and blogs' contents boxes print it: the
#: section's number, no dot after it, and the heading ("1 History", "2.1 Early life", a renderer's
#: bullet before it: "* 3 References"). A numbered list of the text is written "1. Paris" or "1) ...".
#: Sections nest four levels deep at most ("1.2.3.4"): a bounded number keeps a search linear.
TOC_ENTRY = re.compile(r"(?:[*•+-]\s+)?(\d{1,2}(?:\.\d{1,2}){0,3})\s+(\S.*)")
#: How the first entry of a table of contents opens: its number, 1, after a bullet and a space that a
#: renderer may print before it. One match of each line picks out where a table may start.
TOC_FIRST = re.compile(r"(?:[*•+-] \s*)?1\s")
#: An entry is a heading: a longer numbered line is an item of a list.
TOC_ENTRY_MAX_WORDS = 12
#: The label over a table of contents is a word or two ("Contents", "Table of contents", "Jump to:").
TOC_LABEL_MAX_WORDS = 3
TOC_REASON = "an entry of the text's numbered table of contents: its headings follow, in its order"
TOC_LABEL_REASON = "the label over the text's table of contents"
LISTED_TOC_REASON = "an entry of the text's table of contents under its label: its headings follow, in its order"


def _toc_openings(lines: tuple[Line, ...]) -> list[int]:
    """The lines that open like the first entry of a table of contents (``TOC_FIRST``). (Compiled:
    ``_core.toc_openings``.)"""
    if native.core is not None:
        return native.core.toc_openings(lines)
    return list(compress(count(), map(TOC_FIRST.match, map(attrgetter("text"), lines))))


def _numbered_runs(lines: tuple[Line, ...]) -> list[tuple[int, int, list[str], bool]]:
    """Runs of at least ``TOC_MIN_ENTRIES`` lines of ``TOC_ENTRY`` numbered from 1: (first line, end,
    the titles without their numbers, whether the run needs a label over it: no, the numbers are its
    evidence)."""
    runs, after = [], 0
    # Only a line that opens like the first entry can start a table: one pass picks them out.
    for i in _toc_openings(lines):
        if i < after or (entry := TOC_ENTRY.fullmatch(lines[i].text)) is None or entry[1] != "1":
            continue
        j, titles = i, []
        while j < len(lines) and lines[j].words <= TOC_ENTRY_MAX_WORDS and (
                entry := TOC_ENTRY.fullmatch(lines[j].text)):
            titles.append(normalise(entry[2]))
            j += 1
        if len(titles) >= TOC_MIN_ENTRIES:
            runs.append((i, j, titles, False))
        after = j
    return runs


def _listed_runs(lines: tuple[Line, ...]) -> list[tuple[int, int, list[str], bool]]:
    """Runs of at least ``TOC_MIN_ENTRIES`` short lines (``TOC_ENTRY_MAX_WORDS``), each printed again
    later in the page: a table of contents without numbers, whose entries are the headings as they
    stand. Its evidence is its label, which the run needs (see ``_contents_label``): a list of the
    text whose items come back as headings is brought in by a sentence ("We tested these five
    tools:"), or by nothing. (Compiled: ``_core.listed_runs``.)"""
    if native.core is not None:
        return native.core.listed_runs(lines, TOC_ENTRY_MAX_WORDS, TOC_MIN_ENTRIES)
    last = dict(zip((line.key for line in lines), count()))  # a key's last line: later ones overwrite
    runs, start = [], 0
    for i, line in enumerate(lines + (None,)):
        if line is not None and line.key and line.words <= TOC_ENTRY_MAX_WORDS and last[line.key] > i:
            continue
        if i - start >= TOC_MIN_ENTRIES:
            runs.append((start, i, [entry.key for entry in lines[start:i]], True))
        start = i + 1
    return runs


def _contents_label(page: Page, labels: list[Label], start: int) -> int | None:
    """The label right above the table of contents that starts at line ``start``: a word or two
    (``TOC_LABEL_MAX_WORDS``) that end no sentence, a colon allowed ("Contents", "In this article",
    "Jump to:"), with a "[hide]" or "Toggle" that the lexicon dropped in between. A figure makes no
    label: "9 feet" over a spec table's other rows is a value."""
    lines, above = page.lines, start - 1
    if above > 0 and labels[above].final and labels[above].keep is False:
        above -= 1
    if above < 0 or lines[above].words > TOC_LABEL_MAX_WORDS or not lines[above].has_letters \
            or lines[above].digit_share > 0:
        return None
    return None if lines[above].terminal and not lines[above].text.endswith(":") else above


def _opens_section(page: Page, labels: list[Label], i: int) -> bool:
    """Line i is followed by a paragraph that is not dropped, as a heading is; a menu printed again
    at the foot of the page is followed by its next item, and a menu's items printed again as teasers
    by a one-sentence summary each. (The caller also wants text between two headings: the rows of a
    spec table printed twice follow each other.)"""
    return i + 1 < len(labels) and labels[i + 1].keep is not False and labels[i + 1].cls == GOOD


def _contents(page: Page, labels: list[Label]) -> tuple[dict[int, str], set[int]]:
    """The lines of a table of contents inside the page (line -> reason), and the headings it lists:
    a numbered run (``_numbered_runs``) or a labelled one (``_listed_runs``), at least
    ``TOC_IN_ORDER_SHARE`` of whose headings stand later in the page, in its order, as lines of their
    own (a wiki heading without its edit link). The list is the page's furniture, as a contents box in
    a sidebar is (see ``_toc_headings``), and so is its label (see ``_contents_label``); the headings
    are the text's own, whatever else the page prints with their words (a "History" tab)."""
    lines = page.lines
    # A run that needs a label and has none is no table of contents: only the others are looked up.
    runs = [(*run, label) for run in _numbered_runs(lines) + _listed_runs(lines)
            if (label := _contents_label(page, labels, run[0])) is not None or not run[3]]
    entries: dict[int, str] = {}
    headings: set[int] = set()
    if not runs:
        return entries, headings
    # Where each listed title stands as a line's key (a wiki heading's without its link). Only the
    # titles are looked up: the other lines get no list of places (one per line was 4 % of the
    # cleaning time of a 2 MB page).
    titled = {title for _, _, titles, _, _ in runs for title in titles}
    at: dict[str, list[int]] = {}
    for k, line in enumerate(lines):
        heading = wiki_heading(line)
        key = line.key if heading is None else normalise(heading)
        if key in titled:
            at.setdefault(key, []).append(k)
    for start, end, titles, needs_label, label in runs:
        pos, found = end - 1, []
        for title in titles:
            places = at.get(title, ())
            k = bisect_right(places, pos)
            if k < len(places):
                pos = places[k]
                if not needs_label or _opens_section(page, labels, pos) and (not found or pos > found[-1] + 1):
                    found.append(pos)
        if len(found) >= max(TOC_MIN_ENTRIES, TOC_IN_ORDER_SHARE * len(titles)):
            reason = LISTED_TOC_REASON if needs_label else TOC_REASON
            entries.update(dict.fromkeys(range(start, end), reason))
            headings.update(found)
            if label is not None:
                entries[label] = TOC_LABEL_REASON
    return entries, headings


def _candidates(page: Page, labels: list[Label], limit: int) -> tuple[dict[str, int], dict[str, int], list[int]]:
    """Where each short line's key was first dropped (not as a comment), where each text first stands,
    and the kept lines that either rule may drop (most pages have few or none). (Compiled as
    ``_core.repeat_candidates``.)"""
    keys = [line.key if line.words <= limit else "" for line in page.lines]
    dropped_at: dict[str, int] = {}
    first_at: dict[str, int] = {}
    for i, (line, key, label) in enumerate(zip(page.lines, keys, labels)):
        first_at.setdefault(line.text, i)
        if key and label.keep is False and not label.reason.startswith(COMMENT_REASON):
            dropped_at.setdefault(key, i)
    candidates = [i for i, (line, key, label) in enumerate(zip(page.lines, keys, labels))
                  if label.keep and not label.final and (key in dropped_at and label.cls != GOOD or (
                      first_at[line.text] != i and line.words >= COPY_MIN_WORDS))]
    return dropped_at, first_at, candidates


def run(page: Page, labels: list[Label]) -> list[Label]:
    limit = page.config.repeat_max_words
    if native.core is not None:
        dropped_at, first_at, candidates = native.core.repeat_candidates(page.lines, labels, limit, COPY_MIN_WORDS,
                                                                         COMMENT_REASON, GOOD)
    else:
        dropped_at, first_at, candidates = _candidates(page, labels, limit)
    out = list(labels)
    contents, listed = _contents(page, labels)
    for i, reason in contents.items():
        if labels[i].keep and not labels[i].final:
            out[i] = Label(BAD, False, NAME, reason, block=labels[i].block)
    if not candidates:
        return out
    keys = [line.key if line.words <= limit else "" for line in page.lines]
    kept = Counter(line.text for line, label in zip(page.lines, labels) if label.keep)
    # Neither rule applies to a code listing (its lines repeat: "return None", "i = bisect_left(a, x)")
    # nor to the text's headings, anchored (see :mod:`.anchors`) or listed in a table of contents.
    spared = _toc_headings(page, labels, keys, dropped_at) if dropped_at else set()
    spared.update(i for i, in_block in enumerate(code_blocks(page, labels)) if in_block)
    spared.update(i for i in candidates if anchored(page.lines[i]))
    spared.update(listed)
    # A line that the text repeats under two anchored headings is a note of each section.
    section = sections(page)
    texts = post_lines(page, labels)
    for i in candidates:
        line, key, label = page.lines[i], keys[i], labels[i]
        if i in spared:
            continue
        first = first_at[line.text]
        if key in dropped_at and label.cls != GOOD:
            out[i] = Label(BAD, False, NAME,
                           f"repeats line {page.lines[dropped_at[key]].number}, which was dropped as chrome",
                           block=label.block)
        elif first == i or line.words < COPY_MIN_WORDS or _data_row(line) or section[i] != section[first] \
                or _quoted(page, i):
            continue
        elif _signature(page, labels, texts, i, first):
            out[i] = Label(BAD, False, NAME, f"a copy of line {page.lines[first].number}: {SIGNATURE_REASON}",
                           block=label.block)
        elif not (_refrain(line, key, kept) and _answered(page, labels, i, first, REFRAIN_ANSWERS)) \
                and not (_in_repeated_block(page.lines, i, first) and not _post_copy(labels, kept, line, i, first)) \
                and not _questionnaire(page, labels, i, first):
            out[i] = Label(BAD, False, NAME, f"a copy of line {page.lines[first].number}: "
                           "headlines and captions are printed twice, paragraphs are not", block=label.block)
    return out
