"""What an input holds, told by its bytes; and how an output is compressed, told by its name.

Inputs are recognised by content, never by name: a ``.gz`` file that is plain text is read as text, and
``cat x.jsonl.zst | cleaner --jsonl -`` works. Two layers are sniffed, each from the first bytes:

* the **compression**: gzip (``1f 8b``), bzip2 (``BZh``), xz (``fd 37 7a 58 5a 00``) or Zstandard
  (``28 b5 2f fd``); anything else is read as it is. Concatenated members and frames (one gzip member
  per WARC record, ``cat a.gz b.gz``) are read through.
* the **container** of the decompressed bytes: a WARC file (``WARC/1.``: Common Crawl's WARC and WET
  files), a Parquet file (``PAR1``, never externally compressed), or otherwise a page (or, with
  ``--jsonl`` or a ``.jsonl``/``.ndjson`` name in a folder, JSON Lines).

Outputs are compressed by the suffix of their name (``.gz``, ``.bz2``, ``.xz``, ``.zst``); a suffix that
names another compression (``.lz4``, ``.br``, ``.zip``...) is a usage error rather than a plain file
with a misleading name.

Zstandard is the ``zstandard`` package, a dependency (small, with wheels everywhere); the others are in
the standard library.
"""
from __future__ import annotations

import bz2
import gzip
import io
import lzma
import os
from typing import Any, BinaryIO, Callable, NamedTuple

#: Magic numbers of the compressions read, longest first.
MAGIC = ((b"\xfd7zXZ\x00", "xz"), (b"\x28\xb5\x2f\xfd", "zstd"), (b"BZh", "bz2"), (b"\x1f\x8b", "gzip"))
#: Output suffixes and the compression each one writes.
SUFFIXES = {".gz": "gzip", ".bz2": "bz2", ".xz": "xz", ".zst": "zstd"}
#: Suffixes of compressions (or archives) that are not written: an output named so is an error.
UNSUPPORTED_SUFFIXES = (".lz4", ".br", ".zip", ".7z", ".lz", ".lzma", ".lzo", ".sz", ".z", ".zstd", ".tgz",
                        ".tar")
#: Bytes that start a WARC record (WARC/1.0, WARC/1.1).
WARC_MAGIC = b"WARC/1."
PARQUET_MAGIC = b"PAR1"
#: Bytes read to tell the compression and then the container.
SNIFF = 8
#: Suffixes (before any compression suffix) of JSON Lines files in a folder.
JSONL_SUFFIXES = (".jsonl", ".ndjson")
#: Suffixes of WARC/WET files (before any compression suffix); a folder run writes them as JSONL.
WARC_SUFFIXES = (".warc.wet", ".warc.wat", ".warc", ".wet", ".arc")


class Input(NamedTuple):
    """One input of a run: its name in messages, its path (``-``: standard input), what it holds
    (``"text"``: a page, ``"jsonl"``, ``"warc"``, ``"parquet"``) and, for standard input, the stream
    (already decompressed); a file is opened when it is read."""

    name: str
    path: str
    container: str
    stream: BinaryIO | None = None


class UnsupportedOutput(ValueError):
    """An output name whose suffix asks for a compression that is not written (a usage error)."""


class _Replay(io.RawIOBase):
    """A raw stream that gives ``head`` again before the rest of ``stream``: sniffing consumes nothing."""

    def __init__(self, head: bytes, stream: Any) -> None:
        self.head = memoryview(head)
        self.stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self.head:
            n = min(len(buffer), len(self.head))
            buffer[:n] = self.head[:n]
            self.head = self.head[n:]
            return n
        data = self.stream.read(len(buffer))
        n = len(data)
        buffer[:n] = data
        return n

    def close(self) -> None:
        try:
            self.stream.close()
        finally:
            super().close()


def read_head(stream: Any, size: int = SNIFF) -> tuple[bytes, BinaryIO]:
    """The first ``size`` bytes of ``stream`` (fewer at its end) and a stream that still starts with them."""
    head = b""
    while len(head) < size:
        chunk = stream.read(size - len(head))
        if not chunk:
            break
        head += chunk
    return head, io.BufferedReader(_Replay(head, stream), 1 << 20)  # type: ignore[return-value]


def compression_of(head: bytes) -> str | None:
    """``"gzip"``, ``"bz2"``, ``"xz"``, ``"zstd"`` or None (not compressed), from the first bytes."""
    for magic, name in MAGIC:
        if head.startswith(magic):
            return name
    return None


