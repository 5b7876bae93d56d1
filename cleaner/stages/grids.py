"""A shop's grid of items: the same small record, one price each, over and over.

A category page or a shop's front page prints its products as a grid, which a renderer turns into
lines: each item its brand or kicker, its name and its price (or the old and the new price), often a
button ("Add to cart", "Show options"), item after item. Line by line this reads as a menu (short
title-like names) and the body span, which looks for prose, lands elsewhere (the shop's blurb, a
blog teaser under the grid). The price gives the record away: one price line per item, the items a
few lines long each and alike in length, ``GRID_MIN_ITEMS`` of them or more. The items' lines are
the page's text, as the items of a listing are, wherever the span stands; an item's name that reads as a
list on its own (specs without function words, "Radeon RX 9060 XT 16GB GDDR6 PCI Express 5.0 x16 ATX
Graphics Card") is one of them.

The body has prices too, and the rule keeps clear of them: a price list in a text ("Adults: $12")
carries its label on the price's line, which is then no bare price; a gift guide's presents each
carry a paragraph (a grid's items are names and prices, a line of description at most), and the
text is the span's; a product page's own price stands once (or twice, old and new, on adjacent
lines, which count as one), and the grids under it are other products ("Complete the set",
"Customers also bought"); a grid beside an article is an advertisement (flats for sale, cars, a price
comparison: a handful of items, where a category shows a dozen prices or more, ``CATEGORY_MIN_PRICES``,
over a buying guide of any length); and a grid of other products that starts under a header that
closes the article ("You may also like", "Related products") goes with what follows that header
(:mod:`.context` asks both; a grid that starts above such a header runs on past it). A price of nothing
("$0.00") is a cart's total, no item's; a signed amount ("+$5" for gift wrapping, "-50,00 €" off) is a
surcharge or a discount; a column of prices is a filter's price ranges (``PRICE_COLUMN_LINES``). Several
items priced one after the other, too few or too unlike to make a grid, are no product's own price
either: they may open a category's grid whose next item is longer. A button repeated in every item ("Show
options", "Add to cart" when no lexicon knows it) is the grid's furniture: a short line that stands
in ``BUTTON_SHARE`` of the items or more, word for word, and is no price, goes.
"""
from __future__ import annotations

import re
from collections import Counter
from itertools import accumulate, compress, count
from typing import NamedTuple

from ..labels import BAD, GOOD, Label, recorded
from ..language import tokens
from ..page import Line, Page
from .features import NAME as FEATURES_STAGE, TAG_REASON, UNPUNCTUATED_REASON

#: A price: a currency sign or code next to an amount ("$8.99", "€ 88", "US$20", "8 500 zł",
#: "1.299,00 EUR", "349 ₽"; an amount written out before its currency is a dozen characters at most,
#: which also keeps the search linear on a long run of figures).
PRICE = re.compile(
    r"(?:[$€£¥₹₩₽]|\b(?:US|CA|AU|NZ|HK|C|A|S|R)\$)\s?\d"
    r"|\d(?:[\d.,\s]{0,12}\d)?\s?(?:[$€£₽₴]|zł|Kč|Ft|(?:USD|EUR|GBP|PLN|CHF|CAD|AUD|JPY|SEK|NOK|DKK|CZK|RUB|руб|грн)\b)")
#: A sign glued to an amount makes it a surcharge or a discount, no item's price: "Add Gift Wrapping? (+$5)",
#: a sale's badge "-50,00 €". (A dash and a space before a price is a list's bullet.)
SIGNS = frozenset("+-−–")
#: A bare price line holds the price and a word or two at most ("From $8.99", "Sale price €88"): a
#: line of text that names a price ("Tickets are $12 at the door") is longer.
PRICE_LINE_MAX_WORDS = 5
#: A sale price as WooCommerce prints it, with the note for screen readers that a renderer keeps: "$30.00
#: Original price was: $30.00.$21.00Current price is: $21.00." The note says the prices again; the line
#: is read as what stands before it (the old price, after the item's size at most: "80ml $24.95").
#: (The note's words are looked for as a plain string before the pattern runs: a pattern that may open
#: with a space is tried at every position of a paragraph.)
SALE_PRICE_WORDS = "Original price was:"
SALE_PRICE_NOTE = re.compile(r"\s?" + re.escape(SALE_PRICE_WORDS))
#: An item of a grid is its price and at most this many lines (brand, name, variant, rating, button; a
#: camera shop's item adds its code, a few one-line features, a saving and a financing offer): from one
#: price to the next, at least two lines (a name and a price) and at most this many.
ITEM_MAX_LINES = 20
#: The items of one grid are alike: the longest at most this many lines longer than the shortest, or
#: at most twice as long (a long item lists one feature or badge more or less than the next).
ITEM_LENGTH_SPREAD = 2
#: A grid has at least this many items: a product page's own price stands once, and a box of two or
#: three offers beside a text is no shop's grid.
GRID_MIN_ITEMS = 4
#: A short line (at most ``BUTTON_MAX_WORDS`` words) repeated word for word in this share of a grid's
#: items is a button or a badge of every item ("Show options", "Quick view", "New"), not an item's name.
BUTTON_SHARE = 0.5
BUTTON_MAX_WORDS = 3

