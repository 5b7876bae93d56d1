"""The compiled core gives the answers of the pure-Python reference it stands for (cleaner/native.py).

Every function of ``cleaner/_core.c`` is run against the Python it replaces: line by line on arbitrary
Unicode text (not only ASCII: case folding, final sigma, Turkish dotted I, CJK, astral characters,
every kind of space), page by page on generated pages, and decision by decision (``explain``) on every
corpus case. Skipped only where the install could not build the core (no C compiler); CI checks that it
was built. The properties run 500 examples each (200 for whole pages) in the stress run (``-m stress``,
see ``tests/strength.py``), under a third of that in the default run.
"""
from __future__ import annotations

import os
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaner import Cleaner, Config, binary, language, lexicon, markdown, native, page, unwrap
from cleaner.labels import SHORT, Label, recorded
from cleaner import pipeline
from cleaner.stages import (boxes, closers, code, comments, context, dialogs, dumps, features, fineprint, grids, menus,
                            posts, repetition, segmentation, span, specs, teasers)
from cleaner.stages import lexicon as lexicon_stage
from strength import strength

pytestmark = [pytest.mark.skipif(native.compiled is None, reason="the compiled core was not built"),
              pytest.mark.stress]

#: Hypothesis examples per property: full strength in the stress run, under a third in the default run.
SETTINGS = settings(max_examples=strength(500, 150), deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
#: For the properties that build or judge whole pages: fewer examples, the suite stays fast.
PAGE_SETTINGS = settings(SETTINGS, max_examples=strength(200, 60))
CORPUS = Path(__file__).resolve().parent.parent / "corpus"


@contextmanager
def path(compiled: bool):
    """Run the compiled core (True) or the pure-Python path (False) inside the block."""
    before = native.core
    native.core = native.compiled if compiled else None
    try:
        yield
    finally:
        native.core = before


def both(fn, *args):
    """``fn(*args)`` on the Python path and on the compiled one."""
    with path(False):
        reference = fn(*args)
    with path(True):
        return reference, fn(*args)


#: Characters that the per-line rules treat apart: separators, closers, sentence marks, code characters,
#: whitespace of every kind, characters whose case mapping is special, CJK, framing and astral ones.
SPECIAL = list("ab AB|»›·•><«‹/\\-–—\t.!?…:;。！？；\"'”’»)]）」』{}();=[]#_0123456789²٣") + [
    "ß", "Σ", "σ", "ς", "İ", "I", "i", "\u0307", "ﬁ", "ſ", "µ", "Ꭰ", "ꭰ", "ǅ", "日", "本", "ア", "한", "\u3000",
    "\u00a0", "\u2028", "\x0b", "\x1c", "\ufeff", "\u200b", "\u2060", "©", "®", "™", "\U0001f600", "\U00020000",
    "\U0001d400", "\U00010100", "é", "É", "\u0301", "https://", "http://", "www.", "def ", "for ", "  ", "\r",
    "\n", "\r\n"]
SPECIAL_TEXT = st.lists(st.sampled_from(SPECIAL), max_size=30).map("".join)
#: Arbitrary Unicode (surrogates left out: a str from UTF-8 text holds none).
ANY_TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=60)
TEXTS = st.one_of(SPECIAL_TEXT, ANY_TEXT)


@SETTINGS
@given(TEXTS)
def test_normalise(text):
    reference, compiled = both(lexicon.normalise, text)
    assert compiled == reference


@PAGE_SETTINGS
@given(st.lists(TEXTS, max_size=6).map("\n".join), st.sampled_from(["\n", "\r\n", "\r", "\n\n"]))
def test_page_lines_and_features(text, sep):
    """Every Line of a page (split, stripped, unwrapped, tokens and every feature) is the same."""
    text = text.replace("\n", sep)
    for lang in (None, "en", "de"):
        reference, compiled = both(page.build, text, Config(lang=lang))
        assert compiled == reference


@pytest.mark.parametrize("text", ["ΟΔΟΣ ΣΟΦΙΑΣ", "Σ. ΣΑΣ", "İSTANBUL ŞEHİR", "ǄUNGLA ǅungla", "Straße ﬁ Ω K",
                                  "Привет, МИР", "ΜΆΪΟΣ ΐ"])
def test_two_byte_lines_lower_and_fold_as_the_str_methods(text):
    """A line of two-byte characters is lowered and case-folded character by character, but for a
    capital sigma (lowered by its neighbours) and a character that maps to several ("İ", "ΐ", "ﬁ")."""
    reference, compiled = both(lexicon.normalise, text)
    assert compiled == reference
    for lang in ("el", "ru", None):  # the stopwords of title case are looked up lower-cased
        reference, compiled = both(page.build, text + " ΚΑΙ ΤΟ И НА", Config(lang=lang))
        assert compiled == reference
    assert compiled.lines[0].tokens == tuple(language.spaced_tokens(text + " ΚΑΙ ΤΟ И НА"))


@SETTINGS
@given(st.lists(st.lists(st.sampled_from(["a", "b", "der", "и", "日"]), max_size=5).map(tuple), max_size=8),
       st.integers(0, 12))
def test_page_tokens(line_tokens, limit):
    """The first ``limit`` tokens of a page's lines (lines of one text share its tokens) and the count of all."""
    texts = [" ".join(toks) for toks in line_tokens]
    toks_of = dict(zip(texts, line_tokens))
    reference = page._first_tokens([toks_of[text] for text in texts], limit)
    assert native.compiled.page_tokens(texts, toks_of, limit) == reference
    assert len(reference[0]) == min(limit, reference[1])


@SETTINGS
@given(st.lists(st.one_of(TEXTS, st.just("")), max_size=12))
def test_line_blocks(stripped):
    # A block per non-blank line of an unwrapped page, numbered from 1.
    reference, compiled = both(page._line_blocks, stripped)
    assert compiled == reference
    assert [list(map(type, block)) for block in compiled] == [list(map(type, block)) for block in reference]


#: Whole inputs with the characters a binary file brings (C0 controls, DEL, U+FFFD, lone surrogates), with
#: and without CJK ones, in strings of one, two and four bytes a character.
RAW_TEXT = st.lists(st.one_of(TEXTS, st.sampled_from(["\x00", "\x08", "\x09", "\x0b", "\x0c", "\x0d", "\x0e",
                                                      "\x1f", "\x7f", "\x80", "\xff", "\ufffd", "\ud800",
                                                      "\udfff", "\u1100", "\u30ff", "\ud7af", "\U0002fa1f",
                                                      "\U0002fa20", "\u4dc0"])), max_size=20).map("".join)


@SETTINGS
@given(RAW_TEXT)
def test_non_text_count_and_cjk_in(text):
    reference, compiled = both(binary.non_text_count, text)
    assert compiled == reference
    assert native.core.cjk_in(text) is (language.CJK_CHAR.search(text) is not None)


#: What a line's shape reads (span.SHAPE_TOKEN): words with the marks they may hold, digits of any script,
#: numbers that are no decimal digits ("²", "½", "Ⅻ"), underscores, marks, spaces of every kind.
SHAPE_TEXT = st.lists(st.one_of(st.sampled_from(["Sept.", "June", "O’Neil", "rock-n-roll", "x_y", "_", "9", "١٢",
                                                 "²", "½", "Ⅻ", "--", ":", " ", "\u3000", "\t", "日本"]), TEXTS),
                      max_size=10).map("".join)


@SETTINGS
@given(SHAPE_TEXT)
def test_shape(text):
    reference, compiled = both(span.shape, text)
    assert compiled == reference


def test_shape_reads_a_paragraph_of_words_to_its_end():
    words = "Lorem ipsum dolor sit amet " * 200
    for text in (words, words + "42", words + "- 7 x", "June 9 -- Coral Sky", "Optik: Teleobjektiv", "½ ² Ⅻ _a"):
        reference, compiled = both(span.shape, text)
        assert compiled == reference
    assert both(span.shape, words + "42") == ("a9", "a9")


def test_repeated_lines_share_their_fields():
    """On a long page the Line objects outweigh the text: a repeated line shares its parts (equal input
    lines) and every feature with its first copy, equal shares are one float, and a key equal to its
    text is that text. The values are those of the Python path all the same."""
    text = "Home | News | Sport\nthe quick brown fox is here\nShare this\nHome | News | Sport\n" \
           "A longer line of prose, with a few words.\nShare this\nmenu"
    reference, compiled = both(page.build, text, Config())
    assert compiled == reference
    lines = compiled.lines
    assert lines[0].parts is lines[3].parts and lines[2].parts is lines[5].parts
    assert lines[0].tokens is lines[3].tokens and lines[0].key is lines[3].key
    assert lines[0].digit_share is lines[1].digit_share  # 0.0: one object
    assert lines[1].key is lines[1].text and lines[6].key is lines[6].text  # lower-case: normalised as it is
    assert lines[0].key is not lines[0].text


def test_equal_tokens_of_a_page_are_one_object():
    """A page's equal tokens are one str, whatever the width of the lines they come from (a line of
    one-byte characters is tokenised without its lower-cased copy), and every Latin-1 character is
    tokenised and lowered as the Python path does it."""
    texts = ["News and Sport", "NEWS – Σport", "news", "Straße ÀÉ news \U0001f600 SPORT", "µ ÿ ß ª º _x"]
    toks = native.compiled.tokens_of(texts, False, language.tokens)
    assert toks == {text: tuple(language.spaced_tokens(text)) for text in texts}
    news = [tok for text in texts for tok in toks[text] if tok == "news"]
    sport = [tok for text in texts for tok in toks[text] if tok == "sport"]
    assert len(news) == 4 and all(tok is news[0] for tok in news)
    assert len(sport) == 2 and sport[0] is sport[1]
    latin1 = "".join(map(chr, range(256)))
    assert native.compiled.tokens_of([latin1], False, language.tokens)[latin1] == tuple(language.spaced_tokens(latin1))


