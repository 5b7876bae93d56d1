"""Peer systems that clean page text without the cleaner, to put its numbers in context.

Every peer is ``peer(text, lang) -> text``: the page text (one block per line) and the page's ISO 639-1
language code, which only jusText uses. They are plain module-level functions so that a
multiprocessing pool can pickle them by name.
"""
from __future__ import annotations

import html
import re

import justext

from cleaner.language import JUSTEXT_NAMES


def unchanged(text: str, lang: str) -> str:
    """The ceiling for recall and the floor for precision: the whole page text."""
    return text


# ---------------------------------------------------------------- C4
# The rules come from two sources, cited per rule below:
#   [T5]  Raffel et al. 2020, "Exploring the Limits of Transfer Learning with a Unified Text-to-Text
#         Transformer", JMLR 21(140), section 2.2 "The Colossal Clean Crawled Corpus".
#   [TFDS] tensorflow_datasets/text/c4_utils.py, clean_page() and its constants (the code that built C4).
# Only the line rules are applied. C4's page-level rules are skipped because they decide which pages
# enter a corpus, not which lines of a page are body; here an emptied page would only count as a page
# with zero recall. Skipped: drop pages with fewer than 3 sentences ([T5]; [TFDS] _MIN_NUM_SENTENCES = 3,
# counted with NLTK punkt), drop pages with "lorem ipsum" or "{" ([T5]; [TFDS] "filtered:loremipsum",
# "filtered:squigglybracket": the line holding them is dropped here instead), drop pages with a word from
# the "bad words" list ([T5]), corpus-wide deduplication of 3-sentence spans ([T5]) and language ID
# ([TFDS] langdetect, English >= 0.99).

#: [T5] "a period, exclamation mark, question mark, or end quotation mark"; [TFDS] _END_MARKS.
C4_END_MARKS = (".", "?", "!", '"')
#: [TFDS] a line ending in an ellipsis does not count as ending in a terminal mark.
C4_ELLIPSIS = "..."
#: [T5] "only retained lines that contained at least 5 words"; [TFDS] _MIN_WORDS_PER_LINE = 5.
C4_MIN_WORDS = 5
#: [TFDS] _MAX_WORD_LENGTH = 1000: a line with a longer "word" is dropped.
C4_MAX_WORD_LENGTH = 1000
#: [T5] "we removed any such markers" (Wikipedia citation marks); [TFDS] _CITATION_REGEX.
C4_CITATION = re.compile(r"\[\d*\]|\[edit\]|\[citation needed\]")
#: [T5] and [TFDS] _POLICY_SUBSTRINGS: policy-notice lines are dropped.
C4_POLICY = ("terms of use", "privacy policy", "cookie policy", "uses cookies", "use of cookies", "use cookies")
#: [T5] "removed any line with the word Javascript"; [TFDS] "line-filtered:javascript".
#: [T5]/[TFDS] "lorem ipsum" and "{" drop the whole page; here they drop the line (see above).
C4_DROP_SUBSTRINGS = ("javascript", "lorem ipsum", "{")


def c4_line_filter(text: str, lang: str) -> str:
    """C4's line filter, in [TFDS] clean_page's order; kept lines are output without citation marks."""
    kept = []
    for line in text.splitlines():
        line = line.strip()
        if any(len(word) > C4_MAX_WORD_LENGTH for word in line.split()):
            continue
        line = C4_CITATION.sub("", line)
        if not line.endswith(C4_END_MARKS) or line.endswith(C4_ELLIPSIS):
            continue
        if len(line.split()) < C4_MIN_WORDS:
            continue
        lower = line.lower()
        if any(s in lower for s in C4_DROP_SUBSTRINGS) or any(p in lower for p in C4_POLICY):
            continue
        kept.append(line)
    return "\n".join(kept)


# ---------------------------------------------------------------- jusText
#: ISO 639-1 code -> jusText stoplist name: the cleaner's own table (every language it guesses between).
JUSTEXT_STOPLISTS = JUSTEXT_NAMES
#: jusText has no stoplist for e.g. Chinese or Japanese; those pages get English, as jusText users do.
JUSTEXT_FALLBACK = "English"


def justext_paragraphs(text: str, lang: str) -> str:
    """jusText with its default settings, each line one <p> paragraph, its non-boilerplate paragraphs out.

    With no markup there are no links or headings, so jusText decides on length, stopword density and
    the neighbours alone: the same evidence the text-only cleaner has.
    """
    body = "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines() if line.strip())
    stoplist = justext.get_stoplist(JUSTEXT_STOPLISTS.get(lang, JUSTEXT_FALLBACK))
    paragraphs = justext.justext(f"<html><body>{body}</body></html>", stoplist)
    return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)
