"""Markdown from scrapers (cleaner.markdown): stages judge what a reader sees; the output keeps the lines."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner import Config, clean, explain
from cleaner.labels import SHORT
from cleaner.page import build
from cleaner.stages import features
from cleaner.markdown import link_share, visible, visible_parts

PROSE = [line.strip() for line in (Path(__file__).parent / "data" / "prose.txt").read_text("utf-8").splitlines()
         if line.strip()]


@pytest.mark.parametrize(("line", "seen"), [
    ("* [Contact Us](/contact/)", "* Contact Us"),
    ("[ Follow us on Facebook ](https://www.facebook.com/example/)", "Follow us on Facebook"),
    # A picture shows no text: its alt text is not read.
    ("![A storm over the bay](https://example.com/storm.jpg \"Storm\")", ""),
    ("![A storm \\[File: Reuters\\]](https://example.com/storm.jpg) Crowds on the pier.", "Crowds on the pier."),
    ("![](/img/logo.png)", ""),
    ("See [the report](https://en.wikipedia.org/wiki/Foo_(bar)) for details.", "See the report for details."),
    ("Read the [docs][1] first.", "Read the docs first."),
    ("## Related articles", "Related articles"),
    ("**Updated:** 12 May 2024", "Updated: 12 May 2024"),
    ("It may not be _for me_, but it is *very* good.", "It may not be for me, but it is very good."),
    # A lone star is no emphasis (an emoticon, a footnote mark), nor one inside a word or a number.
    ("Would you like to visit my blog? :*", "Would you like to visit my blog? :*"),
    ("snake_case_name, 2*3*4 and \\*stars\\*", "snake_case_name, 2*3*4 and \\*stars\\*"),
    ("     * [12]Contact us", "* Contact us"),
    ("[8]Share on Facebook [9]Share on Twitter", "Share on Facebook Share on Twitter"),
    # Plain text and code are left alone; a citation mark is followed by a space.
    ("As the survey showed.[3] Most workers agreed.", "As the survey showed.[3] Most workers agreed."),
    ("2**10 is 1024, and snake__case stays", "2**10 is 1024, and snake__case stays"),
    ("#hashtag and C# and x ** y", "#hashtag and C# and x ** y"),
    ("The council met on Tuesday [see below] (and again on Friday).",
     "The council met on Tuesday [see below] (and again on Friday)."),
])
def test_visible_text(line, seen):
    assert visible(line) == seen


#: Linked chrome between the paragraphs, where only the lexicon can tell it: inside the body span a short
#: line is taken for a subheading.
INLINE_CHROME = ["[Share on Facebook](https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fexample.com)",
                 "* [Subscribe to our newsletter](/newsletter/)", "[Advertisement](https://ads.example.com/x)"]


def markdown_page() -> tuple[str, list[str]]:
    body = ["# Night buses stay for two more years", PROSE[0], INLINE_CHROME[0],
            "Supporters pointed to [a survey](https://example.com/survey.pdf) of shift workers.", PROSE[1],
            INLINE_CHROME[1], PROSE[3], INLINE_CHROME[2], PROSE[4]]
    menu = ["[Skip to content](#main)", "* [Home](/)", "* [News](/news/)", "* [Sport](/sport/)",
            "* [Contact us](/contact/)", "![](/img/logo.png)"]
    footer = ["## Related articles", "* [Storm closes coastal road](/news/storm-road/)",
              "* [Museum reopens after theft](/news/museum/)", "© 2024 Example Media. [Privacy policy](/privacy/)"]
    return "\n\n".join(menu + body + footer), body


def test_markdown_page_keeps_the_body_lines_verbatim_and_drops_linked_chrome():
    text, _ = markdown_page()
    out = [line for line in clean(text).split("\n") if line]
    assert PROSE[0] in out and PROSE[1] in out
    assert "Supporters pointed to [a survey](https://example.com/survey.pdf) of shift workers." in out
    for chrome in ("* [Home](/)", "* [Contact us](/contact/)", "## Related articles", "![](/img/logo.png)",
                   *INLINE_CHROME):
        assert chrome not in out, chrome
    assert [line for line in out if line in PROSE] == [PROSE[0], PROSE[1], PROSE[3], PROSE[4]]


def test_explain_shows_the_markdown_line_as_given():
    text, _ = markdown_page()
    lines = [d.line for d in explain(text).decisions]
    assert "* [Home](/)" in lines and "![](/img/logo.png)" in lines


def test_image_only_and_empty_link_lines_do_not_break_anything():
    text = "\n".join(["![](/a.png)", "[](https://example.com)", PROSE[2], "![](/b.png)"])
    once = clean(text)
    assert PROSE[2] in once.split("\n")
    assert clean(once) == once


@pytest.mark.parametrize(("line", "seen"), [
    # A linked picture: the picture inside the link goes first, then the link around it.
    ("[![A storm over the bay](https://example.com/storm.jpg)](/gallery/storm/)", ""),
    ("* [ ![](//cdn.example.com/play.gif) Storm closes the coastal road ](/news/storm/)",
     "* Storm closes the coastal road"),
])
def test_visible_text_of_a_linked_picture(line, seen):
    assert " ".join(visible(line).split()) == seen


@pytest.mark.parametrize(("line", "seen"), [
    ("[ Storm closes the coastal road", "Storm closes the coastal road"),
    ("* [ Storm closes the coastal road", "* Storm closes the coastal road"),
    ("the second time this week ](/news/storm-road/ \"Storm closes the road\")", "the second time this week"),
    ("](/news/storm-road/ \"Storm closes the road\")", ""),
    # A bracket that opens in running text and closes on the next line is a hard-wrapped aside.
    ("The council met on Tuesday [see below", "The council met on Tuesday [see below"),
])
def test_visible_text_of_a_link_broken_over_lines(line, seen):
    assert " ".join(visible(line).split()) == seen


@pytest.mark.parametrize(("line", "share"), [
    ("* [Home](/)", 1.0),
    ("[Politics](/politics) | [Sport](/sport)", 1.0),
    ("### [Storm closes the coastal road](/2019/11/storm/)", 1.0),
    ("[![A storm over the bay](https://example.com/storm.jpg)](/gallery/storm/)", 0.0),  # no letters to see
    ("1. [Home](/) >", 1.0),   # a list number and a separator are no running text
    # A link broken over lines: the line's side of it is link text, and its target is not read.
    ("[ Storm closes the coastal road", 1.0),
    ("the second time this week ](/news/storm-road/)", 1.0),
    ("* Privacy Policy](https://example.com/privacy)[", 1.0),
    ("The council met on Tuesday [see below", 0.0),
    ("Plain text without links.", 0.0),
    ("![](/img/logo.png)", 0.0),  # no letters at all
])
def test_link_share(line, share):
    assert link_share(line, visible(line)) == pytest.approx(share)


def test_link_share_of_a_paragraph_with_links_is_low():
    line = ("Supporters pointed to [a survey](https://example.com/survey.pdf) of shift workers, and the "
            "[council's own report](/reports/2019/) came to the same view after a year of counting.")
    assert link_share(line, visible(line)) < 0.3


#: Other stories' headlines as a link list: in sentence case and with function words, each reads as a
#: list item on its own; only the links tell them from the text.
LINKED_HEADLINES = ["* [Storm closes the coastal road for the second time this week](/news/storm-road/)",
                    "* [Museum reopens after the theft of two paintings in May](/news/museum/)",
                    "* [Why the harbour is losing its last fishing boats](/news/harbour/)",
                    "* [A new bridge for the river crossing is still years away](/news/bridge/)"]


def test_a_run_of_linked_headlines_goes_inside_and_after_the_body():
    text = "\n\n".join([PROSE[0], PROSE[1], *LINKED_HEADLINES, PROSE[3], PROSE[4], *LINKED_HEADLINES])
    out = clean(text).split("\n\n")
    assert out == [PROSE[0], PROSE[1], PROSE[3], PROSE[4]]
    reasons = {d.reason for d in explain(text).decisions if d.line in LINKED_HEADLINES}
    assert any("menu or headline list" in reason for reason in reasons), reasons


def test_a_long_link_is_no_paragraph():
    """A link whose words read as prose (a teaser's summary) is a link: the span does not grow over it
    from a paragraph below."""
    caption = ("[![](/img/harbour.jpg) The harbour at dawn, where the last fishing boats of the town still "
               "land their catch every morning](/gallery/harbour/)")
    menu = ["* [Home](/)", "* [News](/news/)", "* [Sport](/sport/)"]
    decision = {d.line: d for d in explain("\n\n".join([*menu, caption, PROSE[0], PROSE[1]])).decisions}[caption]
    assert not decision.keep and decision.reason.startswith("short line before")
    page = build("\n\n".join([caption, PROSE[0]]), Config())
    label = features.classify(page.lines[0], page)
    assert (label.cls, label.reason) == (SHORT, "link: 100% of its letters are link text")


def test_links_in_the_body_stay_a_linked_subheading_and_a_paragraph_with_links():
    subheading = "## [Why the night buses matter](/news/night-buses/)"
    linked = ("Supporters pointed to [a survey](https://example.com/survey.pdf) of shift workers, and the "
              "[council's own report](/reports/2019/) came to the same view after a year of counting.")
    text = "\n\n".join(["* [Home](/)", "* [News](/news/)", "* [Sport](/sport/)", "* [Contact](/contact/)",
                        PROSE[0], linked, subheading, PROSE[1], PROSE[3]])
    assert clean(text).split("\n\n") == [PROSE[0], linked, subheading, PROSE[1], PROSE[3]]


def test_a_picture_between_list_items_does_not_break_the_body():
    """A picture has no text to read (a plain-text rendering prints no line for it): it counts neither
    for the body nor against it, so the list around it stays with the text."""
    items = ["1) Two tents for four people", "2) Sleeping bags for the cold", "3) A stove for any fuel"]
    picture = "[![](https://example.com/img/tent.jpg)](https://example.com/img/tent-large.jpg)"
    text = "\n\n".join([PROSE[0], PROSE[1], items[0], picture, items[1], picture, items[2]])
    out = clean(text).split("\n\n")
    assert [line for line in out if line != picture] == [PROSE[0], PROSE[1], *items]


def test_a_picture_is_no_item_of_a_menu_run():
    """Pictures are no menu items: one between a run of chrome lines and a heading of the text does not
    join the heading to the run."""
    picture = "![](https://example.com/img/jars.jpg)"
    chrome = ["* * *", "### Related post: [Pickled sprouts](/2016/07/pickled-sprouts/)", "* * *"]
    heading = "## Spiced Honey Pear Jam"
    text = "\n\n".join([PROSE[0], PROSE[1], *chrome, picture, heading, PROSE[3], PROSE[4]])
    assert heading in clean(text).split("\n\n")


#: Parts as page.build makes them (stripped, not blank), of Markdown marks and plain words.
PARTS = st.lists(st.lists(st.sampled_from(["#", "##", "[", "]", "(", ")", "(/a)", "!", "*", "**", "_", "__", "\\",
                                           "Home", "news", "2", "x_y", " ", "\t", "é", "日本"]), min_size=1, max_size=8)
                 .map("".join).map(str.strip).filter(bool), min_size=1, max_size=4).map(tuple)


@settings(max_examples=500, deadline=None)
@given(PARTS)
def test_visible_parts_is_visible_of_each_part(parts):
    """The shortcut for parts without Markdown changes nothing: a part with no bracket, star or
    underscore and no leading hash is what a reader sees."""
    assert visible_parts(parts) == " ".join(map(visible, parts))


@pytest.mark.parametrize("parts", [("Home",), ("## Related", "[News](/news) and more"), ("plain words", "**Bold:** x"),
                                   ("a_b c", "2*3*4"), ("# not a heading?", "last line.")])
def test_visible_parts_on_examples(parts):
    assert visible_parts(parts) == " ".join(map(visible, parts))
