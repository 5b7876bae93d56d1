"""Hard-wrapped text (cleaner.unwrap): the lines of one wrapped paragraph are judged as one block."""
from __future__ import annotations

import textwrap
from pathlib import Path

from cleaner import clean, explain
from cleaner import unwrap
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


def _groups(lines: list[str]) -> list[list[str]]:
    return [[lines[i] for i in g] for g in blocks(lines)]


def test_a_page_of_headlines_counts_as_wrapped_by_its_lower_case_continuations(monkeypatch):
    # A news page: headlines over half the width make the broken lines a small share of the long prose
    # lines; the paragraph lines that go on lower-case show the wrapping all the same.
    headlines = ["Markets rally as oil prices fall again",
                 "Museum theft: police release pictures",
                 "New bridge opens after years of delays",
                 "Council approves budget for next year",
                 "Storm warning issued for the east coast",
                 "Local team wins the cup after shootout"]
    paras = [textwrap.wrap(para, 72) for para in PROSE[:2]]
    lines = headlines * 4 + [""] + paras[0] + [""] + paras[1] + [""] + headlines * 2
    groups = _groups(lines)
    assert paras[0] in groups and paras[1] in groups
    monkeypatch.setattr(unwrap, "MIN_CONTINUED_LINES", len(lines))
    assert blocks(lines) == [[i] for i, line in enumerate(lines) if line], "the share test alone fails"


def test_unwrapped_headlines_with_lower_case_lines_stay_one_block_each():
    # Body look-alike: an unwrapped page of headlines and paragraphs, a few lines starting lower-case (a
    # brand name): too few of them, and the paragraphs are wider than any wrapping width.
    lines = ["Markets rally as oil prices fall for a third day in a row and the pound",
             "iPhone sales slow in China as rivals cut their prices for the holidays",
             "Council approves budget for the next school year without a vote on it",
             "eBay sellers face new fees from next month, the company says in a note"] + PROSE[:4]
    assert blocks(lines) == [[i] for i in range(len(lines))]


def test_a_paragraphs_short_last_line_that_ends_the_sentence_is_joined():
    # "Dec. 6." reads as a headline to the prose test (no lower-case word); it ends the sentence that the
    # full line above leaves open.
    para = textwrap.wrap("Rolling Stone reported details of the reunion tour that stops at Blossom Music "
                         "Center on July 22. The trek will feature members Tom Johnston, Patrick Simmons, "
                         "John McFee and McDonald together for the first time in 25 years. Tickets for the "
                         "anniversary tour go on sale at 10 a.m. Friday, Dec. 6.", 72)
    assert para[-1] == "Dec. 6." and not unwrap._prose(para[-1])
    text, _ = wrapped_page(72)
    assert para in _groups(text.split("\n") + [""] + para)


def test_a_menu_item_under_a_paragraph_is_not_its_last_line():
    # Look-alikes: under a line that leaves its sentence open, a short line that ends no sentence (a menu
    # item); under a paragraph's own last line, a short line that ends one ("Reuters.").
    text, _ = wrapped_page(72)
    open_line = "The council will meet again next week to decide on the final route of the"
    closed_line = "The council will meet again next week to decide on the final route, then."
    lines = text.split("\n") + ["", open_line, "Home", "", closed_line, "Reuters."]
    groups = _groups(lines)
    assert ["Home"] in groups and ["Reuters."] in groups


def test_a_wrapped_list_item_or_heading_that_breaks_inside_a_phrase_is_joined():
    # Title case to the prose test, but the break falls after a comma, inside brackets, before a
    # lower-case word or after one.
    items = ["June 14 -- Ameris Bank Amphitheatre (Formerly Verizon Amphitheatre), Alpharetta, GA",
             "June 14 – Alpharetta, GA @ Ameris Bank Amphitheatre (Formerly Verizon Amphitheatre)",
             "June 23 – Virginia Beach, VA @ Veterans United Home Loans Amphitheater at Virginia Beach",
             "Die elektronische Patientenakte (ePA) – der lange Marsch durch die Institutionen ins Digitale"]
    wrapped = [textwrap.wrap(item, 72) for item in items]
    assert all(len(item) == 2 for item in wrapped)
    text, _ = wrapped_page(72)
    lines = text.split("\n")
    for item in wrapped:
        lines += [""] + item
    groups = _groups(lines)
    assert all(item in groups for item in wrapped)


def test_a_share_row_ending_lower_case_is_not_joined_to_the_paragraph_under_it():
    # Found by the hard-wrapped property test: "Copy link" ends the share row on a lower-case word, as a
    # phrase broken by the wrapper would; joined to the paragraph under it, the paragraph went with it.
    first = textwrap.wrap(PROSE[0], 60)
    second = textwrap.wrap(PROSE[1], 60)
    share = "Share | Tweet | Email | Facebook | LinkedIn | Copy link"
    lines = first + [share] + second
    groups = _groups(lines)
    assert [share] in groups and second in groups
    out = clean("\n".join(lines)).split("\n")
    assert all(line in out for line in first + second) and share not in out


def test_a_title_case_line_ending_lower_case_is_not_joined_to_a_paragraph_under_it():
    # The title-case line ends on a lower-case word and "Researchers" would not have fitted after it, but
    # a line of prose that starts upper-case is a paragraph of its own: two blocks.
    head = "Council Extends Night Bus Service For Two More Years After A Debate in"
    para = textwrap.wrap(PROSE[2], 72)
    text, _ = wrapped_page(72)
    groups = _groups(text.split("\n") + ["", head] + para)
    assert [head] in groups and para in groups


