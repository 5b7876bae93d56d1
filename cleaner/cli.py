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
from typing import TYPE_CHECKING, Any, BinaryIO, Callable, Iterator, TextIO

from . import formats
from ._cli_io import (AtomicOutput, InputError, Job, OutputError, Progress, clean_page, current_job,
                      decode, describe, detect_input, explain_page, is_html, known_size, open_output,
                      ordered_map, read_input, show_progress, WriteAll)
from .binary import looks_binary
from .config import Config
from .formats import Input

if TYPE_CHECKING:
    from .pipeline import Decision, Explanation

PROG = "cleaner"
EXIT_OK, EXIT_FAIL, EXIT_USAGE, EXIT_PIPE, EXIT_INTERRUPT = 0, 1, 2, 141, 130
#: --format values that name what a file holds rather than what its pages are.
CONTAINERS = ("warc", "parquet")

DESCRIPTION = """\
Strip boilerplate (menus, share lines, related headlines, footers) from the plain text of web
pages and keep the article body: its lines verbatim and in order.

Input is read from the FILEs given, or from standard input when there are none ('-' also means
standard input). Each FILE is cleaned as a page of its own; the bodies are written one after the
other, separated by one blank line (pages with no body add nothing).

Compression is told by content, for files and standard input alike: gzip, bzip2, xz and zstd are
decompressed whatever the name. -o FILE is compressed by its suffix: .gz, .bz2, .xz, .zst; another
compression suffix (.lz4, .br, .zip, ...) is a usage error, any other name is written plain.

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

Records. JSON Lines (--jsonl), WARC/WET files and Parquet files are read as records, streaming
(memory stays flat), and one record is written per page, in input order, as JSON Lines; as Parquet
when -o ends in .parquet, or when the inputs are Parquet and -o does not end in .jsonl/.ndjson.
WARC and Parquet are recognised by content (or --format warc/parquet), even with --jsonl.
  JSON Lines: the --field text is replaced by its body, every other field is kept (values are
    re-serialised as compact JSON).
  WARC/WET (Common Crawl): 'conversion' records are text pages; 'response' records with HTTP
    status 2xx and an HTML Content-Type are HTML pages (decoded by the HTTP charset); 'resource'
    records of text/html or text/plain likewise. Each gives {"url", "warc_record_id", "date",
    "text"} (the URL and text under --url-field and --field). Other records (warcinfo, request,
    metadata, images, redirects, 404s) are skipped and counted by --stats.
  Parquet (needs pyarrow, the 'parquet' extra): read row group by row group; the --field column
    is cleaned, every other column is kept with its type. Parquet on standard input is read whole.
The URL (--url-field, default url) goes to the cleaner, so a --profile applies per site. A bad
record (malformed JSON, not an object, missing or non-string field, a blank line, invalid UTF-8
with --errors strict, HTML over the size limit) is handled per --on-error: 'fail' stops with
"NAME: line N: reason" and exit 1; 'skip' drops it; 'keep' writes it back unchanged (a JSON line
byte for byte; a blank line stays a blank line, so output lines = input lines). Skip and keep
report a count on stderr at the end. --stats adds "cleaner": {lines_kept, lines_dropped,
chars_removed} to each record and prints a summary on stderr: pages, bytes of text in and out,
lines kept and dropped per stage, records skipped, pages that are not text. A page that is not
text (a quarter or more of its characters NUL, control or invalid bytes: an executable, random
bytes) keeps its record with an empty body and a warning; as a FILE it gives no output and a warning.

Folders. With -o OUTDIR/ (a trailing slash, or an existing folder), every input is written to a
file of its own in OUTDIR: a FILE under its name, a folder's files (recursively) under their
relative paths. Files and folders whose name starts with '.' are left out of a folder. Each file
keeps its format and compression suffix: a page stays a page (HTML comes out as the body text
under the same name), JSON Lines (--jsonl, or a .jsonl/.ndjson name) stay JSON Lines, Parquet
stays Parquet, and a WARC/WET file becomes JSON Lines (crawl.warc.wet.gz -> crawl.jsonl.gz). The
run stops at the first file that fails; the files written before it stay.

Exit status: 0 success, 1 unreadable or undecodable input (or a bad record with --on-error fail,
or an unwritable output), 2 usage error (also a bad --lexicon file, an unknown --lang, an
unsupported -o suffix, --format html without HTML support, Parquet without pyarrow),
130 interrupted (Ctrl-C), 141 output pipe closed early (e.g. by 'head'; nothing is printed).
Every error is one line on stderr that names the file (and line, record or row) it is about."""

