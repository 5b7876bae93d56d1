"""Markdown from scrapers (cleaner.markdown): stages judge what a reader sees; the output keeps the lines."""
from __future__ import annotations

from pathlib import Path

import pytest

from cleaner import clean, explain
from cleaner.markdown import visible

PROSE = [line.strip() for line in (Path(__file__).parent / "data" / "prose.txt").read_text("utf-8").splitlines()
         if line.strip()]


@pytest.mark.parametrize(("line", "seen"), [
    ("* [Contact Us](/contact/)", "* Contact Us"),
    ("[ Follow us on Facebook ](https://www.facebook.com/example/)", "Follow us on Facebook"),
    ("![A storm over the bay](https://example.com/storm.jpg \"Storm\")", "A storm over the bay"),
    ("![](/img/logo.png)", ""),
    ("See [the report](https://en.wikipedia.org/wiki/Foo_(bar)) for details.", "See the report for details."),
    ("Read the [docs][1] first.", "Read the docs first."),
    ("## Related articles", "Related articles"),
    ("**Updated:** 12 May 2024", "Updated: 12 May 2024"),
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
    # A linked picture: the image inside the link goes first, then the link around it.
    ("[![A storm over the bay](https://example.com/storm.jpg)](/gallery/storm/)", "A storm over the bay"),
    ("* [ ![](//cdn.example.com/play.gif) Storm closes the coastal road ](/news/storm/)",
     "* Storm closes the coastal road"),
])
def test_visible_text_of_a_linked_picture(line, seen):
    assert " ".join(visible(line).split()) == seen
