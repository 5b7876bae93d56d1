"""Fast paths give the answers of the plain forms they stand in for.

Hot paths test a line with a faster equivalent of a plainer pattern or computation: a pattern that
opens with one character class (so the engine skips ahead to candidates), a search of a few words
before a split of the whole line, a character class in place of a search of the normal form, sums
worked out once per page in place of a walk of the page per teaser run. Each is checked here against
the plain form it replaces, on hand-picked edge cases and on generated input.
"""
from __future__ import annotations

import re
from types import SimpleNamespace

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strength import strength

from cleaner import Config, language, lexicon, page, unwrap
from cleaner.stages import features, fineprint, teasers

pytestmark = pytest.mark.stress

#: Hypothesis examples per check: full strength in the stress run (``-m stress``), a fifth by default.
SETTINGS = settings(max_examples=strength(500, 100), deadline=None, suppress_health_check=[HealthCheck.too_slow])

#: Text made of the characters the patterns care about, so that generated lines hit their branches.
MENU_TEXT = st.text(alphabet=st.sampled_from(list("ab AB|»›·•><«‹/\\-–—\t.!?'\")_(")), max_size=60)
MIXED_TEXT = st.text(alphabet=st.sampled_from(
    list("aB zZ._-'") + ["ß", "Σ", "σ", "ς", "İ", "i", "\u0307", "ﬁ", "ſ", "µ", "Ꭰ", "ꭰ", "日", "本", "é", "É"]),
    max_size=40)

#: The plain forms.
PLAIN_SEPARATORS = re.compile(
    r"[|»›·•><«‹]|[/\\\-–—](?<=\s.)(?=\s)(?!(?<=\t.)(?:\t|\s\s))(?!(?<=\s\s.)(?:\t|\s\s))")
PLAIN_ASCII_TEASER_GLUE = re.compile(r"[a-z][a-z.!?'\")]?[A-Z]")
PLAIN_ASCII_GLUE = re.compile(r"[a-z][A-Z]")
PLAIN_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def test_separators_count_as_the_plain_pattern():
    # A dash or a slash counts only between spaces, and not as an empty cell between cell gaps (a tab
    # or two spaces on both sides); every other separator wherever it stands.
    for text, n in (("Home | News » World", 2), ("Sport – Football - Cup", 2), ("and/or 24/7", 0),
                    ("-leading and trailing-", 0), ("a - b", 1), ("«Zitat» und ‹so›", 4), ("x\t/ y", 1),
                    ("x\t/\ty", 0), ("Letters  -   -  Yes", 0), ("Home  - News  -  Sport", 1)):
        assert len(page.SEPARATORS.findall(text)) == n == len(PLAIN_SEPARATORS.findall(text)), text


@SETTINGS
@given(MENU_TEXT)
def test_separators_fast_path(text):
    assert page.SEPARATORS.findall(text) == PLAIN_SEPARATORS.findall(text)


@SETTINGS
@given(MENU_TEXT)
def test_ascii_glue_prefilters_fast_path(text):
    assert (features.ASCII_TEASER_GLUE.search(text) is None) == (PLAIN_ASCII_TEASER_GLUE.search(text) is None)
    assert (lexicon.ASCII_GLUE.search(text) is None) == (PLAIN_ASCII_GLUE.search(text) is None)


@SETTINGS
@given(st.text(alphabet=st.sampled_from(list("ab\r\n ")), max_size=40))
def test_split_lines_fast_path(text):
    assert page.split_lines(text) == PLAIN_LINE_BREAK.split(text)


def test_lexicon_takes_the_line_tokens_only_where_they_are_those_of_its_normal_form():
    # Case-folding and lower-casing part ways on "ß", ligatures, the final sigma, the Turkish "İ": there
    # the normal form's words are searched again, and the entries still match; a body look-alike of the
    # plain kind ("Impressum und Datenschutz" inside a sentence) still does not.
    lex = lexicon.compile_entries(lexicon.parse(
        "* straße *\n* οδος *\nfile *\n* iletişim *\n* my_id\n* 日本 *\n* impressum\n", "test.txt"))
    for text, phrase in (("Die Straße ist gesperrt", "* straße *"), ("DIE STRASSE IST GESPERRT", "* straße *"),
                         ("ΜΙΑ ΟΔΟΣ ΕΔΩ", "* οδος *"), ("ﬁle under news", "file *"),
                         ("Bize İletişim kurun", "* iletişim *"), ("see my_id", "* my_id"),
                         ("東京 日本 大阪", "* 日本 *"), ("Impressum", "* impressum"),
                         ("Das Impressum und der Datenschutz stehen unten auf jeder Seite.", None)):
        tokens = tuple(language.tokens(text))
        entry = lex.match(text, lexicon.normalise(text), tokens)
        assert (entry.phrase if entry else None) == phrase, text
        assert entry == lex.match(text), text


