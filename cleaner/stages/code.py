"""Code blocks: the listings and interpreter sessions of technical text.

Documentation pages, programming blogs and forum answers print source code and console sessions
between their paragraphs, one line of code per line of text. On its own a line of code looks like
chrome to the features stage: ">>> from bisect import bisect" has three of a breadcrumb's separators,
"[1, 1, 2, 6, 24, 120]" is a tag list, "...     MONDAY = 1" a dateline, a docstring's quotes have no
words, and a run of such lines ends the body span half-way through the text.

What gives a code block away is a run of lines that read as statements: an interpreter or shell
prompt (">>> ", "... ", "$ pip install", "In [1]:"), a keyword that opens a statement ("def", "import",
"return"), an assignment, a call glued to its name ("pprint(movies)"), a line that opens or closes a
brace. Around them stand the lines a session prints (results, tracebacks, "True") and data literals
("('black', 0)"). Such a run, next to a paragraph of prose, is part of the text: its lines are handed
back to the context stage undecided, as lines that carry the text on, and the body span decides, as it
does for a list or a table. A prompt line is a block on its own; a single statement-like line proves
nothing ("Score = 3" in a results box), nor does a run of them far from any prose (a script leaked
from the page's template).
"""
from __future__ import annotations

import re

from ..labels import BAD, GOOD, NEAR, SHORT, Label
from ..page import CODE_CHAR, Line, Page
from .features import NAME as FEATURES_STAGE

NAME = "code"
#: What the stage says of a line it hands back; the context stage names it so in the body span.
REASON = "line of a code block next to prose"

#: A line that opens with an interpreter's or a shell's prompt: Python's ">>> ", IPython's "In [3]:",
#: a shell's "$ " before a lower-case command ("$ 5 million" is an amount). What follows must not read
#: as a headline (a capital and no code characters): ">>> Neue Rot-Weiß Karte" is a link with an
#: arrow, and so is ">>> Tickets <<<".
PROMPT = re.compile(r"^(?:>>>\s+(?!.*<<<$)|In \[\d*\]:\s*|\$ (?=[a-z]))")
#: The first characters of a prompt line: the patterns are tried only on lines that start so.
PROMPT_STARTS = frozenset(">I$.")
#: Python's continuation prompt ("...     return grades[i]"): a statement, as the line goes on.
CONTINUATION = re.compile(r"^\.\.\.\s+\S")
#: A line that reads as a statement: it opens with a keyword of a programming language (lower-case, as
#: code writes it; a sentence starts with a capital) followed by code, assigns to a name ("x = 12",
#: "movies[0] += 1"), calls a name glued to its bracket ("pprint(movies)", "os.path.join(a, b)"),
#: opens or closes a block with a brace, or is a comment of code ("# Find the first movie").
STATEMENT = re.compile(
    r"^(?:(?:def|class|import|from\s+[\w.]+\s+import|return|raise|yield|elif|else|try|except|finally|with|for"
    r"|while|if|assert|lambda|async|await|del|global|pass|break|continue|var|let|const|function|public"
    r"|private|static|void|int|func|fn|package|#include|#define)\b(?!['’])"
    r"|[A-Za-z_][\w.]*(?:\[[^\]]*\])?\s*(?:[-+*/%|&^]|//|\*\*|<<|>>)?=(?!=)\s*\S"
    r"|[A-Za-z_][\w.]*\(.*\)[;,:]?$"
    r"|[{}]|\)\s*[{;]?$"
    r"|(?:#|//)\s"
    r"|@[A-Za-z_][\w.]*(?:\(|$))")
#: A line that ends like code: an open bracket or brace, a statement's semicolon, a block's colon after
#: a bracket ("def f(x):").
CODE_ENDS = ("[", "(", "{", ";", "):")
#: A data literal or a result: a line in brackets or quotes ("[1, 1, 2, 6, 24, 120]", "('black', 0)",
#: "'FDCBA'") or a bare number or constant ("120", "True", "None").
LITERAL = re.compile(r"^(?:[\[({'\"].*[\])}'\"][,;]?$|[-+]?\d[\d_.,eE+-]*$"
                     r"|True$|False$|None$|null$|true$|false$"
                     r"|Traceback \(most recent call last\):$|[A-Z]\w*(?:Error|Exception|Warning)\b)")
