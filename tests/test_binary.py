"""Binary input has no body: executables, random bytes and compressed files read as text give empty
output and one warning per input; text in any script, and text with a few stray control characters or
invalid bytes, is never taken for binary."""
from __future__ import annotations

import gzip
import io
import random
import sys
from pathlib import Path

import pytest

from cleaner import clean, explain
from cleaner.binary import MIN_NON_TEXT_CHARS, looks_binary
from cleaner.cli import main

PROSE = [line for line in (Path(__file__).parent / "data" / "prose.txt").read_text("utf-8").splitlines() if line]
PAGE = "Home | News | Sport\nShare this article\n" + "\n".join(PROSE[:6]) + "\nAll rights reserved\n"


def as_text(data: bytes) -> str:
    """What the command line makes of bytes: UTF-8 with invalid bytes replaced."""
    return data.decode("utf-8", "replace")


def binaries() -> dict[str, bytes]:
    rng = random.Random(7)
    return {
        "the Python executable": Path(sys.executable).resolve().read_bytes()[:100_000],
        "random bytes": rng.randbytes(200_000),
        "a gzip file": gzip.compress(PAGE.encode("utf-8") * 50, mtime=0),
        "UTF-16 read as UTF-8": PAGE.encode("utf-16-le"),
        "a PNG-like header and data": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + rng.randbytes(5_000),
    }


@pytest.mark.parametrize("name", sorted(binaries()))
def test_binary_input_gives_no_output(name):
    text = as_text(binaries()[name])
    assert looks_binary(text)
    assert clean(text) == ""
    exp = explain(text)
    assert exp.text == ""
    assert exp.decisions and all(not d.keep and d.stage == "binary" for d in exp.decisions)
    assert "binary" in exp.decisions[0].reason and "%" in exp.decisions[0].reason


#: Text that must never count as binary, and a page it is: each is cleaned as usual.
LOOK_ALIKES = {
    "Chinese": "北京时间今天上午，国家统计局发布了最新的经济数据。分析人士认为，经济复苏的势头仍在持续。" * 40,
    "Japanese": "東京都は本日、新しい交通計画を発表しました。計画では、二〇三〇年までに路線を拡張します。" * 40,
    "Korean": "서울시는 오늘 새로운 교통 계획을 발표했습니다. 계획에 따르면 노선이 확장됩니다. " * 40,
    "Russian": "Правительство объявило о новых мерах поддержки малого бизнеса в регионах страны. " * 40,
    "Greek": "Η κυβέρνηση ανακοίνωσε σήμερα νέα μέτρα στήριξης για τις μικρές επιχειρήσεις της χώρας. " * 40,
    "Arabic": "أعلنت الحكومة اليوم عن إجراءات جديدة لدعم الشركات الصغيرة في جميع أنحاء البلاد. " * 40,
    "Hebrew and Hindi": "הממשלה הודיעה היום על צעדים חדשים. सरकार ने आज नए उपायों की घोषणा की। " * 40,
    "emoji": "Great game tonight 🎉🔥⚽ what a finish 😀👍 " * 100,
    "stray control characters": "\x00".join(PROSE[:3]) + "\x1b[0m" + "\n" + "\x07\x08".join(PROSE[3:6]),
    "a few invalid bytes": as_text("\n".join(PROSE[:6]).encode("utf-8") + b"\xff\xfe" * 6),
    "Latin-1 German read as UTF-8": as_text(
        ("Die Bundesregierung hat am Montag ein neues Maßnahmenpaket für Übergangshilfen beschlossen, "
         "über das die Länder in der kommenden Woche abstimmen. ") .encode("latin-1") * 30),
    "a short string of control characters": "\x00\x01\x02\x03 " * 3,
    "box drawing and symbols": "┌──────┐\n│ menu │\n└──────┘\n" * 30 + "\n".join(PROSE[:3]),
}


@pytest.mark.parametrize("name", sorted(LOOK_ALIKES))
def test_text_in_any_script_is_not_binary(name):
    text = LOOK_ALIKES[name]
    assert not looks_binary(text)
    assert all(d.stage != "binary" for d in explain(text).decisions)


def test_prose_with_stray_control_characters_is_still_cleaned():
    text = PAGE.replace(PROSE[2], PROSE[2] + "\x00\x1b") + "\x07" * (MIN_NON_TEXT_CHARS - 1)
    out = clean(text)
    assert PROSE[0] in out and PROSE[5] in out


def test_cli_warns_once_per_binary_input(tmp_path):
    # A gzip file is read by its content on the command line (see test_formats), whatever its name:
    # that one is text there.
    files = {name: data for name, data in binaries().items() if name != "a gzip file"}
    paths = []
    for i, name in enumerate(sorted(files)):
        paths.append(tmp_path / f"input{i}.txt")  # no telling suffix: a gzip file without ".gz"
        paths[-1].write_bytes(files[name])
    text_file = tmp_path / "page.txt"
    text_file.write_text(PAGE, "utf-8")
    out, err = io.BytesIO(), io.StringIO()
    code = main([*map(str, paths), str(text_file)], stdin=io.BytesIO(b""), stdout=out, stderr=err)
    assert code == 0
    assert out.getvalue().decode("utf-8").split("\n") == [*clean(PAGE).split("\n"), ""]
    warnings = [line for line in err.getvalue().splitlines() if "looks binary" in line]
    assert len(warnings) == len(paths)
    assert [w for w in warnings for p in paths if str(p) in w] == warnings
    assert str(text_file) not in err.getvalue()
