"""Plumbing shared by the command line's text and JSONL modes.

Decoding (UTF-8, invalid bytes replaced or fatal, BOM removed), inputs decompressed by content, the
atomic ``-o`` output, the optional tqdm progress bar, the per-page call into the cleaner (text or HTML)
and the ordered parallel map. Nothing here prints except the progress bar.
"""
from __future__ import annotations

import importlib
import io
import os
import signal
import stat
import tempfile
import time
from collections import deque
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, BinaryIO, Callable, Iterable, Iterator

from . import formats

if TYPE_CHECKING:
    from .pipeline import Cleaner, Explanation

BOM = "\ufeff"


class InputError(Exception):
    """An input that cannot be read or decoded; the CLI reports it on one line and exits 1."""


class OutputError(Exception):
    """An output that cannot be written (folder runs); the CLI reports it on one line and exits 1."""


@dataclass(frozen=True)
class Job:
    """Everything a worker needs to process pages; picklable (the Cleaner holds only its Config)."""

    cleaner: Cleaner
    format: str = "text"     # "auto" | "text" | "html" (auto degrades to text without cleaner.html)
    errors: str = "replace"  # "replace" | "strict"
    explain: bool = False
    stats: bool = False
    field: str = "text"
    on_error: str = "fail"
    url_field: str = "url"   # records: where a record's URL is (site profiles group pages by host)
    output: str = "jsonl"    # records: "jsonl" (workers return JSON lines) or "parquet" (workers return dicts)


# ---------------------------------------------------------------------------------------------- text

def decode(data: bytes, errors: str, name: str) -> tuple[str, bool]:
    """``data`` as text and whether invalid bytes were replaced; a leading BOM is removed."""
    try:
        text = data.decode("utf-8")
        replaced = False
    except UnicodeDecodeError as exc:
        if errors == "strict":
            raise InputError(f"{name}: invalid UTF-8 at byte {exc.start} (--errors strict)") from None
        text = data.decode("utf-8", "replace")
        replaced = True
    if text.startswith(BOM):
        text = text[1:]
    return text, replaced


def html_module() -> Any:
    """``cleaner.html``, imported on first use (it may not exist in this version)."""
    # import_module consults sys.modules, so a missing module is an ImportError here even when an
    # older import left ``cleaner.html`` as an attribute of the package.
    return importlib.import_module("cleaner.html")


def is_html(job: Job, page: str | bytes) -> bool:
    """Whether ``page`` goes through ``cleaner.html``: always with --format html, by sniffing with auto."""
    if job.format == "text":
        return False
    return job.format == "html" or bool(html_module().looks_like_html(page))


def explain_page(job: Job, page: str | bytes, html: bool | None = None, url: str | None = None) -> Explanation:
    """The cleaner's explanation of one page, through ``cleaner.html`` when the page is HTML.

    ``page`` is bytes only for HTML (which is decoded by its declared charset). HTML raises
    ValueError for a page over ``cleaner.html``'s size limit.
    """
    if html if html is not None else is_html(job, page):
        return html_module().explain_html(page, job.cleaner.config)
    assert isinstance(page, str)
    return job.cleaner.explain(page, url)


def clean_page(job: Job, page: str | bytes, html: bool | None = None, url: str | None = None) -> str:
    if html if html is not None else is_html(job, page):
        return html_module().clean_html(page, job.cleaner.config)
    assert isinstance(page, str)
    return job.cleaner(page, url)


# ----------------------------------------------------------------------------------------- files

def open_input(path: str) -> BinaryIO:
    """A binary stream of the file at ``path``, decompressed by content (see :mod:`cleaner.formats`)."""
    if os.path.isdir(path):
        raise IsADirectoryError(21, "Is a directory", path)
    f = open(path, "rb", buffering=0)
    try:
        return formats.open_stream(f)[0]
    except BaseException:
        f.close()
        raise


