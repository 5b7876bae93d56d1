"""The command line: text mode, exit codes, encodings, atomic output, pipes and signals, JSONL batch mode.

Most tests run ``main(argv)`` in-process with injected streams; a few run ``python -m cleaner`` for
real (broken pipe, Ctrl-C, the module entry point).
"""
from __future__ import annotations

import gzip
import io
import json
import os
import platform
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cleaner import __version__, clean
from cleaner.cli import main

BODY1 = ("Hostilities in Aleppo will continue until the militants leave the city, the minister said on "
         "Monday in a long statement to the press.")
BODY2 = ("The talks, which began last week in Geneva, have so far produced no agreement on the terms of a "
         "ceasefire in the north of the country.")
PAGE = f"Home | News | Sport\nListen Live\n\n{BODY1}\n\n{BODY2}\nShare this article\n"
EXPECTED = f"{BODY1}\n\n{BODY2}\n"
CHROME_ONLY = "Listen Live\nShare this article\n"


def run(argv: list[str], stdin: bytes | str = b"", stderr: io.StringIO | None = None) -> tuple[int, str, str]:
    """Run the CLI in-process: (exit status, stdout as text, stderr)."""
    if isinstance(stdin, str):
        stdin = stdin.encode("utf-8")
    out, err = io.BytesIO(), stderr or io.StringIO()
    code = main(argv, stdin=io.BytesIO(stdin), stdout=out, stderr=err)
    return code, out.getvalue().decode("utf-8"), err.getvalue()


def write(path: Path, text: str | bytes) -> str:
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return str(path)


def no_temp_files(folder: Path) -> bool:
    return not [p for p in folder.iterdir() if p.name.endswith(".tmp")]


# ------------------------------------------------------------------------------------ text mode

def test_stdin_to_stdout():
    assert run([], PAGE) == (0, EXPECTED, "")


def test_dash_means_stdin():
    assert run(["-"], PAGE) == (0, EXPECTED, "")


def test_file_argument(tmp_path):
    assert run([write(tmp_path / "page.txt", PAGE)]) == (0, EXPECTED, "")


def test_each_file_is_a_page_and_bodies_are_separated_by_one_blank_line(tmp_path):
    a = write(tmp_path / "a.txt", PAGE)
    b = write(tmp_path / "b.txt", "Cookie settings\n" + BODY2 + "\n")
    empty = write(tmp_path / "empty.txt", CHROME_ONLY)
    code, out, err = run([a, empty, "-", b], stdin=PAGE)
    assert (code, err) == (0, "")
    assert out == f"{EXPECTED}\n{EXPECTED}\n{BODY2}\n"


@pytest.mark.parametrize("text", ["", "   \n\n\t\n", CHROME_ONLY])
def test_empty_whitespace_and_all_chrome_input_give_empty_output(text):
    assert run([], text) == (0, "", "")


def test_explain_rows():
    code, out, err = run(["--explain"], PAGE)
    assert (code, err) == (0, "")
    rows = [line.split("\t") for line in out.splitlines()]
    assert len(rows) == len([ln for ln in PAGE.splitlines() if ln.strip()])
    assert all(len(row) == 4 for row in rows)
    by_line = {row[3]: row for row in rows}
    verdict, stage, reason, _ = by_line["Listen Live"]
    assert (verdict, stage) == ("DROP", "lexicon") and reason
    for body in (BODY1, BODY2):
        assert by_line[body][0] == "KEEP" and by_line[body][2]
    assert {row[0] for row in rows} == {"KEEP", "DROP"}


def test_crlf_and_lone_cr_give_the_same_output_as_lf():
    lf = run([], PAGE)
    assert run([], PAGE.replace("\n", "\r\n")) == lf
    assert run([], PAGE.replace("\n", "\r")) == lf


def test_bom_is_removed(tmp_path):
    assert run([], "\ufeff" + PAGE) == (0, EXPECTED, "")
    code, out, _ = run([write(tmp_path / "p.txt", "\ufeff" + BODY1 + "\n")])
    assert (code, out) == (0, BODY1 + "\n")


def test_output_is_utf8():
    text = ("Die Verhandlungen in Genf über eine Waffenruhe im Norden des Landes haben bisher zu keiner "
            "Einigung geführt, sagte der Minister am Montag — «trop d'inconnues» 🙂.")
    code, out, _ = run(["--lang", "de"], text)
    assert (code, out) == (0, text + "\n")


