"""Stoplists and the page-language guess.

Stopword density is the strongest single sign of running prose in any language (jusText's insight):
sentences need function words, menus, tags and headline lists mostly do without. We reuse the 100
stoplists that jusText ships (it comes with trafilatura) and add small ones for Chinese and Japanese,
which jusText lacks. Those two are written without spaces, so their tokens are single characters.
"""
from __future__ import annotations

import functools
import importlib.util
import re
from collections import Counter
from dataclasses import dataclass
from importlib import resources
from itertools import chain, filterfalse
from pathlib import Path

import regex

from . import native

#: Word tokens; CJK ideographs and kana are one token per character because those scripts use no spaces.
TOKEN = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]|[^\W\p{Han}\p{Hiragana}\p{Katakana}]+")
#: Han, kana and Hangul (main blocks), in the stdlib ``re`` for speed: it is searched on every line.
CJK_CHAR = re.compile("[\u1100-\u11ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
                      "\U00020000-\U0002fa1f]")

#: ISO 639-1 code -> jusText stoplist name, for the languages we guess between.
JUSTEXT_NAMES = {
    "af": "Afrikaans", "ar": "Arabic", "bg": "Bulgarian", "ca": "Catalan", "cs": "Czech", "da": "Danish",
    "de": "German", "el": "Greek", "en": "English", "eo": "Esperanto", "es": "Spanish", "et": "Estonian",
    "eu": "Basque", "fa": "Persian", "fi": "Finnish", "fr": "French", "ga": "Irish", "gl": "Galician",
    "he": "Hebrew", "hi": "Hindi", "hr": "Croatian", "hu": "Hungarian", "id": "Indonesian", "is": "Icelandic",
    "it": "Italian", "ko": "Korean", "lt": "Lithuanian", "lv": "Latvian", "ms": "Malay", "nl": "Dutch",
    "nb": "Norwegian_Bokmal", "pl": "Polish", "pt": "Portuguese", "ro": "Romanian", "ru": "Russian",
    "sk": "Slovak", "sl": "Slovenian", "sr": "Serbian", "sv": "Swedish", "tl": "Tagalog", "tr": "Turkish",
    "uk": "Ukrainian", "vi": "Vietnamese", "cy": "Welsh",
}
#: Languages whose stoplists ship with cleaner (jusText has none for them).
OWN_STOPLISTS = ("zh", "ja")
LANGUAGES = tuple(sorted((*JUSTEXT_NAMES, *OWN_STOPLISTS)))

#: Chinese is measured in characters, and a character is a function word far less often than a word of
#: a spaced script is: a news paragraph's characters are 10-25 % stopwords (的, 是, 在, 了 ...), where a
#: paragraph of English or Russian words is 30-50 %. Its prose threshold is the configured stopword
#: density times this (0.25 becomes 0.15): menus, headline lists and tag rows still sit below 5 %.
#: Japanese needs no scaling: its particles (の, に, は, を ...) are a third of its characters.
DENSITY_SCALE = {"zh": 0.6}

#: Languages whose headlines are written in title case ("Harbour Wall Reopens After Storm"): there a
#: headline shows itself by its capitals. Elsewhere (Greek, Russian, Polish, German, French, Chinese ...)
#: a headline is written like a sentence, and only its missing sentence end tells it from a paragraph.
TITLE_CASE_HEADLINES = frozenset({"en"})

#: A page whose best stoplist covers fewer of its tokens than this has no clear language (a table of
#: figures, a code listing); it is measured against the union of all stoplists instead. Scaled like the
#: prose threshold (``DENSITY_SCALE``): a Chinese page's characters are stopwords half as often as an
#: English page's words, and a news page whose menus and headline lists outweigh its article falls to 5-8 %
#: (no other list reaches 2 % of its characters).
MIN_COVERAGE = 0.08
#: Tokens looked at for the guess.
GUESS_TOKENS = 20000


