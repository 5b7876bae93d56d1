"""No regex of the package backtracks catastrophically.

Every compiled pattern is collected: module-level ``regex.Pattern`` / ``re.Pattern`` objects of every
module of the package (directly or inside a module-level tuple, list, set or dict), plus the patterns
of the compiled built-in lexicon (``cleaner.lexicon.load()``). Each is run against adversarial strings
of about 50,000 characters in the stress run (``-m stress``, see ``tests/strength.py``; 12,500 in the
default run: an exponential pattern times out there too, a mildly quadratic one only at full length) (long runs of one character, alternations, nested brackets, long URLs,
runs of separators, emoji and zero-width runs) with the ``regex`` module's ``timeout=`` argument, so a
pattern that goes quadratic or exponential fails fast with ``TimeoutError`` instead of hanging.

An end-to-end guard then runs ``clean`` on every adversarial string in a child process and requires
each to finish within a generous bound (a safety net against hangs, not a speed test).
"""
from __future__ import annotations

import dataclasses
import importlib
import json
import os
import pkgutil
import re
import select
import subprocess
import sys
import time

import pytest
import regex

import cleaner
from cleaner import lexicon
from strength import strength

pytestmark = pytest.mark.stress

#: Seconds one regex call may take on a 50k-character string. A linear scan takes milliseconds.
CALL_TIMEOUT = 1.0
#: Seconds ``clean`` may take on one adversarial string (generous: a safety net, not a benchmark).
CLEAN_BOUND = 10.0
#: Length of the adversarial strings: full strength in the stress run, a quarter by default. The
#: strings of a fixed shape (nested brackets, URLs, separator runs) scale with it.
N = strength(50_000, 12_500)
SCALE = N / 50_000
#: Seconds the six operations of one stdlib pattern may take together on one adversarial string.
STDLIB_BOUND = 5.0
#: A pattern that timed out this many times has made its point: stop there so a failing run stays short.
MAX_TIMEOUTS = 3

#: The modules the brief names must import; others (optional integrations) may lack a third-party
#: dependency, and only then are they left out.
REQUIRED_MODULES = ("cleaner.page", "cleaner.lexicon", "cleaner.language", "cleaner.stages.features",
                    "cleaner.stages.context", "cleaner.stages.lexicon", "cleaner.stages.repetition")


def _package_modules() -> list:
    modules = [importlib.import_module(name) for name in REQUIRED_MODULES]
    for info in pkgutil.walk_packages(cleaner.__path__, "cleaner."):
        if info.name.endswith("__main__"):
            continue  # running it would start the CLI
        try:
            modules.append(importlib.import_module(info.name))
        except ModuleNotFoundError as exc:  # an optional third-party dependency, not our code
            if exc.name and exc.name.split(".")[0] == "cleaner":
                raise
    return modules


def _patterns_in(value, depth: int = 0, max_depth: int = 2) -> list:
    """Patterns in ``value``: the value itself or, ``max_depth`` levels deep, inside containers (and,
    for a compiled lexicon, inside its dataclass fields)."""
    if isinstance(value, (regex.Pattern, re.Pattern)):
        return [value]
    if isinstance(value, lexicon.LazyPattern):  # a lexicon's pattern, compiled on its first search
        return [value.compiled()]
    if depth >= max_depth:
        return []
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        value = [getattr(value, f.name) for f in dataclasses.fields(value)]
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, (tuple, list, set, frozenset)):
        return [p for item in value for p in _patterns_in(item, depth + 1, max_depth)]
    return []


def lexicon_patterns(lex) -> list[regex.Pattern]:
    """Every compiled pattern a :class:`cleaner.lexicon.Lexicon` holds, whatever its layout."""
    return _patterns_in(lex, max_depth=6)


#: Patterns compiled with the stdlib ``re``: it has no timeout, so besides the ``regex`` recompilation
#: they run as they are in a child process with a time bound.
STDLIB: dict[str, re.Pattern] = {}