def test_invalid_utf8_is_replaced_with_one_warning(tmp_path):
    bad = (BODY1[:40] + "\xff\xfe" + BODY1[40:]).encode("latin-1")
    a = write(tmp_path / "a.txt", bad + b"\n")
    b = write(tmp_path / "b.txt", b"\xc3(" + BODY2.encode() + b"\n")
    code, out, err = run([a, b], stdin=bad)
    assert code == 0
    assert "\ufffd" in out
    assert len(err.splitlines()) == 1 and "warning" in err and "invalid UTF-8" in err


def test_errors_strict_fails_on_invalid_utf8(tmp_path):
    code, out, err = run(["--errors", "strict"], b"abc \xff def\n")
    assert (code, out) == (1, "")
    assert len(err.splitlines()) == 1 and "invalid UTF-8" in err and "Traceback" not in err
    assert run(["--errors", "strict"], PAGE) == (0, EXPECTED, "")


def test_gzip_input(tmp_path):
    path = tmp_path / "page.txt.gz"
    path.write_bytes(gzip.compress(PAGE.encode()))
    assert run([str(path)]) == (0, EXPECTED, "")


# ----------------------------------------------------------------------------- options and exits

def test_version():
    code, out, _ = run(["--version"])
    assert code == 0 and out.strip() == f"cleaner {__version__}"


def test_help_has_examples():
    code, out, _ = run(["--help"])
    assert code == 0
    assert "examples:" in out and "cleaner --jsonl" in out and "--explain" in out
    assert "KEEP|DROP" in out and "Exit status" in out


@pytest.mark.parametrize("argv", [
    ["--bogus"], ["--jobs", "0"], ["--jobs", "many"], ["--format", "pdf"], ["--errors", "ignore"],
    ["--field", "body"], ["--on-error", "skip"], ["--jsonl", "--explain"], ["--lang", "xx"],
])
def test_usage_errors_exit_2(argv):
    code, out, err = run(argv, PAGE)
    assert (code, out) == (2, "")
    assert err.strip().splitlines()[-1].startswith("cleaner: error:")


def test_missing_input_exits_1_with_one_line(tmp_path):
    missing = str(tmp_path / "nope.txt")
    code, out, err = run([missing])
    assert (code, out) == (1, "")
    assert err == f"cleaner: {missing}: No such file or directory\n"


def test_directory_input_exits_1(tmp_path):
    code, _, err = run([str(tmp_path)])
    assert code == 1 and len(err.splitlines()) == 1 and "directory" in err.lower()


def test_lang_is_forced():
    assert run(["--lang", "EN"], PAGE) == (0, EXPECTED, "")


def test_lexicon_adds_chrome_phrases(tmp_path):
    lex = write(tmp_path / "mine.txt", "# my chrome\nthe weekly roundup from our desk\n")
    page = PAGE.replace("Share this article\n", "") + "The weekly roundup from our desk\n"
    code, out, _ = run(["--explain", "--lexicon", lex], page)
    row = [r.split("\t") for r in out.splitlines() if r.endswith("The weekly roundup from our desk")][0]
    assert code == 0 and row[:2] == ["DROP", "lexicon"] and "mine.txt" in row[2]


@pytest.mark.parametrize("content", [None, b"*\n", b"\xff\xfe bad bytes\n"])
def test_bad_lexicon_exits_2_with_one_line(tmp_path, content):
    path = tmp_path / "lex.txt"
    if content is not None:
        path.write_bytes(content)
    code, out, err = run(["--lexicon", str(path)], PAGE)
    assert (code, out) == (2, "")
    assert len(err.splitlines()) == 1 and err.startswith(f"cleaner: --lexicon {path}:")


def test_stats_in_text_mode_go_to_stderr():
    code, out, err = run(["--stats"], PAGE)
    assert (code, out) == (0, EXPECTED)
    assert err == f"cleaner: 2 lines kept, 3 dropped, {len(PAGE) - len(EXPECTED) + 1} characters removed\n"


# ----------------------------------------------------------------------------------- -o FILE

def test_output_file(tmp_path):
    target = tmp_path / "out.txt"
    code, out, err = run(["-o", str(target)], PAGE)
    assert (code, out, err) == (0, "", "")
    assert target.read_text("utf-8") == EXPECTED
    assert no_temp_files(tmp_path)


