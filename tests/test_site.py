"""Site-level repetition: learning a profile, saving it, and the ``site`` stage that uses it."""
from __future__ import annotations

import gzip
import json

import pytest

from cleaner import Cleaner, Config
from cleaner.profile import SiteProfile, learn, learn_jsonl
from cleaner.stages import site

HEADER = ["Acme Gazette", "Subscribe today", "Local", "Opinion"]
FOOTER = ["Contact the newsroom", "Sign up for our daily briefing"]
#: A promo line that host A puts between the paragraphs of every article: single-page cleaning keeps it.
APPEAL = "Our journalism depends on readers like you."
B_ONLY = "Member exclusives for you"
# Short lines that only host B has, on every one of its pages.
B_CHROME = [B_ONLY]

BODIES = [
    "The city council voted on Tuesday to extend the opening hours of the public library by two hours on weekdays.",
    "Officials said the change would cost about forty thousand dollars a year and would be paid from the culture budget.",
    "A local farmer has grown a pumpkin that weighs more than the small car he uses to carry it to the annual fair.",
    "The fair organisers said that the pumpkin would be shown in the main hall for the rest of the week before it is sold.",
    "Residents of the old quarter complained that the new parking rules make it hard for their visitors to find a space.",
    "The mayor promised to review the rules after the summer and to meet the residents in the town hall next month.",
    "Students from the high school won the regional science contest with a project that measures the quality of river water.",
    "Their teacher said the students had spent most of their weekends since January taking samples along the river bank.",
]
#: A body paragraph that two articles of host A quote word for word.
SHARED_PARAGRAPH = ("The council will publish the full minutes of the meeting on its website within the next "
                    "seven days, a spokesperson said in a statement.")


def page_a(i: int, extra: list[str] | None = None) -> str:
    body = [BODIES[i % len(BODIES)], APPEAL, BODIES[(i + 1) % len(BODIES)]] + (extra or [])
    return "\n".join(HEADER + [f"Headline number {i} about town"] + body + FOOTER)


def page_b(i: int) -> str:
    return "\n".join(["Beta News", B_ONLY, BODIES[(i + 3) % len(BODIES)], BODIES[(i + 4) % len(BODIES)], "Contact the newsroom"])


def records():
    out = []
    for i in range(6):
        extra = [SHARED_PARAGRAPH] if i in (0, 1) else None
        out.append((f"https://www.a.example/news/{i}", page_a(i, extra)))
    for i in range(2):
        out.append((f"https://b.example/story/{i}", page_b(i)))
    out.append((None, "A page without a URL is skipped."))
    return out


@pytest.fixture()
def profile_path(tmp_path):
    path = tmp_path / "profile.json"
    learn(records()).save(path)
    site.load_profile.cache_clear()
    yield str(path)
    site.load_profile.cache_clear()


def test_learn_counts_pages_per_host():
    profile = learn(records())
    assert profile.pages("a.example") == 6
    assert profile.pages("b.example") == 2
    assert profile.count("a.example", "Subscribe today") == 6
    assert profile.count("a.example", "  subscribe TODAY!") == 6  # normalised like the lexicon
    assert profile.count("b.example", B_ONLY) == 2
    assert profile.count("a.example", B_ONLY) == 0
    # A line on one page only is not stored.
    assert profile.count("a.example", "Headline number 3 about town") == 0


def test_line_repeated_within_a_page_counts_once():
    profile = learn([("http://c.example/1", "Menu\nMenu\nMenu"), ("http://c.example/2", "Menu")])
    assert profile.count("c.example", "Menu") == 2


def test_min_pages_must_be_at_least_two():
    with pytest.raises(ValueError):
        learn(records(), min_pages=1)


def test_memory_bound_prunes_rare_lines():
    pages = [(f"http://d.example/{i}", f"Chrome line\nUnique line {i}") for i in range(200)]
    profile = learn(pages, max_entries=50)
    assert profile.count("d.example", "Chrome line") == 200
    assert sum(len(h.lines) for h in profile.hosts.values()) <= 50


