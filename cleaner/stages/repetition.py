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
interview series: the same questions, each followed by a different paragraph). Lines too short to mean
anything alone ("Yes", "1 cup") stay too, and so do a table's rows and a line that the text itself
repeats section after section (see ``REFRAIN_COPIES``).
"""
from __future__ import annotations

from collections import Counter

from ..labels import BAD, GOOD, NEAR, Label
from ..page import Line, Page
from .comments import REASON as COMMENT_REASON

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
    """Line i repeats line j, and so does a neighbour of i repeat the same neighbour of j."""
    before = i > 0 and j > 0 and lines[i - 1].text == lines[j - 1].text and i - 1 != j
    after = i + 1 < len(lines) and lines[i + 1].text == lines[j + 1].text and j + 1 != i
    return before or after


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


def run(page: Page, labels: list[Label]) -> list[Label]:
    limit = page.config.repeat_max_words
    keys = [line.key if line.words <= limit else "" for line in page.lines]
    dropped_at: dict[str, int] = {}
    first_at: dict[str, int] = {}
    for i, (line, key, label) in enumerate(zip(page.lines, keys, labels)):
        first_at.setdefault(line.text, i)
        if key and label.keep is False and not label.reason.startswith(COMMENT_REASON):
            dropped_at.setdefault(key, line.number)
    kept = Counter(line.text for line, label in zip(page.lines, labels) if label.keep)
    out = list(labels)
    for i, (line, key, label) in enumerate(zip(page.lines, keys, labels)):
        if not label.keep or label.final:
            continue
        first = first_at[line.text]
        if key in dropped_at and label.cls != GOOD:
            out[i] = Label(BAD, False, NAME, f"repeats line {dropped_at[key]}, which was dropped as chrome")
        elif first != i and line.words >= COPY_MIN_WORDS and not _data_row(line) \
                and not (_refrain(line, key, kept) and _answered(page, labels, i, first, REFRAIN_ANSWERS)) \
                and not _in_repeated_block(page.lines, i, first) \
                and not _questionnaire(page, labels, i, first):
            out[i] = Label(BAD, False, NAME, f"a copy of line {page.lines[first].number}: "
                           "headlines and captions are printed twice, paragraphs are not")
    return out
