"""The README's examples work as printed: its Python and datatrove snippets run, its ``--explain`` sample
is what the command prints for the sample page, its set-up commands are the ones CI runs, and the links of
the README and of ``docs/`` lead to files that exist.

The snippets are taken from the README itself (its fenced code blocks), so a change to the README that
breaks an example fails here. They run in a temporary folder holding the files they name (``page.txt``,
``pages/``), made from the sample page.
"""
from __future__ import annotations

import gzip
import io
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cleaner import clean
from cleaner.cli import main

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text("utf-8")
SAMPLE = ROOT / "corpus" / "seed" / "page.txt"
SETUP = "pip install . && cleaner corpus/seed/page.txt"
TEST_COMMAND = "pip install -e '.[test,datatrove]' && python -m pytest -q"
#: A README row whose line ends so was cut short for width: the output's line starts with the rest.
ELLIPSIS = " ..."


def code_blocks(language: str) -> list[str]:
    """The README's fenced code blocks of ``language`` ("" for blocks without one), in order."""
    return [code for lang, code in re.findall(r"^```(\w*)\n(.*?)^```$", README, re.M | re.S)
            if lang == language]


def python_block(*, containing: str) -> str:
    found = [code for code in code_blocks("python") if containing in code]
    assert len(found) == 1, f"expected one Python block with {containing!r} in the README, found {len(found)}"
    return found[0]


def clean_sample() -> str:
    return clean(SAMPLE.read_text("utf-8"))


def test_setup_commands_are_printed_and_ci_runs_the_test_command():
    shell = code_blocks("sh")
    assert any(SETUP in block.splitlines() for block in shell)
    assert any(TEST_COMMAND in block.splitlines() for block in shell)
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    # .ci/run runs the same command, only quieter.
    ci_commands = [line.replace(" --quiet", "") for line in ci.splitlines() if line.startswith("pip install")]
    assert ci_commands == [TEST_COMMAND]
    assert SAMPLE.is_file()


def test_explain_sample_is_what_the_command_prints():
    sample = next(code for code in code_blocks("") if code.startswith(("KEEP\t", "DROP\t")))
    rows = [line.split("\t") for line in sample.splitlines()]
    assert len(rows) >= 5 and all(len(row) == 4 for row in rows), "rows are KEEP|DROP, stage, reason, line"
    out, err = io.BytesIO(), io.StringIO()
    assert main(["--explain", str(SAMPLE)], stdout=out, stderr=err) == 0, err.getvalue()
    actual = [line.split("\t") for line in out.getvalue().decode("utf-8").splitlines()]
    # Every README row is a row of the output, in the output's order (the README shows a selection).
    position = 0
    for row in rows:
        *fields, line = row
        cut = line.endswith(ELLIPSIS)
        prefix = line[:-len(ELLIPSIS)] if cut else line
        for n in range(position, len(actual)):
            *got_fields, got_line = actual[n]
            if got_fields == fields and (got_line.startswith(prefix) if cut else got_line == line):
                position = n + 1
                break
        else:
            raise AssertionError(f"README row not in the output (in this order): {chr(9).join(row)!r}")


def test_python_quick_start_runs(tmp_path, monkeypatch, capsys):
    snippet = python_block(containing="from cleaner import clean, explain")
    shutil.copy(SAMPLE, tmp_path / "page.txt")
    monkeypatch.chdir(tmp_path)
    namespace: dict = {"__name__": "readme"}
    exec(compile(snippet, "README.md", "exec"), namespace)  # noqa: S102 - the README's own example
    page = SAMPLE.read_text("utf-8")
    result = namespace["result"]
    assert result.text == clean(page) == clean_sample()
    assert "Hostilities in Aleppo will continue" in result.text
    printed = capsys.readouterr().out.splitlines()
    assert len(printed) == len(result.decisions) + 1  # one line per decision, then the stats
    assert printed[-1] == str(result.stats)
    body = namespace["body"]  # from the Cleaner(Config(...)) of the snippet
    assert body and set(body.splitlines()) <= set(page.splitlines())


def write_pages(folder: Path) -> list[dict]:
    """Two small JSONL files of pages: the sample page and a short one with chrome around two paragraphs."""
    folder.mkdir()
    short = "\n".join([
        "Home", "News", "Sport",
        "The river rose by two metres overnight and the town closed the bridge to cars and lorries until "
        "further notice.",
        "Engineers will inspect the old stone arches on Monday before deciding whether buses may cross it "
        "again.",
        "Share this article", "© 2024 Riverside Daily. All rights reserved."])
    records = [{"id": "sample", "text": SAMPLE.read_text("utf-8"), "url": "https://sample.example/a"},
               {"id": "river", "text": short, "url": "https://river.example/b"}]
    for n, record in enumerate(records):
        (folder / f"part{n}.jsonl").write_text(json.dumps(record) + "\n", "utf-8")
    return records


def test_datatrove_snippet_runs(tmp_path):
    pytest.importorskip("datatrove")
    pytest.importorskip("orjson")
    snippet = python_block(containing="LocalPipelineExecutor")
    # Without the guard, datatrove's worker processes re-run the pipeline while they start and crash.
    assert 'if __name__ == "__main__":' in snippet
    one_process = re.sub(r"\bworkers=\d+", "workers=1", re.sub(r"\btasks=\d+", "tasks=1", snippet))
    assert one_process != snippet, "the README snippet sets tasks= and workers="
    (tmp_path / "run.py").write_text(one_process, "utf-8")
    records = write_pages(tmp_path / "pages")
    done = subprocess.run([sys.executable, "run.py"], cwd=tmp_path, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    written = {}
    for path in sorted((tmp_path / "clean").glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            written.update((doc["id"], doc) for doc in map(json.loads, fh))
    assert sorted(written) == sorted(r["id"] for r in records)
    for record in records:
        assert written[record["id"]]["text"] == clean(record["text"])
        assert written[record["id"]]["metadata"]["url"] == record["url"]
    assert written["river"]["text"].startswith("The river rose")


def test_hugging_face_snippet_runs(tmp_path):
    pytest.importorskip("datasets")
    snippet = python_block(containing="from datasets import")
    records = write_pages(tmp_path / "unused")
    with open(tmp_path / "pages.jsonl", "w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(r) + "\n" for r in records)
    check = ("\nimport json, sys\n"
             "json.dump([row['text'] for row in pages], sys.stdout)\n")
    (tmp_path / "run.py").write_text(snippet + check, "utf-8")
    env = {**os.environ, "HF_HOME": str(tmp_path / "hf"), "HF_DATASETS_OFFLINE": "1"}
    done = subprocess.run([sys.executable, "run.py"], cwd=tmp_path, capture_output=True, text=True,
                          timeout=120, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    assert json.loads(done.stdout.splitlines()[-1]) == [clean(r["text"]) for r in records]


DOCUMENTS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda p: p.name)
def test_links_lead_to_files_that_exist(document):
    text = re.sub(r"^```.*?^```$|`[^`\n]*`", "", document.read_text("utf-8"), flags=re.M | re.S)  # code
    targets = re.findall(r"\]\(([^)\s]+)\)", text)
    local = [t.split("#")[0] for t in targets if not re.match(r"[a-z]+:", t) and not t.startswith("#")]
    missing = [t for t in local if not (document.parent / t).exists()]
    assert not missing, f"{document.name} links to missing files: {missing}"


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda p: p.name)
def test_documents_speak_of_the_product(document):
    # The documentation describes the product; the way it was built belongs to the history.
    text = document.read_text("utf-8")
    assert not re.findall(r"\bissues? \d+|\bsession-\d", text, re.I)