#: A product page prints the product's price alone on its line, above any grid of other products it
#: shows ("You may also like", "Complete the set"): a price line of at most this many words ...
OWN_PRICE_MAX_WORDS = 4
#: ... that opens with the price or has this share of its characters figures ("$ 335.00").
OWN_PRICE_DIGIT_SHARE = 0.3
NONZERO = re.compile(r"[1-9]")
#: A category's filter prints its price ranges in a column above the grid ("$150 - 300", "$300 - 500",
#: "$500 - 1,000", "$1,000 - 3,000"): at least this many price lines one under the other are no item's
#: price, nor a product's own. An item prints three at most (its price, the old price, the saving: "Save
#: $130.00").
PRICE_COLUMN_LINES = 4
#: A sale's badge between an item's new and old price: a share ("Save 25%", "-30%", "25% off") and a word
#: or two at most; a name that holds a share ("100% Merino Wool Crew Sock") is longer.
SHARE = re.compile(r"\d\s?%")
SAVING_MAX_WORDS = 3

REASON = "item of a shop's grid: {n} items of a few lines alike, each with its price"


class GridLine(NamedTuple):
    """A line of a grid's items: why it is one, and the first line of its grid (a grid that starts
    above a header that closes the article runs on past it: "Popular" over the next row of products)."""

    reason: str
    first: int


def price_line(line: Line) -> bool:
    """A line that is a price and little else (see ``PRICE_LINE_MAX_WORDS``; a sale price's note for
    screen readers, ``SALE_PRICE_NOTE``, and what follows it not counted). A price holds a figure: a line
    without one is not searched."""
    if not line.digit_share:
        return False
    if line.words > PRICE_LINE_MAX_WORDS:
        note = SALE_PRICE_NOTE.search(line.text) if SALE_PRICE_WORDS in line.text else None
        if note is None or len(tokens(line.text[:note.start()])) > PRICE_LINE_MAX_WORDS:
            return False
        return _unsigned(line.text, PRICE.search(line.text, 0, note.start()))
    return _unsigned(line.text, PRICE.search(line.text))


def _unsigned(text: str, price: re.Match | None) -> bool:
    """A price found in ``text``, with no sign glued to it (see ``SIGNS``)."""
    return price is not None and text[price.start() - 1:price.start()] not in SIGNS


def grid_items(page: Page, labels: list[Label]) -> dict[int, GridLine]:
    """The lines of every shop's grid on the page that are the items' text (not their buttons), each
    with the reason: undecided or prose lines that no stage took for chrome."""
    lines = page.lines
    # Adjacent price lines (an old and a new price) are one item's price: the start of each price.
    # (A price holds a figure: a line without one is ruled out before the call.)
    priced = [False] + [price_line(line) if line.digit_share else False for line in lines]  # [i + 1]: line i
    # A price of nothing ("$0.00") is a cart's total or subtotal, no item's price; the old price under the
    # new one and its saving ("$96.73", "Save 25%", "compared to $129.00") is the same item's.
    # A column of prices is a filter's price ranges, no item's price (see ``PRICE_COLUMN_LINES``).
    starts = [i for i in compress(count(), priced[1:]) if not labels[i].final and not priced[i]
              and NONZERO.search(lines[i].text) is not None
              and not (i > 1 and priced[i - 1] and _saving(lines[i - 1]))
              and sum(priced[i + 1:i + 1 + PRICE_COLUMN_LINES]) < PRICE_COLUMN_LINES]
    if len(starts) < GRID_MIN_ITEMS:  # too few prices for a grid: most pages
        return {}
    # Paragraphs up to each line: an item that holds one is a section of a text, not a grid's item.
    paragraphs = list(accumulate([label.cls == GOOD and line.terminal for line, label in zip(lines, labels)],
                                 initial=0))
    out: dict[int, GridLine] = {}
    run: list[int] = []
    own_price = False  # a product's own price seen above: the grids under it are other products
    for start in starts + [None]:
        if start is not None and run and _fits(run, start) and paragraphs[start] == paragraphs[run[-1]]:
            run.append(start)
            continue
        if len(run) >= GRID_MIN_ITEMS and not own_price:
            out.update(_items(page, labels, run))
        own_price = own_price or len(run) == 1 and _bare_price(lines[run[0]])
        run = [start] if start is not None else []
    return out


