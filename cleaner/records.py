"""Record mode: JSON Lines, WARC/WET and Parquet records through the cleaner, one output record per page.

One path for every container. The main process reads the inputs (:class:`~cleaner.formats.Input`) and
groups their records into :class:`Batch` es: raw lines for JSON Lines (workers parse them, which is most
of the reading cost), records already split for WARC (:mod:`cleaner.warc`) and Parquet
(:mod:`cleaner.parquet`). Workers clean each record's page and encode it for the output; the main
process writes the results in input order, as JSON Lines or as Parquet
(:class:`cleaner.parquet.ParquetOutput`). Only a bounded number of batches is ever in flight, so memory stays flat however
large the input.

A bad record -- a blank line, invalid UTF-8 under ``--errors strict``, malformed JSON, not an object,
the field missing or not a string, an HTML page over ``cleaner.html``'s limit -- is handled per
``--on-error``: ``fail`` stops at it (exit 1), ``skip`` drops it, ``keep`` writes it back unchanged (a
JSON line byte for byte).
"""
from __future__ import annotations

import argparse
import codecs
import datetime
import decimal
import json
import zlib
from collections import Counter
from contextlib import closing
from dataclasses import dataclass, field, replace
from typing import Any, BinaryIO, Callable, Iterator, NamedTuple, TextIO

from ._cli_io import (BOM, AtomicOutput, InputError, Job, OutputError, Progress, clean_page, current_job,
                      decode, describe, explain_page, is_html, known_size, open_input, open_output,
                      ordered_map, show_progress)
from .binary import looks_binary
from .formats import Input

PROG = "cleaner"
#: A batch closes at this many records or bytes, whichever comes first: big enough that the
#: inter-process traffic is a few messages per second, small enough to keep every core busy.
BATCH_RECORDS = 64
BATCH_BYTES = 4 << 20
#: Input errors that end a stream: unreadable, truncated or corrupt compressed data.
READ_ERRORS = (OSError, EOFError, zlib.error, ValueError)


@dataclass
class Batch:
    """Records of one input, in order. ``lines``: JSON Lines as (line number, raw bytes), parsed in the
    worker. ``records``: (where, record, html, problem) for split containers, the page in
    ``record[job.field]`` (str, or bytes to decode: UTF-8 text, or HTML when ``html``), ``problem`` what
    makes it a bad record when the reader found out. ``error``: the input failed after these."""

    name: str
    source: int = 0          # the input's index in the run
    output: str = "jsonl"    # how the worker encodes results: "jsonl" or "parquet" (see Job.output)
    lines: list[tuple[int, bytes]] = field(default_factory=list)
    records: list[tuple[str, dict, "bool | None", "str | None"]] = field(default_factory=list)
    error: str | None = None

    def __len__(self) -> int:
        return len(self.lines) + len(self.records)


class Result(NamedTuple):
    """A processed record: the output (JSON line bytes, a dict for Parquet, or None when skipped), where
    it came from ("NAME: line N"), the problem (None when ok), whether invalid UTF-8 was replaced, the
    input size in bytes, and with ``--stats`` the page's counts (:attr:`Explanation.stats` plus bytes)."""

    ok: bool
    data: Any
    where: str
    problem: str | None
    replaced: bool
    size: int
    stats: dict | None = None
    binary: bool = False  # the page is not text (see cleaner.binary): its field comes out empty


