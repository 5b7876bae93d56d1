"""Forms and notices printed into the page's text: their consent sentence and its fields, set aside.

A sign-up box, a newsletter box, a contact form or a cookie banner prints, besides its fields and
buttons, one sentence of consent: "By entering my email address, I agree to receive promotional emails
from ...", "By clicking "Accept all" you consent to the use of all cookies", "En vous inscrivant, vous
acceptez ...". It reads as prose, and on a listing, a shop or a service page, whose own text is items and
short lines, it is often the longest paragraph on the page: the body span lands on it and takes in the
box's prompt ("Enter your email for 10% off your first order,") and buttons around it. Its shape gives
it away (``data/dialogs.txt``): it opens with the action that gives consent ("By clicking", "By signing
up", "En cliquant", "Нажимая") and holds an assent word ("agree", "consent", "accept", "acceptez",
"согласие") - a whole-line test, not a phrase anywhere in a sentence.

The *dialog* is that sentence and the form's header, prompt and fields right above it: up to
``FIELDS_ABOVE`` lines that are short (at most ``FIELD_MAX_WORDS``
words), no paragraph, hold no figure and are no phrase the lexicon keeps. Its lines become chrome, set
aside (see :attr:`Label.aside`): they weigh against the span, the span does not grow over them, and they
go whatever the span.

The body keeps clear of it:

- an article about consent or cookies speaks of them in its sentences, which do not open with the action
  ("Clicking "Accept all" gives the site ...", "Users who agree to ...");
- a sentence of consent longer than ``CONSENT_MAX_WORDS`` words is a clause of terms, a policy page's
  text, not a form's line;
- a contact page's address and telephone lines hold figures, and a paragraph next to the form is no field;
- the fields end at the form's header, a chrome line of the lexicon ("Newsletter"): a listing's item
  may stand right above the form, and the heading of the page's next section right under it.

A cookie banner also opens a *settings dialog*: its notice, a sentence that the lexicon knows for chrome
("We use cookies to improve your experience", at least ``NOTICE_MIN_WORDS`` words: a line that only
names cookies, "Cookies" or "Cookie settings", is a heading or a menu's item, over a text about them as
often), then the cookies' kinds, each a short heading ("Strictly Necessary Cookies", "Always Active")
over a paragraph that says what they do ("These cookies are essential to provide you with services
..."). On a shop's product page or a listing the dialog's paragraphs are the longest prose on the page,
and the body span lands on them. The dialog is told by where it stands and what it speaks of: it starts
at most ``SETTINGS_GAP`` lines under the notice, and a line names cookies (``data/dialogs.txt``) every
``SETTINGS_GAP`` lines at most, with at most one paragraph that names none between two that do ("These
technologies enable our site to ..."). With ``SETTINGS_MIN_PARAGRAPHS`` paragraphs that name cookies or
more, from the notice to the last line that names them, it is chrome, set aside. A text about cookies (a
framework's guide to setting them, a policy page) stands under no notice, or runs on past
``SETTINGS_MAX_PARAGRAPHS`` paragraphs: it stays.
"""
from __future__ import annotations

import functools

from .. import lexicon, native
from ..labels import BAD, GOOD, Label
from ..page import Line, Page

NAME = "dialogs"

#: The reason given to a dialog's lines, with the line number of its sentence of consent.
REASON = "a form's or a notice's consent sentence and its fields, on line {line} (a dialog)"
#: A form's sentence of consent is one or two sentences; a longer line that opens alike is a clause of
#: a policy or of terms, the text of its own page.
CONSENT_MAX_WORDS = 60
#: A field, a prompt or a button ("Email address", "Enter your email for 10% off,", "Subscribe") is a
#: short line...
FIELD_MAX_WORDS = 12
#: ... and stands right above the sentence: a form's header, its prompt and its fields. Under it stand the
#: form's button, chrome of the lexicon already ("Subscribe", "Accept all"), or the page's next heading.
FIELDS_ABOVE = 3
#: The reason given to a cookie settings dialog's lines, with the line number of the notice above it.
SETTINGS_REASON = "a cookie settings dialog under the notice on line {line}"
#: A settings dialog starts within this many lines under its notice, and a line that names cookies comes
#: back within this many lines: a kind's heading and toggle, its paragraph and the list of what the kind
#: does ("remember your login", "personalize content"), the next kind's heading.
SETTINGS_GAP = 10
#: The notice is a sentence ("This website uses cookies."); a line of fewer words that names cookies is a
#: heading or a menu's item ("Cookies", "Cookie settings"), the heading of a text about them as often.
NOTICE_MIN_WORDS = 4
#: A dialog explains two kinds of cookies or more, in lines of prose that name them (a banner alone is one
#: line); a text about cookies runs on past a dozen of its paragraphs (the rows of a dialog's table of
#: cookies, however many, and the lines that the lexicon knows are no paragraphs of a text).
SETTINGS_MIN_PARAGRAPHS = 2
SETTINGS_MAX_PARAGRAPHS = 12


@functools.lru_cache(maxsize=1)
def _phrases() -> tuple[dict[str, tuple[str, ...]], frozenset[str]]:
    """(openers by their first character, assent words) from data/dialogs.txt; openers normalised as the
    lexicons compare lines. (A line is tested only against the openers of its first character: most
    lines open with no opener's.)"""
    openers: dict[str, list[str]] = {}
    assent: set[str] = set()
    for line in lexicon.data_lines("dialogs.txt"):
        kind, _, rest = line.partition(" ")
        if kind == "open" and (opener := lexicon.normalise(rest)):
            openers.setdefault(opener[0], []).append(opener)
        elif kind == "assent":
            assent.update(rest.split())
    return {initial: tuple(group) for initial, group in openers.items()}, frozenset(assent)