def collect_patterns() -> dict[str, regex.Pattern]:
    """name -> pattern (``re`` patterns recompiled with ``regex`` so they can take a timeout)."""
    found: dict[str, regex.Pattern] = {}
    seen: set[tuple[str, int]] = set()

    def add(name, pattern):
        key = (pattern.pattern, pattern.flags)
        if key in seen:
            return
        seen.add(key)
        if isinstance(pattern, re.Pattern):
            STDLIB[name] = pattern  # also checked with the stdlib engine itself, below
            pattern = regex.compile(pattern.pattern, pattern.flags & (re.I | re.M | re.S | re.X | re.U | re.A))
        found[name] = pattern

    for module in _package_modules():
        for attr, value in sorted(vars(module).items()):
            for i, pattern in enumerate(_patterns_in(value)):
                add(f"{module.__name__}.{attr}" + (f"[{i}]" if not isinstance(value, (regex.Pattern, re.Pattern))
                                                   else ""), pattern)
    for pattern in lexicon_patterns(lexicon.load()):
        add(f"lexicon {pattern.pattern!r}", pattern)
    return found


PATTERNS = collect_patterns()
MODULE_PATTERNS = {k: v for k, v in PATTERNS.items() if not k.startswith("lexicon ")}

ONE_CHAR = "aZ1 .,|»()-/\t:!?'\"#*_=<>[]{}©…\u00a0"
ADVERSARIAL: dict[str, str] = {}
for c in ONE_CHAR:
    ADVERSARIAL[f"run of {c!r}"] = c * N
    # A run framed by letters: an unanchored "...+$" pattern retries the whole run at every start.
    ADVERSARIAL[f"run of {c!r} between letters"] = "a" + c * N + "a"