def test_a_normal_form_is_its_text():
    """A text that normalises to itself is given back as it is; one that does not, as an equal new str
    (Latin-1 lines folded character by character, or by str.casefold for "ß" and "µ")."""
    for text in ("home", "über uns", "контакты", "日本"):
        assert native.compiled.normalise(text) is text
    for text in ("Home", " home", "home  page", "ÜBER", "İletişim", "µ", "Straße", "".join(map(chr, range(256)))):
        reference, compiled = both(lexicon.normalise, text)
        assert compiled == reference and compiled is not text


@PAGE_SETTINGS
@given(st.lists(TEXTS, max_size=8), st.sampled_from(language.LANGUAGES + (None,)))
def test_features_under_every_stoplist(texts, lang):
    stop = language.stoplist(lang)
    for page_has_cjk in (True, False):
        toks_of = {text: tuple(language.tokens(text) if page_has_cjk else language.spaced_tokens(text))
                   for text in texts}
        reference = {text: page._features(text, stop, toks, page_has_cjk) for text, toks in toks_of.items()}
        with path(True):
            assert native.core.features_of(toks_of, stop, page_has_cjk) == reference


class _Word(str):
    """A str subclass in a stoplist: the compiled lookup of ASCII words must not stand in for the set's."""


@pytest.mark.parametrize("lang", language.LANGUAGES + (None,))
def test_title_share_finds_every_stopword_in_any_case(lang):
    """The title share looks an ASCII word up lower-cased without making a string: every stopword, in
    lower, upper and title case, next to content words and words longer than any stopword, counts as
    the Python path counts it, also when the stoplist holds a str subclass."""
    stop = language.stoplist(lang)
    words = sorted(stop)
    lines = [" ".join(chunk) for chunk in (words[i:i + 12] for i in range(0, len(words), 12))]
    lines += [line.upper() for line in lines] + [line.title() for line in lines]
    lines += ["Tables Of " + "A" * 70 + " and The Content", "THE Ünïcode Straße İstanbul ΣΟΦΊΑ of"]
    toks_of = {text: tuple(language.tokens(text)) for text in lines}
    for stoplist in (stop, frozenset(stop | {_Word("tables")})):
        reference = {text: page._features(text, stoplist, toks, True) for text, toks in toks_of.items()}
        with path(True):
            assert native.core.features_of(toks_of, stoplist, True) == reference


@PAGE_SETTINGS
@given(st.lists(st.one_of(st.sampled_from(sorted(language._index())[:3000]), TEXTS), max_size=40))
def test_stopword_hits(tokens):
    reference, compiled = both(language._stopword_hits, tokens)
    assert compiled == reference and list(compiled) == list(reference)


def _lexicon_phrases() -> list[str]:
    """Entry phrases of the built-in lexicons, wildcards and markers off, counters filled in."""
    phrases = []
    for _, body in lexicon.builtin_files():
        for line in body.splitlines():
            line = line.strip().lstrip("!>").strip().strip("*").strip()
            if line and not line.startswith("#"):
                phrases.append(line.replace("{n}", "12"))
    return phrases


LEXICON_PHRASES = _lexicon_phrases()
#: Lines made of lexicon phrases, glued or framed, with arbitrary text around them.
LEXICON_TEXT = st.lists(st.one_of(st.sampled_from(LEXICON_PHRASES), TEXTS, st.sampled_from(
    [" ", "", "| ", "» ", ": ", "...", "_", "(", "12 ", "1,204 ", "3.5k "])), min_size=1, max_size=5).map("".join)


@PAGE_SETTINGS
@given(LEXICON_TEXT, st.booleans())
def test_lexicon_match(text, with_tokens):
    lex = lexicon.load()

    def match(text):
        line = page.build(text, Config(lang="en")).lines
        key = line[0].key if line else lexicon.normalise(text)
        toks = (line[0].tokens if line else ()) if with_tokens else None
        return lex.match(line[0].text if line else text, key, toks), lex.match(text)

    reference, compiled = both(match, text)
    assert compiled == reference


@PAGE_SETTINGS
@given(st.lists(LEXICON_TEXT, max_size=8))
def test_lexicon_entries(texts):
    # The lexicon stage's entries of a page's lines: each distinct text matched once, in C.
    lines = page.build("\n".join(texts + texts[:2]), Config(lang="en")).lines
    reference, compiled = both(lexicon_stage._entries, lexicon.load(), lines)
    assert compiled == reference and len(compiled) == len(lines)


@pytest.mark.parametrize("outside", [lexicon.MAX_OUTSIDE_CONTAINED - 40, lexicon.MAX_OUTSIDE_CONTAINED + 40])
def test_contained_phrase_limit(outside):
    # A contained chrome phrase decides a line with at most MAX_OUTSIDE_CONTAINED characters besides it.
    text = "Prices may change and we may receive a commission on sales " + "x" * outside
    reference, compiled = both(lambda t: lexicon.load().match(t), text)
    assert compiled == reference and (reference is None) == (outside > lexicon.MAX_OUTSIDE_CONTAINED - 40)


#: Every pattern of the built-in lexicons, and what may stand in and around a match of one: numbers as
#: counters write them (and digits of other scripts, one beyond the Basic Multilingual Plane), and the
#: characters at its word boundaries.
LEXICON_PATTERNS = [pattern for items in (*lexicon.load().by_word.values(), lexicon.load().wordless)
                    for _, pattern, _ in items]
NUMBER_PARTS = ["1", "12", "1,204", "3.5", "1.2k", "12m", "3b", "7kb", "1234567890123456789", "1.", ".5", ",",
                "٣", "١٢", "\U0001d7d9", "x", ""]
EDGE_PARTS = ["", " ", "a", "1", ".", ",", "é", "_", "-", "k", "\U0001d7d9", "\U00010400", "日"]


@st.composite
def pattern_texts(draw):
    """A lexicon pattern and a text around its phrase, its numbers drawn from NUMBER_PARTS."""
    pattern = draw(st.sampled_from(LEXICON_PATTERNS))
    parts = pattern.shape[2]
    core = parts[0] + "".join(draw(st.sampled_from(NUMBER_PARTS)) + part for part in parts[1:])
    return pattern, draw(st.sampled_from(EDGE_PARTS)) + core + draw(st.sampled_from(EDGE_PARTS)) + draw(
        st.sampled_from(["", core, " " + core]))


@SETTINGS
@given(pattern_texts())
def test_pattern_span(case):
    # The core searches an entry's pattern by its shape: the same first match as the pattern's search.
    pattern, text = case
    match = pattern.search(text)
    assert native.core.pattern_span(pattern, text) == (match.span() if match else None)


def test_pattern_span_compiles_no_pattern():
    # A shape searched in the core needs no compiled pattern; where a character beyond the Basic
    # Multilingual Plane stands at a word boundary, the pattern decides.
    lex = lexicon.compile_entries(lexicon.parse("* {n} comments *\n", "test.txt"))
    pattern = lex.by_word["comments"][0][1]
    assert native.core.pattern_span(pattern, "see all 1,204 comments here") == (8, 22)
    assert native.core.pattern_span(pattern, "see all 1,204 commentsx") is None
    assert native.core.pattern_span(pattern, "v1.2 comments") == (1, 13)
    assert native.core.pattern_span(pattern, "no comments yet") is None and pattern._compiled is None
    assert native.core.pattern_span(pattern, "12 comments\U00010400") is None and pattern._compiled is not None


#: What a teaser's glue point is made of: cased letters of several scripts, the marks that may close a
#: headline, spaces of several kinds, and characters beyond the Basic Multilingual Plane.
TEASER_GLUE_PARTS = list("aAbBzZ .!?'\"’”)(\t,") + ["é", "É", "ж", "Ж", "σ", "Σ", "ǅ", "ꟶ", "ꞔ", "日", "\u2028",
                                                  "\u00a0", "\u3000", "\x1c", "\U00010428", "Home Page"]


@SETTINGS
@given(st.lists(st.sampled_from(TEASER_GLUE_PARTS), max_size=24).map("".join))
def test_teaser_glues(text):
    # The core finds the glue points of a headline glued to its summary as the pattern does, but in a
    # text beyond the Basic Multilingual Plane, where it leaves them to the pattern.
    found = native.core.teaser_glues(text)
    assert (found is None) == (text != "" and max(map(ord, text)) > 0xFFFF)
    assert found is None or found == [m.start() for m in features.TEASER_GLUE.finditer(text)]


#: Pieces of glued menus: cased letters of several scripts (Latin, Greek, Cyrillic, Armenian, Georgian's
#: Mtavruli, Cherokee, titlecase digraphs, letters that only the regex module's newer Unicode cases, and
#: Deseret outside the Basic Multilingual Plane), identifier marks and spaces.
GLUE_PARTS = ["aB", "éÉ", "ßS", "σΣ", "жЖ", "ջՋ", "აᲐ", "ꭰᏀ", "ǅa", "aǅ", "ꟶꟵ", "ꞔ", "\U00010428\U00010400",
              "a\U00010400", "_", "(", " ", "  ", "\u3000", "Home", "Sign in", "Über uns", "Контакты", "x"]
GLUE_TEXT = st.lists(st.one_of(st.sampled_from(GLUE_PARTS), TEXTS), min_size=1, max_size=12).map("".join)


@SETTINGS
@given(GLUE_TEXT)
def test_may_glue_rules_out_only_unglued_lines(text):
    # The core calls Lexicon._glued only when may_glue says the line may hold a glue point: a line it
    # rules out must be one that _glued finds no glued menu in.
    if not native.core.may_glue(text):
        assert lexicon.load()._glued(text) is None
    reference, compiled = both(lambda t: lexicon.load().match(t), text)
    assert compiled == reference