def test_tokens_apart_holds_one_ascii_character():
    # An ASCII line is looked at for the underscore alone: no other ASCII character folds apart.
    assert [c for c in map(chr, range(128)) if lexicon.TOKENS_APART.search(c)] == [lexicon.ASCII_APART]


@SETTINGS
@given(MIXED_TEXT)
def test_lexicon_line_tokens_fast_path(text):
    # Where TOKENS_APART finds nothing, the line's tokens are the words of its normal form.
    if lexicon.TOKENS_APART.search(text) is None:
        assert language.tokens(text) == language.WORD.findall(lexicon.normalise(text))


def test_glued_menu_needs_a_short_first_piece():
    # Every piece of a glued menu has at most GLUED_PIECE_MAX_WORDS words, the first one too: glue
    # after the fourth word of a line is a camel-case word in a sentence.
    lex = lexicon.compile_entries(lexicon.parse("subscribe\n", "test.txt"))
    assert lex.match("One Two Three FourSubscribe").phrase == "subscribe"
    assert lex.match("One Two Three Four FiveSubscribe") is None
    assert lex.match("Über Uns ImpressumSubscribe").phrase == "subscribe"


@SETTINGS
@given(MIXED_TEXT)
def test_glued_fast_path(text):
    lex = lexicon.load()
    pieces = lexicon.GLUE.split(text)
    short = len(pieces) >= 2 and all(len(p.split()) <= lexicon.GLUED_PIECE_MAX_WORDS for p in pieces)
    if "_" not in text and "(" not in text and short:
        assert lexicon.GLUE.search(lexicon._first_words(text, lexicon.GLUED_PIECE_MAX_WORDS))
    if not short and "_" not in text and "(" not in text:
        assert lex._glued(text) is None


IDENTIFIER_TEXT = st.text(alphabet=st.sampled_from(list("aB zZ._()") + ["É", "é", "ß"]), max_size=40)


def test_glued_menu_beside_an_identifier():
    # A line with an identifier is searched for glue once before its words are looked at one by one:
    # the glued menu is still found, a line without a glue point is ruled out.
    lex = lexicon.compile_entries(lexicon.parse("subscribe\ncontact\n", "test.txt"))
    assert lex.match("build_index() SubscribeContact").phrase == "subscribe"
    assert lex.match("Call read_text() on the file (see below)") is None


@SETTINGS
@given(IDENTIFIER_TEXT)
def test_glued_identifier_prefilter(text):
    # Leaving the identifiers out makes no glue point: the words left keep spaces between them.
    plain = " ".join(word for word in text.split() if lexicon.IDENTIFIER_MARK.search(word) is None)
    if lexicon.GLUE.search(text) is None:
        assert lexicon.GLUE.search(plain) is None


@SETTINGS
@given(st.lists(st.sampled_from(["", "short line", "x" * 70, "word " * 15, "long " * 40, "- item " * 12]),
                max_size=30))
def test_unwrap_length_precheck(lines):
    # A page ruled out by its lengths alone is one that the ranges would rule out as well.
    breakable = sum(1 for line in lines if unwrap.MIN_WIDTH - unwrap.UNBREAKABLE < len(line) <= unwrap.MAX_WIDTH)
    if unwrap._too_many_over(lines, unwrap.MAX_WIDTH, breakable):
        rooms = [unwrap._room(lines[i], lines[i + 1]) if lines[i] else None for i in range(len(lines) - 1)]
        best, _ = unwrap._widest_cover(rooms)
        assert best < unwrap.MIN_BROKEN_LINES or unwrap._too_many_over(lines, unwrap.MAX_WIDTH, best)


def _plain_teaser(text: str) -> bool:
    """features._teaser without its look at the opening words: every glue tried."""
    for glue in features.TEASER_GLUE.finditer(text):
        head = text[:glue.start()].split()
        content = [w for w in head if w[:1].isalpha() and len(w) >= 4]
        if len(head) >= features.TEASER_HEADLINE_WORDS and len(content) >= features.TEASER_HEADLINE_CONTENT_WORDS \
                and all(w[:1].isupper() for w in content) \
                and sum(w[:1].islower() for w in head) <= features.TEASER_HEADLINE_MAX_LOWER_WORDS:
            return True
    return False


