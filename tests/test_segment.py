"""Lines far longer than any paragraph (a page or an article without line breaks) are judged in pieces,
and a chrome phrase that a long line of prose merely contains never drops it."""
from __future__ import annotations

from pathlib import Path

import pytest

from cleaner import clean, explain
from cleaner import lexicon
from cleaner import segment
from cleaner.segment import LONG_LINE

DATA = Path(__file__).parent / "data"
PROSE = [line for line in (DATA / "prose.txt").read_text("utf-8").splitlines() if line.strip()]
PROSE_DE = [line for line in (DATA / "prose_de.txt").read_text("utf-8").splitlines() if line.strip()]

MENU = "Home | News | Sport | Business | Culture | Travel | Weather"
SHARE = "Share this article"
FOOTER = ["Related articles", "Storm Hits Coast As Thousands Lose Power", "Minister Resigns After Scandal",
          "Markets Rally As Oil Prices Fall", "© 2024 Example Media. All rights reserved."]


def pieces(line: str) -> list[str]:
    return segment.pieces(line, lexicon.load().whole)


def one_line(*blocks: str) -> str:
    return " ".join(blocks)


def output_lines(text: str) -> list[str]:
    return [line for line in text.split("\n") if line]


def ordered_substrings(needles: list[str], line: str) -> bool:
    """Every needle is a substring of ``line``, each one after the one before."""
    at = 0
    for needle in needles:
        found = line.find(needle, at)
        if found < 0:
            return False
        at = found + len(needle)
    return True


# ------------------------------------------------------------------------------------- pieces

