"""Markdown from scrapers: judge a line by what its reader sees, not by its link targets.

Scrapers that feed language-model pipelines (html2text, markdownify, Jina Reader, Firecrawl) write web
pages as Markdown: ``* [Contact Us](/contact/)``, ``## Related``, ``**Updated:** 12 May``. The link
targets and markers are not words of the page: left in, ``[Home](/)`` matches no lexicon entry, a
URL's path segments count as words and its slashes as menu separators. So every stage sees the
*visible* text of a line (link text for links, nothing for pictures, no heading hashes, bold or
emphasis markers); the output is still the input lines, verbatim.

Text browsers mark links too: ``lynx -dump`` numbers them, ``[12]Home``; the number goes the same way.

Markdown also says which words are links, the strongest sign of boilerplate that HTML extractors read
and plain text lacks: :func:`link_share` is the share of a line's visible letters that are link text.
A menu item or a teaser's headline is all link; a paragraph with a link or two is mostly not.

Plain text is left alone: each pattern needs Markdown's own syntax (``](``, a line that starts with
``#`` and a space, a pair of ``**`` or ``__``) or a bracketed number glued to the next word, which
prose does not write (a citation mark, ``word.[3] Next``, is followed by a space and stays).
"""
from __future__ import annotations

import re

from . import native

#: What a link's text or an image's alt text may hold: no bracket, but an escaped one (html2text writes
#: ``\[`` and ``\]``). The link target may hold one level of brackets (Wikipedia URLs), and an optional
#: ``"title"``. A link or image opens at a bracket that is not escaped, and its text stops at the next
#: one, so a run of brackets cannot make the scan quadratic; character classes that cannot overlap keep
#: the rest linear.
_TEXT = r"((?:[^\[\]\\\n]|\\.)*)"
_TARGET = r"\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"\n]*\")?\)"
#: ``![alt](src)``: a picture. Its alt text is no text of the page: a reader sees the picture (and a
#: plain-text rendering prints nothing for it), and the benchmarks' golds never hold it.
IMAGE = re.compile(rf"(?<!\\)!\[{_TEXT}\]{_TARGET}")
#: ``[text](target)``. Scrapers nest one picture in a link, ``[![alt](src)](href)`` (a teaser's image, a
#: logo): the pictures go first, then the links.
LINK = re.compile(rf"(?<!\\)\[{_TEXT}\]{_TARGET}")
#: A link broken over lines: html2text keeps the line breaks of a link's text (a teaser's headline and
#: summary, a list item), so a line may close a link opened above it (``summary text ](/story/)``) or open
#: one that closes below (``[ Headline``, ``* [ Headline``). The text on the line's side of the break is
#: link text. Such a line opens with the bracket (after a list's bullet): a bracket that opens in running
#: text and closes on the next line is a hard-wrapped aside (``Performance [The Palace: Tale of``).
LINK_TAIL = re.compile(rf"^{_TEXT}\]{_TARGET}")
LINK_HEAD = re.compile(rf"^((?:[*+-]\s+)?)\[{_TEXT}$")
#: A reference-style link, ``[text][3]``.
REFERENCE = re.compile(r"\[([^\[\]\n]+)\]\[[^\[\]\n]*\]")
#: An ATX heading's hashes: ``## Related``.
HEADING = re.compile(r"^#{1,6}\s+")
#: A text browser's link number glued to the link text: lynx and links print ``[12]Home``.
LINK_NUMBER = re.compile(r"\[\d{1,4}\](?=\S)")
#: Bold markers, ``**Updated:**``, ``__Note__``: a pair of stars or underscores that opens before a word
#: or closes after one, not one inside a word or a number (``2**10``, ``snake__case``).
BOLD = re.compile(r"(?<![\w*])\*\*(?=[^\s*])|(?<=[^\s*])\*\*(?![\w*])|(?<!\w)__(?=[^\s_])|(?<=[^\s_])__(?!\w)")
#: Emphasis, ``_not_``, ``*very*`` (html2text writes underscores, markdownify stars): one star or
#: underscore before a word and the same after one, with no marker between them; the marks go, the words
#: stay. Only a pair: a lone star is an emoticon (``:*``) or a footnote mark, and a marker inside a word
#: or a number (``snake_case_name``, ``2*3*4``) or escaped (``\*``) is none. The text between two markers
#: is read once, from the first of them.
EMPHASIS = re.compile(r"(?<![\w*\\])([*_])(?=[^\s*_])([^*_\n]*)(?<=[^\s\\])\1(?![\w*])")

