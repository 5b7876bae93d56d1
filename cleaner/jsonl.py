"""``cleaner --jsonl``: stream JSON Lines through the cleaner, one output record per input record.

The main process reads lines (plain or gzip) and groups them into batches; workers decode, parse,
clean and re-serialise each batch; the main process writes the results in input order. Only a
bounded number of batches is ever in flight, so memory stays flat however large the input.

A bad line -- blank, invalid UTF-8 under ``--errors strict``, malformed JSON, not an object, the
field missing or not a string -- is handled per ``--on-error``: ``fail`` stops at it (exit 1),
``skip`` drops it, ``keep`` writes the line back byte for byte.
"""
from __future__ import annotations

import argparse
import codecs
import json
import zlib
from contextlib import closing
from typing import Any, BinaryIO, Iterator, TextIO

from ._cli_io import (BOM, Job, Progress, clean_page, current_job, describe, explain_page,
                      is_html, known_size, open_input, ordered_map, show_progress)

PROG = "cleaner"
#: A batch closes at this many records or bytes, whichever comes first: big enough that the
#: inter-process traffic is a few messages per second, small enough to keep every core busy.
BATCH_RECORDS = 64
BATCH_BYTES = 4 << 20

#: A processed record: ok, output bytes (None when skipped), where ("NAME: line N"), the problem
#: (None when ok), whether invalid UTF-8 was replaced, and the input size in bytes.
Result = tuple[bool, "bytes | None", str, "str | None", bool, int]


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object"


def _dump(record: dict) -> bytes:
    try:
        return json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n"
    except UnicodeEncodeError:  # a lone surrogate from a "\ud800" escape: keep it escaped
        return json.dumps(record, separators=(",", ":")).encode("ascii") + b"\n"


def process_record(job: Job, where: str, raw: bytes) -> Result:
    """Clean the record on one input line, or say what is wrong with the line."""
    size = len(raw)

    def bad(reason: str) -> Result:
        back = None
        if job.on_error == "keep":
            back = raw if raw.endswith(b"\n") else raw + b"\n"
        return (False, back, where, reason, False, size)

    if not raw.strip():
        return bad("blank line")
    replaced = False
    content = raw.rstrip(b"\r\n")  # so that error columns count within the line
    try:
        line = content.decode("utf-8")
    except UnicodeDecodeError as exc:
        if job.errors == "strict":
            return bad(f"invalid UTF-8 at byte {exc.start} (--errors strict)")
        line, replaced = content.decode("utf-8", "replace"), True
    try:
        record = json.loads(line, strict=False)  # tolerate raw control characters inside strings
    except json.JSONDecodeError as exc:
        return bad(f"malformed JSON: {exc.msg} at column {exc.colno}")
    except (ValueError, RecursionError) as exc:  # e.g. an integer too long to convert, deep nesting
        return bad(f"malformed JSON: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}")
    if not isinstance(record, dict):
        return bad(f"not a JSON object but {_kind(record)}")
    field = job.field
    if field not in record:
        return bad(f"no field {field!r}")
    value = record[field]
    if not isinstance(value, str):
        return bad(f"field {field!r} is {_kind(value)}, not a string")
    text = value[1:] if value.startswith(BOM) else value
    html = is_html(job, text)
    url = record.get(job.url_field)
    url = url if isinstance(url, str) else None
    try:
        if job.stats:
            exp = explain_page(job, text, html, url)
            stats = exp.stats
            record[field] = exp.text
            record["cleaner"] = {"lines_kept": stats["kept"], "lines_dropped": stats["dropped"],
                                 "chars_removed": len(value) - len(exp.text)}
        else:
            record[field] = clean_page(job, text, html, url)
    except ValueError as exc:
        if not html:
            raise
        return bad(str(exc))  # cleaner.html refuses the page (over its size limit)
    return (True, _dump(record), where, None, replaced, size)


def _batch_task(item: tuple[str, list[tuple[int, bytes]], str | None]) -> tuple[list[Result], str | None]:
    """Process one batch (in a worker with --jobs > 1); a read error travels along, in order."""
    job = current_job()
    name, lines, error = item
    return [process_record(job, f"{name}: line {n}", raw) for n, raw in lines], error


def _batches(files: list[str], stdin: BinaryIO) -> Iterator[tuple[str, list[tuple[int, bytes]], str | None]]:
    """The input lines in batches. An unreadable input ends the stream with a batch carrying the error."""
    for path in files:
        name = "<stdin>" if path == "-" else path
        batch: list[tuple[int, bytes]] = []
        size = 0
        try:
            f = stdin if path == "-" else open_input(path)
        except OSError as exc:
            yield (name, [], f"{name}: {describe(exc)}")
            return
        try:
            for n, raw in enumerate(f, 1):
                if n == 1 and raw.startswith(codecs.BOM_UTF8):
                    raw = raw[len(codecs.BOM_UTF8):]
                batch.append((n, raw))
                size += len(raw)
                if len(batch) >= BATCH_RECORDS or size >= BATCH_BYTES:
                    yield (name, batch, None)
                    batch, size = [], 0
        except (OSError, EOFError, zlib.error) as exc:  # unreadable, truncated or corrupt gzip
            yield (name, batch, f"{name}: {describe(exc)}")
            return
        finally:
            if f is not stdin:
                f.close()
        if batch:
            yield (name, batch, None)


def run_jsonl(args: argparse.Namespace, job: Job, stdin: BinaryIO, out: Any, err: TextIO) -> int:
    files = args.files or ["-"]
    progress = Progress(known_size(files, stdin), "records", err, show_progress(args, err))
    bad_count, first_bad = 0, ""
    replaced_count, first_replaced = 0, ""
    try:
        with closing(ordered_map(_batch_task, _batches(files, stdin), args.jobs, job)) as results:
            for records, error in results:
                for ok, data, where, problem, replaced, size in records:
                    if not ok:
                        if job.on_error == "fail":
                            err.write(f"{PROG}: {where}: {problem}\n")
                            return 1
                        bad_count += 1
                        first_bad = first_bad or f"{where}: {problem}"
                    elif replaced:
                        replaced_count += 1
                        first_replaced = first_replaced or where
                    if data is not None:
                        out.write(data)
                    progress.update(size)
                if error:
                    err.write(f"{PROG}: {error}\n")
                    return 1
                # Hand each batch on at once: a consumer downstream in a pipe should not wait for
                # the buffer to fill while the input trickles in. (One flush per batch costs nothing.)
                out.flush()
    finally:
        progress.close()
        if replaced_count:
            err.write(f"{PROG}: warning: invalid UTF-8 replaced with U+FFFD in {replaced_count} "
                      f"record(s) (first: {first_replaced})\n")
        if bad_count:
            what = "skipped" if job.on_error == "skip" else "passed through unchanged"
            err.write(f"{PROG}: {what} {bad_count} bad line(s) (first: {first_bad})\n")
    return 0
