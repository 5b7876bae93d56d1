"""Blurbs at the end of the body span: the author's bio, the blogger's greeting, the site's self-portrait.

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
"""
from __future__ import annotations

import regex

from ..labels import GOOD, Label
from ..page import Line, Page

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
#: The reason the context stage gives for such a line.
REASON = "author's bio or site's blurb after the article's last paragraph"


def paragraph(line: Line, label: Label) -> bool:
    """A paragraph of the text: prose (the good class) that ends a sentence."""
    return label.cls == GOOD and line.terminal


def trailing_blurbs(page: Page, labels: list[Label], first: int, last: int) -> list[int]:
    """Indices of the trailing blurbs of the span first..last (see the module's docstring). A walk back
    from the span's end to its last paragraph that is no blurb: linear in the span."""
    out = []
    for i in range(last, first, -1):  # the span's first line is the text, not a blurb after it
        line, label = page.lines[i], labels[i]
        if label.keep is not False and not label.final and BLURB.match(line.text):
            out.append(i)
        elif paragraph(line, label):
            break
    return out
