"""Blurbs at the end of the body span: the author's bio, the blogger's greeting, the site's self-portrait.

A stage after the context stage: it reads the main body span from the labels (:attr:`Label.block`)
and drops what it kept of the blurbs at the span's end.

After the article many pages print who wrote it ("Jule Radeck studierte Sportwissenschaften, bevor
sie ...", "Inga Buller ist Head of Social & Community bei CHIP.", "Ich bin Steffi, bekennende
Tiernärrin ...") or what the site is ("Dieses Blog gibt Hilfestellung ...", "Hier schreibt ... über
..."). They read as prose, so the body span takes them in. The features stage's ``AUTHOR_BIO`` drops
the strictest English form wherever it stands; the forms here are looser ("X ist freier Journalist"
is a bio, and also a sentence of a news story: "X ist Korrespondent der ARD in Moskau und
berichtet ..."), so they go only where a bio stands: after the article's last paragraph. A *trailing
blurb* is a line that opens with one of the forms of ``BLURB`` and has no paragraph of the text after
it in the span (headings, the author's name, chrome and other blurbs may follow: an "About the
authors" box holds several).

A bio of any role ("Maria is a growth analyst specializing in SEM. Her expertise ...", "Mary Henn, MA,
is a shopping editor at Taste of Home. She's also ...") opens with the person's name (a first name will
do) and "is a"/"is the"/"has been"/"writes"/"covers" (``PERSON_BIO``). So does a sentence about a firm
or a product, and the last paragraph of a story about someone; a bio speaks of the person in the third
person as well: it goes on with "he", "she", "his" or "her", or it stands under a line of the name
("Rebecca Edwards" over "Rebecca has been a journalist ...") and never says "we" (a firm's blurb under
its name does).
Such a line at the span's end is a trailing blurb too.

An author box may also print its own heading, "About" and the author's full name ("Über Moritz
Bachmann", "Sobre Carlos Nadalim"), over a bio of any wording ("Als Inbound Sales Manager bildet
Moritz Bachmann die Schnittstelle ...", "Pai de Francesco e Teresa, Carlos Nadalim é também ...").
Such a heading with at most ``ABOUT_MAX_PARAGRAPHS`` paragraphs under it to the span's end, one of
which names the person by the heading's last word (the surname), opens an *about box*: it and
everything under it to the span's end are blurbs. The article's own sections keep clear of it: a
heading that names no person ("About the works", "About Tesla": one word), a section under it of more
paragraphs than a bio, or one that the article goes on after.
"""
from __future__ import annotations

import regex

from ..labels import Label
from ..language import stoplist
from ..page import Page
from .context import SIGNATURE_REASON, TITLE_REASON
from .segmentation import BODY_SPAN
from .span import paragraph

NAME = "blurbs"

#: How a bio or a site's blurb opens, in German and English:
#: - a name, "ist"/"is" and a role within a few words ("Inga Buller ist Head of Social ...", "Evan V.
#:   Symon is the Senior Editor for ...", "Nils Pickert ist freier Autor und Journalist");
#: - a full name and a verb of a career ("Moritz Gathmann leitet das Ressort ...", "Jule Radeck
#:   studierte ...", "Evan Halper writes about ...");
#: - a greeting in the first person with a name ("Ich bin Steffi, ...", "Hi, ich bin Tine und ...",
#:   "I am Joyce from ...");
#: - the site about itself ("Dieses Blog gibt ...", "Hier schreibt ...", "Wir sind ein unabhängiger
#:   Publisher ...", "Die Nordex SE ist ein börsennotiertes Unternehmen ...": a press release's
#:   boilerplate about the company).
BLURB = regex.compile(
    r"^(?:(?:\p{Lu}[\p{L}.'’-]+\s+){1,3}(?:ist|war|is|was)\s+(?:[\p{L}*-]+\s+){0,4}?"
    r"(?i:redakteur|journalist|autor|author|korrespondent|correspondent|chefredakteur|volontär|herausgeber"
    r"|kolumnist|blogger|gründer|mitgründer|co-?founder|founder|head\s+of|professor|experte|expert|reporter"
    r"|writer|editor|columnist|contributor)"
    r"|(?:\p{Lu}[\p{L}.'’-]+\s+){2,3}(?:lehrt|leitet|studierte|schreibt|beschäftigt\s+sich|arbeitet|writes"
    r"|covers|teaches|has\s+covered|has\s+written)\s"
    r"|(?:(?:Hallo|Hi|Hey|Hello)[,!]?\s+)?(?:[Ii]ch\s+bin|I\s+am|I'm)\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?"
    r"(?:,|\s+from\s|\s+und\s)"
    r"|(?:Wir\s+sind|We\s+are)\s+(?:ein|eine|an?)\s"
    r"|(?:Dieses|Dieser|Unser|This|Our)\s+(?:Blog|Magazin|Portal|Webcomic|Podcast|blog|site|website|magazine"
    r"|podcast)\s+(?:ist|bietet|gibt|is|offers|covers)\s"
    r"|Hier\s+schreib(?:t|e)\s"
    r"|(?:Der|Die|Das|The)\s+(?:[\p{Lu}\d][\p{L}\d.&*-]*\s+){1,6}(?:\(\p{L}+\)\s+)?(?:ist|war|is|was)\s+"
    r"(?:ein|eine|einer|eines|das|der|die|an?|the|one)\s+(?:[\p{L}-]+\s+){0,4}?"
    r"(?i:verband|verein|stiftung|unternehmen|organisation|organization|gremium|portal|magazin|zeitschrift"
    r"|dienstleister|anbieter|hersteller|company|association|foundation|provider|magazine|publication"
    r"|nonprofit|non-profit|charity|firm|agency))")