TEASER_WORDS = st.sampled_from(["Police", "In", "of", "the", "Custody", "After", "Death", "says", "Student",
                                "AthleteA", "woman", "ÄrzteDie", "and", "X", "iPhone", "MacBook", "Über"])


@SETTINGS
@given(st.lists(TEASER_WORDS, max_size=12).map(" ".join))
def test_teaser_fast_path(text):
    line = page.build(text, Config()).lines
    if line:
        assert features._teaser(line[0]) == _plain_teaser(line[0].text)


def test_teaser_opening_words():
    glued = "Police: 2 In Custody After Death Of Student-AthleteA 24-year-old woman and a man were held."
    assert _plain_teaser(glued) and features._teaser(page.build(glued, Config()).lines[0])
    # A sentence whose opening words are in lower case is no headline, whatever camel case follows.
    prose = "The report says that the new MacBook Pro was released in the autumn."
    assert not features._teaser(page.build(prose, Config()).lines[0])


def _plain_prose_block(words: list[int], shapes: list[str], is_prose: list[bool], start: int) -> int:
    """The longest block of prose from ``start`` on, walked line by line (what every teaser run asked)."""
    best = cur = 0
    for i in range(start, len(shapes)):
        if is_prose[i]:
            cur += words[i]
            best = max(best, cur)
        elif shapes[i] != teasers.BLANK:
            cur = 0
    return best


@SETTINGS
@given(st.lists(st.tuples(st.integers(0, 60), st.sampled_from([teasers.PROSE, teasers.OTHER, teasers.BLANK,
                                                              teasers.BREAK]), st.booleans()), max_size=30))
def test_teaser_prose_words_fast_path(lines):
    words = [w for w, _, _ in lines]
    shapes = [s for _, s, _ in lines]
    is_prose = [p for _, _, p in lines]
    fake = SimpleNamespace(lines=[SimpleNamespace(words=w) for w in words])
    above, ahead = teasers._prose_words(fake, shapes, is_prose)
    for start in range(len(lines) + 1):
        assert above[start] == sum(w for w, p in zip(words[:start], is_prose) if p)
        assert ahead[start] == _plain_prose_block(words, shapes, is_prose, start)


#: Text made of the fine print's phrases in pieces, in both cases, with the letters that a case-blind match
#: reads as ASCII ones, so that generated lines hold a phrase or fall just short of one.
FINE_PRINT_TEXT = st.lists(st.sampled_from(
    ["sold", "SOLD", "ſold", "separately", "Separately", " ", "  ", "subject to", "change", "terms", "apply",
     "may", "vary", "İmages", "images", "are", "simulated", "is", "a", "trademark", "of", "offer", "valid",
     "not", "be", "available in", "all", "(", ")", "\u212a", "k", "ı", "i", "-", "†", "Δ", "*", "é"]), max_size=12).map("".join)


def test_fine_print_literals_hold_every_phrase():
    # Each phrase yields the longest plain run outside its groups; a phrase without one would turn the
    # test off.
    assert fineprint.PHRASE_LITERALS is not None
    assert fineprint._literal("(?:images?|screens?) (?:are |is )?simulated") == "simulated"
    assert fineprint._literal("terms (?:and conditions )?apply") == "terms "
    assert fineprint._literal("sold|kept") == ""
    assert fineprint._literal("sold[") == ""
    texts = ["ſOLD SEPARATELY", "Sold out, separate shipping", "Not available İn all stores", "Δ Offer valid",
             "* A bullet's point", "** ∆ Price after rebate."]
    assert fineprint.may_be_notes(texts) == {i for i, text in enumerate(texts) if fineprint.note(text)} == {0, 2, 3, 5}


def test_fine_print_lookalikes_are_all_the_engine_reads_as_ascii_letters():
    # Every letter beyond ASCII that the case-blind pattern takes for an ASCII one is folded to it,
    # or lower-cases to it by itself.
    everything = "".join(map(chr, [*range(128, 0xD800), *range(0xE000, 0x110000)]))
    for char in regex.findall("[a-z]", everything, regex.IGNORECASE):
        assert char.translate(fineprint.ASCII_LOOKALIKES).lower().isascii(), char


@SETTINGS
@given(st.lists(FINE_PRINT_TEXT, max_size=6))
def test_fine_print_notes_prefilter(texts):
    assert {i for i, text in enumerate(texts) if fineprint.note(text)} <= fineprint.may_be_notes(texts)