def test_title_case_lines_that_end_on_a_name_are_not_joined():
    # Look-alike: related headlines one per line, each filling the width and ending on a name.
    text, _ = wrapped_page(72)
    heads = ["Prince Andrew Steps Back From Royal Duties After Interview With The BBC",
             "Manchester United Appoint New Manager After Months Of Speculation Over Job",
             "Champions League Draw Pairs Liverpool With Atletico Madrid In Last Sixteen"]
    groups = _groups(text.split("\n") + [""] + heads)
    assert all([head] in groups for head in heads)


def test_a_heading_under_a_paragraphs_full_last_line_is_a_block_of_its_own():
    # The paragraph's last line fills the width and ends a sentence; "Related articles" would not have
    # fitted after it, but it ends its block without ending a sentence: a heading, not the paragraph's.
    para = textwrap.wrap(PROSE[0], 72)
    assert len(para[-1]) + 1 + len("Related") > 72
    text, _ = wrapped_page(72)
    groups = _groups(text.split("\n") + [""] + para + ["Related articles", ""] + textwrap.wrap(PROSE[5], 72))
    assert ["Related articles"] in groups and para in groups


def test_a_label_with_a_colon_under_a_paragraphs_full_last_line_is_a_block_of_its_own():
    # A label ends with a colon as a paragraph's last clause may; glued to the paragraph, a closing
    # label ("Alle Rechte vorbehalten:") would take the paragraph along with it.
    para = textwrap.wrap(PROSE[0], 72)
    text, _ = wrapped_page(72)
    for label in ("Alle Rechte vorbehalten:", "Mehr zum Thema:", "Tags:"):
        assert len(para[-1]) + 1 + len(label.split()[0]) > 72
        lines = text.split("\n") + [""] + para + [label]
        assert [label] in _groups(lines) and para in _groups(lines)
        assert all(line in clean("\n".join(lines)).split("\n") for line in para)


def test_a_paragraphs_last_clause_with_a_colon_stays_in_its_block():
    # Look-alike: the paragraph's own last line, a clause of more words that a list follows.
    para = ["Health authorities confirmed a third case of the plague on Monday.",
            "Officials named the three places that the patients visited last week:"]
    assert textwrap.wrap(" ".join(para), 72) == para
    text, _ = wrapped_page(72)
    assert para in _groups(text.split("\n") + [""] + para + ["", "- the market", "- the station"])


def test_a_paragraph_that_goes_on_after_a_sentence_end_stays_one_block():
    # Look-alike: after a line that ends a sentence the paragraph goes on, and its last line ends one.
    para = ["Health authorities confirmed a third case of the plague on Monday. The",
            "man was quarantined after the diagnosis, along with the twenty-eight",
            "people he came into contact with. Officials said the risk was low.",
            "Schools stay open."]
    assert textwrap.wrap(" ".join(para), 72) == para
    text, _ = wrapped_page(72)
    assert para in _groups(text.split("\n") + [""] + para)


def test_a_quotations_lines_are_joined_after_their_marks():
    # E-mail and Markdown quoting: the word that did not fit is the one after "> ".
    quote = ["> " + line for line in textwrap.wrap(PROSE[3], 70)]
    text, _ = wrapped_page(72)
    groups = _groups(text.split("\n") + [""] + quote + [">", "> Posted by the council press office"])
    assert quote in groups and ["> Posted by the council press office"] in groups


def test_a_line_that_ends_on_an_abbreviation_goes_on_lower_case():
    # "2 a.m." ends the line, not the sentence: the next line goes on with it.
    para = textwrap.wrap("Their doubles match sealed the victory of Spain over Russia at 2 a.m. local time on "
                         "Wednesday, when most of the crowd had long gone home.", 72)
    assert para[0].endswith("a.m.") and para[1].startswith("local")
    text, _ = wrapped_page(72)
    assert para in _groups(text.split("\n") + [""] + para)


def test_a_lower_case_line_under_a_sentence_end_starts_a_block():
    # Look-alike: a paragraph's last line fills the width and ends a sentence; the lower-case line under
    # it (a link, a label) is not the paragraph's.
    para = textwrap.wrap(PROSE[0], 72)
    assert len(para[-1]) + 1 + len("share") > 72
    text, _ = wrapped_page(72)
    groups = _groups(text.split("\n") + [""] + para + ["share this story"])
    assert para in groups and ["share this story"] in groups


def test_table_rows_do_not_set_the_width():
    # A booking calendar's rows, many and alike, 66 columns wide with their cells apart: not prose, so
    # they do not vote for a width of 66 over the paragraphs' 72.
    rows = ["{}               {}               {}               {}               {}".format(*range(d, d + 5))
            for d in range(1, 28, 7)] * 8
    paras = [textwrap.wrap(para, 72) for para in PROSE[:4]]
    lines = rows + [line for para in paras for line in [""] + para]
    groups = _groups(lines)
    assert all(para in groups for para in paras)


def test_a_paragraph_with_two_spaces_after_its_sentences_is_prose():
    # Look-alike: typewriter spacing, two spaces after a full stop, is no gap between table cells.
    paras = [textwrap.wrap(para.replace(". ", ".  "), 72) for para in PROSE[:4]]
    text, _ = wrapped_page(72)
    lines = text.split("\n") + [line for para in paras for line in [""] + para]
    groups = _groups(lines)
    assert all(para in groups for para in paras)