def _saving(line: Line) -> bool:
    """A sale's badge between the new price and the old ("Save 25%", "-30%", "25% off"): see ``SHARE``."""
    return line.words <= SAVING_MAX_WORDS and SHARE.search(line.text) is not None


def _bare_price(line: Line) -> bool:
    """A price that stands alone ("$ 335.00", "€49.99 VAT included"), as a product page prints the
    product's: a word or two at most, and either mostly figures or the price first ("Gifts under $50"
    is an item of a menu); not nothing ("0,00 €" is the total of an empty cart in the shop's header)."""
    return line.words <= OWN_PRICE_MAX_WORDS and (line.digit_share >= OWN_PRICE_DIGIT_SHARE
                                                  or PRICE.match(line.text) is not None) \
        and NONZERO.search(line.text) is not None


def _fits(run: list[int], start: int) -> bool:
    """Whether a price at ``start`` is the next item of the grid whose prices start at ``run``."""
    gaps = [b - a for a, b in zip(run, run[1:])] + [start - run[-1]]
    shortest = min(gaps)
    return 2 <= gaps[-1] <= ITEM_MAX_LINES and max(gaps) <= max(shortest + ITEM_LENGTH_SPREAD, 2 * shortest)


def _items(page: Page, labels: list[Label], run: list[int]) -> dict[int, GridLine]:
    """The items' lines of a grid whose prices start at ``run``: from the first item's lines above its
    price (as many as stand between two prices, at most) to the last item's price and the lines
    after it (as many), without the chrome, the set-aside lines and the buttons."""
    n = len(run)
    between = min(b - a for a, b in zip(run, run[1:]))
    first, last = run[0], run[-1]
    while first > 0 and run[0] - first < between - 1 and _free(labels[first - 1]):
        first -= 1
    while last + 1 < len(labels) and last - run[-1] < between - 1 and _free(labels[last + 1]):
        last += 1
    counts = Counter(page.lines[i].key for i in range(first, last + 1))
    grid = GridLine(REASON.format(n=n), first)
    return {i: grid for i in range(first, last + 1)
            if _free(labels[i]) and not (counts[page.lines[i].key] >= BUTTON_SHARE * n
                                         and page.lines[i].words <= BUTTON_MAX_WORDS
                                         and not price_line(page.lines[i]))}


def _free(label: Label) -> bool:
    """A line no stage has taken for chrome or set aside, or an item's name that reads as a list on its
    own (see :func:`listed_name`)."""
    return (label.cls != BAD and label.keep is not False or listed_name(label)) and not label.aside \
        and not label.final


def listed_name(label: Label) -> bool:
    """A product's name that the features stage took for a list: its specs without function words
    ("GIGABYTE Radeon RX 9060 XT 16GB GDDR6 PCI Express 5.0 x16 ATX Graphics Card") or short
    comma-separated items ("MacBook Air, 15-inch, M5 Chip"). In a grid's item it is the item's name."""
    return label.stage == FEATURES_STAGE and (label.reason == TAG_REASON
                                              or label.reason.startswith(UNPUNCTUATED_REASON))


#: A grid whose items show this many prices or more is a category's products, never an advertisement
#: beside an article (a box of flats, cars or offers shows a handful): the text beside it, however long,
#: is the category's buying guide. Prices its items show, not items found: a cart's table of variants
#: that the judges set aside ("Blue / 40L", "$39.99/ea", "$0.00", row after row) shows none.
CATEGORY_MIN_PRICES = 12


def outweighs(page: Page, grid: list[int], article_words: int) -> bool:
    """The grid's items hold more words than the paragraphs of the text beside it, or show
    ``CATEGORY_MIN_PRICES`` prices: the page is the shop's category and the text its blurb or its buying
    guide under the products, not an article beside which a grid of flats or cars is an advertisement,
    which holds fewer words than the article."""
    return sum(page.lines[i].words for i in grid) > article_words \
        or sum(price_line(page.lines[i]) for i in grid) >= CATEGORY_MIN_PRICES


NAME = "grids"


def run(page: Page, labels: list[Label]) -> list[Label]:
    """The stage: every line of a shop's grid that is an item's text, with its :class:`GridLine`
    recorded (:attr:`Label.grid`). It decides nothing itself: the context stage keeps the items where
    the grid is the page's text (see :mod:`.context`)."""
    return recorded(labels, ("grid",), {i: (item,) for i, item in grid_items(page, labels).items()})