for unit in ["a.", "a ", "1,", "1 ", "1.", "Aa", "a|", "| ", " | ", " » ", " - ", " — ", " / ", "a, ", "1.2K ",
             "12:34 ", "(1)", "(1", "[1]", "a\u200b", "\u200d\U0001f600", "A ", "By ", ". ", "?!", "\r\n", "..a",
             "•\u00a0", "(a)", "ab\u00bbcd ", "{n}", "\\", "1-1-1", "2021-"]:
    ADVERSARIAL[f"alternating {unit!r}"] = unit * (N // len(unit))
ADVERSARIAL.update({
    "nested parentheses": "(" * (N // 5) + "x" + ")" * (N // 5),
    "nested mixed brackets": "([{" * round(3_400 * SCALE) + "x" + "}])" * round(3_400 * SCALE),
    "unclosed brackets then count": "(" * N + "1)",
    "long URL": "https://example.com/" + "a/b-c_d?e=f&g=h.i%20" * round(2_400 * SCALE),
    "long URL list": " ".join(["https://www.example.org/path/to/page-%d.html" % i for i in range(round(1_200 * SCALE))]),
    "separator run between words": "Home" + " | " * round(16_000 * SCALE) + "News",
    "breadcrumb run": "Home" + " » News" * round(7_000 * SCALE),
    "emoji run": "\U0001f600" * N,
    "zero-width run": "\u200b\u200c\u200d\u2060\ufeff" * (N // 5),
    "zero-width between letters": "a" + "\u200b" * N + "a",
    "digits then letter": "1" * N + "x",
    "digits then counter word": "1" * N + " points",
    "number-like run then word": "1,2.3 " * (N // 6) + "comments",
    "long counted label": "a" * N + " (12)",
    "long title-case run": "Word " * (N // 5),
    "camel-case glue run": "aB" * (N // 2),
    "long date-like run": "12.12." * (N // 6) + "2021",
    "byline then capitals": "By " + "A" * N,
    "copyright run": "© " * (N // 2) + "2021",
    "mixed scripts": "abc мир 中文 عربي עברית 😀 " * round(1_800 * SCALE),
    "right-to-left marks": "\u202eabc\u202c" * (N // 5),
})


def _calls(pattern: regex.Pattern, text: str, full: bool):
    empty = ""
    if isinstance(pattern.pattern, bytes):  # e.g. a charset sniffer that reads raw HTML bytes
        text, empty = text.encode("utf-8", "surrogatepass"), b""
    yield "search", lambda: pattern.search(text, timeout=CALL_TIMEOUT)
    yield "findall", lambda: pattern.findall(text, timeout=CALL_TIMEOUT)
    if full:
        yield "match", lambda: pattern.match(text, timeout=CALL_TIMEOUT)
        yield "fullmatch", lambda: pattern.fullmatch(text, timeout=CALL_TIMEOUT)
        yield "sub", lambda: pattern.sub(empty, text, timeout=CALL_TIMEOUT)
        yield "split", lambda: pattern.split(text, timeout=CALL_TIMEOUT)


def test_patterns_were_collected():
    """The collector finds the heuristic regexes the stages use and the lexicon's compiled entries."""
    names = set(PATTERNS)
    for expected in ("cleaner.page.CODE_CHAR", "cleaner.page.SEPARATORS",
                     "cleaner.language.TOKEN", "cleaner.stages.features.DATE_TOKEN"):
        assert expected in names, expected
    assert sum(1 for n in names if n.startswith("lexicon ")) >= 50


@pytest.mark.parametrize("name", sorted(MODULE_PATTERNS))
def test_module_pattern_is_linear_on_adversarial_input(name):
    """Heuristic regexes: search, findall, match, fullmatch, sub and split on every adversarial string."""
    slow = _timeouts({name: MODULE_PATTERNS[name]}, full=True)
    assert not slow, f"{MODULE_PATTERNS[name].pattern!r} timed out ({CALL_TIMEOUT}s) on: {slow}"


def _timeouts(patterns: dict, full: bool = False) -> list[str]:
    """"name op on string" for every (pattern, adversarial string) whose calls timed out (search and
    findall; with ``full`` also match, fullmatch, sub and split), one per pair; a pattern's remaining
    strings are skipped once MAX_TIMEOUTS are listed."""
    slow = []
    for name, pattern in patterns.items():
        for label, text in ADVERSARIAL.items():
            for op, call in _calls(pattern, text, full=full):
                try:
                    call()
                except TimeoutError:
                    slow.append(f"{name} {op} on {label}")
                    break
            if len(slow) >= MAX_TIMEOUTS:
                break
    return slow


def test_lexicon_patterns_are_linear_on_adversarial_input():
    """Every compiled lexicon entry: search and findall (how the lexicon uses them) on every string."""
    named = {name: pattern for name, pattern in PATTERNS.items() if name.startswith("lexicon ")}
    slow = _timeouts(named)
    assert not slow, f"lexicon patterns timed out ({CALL_TIMEOUT}s): {slow[:20]}"


def test_user_lexicon_entries_compile_to_safe_patterns():
    """Entries a user may write (the format allows ``{n}`` next to a wildcard) compile to linear patterns."""
    user = []
    for line in ("{n} *", "* {n} points", "* {n} comments *", "! * {n} votes", "* {n}"):
        user += lexicon_patterns(lexicon.compile_entries(lexicon.parse(line + "\n", "user.txt")))
    assert len(user) == 5
    slow = _timeouts({repr(pattern.pattern): pattern for pattern in user})
    assert not slow, slow[:20]


# --------------------------------------------------------------------------------------------------
# End to end: clean() on every adversarial string finishes (child process, killed past the bound).

_CHILD = r"""
import json, re, sys, time
items = json.load(open(sys.argv[1]))
start = int(sys.argv[2])
if len(sys.argv) > 3:  # a stdlib pattern: run every operation on each item (the package is not needed)
    source, flags, is_bytes = json.loads(sys.argv[3])
    pattern = re.compile(source.encode("latin-1") if is_bytes else source, flags)
    def work(text):
        if is_bytes:
            text = text.encode("utf-8", "surrogatepass")
        pattern.search(text), pattern.match(text), pattern.fullmatch(text), pattern.findall(text)
        pattern.sub(text[:0], text), pattern.split(text)
else:
    from cleaner import clean
    clean("Warm up: the lexicon and the stoplists load on the first call.")
    work = clean
print("ready", flush=True)
for i in range(start, len(items)):
    t = time.perf_counter()
    work(items[i])
    print(i, time.perf_counter() - t, flush=True)
"""


def run_with_bound(texts: list[str], bound: float, tmp_path, pattern: re.Pattern | None = None,
                   max_failures: int = 10**9) -> dict[int, float | None]:
    """Elapsed seconds of ``clean`` (or of every operation of a stdlib ``pattern``) per text; None for
    a text that did not finish within ``bound``: the child is killed and restarted after it."""
    if pattern is None:
        extra = []
    elif isinstance(pattern.pattern, bytes):
        extra = [json.dumps([pattern.pattern.decode("latin-1"), pattern.flags, True])]
    else:
        extra = [json.dumps([pattern.pattern, pattern.flags, False])]
    data = tmp_path / "items.json"
    data.write_text(json.dumps(texts), "ascii")  # ensure_ascii: lone surrogates survive as escapes
    results: dict[int, float | None] = {}
    start = 0
    while start < len(texts) and sum(1 for t in results.values() if t is None) < max_failures:
        proc = subprocess.Popen([sys.executable, "-c", _CHILD, str(data), str(start), *extra], stdout=subprocess.PIPE,
                                text=True, env=dict(os.environ, PYTHONHASHSEED="0"))
        try:
            ready = select.select([proc.stdout], [], [], 120)[0]
            assert ready and proc.stdout.readline().strip() == "ready", "child did not start"
            current = start
            while current < len(texts):
                deadline = time.monotonic() + bound
                line = ""
                while not line:
                    remaining = deadline - time.monotonic()
                    if remaining <= 0 or not select.select([proc.stdout], [], [], remaining)[0]:
                        break
                    line = proc.stdout.readline()
                    if not line:
                        raise AssertionError(f"child died on item {current} (exit {proc.wait()})")
                if not line:
                    results[current] = None
                    break
                index, elapsed = line.split()
                results[int(index)] = float(elapsed)
                current = int(index) + 1
            start = current + 1 if current < len(texts) else current
        finally:
            proc.kill()
            proc.wait()
    return results


def test_clean_finishes_on_every_adversarial_string(tmp_path):
    labels = list(ADVERSARIAL)
    # Stops after five strings over the bound, so a regression fails in about a minute, not an hour.
    results = run_with_bound([ADVERSARIAL[k] for k in labels], CLEAN_BOUND, tmp_path, max_failures=5)
    too_slow = [labels[i] for i, t in sorted(results.items()) if t is None or t > CLEAN_BOUND]
    assert not too_slow, f"clean() took more than {CLEAN_BOUND}s on: {too_slow}"
    assert len(results) == len(labels)


@pytest.mark.parametrize("name", sorted(STDLIB))
def test_stdlib_pattern_is_linear_on_adversarial_input(name, tmp_path):
    """A stdlib ``re`` pattern, run by the stdlib engine, on every adversarial string (child process)."""
    pattern = STDLIB[name]
    labels = list(ADVERSARIAL)
    results = run_with_bound([ADVERSARIAL[k] for k in labels], STDLIB_BOUND, tmp_path, pattern,
                             max_failures=MAX_TIMEOUTS)
    slow = [labels[i] for i, t in sorted(results.items()) if t is None or t > STDLIB_BOUND]
    assert not slow, f"{name} = {pattern.pattern[:200]!r} took more than {STDLIB_BOUND}s on: {slow}"
