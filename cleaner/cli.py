"""The ``cleaner`` command: plain text (or HTML) pages in, article bodies out; JSONL in batch mode.

``main(argv)`` returns the exit status; the console script and ``python -m cleaner`` pass it to
``sys.exit``. Streams can be injected (``stdin``/``stdout`` binary, ``stderr`` text) for tests.
"""
from __future__ import annotations

import argparse
import io
import os
import sys
import zlib
from contextlib import closing
from typing import Any, BinaryIO, TextIO

from . import __version__
from ._cli_io import (AtomicOutput, InputError, Job, Progress, clean_page, current_job, decode,
                      describe, explain_page, is_html, known_size, ordered_map, read_input,
                      show_progress, WriteAll)
from .binary import looks_binary
from .config import Config
from .pipeline import Cleaner, Explanation

PROG = "cleaner"
EXIT_OK, EXIT_FAIL, EXIT_USAGE, EXIT_PIPE, EXIT_INTERRUPT = 0, 1, 2, 141, 130

DESCRIPTION = """\
Strip boilerplate (menus, share lines, related headlines, footers) from the plain text of web
pages and keep the article body: its lines verbatim and in order.

Input is read from the FILEs given, or from standard input when there are none ('-' also means
standard input). Each FILE is cleaned as a page of its own; the bodies are written one after the
other, separated by one blank line (pages with no body add nothing). Files ending in .gz are
decompressed; -o FILE.gz writes gzip.

Text is UTF-8 in and out. A leading BOM is removed; CRLF and lone CR line endings work like LF.
Invalid bytes are replaced by U+FFFD with one warning on stderr, or are an error with
--errors strict. Empty or all-chrome input gives empty output. HTML pages (--format html, or
auto-detected) go through cleaner.html, which decodes them by BOM, declared charset, then UTF-8.
Hard-wrapped text (lynx -dump, w3m, html2text, fold) is recognised: the lines of one wrapped
paragraph are judged together and kept or dropped together. Markdown (from html2text, markdownify,
Jina Reader, Firecrawl) is judged by its visible text and its links (a line that is mostly link
text is a link, never a paragraph), and its lines come out as they are.

-o FILE is written atomically: to a temporary file next to FILE, renamed over FILE only when the
whole run succeeded, so a failed or interrupted run leaves a previous FILE as it was.

--jsonl reads JSON Lines, one record per line, streaming (memory stays flat), and writes exactly
one record per input record in input order: the --field text is replaced by its body, every other
field is kept (values are re-serialised as compact JSON). A bad line (malformed JSON, not an
object, missing or non-string field, a blank line, invalid UTF-8 with --errors strict) is handled
per --on-error: 'fail' stops with "NAME: line N: reason" and exit 1; 'skip' drops it; 'keep' writes
the line back byte for byte (a blank line stays a blank line, so output lines = input lines).
Skip and keep report a count on stderr at the end.

Exit status: 0 success, 1 unreadable or undecodable input (or a bad JSONL record with
--on-error fail, or an unwritable -o), 2 usage error (also a bad --lexicon file, an unknown --lang,
--format html without HTML support), 130 interrupted (Ctrl-C), 141 output pipe closed early
(e.g. by 'head'; nothing is printed)."""

