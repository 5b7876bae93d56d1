"""Real inputs as corpus builders hold them: compression told by content, WARC/WET and Parquet records,
folders in and out, the --stats summary and errors that name their file.

Every test builds its own small inputs (WARC records are written by hand: the format is a few header
lines, a blank line and the payload).
"""
from __future__ import annotations

import bz2
import datetime
import gzip
import io
import json
import lzma
import os
from pathlib import Path

import pytest

from cleaner import formats
from cleaner.cli import main

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")
zstandard = pytest.importorskip("zstandard")

BODY1 = ("Hostilities in Aleppo will continue until the militants leave the city, the minister said on "
         "Monday in a long statement to the press.")
BODY2 = ("The talks, which began last week in Geneva, have so far produced no agreement on the terms of a "
         "ceasefire in the north of the country.")
PAGE = f"Home | News | Sport\nListen Live\n\n{BODY1}\n\n{BODY2}\nShare this article\n"
EXPECTED = f"{BODY1}\n\n{BODY2}"
HTML = (f"<!DOCTYPE html><html><head><title>T</title></head><body><nav><a href='/'>Home</a> | "
        f"<a href='/news'>News</a></nav><article><p>{BODY1}</p><p>Caf\u00e9 au lait. {BODY2}</p></article>"
        "<footer>Listen Live</footer></body></html>")