def test_a_line_up_to_the_limit_is_one_piece():
    line = ("A sentence. " * (LONG_LINE // 12))[:LONG_LINE]
    assert pieces(line) == [line]
    assert pieces(PROSE[0]) == [PROSE[0]]


def test_a_long_line_is_cut_after_sentences_menus_and_chrome_phrases():
    line = one_line(MENU, *PROSE[:12], SHARE)
    assert len(line) > LONG_LINE
    cut = pieces(line)
    assert "".join(cut) == line  # the pieces are the line, verbatim and in order
    stripped = [p.strip() for p in cut]
    # A run of menu items is one piece, as it is one line on a page with its line breaks.
    assert stripped[0] == "Home | News | Sport | Business | Culture | Travel |"
    # Each paragraph's sentences are pieces of their own.
    first_sentence = PROSE[0].split(". ")[0] + "."
    assert any(p.endswith(first_sentence) for p in stripped)
    assert all(len(p) <= LONG_LINE for p in cut)
    assert stripped[-1] == SHARE  # a chrome phrase standing alone is a piece of its own


def test_a_chrome_phrase_that_starts_a_sentence_is_no_cut():
    sentence = "Share this article with a friend who cares about the river. "
    line = sentence * (LONG_LINE // len(sentence) + 1)
    assert {p.strip() for p in pieces(line)} == {sentence.strip()}


def test_no_cut_before_a_lower_case_word():
    line = "He arrived at approx. five in the morning, e.g. before the others. " * 80
    stripped = [p.strip() for p in pieces(line)]
    assert stripped[0] == "He arrived at approx. five in the morning, e.g. before the others."


def test_chinese_is_cut_after_its_full_stops():
    sentence = "北京时间今天上午，国家统计局发布了最新的经济数据。"
    line = sentence * 200
    assert len(line) > LONG_LINE
    assert [p.strip() for p in pieces(line)] == [sentence] * 200


def test_a_chinese_line_is_too_long_sooner():
    sentence = "北京时间今天上午，国家统计局发布了最新的经济数据。"  # 25 characters
    page_line = sentence * 60  # 1,500 characters: a news page without line breaks
    assert len(page_line) < LONG_LINE and segment.too_long(page_line)
    assert [p.strip() for p in pieces(page_line)] == [sentence] * 60
    paragraph = sentence * 44  # 1,100 characters: a long paragraph stays whole
    assert pieces(paragraph) == [paragraph]
    spaced = ("word " * 300).strip()  # 1,499 characters of a spaced script stay whole
    assert pieces(spaced) == [spaced]


def test_text_without_cut_points_is_cut_at_spaces_or_at_the_limit():
    words = "word " * 2000
    cut = pieces(words)
    assert "".join(cut) == words and all(len(p) <= LONG_LINE for p in cut) and len(cut) > 1
    assert all(p.strip().split(" ") == ["word"] * len(p.strip().split(" ")) for p in cut)  # no word cut in two
    run = "x" * (3 * LONG_LINE + 5)
    assert pieces(run) == ["x" * LONG_LINE] * 3 + ["x" * 5]


# ------------------------------------------------------------------------------------- pages

def article_on_one_line(body: list[str]) -> str:
    return one_line(MENU, "Listen Live", "Storm Hits Coast As Thousands Lose Power", *body, SHARE, *FOOTER)


def test_a_page_on_one_line_keeps_its_body_and_drops_its_menus():
    body = PROSE[:8]
    text = article_on_one_line(body)
    assert len(text) > LONG_LINE
    out = output_lines(clean(text))
    assert ordered_substrings(out, text), "an output line that is not a piece of the input line"
    kept = " ".join(out)
    for para in body:
        assert para in kept
    assert not any(line.startswith(("Home", "Weather", "Listen Live", "Share this", "Related")) for line in out)
    assert "All rights reserved" not in kept and "Minister Resigns After Scandal" not in kept


def test_explain_shows_every_piece_with_the_line_number():
    text = "Breaking news\n\n" + article_on_one_line(PROSE[:8])
    exp = explain(text)
    assert exp.text == clean(text)
    rows = [d for d in exp.decisions if d.line_number == 3]
    assert len(rows) > 20
    assert [d.line for d in rows] == [p.strip() for p in pieces(text.split("\n")[2]) if p.strip()]
    assert any(not d.keep for d in rows) and any(d.keep for d in rows)
    assert exp.decisions[0].line_number == 1 and exp.decisions[0].line == "Breaking news"


def test_a_page_on_one_line_cleans_to_a_fixed_point():
    once = clean(article_on_one_line(PROSE[:8]))
    assert clean(once) == once


def test_a_page_with_line_breaks_is_judged_whole_line_by_line():
    """The pieces are only for lines over LONG_LINE: the same page with its line breaks keeps whole
    paragraphs, each one line of the output."""
    text = "\n".join([MENU, "Listen Live", *PROSE[:8], SHARE, *FOOTER])
    assert output_lines(clean(text)) == PROSE[:8]


# ------------------------------------------------------------------------------------- lexicon

def test_a_contained_chrome_phrase_drops_a_short_line():
    lex = lexicon.load()
    line = "We may receive a commission when you buy through links on our site."
    entry = lex.match(line)
    assert entry is not None and not entry.keep and entry.contained


@pytest.mark.parametrize("phrase,prose", [
    ("We may receive a commission from purchases made through these links", PROSE),
    ("Abonnieren Sie meinen Newsletter", PROSE_DE),
])
def test_a_contained_chrome_phrase_never_drops_a_long_line_of_prose(phrase, prose):
    lex = lexicon.load()
    assert lex.match(phrase) is not None  # chrome on a line of its own
    para = " ".join(prose[:4])  # a long paragraph
    assert len(para) > lexicon.MAX_OUTSIDE_CONTAINED
    words = para.split(" ")
    inside = " ".join([*words[:10], phrase.lower(), *words[10:]])
    assert lex.match(inside) is None
    assert lex.match(" ".join([*prose[0].split(" ")[:10], phrase.lower()])) is not None  # a short one goes
    article = " ".join([*prose[1:6], phrase + ".", *prose[6:8]])  # an article on one line, the phrase in it
    assert len(lexicon.normalise(article)) > lexicon.MAX_OUTSIDE_CONTAINED
    assert lex.match(article) is None
    kept = " ".join(output_lines(clean(article)))
    for p in [*prose[1:6], *prose[6:8]]:
        assert p in kept


def test_a_copy_of_the_text_on_one_line_goes_whole_though_cut_into_pieces():
    """The page's text printed again as one long line (structured data, a read-aloud player) is a dump
    (see cleaner.stages.dumps) whatever its length: its pieces are judged together, and all go."""
    body = PROSE[:10]
    dump = " ".join(body)
    assert segment.too_long(dump)
    text = "\n".join([MENU, *body, SHARE, dump, *FOOTER])
    exp = explain(text)
    dump_number = len(body) + 3
    rows = [d for d in exp.decisions if d.line_number == dump_number]
    assert len(rows) > 10 and all(not d.keep and d.stage == "dumps" for d in rows)
    assert output_lines(clean(text)) == body
