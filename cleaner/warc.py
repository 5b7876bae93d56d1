"""WARC and WET input: the pages of web archives, as Common Crawl ships them, into the record path.

``cleaner crawl.warc.wet.gz -o clean.jsonl.gz`` writes one JSON record per page, in input order::

    {"url": WARC-Target-URI, "warc_record_id": WARC-Record-ID, "date": WARC-Date, "text": cleaned body}

Which records are pages:

* ``conversion`` records (WET files: the text Common Crawl extracted) are text pages, UTF-8;
* ``response`` records whose HTTP status is 2xx and whose HTTP ``Content-Type`` is HTML are HTML pages
  (through :mod:`cleaner.html`); the HTTP charset, when declared and no BOM says otherwise, decodes them;
  transfer and content encodings (chunked, gzip, deflate, br) are undone first, and a body that cannot
  be decoded is a bad record (``--on-error``);
* ``resource`` records of ``text/html`` or ``text/plain`` (e.g. from ``wget --warc-file``) likewise.

Every other record (``warcinfo``, ``request``, ``metadata``, ``revisit``, images, PDFs, redirects, 404s)
is counted as "not a page" in ``--stats`` and written nowhere. A record whose payload ends before its
``Content-Length`` (a file cut short, compressed or not) stops the run with an error naming it. The URL goes to the cleaner with the page,
so a site profile (``--profile``) applies per host.

The reader is fastwarc (from the resiliparse project, made for Common Crawl processing), compared with
warcio, the other maintained reader:

* speed: fastwarc parses and decompresses natively (gzip, zstd, lz4); warcio is pure Python over
  Python's gzip. Reading the URL, ID, date and text of every record of a generated 20,000-record WET
  file (one gzip member per record), fastwarc was 5.3x faster than warcio in the same run
  (``benchmarks/warc_readers.py``).
* maintenance: both are released and maintained (fastwarc 2.0, a Rust rewrite, in 2026; warcio 1.8).
* API: both iterate records; fastwarc filters by record type, parses the HTTP headers on request and
  undoes transfer and content encodings itself. Its one catch: a Python stream must answer ``tell()``
  (a pipe cannot), hence :class:`_Told`.
* install: fastwarc 2.0.1 installs from a manylinux wheel on CPython 3.11 (no compiler), with small
  dependencies (brotli, click, tqdm), so it is a dependency rather than an extra: WET files are where
  most corpus builders start.
"""
from __future__ import annotations

import codecs
import io
import zlib
from typing import Any, BinaryIO, Callable, Iterator

from . import formats
from ._cli_io import Job, describe
from .formats import Input
from .records import BATCH_BYTES, BATCH_RECORDS, READ_ERRORS, Batch, Tally

#: HTTP and WARC content types of HTML pages.
HTML_TYPES = ("text/html", "application/xhtml+xml")


class _Told(io.RawIOBase):
    """A forward-only stream that knows its position: fastwarc asks a Python stream for ``tell()``, which a
    pipe (standard input) or a decompressing reader cannot answer on its own."""

    def __init__(self, stream: BinaryIO) -> None:
        self.stream = stream
        self.pos = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self.stream.read(len(buffer))
        n = len(data)
        buffer[:n] = data
        self.pos += n
        return n

    def tell(self) -> int:
        return self.pos

    def close(self) -> None:
        try:
            self.stream.close()
        finally:
            super().close()


def _open(inp: Input) -> BinaryIO:
    """The stream fastwarc reads: a file as it is when fastwarc decompresses it natively (plain, gzip,
    zstd), else (bz2, xz, standard input) decompressed here."""
    if inp.stream is not None:
        return _Told(inp.stream)  # type: ignore[return-value]
    raw = open(inp.path, "rb", buffering=1 << 20)
    try:
        head = raw.peek(formats.SNIFF)[:formats.SNIFF]
        if formats.compression_of(head) in (None, "gzip", "zstd"):
            return raw
        return _Told(formats.decompress(raw, formats.compression_of(head)))  # type: ignore[return-value]
    except BaseException:
        raw.close()
        raise


def _media_type(value: str | None) -> str:
    return (value or "").split(";")[0].strip().lower()


def _charset(value: str | None) -> str | None:
    for part in (value or "").split(";")[1:]:
        key, _, charset = part.partition("=")
        if key.strip().lower() == "charset":
            return charset.strip().strip("\"'") or None
    return None


def _decode_html(body: bytes, charset: str | None) -> str | bytes:
    """``body`` decoded by the HTTP charset when one is declared (and known) and no BOM overrides it;
    else the bytes, for :mod:`cleaner.html` to decode by BOM, ``<meta charset>`` or UTF-8."""
    if not charset or body.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return body
    try:
        return body.decode(charset, "replace")
    except LookupError:
        return body


