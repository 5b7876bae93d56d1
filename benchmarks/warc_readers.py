"""WARC readers compared on a generated WET file: fastwarc (what ``cleaner`` reads WARC with) and warcio.

Writes a Common-Crawl-like WET file (one gzip member per record, a warcinfo record and then
``conversion`` records of a few KB of text), then reads every record's URL, ID, date and text with each
library, several rounds in alternation, and prints the best time of each and their ratio. Both read the
same file in the same run, so the ratio holds on a shared, noisy machine.

    pip install -e ".[bench]"   # warcio is in the bench extra; fastwarc is a dependency
    python benchmarks/warc_readers.py [--records 20000] [--rounds 3]
"""
from __future__ import annotations

import argparse
import gzip
import os
import tempfile
import time
import uuid


def wet_record(kind: str, uri: str, body: bytes, content_type: str) -> bytes:
    head = (f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\n"
            f"WARC-Date: 2024-01-02T03:04:05Z\r\nWARC-Record-ID: <urn:uuid:{uuid.uuid4()}>\r\n"
            f"Content-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n").encode()
    return head + body + b"\r\n\r\n"


def write_wet(path: str, records: int) -> int:
    para = ("Residents gathered on Tuesday to discuss the new bridge over the river, which the council "
            "plans to open next spring after three years of work. ") * 4
    with open(path, "wb") as f:
        f.write(gzip.compress(wet_record("warcinfo", "", b"software: benchmark\r\n", "application/warc-fields")))
        for i in range(records):
            body = "\n".join(f"Line {j} of page {i}. {para}" for j in range(8)).encode()
            f.write(gzip.compress(wet_record("conversion", f"https://example.com/{i}", body, "text/plain"), 6))
    return os.path.getsize(path)


def read_fastwarc(path: str) -> int:
    from fastwarc.warc import ArchiveIterator, WarcRecordType
    total = 0
    with open(path, "rb") as f:
        for rec in ArchiveIterator(f, record_types=WarcRecordType.conversion, parse_http=False):
            rec.headers.get("WARC-Target-URI"), rec.record_id, rec.headers.get("WARC-Date")
            total += len(rec.reader.read())
    return total


def read_warcio(path: str) -> int:
    from warcio.archiveiterator import ArchiveIterator
    total = 0
    with open(path, "rb") as f:
        for rec in ArchiveIterator(f):
            if rec.rec_type != "conversion":
                continue
            h = rec.rec_headers
            h.get_header("WARC-Target-URI"), h.get_header("WARC-Record-ID"), h.get_header("WARC-Date")
            total += len(rec.content_stream().read())
    return total


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--records", type=int, default=20000)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "bench.warc.wet.gz")
        size = write_wet(path, args.records)
        best = {}
        for _ in range(args.rounds):
            for name, func in (("fastwarc", read_fastwarc), ("warcio", read_warcio)):
                t = time.perf_counter()
                text = func(path)
                best[name] = min(best.get(name, 1e9), time.perf_counter() - t)
        print(f"{args.records:,} records, {size / 1e6:.1f} MB gzip'd, {text / 1e6:.1f} MB of text")
        for name, secs in best.items():
            print(f"{name:9s} {secs:6.2f} s  {text / 1e6 / secs:6.1f} MB/s of text")
        print(f"warcio / fastwarc: {best['warcio'] / best['fastwarc']:.1f}x")


if __name__ == "__main__":
    main()