@dataclass
class Tally:
    """What a run did, for ``--stats`` and the closing warnings."""

    pages: int = 0
    bytes_in: int = 0
    bytes_out: int = 0
    lines: Counter = field(default_factory=Counter)  # kept, dropped, dropped_by_<stage>
    bad: int = 0
    first_bad: str = ""
    not_pages: int = 0       # WARC records that hold no page (warcinfo, request, metadata, images...)
    binary: int = 0          # pages that are not text (an executable, random bytes): no body
    replaced: int = 0
    first_replaced: str = ""
    schemas: dict = field(default_factory=dict)  # input index -> schema of each Parquet input

    def add(self, stats: dict) -> None:
        self.pages += 1
        self.bytes_in += stats.pop("bytes_in")
        self.bytes_out += stats.pop("bytes_out")
        self.lines.update(stats)

    def summary(self) -> str:
        stages = sorted(((k[len("dropped_by_"):], n) for k, n in self.lines.items()
                         if k.startswith("dropped_by_")), key=lambda kv: -kv[1])
        by_stage = ", ".join(f"{stage} {n:,}" for stage, n in stages)
        share = f" ({self.bytes_out / self.bytes_in:.0%})" if self.bytes_in else ""
        out = [f"{PROG}: {self.pages:,} pages, {self.bytes_in:,} bytes of text in, "
               f"{self.bytes_out:,} out{share}",
               f"{PROG}: lines: {self.lines['kept']:,} kept, {self.lines['dropped']:,} dropped"
               + (f" (by stage: {by_stage})" if by_stage else "")]
        skipped = self.not_pages + self.bad
        out.append(f"{PROG}: records skipped: {skipped:,} ({self.not_pages:,} not pages, {self.bad:,} bad); "
                   f"{self.binary:,} binary, not text (kept with an empty body)")
        return "".join(line + "\n" for line in out)


# ------------------------------------------------------------------------------------------ workers

def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, (str, bytes)):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object"


def _json_value(value: Any) -> Any:
    """JSON for what Parquet columns hold beyond JSON's types (dates, decimals, binary)."""
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, (decimal.Decimal, datetime.timedelta)):
        return str(value)
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def _dump(record: dict) -> bytes:
    try:
        return json.dumps(record, ensure_ascii=False, separators=(",", ":"),
                          default=_json_value).encode("utf-8") + b"\n"
    except UnicodeEncodeError:  # a lone surrogate from a "\ud800" escape: keep it escaped
        return json.dumps(record, separators=(",", ":"), default=_json_value).encode("ascii") + b"\n"


def _encode(job: Job, record: dict) -> Any:
    return record if job.output == "parquet" else _dump(record)


def _fields(record: dict) -> str:
    names = ", ".join(repr(k) for k in list(record)[:20])
    return f"{names}, ..." if len(record) > 20 else names or "none"


def clean_record(job: Job, where: str, record: dict, size: int, html: bool | None = None,
                 raw: bytes | None = None, problem: str | None = None) -> Result:
    """Clean the page in ``record[job.field]`` (in place) and encode the record for the output; or say
    what is wrong with it (``problem``: the reader already knows). ``raw`` is the record's JSON line,
    written back as it was by ``--on-error keep``."""

    def bad(reason: str) -> Result:
        back = None
        if job.on_error == "keep":
            if raw is not None:
                back = raw if raw.endswith(b"\n") else raw + b"\n"
            else:
                value = record.get(job.field)
                if isinstance(value, bytes):
                    record[job.field] = value.decode("utf-8", "replace")
                back = _encode(job, record)
        return Result(False, back, where, reason, False, size)

    if problem is not None:
        return bad(problem)
    name = job.field
    if name not in record:
        return bad(f"no field {name!r} (fields: {_fields(record)})")
    value = record[name]
    replaced = False
    if isinstance(value, bytes):
        if html:
            page: str | bytes = value
        else:
            try:
                page, replaced = decode(value, job.errors, where)
            except InputError as exc:
                return bad(str(exc).removeprefix(f"{where}: "))
            html = False
    elif isinstance(value, str):
        page = value[1:] if value.startswith(BOM) else value
        if html is None:
            html = is_html(job, page)
    else:
        return bad(f"field {name!r} is {_kind(value)}, not a string")
    url = record.get(job.url_field)
    url = url if isinstance(url, str) else None
    stats = None
    try:
        if job.stats:
            exp = explain_page(job, page, html, url)
            body = exp.text
            stats = exp.stats
            chars = len(value) if isinstance(value, str) else len(value.decode("utf-8", "replace"))
            record["cleaner"] = {"lines_kept": stats["kept"], "lines_dropped": stats["dropped"],
                                 "chars_removed": chars - len(body)}
            stats["bytes_in"] = len(page) if isinstance(page, bytes) else len(page.encode("utf-8", "replace"))
            stats["bytes_out"] = len(body.encode("utf-8", "replace"))
        else:
            body = clean_page(job, page, html, url)
    except ValueError as exc:
        if not html:
            raise
        return bad(str(exc))  # cleaner.html refuses the page (over its size limit)
    record[name] = body
    return Result(True, _encode(job, record), where, None, replaced, size, stats,
                  not html and not body and looks_binary(page))