def test_may_glue_sees_glue_points():
    for text in ("Über unsKontakt", "ГлавнаяКонтакты", "Accueil ÉquipeContact", "a b c dÉ",
                 "Home_page ContactÜber", "x\U00010428\U00010400"):
        assert native.core.may_glue(text), text
    for text in ("Über uns Kontakt", "a b c d eÉ", "İstanbul Ankara", "ǅemal"):
        assert not native.core.may_glue(text), text


def _button_words() -> list[str]:
    actions, companions = comments.action_words()
    return sorted(actions)[:40] + sorted(companions)[:20]


#: Rows of comment buttons ("Reply · Report abuse"), look-alikes and arbitrary text, with and without a
#: sentence end.
BUTTON_TEXT = st.lists(st.one_of(st.sampled_from(_button_words()), TEXTS, st.sampled_from(
    [" ", " · ", " | ", ".", "Reply", "REPLY", "Report", "Share", "_", "ǅ", "ſ"])), min_size=1, max_size=7).map("".join)


@SETTINGS
@given(BUTTON_TEXT, st.sampled_from([None, True, False]))
def test_action_row(text, keep):
    lines = page.build(text, Config(lang="en")).lines
    label = Label(SHORT, keep, "features", "")
    for line in lines:
        reference, compiled = both(comments._action_row, line, label)
        assert compiled == reference


@SETTINGS
@given(st.lists(BUTTON_TEXT, max_size=8).map("\n".join), st.lists(st.sampled_from([None, True, False]), max_size=8))
def test_action_rows(text, keeps):
    built = page.build(text, Config(lang="en"))
    labels = [Label(SHORT, keeps[k] if k < len(keeps) else None, "features", "") for k in range(len(built.lines))]
    reference, compiled = both(comments._action_rows, built, labels)
    assert compiled == reference


#: Lines of a comment thread (names that say so, stamps, votes, signatures, review markers) and look-alikes.
COMMENT_LINES = ["Kathy Owen says:", "Иван пишет：", "12. März 2021 um 10:14 Uhr", "3 days ago", "12", "-3",
                 "– vartec", "—", "-", "Verified Buyer", "Rated 5 out of 5", "Reply", "He says: no.",
                 "Thanks, that worked for me after the update.", "Posted at 10:14."]
#: Labels as the stages before the comments stage leave them, the features stage's comment header among them.
COMMENT_LABELS = st.builds(Label, st.sampled_from(["good", "near", "short", "bad"]), st.sampled_from([None, True, False]),
                           st.sampled_from(["features", ""]), st.sampled_from(["", features.COMMENT_HEADER_REASON]))


@SETTINGS
@given(st.lists(st.tuples(st.one_of(st.sampled_from(COMMENT_LINES), TEXTS), COMMENT_LABELS), max_size=16))
def test_comment_candidates(rows):
    built = page.build("\n\n".join(text for text, _ in rows), Config(lang="en"))
    labels = [label for _, label in rows][:len(built.lines)]
    labels += [Label(SHORT, None, "", "")] * (len(built.lines) - len(labels))
    reference, compiled = both(comments._candidates, built, labels)
    assert compiled == reference


@SETTINGS
@given(st.characters(max_codepoint=0xFFFF))
def test_marker_openers_are_the_openings_of_the_kinds(char):
    # The bitmap that the core reads holds the characters that some kind of review marker opens with.
    bits = comments._marker_openers()
    assert bool(bits[ord(char) >> 3] >> (ord(char) & 7) & 1) == (comments._markers_opening(char) is not None)


#: Lines that review markers are made of (data/review_markers.txt), framed by spaces, and other lines.
REVIEW_LINES = ["Verified Buyer", "  Verified Purchase ", "Was this review helpful?", "Rated 5 out of 5",
                "5 out of 5 stars", "Helpful (3)", "Reply", "Verified", "\u00a0Verified Buyer\u3000", "", " "]


@SETTINGS
@given(st.lists(st.one_of(st.sampled_from(REVIEW_LINES), TEXTS), max_size=16), st.data())
def test_review_markers_by_kind(texts, data):
    # The review markers among the candidate lines that no thread took, by kind, in the order met.
    built = page.build("\n\n".join(texts), Config(lang="en"))
    n = len(built.lines)
    short = sorted(data.draw(st.sets(st.integers(0, max(n - 1, 0)), max_size=n))) if n else []
    out = data.draw(st.lists(st.sampled_from(["", "", "2 comments, under headers"]), min_size=n, max_size=n))
    reference, compiled = both(comments._markers_by_kind, built, short, out)
    assert compiled == reference and list(compiled) == list(reference)


def test_review_markers_by_kind_of_a_page():
    built = page.build("Verified Buyer\n\nGreat shoes.\n\nVerified Buyer\n\nRated 5 out of 5\n\nReply",
                       Config(lang="en"))
    reference, compiled = both(comments._markers_by_kind, built, [0, 2, 3, 4], ["", "", "", "", ""])
    assert compiled == reference and len(compiled) == 2 and [0, 2] in compiled.values()
    reference, compiled = both(comments._markers_by_kind, built, [0, 2, 3, 4], ["x", "", "", "", ""])
    assert compiled == reference and [2] in compiled.values()


def test_comment_candidates_finds_each_kind():
    text = "\n\n".join(["Kathy Owen says:", "12. März 2021 um 10:14 Uhr", "Thanks, that worked for me.", "12", "3",
                        "– vartec", "Posted at 10:14", "Verified Buyer", "A paragraph that ends here.", "Reply"])
    built = page.build(text, Config(lang="en"))
    labels = [Label(SHORT, None, "features", features.COMMENT_HEADER_REASON if i == 7 else "")
              for i in range(len(built.lines))]
    labels[2] = labels[8] = Label("good", None, "features", "")
    labels[9] = Label(SHORT, True, "lexicon", "")
    reference, compiled = both(comments._candidates, built, labels)
    assert compiled == reference
    assert compiled.one_line == [7]
    assert 0 in compiled.names and 6 in compiled.names
    assert compiled.says == [0]
    assert compiled.stamped == [1, 6]
    assert compiled.rated == [3, 4]  # "– vartec" is one word too
    assert compiled.signed == [5]
    # A marker may open with a figure, "p", "v" or "a", not with "K", "T" or a dash; "Reply" was kept.
    assert compiled.reviews == [1, 3, 4, 6, 7, 8]


#: Stories on one line (a headline glued to its summary, no sentence end), paragraphs, table rows, code
#: and lines that announce a list.
STORY_LINES = [
    "Tom Cruise: 25 years on and not a day older A quarter of a century on from his first film the star",
    "Harbour Wall Reopens After Storm The council says repairs to the old harbour wall took four months",
    "The harbour wall reopened on Monday after four months of repairs, the council said in a statement.",
    "Name, Age, Town, Country, Job, Team, Score, Rank, Notes, More, And, Some, Other, Words, Here, Too",
    "January\t84.2\t61.0\tFebruary\t80.1\t60.2\tMarch\t75.3\t58.8\tApril\t70.0\t55.5\tmore cells",
    "def harbour_wall(storm, repairs, council, statement, months, monday, reopened): return storm",
    "The points of the plan are these:", "Related", "Don't miss", "* * *", "———", "_ _", "·", "12", ":",
]


def _teaser_labels(built, rows) -> list[Label]:
    """The labels that the stages before the teasers stage give ``built``, but for those that ``rows`` force."""
    labels = [Label(SHORT, None, "", "")] * len(built.lines)
    for name, stage in pipeline.STAGES[:pipeline.STAGES.index(("teasers", teasers.run))]:
        labels = stage(built, labels)
    forced = [fields for _, fields in rows if fields is not None]
    for k, fields in enumerate(forced[:len(labels)]):
        labels[k] = Label(fields[0], fields[1], "", "", fields[2], fields[3])
    return labels


@PAGE_SETTINGS
@given(st.lists(st.tuples(st.one_of(st.sampled_from(STORY_LINES), TEXTS), st.sampled_from(
    [None, ("good", None, False, False), ("near", True, False, False), ("good", False, False, False),
     ("near", None, True, False), ("bad", False, True, True), ("short", None, False, True)])), max_size=24),
       st.lists(st.booleans(), max_size=24))
def test_closed_and_prose_words(rows, flags):
    # The lines under a closing header with no prose between, and the words of prose above and ahead of
    # each line, for any prose flags (blank lines and rules between paragraphs too).
    built = page.build("\n\n".join(text for text, _ in rows), Config(lang="en"))
    labels = _teaser_labels(built, rows)
    is_prose = (flags + [False] * len(labels))[:len(labels)]
    reference, compiled = both(teasers._closed, labels, is_prose)
    assert compiled == reference
    shapes = teasers._shapes(built, labels)
    reference, compiled = both(teasers._prose_words, built, shapes, is_prose)
    assert compiled == reference and len(compiled[0]) == len(compiled[1]) == len(labels) + 1


def test_closed_and_prose_words_of_a_page():
    built = page.build("Intro paragraph here.\n\nRelated\n\n* * *\n\nA story\n\nMore prose.", Config(lang="en"))
    labels = [Label("good", None, "", ""), Label("bad", False, "", "", True, True), Label("short", None, "", ""),
              Label("short", None, "", ""), Label("good", None, "", "")]
    is_prose = [True, False, False, False, True]
    assert native.core.closed_lines(labels, is_prose) == [False, False, True, True, True]
    above, ahead = native.core.prose_words(built.lines, ["P", "N", "-", "N", "P"], is_prose, "-")
    assert above == [0, 3, 3, 3, 3, 5] and ahead == [3, 2, 2, 2, 2, 0]


