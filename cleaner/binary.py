"""Input that is not text: an executable, an image, a compressed file read without decompressing it.

Decoded as UTF-8 with invalid bytes replaced, such a file becomes a string of NULs, control characters
and U+FFFD replacement characters broken by runs of printable bytes. The stages would judge those runs
as lines like any other and keep some of them: garbage in the output, where a corpus builder wants
nothing and a warning. So the whole input is judged first, by the share of its characters that no text
holds in numbers.

What counts: C0 control characters other than the whitespace ones (tab, line feed, vertical tab, form
feed, carriage return), DEL, U+FFFD and lone surrogates (bytes that ``surrogateescape`` decoding could
not read). Letters, digits and symbols of any script, emoji and format characters do not count, so text
in any language passes whatever its script.
"""
from __future__ import annotations

import re

from . import native

#: Characters that text holds only by accident, one or two in a page (a stray NUL or escape).
NON_TEXT = re.compile("[\x00-\x08\x0e-\x1f\x7f\ufffd\ud800-\udfff]")
#: An input is binary when at least this share of its characters are NON_TEXT. Binary files measured
#: far above it: 100 KB of an ELF executable 71 %, random bytes and a gzip file 55 % (half of all bytes
#: are invalid UTF-8, one in eight of the rest a control character). Text with stray control characters
#: or a few invalid bytes (a Latin-1 page read as UTF-8 loses 1 to 3 % of its characters) is far below.
MIN_NON_TEXT_SHARE = 0.25
#: ... and at least this many of them: a handful of odd characters in a short input is damaged text,
#: not a file of another kind, and dropping it would say more than the input does.
MIN_NON_TEXT_CHARS = 16


def non_text_count(text: str) -> int:
    """How many characters of ``text`` are NON_TEXT. One search rules out most texts (they hold none);
    otherwise one substitution in C counts them, linear in the text. (Compiled: ``_core.non_text_count``,
    one pass that counts them.)"""
    if native.core is not None:
        return native.core.non_text_count(text)
    if NON_TEXT.search(text) is None:
        return 0
    return len(text) - len(NON_TEXT.sub("", text))


def looks_binary(text: str) -> bool:
    """``text`` is not text but a binary file decoded as if it were (see the module docstring): the
    cleaner gives no body for it, and the command line warns once per input."""
    count = non_text_count(text)
    return count >= MIN_NON_TEXT_CHARS and count >= MIN_NON_TEXT_SHARE * len(text)


def reason(text: str) -> str:
    """Why :func:`looks_binary` holds for ``text``, in the words of a decision."""
    share = non_text_count(text) / len(text)
    return f"the input looks binary, not text: {share:.0%} of its characters are NUL, control or invalid bytes"