class Truncated(ValueError):
    """A record whose payload ends before its Content-Length: the file was cut short."""


class Undecodable(ValueError):
    """A page whose HTTP Content-Encoding cannot be undone: a bad record, handled per ``--on-error``."""


def _payload(rec: Any, headers: Any = None) -> bytes:
    """The record's payload, HTTP content encoding undone. fastwarc undoes only the transfer encoding
    (chunked): its own content decoding, on a corrupt body, breaks the whole stream, so content
    encodings are undone here, one record at a time."""
    body = rec.reader.read()
    if len(body) < rec.content_length and not (headers and headers.get("Transfer-Encoding")):
        raise Truncated(f"cut short ({len(body):,} of {rec.content_length:,} bytes): the file is truncated")
    encoding = (headers.get("Content-Encoding") or "").strip().lower() if headers else ""
    try:
        if encoding in ("gzip", "x-gzip"):
            return zlib.decompress(body, 47)  # 32 + 15: a gzip or zlib header
        if encoding == "deflate":
            try:
                return zlib.decompress(body)
            except zlib.error:
                return zlib.decompress(body, -15)  # raw deflate, as some servers send it
        if encoding == "br":
            import brotli  # noqa: PLC0415 - a dependency of fastwarc
            return brotli.decompress(body)
    except Exception as exc:  # zlib.error, brotli.error: corrupt or mislabelled content
        raise Undecodable(f"cannot undo Content-Encoding {encoding}: {describe(exc)}") from None
    return body


def page_of(rec: Any) -> tuple[str | bytes, bool] | None:
    """The page a WARC record holds and whether it is HTML; None when it holds no page. Raises
    :class:`Truncated` or :class:`Undecodable`."""
    from fastwarc.warc import WarcRecordType  # noqa: PLC0415
    kind = rec.record_type
    if kind == WarcRecordType.conversion:
        return _payload(rec), False
    if kind == WarcRecordType.response:
        if not rec.is_http:
            return None
        headers = rec.http_headers
        status = headers.status_code or 0
        content_type = headers.get("Content-Type")
        if not 200 <= status < 300 or _media_type(content_type) not in HTML_TYPES:
            return None
        return _decode_html(_payload(rec, headers), _charset(content_type)), True
    if kind == WarcRecordType.resource:
        content_type = rec.headers.get("Content-Type")
        media = _media_type(content_type)
        if media in HTML_TYPES:
            return _decode_html(_payload(rec), _charset(content_type)), True
        if media == "text/plain":
            return _payload(rec), False
    return None


def warc_batches(inp: Input, job: Job, tally: Tally, new_batch: Callable[[], Batch]) -> Iterator[Batch]:
    """The pages of a WARC/WET input as record batches, in input order, ending with a batch; other
    records are counted in ``tally.not_pages``. An unreadable input ends with a batch carrying the error."""
    from fastwarc.warc import ArchiveIterator, WarcRecordType  # noqa: PLC0415
    name = inp.name
    batch = new_batch()
    try:
        stream = _open(inp)
    except READ_ERRORS as exc:
        batch.error = f"{name}: {describe(exc)}"
        yield batch
        return
    wanted = WarcRecordType.conversion | WarcRecordType.response | WarcRecordType.resource
    size = 0
    n = 0
    try:
        for n, rec in enumerate(ArchiveIterator(stream, parse_http=True, auto_decode="transfer"), 1):
            where = f"{name}: record {n} {rec.record_id}"
            record = {job.url_field: rec.headers.get("WARC-Target-URI"), "warc_record_id": rec.record_id,
                      "date": rec.headers.get("WARC-Date"), job.field: None}
            try:
                found = page_of(rec) if rec.record_type & wanted else None
            except Truncated as exc:
                batch.error = f"{where}: {exc}"
                break
            except Undecodable as exc:
                batch.records.append((where, record, None, str(exc)))
                continue
            if found is None:
                tally.not_pages += 1
                continue
            record[job.field], html = found
            batch.records.append((where, record, html, None))
            size += len(record[job.field])
            if len(batch.records) >= BATCH_RECORDS or size >= BATCH_BYTES:
                yield batch
                batch, size = new_batch(), 0
    except READ_ERRORS as exc:
        batch.error = f"{name}: after record {n}: {describe(exc)}"
        yield batch
        return
    finally:
        stream.close()
    if n == 0 and not batch.error:
        batch.error = f"{name}: no WARC records (not a WARC file, or cut short before its first record)"
    yield batch