@PAGE_SETTINGS
@given(st.lists(st.tuples(st.one_of(st.sampled_from(STORY_LINES), TEXTS), st.sampled_from(
    [None, ("good", None, False, False), ("near", True, False, False), ("good", False, False, False),
     ("near", None, True, False), ("bad", False, True, True), ("short", None, False, True)])), max_size=24))
def test_boxed_runs_and_shapes(rows):
    # The teaser runs of stories on one line and the shape of every line, on the stage's own labels or
    # on any labels.
    built = page.build("\n\n".join(text for text, _ in rows), Config(lang="en"))
    labels = _teaser_labels(built, rows)
    reference, compiled = both(teasers._boxed_runs, built, labels)
    assert compiled == reference
    reference, compiled = both(teasers._shapes, built, labels)
    assert compiled == reference


def test_boxed_runs_finds_a_river():
    text = "\n\n".join([STORY_LINES[2]] * 3 + ["Don't miss"] + [f"{STORY_LINES[0]} {n}" for n in range(9)])
    built = page.build(text, Config(lang="en"))
    labels = [Label("good", None, "", "")] * len(built.lines)
    labels[3] = Label("bad", False, "", "", True, True)
    reference, compiled = both(teasers._boxed_runs, built, labels)
    assert compiled == reference == [[4, 12, 9, teasers.BOXED_REASON]]


#: Lines with figures, stamps and datelines among a teaser's lines: stamps on their own line ("32 mins ago",
#: "10:48"), ranks, headlines with their stamp at the end, headlines glued to a dateline in capitals, and
#: look-alikes (a colon after a lower-case letter, figures of other scripts, an astral character).
TEASER_LINES = ["32 mins ago", "10 января", "16:49", "1.", "2", "Harbour wall reopens after storm (23/11 - 10:48)",
                "Harbour wall reopens after storm 【16:15】", "Harbour wall reopens after the storm NEW DELHI: Their",
                "Ana O’:Neil", "-: x", "Note: the wall", "Doors open 19:00.", "٣:٤٥", "٣:4", "\U0001d400: Abc",
                "Ǆ: Capital digraph", "12:3"]


@SETTINGS
@given(st.lists(st.tuples(st.one_of(st.sampled_from(TEASER_LINES), TEXTS), COMMENT_LABELS, st.booleans()),
                max_size=16))
def test_teaser_candidates(rows):
    built = page.build("\n\n".join(text for text, _, _ in rows), Config(lang="en"))
    labels = [label._replace(final=final) for _, label, final in rows][:len(built.lines)]
    labels += [Label(SHORT, None, "", "")] * (len(built.lines) - len(labels))
    reference, compiled = both(teasers._candidates, built, labels)
    assert compiled == reference


def test_teaser_candidates_finds_each_kind():
    built = page.build("\n\n".join(TEASER_LINES), Config(lang="en"))
    labels = [Label(SHORT, None, "", "")] * len(built.lines)
    labels[1] = Label(SHORT, True, "lexicon", "", True)  # kept for good: no stamp, no rank, no dateline
    reference, compiled = both(teasers._candidates, built, labels)
    assert compiled == reference
    assert compiled.stamps == [0, 2, 3, 4, 11, 12, 13, 16]
    assert compiled.ranks == [2, 3, 4, 12, 13, 16]
    assert compiled.glued == [7, 8, 9, 14, 15]
    assert compiled.stamp_glued == [2, 5, 6, 11, 12]


#: Teaser items' lines (kickers, headlines, bylines, summaries whole and cut short) and rules between them.
ITEM_LINES = ["Politics", "Harbour wall reopens after the storm", "By Jane Doe", "12 March 2021", "* * *",
              "The council says repairs took four months.", "The council says repairs took four months...",
              "Repairs to the old harbour wall took the council four months, and the work went on through "
              "the winter storms that closed the road along the quay for weeks …"]


@PAGE_SETTINGS
@given(st.lists(st.tuples(st.one_of(st.sampled_from(ITEM_LINES + STORY_LINES), TEXTS), st.sampled_from(
    [None, ("good", None, False, False), ("good", False, False, False), ("short", None, False, False),
     ("bad", False, True, True), ("near", True, False, False)])), max_size=30))
def test_item_groups(rows):
    # The runs of teaser items (head lines over a summary), on the stage's own labels or on any labels.
    built = page.build("\n\n".join(text for text, _ in rows), Config(lang="en"))
    labels = _teaser_labels(built, rows)
    shapes = teasers._shapes(built, labels)
    reference, compiled = both(teasers._item_groups, built, labels, shapes)
    assert compiled == reference


def test_item_groups_finds_a_run():
    # Three items of a kicker, a headline and a summary make a run; a fourth item of a headline alone over
    # a summary cut short, and a fifth of three head lines, start runs of their own, too short to count.
    item = ["Politics", "Harbour wall reopens after the storm", "The council says repairs took four months."]
    text = "\n\n".join(item * 3 + ["Harbour wall reopens after the storm", "The council says it took months..."]
                        + ["Politics", "By Jane Doe"] + item[1:])
    built = page.build(text, Config(lang="en"))
    labels = [Label("good" if line.terminal else SHORT, None, "", "") for line in built.lines]
    shapes = teasers._shapes(built, labels)
    reference, compiled = both(teasers._item_groups, built, labels, shapes)
    assert compiled == reference == [(2, [(0, 2), (3, 5), (6, 8)])]


#: Pieces of hard-wrapped lines and their look-alikes: list items' marks, quotation marks, sentence ends with
#: closers after them, abbreviations ("a.m.", "U.S."), words in and out of case, CJK, unbreakable tokens.
WRAP_PIECES = ["the", "harbour", "Wall", "reopened", "on", "Monday.", "a.m.", "U.S.", "e.g.", "x.y.", "1.", "12)",
               "1234.", "[3]", "[]", "-", "*", "•", "–", "·", "+", ">", "> >", "said:", "it\"", "end.)", "end!»",
               "…", "日本語", "한국", "²", "_.", "é.", "İ", "ǅ", "https://example.com/a/very/long/path/to/a/page",
               "\t", "\u3000", "\u00a0", "\n", "  ", ""]
#: Lines of breakable length and shorter ones, or anything.
WRAP_LINES = st.one_of(st.lists(st.sampled_from(WRAP_PIECES), max_size=30).map(" ".join),
                       st.lists(st.sampled_from(WRAP_PIECES), max_size=30).map("".join), TEXTS)


@SETTINGS
@given(st.lists(WRAP_LINES, max_size=10))
def test_rooms(lines):
    # The widths at which every line would have been broken before the next, as the Python path finds them,
    # on lines stripped as a page's are and on any (or its error: a next line of nothing but spaces after
    # its quotation marks).
    def outcome(lines: list[str]):
        try:
            return unwrap._rooms(lines)
        except IndexError:
            return IndexError

    for given_lines in ([line.rstrip(page.EDGE_SPACE) for line in lines], lines):
        reference, compiled = both(outcome, given_lines)
        assert compiled == reference


@SETTINGS
@given(st.lists(WRAP_LINES, max_size=10), st.integers(0, 140), st.integers(0, 12))
def test_too_many_over(lines, width, best):
    reference, compiled = both(unwrap._too_many_over, lines, width, best)
    assert compiled == reference


def test_rooms_of_wrapped_lines():
    # A paragraph's broken lines have their room (a list item's too, and an abbreviation's before a
    # lower-case line); before a list item, a sentence's end before a lower-case line, a URL and CJK, none.
    lines = ["The council said on Monday that the old harbour wall, closed since the storm,",
             "would reopen in May. Repairs took four months and cost more than planned, it said",
             "1. The first item of a list, which html2text leaves as long as it is, and more so",
             "The meeting was held at the harbour office on Friday at ten in the morning, 10 a.m.",
             "and it ended late. The council's statement came after the meeting of the board.",
             "nothing more was said, and the harbour master would not comment on the matter at all",
             "https://example.com/a/very/long/path/to/a/page/that/goes/on and on for the whole line",
             "日本語の文章が続きます"]
    reference, compiled = both(unwrap._rooms, lines)
    assert compiled == reference == [(77, 82), None, (81, 84), (83, 86), None, None, None]


#: A comment's name line and its one-line text, and paragraphs long enough to be stray ones outside the span.
CONTEXT_LINES = ["Jan says:", "Thanks, that worked.", "A related story's summary runs on for a line of its own, long "
                 "enough to be one.", "The harbour wall reopened on Monday after four months of repairs, the "
                 "council said in a statement, and the road along the quay is open again."]
#: A flag that most labels leave unset.
RARELY = st.sampled_from([False, False, False, True])
#: Labels as the stages before the context stage leave them: every class, kept, dropped or undecided, final,
#: set aside (in a comment thread or not), in every part of the main span or of a further one, a row, an
#: entry, a post's furniture, a menu's item, a grid's item (its grid above a closing header or below it).
CONTEXT_LABELS = st.builds(
    Label, st.sampled_from(["good", "near", SHORT, "bad"]), st.sampled_from([None, True, False]),
    st.sampled_from(["features", code.NAME]), st.just("why"), final=RARELY, closes=st.booleans(),
    aside=st.sampled_from(["", "", "", "", f"{comments.REASON}: a thread", "teaser run"]),
    block=st.sampled_from(["", "body span, lines 2-9", "further body span, lines 12-14"]),
    part=st.sampled_from(["", "", *segmentation.MAIN_PARTS, segmentation.BODY, segmentation.FURTHER,
                          segmentation.CLOSER]),
    row=RARELY, entry=RARELY, furniture=RARELY, menu=st.booleans(),
    grid=st.sampled_from([None, None, None, grids.GridLine("item of a shop's grid", 0), grids.GridLine("item", 30)]))


@PAGE_SETTINGS
@given(st.lists(st.tuples(st.sampled_from(STORY_LINES + CONTEXT_LINES), CONTEXT_LABELS), min_size=1, max_size=24),
       st.booleans(), st.integers(1, 12))