@functools.lru_cache(maxsize=1)
def _cookie_words() -> frozenset[str]:
    """The words that name cookies (``cookie`` lines of data/dialogs.txt), in any language."""
    return frozenset(word for line in lexicon.data_lines("dialogs.txt") if line.startswith("cookie ")
                     for word in line.split()[1:])


def consent(line: Line) -> bool:
    """``line`` is a form's sentence of consent: it opens with the action that gives consent and holds an
    assent word, in at most ``CONSENT_MAX_WORDS`` words."""
    if line.words > CONSENT_MAX_WORDS:
        return False
    openers, assent = _phrases()
    return line.key.startswith(openers.get(line.key[:1], ())) and not assent.isdisjoint(line.tokens)


def _field(line: Line, label: Label) -> bool:
    """Line reads as a form's field, prompt or button: short, no paragraph, no figure, not kept by the
    lexicon."""
    return (line.words <= FIELD_MAX_WORDS and label.cls != GOOD and not line.digit_share
            and not (label.final and label.keep))


def _fields_start(page: Page, labels: list[Label], i: int) -> int:
    """The first of the fields right above line i: at most ``FIELDS_ABOVE`` of them, and none above a chrome
    line of the lexicon (the form's header, a field's label), which opens the form: an item of the page's
    text may stand right above it."""
    start = i
    for _ in range(FIELDS_ABOVE):
        k = start - 1
        if not (k >= 0 and _field(page.lines[k], labels[k])):
            break
        start = k
        if labels[k].final:
            break
    return start


def _settings_end(page: Page, labels: list[Label], notice: int, names: list[bool]) -> tuple[int | None, int]:
    """(the last line of the cookie settings dialog under the notice on line ``notice``, or None when
    none stands there or the lines are a text about cookies; the line where the walk down from the
    notice stopped). See ``SETTINGS_GAP``."""
    last, kinds, paragraphs, k = notice, 0, 0, notice + 1
    plain = 0  # paragraphs that name no cookie since the last line that does
    while k < len(labels) and k - last <= SETTINGS_GAP:
        # A paragraph of prose; a row of the dialog's table of cookies (a name, a duration, what it does)
        # or a line that the lexicon knows ("Necessary cookies are essential ...") tells a kind of cookie,
        # but is no paragraph of a text.
        good = labels[k].cls == GOOD
        paragraph = good and not labels[k].final and page.lines[k].cells < 2
        if names[k]:
            last, plain = k, 0
            kinds += good
            paragraphs += paragraph
        elif paragraph:
            plain += 1
            if plain > 1:
                break
        k += 1
    return (last if kinds >= SETTINGS_MIN_PARAGRAPHS and paragraphs <= SETTINGS_MAX_PARAGRAPHS else None), k


def _settings(page: Page, labels: list[Label], out: list[Label]) -> None:
    """Every cookie settings dialog's lines in ``out`` made chrome and set aside, with the line number of
    its notice. Linear: a notice inside the lines walked from another is not walked from again (a walk
    from it would find a part of the same dialog, or of the same text about cookies)."""
    words, lines = _cookie_words(), page.lines
    notices = [k for k, label in enumerate(labels) if label.final and label.keep is False
               and lines[k].words >= NOTICE_MIN_WORDS and not words.isdisjoint(lines[k].tokens)]
    if not notices:
        return
    names = [not words.isdisjoint(line.tokens) for line in lines]
    walked = 0  # the line where the last walk stopped
    for k in notices:
        if k < walked:
            continue
        end, walked = _settings_end(page, labels, k, names)
        if end is not None:
            reason = SETTINGS_REASON.format(line=lines[k].number)
            for j in range(k + 1, end + 1):
                if not out[j].aside and not (labels[j].final and labels[j].keep):
                    out[j] = out[j]._replace(aside=reason) if labels[j].final \
                        else Label(BAD, False, NAME, reason, aside=reason)


def _consent_lines(page: Page, labels: list[Label]) -> list[int]:
    """The consent sentences that the lexicon did not keep, in line order. (Compiled:
    ``_core.consent_lines``.)"""
    openers, assent = _phrases()
    if native.core is not None:
        return native.core.consent_lines(page.lines, labels, openers, assent, CONSENT_MAX_WORDS)
    # A consent sentence opens with an opener's first character: one pass picks out the lines that do.
    return [i for i, line in enumerate(page.lines) if line.key[:1] in openers
            and not (labels[i].final and labels[i].keep) and consent(line)]


def run(page: Page, labels: list[Label]) -> list[Label]:
    """Every dialog's lines made chrome and set aside, each with the line number of its consent sentence
    (or, for a cookie settings dialog, of its notice)."""
    out = list(labels)
    _settings(page, labels, out)
    lines = page.lines
    for i in _consent_lines(page, labels):
        line = lines[i]
        first = _fields_start(page, labels, i)
        reason = REASON.format(line=line.number)
        for k in range(first, i + 1):
            if not out[k].aside:
                if labels[k].final:
                    out[k] = out[k]._replace(aside=reason)
                else:
                    out[k] = Label(BAD, False, NAME, reason, aside=reason)
    return out