def process_line(job: Job, where: str, raw: bytes) -> Result:
    """Parse the JSON record on one input line and clean it; or say what is wrong with the line."""
    size = len(raw)

    def bad(reason: str) -> Result:
        back = (raw if raw.endswith(b"\n") else raw + b"\n") if job.on_error == "keep" else None
        return Result(False, back, where, reason, False, size)

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
    result = clean_record(job, where, record, size, raw=raw)
    return result._replace(replaced=True) if replaced and result.ok else result


def _batch_task(batch: Batch) -> tuple[int, list[Result], str | None]:
    """Process one batch (in a worker with --jobs > 1); a read error travels along, in order."""
    job = current_job()
    if job.output != batch.output:
        job = replace(job, output=batch.output)
    done = [process_line(job, f"{batch.name}: line {n}", raw) for n, raw in batch.lines]
    done += [clean_record(job, where, record, len(record.get(job.field) or ""), html, problem=problem)
             for where, record, html, problem in batch.records]
    return batch.source, done, batch.error


# ------------------------------------------------------------------------------------------ sources

def jsonl_batches(inp: Input, new_batch: Callable[[], Batch]) -> Iterator[Batch]:
    """The lines of a JSON Lines input in batches; an unreadable input ends with a batch carrying the error."""
    name = inp.name
    batch = new_batch()
    try:
        f = inp.stream if inp.stream is not None else open_input(inp.path)
    except READ_ERRORS as exc:
        batch.error = f"{name}: {describe(exc)}"
        yield batch
        return
    size = 0
    try:
        for n, raw in enumerate(f, 1):
            if n == 1 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8):]
            batch.lines.append((n, raw))
            size += len(raw)
            if len(batch.lines) >= BATCH_RECORDS or size >= BATCH_BYTES:
                yield batch
                batch, size = new_batch(), 0
    except READ_ERRORS as exc:  # unreadable, truncated or corrupt compressed data
        batch.error = f"{name}: {describe(exc)}"
        yield batch
        return
    finally:
        f.close()
    yield batch  # the last, possibly empty: every input ends with a batch (its output is then complete)


def _batches(inputs: list[Input], job: Job, tally: Tally, outputs: Outputs) -> Iterator[Batch]:
    """Every input's batches, in order, each input ending with a batch; reading stops at the first input
    that fails."""
    for index, inp in enumerate(inputs):
        output = outputs.format(inp)

        def new_batch(index: int = index, inp: Input = inp, output: str = output) -> Batch:
            return Batch(inp.name, index, output)

        if inp.container == "warc":
            from .warc import warc_batches  # noqa: PLC0415
            source = warc_batches(inp, job, tally, new_batch)
        elif inp.container == "parquet":
            from .parquet import parquet_batches  # noqa: PLC0415
            source = parquet_batches(inp, job, tally, new_batch)
        else:
            source = jsonl_batches(inp, new_batch)
        for batch in source:
            yield batch
            if batch.error:
                return


# ------------------------------------------------------------------------------------------ output

class Outputs:
    """Where the records of each input go: here, all to one output (a file or standard output), as JSON
    Lines or Parquet. A folder run (:class:`cleaner.cli.FolderOutputs`) gives each input its own."""

    def __init__(self, out: Any, job: Job, tally: Tally) -> None:
        self.out = out
        self.writer = out  # JSON lines go straight out; Parquet rows are gathered into row groups
        if job.output == "parquet":
            from .parquet import ParquetOutput  # noqa: PLC0415
            self.writer = ParquetOutput(out, job, lambda: next(iter(tally.schemas.values()), None))
        self.output = job.output

    def format(self, inp: Input) -> str:
        """How the workers encode the records of ``inp``: "jsonl" or "parquet"."""
        return self.output

    def start(self, index: int, inp: Input) -> Any:
        """The writer of ``inp``'s records (``write(data)``, ``flush()``)."""
        return self.writer

    def end(self, index: int, inp: Input) -> None:
        """``inp`` was read whole and its records written."""

    def close(self) -> None:
        """Every input was read whole: finish the output."""
        if self.writer is not self.out:
            self.writer.close()