def test_context(rows, keep_comments, long_words):
    # Every line's decision by the span, on any labels, with comments kept or not.
    built = page.build("\n\n".join(text for text, _ in rows), Config(lang="en", comments=keep_comments,
                                                                       long_words=long_words))
    labels = [label for _, label in rows][:len(built.lines)]
    labels += [Label(SHORT, None, "", "")] * (len(built.lines) - len(labels))
    reference, compiled = both(context.run, built, labels)
    assert compiled == reference


def test_context_past_the_closer():
    # Outside the span: a long paragraph near it stays, one further than a box's length past the header
    # that closes the span goes, and an item of a shop's grid that starts above that header stays.
    paragraph = CONTEXT_LINES[3]
    built = page.build("\n\n".join([paragraph] * 3 + ["Related"] + [paragraph] + ["Share"] * 13 + [paragraph] * 2),
                       Config(lang="en", long_words=10))
    labels = [Label("good", None, "", "", part=segmentation.BODY, block="body span, lines 1-5")] * 3 \
        + [Label("bad", False, "", "", closes=True, part=segmentation.CLOSER)] + [Label("good", None, "", "")] \
        + [Label(SHORT, None, "", "")] * 13 + [Label("good", None, "", ""),
                                              Label("good", None, "", "", grid=grids.GridLine("grid item", 2))]
    reference, compiled = both(context.run, built, labels)
    assert compiled == reference
    assert [label.keep for label in compiled] == [True] * 3 + [False, True] + [False] * 14 + [True]
    assert compiled[4].reason.startswith("long paragraph outside")
    assert compiled[18].reason.startswith("long paragraph more than")
    assert compiled[19].reason == "grid item, outside the body span, lines 1-5"


#: Pieces of Markdown lines: links, pictures, references, headings, bold and emphasis, and plain words.
MARKDOWN_PIECES = ["[Home](/)", "![logo](/a.png)", "[News][1]", "[1]: /news", "# Title", "## ", "#", "**bold**",
                   "__b__", "*em*", "_e_", "snake_case", "[", "]", "the", "harbour", "wall", " ", "Ünïcode", "日本"]
MARKDOWN_PARTS = st.lists(st.sampled_from(MARKDOWN_PIECES), min_size=1, max_size=8).map("".join).map(str.strip)


@SETTINGS
@given(st.lists(st.lists(st.one_of(MARKDOWN_PARTS, TEXTS), min_size=1, max_size=3).map(tuple), max_size=8))
def test_visible_blocks(blocks):
    # The text a reader sees of every block (one line's part or a wrapped paragraph's) and its share of
    # link text.
    reference, compiled = both(markdown.visible_blocks, blocks)
    assert compiled == reference


def test_visible_blocks_of_a_page():
    blocks = [("# The harbour wall",), ("[Home](/) | [News](/news)",), ("The wall reopened on Monday.",),
              ("The council said", "so on *Monday*.")]
    reference, compiled = both(markdown.visible_blocks, blocks)
    assert compiled == reference == (["The harbour wall", "Home | News", "The wall reopened on Monday.",
                                      "The council said so on Monday."], [0.0, 1.0, 0.0, 0.0])
    assert compiled[0][2] is blocks[2][0]  # a plain line is its own text


#: Lines that pages repeat (chrome, headlines, a paragraph printed twice), for the repetition stage.
REPEATED_LINES = ["Share this", "Read more", "Home", "Comments", "1. Early life", "- Home", "SHARE THIS!",
                  "The council said on Monday that the harbour wall would reopen in May."]
#: Labels as the stages before the repetition stage leave them: kept, undecided, dropped (as a comment's
#: line too), sealed by the lexicon.
REPEATED_LABELS = [Label("good", True, "", ""), Label("near", True, "", ""), Label(SHORT, None, "", ""),
                   Label(SHORT, True, "", ""), Label("bad", False, "", "chrome"),
                   Label("bad", False, "", f"{comments.REASON}: a thread"), Label("short", True, "", "", True),
                   Label("bad", False, "", "lexicon", True)]


@PAGE_SETTINGS
@given(st.lists(st.tuples(st.one_of(st.sampled_from(REPEATED_LINES), TEXTS), st.sampled_from(REPEATED_LABELS)),
                max_size=30), st.integers(0, 12))
def test_repeat_candidates(rows, limit):
    # The lines the repetition stage may drop, and its labels, on any labels and any word limit.
    built = page.build("\n\n".join(text for text, _ in rows), Config(lang="en", repeat_max_words=limit))
    labels = ([label for _, label in rows] + [REPEATED_LABELS[2]] * len(built.lines))[:len(built.lines)]
    compiled = native.compiled.repeat_candidates(built.lines, labels, limit, repetition.COPY_MIN_WORDS,
                                                 comments.REASON, "good")
    assert compiled == repetition._candidates(built, labels, limit)
    reference, compiled = both(repetition.run, built, labels)
    assert compiled == reference


#: Short lines as a text's list items, headings, dialogue, code and links hold them (bullets, permalink
#: signs, digits of several scripts, cased and uncased scripts, Markdown links).
TITLE_PARTS = ["- ", "* ", "• ", "– ", "· ", "+ ", "o ", "o", "-", " \u3000 ", "Home", "home", "the ", "and ",
               "Ünïcode", "ßtraße", "ΣΟΦΙΑ", "日本", "٣", "3 ", "1.", "12%", "¶", "Wave_read Objects¶", "x = 1;",
               "[Home](/)", "[the news](/news/) and more", "\t", "  ", ".", "?", "ǅ", "İ"]
TITLE_TEXT = st.lists(st.one_of(st.sampled_from(TITLE_PARTS), TEXTS), min_size=1, max_size=6).map("".join)


@PAGE_SETTINGS
@given(st.lists(st.tuples(TITLE_TEXT, st.sampled_from(["short", "near", "good", "bad"])), max_size=12),
       st.sampled_from([None, "en", "de", "zh"]))
def test_title_lines_and_evidence(rows, lang):
    built = page.build("\n\n".join(text for text, _ in rows), Config(lang=lang))
    classes = [cls for _, cls in rows] + ["short"] * len(built.lines)
    labels = [Label(cls, None, "", "") for cls in classes[:len(built.lines)]]
    reference, compiled = both(span.title_lines, built, labels)
    assert compiled == reference
    # The evidence of each line (segmentation._scores), an inline box's lines, listed titles, the
    # furniture between posts and the buttons under every entry of a listing among them.
    boxed = [k % 3 == 2 for k in range(len(labels))]
    labels = [label._replace(closes=k % 5 == 4, listed=k % 4 == 1, between_posts=k % 7 == 3,
                             reason=closers.BUTTON_REASON if k % 6 == 5 else label.reason)
              for k, label in enumerate(labels)]
    reference, compiled = both(segmentation._scores, built, labels, boxed, reference)
    assert compiled == reference


#: Lines of the shapes the features stage's rules look for, and look-alikes that they must leave: its
#: compiled classify labels a line only when no rule can match it, and must then give the Python's label.
CHROME_SHAPES = [
    "Comments (12)", "Battle Against Daesh in Syria (180)", "Published (2019)", "References[edit]",
    "[edit] See also", "History [ edit ]", "^ a b Smith, J. (2001). Title.", "^ Top", "↑ Kirche. In: Band 3.",
    "Jan on May 2, 2019 at 4:47 pm said:", "November 20, 2019 / 1:07 AM / CBS News", "14:48", "12.05.2019",
    "By Troy L. Smith, Cleveland.com", "By the end of the day, it rained.", "Posted by Jane Doe",
    "Posted on September 14, 2019 by Helen", "Posted on Facebook by 3 friends",
    "Home | News | Sport | World", "Home » Sport » Football", "«Wir waren da» | «So nicht» | gut",
    "Calories: 291kcal | Protein: 5g | Fat: 3g", "1 | 2 | 3 | 4 | 5 | 6",
    "Meg James is a corporate media reporter for the Los Angeles Times, covering the business.",
    "This is a writer's life, and it was a good one for the editor of the paper.",
    "Write to Al Root at al.root@example.com", "Telephone: 03-761 9056 Fax: 03-561 3699",
    "Call us on the phone at 555 1234 please.", "14:48In Footsteps of Katy Perry, Star Rises",
    "Police Say Man Was Shot In Custody After Death Of Student-AthleteA 24-year-old woman died.",
    "The Quick Brown Foxes Jumped Over Lazy Dogs", "militants, OSCE, Daesh, Sergei Lavrov, Aleppo",
    "1 cup blueberries, 2 rice cakes, 1 tsp. nut butter, salt", "* [Home](/) * [News](/news/)",
    "191119052250266", "23 24 25 26 27 28 29", "$ 1,299.00", "---", "2 3 5 8",
    "the quick brown fox jumps over the lazy dog and then it runs away into the woods again.",
    "Breaking News Today Latest Headlines Sports Weather Traffic Business Entertainment Politics Video Photos",
    "Οι πολίτες της χώρας ψήφισαν σήμερα για τη νέα κυβέρνηση και τον πρόεδρο.", "首页｜新闻｜体育",
    "台灣天氣 旅遊天氣 大陸天氣 國外天氣", "歷史新聞\t\t轉寄\t\t列印\t\t討論", "ニュース スポーツ エンタメ 経済 天気",
    "北市提醒報名補習班前 要停看聽", "서울시는 오늘 새 도서관을 열었다 시민들은 환영했다",
    "Von Hans Meier", "Автор: Иван Петров", "Publié le 3 mai 2019 par Jean", "9:41 Breaking", "٣:٤١ Breaking",
    "ſtory by Bob", "Written by Ann", "Xby Ann", "Die Kanäle «Aktien mit Kopf» oder «Madame Moneypenny»",
    "台中市 傳出 國一女、五歲男童 死亡",
]
SHAPED_LINES = st.lists(st.one_of(st.sampled_from(CHROME_SHAPES), TEXTS), min_size=1, max_size=3).map(" ".join)