def test_output_file_keeps_permissions_of_the_previous_file(tmp_path):
    target = tmp_path / "out.txt"
    target.write_text("old")
    target.chmod(0o640)
    assert run(["-o", str(target)], PAGE)[0] == 0
    assert (target.stat().st_mode & 0o777) == 0o640 and target.read_text() == EXPECTED


def test_failed_run_leaves_previous_output_untouched(tmp_path):
    target = tmp_path / "out.txt"
    target.write_text("previous contents\n")
    good = write(tmp_path / "good.txt", PAGE)
    code, out, err = run([good, str(tmp_path / "missing.txt"), "-o", str(target)])
    assert (code, out) == (1, "")
    assert "missing.txt" in err and len(err.splitlines()) == 1
    assert target.read_text() == "previous contents\n"
    assert no_temp_files(tmp_path)


def test_interrupted_run_leaves_previous_output_untouched(tmp_path, monkeypatch):
    target = tmp_path / "out.txt"
    target.write_text("previous contents\n")

    def interrupt(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("cleaner.pipeline.judge", interrupt)  # both clean and explain run it
    code, out, err = run(["-o", str(target)], PAGE)
    assert (code, err) == (130, "cleaner: interrupted\n")
    assert target.read_text() == "previous contents\n"
    assert no_temp_files(tmp_path)


def test_unwritable_output_exits_1(tmp_path):
    code, _, err = run(["-o", str(tmp_path / "no" / "such" / "dir.txt")], PAGE)
    assert code == 1 and err.startswith("cleaner: cannot write") and len(err.splitlines()) == 1


def test_output_may_be_an_input(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(PAGE)
    assert run([str(path), "-o", str(path)])[0] == 0
    assert path.read_text() == EXPECTED


# ---------------------------------------------------------------------------------------- HTML

HTML = (f"<!DOCTYPE html><html><head><title>T</title></head><body><nav><a href='/'>Home</a> | "
        f"<a href='/news'>News</a></nav><article><p>{BODY1}</p><p>{BODY2}</p></article>"
        "<footer>Listen Live</footer></body></html>")


def test_format_html_without_the_html_module_exits_2(monkeypatch):
    monkeypatch.setitem(sys.modules, "cleaner.html", None)  # as if cleaner/html.py did not exist
    code, out, err = run(["--format", "html"], HTML)
    assert (code, out) == (2, "")
    assert len(err.splitlines()) == 1 and "cleaner.html" in err
    assert run([], PAGE) == (0, EXPECTED, "")  # auto falls back to text


def test_html_input_goes_through_the_html_module():
    pytest.importorskip("cleaner.html")
    for argv in ([], ["--format", "html"]):
        code, out, _ = run(argv, HTML)
        assert code == 0 and BODY1 in out and BODY2 in out and "<p>" not in out and "Listen" not in out
    code, out, _ = run(["--format", "text", "--explain"], HTML)  # forced text: markup is just text
    assert code == 0 and out.count("\n") == 1 and out.endswith(f"\t{HTML}\n")


# ------------------------------------------------------------------------------------- progress

class TTY(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal_and_not_with_quiet(tmp_path):
    pytest.importorskip("tqdm")
    path = write(tmp_path / "in.jsonl", "".join(json.dumps({"text": PAGE}) + "\n" for _ in range(5)))
    code, out, err = run(["--jsonl", "-j", "1", path], stderr=TTY())
    assert code == 0 and "records" in err and "B/s" in err and "100%" in err
    assert run(["--jsonl", "-j", "1", "--quiet", path], stderr=TTY())[2] == ""
    assert run(["--jsonl", "-j", "1", path])[2] == ""


# ---------------------------------------------------------------------------------------- JSONL

PAGES = [PAGE, CHROME_ONLY, "", f"Sign in\n{BODY2}\n", f"{BODY1}\r\n\r\nListen Live\r\n", "Ünïcödé 🙂 " + BODY2]


def records(n: int = 12) -> list[dict]:
    return [{"id": i, "url": f"https://example.com/{i}", "text": PAGES[i % len(PAGES)],
             "meta": {"lang": "en", "score": i / 3, "tags": ["a", None, True]}} for i in range(n)]


def jsonl(recs: list, bad: dict[int, str] | None = None) -> str:
    lines = [json.dumps(r, ensure_ascii=False) for r in recs]
    for at, line in sorted((bad or {}).items()):
        lines.insert(at, line)
    return "".join(line + "\n" for line in lines)


def parse(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines()]


def test_jsonl_keeps_order_and_other_fields():
    recs = records()
    code, out, err = run(["--jsonl", "-j", "1"], jsonl(recs))
    assert (code, err) == (0, "")
    got = parse(out)
    assert len(got) == len(recs)
    for before, after in zip(recs, got):
        assert after["text"] == clean(before["text"])
        assert {k: v for k, v in after.items() if k != "text"} == {k: v for k, v in before.items() if k != "text"}
        assert list(after) == list(before)


def test_jsonl_other_field_name_and_files(tmp_path):
    recs = [{"content": PAGE, "text": "untouched"}, {"content": BODY1}]
    path = write(tmp_path / "in.jsonl", jsonl(recs))
    code, out, _ = run(["--jsonl", "-j", "1", "--field", "content", path, "-"], stdin=jsonl(recs))
    got = parse(out)
    assert code == 0 and len(got) == 4
    assert got[0] == {"content": EXPECTED.rstrip("\n"), "text": "untouched"} == got[2]
    assert got[1] == {"content": BODY1} == got[3]


def test_jsonl_gzip_in_and_out(tmp_path):
    recs = records(200)
    src = tmp_path / "in.jsonl.gz"
    src.write_bytes(gzip.compress(jsonl(recs).encode()))
    dst = tmp_path / "out.jsonl.gz"
    code, out, err = run(["--jsonl", "-j", "1", str(src), "-o", str(dst)])
    assert (code, out, err) == (0, "", "")
    plain = run(["--jsonl", "-j", "1"], jsonl(recs))[1]
    assert gzip.decompress(dst.read_bytes()).decode() == plain
    assert no_temp_files(tmp_path)


def test_jsonl_stats():
    recs = records(6)
    code, out, _ = run(["--jsonl", "-j", "1", "--stats"], jsonl(recs))
    assert code == 0
    for before, after in zip(recs, parse(out)):
        st = after["cleaner"]
        assert set(st) == {"lines_kept", "lines_dropped", "chars_removed"}
        assert st["lines_kept"] + st["lines_dropped"] == len([ln for ln in before["text"].splitlines() if ln.strip()])
        assert st["chars_removed"] == len(before["text"]) - len(after["text"])
    assert parse(out)[0]["cleaner"] == {"lines_kept": 2, "lines_dropped": 3,
                                        "chars_removed": len(PAGE) - len(EXPECTED) + 1}


BAD_LINES = {
    "blank": ("   ", "blank line"),
    "malformed": ('{"id": 1, "text": ', "malformed JSON"),
    "missing field": ('{"id": 1, "body": "x"}', "no field 'text'"),
    "non-string field": ('{"id": 1, "text": null}', "field 'text' is null, not a string"),
    "not an object": ('["text"]', "not a JSON object"),
}


@pytest.mark.parametrize("kind", list(BAD_LINES))
def test_jsonl_on_error_fail_stops_at_the_bad_line(kind):
    line, reason = BAD_LINES[kind]
    recs = records(4)
    code, out, err = run(["--jsonl", "-j", "1"], jsonl(recs, {2: line}))
    assert code == 1
    assert [r["id"] for r in parse(out)] == [0, 1]
    assert err.startswith("cleaner: <stdin>: line 3: ") and reason in err
    assert len(err.splitlines()) == 1 and "Traceback" not in err


def test_jsonl_on_error_fail_with_workers_stops_at_the_bad_line(tmp_path):
    path = write(tmp_path / "in.jsonl", jsonl(records(300), {150: "{"}))
    code, out, err = run(["--jsonl", "-j", "2", path])
    assert code == 1 and len(parse(out)) == 150
    assert err == f"cleaner: {path}: line 151: malformed JSON: Expecting property name enclosed in double quotes at column 2\n"


def bad_input() -> tuple[list[dict], str, list[str]]:
    recs = records(6)
    lines = {1: BAD_LINES["malformed"][0], 3: BAD_LINES["blank"][0], 5: BAD_LINES["missing field"][0],
             7: BAD_LINES["non-string field"][0], 9: BAD_LINES["not an object"][0]}
    return recs, jsonl(recs, lines), [lines[k] for k in sorted(lines)]


def test_jsonl_on_error_skip_drops_bad_records():
    recs, text, _ = bad_input()
    code, out, err = run(["--jsonl", "-j", "1", "--on-error", "skip"], text)
    assert code == 0
    assert [r["id"] for r in parse(out)] == [r["id"] for r in recs]
    assert err.startswith("cleaner: skipped 5 bad record(s)") and len(err.splitlines()) == 1


def test_jsonl_on_error_keep_passes_bad_lines_through():
    recs, text, bad = bad_input()
    code, out, err = run(["--jsonl", "-j", "1", "--on-error", "keep"], text)
    assert code == 0
    out_lines, in_lines = out.splitlines(), text.splitlines()
    assert len(out_lines) == len(in_lines)
    for i, line in enumerate(in_lines):
        if line in bad:
            assert out_lines[i] == line  # byte for byte, a blank line included
        else:
            assert json.loads(out_lines[i])["id"] == json.loads(line)["id"]
    assert "5 bad record(s)" in err and len(err.splitlines()) == 1


def test_jsonl_failure_leaves_previous_output_untouched(tmp_path):
    target = tmp_path / "out.jsonl"
    target.write_text("previous\n")
    code, _, err = run(["--jsonl", "-j", "1", "-o", str(target)], jsonl(records(3), {1: "{"}))
    assert code == 1 and "line 2" in err
    assert target.read_text() == "previous\n" and no_temp_files(tmp_path)


def test_jsonl_unreadable_input_after_good_one(tmp_path):
    good = write(tmp_path / "good.jsonl", jsonl(records(3)))
    trunc = tmp_path / "trunc.jsonl.gz"
    trunc.write_bytes(gzip.compress(jsonl(records(50)).encode())[:-30])
    code, out, err = run(["--jsonl", "-j", "1", good, str(trunc)])
    assert code == 1 and len(parse(out)) >= 3
    assert err.startswith(f"cleaner: {trunc}:") and len(err.splitlines()) == 1
    code, _, err = run(["--jsonl", "-j", "1", good, str(tmp_path / "missing.jsonl")])
    assert code == 1 and "missing.jsonl: No such file or directory" in err


def test_jsonl_invalid_utf8_one_warning_or_strict_failure():
    recs = records(4)
    raw = jsonl(recs).encode().replace(b"Hostilities", b"Hostilit\xffies")
    code, out, err = run(["--jsonl", "-j", "1"], raw)
    assert code == 0 and len(parse(out)) == 4 and "\ufffd" in out
    assert len(err.splitlines()) == 1 and "invalid UTF-8" in err
    code, out, err = run(["--jsonl", "-j", "1", "--errors", "strict"], raw)
    assert code == 1 and "line 1: invalid UTF-8" in err


def test_jsonl_bom_crlf_surrogates_and_no_final_newline():
    text = "\ufeff" + jsonl(records(2)).replace("\n", "\r\n") + '{"text": "\\ud800 x"}'
    code, out, err = run(["--jsonl", "-j", "1"], text)
    got = parse(out)
    assert (code, err) == (0, "") and len(got) == 3 and got[2]["text"] == "\ud800 x"


@pytest.mark.parametrize("mode", ["jsonl", "files"])
def test_jobs_2_gives_the_same_output_as_jobs_1(tmp_path, mode):
    if mode == "jsonl":
        argv = ["--jsonl", "--stats", write(tmp_path / "in.jsonl", jsonl(records(300), {150: "{"})),
                "--on-error", "keep"]
    else:
        argv = [write(tmp_path / f"{i}.txt", PAGES[i % len(PAGES)]) for i in range(8)]
    one, two = run(argv + ["-j", "1"]), run(argv + ["-j", "2"])
    assert one == two and one[0] == 0 and one[1]


class Endless(io.RawIOBase):
    """An endless JSONL stream: stdin that would never fit in memory."""

    def __init__(self) -> None:
        self.line = (json.dumps({"text": PAGE}) + "\n").encode()
        self.reads = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buf) -> int:
        self.reads += 1
        n = min(len(buf), len(self.line))
        buf[:n] = self.line[:n]
        return n


class ClosingPipe(io.BytesIO):
    """A stdout whose reader goes away after a few writes."""

    def write(self, data) -> int:
        if self.tell() > 3000:
            raise BrokenPipeError(32, "Broken pipe")
        return super().write(data)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_jsonl_streams_an_endless_input(jobs):
    stdin = io.BufferedReader(Endless())
    code = main(["--jsonl", "-j", jobs], stdin=stdin, stdout=ClosingPipe(), stderr=io.StringIO())
    assert code == 141
    assert stdin.raw.reads < 10_000  # read only as far as the output went (a few batches)


# ------------------------------------------------------------------------- real subprocess runs

def cli(*args: str, unbuffered: bool = False, **kwargs) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    if unbuffered:
        env["PYTHONUNBUFFERED"] = "1"
    return subprocess.Popen([sys.executable, "-m", "cleaner", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env, **kwargs)


def test_python_m_cleaner(tmp_path):
    proc = cli(write(tmp_path / "p.txt", PAGE))
    out, err = proc.communicate(timeout=60)
    assert (proc.returncode, out.decode(), err) == (0, EXPECTED, b"")


@pytest.mark.parametrize("unbuffered", [False, True])
def test_broken_pipe_exits_quietly(tmp_path, unbuffered):
    lines = [f"Sentence number {i} tells of the long road the council took to approve the new park."
             for i in range(1500)]
    big = write(tmp_path / "big.txt", "\n".join(lines) + "\n")
    proc = cli(big, unbuffered=unbuffered)
    head = subprocess.Popen(["head", "-n", "1"], stdin=proc.stdout, stdout=subprocess.PIPE)
    proc.stdout.close()  # only head reads the pipe now
    first, _ = head.communicate(timeout=60)
    err = proc.stderr.read()
    proc.wait(timeout=60)
    assert first.decode() == lines[0] + "\n"
    assert err == b"" and proc.returncode == 141


def children(pid: int) -> list[str]:
    try:
        return Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return []


def threads(pid: int) -> list[str]:
    try:
        return os.listdir(f"/proc/{pid}/task")
    except OSError:
        return []


#: The number of the read system call, as /proc/PID/syscall names it, on the machines that have it.
READ_SYSCALL = {"x86_64": "0", "amd64": "0", "aarch64": "63", "arm64": "63"}.get(platform.machine().lower())


def waits_on_stdin(pid: int) -> bool | None:
    """Whether the main thread of process ``pid`` sleeps in ``read(0, ...)``; None when the system
    does not tell (no /proc/PID/syscall, or a machine whose system call numbers are not listed)."""
    try:
        call = Path(f"/proc/{pid}/syscall").read_text().split()
    except OSError:
        return None
    if READ_SYSCALL is None:
        return None
    return len(call) > 1 and call[:2] == [READ_SYSCALL, "0x0"]


def test_ctrl_c_prints_one_line_and_exits_130():
    """Ctrl-C while the worker pool is up and the main process waits for more input. Where the system
    tells, the signal goes when the main thread is seen blocked reading stdin with the pool's workers
    and handler threads up: a state, not a delay, so a loaded machine only makes the wait longer."""
    # A process started in the background of a shell (as a CI runner may start the tests) inherits
    # SIGINT ignored, and Python then leaves it so: the CLI starts with its default disposition, as it
    # does from a terminal.
    proc = cli("--jsonl", "-j", "2", stdin=subprocess.PIPE,
               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    proc.stdin.write(json.dumps({"text": PAGE}).encode() + b"\n")
    proc.stdin.flush()
    deadline = time.monotonic() + 300
    if waits_on_stdin(proc.pid) is not None:
        # The pool's two workers run, and its three handler threads (started at the end of
        # Pool.__init__) stand beside the main thread, which reads stdin. A Ctrl-C before that would
        # hit start-up code, which is not what this test is about.
        while not (len(children(proc.pid)) >= 2 and len(threads(proc.pid)) >= 4 and waits_on_stdin(proc.pid)):
            assert time.monotonic() < deadline and proc.poll() is None, "the CLI never came to wait on stdin"
            time.sleep(0.05)
    else:  # no way to see the process's state: give it time to start
        time.sleep(3.0)
    proc.send_signal(signal.SIGINT)
    # Stdin stays open until the run has ended: only the signal can end it, not an end of input that
    # closing stdin would give a process slow to take the signal on a loaded machine.
    try:
        proc.wait(timeout=120)
    finally:
        _, err = proc.communicate(timeout=30)
    assert (proc.returncode, err) == (130, b"cleaner: interrupted\n")


def test_keep_comments_flag(tmp_path):
    from test_stages import COMMENTS, HARBOUR_BODY
    thread = [line for name, stamp, words in COMMENTS for line in (name, stamp, *words, "Reply")]
    page = write(tmp_path / "page.txt", "\n".join([*HARBOUR_BODY, *thread]) + "\n")
    words = [w for _, _, ws in COMMENTS for w in ws]
    assert run([page]) == (0, "\n".join(HARBOUR_BODY) + "\n", "")
    assert run(["--keep-comments", page]) == (0, "\n".join([*HARBOUR_BODY, *words]) + "\n", "")