class FolderOutputs(Outputs):
    """A folder run's record outputs: each input to its own file (JSON Lines and WARC to JSON Lines,
    Parquet to Parquet), written atomically and committed when the input is done."""

    def __init__(self, job: Job, target: dict[str, str], tally: Tally) -> None:
        self.job = job
        self.target = target
        self.tally = tally
        self.file: AtomicOutput | None = None
        self.writer: Any = None

    def format(self, inp: Input) -> str:
        return "parquet" if inp.container == "parquet" else "jsonl"

    def start(self, index: int, inp: Input) -> Any:
        self.file = open_output(self.target[inp.path])
        self.writer = self.file
        if self.format(inp) == "parquet":
            from .parquet import ParquetOutput  # noqa: PLC0415
            self.writer = ParquetOutput(self.file, self.job, lambda: self.tally.schemas.get(index))
        return self.writer

    def end(self, index: int, inp: Input) -> None:
        assert self.file is not None
        try:
            if self.writer is not self.file:
                self.writer.close()
            self.file.commit()
        except OSError as exc:
            raise OutputError(f"cannot write {self.target[inp.path]}: {describe(exc)}") from None
        self.file = None

    def close(self) -> None:
        """Every file was committed at its end."""

    def discard(self) -> None:
        """The run failed: the file being written is dropped; those finished before it stay."""
        if self.file is not None:
            self.file.discard()


def run_records(args: argparse.Namespace, job: Job, inputs: list[Input], out: Any, err: TextIO,
                stdin: BinaryIO | None = None, outputs: Callable[[Tally], Outputs] | None = None) -> int:
    """Clean every record of ``inputs`` into ``out``, or into the :class:`Outputs` that ``outputs`` makes
    (given the run's tally); the exit status (0, or 1 at a bad record or input). One worker pool serves
    all the inputs."""
    # The bar counts the bytes of JSON lines read, and of pages only for WARC and Parquet: a total (for
    # an ETA) only when that is the size of the files.
    total = known_size([inp.path for inp in inputs], stdin) if all(
        inp.container == "jsonl" for inp in inputs) else None
    progress = Progress(total, "records", err, show_progress(args, err))
    tally = Tally()
    where = outputs(tally) if outputs is not None else Outputs(out, job, tally)
    current, writer = -1, None
    try:
        with closing(ordered_map(_batch_task, _batches(inputs, job, tally, where), args.jobs, job)) as results:
            for source, done, error in results:
                if source != current:
                    if current >= 0:
                        where.end(current, inputs[current])
                    current, writer = source, where.start(source, inputs[source])
                for res in done:
                    if not res.ok:
                        if job.on_error == "fail":
                            err.write(f"{PROG}: {res.where}: {res.problem}\n")
                            return 1
                        tally.bad += 1
                        tally.first_bad = tally.first_bad or f"{res.where}: {res.problem}"
                    elif res.replaced:
                        tally.replaced += 1
                        tally.first_replaced = tally.first_replaced or res.where
                    if res.binary:
                        tally.binary += 1
                        err.write(f"{PROG}: warning: {res.where}: looks binary, not text: its body is empty\n")
                    if res.stats is not None:
                        tally.add(res.stats)
                    if res.data is not None:
                        writer.write(res.data)
                    progress.update(res.size)
                if error:
                    err.write(f"{PROG}: {error}\n")
                    return 1
                # Hand each batch on at once: a consumer downstream in a pipe should not wait for
                # the buffer to fill while the input trickles in. (One flush per batch costs nothing.)
                writer.flush()
        if current >= 0:
            where.end(current, inputs[current])
        where.close()
    except InputError as exc:
        err.write(f"{PROG}: {exc}\n")
        return 1
    finally:
        progress.close()
        if tally.replaced:
            err.write(f"{PROG}: warning: invalid UTF-8 replaced with U+FFFD in {tally.replaced} "
                      f"record(s) (first: {tally.first_replaced})\n")
        if tally.bad:
            what = "skipped" if job.on_error == "skip" else "passed through unchanged"
            err.write(f"{PROG}: {what} {tally.bad} bad record(s) (first: {tally.first_bad})\n")
        if job.stats:
            err.write(tally.summary())
    return 0
