"""`cleaner learn` and `--profile`: site-level chrome learned from a crawl, then dropped in a later run."""
from __future__ import annotations

import io
import json

from cleaner.cli import main

CHROME = ["Gardening Weekly", "Plots and Allotments Desk", "Seed Swap Calendar Entries", "Reader Photo Corner"]
#: Printed between the paragraphs of every article of the site: on one page it reads as a subheading.
IN_BODY = "Notes from the potting shed"
BODIES = [
    "The allotment committee met on Tuesday to agree the rules for the new water butts, which arrive next month.",
    "Frost came early this year, and most growers lost their late courgettes before they had a chance to ripen.",
    "A local school has started a bean trial, measuring how fast each variety climbs the canes in the playground.",
    "The autumn show drew more entries than ever, with the heaviest marrow weighing in at just under thirty kilos.",
]


def _crawl(tmp_path):
    path = tmp_path / "crawl.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for i, body in enumerate(BODIES):
            page = "\n".join([*CHROME[:2], body, IN_BODY, body.replace("year", "season"), *CHROME[2:]])
            fh.write(json.dumps({"url": f"https://garden.example/news/{i}", "text": page}) + "\n")
    return path


def _run(argv):
    out, err = io.BytesIO(), io.StringIO()
    code = main(argv, stdin=io.BytesIO(b""), stdout=out, stderr=err)
    return code, out.getvalue().decode("utf-8"), err.getvalue()


def test_learn_writes_a_profile_that_drops_site_chrome(tmp_path):
    crawl = _crawl(tmp_path)
    profile = tmp_path / "profile.json"
    code, _, err = _run(["learn", str(crawl), "-o", str(profile)])
    assert code == 0, err
    assert profile.exists()

    code, out, err = _run(["--jsonl", "-j", "1", "--profile", str(profile), str(crawl)])
    assert code == 0, err
    records = [json.loads(line) for line in out.splitlines()]
    assert len(records) == len(BODIES)
    for record, body in zip(records, BODIES):
        lines = record["text"].split("\n")
        assert body in lines
        assert not {*CHROME, IN_BODY} & set(lines)


def test_without_profile_the_site_chrome_is_not_known(tmp_path):
    crawl = _crawl(tmp_path)
    code, out, _ = _run(["--jsonl", "-j", "1", str(crawl)])
    assert code == 0
    kept = {line for rec in map(json.loads, out.splitlines()) for line in rec["text"].split("\n")}
    assert set(BODIES) <= kept
    assert IN_BODY in kept  # on a single page it cannot be told from a subheading


def test_learn_usage_and_bad_input(tmp_path):
    code, _, _ = _run(["learn"])
    assert code == 2
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    code, _, err = _run(["learn", str(bad), "-o", str(tmp_path / "p.json")])
    assert code == 1 and err.startswith("cleaner learn:")


def test_bad_profile_is_a_usage_error(tmp_path):
    missing = tmp_path / "missing.json"
    code, _, err = _run(["--profile", str(missing)])
    assert code == 2 and "--profile" in err