def decompress(stream: Any, compression: str | None) -> BinaryIO:
    """A binary stream of ``stream`` decompressed (``compression`` as :func:`compression_of` says)."""
    if compression is None:
        return stream
    if compression == "gzip":
        return gzip.GzipFile(fileobj=stream, mode="rb")  # type: ignore[return-value]
    if compression == "bz2":
        return bz2.BZ2File(stream)  # type: ignore[return-value]
    if compression == "xz":
        return lzma.LZMAFile(stream)  # type: ignore[return-value]
    import zstandard  # noqa: PLC0415 - only for .zst inputs
    reader = zstandard.ZstdDecompressor().stream_reader(stream, read_across_frames=True, closefd=True)
    return io.BufferedReader(reader, 1 << 20)  # type: ignore[arg-type,return-value]


def open_stream(stream: Any) -> tuple[BinaryIO, str | None, bytes]:
    """``stream`` decompressed by content: the readable stream, its compression, and its first bytes."""
    head, stream = read_head(stream)
    compression = compression_of(head)
    if compression is None:
        return stream, None, head
    inner = decompress(stream, compression)
    head, inner = read_head(inner)
    return inner, compression, head


def container_of(head: bytes) -> str | None:
    """``"warc"`` or ``"parquet"`` when the (decompressed) first bytes say so, else None (a page or JSONL)."""
    if head.startswith(WARC_MAGIC):
        return "warc"
    if head.startswith(PARQUET_MAGIC):
        return "parquet"
    return None


# ------------------------------------------------------------------------------------------ names

def split_compression(name: str) -> tuple[str, str]:
    """``name`` without its compression suffix, and that suffix (``""`` when it has none)."""
    lower = name.lower()
    for suffix in SUFFIXES:
        if lower.endswith(suffix):
            return name[: -len(suffix)], name[-len(suffix):]
    return name, ""


def is_jsonl_name(name: str) -> bool:
    return split_compression(name)[0].lower().endswith(JSONL_SUFFIXES)


def is_parquet_name(name: str) -> bool:
    return split_compression(name)[0].lower().endswith(".parquet")


def warc_to_jsonl_name(name: str) -> str:
    """The JSONL name a folder run gives the records of a WARC file: ``a.warc.wet.gz`` -> ``a.jsonl.gz``."""
    stem, compression = split_compression(name)
    for suffix in WARC_SUFFIXES:
        if stem.lower().endswith(suffix):
            return stem[: -len(suffix)] + ".jsonl" + compression
    return stem + ".jsonl" + compression


def check_output_name(path: str) -> None:
    """Raise :class:`UnsupportedOutput` when ``path`` asks for a compression that is not written."""
    base = os.path.basename(path).lower()
    for suffix in UNSUPPORTED_SUFFIXES:
        if base.endswith(suffix):
            raise UnsupportedOutput(
                f"{path}: cannot write {suffix} files; compressed outputs are "
                f"{', '.join(SUFFIXES)} (by the name's suffix), anything else is written plain")
    if split_compression(base)[1] and is_parquet_name(base):
        raise UnsupportedOutput(f"{path}: Parquet compresses inside the file; name it .parquet")
    if split_compression(base)[1] == ".zst":
        try:
            import zstandard  # noqa: F401, PLC0415
        except ImportError:
            raise UnsupportedOutput(f"{path}: writing .zst needs the zstandard package "
                                    f"(pip install zstandard)") from None


def compressor(path: str, raw: BinaryIO) -> tuple[BinaryIO, Callable[[], None]]:
    """A stream writing to ``raw`` compressed as ``path``'s suffix asks, and what finishes it (not ``raw``)."""
    stem, suffix = split_compression(os.path.basename(path))
    kind = SUFFIXES.get(suffix.lower())
    if kind is None:
        return raw, lambda: None
    if kind == "gzip":
        stream: Any = gzip.GzipFile(filename=stem, mode="wb", fileobj=raw)
    elif kind == "bz2":
        stream = bz2.BZ2File(raw, "wb")
    elif kind == "xz":
        stream = lzma.LZMAFile(raw, "wb")
    else:
        import zstandard  # noqa: PLC0415
        stream = zstandard.ZstdCompressor().stream_writer(raw, closefd=False)
    return stream, stream.close