#: What is not a letter: digits, punctuation, spaces (link_share counts letters, removing these in C).
NON_LETTERS = re.compile(r"[\W\d_]+")

#: Every pattern above needs one of these in the line.
MARKS = ("]", "#", "**", "__")
#: A line that holds none of these characters, and does not start with ``#``, is left as it is by every
#: pattern above (a link needs a bracket, bold and emphasis a star or an underscore).
MARKUP_CHARS = "[]*_"
MARKUP_CHAR = re.compile(f"[{re.escape(MARKUP_CHARS)}]")
#: ... and a heading's mark, which counts at the start of a line only.
HEADING_MARK = "#"


def plain(text: str) -> bool:
    """``text`` holds none of ``MARKS``: each of its lines, stripped, is what a reader sees. Most pages
    are plain, and one look at the page spares :func:`visible` on every line."""
    return not any(mark in text for mark in MARKS)


def _seen(line: str, links: bool) -> str:
    """``line`` without its Markdown markup and pictures; its links' text stays when ``links`` is true and
    goes with them otherwise."""
    text = r"\1" if links else ""
    if "](" in line:
        line = LINK_TAIL.sub(text, LINK.sub(text, IMAGE.sub("", line)))
    if "[" in line:
        line = LINK_HEAD.sub(r"\1\2" if links else r"\1", line)
    if "][" in line:
        line = REFERENCE.sub(text, line)
    if line.startswith("#"):
        line = HEADING.sub("", line)
    if "]" in line:
        line = LINK_NUMBER.sub("", line)
    if "**" in line or "__" in line:
        line = BOLD.sub("", line)
    if "*" in line or "_" in line:
        line = EMPHASIS.sub(r"\2", line)
    return line.strip()


def visible(line: str) -> str:
    """The text a reader of the rendered Markdown sees on ``line`` (stripped)."""
    return _seen(line, True)


def visible_parts(parts: tuple[str, ...]) -> str:
    """``" ".join(map(visible, parts))`` for parts that are stripped already: most parts of a page hold no
    Markdown (one ``#`` or ``]`` on a page sends all of it here), and those are what a reader sees as
    they are, so :func:`visible` runs only on the others."""
    if len(parts) == 1:
        part = parts[0]
        return visible(part) if part.startswith(HEADING_MARK) or MARKUP_CHAR.search(part) else part
    return " ".join(visible(part) if part.startswith(HEADING_MARK) or MARKUP_CHAR.search(part) else part
                    for part in parts)


def _letters(text: str) -> int:
    return len(NON_LETTERS.sub("", text))


def link_share(line: str, seen: str) -> float:
    """The share of the letters a reader sees on ``line`` (``seen``, its :func:`visible` text, which the
    caller has at hand) that stand in link text; 0 for a line without letters. Letters only: a list's
    bullet or number, a separator between menu items and a count beside a link are no running text
    either. A line without a bracket holds no link (most lines of a page)."""
    if "[" not in line and "]" not in line:
        return 0.0
    letters = _letters(seen)
    return 1.0 - _letters(_seen(line, False)) / letters if letters else 0.0


def visible_blocks(blocks: list[tuple[str, ...]]) -> tuple[list[str], list[float]]:
    """For each block of a page that is not :func:`plain` (a line's or a wrapped paragraph's stripped
    parts): its :func:`visible_parts` text, and the :func:`link_share` of its parts joined. (Compiled:
    ``_core.visible_blocks``: a line of one part without ``MARKUP_CHARS`` or a heading's mark, most lines
    of such a page, is its own text and holds no link; the two functions run on the others.)"""
    if native.core is not None:
        return native.core.visible_blocks(blocks, visible_parts, link_share, MARKUP_CHARS, HEADING_MARK)
    texts = [visible_parts(parts) for parts in blocks]
    return texts, [link_share(" ".join(parts), seen) for parts, seen in zip(blocks, texts)]
