"""The datatrove step runs in a real datatrove pipeline: JSONL reader -> CleanerFormatter -> JSONL writer."""
from __future__ import annotations

import gzip
import json
import pickle

import pytest

pytest.importorskip("datatrove")
pytest.importorskip("orjson")  # datatrove's JSONL reader and writer need it (in the [datatrove] extra)

from datatrove.executor import LocalPipelineExecutor  # noqa: E402
from datatrove.pipeline.readers import JsonlReader  # noqa: E402
from datatrove.pipeline.writers import JsonlWriter  # noqa: E402

from cleaner import Cleaner, Config  # noqa: E402
from cleaner.integrations.datatrove import CleanerFormatter  # noqa: E402
from cleaner.profile import learn  # noqa: E402

BODY = [
    "The river rose by two metres overnight and the town closed the bridge to cars and lorries until further notice.",
    "Engineers will inspect the old stone arches on Monday before deciding whether buses may cross it again.",
    "Shops along the quay moved their stock upstairs, and several cafes said they would stay closed for the week.",
    "The weather service expects the rain to ease by Thursday, although a second storm may arrive at the weekend.",
    "Volunteers filled sandbags at the fire station throughout the night and handed them out to anyone who asked.",
]
CHROME_TOP = ["Home", "News", "Sport", "Weather", "Sign in"]
CHROME_BOTTOM = ["Share this article", "Follow us on Twitter", "© 2024 Riverside Daily. All rights reserved."]


def pages() -> list[dict]:
    out = []
    for i in range(4):
        text = "\n".join(CHROME_TOP + [f"Flood update {i}"] + BODY[i:i + 2] + CHROME_BOTTOM)
        out.append({"id": f"p{i}", "text": text, "url": f"https://www.riverside.example/flood/{i}", "lang": "en"})
    return out


def run_pipeline(tmp_path, formatter: CleanerFormatter, tasks: int) -> dict[str, dict]:
    src, dst, logs = tmp_path / "in", tmp_path / "out", tmp_path / "logs"
    src.mkdir()
    recs = pages()
    for n, chunk in enumerate((recs[:2], recs[2:])):
        with gzip.open(src / f"part{n}.jsonl.gz", "wt", encoding="utf-8") as fh:
            fh.writelines(json.dumps(r) + "\n" for r in chunk)
    LocalPipelineExecutor(
        pipeline=[JsonlReader(str(src)), formatter, JsonlWriter(str(dst))],
        tasks=tasks, workers=1, logging_dir=str(logs),
    ).run()
    written = {}
    for path in sorted(dst.glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                doc = json.loads(line)
                written[doc["id"]] = doc
    return written


@pytest.mark.parametrize("tasks", [1, 2])
def test_pipeline_writes_cleaned_text(tmp_path, tasks):
    written = run_pipeline(tmp_path, CleanerFormatter(), tasks)
    cleaner = Cleaner()
    assert sorted(written) == ["p0", "p1", "p2", "p3"]
    for rec in pages():
        doc = written[rec["id"]]
        assert doc["text"] == cleaner(rec["text"])
        i = int(rec["id"][1:])
        assert doc["text"] == "\n".join(BODY[i:i + 2])
        assert doc["metadata"]["url"] == rec["url"]  # other fields travel on untouched
    stats = json.loads((tmp_path / "logs" / "stats.json").read_text())
    mine = next(s for s in stats if "Cleaner" in s["name"])
    assert mine["stats"]["total"] == 4
    assert mine["stats"]["lines_dropped"]["total"] == 4 * (len(CHROME_TOP) + 1 + len(CHROME_BOTTOM))


def test_pipeline_with_site_profile(tmp_path):
    # A promo line inside every article's body: only the site profile (URL from metadata) removes it.
    promo = "Our reporting depends on readers like you."
    recs = pages()
    profile_path = tmp_path / "profile.json"
    learn((r["url"], r["text"].replace("\nShare this", "\n" + promo + "\nShare this")) for r in recs).save(profile_path)
    assert promo in Cleaner()(BODY[0] + "\n" + promo + "\n" + BODY[1])
    formatter = CleanerFormatter(Config(profile=str(profile_path), site_min_pages=3))
    text = "\n".join(CHROME_TOP + [BODY[0], promo, BODY[1]] + CHROME_BOTTOM)
    docs = list(formatter.run(iter([_doc(text, recs[0]["url"])])))
    assert docs[0].text == "\n".join(BODY[:2])


def _doc(text: str, url: str):
    from datatrove.data import Document
    return Document(text=text, id="x", metadata={"url": url})


def test_formatter_pickles():
    formatter = CleanerFormatter(Config(lang="en"))
    copy = pickle.loads(pickle.dumps(formatter))
    assert copy.config == formatter.config
    assert copy.format("\n".join(CHROME_TOP + BODY[:2])) == "\n".join(BODY[:2])
