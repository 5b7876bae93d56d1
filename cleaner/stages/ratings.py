"""A rating histogram inside the text: the review widget's rows of stars, one per star count.

A stage after the context stage: it drops what the context stage kept of the histogram.

A product page prints, over its customer reviews, how many buyers gave each number of stars: "5 Stars",
"4 Stars", ..., "1 Star", each row alone or with its count or share ("5 stars 120", "4 Sterne (12)",
"3 étoiles 8%"). The rows are short lines between the description and the reviews, so the body span takes
them in. The lexicon cannot drop them: as final chrome they would cut the description off the reviews
under them, and the span would land on the reviews (see the shop section of ``data/lexicon/en.txt``).
Here, with the span already drawn, a *histogram* is a run of at least ``HISTOGRAM_MIN_ROWS`` star rows
whose star counts step down (or up) by one: the rows go. A row that says more than its count is no
histogram's: a review site's key to its ratings ("5 stars: outstanding", "4 stars - very good") and a
hotel's class in a list ("5 star hotels") stay, and so does one rating alone ("5 stars") in a review.
"""
from __future__ import annotations

import regex

from ..labels import BAD, Label
from ..page import Page

NAME = "ratings"

#: One row of a histogram: a star count of 1 to 5, the word for stars (English, German, French, Spanish,
#: Portuguese, Italian, Dutch, Swedish, Danish/Norwegian, Polish, Czech, Russian, Ukrainian, Turkish,
#: Chinese/Japanese, or the star sign), and at most the row's count or share ("120", "(12)", "8%").
STAR_ROW = regex.compile(
    r"^([1-5])\s*+(?:stars?|sterne?|étoiles?|estrellas?|estrelas?|stelle|stella|sterren|ster|stjärn(?:a|or)"
    r"|stjerner?|gwiazd(?:ka|ki|ek)|hvězd(?:a|y|iček|ičky|ička)|звезд(?:а|ы)?|зір(?:ка|ки|ок)|yıldız|つ星|星|★)"
    r"(?:\s*+[:(]?\s*+\d[\d.,]*+\s*+%?\s*+\)?)?$", regex.IGNORECASE)
#: Rows in a run: a histogram of a five-star scale prints five, and two rows in a row are as often a
#: review's rating and the next one's.
HISTOGRAM_MIN_ROWS = 3
#: The first characters a row can have (``STAR_ROW`` opens with the star count).
STAR_DIGITS = frozenset("12345")
REASON = "rating histogram: a row of stars with its count, in a run of rows that step down the stars"


def _histograms(page: Page) -> list[int]:
    """Indices of the rows of every histogram on the page: one walk over the star rows, linear. A row
    continues a run only right under the run's last row: any other line between breaks it."""
    rows = [(i, int(row.group(1))) for i, line in enumerate(page.lines)
            if line.text[:1] in STAR_DIGITS and (row := STAR_ROW.match(line.text)) is not None]  # most: no regex
    out: list[int] = []
    run: list[int] = []
    last = previous = step = 0
    for i, stars in rows:
        if run and i == last + 1 and abs(stars - previous) == 1 and step in (0, stars - previous):
            run.append(i)
            step = stars - previous
        else:
            if len(run) >= HISTOGRAM_MIN_ROWS:
                out.extend(run)
            run, step = [i], 0
        last, previous = i, stars
    if len(run) >= HISTOGRAM_MIN_ROWS:
        out.extend(run)
    return out


def run(page: Page, labels: list[Label]) -> list[Label]:
    """The histograms' rows that an earlier stage kept, dropped."""
    out = list(labels)
    for i in _histograms(page):
        if labels[i].revisable:
            out[i] = Label(BAD, False, NAME, REASON, block=labels[i].block)
    return out