EPILOG = """\
--explain prints one row per non-blank input line:
  KEEP|DROP <TAB> stage <TAB> reason <TAB> line

examples:
  cleaner page.txt                       clean one page to stdout
  curl -s URL | cleaner --format html    clean a page's HTML from stdin
  cleaner a.txt b.txt -o bodies.txt      two pages, bodies separated by a blank line
  cleaner --explain page.txt | grep ^DROP        what was dropped and why
  cleaner --lang de --lexicon my-chrome.txt page.txt
  cleaner --jsonl crawl.jsonl.gz -o clean.jsonl.gz --jobs 8
  zcat crawl.jsonl.gz | cleaner --jsonl --field content --stats - | head
  cleaner --jsonl --on-error keep dirty.jsonl > out.jsonl
  cleaner learn crawl.jsonl.gz -o profile.json   learn a site profile (see 'cleaner learn -h')
  cleaner --jsonl --profile profile.json crawl.jsonl.gz -o clean.jsonl.gz
"""


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser that prints to the streams main() was given."""

    streams: tuple[BinaryIO, TextIO] | None = None

    def _print_message(self, message: str, file: Any = None) -> None:  # noqa: D401 - argparse hook
        if not message or self.streams is None:
            return super()._print_message(message, file)
        out, err = self.streams
        if file is sys.stderr:
            err.write(message)
        else:
            out.write(message.encode("utf-8"))


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {value!r}")
    return n


def build_parser() -> _Parser:
    p = _Parser(prog=PROG, description=DESCRIPTION, epilog=EPILOG,
                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("files", nargs="*", metavar="FILE", help="input files ('-' or none: stdin)")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout (atomically)")
    p.add_argument("--explain", action="store_true", help="print the decision for every line instead")
    p.add_argument("--lang", metavar="CODE", help="page language, ISO 639-1 (default: guessed per page)")
    p.add_argument("--lexicon", metavar="FILE", action="append", default=[],
                   help="extra lexicon file, built-in format (repeatable)")
    p.add_argument("--format", choices=("auto", "text", "html"), default="auto",
                   help="input format (default auto: HTML when the page looks like HTML)")
    p.add_argument("--errors", choices=("replace", "strict"), default="replace",
                   help="invalid UTF-8: replace with U+FFFD and warn once (default), or fail")
    p.add_argument("--jsonl", action="store_true", help="batch mode: JSON Lines in and out")
    p.add_argument("--field", metavar="NAME", help="--jsonl: the field holding page text (default text)")
    p.add_argument("--url-field", metavar="NAME", default="url",
                   help="--jsonl: the field holding the page URL, for --profile (default url)")
    p.add_argument("--profile", metavar="FILE",
                   help="site profile from 'cleaner learn': drop lines that recur across a site's pages")
    p.add_argument("--on-error", choices=("fail", "skip", "keep"),
                   help="--jsonl: what to do with a bad line (default fail)")
    p.add_argument("--stats", action="store_true",
                   help='--jsonl: add "cleaner": {lines_kept, lines_dropped, chars_removed} to each '
                        "record; text mode: print totals on stderr")
    p.add_argument("-j", "--jobs", type=_positive, default=os.cpu_count() or 1, metavar="N",
                   help="worker processes for --jsonl and several FILEs (default: all cores, %(default)s)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    p.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    return p


# ------------------------------------------------------------------------------------ text mode


def _rows(exp: Explanation) -> str:
    def cell(s: str) -> str:
        return s.replace("\t", " ").replace("\n", " ")
    return "".join(f"{'KEEP' if d.keep else 'DROP'}\t{cell(d.stage)}\t{cell(d.reason)}\t{d.line}\n"
                   for d in exp.decisions)


def _page_task(item: tuple[str, str, bytes | None]) -> tuple:
    """Read, decode and clean one input. Runs in a worker with --jobs > 1."""
    job = current_job()
    path, name, data = item
    try:
        if data is None:
            data = read_input(path)
        html = is_html(job, data)
        # HTML is decoded by cleaner.html (BOM, declared charset, UTF-8, detection); text is UTF-8.
        page, replaced = (data, False) if html else decode(data, job.errors, name)
    except InputError as exc:
        return ("error", str(exc))
    except (OSError, EOFError, zlib.error) as exc:
        return ("error", f"{name}: {describe(exc)}")
    try:
        if job.explain or job.stats:
            exp = explain_page(job, page, html)
            body = exp.text
            rows = _rows(exp) if job.explain else ""
            st = exp.stats
            counts = (st["kept"], st["dropped"], max(len(page) - len(body), 0))
        else:
            body, rows, counts = clean_page(job, page, html), "", (0, 0, 0)
    except ValueError as exc:
        if not html:
            raise
        return ("error", f"{name}: {exc}")  # cleaner.html refuses the page (over its size limit)
    return ("ok", name, body, rows, replaced, counts, len(data), not html and looks_binary(page))


def run_text(args: argparse.Namespace, job: Job, stdin: BinaryIO, out: Any, err: TextIO) -> int:
    files = args.files or ["-"]

    def items():
        for path in files:
            if path == "-":
                try:
                    data = stdin.read()
                except OSError as exc:
                    raise InputError(f"<stdin>: {describe(exc)}") from None
                yield ("-", "<stdin>", data)
            else:
                yield (path, path, None)

    progress = Progress(known_size(files, stdin), "pages", err, show_progress(args, err))
    replaced: list[str] = []
    totals = [0, 0, 0]
    wrote = False
    try:
        with closing(ordered_map(_page_task, items(), min(args.jobs, len(files)), job)) as results:
            for res in results:
                if res[0] == "error":
                    progress.close()
                    err.write(f"{PROG}: {res[1]}\n")
                    return EXIT_FAIL
                _, name, body, rows, bad_bytes, counts, size, binary = res
                if binary:
                    err.write(f"{PROG}: warning: {name} looks binary, not text: no output for it\n")
                if bad_bytes:
                    replaced.append(name)
                if job.explain:
                    out.write(rows.encode("utf-8", "replace"))
                elif body:
                    out.write(((b"\n" if wrote else b"") + body.encode("utf-8", "replace") + b"\n"))
                    wrote = True
                totals = [a + b for a, b in zip(totals, counts)]
                progress.update(size)
    except InputError as exc:
        err.write(f"{PROG}: {exc}\n")
        return EXIT_FAIL
    finally:
        progress.close()
        if replaced:
            more = f" and {len(replaced) - 1} more input(s)" if len(replaced) > 1 else ""
            err.write(f"{PROG}: warning: invalid UTF-8 replaced with U+FFFD in {replaced[0]}{more}\n")
    if job.stats:
        err.write(f"{PROG}: {totals[0]} lines kept, {totals[1]} dropped, {totals[2]} characters removed\n")
    return EXIT_OK


# ---------------------------------------------------------------------------------------- main

def _check_options(args: argparse.Namespace, parser: _Parser, err: TextIO) -> str | None:
    """Usage problems argparse cannot see; returns the effective --format, or None after an error."""
    if not args.jsonl and (args.field is not None or args.on_error is not None):
        parser.error("--field and --on-error only apply with --jsonl")
    if args.jsonl and args.explain:
        parser.error("--explain does not combine with --jsonl")
    if args.lang is not None:
        try:
            from .language import LANGUAGES  # noqa: PLC0415
        except ImportError:  # pragma: no cover - core without a language list
            LANGUAGES = None  # noqa: N806
        if LANGUAGES is not None and args.lang.lower() not in LANGUAGES:
            parser.error(f"--lang: no stoplist for {args.lang!r}; known: {', '.join(LANGUAGES)}")
    if args.profile is not None:
        try:
            from .profile import SiteProfile  # noqa: PLC0415
            SiteProfile.load(args.profile)
        except (OSError, ValueError, KeyError, TypeError) as exc:
            err.write(f"{PROG}: --profile {args.profile}: {describe(exc)}\n")
            return None
    for path in args.lexicon:
        try:
            from .lexicon import parse  # noqa: PLC0415
            with open(path, encoding="utf-8") as f:
                parse(f.read(), os.path.basename(path))
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            why = "not UTF-8 text" if isinstance(exc, UnicodeDecodeError) else describe(exc)
            err.write(f"{PROG}: --lexicon {path}: {why}\n")
            return None
    fmt = args.format
    if fmt != "text":
        try:
            from ._cli_io import html_module  # noqa: PLC0415
            html_module()
        except ImportError as exc:
            if fmt == "html":
                err.write(f"{PROG}: --format html needs the cleaner.html module, which this "
                          f"installation lacks ({exc})\n")
                return None
            fmt = "text"  # auto without HTML support: every page is text
    return fmt


LEARN_DESCRIPTION = """\
Learn a site profile from JSON Lines pages: for every host (from the URL field), how many pages each
short line occurs on. 'cleaner --profile FILE' then drops the lines that recur on many pages of the
page's site (menus, footers, site-wide notices that single-page cleaning cannot tell from body).