def test_save_load_round_trip(tmp_path):
    profile = learn(records())
    for name in ("p.json", "p.json.gz"):
        path = tmp_path / name
        profile.save(path)
        loaded = SiteProfile.load(path)
        assert loaded.to_json() == profile.to_json()
        assert loaded.count("a.example", "Subscribe today") == 6
    data = json.loads((tmp_path / "p.json").read_text("utf-8"))
    assert data["format"] == "cleaner-site-profile"
    assert all(n >= 2 for h in data["hosts"].values() for n in h["lines"].values())


def test_load_rejects_other_json(tmp_path):
    path = tmp_path / "x.json"
    path.write_text('{"hosts": {}}')
    with pytest.raises(ValueError):
        SiteProfile.load(path)


def test_learn_jsonl(tmp_path):
    path = tmp_path / "pages.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        for url, text in records():
            fh.write(json.dumps({"link": url, "content": text, "other": 1}) + "\n")
    profile = learn_jsonl(path, field="content", url_field="link")
    assert profile.to_json() == learn(records()).to_json()


def test_stage_drops_site_chrome_of_its_host_only(profile_path):
    cleaner = Cleaner(Config(profile=profile_path, site_min_pages=3))
    text = page_a(2)
    plain = Cleaner().explain(text, "https://a.example/news/2")
    with_site = cleaner.explain(text, "https://a.example/news/2")
    by_line = {d.line: d for d in with_site.decisions}
    for line in HEADER + FOOTER + [APPEAL]:
        assert not by_line[line].keep, line
    assert by_line["Acme Gazette"].stage == "site"
    # The appeal inside the body is what single-page cleaning misses.
    assert APPEAL in plain.text
    assert by_line[APPEAL].stage == "site"
    assert by_line[APPEAL].reason == "seen on 6 of 6 pages of a.example"
    for body in (BODIES[2], BODIES[3]):
        assert body in with_site.text
    assert with_site.text == "\n".join([BODIES[2], BODIES[3]])
    # Host B's own line recurs only on B's 2 pages (< K), and host A's profile says nothing about it.
    b_text = page_b(0)
    b_clean = cleaner.explain(b_text, "https://b.example/story/0")
    assert not any(d.stage == "site" for d in b_clean.decisions)
    a_with_b_line = "\n".join([BODIES[0], B_ONLY, BODIES[1]])
    assert B_ONLY in cleaner(a_with_b_line, "https://a.example/x")


def test_stage_never_drops_body_paragraph_repeated_on_two_pages(profile_path):
    cleaner = Cleaner(Config(profile=profile_path, site_min_pages=2))
    text = page_a(0, [SHARED_PARAGRAPH])
    out = cleaner.explain(text, "https://a.example/news/0")
    assert SHARED_PARAGRAPH in out.text
    assert BODIES[0] in out.text and BODIES[1] in out.text


def test_no_url_or_no_profile_changes_nothing(profile_path):
    text = page_a(1)
    base = Cleaner().explain(text)
    assert Cleaner(Config(profile=profile_path)).explain(text).decisions == base.decisions
    assert Cleaner().explain(text, "https://a.example/news/1").decisions == base.decisions
    other = Cleaner(Config(profile=profile_path)).explain(text, "https://unknown.example/1")
    assert other.decisions == base.decisions


def test_explain_names_the_site_stage(profile_path):
    out = Cleaner(Config(profile=profile_path)).explain(page_a(4), "https://a.example/news/4")
    stages = {d.line: d.stage for d in out.decisions if not d.keep}
    assert "site" in stages.values()
    assert out.stats.get("dropped_by_site", 0) >= 1


def test_profile_is_loaded_once(profile_path):
    cleaner = Cleaner(Config(profile=profile_path))
    for i in range(3):
        cleaner(page_a(i), f"https://a.example/news/{i}")
    assert site.load_profile.cache_info().misses == 1