#: Plain word tokens, for the common case of a line without CJK characters (the stdlib is faster).
WORD = re.compile(r"\w+")


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens of ``text`` (CJK: one per character)."""
    if CJK_CHAR.search(text):
        return TOKEN.findall(text.lower())
    return spaced_tokens(text)


def spaced_tokens(text: str) -> list[str]:
    """:func:`tokens` of a text known to hold no CJK character."""
    return WORD.findall(text.lower())


def _justext_stoplists() -> Path:
    """The folder of jusText's stoplists (jusText comes with trafilatura), found without importing
    jusText: its import (lxml, urllib) costs more than reading all its lists."""
    spec = importlib.util.find_spec("justext")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("cleaner reads jusText's stoplists: pip install justext")
    return Path(spec.submodule_search_locations[0], "stoplists")


def _read_stoplist(lang: str) -> frozenset[str]:
    if lang in OWN_STOPLISTS:
        raw = resources.files("cleaner").joinpath(f"data/stoplists/{lang}.txt").read_text("utf-8")
    else:
        raw = _justext_stoplists().joinpath(f"{JUSTEXT_NAMES[lang]}.txt").read_text("utf-8")
    # Some jusText lists carry trailing punctuation ("있다.") or numbers (Hebrew's has "12"): keep only
    # the word tokens, and no number, which says nothing of a language. The lines are tokenised as
    # :func:`tokens` does, those with a CJK character and the others each in one call: no token spans a
    # line break, and two calls instead of one per word make the index of all lists several times cheaper.
    lines = raw.splitlines()
    cjk = "\n".join(filter(CJK_CHAR.search, lines))
    spaced = "\n".join(filterfalse(CJK_CHAR.search, lines))
    return frozenset(filterfalse(str.isdigit, chain(TOKEN.findall(cjk.lower()), WORD.findall(spaced.lower()))))


def prose_density(lang: str | None, density: float) -> float:
    """The stopword density at which a line of ``lang`` reads as prose, for a configured ``density``
    (see ``DENSITY_SCALE``)."""
    return density * DENSITY_SCALE.get(lang, 1.0) if lang else density


@functools.lru_cache(maxsize=None)
def stoplist(lang: str | None) -> frozenset[str]:
    """The stoplist of ``lang``; ``None`` gives the union of all, for pages of no clear language."""
    if lang is None:
        return frozenset().union(*(stoplist(code) for code in LANGUAGES))
    if lang not in LANGUAGES:
        raise ValueError(f"no stoplist for language {lang!r}; known: {', '.join(LANGUAGES)}")
    return _read_stoplist(lang)


@functools.lru_cache(maxsize=None)
def _index() -> dict[str, tuple[str, ...]]:
    """Inverted index word -> languages whose stoplist holds it, so a guess costs one pass over the page."""
    index: dict[str, tuple[str, ...]] = {}
    for lang in LANGUAGES:  # languages in this order in every tuple
        words = stoplist(lang)
        shared = words & index.keys()  # most words are in one list: they are added in one call
        index.update(dict.fromkeys(words - shared, (lang,)))
        for word in shared:
            index[word] += (lang,)
    return index


def _stopword_hits(tokens: list[str]) -> Counter[str]:
    """Per language, how many of ``tokens`` its stoplist holds (one lookup per distinct stopword; only
    stopwords are counted, the other tokens are filtered out in C)."""
    index = _index()
    if native.core is not None:
        return Counter(native.core.stopword_hits(tokens, index))
    counts = Counter(filter(index.__contains__, tokens))
    hits: dict[str, int] = {}  # a plain dict while counting: Counter's += goes through __missing__
    get = hits.get
    for word, count in counts.items():
        for lang in index[word]:
            hits[lang] = get(lang, 0) + count
    return Counter(hits)


@dataclass(frozen=True)
class Evidence:
    """What a language guess saw: the stopword hits per language among ``tokens`` tokens. Hits add up
    over tokens, so the evidence of part of a text is that of the whole less that of the rest: a
    re-check pass that drops a few lines subtracts theirs instead of counting the kept ones again."""

    hits: Counter[str]
    tokens: int

    def guess(self) -> str | None:
        """The language whose stoplist covers most tokens, or ``None`` below MIN_COVERAGE."""
        if not self.tokens or not self.hits:
            return None
        # Ties (e.g. Serbian and Croatian lists sharing words) go to the alphabetically first code so the
        # guess is deterministic.
        lang, count = min(self.hits.items(), key=lambda kv: (-kv[1], kv[0]))
        return lang if count / self.tokens >= prose_density(lang, MIN_COVERAGE) else None

    def without(self, tokens: list[str]) -> Evidence:
        """The evidence once ``tokens``, some of the tokens it saw, are taken away."""
        return Evidence(self.hits - _stopword_hits(tokens), self.tokens - len(tokens))


def evidence(tokens: list[str]) -> Evidence:
    """What a guess over ``tokens`` sees (callers pass at most GUESS_TOKENS, as :func:`guess` does)."""
    return Evidence(_stopword_hits(tokens), len(tokens))


def guess(page_tokens: list[str]) -> str | None:
    """The language whose stoplist covers most tokens of the page, or ``None`` below MIN_COVERAGE.
    The first GUESS_TOKENS tokens decide: more only cost time."""
    return evidence(page_tokens[:GUESS_TOKENS]).guess()