example:
  cleaner learn crawl.jsonl.gz -o profile.json
  cleaner --jsonl --profile profile.json crawl.jsonl.gz -o clean.jsonl.gz"""


def learn_main(argv: list[str], stderr: TextIO) -> int:
    """``cleaner learn FILE.jsonl -o profile.json``: write a site profile."""
    from .profile import learn, iter_jsonl  # noqa: PLC0415
    p = argparse.ArgumentParser(prog=f"{PROG} learn", description=LEARN_DESCRIPTION,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("files", nargs="+", metavar="FILE", help="JSON Lines pages (plain or .gz)")
    p.add_argument("-o", "--output", metavar="FILE", required=True, help="the profile to write (.json or .json.gz)")
    p.add_argument("--field", metavar="NAME", default="text", help="the field holding page text (default text)")
    p.add_argument("--url-field", metavar="NAME", default="url", help="the field holding the page URL (default url)")
    try:
        args = p.parse_args(argv)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    try:
        records = (rec for path in args.files for rec in iter_jsonl(path, args.field, args.url_field))
        profile = learn(records)
        profile.save(args.output)
    except (OSError, ValueError) as exc:
        stderr.write(f"{PROG} learn: {describe(exc)}\n")
        return EXIT_FAIL
    except KeyboardInterrupt:
        stderr.write(f"{PROG}: interrupted\n")
        return EXIT_INTERRUPT
    return EXIT_OK


def main(argv: list[str] | None = None, *, stdin: BinaryIO | None = None,
         stdout: BinaryIO | None = None, stderr: TextIO | None = None) -> int:
    """Run the command line; returns the exit status."""
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["learn"]:
        return learn_main(argv[1:], stderr if stderr is not None else sys.stderr)
    real_stdout = stdout is None
    stdin = stdin if stdin is not None else sys.stdin.buffer
    stdout = stdout if stdout is not None else sys.stdout.buffer
    if isinstance(stdout, io.RawIOBase):  # python -u / PYTHONUNBUFFERED: writes may be partial
        stdout = WriteAll(stdout)  # type: ignore[assignment]
    stderr = stderr if stderr is not None else sys.stderr
    parser = build_parser()
    parser.streams = (stdout, stderr)
    out: Any = None
    try:
        try:
            args = parser.parse_args(argv)
            fmt = _check_options(args, parser, stderr)
        except SystemExit as exc:  # --help, --version, usage errors
            stdout.flush()
            return exc.code if isinstance(exc.code, int) else EXIT_USAGE
        if fmt is None:
            return EXIT_USAGE
        config = Config(lang=args.lang, extra_lexicons=tuple(args.lexicon), profile=args.profile)
        job = Job(Cleaner(config), format=fmt, errors=args.errors, explain=args.explain,
                  stats=args.stats, field=args.field or "text", on_error=args.on_error or "fail",
                  url_field=args.url_field)
        if args.output and args.output != "-":
            try:
                out = AtomicOutput(args.output)
            except OSError as exc:
                stderr.write(f"{PROG}: cannot write {args.output}: {describe(exc)}\n")
                return EXIT_FAIL
        target = out or stdout
        if args.jsonl:
            from .jsonl import run_jsonl  # noqa: PLC0415
            code = run_jsonl(args, job, stdin, target, stderr)
        else:
            code = run_text(args, job, stdin, target, stderr)
        if out is not None and code == EXIT_OK:
            try:
                out.commit()
            except OSError as exc:
                stderr.write(f"{PROG}: cannot write {args.output}: {describe(exc)}\n")
                return EXIT_FAIL
        else:
            stdout.flush()
        return code
    except BrokenPipeError:
        # The reader went away (cleaner big.txt | head -1). Point stdout at devnull so that the
        # interpreter's final flush does not complain; see the "Note on SIGPIPE" in the signal docs.
        if real_stdout:
            try:
                devnull = os.open(os.devnull, os.O_WRONLY)
                os.dup2(devnull, sys.stdout.fileno())
            except (OSError, ValueError):
                pass
        return EXIT_PIPE
    except KeyboardInterrupt:
        stderr.write(f"{PROG}: interrupted\n")
        return EXIT_INTERRUPT
    except OSError as exc:  # writing the output failed (disk full, ...), or a file the run needed
        if exc.filename is not None and (out is None or exc.filename != out.path):
            stderr.write(f"{PROG}: cannot read {exc.filename}: {describe(exc)}\n")
        else:
            where = out.path if out is not None else "stdout"
            stderr.write(f"{PROG}: cannot write {where}: {describe(exc)}\n")
        return EXIT_FAIL
    finally:
        if out is not None:
            out.discard()