def detect_input(path: str, forced: str | None, stdin: BinaryIO, by_name: bool = False) -> formats.Input:
    """What ``path`` holds (``-``: ``stdin``): WARC and Parquet by their first bytes, whatever the options;
    else ``forced`` (``--jsonl``: "jsonl"), else JSON Lines by a ``.jsonl``/``.ndjson`` name when
    ``by_name`` (in a folder), else a page. A file that cannot be opened is left for its reader to report.
    ``forced`` "warc" or "parquet" on other content is an :class:`InputError`."""
    stream = None
    if path == "-":
        name = "<stdin>"
        stream, _, head = formats.open_stream(stdin)
        container = formats.container_of(head)
        if container == "parquet":  # Parquet is read by seeking: standard input is taken in whole
            stream = io.BytesIO(stream.read())  # type: ignore[assignment]
    else:
        name = path
        try:
            with open(path, "rb") as f:
                _stream, _, head = formats.open_stream(f)
                container = formats.container_of(head)
        except (OSError, EOFError, ValueError):
            container = None
            head = b""
    if forced in ("warc", "parquet") and container != forced and head:
        what = {"warc": "a WARC file", "parquet": "a Parquet file"}
        raise InputError(f"{name}: not {what[forced]} (--format {forced}); it starts with {head[:8]!r}")
    if container is None:
        if forced in ("warc", "parquet"):
            container = forced
        elif forced == "jsonl" or (by_name and formats.is_jsonl_name(path)):
            container = "jsonl"
        else:
            container = "text"
    return formats.Input(name, path, container, stream)


def read_input(path: str) -> bytes:
    with open_input(path) as f:
        return f.read()


def describe(exc: BaseException) -> str:
    """A one-line reason for an I/O error (no path: the caller names the input)."""
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__


def known_size(paths: list[str], stdin: BinaryIO) -> int | None:
    """Total bytes to read when every input is a plain regular file (for the progress ETA), else None."""
    total = 0
    for path in paths:
        try:
            if path == "-":
                st = os.fstat(stdin.fileno())
            else:
                with open(path, "rb") as f:
                    if formats.compression_of(f.read(formats.SNIFF)):
                        return None  # the bar counts decompressed bytes
                st = os.stat(path)
        except (OSError, ValueError, AttributeError):
            return None
        if not stat.S_ISREG(st.st_mode):
            return None
        total += st.st_size
    return total


class WriteAll:
    """Write every byte to an unbuffered binary stream (``python -u``: sys.stdout.buffer is a raw
    FileIO, whose ``write`` may write only part of the data, e.g. to a pipe whose reader left)."""

    def __init__(self, raw: Any) -> None:
        self.raw = raw

    def write(self, data: bytes) -> int:
        view = memoryview(data)
        while view:
            n = self.raw.write(view)
            if n is None:
                raise BlockingIOError(11, "output would block")
            view = view[n:]
        return len(data)

    def flush(self) -> None:
        self.raw.flush()


class AtomicOutput:
    """``-o FILE``: written to a temporary file in FILE's directory, renamed over FILE by :meth:`commit`.

    Until then FILE is untouched; :meth:`discard` (failure, Ctrl-C) removes the temporary file. The name's
    suffix sets the compression (:func:`cleaner.formats.compressor`; an unsupported one was refused by
    :func:`cleaner.formats.check_output_name` before). The result gets FILE's previous permissions, or the umask's.
    """

    def __init__(self, path: str) -> None:
        self.path = os.path.realpath(path)  # write through a symlink, keep the link
        if os.path.isdir(self.path):
            raise IsADirectoryError(21, "Is a directory", path)
        folder, base = os.path.split(self.path)
        fd, self.tmp = tempfile.mkstemp(prefix=f".{base}.", suffix=".tmp", dir=folder)
        self.raw = os.fdopen(fd, "wb", buffering=1 << 20)
        self.stream, self.finish = formats.compressor(self.path, self.raw)
        self.done = False

    def write(self, data: bytes) -> None:
        self.stream.write(data)

    def flush(self) -> None:
        self.stream.flush()

    def commit(self) -> None:
        self.finish()
        self.raw.flush()
        os.fsync(self.raw.fileno())
        self.raw.close()
        try:
            mode = stat.S_IMODE(os.stat(self.path).st_mode)
        except FileNotFoundError:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(self.tmp, mode)
        os.replace(self.tmp, self.path)
        self.done = True

    def discard(self) -> None:
        if self.done:
            return
        self.done = True
        for closer in (self.stream.close, self.raw.close):
            try:
                closer()
            except (OSError, ValueError):
                pass
        try:
            os.unlink(self.tmp)
        except OSError:
            pass