def run(argv: list[str], stdin: bytes = b"") -> tuple[int, bytes, str]:
    out, err = io.BytesIO(), io.StringIO()
    code = main(argv, stdin=io.BytesIO(stdin), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def lines(out: bytes) -> list[dict]:
    return [json.loads(line) for line in out.decode("utf-8").splitlines()]


COMPRESS = {"gzip": gzip.compress, "bz2": bz2.compress, "xz": lzma.compress,
            "zstd": lambda data: zstandard.ZstdCompressor().compress(data)}
DECOMPRESS = {".gz": gzip.decompress, ".bz2": bz2.decompress, ".xz": lzma.decompress,
              ".zst": lambda data: zstandard.ZstdDecompressor().stream_reader(io.BytesIO(data)).read()}


# ----------------------------------------------------------------------------------- compression

def jsonl(n: int = 5) -> bytes:
    return b"".join(json.dumps({"id": i, "text": PAGE}).encode() + b"\n" for i in range(n))


@pytest.mark.parametrize("kind", list(COMPRESS))
def test_standard_input_is_decompressed_by_content(kind):
    plain = run(["--jsonl", "-j", "1"], jsonl())
    assert plain[0] == 0 and [r["text"] for r in lines(plain[1])] == [EXPECTED] * 5
    assert run(["--jsonl", "-j", "1", "-"], COMPRESS[kind](jsonl())) == plain


@pytest.mark.parametrize("kind", list(COMPRESS))
def test_files_are_decompressed_by_content_not_by_name(tmp_path, kind):
    path = tmp_path / "page.txt"  # no suffix says it is compressed
    path.write_bytes(COMPRESS[kind](PAGE.encode()))
    assert run([str(path)]) == (0, (EXPECTED + "\n").encode(), "")
    named = tmp_path / "page.txt.gz"  # and a .gz name on a plain file is read as it is
    named.write_text(PAGE)
    assert run([str(named)]) == (0, (EXPECTED + "\n").encode(), "")


def test_concatenated_members_are_read_through():
    data = gzip.compress(jsonl(2)) + gzip.compress(jsonl(3))
    code, out, _ = run(["--jsonl", "-j", "1"], data)
    assert code == 0 and [r["id"] for r in lines(out)] == [0, 1, 0, 1, 2]


@pytest.mark.parametrize("suffix", list(DECOMPRESS))
def test_output_is_compressed_by_its_suffix(tmp_path, suffix):
    dst = tmp_path / f"out.jsonl{suffix}"
    assert run(["--jsonl", "-j", "1", "-o", str(dst)], jsonl(3))[0] == 0
    assert [r["text"] for r in lines(DECOMPRESS[suffix](dst.read_bytes()))] == [EXPECTED] * 3
    back = run(["--jsonl", "-j", "1", str(dst)])  # and read back by content
    assert back[0] == 0 and len(lines(back[1])) == 3


@pytest.mark.parametrize("name", ["out.jsonl.lz4", "out.txt.br", "out.zip", "out.parquet.gz"])
def test_unsupported_output_suffix_is_a_usage_error(tmp_path, name):
    code, out, err = run(["-o", str(tmp_path / name)], PAGE.encode())
    assert (code, out) == (2, b"")
    last = err.strip().splitlines()[-1]
    assert last.startswith("cleaner: error:") and name in last
    if not name.endswith(".gz"):
        assert f"cannot write {os.path.splitext(name)[1]} files" in last and ".zst" in last
    assert not list(tmp_path.iterdir())


def test_stdin_with_trailing_garbage_after_gzip_is_an_error_naming_stdin():
    code, _, err = run(["--jsonl", "-j", "1"], gzip.compress(jsonl(2))[:-12])
    assert code == 1 and err.startswith("cleaner: <stdin>:") and len(err.splitlines()) == 1


# ------------------------------------------------------------------------------------------ WARC

def warc_record(kind: str, uri: str, payload: bytes, content_type: str, n: int) -> bytes:
    head = (f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\n"
            f"WARC-Date: 2024-05-0{n % 9 + 1}T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:0000-{n}>\r\n"
            f"Content-Type: {content_type}\r\nContent-Length: {len(payload)}\r\n\r\n").encode()
    return head + payload + b"\r\n\r\n"


def http(status: str, content_type: str, body: bytes) -> bytes:
    return f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n\r\n".encode() + body


def crawl() -> list[bytes]:
    """A warcinfo record, then pages and non-pages of every kind, as a crawler writes them."""
    html = HTML.encode("iso-8859-1")  # the charset comes only from the HTTP header
    return [
        warc_record("warcinfo", "", b"software: test\r\n", "application/warc-fields", 0),
        warc_record("conversion", "https://a.example/1", PAGE.encode(), "text/plain", 1),
        warc_record("request", "https://b.example/2", b"GET /2 HTTP/1.1\r\n\r\n", "application/http; msgtype=request", 2),
        warc_record("response", "https://b.example/2", http("200 OK", "text/html; charset=iso-8859-1", html),
                    "application/http; msgtype=response", 3),
        warc_record("response", "https://b.example/logo.png", http("200 OK", "image/png", b"\x89PNG\r\n"),
                    "application/http; msgtype=response", 4),
        warc_record("response", "https://b.example/gone", http("404 Not Found", "text/html", b"<p>gone</p>"),
                    "application/http; msgtype=response", 5),
        warc_record("metadata", "https://b.example/2", b"fetchTimeMs: 12\r\n", "application/warc-fields", 6),
        warc_record("conversion", "https://a.example/7", f"Sign in\n{BODY2}\n".encode(), "text/plain", 7),
    ]


def wet_gz(records: list[bytes]) -> bytes:
    """One gzip member per record, as Common Crawl writes its files."""
    return b"".join(gzip.compress(r) for r in records)


def check_crawl_output(got: list[dict]) -> None:
    assert [r["url"] for r in got] == ["https://a.example/1", "https://b.example/2", "https://a.example/7"]
    assert [r["warc_record_id"] for r in got] == ["<urn:uuid:0000-1>", "<urn:uuid:0000-3>", "<urn:uuid:0000-7>"]
    assert got[0]["date"] == "2024-05-02T10:00:00Z"
    assert got[0]["text"] == EXPECTED
    assert BODY1 in got[1]["text"] and "Caf\u00e9 au lait" in got[1]["text"] and "Listen Live" not in got[1]["text"]
    assert got[2]["text"] == BODY2


@pytest.mark.parametrize("packing", ["gzip per record", "plain", "xz whole"])
def test_warc_file_becomes_one_record_per_page(tmp_path, packing):
    recs = crawl()
    data = {"gzip per record": wet_gz(recs), "plain": b"".join(recs), "xz whole": lzma.compress(b"".join(recs))}
    src = tmp_path / "crawl.warc.wet.gz"
    src.write_bytes(data[packing])
    dst = tmp_path / "clean.jsonl.gz"
    code, out, err = run([str(src), "-o", str(dst), "-j", "1"])
    assert (code, out, err) == (0, b"", "")
    check_crawl_output(lines(gzip.decompress(dst.read_bytes())))


def test_warc_from_stdin_with_workers_and_stats():
    data = wet_gz(crawl() * 30)
    code, out, err = run(["-j", "2", "--stats", "-"], data)
    got = lines(out)
    assert code == 0 and len(got) == 90
    check_crawl_output(got[:3])
    assert got[:3] == got[3:6] == got[-3:]
    assert all(r["cleaner"]["lines_kept"] >= 1 for r in got)
    summary = err.splitlines()
    assert summary[0].startswith("cleaner: 90 pages, ")
    assert summary[1].startswith("cleaner: lines: ") and "by stage: " in summary[1] and "lexicon" in summary[1]
    # 5 of 8 records per crawl hold no page, 30 crawls
    assert summary[2] == "cleaner: records skipped: 150 (150 not pages, 0 bad); 0 binary, not text (kept with an empty body)"
    assert run(["-j", "1", "--stats", "-"], data) == (code, out, err)


@pytest.mark.parametrize("packing", ["gzip per record", "plain"])
def test_truncated_warc_is_an_error_naming_the_record(tmp_path, packing):
    recs = crawl()
    src = tmp_path / "cut.warc"
    src.write_bytes((wet_gz(recs) if packing == "gzip per record" else b"".join(recs))[:-40])
    code, out, err = run(["-j", "1", str(src)])
    assert code == 1 and [r["url"] for r in lines(out)] == ["https://a.example/1", "https://b.example/2"]
    assert err.startswith(f"cleaner: {src}: record 8 <urn:uuid:0000-7>: cut short (") and "truncated" in err
    assert len(err.splitlines()) == 1


def test_http_encodings_are_undone_and_a_corrupt_body_is_a_bad_record(tmp_path):
    html = f"<html><body><article><p>{BODY1}</p></article></body></html>".encode()
    ok_type = "text/html"
    gz = http("200 OK", ok_type, b"").replace(b"\r\n\r\n", b"\r\nContent-Encoding: gzip\r\n\r\n") + gzip.compress(html)
    chunked = (http("200 OK", ok_type, b"").replace(b"\r\n\r\n", b"\r\nTransfer-Encoding: chunked\r\n\r\n")
               + b"%x\r\n" % len(html) + html + b"\r\n0\r\n\r\n")
    corrupt = http("200 OK", ok_type, b"").replace(b"\r\n\r\n", b"\r\nContent-Encoding: gzip\r\n\r\n") + b"plain"
    kind = "application/http; msgtype=response"
    src = tmp_path / "enc.warc"
    src.write_bytes(warc_record("response", "https://c.example/gz", gz, kind, 1)
                    + warc_record("response", "https://c.example/bad", corrupt, kind, 2)
                    + warc_record("response", "https://c.example/chunked", chunked, kind, 3))
    code, out, err = run(["-j", "1", str(src)])
    assert code == 1 and [r["text"] for r in lines(out)] == [BODY1]
    assert err.startswith(f"cleaner: {src}: record 2 <urn:uuid:0000-2>: cannot undo Content-Encoding gzip")
    code, out, err = run(["-j", "1", "--on-error", "keep", str(src)])
    assert code == 0 and [r["text"] for r in lines(out)] == [BODY1, None, BODY1]
    assert "passed through unchanged 1 bad record(s)" in err


def test_jsonl_flag_on_a_warc_file_still_reads_warc(tmp_path):
    src = tmp_path / "x.warc"
    src.write_bytes(b"".join(crawl()))
    code, out, _ = run(["--jsonl", "-j", "1", str(src)])
    assert code == 0 and len(lines(out)) == 3


def test_format_warc_on_something_else_names_the_file(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(PAGE)
    code, out, err = run(["--format", "warc", str(path)])
    assert (code, out) == (1, b"")
    assert err.startswith(f"cleaner: {path}: not a WARC file") and len(err.splitlines()) == 1


def test_warc_url_goes_to_the_cleaner(monkeypatch, tmp_path):
    from cleaner.pipeline import Cleaner
    seen = []
    real = Cleaner.clean

    def spy(self, text, url=None):
        seen.append(url)
        return real(self, text, url)

    monkeypatch.setattr(Cleaner, "clean", spy)
    src = tmp_path / "x.warc"
    src.write_bytes(crawl()[1] + crawl()[7])
    assert run(["-j", "1", str(src)])[0] == 0
    assert seen == ["https://a.example/1", "https://a.example/7"]


def test_warc_records_to_parquet(tmp_path):
    src = tmp_path / "x.warc.gz"
    src.write_bytes(wet_gz(crawl()))
    dst = tmp_path / "out.parquet"
    assert run(["-j", "1", str(src), "-o", str(dst)])[0] == 0
    table = pq.read_table(dst)
    assert table.column_names == ["url", "warc_record_id", "date", "text"]
    check_crawl_output(table.to_pylist())


# ---------------------------------------------------------------------------------------- Parquet

def parquet_file(path: Path, n: int = 150, row_group: int = 50, column: str = "content") -> None:
    table = pa.table({
        "id": pa.array(range(n), pa.int32()),
        "link": [f"https://p.example/{i}" for i in range(n)],
        column: ([PAGE if i % 3 else f"Sign in\n{BODY2}\n" for i in range(n - 1)] + [None])[:n],
        "fetched": [datetime.datetime(2024, 1, 2, 3, 4, 5)] * n,
        "tags": [["news", "world"]] * n,
    })
    pq.write_table(table, path, row_group_size=row_group)


def test_parquet_in_and_out_keeps_every_other_column(tmp_path):
    src, dst = tmp_path / "in.parquet", tmp_path / "out.parquet"
    parquet_file(src)
    code, out, err = run(["-j", "2", str(src), "--field", "content", "--url-field", "link",
                          "--on-error", "skip", "-o", str(dst)])
    assert (code, out) == (0, b"") and "skipped 1 bad record(s)" in err and "row 150" in err
    before, after = pq.read_table(src), pq.read_table(dst)
    assert after.schema == before.schema  # same columns, order and types
    assert after.num_rows == 149
    assert after.column("id").to_pylist() == list(range(149))
    texts = after.column("content").to_pylist()
    assert texts[1] == EXPECTED and texts[0] == BODY2
    assert after.column("tags").to_pylist()[0] == ["news", "world"]


def test_parquet_keep_writes_the_bad_row_back_and_stdout_gets_parquet(tmp_path):
    src = tmp_path / "in.parquet"
    parquet_file(src, n=4)
    code, out, err = run(["-j", "1", str(src), "--field", "content", "--on-error", "keep"])
    assert code == 0 and "passed through unchanged 1 bad record(s)" in err
    table = pq.read_table(io.BytesIO(out))
    assert table.num_rows == 4 and table.column("content").to_pylist()[3] is None


def test_parquet_to_jsonl_by_output_name_and_stats_column(tmp_path):
    src = tmp_path / "in.parquet"
    parquet_file(src, n=3)
    dst = tmp_path / "out.jsonl"
    code, _, err = run([str(src), "--field", "content", "--on-error", "skip", "--stats", "-o", str(dst)])
    got = lines(dst.read_bytes())
    assert code == 0 and [r["id"] for r in got] == [0, 1]
    assert got[0]["fetched"] == "2024-01-02T03:04:05" and got[1]["content"] == EXPECTED
    assert got[1]["cleaner"]["lines_dropped"] == 3
    assert "cleaner: records skipped: 1 (0 not pages, 1 bad)" in err
    dst = tmp_path / "out.parquet"
    assert run([str(src), "--field", "content", "--on-error", "skip", "--stats", "-o", str(dst)])[0] == 0
    assert pq.read_table(dst).column("cleaner").to_pylist()[1]["lines_dropped"] == 3


def test_parquet_missing_column_lists_the_columns(tmp_path):
    src = tmp_path / "in.parquet"
    parquet_file(src, n=2)
    code, out, err = run([str(src)])
    assert (code, out) == (1, b"")
    assert err == f"cleaner: {src}: no column 'text' (columns: id, link, content, fetched, tags); choose one with --field\n"


def test_missing_jsonl_field_lists_the_fields():
    code, _, err = run(["--jsonl", "-j", "1", "--field", "body"], jsonl(1))
    assert code == 1 and err == "cleaner: <stdin>: line 1: no field 'body' (fields: 'id', 'text')\n"


# ----------------------------------------------------------------------------------------- folders

def tree(root: Path) -> None:
    (root / "sub" / "deeper").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / "a.txt").write_text(PAGE)
    (root / "sub" / "b.txt.gz").write_bytes(gzip.compress(PAGE.encode()))
    (root / "sub" / "deeper" / "page.html").write_text(HTML)
    (root / "sub" / "pages.jsonl").write_bytes(jsonl(3))
    (root / "sub" / "crawl.warc.wet.gz").write_bytes(wet_gz(crawl()))
    parquet_file(root / "rows.parquet", n=3, column="text")
    (root / ".hidden.txt").write_text(PAGE)
    (root / ".git" / "config").write_text(PAGE)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_folder_in_folder_out_mirrors_names_and_keeps_formats(tmp_path, jobs):
    src, dst = tmp_path / "src", tmp_path / "dst"
    tree(src)
    code, out, err = run([str(src), "-o", f"{dst}/", "-j", jobs, "--on-error", "skip"])
    assert (code, out) == (0, b"")
    assert err == f"cleaner: skipped 1 bad record(s) (first: {src / 'rows.parquet'}: row 3: field 'text' is null, not a string)\n"
    written = sorted(p.relative_to(dst).as_posix() for p in dst.rglob("*") if p.is_file())
    assert written == ["a.txt", "rows.parquet", "sub/b.txt.gz", "sub/crawl.jsonl.gz", "sub/deeper/page.html",
                       "sub/pages.jsonl"]
    assert (dst / "a.txt").read_text() == EXPECTED + "\n"
    assert gzip.decompress((dst / "sub" / "b.txt.gz").read_bytes()).decode() == EXPECTED + "\n"
    html = (dst / "sub" / "deeper" / "page.html").read_text()
    assert BODY1 in html and "<p>" not in html
    assert [r["text"] for r in lines((dst / "sub" / "pages.jsonl").read_bytes())] == [EXPECTED] * 3
    check_crawl_output(lines(gzip.decompress((dst / "sub" / "crawl.jsonl.gz").read_bytes())))
    rows = pq.read_table(dst / "rows.parquet")
    assert rows.schema == pq.read_table(src / "rows.parquet").schema
    assert rows.column("text").to_pylist() == [BODY2, EXPECTED]


def test_files_into_an_existing_folder(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(PAGE)
    b.write_text(f"Sign in\n{BODY2}\n")
    (tmp_path / "out").mkdir()
    assert run([str(a), str(b), "-o", str(tmp_path / "out")]) == (0, b"", "")
    assert (tmp_path / "out" / "a.txt").read_text() == EXPECTED + "\n"
    assert (tmp_path / "out" / "b.txt").read_text() == BODY2 + "\n"


def test_folder_without_output_folder_and_stdin_into_a_folder(tmp_path):
    (tmp_path / "a.txt").write_text(PAGE)
    code, _, err = run([str(tmp_path)])
    assert code == 1 and err == f"cleaner: {tmp_path}: is a folder; to clean every file in it, give an output folder: -o OUTDIR/\n"
    code, _, err = run(["-o", str(tmp_path / "out") + "/"], PAGE.encode())
    assert code == 2 and "not standard input" in err


def test_pages_and_records_in_one_output_is_a_usage_error(tmp_path):
    page, warc = tmp_path / "a.txt", tmp_path / "b.warc"
    page.write_text(PAGE)
    warc.write_bytes(b"".join(crawl()))
    code, out, err = run([str(page), str(warc)])
    assert (code, out) == (2, b"") and "pages" in err and "records" in err and str(page) in err


# ------------------------------------------------------------------------------------ learn, import

def test_learn_from_a_folder_and_errors_name_the_path(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    recs = [{"url": f"https://s.example/{i}", "text": f"Subscribe to our newsletter\nStory {i} {BODY1}"}
            for i in range(4)]
    (pages / "p.jsonl.zst").write_bytes(zstandard.ZstdCompressor().compress(
        "".join(json.dumps(r) + "\n" for r in recs).encode()))
    (pages / "notes.txt").write_text("not JSON\n")  # not a .jsonl name: left out of a folder
    profile = tmp_path / "profile.json"
    assert main(["learn", str(pages), "-o", str(profile)], stderr=io.StringIO()) == 0
    assert json.loads(profile.read_text())["hosts"]["s.example"]["pages"] == 4
    err = io.StringIO()
    assert main(["learn", str(pages / "notes.txt"), "-o", str(profile)], stderr=err) == 1
    assert err.getvalue().startswith(f"cleaner learn: {pages / 'notes.txt'}: line 1: malformed JSON")
    err = io.StringIO()
    assert main(["learn", str(tmp_path / "missing"), "-o", str(profile)], stderr=err) == 1
    assert err.getvalue() == f"cleaner learn: {tmp_path / 'missing'}: No such file or directory\n"


def test_names_of_outputs():
    assert formats.warc_to_jsonl_name("CC-MAIN-1.warc.wet.gz") == "CC-MAIN-1.jsonl.gz"
    assert formats.warc_to_jsonl_name("x.warc") == "x.jsonl"
    assert formats.split_compression("a.jsonl.ZST") == ("a.jsonl", ".ZST")
    assert formats.is_jsonl_name("a.ndjson.bz2") and not formats.is_jsonl_name("a.json.txt")


def test_ctrl_c_while_the_command_starts_up_is_one_line_and_130():
    # A KeyboardInterrupt raised by the import of the command line itself, as a Ctrl-C in the first
    # fraction of a second would: no traceback, exit 130.
    import subprocess
    import sys
    code = ("import sys\n"
            "class Interrupt:\n"
            "    def find_spec(self, name, path=None, target=None):\n"
            "        if name == 'cleaner.cli':\n"
            "            raise KeyboardInterrupt\n"
            "sys.meta_path.insert(0, Interrupt())\n"
            "sys.argv = ['cleaner', '--version']\n"
            "from cleaner.__main__ import run\n"
            "run()\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert (proc.returncode, proc.stdout, proc.stderr) == (130, "", "cleaner: interrupted\n")


def test_jsonl_to_parquet_takes_the_first_row_group_schema(tmp_path, monkeypatch):
    import cleaner.parquet
    monkeypatch.setattr(cleaner.parquet, "ROW_GROUP_ROWS", 2)
    dst = tmp_path / "out.parquet"
    good = b"".join(json.dumps({"id": i, "text": PAGE, "meta": {"n": i}}).encode() + b"\n" for i in range(5))
    assert run(["--jsonl", "-j", "1", "-o", str(dst)], good)[0] == 0
    table = pq.read_table(dst)
    assert table.num_rows == 5 and table.to_pylist()[4] == {"id": 4, "text": EXPECTED, "meta": {"n": 4}}
    bad = good + json.dumps({"id": "five", "text": PAGE}).encode() + b"\n"
    code, _, err = run(["--jsonl", "-j", "1", "-o", str(dst)], bad)
    assert code == 1 and err.startswith("cleaner: output records 5-6 do not fit the Parquet schema")
    assert pq.read_table(dst).num_rows == 5  # the previous output stays


def test_record_files_of_a_folder_share_one_worker_pool_and_empty_ones_are_mirrored(tmp_path, monkeypatch):
    import cleaner.records
    pools = []
    real = cleaner.records.ordered_map

    def counting(*args, **kwargs):
        pools.append(args[2])
        return real(*args, **kwargs)

    monkeypatch.setattr(cleaner.records, "ordered_map", counting)
    src, dst = tmp_path / "src", tmp_path / "dst"
    src.mkdir()
    for i in range(3):
        (src / f"part{i}.jsonl.gz").write_bytes(gzip.compress(jsonl(70 + i)))  # more than one batch each
    (src / "empty.jsonl").write_bytes(b"")
    parquet_file(src / "rows.parquet", n=0, column="text")
    assert run([str(src), "-o", str(dst) + "/", "-j", "2"]) == (0, b"", "")
    assert pools == [2]  # one pool for every record file
    for i in range(3):
        assert len(lines(gzip.decompress((dst / f"part{i}.jsonl.gz").read_bytes()))) == 70 + i
    assert (dst / "empty.jsonl").read_bytes() == b""
    assert pq.read_table(dst / "rows.parquet").num_rows == 0


def test_a_binary_record_keeps_its_place_with_an_empty_body_and_a_warning():
    binary = "\x00\x01\x02ELF\x7f\ufffd\ufffd\x10" * 300  # NULs, control and replacement characters
    records = [{"id": 1, "text": PAGE}, {"id": 2, "text": binary}, {"id": 3, "text": PAGE}]
    data = "".join(json.dumps(r) + "\n" for r in records).encode("utf-8")
    code, out, err = run(["--jsonl", "--stats", "-j", "1", "-"], data)
    got = lines(out)
    assert code == 0 and [r["id"] for r in got] == [1, 2, 3]
    assert got[0]["text"] == got[2]["text"] == EXPECTED and got[1]["text"] == ""
    warnings = [line for line in err.splitlines() if "looks binary" in line]
    assert warnings == ["cleaner: warning: <stdin>: line 2: looks binary, not text: its body is empty"]
    assert "1 binary, not text" in err