#: A name and an empty pair of brackets ("bisect_left()", "Wave_read.close()") is how a table of
#: contents or an index names a function: part of a block when it stands in one, no evidence of one.
EMPTY_CALL = re.compile(r"^[A-Za-z_][\w.]*\(\)$")
#: A line of only punctuation in a code block: a docstring's quotes, an ellipsis, a closing bracket.
PUNCTUATION_ONLY = re.compile(r"^[^\w\s]+$")
#: A statement or a prompt has at most this many words: a paragraph that opens with "if" or "for" is
#: prose.
STATEMENT_MAX_WORDS = 20
#: A block holds at least this many statement or prompt lines ...
MIN_STATEMENTS = 2
#: ... and between two of its code lines stand at most this many other lines (the results a session
#: prints, a line of a docstring): more, and the two are separate blocks.
MAX_GAP = 3
#: A block is part of the text when a paragraph of prose stands at most this many lines before it or
#: after it (the sentence that introduces the listing, the one that explains it).
PROSE_DISTANCE = 2

#: What a line is to a code block, from least to most code-like.
OTHER, DATA_LINE, STATEMENT_LINE, PROMPT_LINE = 0, 1, 2, 3
#: How many statements each kind of line counts for: a prompt line is a block on its own (a session of
#: one command and what it prints, ">>> 1 + None" and its traceback).
STATEMENTS = {STATEMENT_LINE: 1, PROMPT_LINE: MIN_STATEMENTS}


def _kind(line: Line) -> int:
    """What a line is to a code block: a prompt line, a statement, a literal or a line of punctuation
    (part of a block, no evidence of one), or anything else."""
    if line.words > STATEMENT_MAX_WORDS:
        return OTHER
    text = line.text
    if text[:1] in PROMPT_STARTS:
        prompt = PROMPT.match(text)
        if prompt:
            command = text[prompt.end():]
            if not command[:1].isupper() or CODE_CHAR.search(command):
                return PROMPT_LINE
        if CONTINUATION.match(text):
            return STATEMENT_LINE
    if line.code_like:
        if EMPTY_CALL.match(text):
            return DATA_LINE
        if text.endswith(CODE_ENDS) or STATEMENT.match(text):
            return STATEMENT_LINE
    if LITERAL.match(text) or PUNCTUATION_ONLY.match(text):
        return DATA_LINE
    return OTHER


def _prose(line: Line, label: Label) -> bool:
    return label.cls == GOOD or label.cls == NEAR and line.terminal


def blocks(page: Page, labels: list[Label]) -> list[bool]:
    """True for every line of a code block that stands next to prose (see the module's docstring). A
    block holds MIN_STATEMENTS statements or more: on most pages (1132 of the 1170 dev pages) all the
    lines together hold fewer, and only the lines that can be statements are looked at to find out."""
    # Only a line that holds a code character or opens like a prompt can be a statement or a prompt line.
    # (Their kinds are kept for the walk below, which would work them out again.)
    known = {i: _kind(line) for i, line in enumerate(page.lines) if line.code_like or line.text[:1] in PROMPT_STARTS}
    if sum(STATEMENTS.get(kind, 0) for kind in known.values()) < MIN_STATEMENTS:
        return [False] * len(page.lines)
    kinds = [known[i] if i in known else _kind(line) for i, line in enumerate(page.lines)]
    out = [False] * len(kinds)
    n = len(kinds)
    i = 0
    while i < n:
        if kinds[i] == OTHER:
            i += 1
            continue
        # A block: code lines, each at most MAX_GAP lines after the one before.
        start = end = i
        statements = 0
        j = i
        while j < n and j - end <= MAX_GAP + 1:
            if kinds[j] >= STATEMENT_LINE or kinds[j] == DATA_LINE and j == end + 1:
                if _prose(page.lines[j], labels[j]) and kinds[j] < STATEMENT_LINE:
                    break
                end = j
                statements += STATEMENTS.get(kinds[j], 0)
            elif _prose(page.lines[j], labels[j]):
                break
            j += 1
        if statements >= MIN_STATEMENTS and any(
                _prose(page.lines[k], labels[k])
                for k in range(max(0, start - PROSE_DISTANCE), min(n, end + 1 + PROSE_DISTANCE))
                if not start <= k <= end):
            out[start:end + 1] = [True] * (end + 1 - start)
        i = end + 1
    return out


def run(page: Page, labels: list[Label]) -> list[Label]:
    # Only what the features stage judged from the line alone is judged again: the lexicon's and the
    # site profile's drops stand.
    code = blocks(page, labels)
    out = list(labels)
    for i, (line, label, in_block) in enumerate(zip(page.lines, labels, code)):
        if in_block and label.stage == FEATURES_STAGE and label.cls in (BAD, SHORT):
            out[i] = Label(SHORT, None, NAME, f"{REASON} (on its own: {label.reason})")
    return out