DATE_PARTS = ["May", "2", "2019", "1st", "21.", "Juli", "4:47", "pm", "12.05.2019", "2019-01-24T19:23", "Uhr",
              "Января", "1er", "3º", "5ª", "posted", "on", "by", "Jan", "Mon.", "o'clock", "-", "/", "|", ",", "'",
              "ſ", "İ", "٣", "\U0001e800", "\u0378", "\xad"]
DATE_TEXT = st.lists(st.one_of(st.sampled_from(DATE_PARTS), TEXTS), min_size=1, max_size=8).map(" ".join)


@SETTINGS
@given(DATE_TEXT)
def test_dateline(text):
    params = features._core_params(page.build("x", Config(lang="en")))
    assert native.core.dateline(text, params) == features.dateline(text)


def test_unicode_classes_agree():
    """The core finds the dateline's tokens with str.isalpha and str.isdecimal where the pattern uses the
    `regex` module's \\p{L} and \\d, of a newer Unicode database: they agree on every character Python
    prints (the core leaves a line with any other to the Python function)."""
    import regex
    chars = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    letters, digits = set(regex.findall(r"\p{L}", chars)), set(regex.findall(r"\d", chars))
    assert not [c for c in chars if (c.isprintable() or c.isascii())
                and ((c in letters) != c.isalpha() or (c in digits) != c.isdecimal())]


def _classify_both(text: str, lang: str | None) -> None:
    """Every line of the page ``text``: the compiled classify's label, where it gives one, is the Python's."""
    with path(True):
        built = page.build(text, Config(lang=lang))
        params = features._core_params(built)
        for line in built.lines:
            label = native.core.classify(line, params)
            assert label is None or label == features.classify(line, built), line.text


@PAGE_SETTINGS
@given(st.lists(SHAPED_LINES, max_size=8).map("\n".join), st.sampled_from([None, "en", "de", "ru", "zh"]))
def test_classify_on_generated_lines(text, lang):
    _classify_both(text, lang)


#: Chrome shapes whose rule the compiled classify runs whole (a dateline, a byline, a menu without a colon
#: ...): it labels them itself, with the Python's label.
LABELLED_CHROME = {"Comments (12)", "November 20, 2019 / 1:07 AM / CBS News", "12.05.2019", "Posted by Jane Doe",
                   "Home | News | Sport | World", "Write to Al Root at al.root@example.com",
                   "14:48In Footsteps of Katy Perry, Star Rises", "---", "191119052250266",
                   "Jan on May 2, 2019 at 4:47 pm said:", "«Wir waren da» | «So nicht» | gut",
                   "Police Say Man Was Shot In Custody After Death Of Student-AthleteA 24-year-old woman died.",
                   "台灣天氣 旅遊天氣 大陸天氣 國外天氣", "歷史新聞\t\t轉寄\t\t列印\t\t討論"}


def test_classify_labels_the_whole_tests_and_leaves_the_other_chrome_to_python():
    """Each chrome shape that a rule labels bad gets the Python's label where the compiled test is the rule's
    whole test (``LABELLED_CHROME``) and is left to the Python classify where it is not; a prose line is
    labelled."""
    labelled = set()
    with path(True):
        for text in CHROME_SHAPES:
            built = page.build(text, Config(lang="en"))
            line = built.lines[0]
            reference = features.classify(line, built)
            if reference.cls == "bad":
                compiled = native.core.classify(line, features._core_params(built))
                assert compiled is None or compiled == reference, text
                if compiled is not None:
                    labelled.add(text)
        assert LABELLED_CHROME <= labelled
        assert "Calories: 291kcal | Protein: 5g | Fat: 3g" not in labelled  # measurements: Python's test
        for body in ("Die Kanäle «Aktien mit Kopf» oder «Madame Moneypenny»", "台中市 傳出 國一女、五歲男童 死亡"):
            built = page.build(body, Config(lang="de"))  # quotations, a clause with its comma: no menu
            compiled = native.core.classify(built.lines[0], features._core_params(built))
            assert compiled is not None and compiled.cls != "bad" and compiled == features.classify(built.lines[0], built)
        prose = page.build(next(t for t in CHROME_SHAPES if t.startswith("the quick brown fox")), Config(lang="en"))
        assert native.core.classify(prose.lines[0], features._core_params(prose)).cls == "good"


#: Lines that the core rules in or out by their first characters, their clock's figures or their glue
#: point before it asks a pattern (a byline's word in another script, a clock in other figures, a headline
#: glued after its mark), with their labels, and look-alikes that no such rule labels.
PREFILTERED = {"Автор: Иван Петров": "byline", "автор Иван Петров": "byline", "By: Jane Doe": "byline",
               "Photos by Jane Doe": "byline", "Posted on 12 May 2019 by Jane": "post meta",
               "١٢:٣٤ Trump Says More": "news-ticker", "Heute um 10.30 Uhr": "dateline", "2019-05-12": "dateline",
               "Jan on May 2, 2019 at 4:47 pm said:": "comment header",
               "Harbour Wall Reopens After The Storm!The council says the repairs took four months and cost more.":
                   "teaser",
               "Ανταπόκριση: Γιάννης": "short", "Bye for now": "short", "12h30 Le match commence": "short",
               "3-4 Punkte": "short", "Ǆemal wrote 12:30": "short"}


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_features_stage_on_prefiltered_lines(lang):
    built = page.build("\n\n".join(PREFILTERED), Config(lang=lang))
    labels = [Label(SHORT, None, "", "")] * len(built.lines)
    reference, compiled = both(features.run, built, labels)
    assert compiled == reference
    assert [label.reason.startswith(start) or label.cls == start for label, start in zip(compiled, PREFILTERED.values())] \
        == [True] * len(PREFILTERED)


@pytest.mark.parametrize("page_file", sorted([*CORPUS.glob("cases/*/page.txt"), *CORPUS.glob("negative/*.txt")]),
                         ids=lambda p: str(p.relative_to(CORPUS)))
def test_classify_on_the_corpus(page_file):
    _classify_both(page_file.read_text("utf-8"), None)


def decisions(text: str) -> list[tuple]:
    return [(d.line_number, d.line, d.keep, d.stage, d.reason) for d in Cleaner().explain(text).decisions]


@PAGE_SETTINGS
@given(st.lists(st.one_of(TEXTS, st.sampled_from(
    (CORPUS / "negative" / "interview-beekeeper.txt").read_text("utf-8").splitlines())), max_size=25))
def test_decisions_on_generated_pages(lines):
    text = "\n".join(lines)
    reference, compiled = both(decisions, text)
    assert compiled == reference


#: Labels as the stages leave them: undecided, kept and dropped lines, with and without the layout judges'
#: fields set.
LABELS = st.lists(st.builds(Label, st.sampled_from(["good", "near", "short", "bad"]),
                            st.sampled_from([None, True, False]),
                            st.sampled_from(["features", "lexicon", ""]), TEXTS, st.booleans(), st.booleans(),
                            st.sampled_from(["", "comment thread: 3 comments"]), st.sampled_from(["", "body span"]),
                            st.sampled_from(["", "body", "gap"]), st.booleans(), st.booleans(), st.booleans(),
                            st.booleans(), st.booleans(), st.booleans()), max_size=12)


@SETTINGS
@given(LABELS, st.sampled_from([("title_like", "menu"), ("furniture", "between_posts"), ("grid",), ("listed",),
                                ("aside", "block", "part", "row", "entry", "furniture"), ("cls", "keep")]),
       st.data())
def test_recorded(labels, names, data):
    found = data.draw(st.dictionaries(st.integers(-len(labels), len(labels) - 1) if labels else st.nothing(),
                                      st.tuples(*[st.one_of(st.booleans(), TEXTS, st.none()) for _ in names]),
                                      max_size=len(labels)))
    reference, compiled = both(recorded, labels, names, found)
    assert compiled == reference
    assert all(type(label) is Label for label in compiled)
    assert [new is old for new, old in zip(compiled, labels)] == [new is old for new, old in zip(reference, labels)]


@SETTINGS
@given(st.lists(st.one_of(TEXTS, st.sampled_from(["Thanks, that worked.", "Reactions:", "Posts: 214", "Is it?"])),
                max_size=10).map("\n".join), LABELS)