EPILOG = """\
--explain prints one row per non-blank input line (the reason names the body span the line stood in):
  KEEP|DROP <TAB> stage <TAB> reason <TAB> line

examples:
  cleaner page.txt                       clean one page to stdout
  curl -s URL | cleaner --format html    clean a page's HTML from stdin
  cleaner a.txt b.txt -o bodies.txt      two pages, bodies separated by a blank line
  cleaner --explain page.txt | grep ^DROP        what was dropped and why
  cleaner --lang de --lexicon my-chrome.txt page.txt
  cleaner CC-MAIN-xxx.warc.wet.gz -o clean.jsonl.zst --stats   a Common Crawl WET file
  cleaner crawl.warc.gz -o pages.parquet                       HTML responses to Parquet
  cleaner --jsonl crawl.jsonl.gz -o clean.jsonl.gz --jobs 8
  zstdcat crawl.jsonl.zst | cleaner --jsonl --field content --stats - | head
  cleaner pages.parquet --field content -o clean.parquet
  cleaner pages/ -o clean/               every file under pages/, mirrored under clean/
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


class _Version(argparse.Action):
    """``--version``: the installed version, looked up only when asked for (the lookup costs more than
    the rest of the start-up)."""

    def __call__(self, parser: Any, namespace: Any, values: Any, option_string: Any = None) -> None:
        from . import __version__  # noqa: PLC0415
        parser._print_message(f"{PROG} {__version__}\n", sys.stdout)
        parser.exit()


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
    p.add_argument("-o", "--output", metavar="FILE",
                   help="write here instead of stdout (atomically); OUTDIR/: one file per input")
    p.add_argument("--explain", action="store_true", help="print the decision for every line instead")
    p.add_argument("--lang", metavar="CODE", help="page language, ISO 639-1 (default: guessed per page)")
    p.add_argument("--lexicon", metavar="FILE", action="append", default=[],
                   help="extra lexicon file, built-in format (repeatable)")
    p.add_argument("--format", choices=("auto", "text", "html") + CONTAINERS, default="auto",
                   help="input format (default auto: WARC and Parquet by content, HTML when the page "
                        "looks like HTML)")
    p.add_argument("--errors", choices=("replace", "strict"), default="replace",
                   help="invalid UTF-8: replace with U+FFFD and warn once (default), or fail")
    p.add_argument("--keep-comments", action="store_true",
                   help="keep readers' comments under the article (default: dropped; their names, dates and "
                        "reply buttons go either way)")
    p.add_argument("--jsonl", action="store_true",
                   help="the inputs are JSON Lines records (WARC and Parquet are recognised without it)")
    p.add_argument("--field", metavar="NAME",
                   help="records: the field (Parquet: column) holding page text (default text)")
    p.add_argument("--url-field", metavar="NAME", default="url",
                   help="records: the field holding the page URL, for --profile (default url)")
    p.add_argument("--profile", metavar="FILE",
                   help="site profile from 'cleaner learn': drop lines that recur across a site's pages")
    p.add_argument("--on-error", choices=("fail", "skip", "keep"),
                   help="records: what to do with a bad record (default fail)")
    p.add_argument("--stats", action="store_true",
                   help='records: add "cleaner": {lines_kept, lines_dropped, chars_removed} to each '
                        "record and print a summary on stderr; pages: print totals on stderr")
    p.add_argument("-j", "--jobs", type=_positive, default=os.cpu_count() or 1, metavar="N",
                   help="worker processes for records and several FILEs (default: all cores, %(default)s)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    p.add_argument("--version", action=_Version, nargs=0, help="show the version and exit")
    return p


# ------------------------------------------------------------------------------------ text mode


def _rows(exp: Explanation) -> str:
    def cell(s: str) -> str:
        return s.replace("\t", " ").replace("\n", " ")

    def why(d: Decision) -> str:  # the reason, and the body span the line stood in when it does not name it
        return f"{d.reason} (in the {d.block})" if d.block and d.block not in d.reason else d.reason
    return "".join(f"{'KEEP' if d.keep else 'DROP'}\t{cell(d.stage)}\t{cell(why(d))}\t{d.line}\n"
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


def run_text(args: argparse.Namespace, job: Job, inputs: list[Input], write_page: Callable[[str, str, str], None],
             err: TextIO, stdin: BinaryIO | None = None) -> int:
    """Clean every input as one page, in order, handing ``write_page(path, body, explain_rows)`` each result."""

    def items():
        for inp in inputs:
            if inp.stream is not None:
                try:
                    data = inp.stream.read()
                except (OSError, EOFError, zlib.error) as exc:
                    raise InputError(f"{inp.name}: {describe(exc)}") from None
                yield (inp.path, inp.name, data)
            else:
                yield (inp.path, inp.name, None)

    files = [inp.path for inp in inputs]
    progress = Progress(known_size(files, stdin), "pages", err, show_progress(args, err))
    replaced: list[str] = []
    totals = [0, 0, 0]
    try:
        with closing(ordered_map(_page_task, items(), min(args.jobs, len(files)), job)) as results:
            for inp, res in zip(inputs, results):
                if res[0] == "error":
                    progress.close()
                    err.write(f"{PROG}: {res[1]}\n")
                    return EXIT_FAIL
                _, name, body, rows, bad_bytes, counts, size, binary = res
                if binary:
                    err.write(f"{PROG}: warning: {name} looks binary, not text: no output for it\n")
                if bad_bytes:
                    replaced.append(name)
                write_page(inp.path, body, rows)
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


def write_pages(job: Job, out: Any) -> Callable[[str, str, str], None]:
    """``write_page`` for one output: the bodies one after the other, one blank line between two, or the
    ``--explain`` rows."""
    wrote = False

    def write_page(path: str, body: str, rows: str) -> None:
        nonlocal wrote
        if job.explain:
            out.write(rows.encode("utf-8", "replace"))
        elif body:
            out.write(((b"\n" if wrote else b"") + body.encode("utf-8", "replace") + b"\n"))
            wrote = True
    return write_page


# ---------------------------------------------------------------------------------------- main

def _check_options(args: argparse.Namespace, parser: _Parser, err: TextIO) -> str | None:
    """Usage problems argparse cannot see; returns the effective --format, or None after an error."""
    if args.jsonl and args.explain:
        parser.error("--explain does not combine with --jsonl")
    if args.jsonl and args.format in CONTAINERS:
        parser.error(f"--jsonl and --format {args.format} name two different inputs: give one")
    if args.output and args.output != "-" and not _output_dir(args):
        try:
            formats.check_output_name(args.output)
        except formats.UnsupportedOutput as exc:
            parser.error(str(exc))
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
    fmt = "auto" if args.format in CONTAINERS else args.format
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
    p.add_argument("files", nargs="+", metavar="FILE",
                   help="JSON Lines pages (any compression); a folder: its .jsonl and .ndjson files")
    p.add_argument("-o", "--output", metavar="FILE", required=True, help="the profile to write (.json or .json.gz)")
    p.add_argument("--field", metavar="NAME", default="text", help="the field holding page text (default text)")
    p.add_argument("--url-field", metavar="NAME", default="url", help="the field holding the page URL (default url)")
    try:
        args = p.parse_args(argv)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    try:
        paths = [found for path in args.files for found in
                 (filter(formats.is_jsonl_name, _walk(path, "")) if os.path.isdir(path) else [path])]
        if not paths:
            stderr.write(f"{PROG} learn: no .jsonl or .ndjson files in {', '.join(args.files)}\n")
            return EXIT_FAIL
        records = (rec for path in paths for rec in iter_jsonl(path, args.field, args.url_field))
        profile = learn(records)
        profile.save(args.output)
    except (OSError, ValueError, EOFError) as exc:
        where = f"{exc.filename}: " if isinstance(exc, OSError) and exc.filename else ""
        stderr.write(f"{PROG} learn: {where}{describe(exc)}\n")
        return EXIT_FAIL
    except KeyboardInterrupt:
        stderr.write(f"{PROG}: interrupted\n")
        return EXIT_INTERRUPT
    return EXIT_OK


def _output_dir(args: argparse.Namespace) -> str | None:
    """The output folder of a folder-in, folder-out run (``-o`` ends in a slash, or is a folder); else None."""
    out = args.output
    if out and out != "-" and (out.endswith(("/", os.sep)) or os.path.isdir(out)):
        return out
    return None


def _walk(folder: str, skip: str) -> Iterator[str]:
    """The files under ``folder``, recursively, in name order; hidden files and folders (``.name``) and the
    output folder ``skip`` are left out."""
    def fail(exc: OSError) -> None:
        raise exc

    for root, dirs, names in os.walk(folder, onerror=fail):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".")
                         and os.path.realpath(os.path.join(root, d)) != skip)
        for name in sorted(names):
            if not name.startswith("."):
                yield os.path.join(root, name)


def _folder_plan(args: argparse.Namespace, out_dir: str, forced: str | None, stdin: BinaryIO,
                 parser: _Parser) -> list[tuple[Input, str]]:
    """Every input of a folder run with the file it is written to, in order."""
    if not args.files or "-" in args.files:
        parser.error("-o FOLDER/ writes one file per input: give files or folders, not standard input")
    skip = os.path.realpath(out_dir)
    pairs: list[tuple[Input, str]] = []
    seen: dict[str, str] = {}
    for arg in args.files:
        if os.path.isdir(arg):
            found = ((path, os.path.relpath(path, arg)) for path in _walk(arg, skip))
        else:
            found = iter([(arg, os.path.basename(arg))])
        for path, rel in found:
            inp = detect_input(path, forced, stdin, by_name=True)
            if inp.container == "warc":
                rel = formats.warc_to_jsonl_name(rel)
            dst = os.path.join(out_dir, rel)
            if dst in seen:
                parser.error(f"{seen[dst]} and {path} would both be written to {dst}")
            seen[dst] = path
            pairs.append((inp, dst))
    return pairs


def run_folder(args: argparse.Namespace, job: Job, pairs: list[tuple[Input, str]], err: TextIO) -> int:
    """Folder in, folder out: every page to its own file, every record file to its own (JSONL and WARC
    to JSON Lines, Parquet to Parquet). Pages go through one worker pool, record files through another.
    Stops at the first input that fails (exit 1); the files written before it stay."""
    target = {inp.path: dst for inp, dst in pairs}

    def write_page(path: str, body: str, rows: str) -> None:
        out = open_output(target[path])
        try:
            write_pages(job, out)(path, body, rows)
            out.commit()
        except OSError as exc:
            raise OutputError(f"cannot write {target[path]}: {describe(exc)}") from None
        finally:
            out.discard()

    pages = [inp for inp, _ in pairs if inp.container == "text"]
    if pages:
        code = run_text(args, job, pages, write_page, err)
        if code != EXIT_OK:
            return code
    records = [inp for inp, _ in pairs if inp.container != "text"]
    if not records:
        return EXIT_OK
    from .records import FolderOutputs, Tally, run_records  # noqa: PLC0415
    made: list[FolderOutputs] = []

    def outputs(tally: Tally) -> FolderOutputs:
        made.append(FolderOutputs(job, target, tally))
        return made[0]

    try:
        return run_records(args, job, records, None, err, outputs=outputs)
    finally:
        for folder_outputs in made:
            folder_outputs.discard()


def _output_format(args: argparse.Namespace, inputs: list[Input]) -> str:
    """Records are written as Parquet to a ``.parquet`` name, or from Parquet inputs unless the name says
    JSON Lines; else as JSON Lines."""
    name = args.output if args.output and args.output != "-" else ""
    if formats.is_parquet_name(name):
        return "parquet"
    if all(inp.container == "parquet" for inp in inputs) and not formats.is_jsonl_name(name):
        return "parquet"
    return "jsonl"


def main(argv: list[str] | None = None, *, stdin: BinaryIO | None = None,
         stdout: BinaryIO | None = None, stderr: TextIO | None = None) -> int:
    """Run the command line; returns the exit status."""
    argv = sys.argv[1:] if argv is None else argv
    stderr = stderr if stderr is not None else sys.stderr
    if argv[:1] == ["learn"]:
        return learn_main(argv[1:], stderr)
    real_stdout = stdout is None
    stdin = stdin if stdin is not None else sys.stdin.buffer
    stdout = stdout if stdout is not None else sys.stdout.buffer
    if isinstance(stdout, io.RawIOBase):  # python -u / PYTHONUNBUFFERED: writes may be partial
        stdout = WriteAll(stdout)  # type: ignore[assignment]
    out: Any = None
    try:
        parser = build_parser()
        parser.streams = (stdout, stderr)
        try:
            args = parser.parse_args(argv)
            fmt = _check_options(args, parser, stderr)
            if fmt is None:
                return EXIT_USAGE
            forced = "jsonl" if args.jsonl else (args.format if args.format in CONTAINERS else None)
            out_dir = _output_dir(args)
            files = args.files or ["-"]
            if out_dir is None:
                for path in files:
                    if path != "-" and os.path.isdir(path):
                        stderr.write(f"{PROG}: {path}: is a folder; to clean every file in it, give an "
                                     f"output folder: -o OUTDIR/\n")
                        return EXIT_FAIL
            try:
                if out_dir is not None:
                    pairs = _folder_plan(args, out_dir, forced, stdin, parser)
                    inputs = [inp for inp, _ in pairs]
                else:
                    inputs = [detect_input(path, forced, stdin) for path in files]
            except (InputError, OSError) as exc:
                where = f"{exc.filename}: " if isinstance(exc, OSError) and exc.filename else ""
                stderr.write(f"{PROG}: {where}{describe(exc) if where else exc}\n")
                return EXIT_FAIL
            kinds = {inp.container for inp in inputs}
            records = kinds - {"text"}
            if out_dir is None and records and "text" in kinds:
                pages = [inp.name for inp in inputs if inp.container == "text"]
                parser.error(f"pages ({pages[0]}) and records ({', '.join(sorted(records))}) in one run: "
                             f"clean them separately, or write a folder (-o OUTDIR/)")
            if not records and (args.field is not None or args.on_error is not None):
                parser.error("--field and --on-error apply to records (JSON Lines, WARC, Parquet); "
                             "these inputs are pages")
            if records and args.explain:
                parser.error(f"--explain shows the lines of pages; {inputs[0].name} holds records")
            output = _output_format(args, inputs) if records and out_dir is None else "jsonl"
            if out_dir is None and not records and formats.is_parquet_name(args.output or ""):
                parser.error("-o NAME.parquet writes records: the inputs are pages (JSON Lines needs --jsonl)")
            if "parquet" in records or output == "parquet":
                from .parquet import check_available  # noqa: PLC0415
                problem = check_available()
                if problem:
                    parser.error(problem)
        except SystemExit as exc:  # --help, --version, usage errors
            stdout.flush()
            return exc.code if isinstance(exc.code, int) else EXIT_USAGE
        from .pipeline import Cleaner  # noqa: PLC0415 - not needed for --help and --version
        config = Config(lang=args.lang, extra_lexicons=tuple(args.lexicon), profile=args.profile,
                        comments=args.keep_comments)
        job = Job(Cleaner(config), format=fmt, errors=args.errors, explain=args.explain,
                  stats=args.stats, field=args.field or "text", on_error=args.on_error or "fail",
                  url_field=args.url_field, output=output)
        if out_dir is not None:
            try:
                return run_folder(args, job, pairs, stderr)
            except OutputError as exc:
                stderr.write(f"{PROG}: {exc}\n")
                return EXIT_FAIL
        if args.output and args.output != "-":
            try:
                out = AtomicOutput(args.output)
            except OSError as exc:
                stderr.write(f"{PROG}: cannot write {args.output}: {describe(exc)}\n")
                return EXIT_FAIL
        target = out or stdout
        if records:
            from .records import run_records  # noqa: PLC0415
            code = run_records(args, job, inputs, target, stderr, stdin)
        else:
            code = run_text(args, job, inputs, write_pages(job, target), stderr, stdin)
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
