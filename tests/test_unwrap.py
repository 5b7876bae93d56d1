"""Hard-wrapped text (cleaner.unwrap): the lines of one wrapped paragraph are judged as one block."""
from __future__ import annotations

import textwrap
from pathlib import Path

from cleaner import clean, explain
from cleaner.unwrap import blocks

PROSE = [line.strip() for line in (Path(__file__).parent / "data" / "prose.txt").read_text("utf-8").splitlines()
         if line.strip()]
MENU = ["Home", "News", "World", "Business", "Sport", "Contact us"]
FOOTER = ["Share this article", "Related stories", "Markets rally as oil prices fall",
          "Museum theft: police release pictures", "Copyright 2024 Example Media. All rights reserved."]


def wrapped_page(width: int, paragraphs: int = 4, blank: bool = True) -> tuple[str, list[str]]:
    body = [line for para in PROSE[:paragraphs] for line in textwrap.wrap(para, width)]
    paras = ["\n".join(textwrap.wrap(para, width)) for para in PROSE[:paragraphs]]
    sep = "\n\n" if blank else "\n"
    return sep.join(MENU + paras + FOOTER), body


def test_wrapped_paragraph_lines_form_one_block_each():
    text, _ = wrapped_page(72)
    lines = text.split("\n")
    groups = [[lines[i] for i in g] for g in blocks(lines)]
    for para in PROSE[:4]:
        assert textwrap.wrap(para, 72) in groups
    assert ["Home"] in groups and ["Related stories"] in groups


def test_hard_wrapped_article_keeps_every_body_line_and_drops_the_chrome():
    for width, blank in ((72, True), (80, False), (64, True)):
        text, body = wrapped_page(width, blank=blank)
        out = clean(text).split("\n")
        assert [line for line in out if line] == body, (width, blank)


def test_explain_gives_one_decision_per_input_line_of_a_block():
    text, _ = wrapped_page(72)
    decisions = explain(text).decisions
    assert [d.line for d in decisions] == [line for line in text.split("\n") if line]
    assert [d.line_number for d in decisions] == [n for n, line in enumerate(text.split("\n"), 1) if line]
    first_para = textwrap.wrap(PROSE[0], 72)
    reasons = {d.reason for d in decisions if d.line in first_para}
    assert len(reasons) == 1 and all(d.keep for d in decisions if d.line in first_para)


def test_a_few_lines_wider_than_the_width_do_not_hide_the_wrapping():
    # html2text leaves headings, table rows and list items unwrapped: the width is where most lines
    # break, not the longest line.
    text, body = wrapped_page(72)
    wide = ["| Year | Visitors | Change on the previous year | Share of the regional total |",
            "  * " + PROSE[5]]
    text = text.replace("Share this article", "\n\n".join([*wide, "Share this article"]))
    lines = text.split("\n")
    groups = [[lines[i] for i in g] for g in blocks(lines)]
    assert textwrap.wrap(PROSE[0], 72) in groups
    assert [line for line in clean(text).split("\n") if line][:len(body)] == body


def test_unwrapped_text_stays_one_block_per_line():
    # One paragraph per line (Common Crawl WET): the longest lines are far wider than any wrap width.
    text = "\n".join(MENU + PROSE[:6] + FOOTER)
    lines = text.split("\n")
    assert blocks(lines) == [[i] for i in range(len(lines))]


def test_a_short_page_of_short_lines_is_not_taken_as_wrapped():
    lines = ["Home", "About us", "Opening hours: 9 to 5, Monday to Friday",
             "Call us on 0123 456 789 or write to the office", "Directions", "Contact"]
    assert blocks(lines) == [[i] for i in range(len(lines))]


def test_list_items_start_their_own_block_after_a_full_line():
    para = textwrap.wrap(" ".join(PROSE[:3]), 70)
    items = ["- first item of the list that follows", "- second item", "1. a numbered item"]
    lines = para + items
    groups = blocks(lines)
    assert groups[0] == list(range(len(para)))
    assert groups[1:] == [[len(para)], [len(para) + 1], [len(para) + 2]]


def test_chinese_lines_are_never_joined():
    # CJK text wraps between any two characters: the next-word test does not apply.
    line = "在抗击新冠肺炎疫情的日子里封在武汉的父母们总要万般无奈而又小心翼翼回应着孩子天真的追问" * 2
    lines = [line[:70]] * 12
    assert blocks(lines) == [[i] for i in range(12)]


def test_cleaning_wrapped_text_twice_changes_nothing():
    text, _ = wrapped_page(72)
    once = clean(text)
    assert clean(once) == once


def test_the_widest_of_tying_widths_is_the_wrapping_width():
    # Two short paragraphs wrapped at 60 columns between two long title-case lines: widths 58 and 60 fit
    # as many breaks, and at 58 the longest paragraph line and the title lines would stand over it.
    paragraphs = ["The coach admitted after the game that his team had been lucky to hold on in the final "
                  "minutes, when the opposition threw everyone forward and hit the post twice. He said he was "
                  "proud of the way his young defenders had kept their heads under pressure, but that they "
                  "would have to play a great deal better if they wanted to reach the final.",
                  "Prices in the shops rose more slowly last month than economists had expected, giving some "
                  "relief to households that have struggled with higher bills for food and energy. The "
                  "central bank has signalled that it is in no hurry to cut interest rates, however, and most "
                  "analysts think it will wait until the summer before it makes any change."]
    title = "Doobie, Doobie, Doobie Doobie, Doobie Doobie, Doobie Doobie"
    wrapped = [textwrap.wrap(para, 60) for para in paragraphs]
    lines = [title, *wrapped[0], *wrapped[1], title]
    assert [[lines[i] for i in g] for g in blocks(lines)] == [[title], *wrapped, [title]]