def open_output(path: str) -> AtomicOutput:
    """An :class:`AtomicOutput` at ``path`` (its folder made as needed) in a folder run, or an OutputError."""
    try:
        os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
        formats.check_output_name(path)
        return AtomicOutput(path)
    except (OSError, formats.UnsupportedOutput) as exc:
        raise OutputError(f"cannot write {path}: {describe(exc)}") from None



# -------------------------------------------------------------------------------------- progress

def show_progress(args: Any, err: Any) -> bool:
    """A bar only for a human watching: stderr is a terminal and no --quiet."""
    isatty = getattr(err, "isatty", None)
    return not args.quiet and bool(isatty and isatty())


class Progress:
    """A tqdm bar on stderr (bytes with MB/s and ETA, plus a record count), or nothing at all.

    Only shown when ``enabled`` (stderr is a terminal and not ``--quiet``) and tqdm is importable.
    Updates are batched so that the bar costs nothing per record.
    """

    def __init__(self, total: int | None, unit: str, file: Any, enabled: bool) -> None:
        self.bar = None
        self.unit = unit
        self.count = 0
        self.pending = 0
        self.last = 0.0
        if not enabled:
            return
        try:
            from tqdm import tqdm  # noqa: PLC0415 - optional at run time
        except ImportError:
            return
        self.bar = tqdm(total=total or None, unit="B", unit_scale=True, unit_divisor=1000,
                        file=file, mininterval=0.2, dynamic_ncols=True, desc="cleaner")

    def update(self, nbytes: int, records: int = 1) -> None:
        if self.bar is None:
            return
        self.count += records
        self.pending += nbytes
        now = time.monotonic()
        if now - self.last >= 0.2:
            self._flush(now)

    def _flush(self, now: float) -> None:
        assert self.bar is not None
        self.last = now
        self.bar.set_postfix_str(f"{self.count:,} {self.unit}", refresh=False)
        self.bar.update(self.pending)
        self.pending = 0

    def close(self) -> None:
        if self.bar is not None:
            self._flush(time.monotonic())
            self.bar.close()
            self.bar = None


# ------------------------------------------------------------------------------------ parallelism

_JOB: Job | None = None


def current_job() -> Job:
    assert _JOB is not None, "worker job not set"
    return _JOB


def set_job(job: Job) -> None:
    global _JOB
    _JOB = job


def _init_worker(job: Job) -> None:
    # Ctrl-C goes to the whole process group: only the parent reports it, workers just get terminated.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    set_job(job)


def ordered_map(func: Callable[[Any], Any], items: Iterable[Any], jobs: int, job: Job,
                ahead: int = 4) -> Iterator[Any]:
    """``func(item)`` for every item, in input order, on ``jobs`` worker processes (none when 1).

    Items are read lazily in this (the main) thread and at most ``ahead * jobs`` of them are in
    flight, so memory stays flat however long the input. (``Pool.imap`` would do the ordering too, but
    its task thread drains the whole input iterable ahead of the workers, and a blocked input
    iterator there makes ``Pool.terminate`` hang; ``apply_async`` on a bounded queue does neither.)
    Closing the generator early terminates the pool.
    """
    if jobs <= 1:
        set_job(job)
        for item in items:
            yield func(item)
        return
    import multiprocessing  # noqa: PLC0415 - only needed for --jobs > 1

    with multiprocessing.Pool(jobs, initializer=_init_worker, initargs=(job,)) as pool:
        pending: deque = deque()
        limit = max(2, ahead * jobs)
        for item in items:
            pending.append(pool.apply_async(func, (item,)))
            if len(pending) >= limit:
                yield pending.popleft().get()
            while pending and pending[0].ready():  # pass finished work on without waiting for more
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()