#: How a person's bio opens: a name of one to four capitalised words (after a title, "Dr."), perhaps a
#: nickname or handle in brackets ("Rebecca (Bec)", "Eduard Kovacs (@EduardKovacs)") and letters after
#: it (", MA, MFA,"), then what the person is or does. Group 1 is the first name (not an English
#: stopword: "It is a ...", "The tool is the ...").
PERSON_BIO = regex.compile(
    r"^(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+)?(\p{Lu}[\p{Ll}'’-]+)(?:\s+(?:\p{Lu}[\p{L}.'’-]*|\([^()]{1,30}\)))"
    r"{0,3}(?:,\s+\p{Lu}[\p{L}.*®]*)*,?\s+(?:is\s+(?:an?|the)|has\s+been|writes|covers)\s")
#: A sentence of a bio after its opening that speaks of the person in the third person.
THIRD_PERSON = regex.compile(r"\b(?i:he|she|his|her|him)\b")
#: A firm's blurb under its name speaks of itself as "we" ("White Flower Farm" over "White Flower Farm is
#: a family-owned nursery ... Since 1950 we have been providing ..."): a person's bio under a name line
#: does not.
FIRST_PERSON_PLURAL = regex.compile(r"\b(?:[Ww]e|[Oo]ur|us)\b")  # not "US", the country
#: A line of the name over a bio: short, no sentence ("Rebecca Edwards", "Oliver Simpson Senior Research
#: Executive").
NAME_LINE_MAX_WORDS = 6
#: The heading of an author box: "About" (in English, German, Portuguese, Spanish, French, Italian
#: and Dutch) and a full name of two or three capitalised words, nothing more.
ABOUT = regex.compile(r"^(?:About|Über|Sobre|Acerca\s+de|À\s+propos\s+de|Informazioni\s+su|Over)\s+"
                      r"((?:\p{Lu}[\p{L}.'’-]*\s+){1,2}(\p{Lu}[\p{L}'’-]+))$")
#: A bio runs to a paragraph or two under its heading; an article's last section under a name (a
#: profile's "About Jane Doe") runs longer.
ABOUT_MAX_PARAGRAPHS = 2
#: The reason of such a line.
REASON = "author's bio or site's blurb after the article's last paragraph (or an \"About <full name>\" box)"
#: How the main body span's name opens (the further spans' names open otherwise).
BODY_SPAN_PREFIX = BODY_SPAN.split("{", 1)[0]


def _about_box(page: Page, labels: list[Label], first: int, last: int) -> list[int]:
    """Indices of the about box at the end of the span first..last (see the module's docstring), or
    none. A walk back over at most ``ABOUT_MAX_PARAGRAPHS`` paragraphs: linear in the span."""
    paragraphs = 0
    for i in range(last, first, -1):  # the span's first line is the text, not a box after it
        line, label = page.lines[i], labels[i]
        heading = ABOUT.match(line.text)
        if heading is not None:
            surname = regex.compile(rf"\b{regex.escape(heading.group(2))}\b")
            named = any(paragraph(page.lines[k], labels[k]) and surname.search(page.lines[k].text)
                        for k in range(i + 1, last + 1))
            return [k for k in range(i, last + 1) if labels[k].revisable] if named and label.revisable else []
        paragraphs += paragraph(line, label)
        if paragraphs > ABOUT_MAX_PARAGRAPHS:
            return []
    return []


def _person_bio(page: Page, i: int) -> bool:
    """Whether line i (not the page's first) is a person's bio (see ``PERSON_BIO``): its opening goes on
    in the third person, or a line of the name stands over it and it does not say "we"."""
    text = page.lines[i].text
    bio = PERSON_BIO.match(text)
    if bio is None:
        return False
    name = bio.group(1)
    if name.casefold() in stoplist("en"):  # "It is a ...": no person
        return False
    if THIRD_PERSON.search(text, bio.end()):
        return True
    above = page.lines[i - 1]
    return not above.terminal and above.words <= NAME_LINE_MAX_WORDS and above.text.split(maxsplit=1)[0] == name \
        and not FIRST_PERSON_PLURAL.search(text)


def trailing_blurbs(page: Page, labels: list[Label], first: int, last: int) -> list[int]:
    """Indices of the trailing blurbs of the span first..last (see the module's docstring). A walk back
    from the span's end to its last paragraph that is no blurb: linear in the span."""
    out = _about_box(page, labels, first, last)
    for i in range(last, first, -1):  # the span's first line is the text, not a blurb after it
        line, label = page.lines[i], labels[i]
        if label.revisable and (BLURB.match(line.text) or _person_bio(page, i)):
            out.append(i)
        elif paragraph(line, label):
            break
    return out


def _body(labels: list[Label]) -> tuple[int, int] | None:
    """The first and last line of the main body span's text (without the title and signature at the
    page's edges that it took in), or None when the page has no span. Looked for from either end: the
    lines between the two are not read."""
    first = next((i for i, label in enumerate(labels) if _in_body(label)), None)
    if first is None:
        return None
    return first, next(i for i in range(len(labels) - 1, first - 1, -1) if _in_body(labels[i]))


def _in_body(label: Label) -> bool:
    """The line stands in the main body span's text."""
    return label.block.startswith(BODY_SPAN_PREFIX) and label.reason not in (TITLE_REASON, SIGNATURE_REASON)


def run(page: Page, labels: list[Label]) -> list[Label]:
    """The trailing blurbs of the main body span dropped, the span named in the reason."""
    body = _body(labels)
    if body is None:
        return labels
    out = list(labels)
    for i in trailing_blurbs(page, labels, *body):
        out[i] = Label(labels[i].cls, False, NAME, f"{REASON} in the {labels[i].block}", block=labels[i].block)
    return out