def test_post_lines(text, labels):
    built = page.build(text, Config(lang="en"))
    labels = (labels * (len(built.lines) // max(len(labels), 1) + 1))[:len(built.lines)] if labels else \
        [Label(SHORT, None, "", "")] * len(built.lines)
    reference, compiled = both(posts.post_lines, built, labels)
    assert compiled == reference and [type(flag) for flag in compiled] == [type(flag) for flag in reference]


@SETTINGS
@given(st.lists(st.booleans(), max_size=30), st.integers(-2, 32), st.sampled_from([1, -1]), st.booleans())
def test_edge(flags, i, step, value):
    reference, compiled = both(posts._edge, flags, i, step, value)
    assert compiled == reference


def _labels_before(stage: str, built: page.Page) -> list[Label]:
    """The labels of ``built`` as the stages before ``stage`` leave them on a first pass."""
    labels = [pipeline.UNSEEN] * len(built.lines)
    for name, run in pipeline.STAGES:
        if name == stage:
            return labels
        labels = run(built, labels)
    raise ValueError(stage)


#: A thread's posts and the furniture between them: dates (the features stage's datelines), counters whose
#: numbers differ from post to post, the lexicon's forum chrome, a post's own short lines.
POST_LINES = ["The council said on Monday that the harbour wall would reopen in May after the repairs.",
              "Thanks, that worked.", "Is it?", "Quote:", "12 Comments"]
FURNITURE_LINES = ["May 2, 2019 at 4:47 pm", "12.05.2019", "Feb 3, 2017, 10:12 AM", "Join Date: Feb 2017",
                   "Posts: 214", "Posts: 1,032", "Reply With Quote", "Member", "#5", "Top", "Anubis1"]
THREAD = st.lists(st.tuples(st.lists(st.one_of(st.sampled_from(POST_LINES), TEXTS), min_size=1, max_size=3),
                            st.lists(st.sampled_from(FURNITURE_LINES), min_size=1, max_size=6)), max_size=8)


@PAGE_SETTINGS
@given(THREAD, st.data())
def test_thread_posts(thread, data):
    # The span grown over a thread's posts, and the furniture it grew over: the walk up and down the page.
    built = page.build("\n\n".join(line for post, block in thread for line in post + block), Config(lang="en"))
    if not built.lines:
        return
    labels = _labels_before("segmentation", built)
    n = len(built.lines)
    first = data.draw(st.integers(0, n - 1))
    last = data.draw(st.integers(first, n - 1))
    aside = data.draw(st.lists(st.sampled_from([False] * 7 + [True]), min_size=n, max_size=n))
    reference, compiled = both(posts.thread_posts, built, labels, aside, first, last)
    assert compiled == reference


def test_thread_posts_grows_over_a_thread():
    # A span of two posts and the dated block between them (lines 0-10); the next block repeats the one
    # before it, the third in a row: the walk reaches the post under it, and the block's lines past the
    # span are furniture.
    block = ["Anubis1", "Join Date: Feb 2017", "Posts: 214", "May 2, 2019 at 4:47 pm"]
    text = "\n\n".join(["The council said on Monday that the harbour wall would reopen in May.", *block,
                         "Thanks, that worked.", *block, "Is it the same wall?", *block, "It is."])
    built = page.build(text, Config(lang="en"))
    labels = _labels_before("segmentation", built)
    reference, compiled = both(posts.thread_posts, built, labels, [False] * len(labels), 0, 10)
    assert compiled == reference == (0, 15, frozenset(range(11, 15)))


#: A spec sheet's labels and values (with a colon, without, in other scripts), and the lines beside them
#: that are no such pair: a clock time, a sentence, a long value, a label repeated.
SPEC_LINES = ["Weight", "653 g", "Outer fabric material:", "100% polyester", "Fastening:", "Zip", "Yes", "No",
              "N/A", "Detachable Cable", "Größe:", "Schwarz", "Вес:", "2 кг", "重量:", "٣ كغ", "Ⅻ", "12:30",
              "Path C: Scotland, Norway", "Compare", "Oven safe up to:", "It rained.", "Colour (main):",
              "O’Brien & Sons:", "x" * 41 + ":", "Αβγ δεζ", "Länge", "3.2 cm"]
SPEC_LABELS = [Label(SHORT, None, "", ""), Label("near", None, "", ""), Label("good", None, "", ""),
               Label(SHORT, True, "", ""), Label("bad", False, "", "")]


@PAGE_SETTINGS
@given(st.lists(st.tuples(st.one_of(st.sampled_from(SPEC_LINES), TEXTS),
                          st.sampled_from([SPEC_LABELS[0]] * 6 + SPEC_LABELS)), max_size=30))
def test_spec_pairs(rows):
    # The runs of label-and-value pairs of a spec sheet, on any lines and labels.
    built = page.build("\n\n".join(text for text, _ in rows), Config(lang="en"))
    labels = ([label for _, label in rows] + [SPEC_LABELS[0]] * len(built.lines))[:len(built.lines)]
    reference, compiled = both(specs._pairs, built, labels)
    assert compiled == reference
    reference, compiled = both(specs.run, built, labels)
    assert compiled == reference


def test_spec_pairs_of_a_sheet():
    sheet = ["Outer fabric material:", "100% polyester", "Fastening:", "Zip", "Weight", "653 g", "Größe:", "Schwarz",
             "Compare", "Customer reviews:"]
    built = page.build("\n\n".join(sheet), Config(lang="en"))
    labels = [SPEC_LABELS[0]] * len(built.lines)
    reference, compiled = both(specs._pairs, built, labels)
    assert compiled == reference == set(range(8))


#: Sentences as a page's copy of its text runs them together: every mark that ends one (a full stop, an
#: ellipsis, CJK marks) before spaces of every kind, an abbreviation's dot, words that change in lower case.
SENTENCE_PARTS = ["The council said so. ", "Why?  ", "Yes!\n", "Wait…\t", "日本語。", "本当！ ", "それ？\u3000",
                  "İstanbul ", "ΣΟΦΙΑΣ. ", "a_b ", "x² ", " ", ". ", "U.S. ", "one two three four five. "]


@SETTINGS
@given(st.lists(st.one_of(st.sampled_from(SENTENCE_PARTS), TEXTS), max_size=10).map("".join))
def test_sentences(text):
    # The sentences of a line and their keys, as the dumps stage looks them up (the uncached function:
    # the cache would answer both paths alike).
    reference, compiled = both(dumps._sentences.__wrapped__, text)
    assert compiled == reference


def test_sentences_of_a_line():
    text = "The wall reopened on Monday. Why did it close?  Nobody knows… Ask the council today!"
    reference, compiled = both(dumps._sentences.__wrapped__, text)
    assert compiled == reference == (("the wall reopened on monday", 5), ("why did it close", 4),
                                     ("ask the council today", 4))


#: A text's headings, listed once above it and printed again over its sections, among other lines.
HEADINGS = ["History", "Early life", "Career", "Contents", "- History", "HISTORY", "Career ",
            "The council said on Monday that the harbour wall would reopen in May, after two years of repairs."]


@PAGE_SETTINGS
@given(st.lists(st.one_of(st.sampled_from(HEADINGS), TEXTS), max_size=30))
def test_listed_runs(lines):
    # The runs of short lines that the page prints again later: a table of contents without numbers.
    built = page.build("\n\n".join(lines), Config(lang="en"))
    reference, compiled = both(repetition._listed_runs, built.lines)
    assert compiled == reference


def test_listed_runs_of_a_contents_box():
    text = "\n\n".join(["Contents", "History", "Early life", "Career", "History", "It began in 1901.", "Early life",
                        "She was born in Leeds.", "Career", "She wrote.", "History"])
    built = page.build(text, Config(lang="en"))
    reference, compiled = both(repetition._listed_runs, built.lines)
    assert compiled == reference == [(1, 5, ["history", "early life", "career", "history"], True)]


#: The openings of a numbered table of contents' first entry and their look-alikes: bullets with and
#: without a space, whitespace of every kind, other numbers.
TOC_PARTS = ["1", "1 ", "1\t", "1\u00a0", "1\u3000", "11 ", "2 ", "1.", "* ", "• ", "+ ", "- ", "– ", "*", "•", "  ",
             "\u2028", "History", "Early life"]


@SETTINGS
@given(st.lists(st.lists(st.one_of(st.sampled_from(TOC_PARTS), TEXTS), max_size=4).map("".join), max_size=12))
def test_toc_openings(texts):
    # Line texts as they stand (not stripped as page.build strips them).
    base = page.build("x", Config(lang="en")).lines[0]
    lines = tuple(base._replace(text=text) for text in texts)
    reference, compiled = both(repetition._toc_openings, lines)
    assert compiled == reference


def test_toc_openings_of_a_contents_box():
    lines = page.build("\n\n".join(["Contents", "1 History", "* 1 History", "•  1\tEarly life", "1. Paris", "1",
                                       "12 Career", "-1 x"]), Config(lang="en")).lines
    reference, compiled = both(repetition._toc_openings, lines)
    assert compiled == reference == [1, 2, 3]


@SETTINGS
@given(LABELS, st.lists(st.sampled_from(["", "comment thread: 3 comments", "comment thread", "inline box of links",
                                         boxes.INLINE_BOX_PREFIX + "3 links", "teaser run: 4 teasers"]), max_size=12))
def test_span_columns(labels, asides):
    # The fields of the labels that the segmentation stage reads: asides of comment threads, of teaser
    # runs and of inline boxes, and the headers that close the article outside a box.
    labels = [label._replace(aside=aside) for label, aside in zip(labels, asides + [""] * len(labels))]
    reference, compiled = both(segmentation._columns, labels)
    assert compiled == reference
    assert [list(map(type, column)) for column in compiled[1:]] == [list(map(type, column)) for column in reference[1:]]


@SETTINGS
@given(LABELS, st.data())
def test_spans_recorded(labels, data):
    # The spans recorded on the labels: the main span's parts (title, gap, body, signature), further
    # spans, the closer, the rows, entries and furniture the span took in (some beyond it) and a
    # trailing run set aside.
    if not labels:
        return
    n = len(labels)
    built = page.build("\n\n".join(f"Line {k}" for k in range(n)), Config(lang="en"))
    index = st.integers(0, n - 1)
    first = data.draw(index)
    last = data.draw(st.integers(first, n - 1))
    body = span.Span(data.draw(st.integers(first, last)), data.draw(st.integers(first, last)))
    found = span.Span(first, last, *(frozenset(data.draw(st.lists(index, max_size=4))) for _ in range(4)))
    others = [(a, a + data.draw(st.integers(0, n - 1 - a))) for a in data.draw(st.lists(index, max_size=2))]
    start = data.draw(index)
    trailing = range(start, data.draw(st.integers(start, n)))
    asides = [data.draw(st.sampled_from(["", "comment thread: 3 comments", "teaser run: 4 teasers"])) for _ in range(n)]
    aside = segmentation.Aside([a if a.startswith("teaser") else "" for a in asides],
                               [a if a.startswith("comment") else "" for a in asides], [bool(a) for a in asides])
    closing = data.draw(st.lists(st.booleans(), min_size=n, max_size=n))
    reference, compiled = both(segmentation._recorded, built, labels, aside, trailing, closing, body, found, others)
    assert compiled == reference
    assert all(type(label) is Label for label in compiled)
    assert [new is old for new, old in zip(compiled, labels)] == [new is old for new, old in zip(reference, labels)]


@SETTINGS
@given(LABELS, st.data())
def test_menus_recorded(labels, data):
    # The menus stage's record: title-likeness and the menu flag, set on the lines with either.
    flags = st.lists(st.booleans(), min_size=len(labels), max_size=len(labels))
    title_like, menu = data.draw(flags), data.draw(flags)
    reference, compiled = both(menus._recorded, labels, title_like, menu)
    assert compiled == reference
    assert all(type(label) is Label for label in compiled)
    assert [new is old for new, old in zip(compiled, labels)] == [new is old for new, old in zip(reference, labels)]


@SETTINGS
@given(st.lists(st.one_of(st.sampled_from(["Topics include:", "Key features: ", ":", "：", "Note: it rained."]), TEXTS),
                max_size=12), st.integers(-2, 14), st.integers(-2, 14))
def test_colon_lines(texts, first, stop):
    # The lines that may announce a list, between two bounds that may fall outside the page.
    base = page.build("x", Config(lang="en")).lines[0]
    lines = tuple(base._replace(text=text) for text in texts)
    reference, compiled = both(span._colon_lines, lines, first, stop)
    assert compiled == reference


@SETTINGS
@given(LABELS, st.data())
def test_stops(labels, data):
    # Where a thread's growth stops: lines set aside (flags of any truth) and closing headers.
    flags = data.draw(st.lists(st.sampled_from([False, True, 0, 1, "", "teaser run"]), min_size=len(labels),
                               max_size=len(labels)))
    reference, compiled = both(posts._stops, flags, labels)
    assert compiled == reference
    assert list(map(type, compiled)) == list(map(type, reference))


@SETTINGS
@given(st.lists(st.tuples(st.booleans(), st.integers(0, 3), st.sampled_from([0, 3, 40, 99, 100, 180]),
                          st.sampled_from(SPEC_LABELS + [Label(SHORT, True, "", "", final=True),
                                                         Label("good", None, "", "", final=True)])), max_size=16))
def test_dump_candidates(rows):
    # Units of one line or of a cut line's pieces (a piece may stand under a line of another number, as on
    # a re-check pass), long or short, with labels that may no longer be revised.
    base = page.build("x", Config(lang="en")).lines[0]
    lines, number = [], 1
    for new_line, piece, words, _ in rows:
        number += new_line
        lines.append(base._replace(number=number, piece=piece, words=words))
    built = page.Page(lines=tuple(lines), lang="en", config=Config(lang="en"), blank_separated=True)
    reference, compiled = both(dumps._candidates, built, [label for *_, label in rows])
    assert compiled == reference


#: Sentences of consent, of several words' lengths and languages, and look-alikes: an opener without an
#: assent word, an assent word without an opener, a clause of terms too long for a form.
CONSENT_LINES = ["By clicking Subscribe, you agree to our Terms and Privacy Policy.",
                 "By subscribing you agree to receive emails.", "By clicking below you will get the book.",
                 "We agree with the council.", "Mit dem Absenden stimmen Sie der Datenschutzerklärung zu.",
                 "By " + "using this site and reading on " * 12 + "you agree.", "By", "Subscribe", "Email address"]


@PAGE_SETTINGS
@given(st.lists(st.tuples(st.one_of(st.sampled_from(CONSENT_LINES), TEXTS),
                          st.sampled_from(SPEC_LABELS + [Label(SHORT, True, "", "", final=True),
                                                         Label("bad", False, "", "", final=True)])), max_size=20))
def test_consent_lines(rows):
    built = page.build("\n\n".join(text for text, _ in rows), Config(lang="en"))
    labels = ([label for _, label in rows] + [SPEC_LABELS[0]] * len(built.lines))[:len(built.lines)]
    reference, compiled = both(dialogs._consent_lines, built, labels)
    assert compiled == reference


def test_consent_lines_of_a_form():
    built = page.build("\n\n".join(CONSENT_LINES), Config(lang="en"))
    labels = [SPEC_LABELS[0]] * len(built.lines)
    labels[1] = Label(SHORT, True, "", "", final=True)  # kept by the lexicon: no consent sentence of a form
    reference, compiled = both(dialogs._consent_lines, built, labels)
    assert compiled == reference == [0, 4]


#: Menus and the look-alikes that a sentence of the text announces, a picture's empty line between them.
MENU_LINES = ["Home", "News", "Sport", "Weather", "Contact us", "The package includes:", "Topics:", "![](pic.jpg)",
              "The council said on Monday that the harbour wall would reopen in May after the repairs.", "Share"]


@PAGE_SETTINGS
@given(st.lists(st.tuples(st.one_of(st.sampled_from(MENU_LINES), TEXTS), st.sampled_from(SPEC_LABELS)), max_size=30),
       st.integers(1, 6))
def test_menu_runs(rows, menu_run):
    # The runs of title-like and chrome lines, on any labels and any run length.
    built = page.build("\n\n".join(text for text, _ in rows), Config(lang="en", menu_run=menu_run))
    labels = ([label for _, label in rows] + [SPEC_LABELS[0]] * len(built.lines))[:len(built.lines)]
    title_like = span.title_lines(built, labels)
    reference, compiled = both(span.menu_runs, built, labels, title_like)
    assert compiled == reference
    reference, compiled = both(menus.run, built, labels)
    assert compiled == reference


def test_menu_runs_announced():
    # A menu's four items make a run; the four items that a sentence announces do not.
    text = "\n\n".join(["Home", "News", "Sport", "Weather", "Travel", "The package includes:", "Cable", "Charger",
                        "Manual", "Case"])
    built = page.build(text, Config(lang="en"))
    labels = [Label(SHORT, None, "", "")] * 5 + [Label("near", None, "", "")] + [Label(SHORT, None, "", "")] * 4
    title_like = span.title_lines(built, labels)
    assert title_like[1:5] == title_like[6:] == [True] * 4
    reference, compiled = both(span.menu_runs, built, labels, title_like)
    assert compiled == reference == [False] + [True] * 4 + [False] * 5


#: Evidence as the segmentation stage sums it: a paragraph's words, halves, the chrome's and a closing
#: header's negative weights, zeros, and any float.
SCORES = st.lists(st.one_of(st.sampled_from([0.0, -0.0, 0.5, 1.0, 12.0, 40.0, -3.0, -10.0, -25.0, 2, -1]),
                            st.floats(-1e6, 1e6, allow_nan=False)), max_size=40)


@SETTINGS
@given(SCORES)
def test_densest_span_and_maximal_runs(scores):
    reference, compiled = both(span.densest_span, scores)
    assert compiled == reference
    reference, compiled = both(span.maximal_runs, scores)
    assert compiled == reference


def test_maximal_runs_of_a_page():
    # Two texts split by a box of chrome: the densest run, and both maximal runs, each with its sum.
    scores = [-3.0, 40.0, 12.0, -10.0, -10.0, -10.0, 25.0, 1.0, -3.0]
    reference, compiled = both(span.densest_span, scores)
    assert compiled == reference == (1, 2)
    reference, compiled = both(span.maximal_runs, scores)
    assert compiled == reference == [(1, 2, 52.0), (6, 7, 26.0)]
    assert both(span.densest_span, [-1.0, 0.0]) == (None, None)


CORPUS_PAGES = sorted([*CORPUS.glob("cases/*/page.txt"), *CORPUS.glob("negative/*.txt"), CORPUS / "seed" / "page.txt"])


@pytest.mark.parametrize("page_file", CORPUS_PAGES, ids=lambda p: str(p.relative_to(CORPUS)))
def test_decisions_on_the_corpus(page_file):
    with open(page_file, encoding="utf-8", newline="") as f:
        text = f.read()
    reference, compiled = both(decisions, text)
    assert compiled == reference


def test_pure_python_switch():
    """CLEANER_PURE_PYTHON=1 selects the Python path in a new process (without it, the compiled core is
    in use: see the module's other tests)."""
    probe = "from cleaner import native; print(native.core is None, native.compiled is None)"
    env = {**os.environ, "CLEANER_PURE_PYTHON": "1"}
    out = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "False"]
    assert native.core is native.compiled or os.environ.get("CLEANER_PURE_PYTHON")


#: Lines of the fine print's words and marks in both cases, with the letters a case-blind match reads as
#: ASCII ones and those that lower-casing treats apart (the final sigma, the dotted I).
FINE_PRINT_TEXT = st.lists(st.sampled_from(
    ["Sold", "ſold", "separately", " ", "subject to", "CHANGE", "İmages", "simulated", "available in", "İn all",
     "vary", "offer", "valid", "Trademark", "\u212a", "ı", "Σ", "ς", "†", "‡", "◊", "Δ", "δ", "∆", "*", "é", "日"]),
    max_size=10).map("".join)


@SETTINGS
@given(st.lists(st.one_of(FINE_PRINT_TEXT, TEXTS), max_size=8))
def test_fine_print_candidates(texts):
    reference, compiled = both(fineprint.may_be_notes, texts)
    assert compiled == reference


def test_fine_print_needles_fit_the_compiled_scan():
    """The compiled scan takes at most 64 needles of 1 to 64 characters each (its tables are fixed): a longer
    list of fine-print phrases in ``data/fine_print.txt`` needs its bounds raised first."""
    assert len(fineprint.NEEDLES) <= 64
    assert all(1 <= len(needle) <= 64 for needle in fineprint.NEEDLES)
