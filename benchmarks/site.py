"""Site-level repetition: the chrome the ``site`` stage removes that single-page
cleaning misses, and the body it costs (must be none).

    python benchmarks/site.py [--bench-dir ../shared/corpus-bench] [--limit N] [--out site_results.json]

Two measurements:

1. **Real sites of the dev set.** Pages are grouped by host (``cleaner.page.host_of`` of the ``url``).
   corpus-bench has few pages per site: scrapinghub 55 hosts with 2 pages each, trafilatura-eval one
   host with 2 pages (chip.de) and 21 pages under web.archive.org (archived pages of different sites,
   which share the Wayback Machine's own toolbar); its 36 "hard::..." ids are file names, not URLs, and
   are left out. (A few hosts have pages in both datasets: the same article in both.) A profile is learned on all pages, then every page of a multi-page host is
   cleaned without and with it, at K = 2 (the only K two-page sites allow) and at the default K.
   For scrapinghub each line the site stage drops is checked against the gold: a dropped line whose
   words appear in the gold is body lost; gold paragraphs (>= 10 words, as score.py's ParaR) kept
   without the profile and lost with it are counted.

2. **Synthetic sites (documented as synthetic).** Real chrome, grafted: for each of several donor
   scrapinghub pages, its non-gold lines before the body (header), inside it (boxes and promos between
   paragraphs) and after it (footer) are grafted onto ``--site-pages`` other scrapinghub pages (header on
   top, in-body chrome after the recipient's middle gold paragraph, footer at the bottom), all under
   one made-up host. That is what a real site looks like to the stage: the same chrome around different
   articles. We count the grafted chrome lines single-page cleaning keeps, how many of those the site
   stage removes, and the recipients' gold paragraphs lost.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import add_bench_args, load_records, load_score  # noqa: E402

from cleaner import Cleaner, Config  # noqa: E402
from cleaner.page import host_of  # noqa: E402
from cleaner.profile import learn  # noqa: E402

TOKEN = re.compile(r"\w+")
#: score.py's ParaR counts gold lines of at least this many words.
PARA_WORDS = 10


def toks(text: str) -> str:
    return " " + " ".join(TOKEN.findall(text)) + " "


def in_gold(line: str, gold_toks: str) -> bool:
    t = toks(line)
    return t.strip() != "" and t in gold_toks


def gold_paragraphs(gold: str) -> list[str]:
    return [p for p in gold.splitlines() if len(TOKEN.findall(p)) >= PARA_WORDS]


def paragraphs_lost(gold: str, before: str, after: str) -> list[str]:
    """Gold paragraphs present in ``before`` (no profile) and absent from ``after`` (with profile)."""
    b, a = toks(before), toks(after)
    return [p for p in gold_paragraphs(gold) if toks(p) in b and toks(p) not in a]


def usable_host(url: str | None) -> str | None:
    """The host of a real URL; corpus-bench's "hard::name.html" ids are file names, not URLs."""
    if not url or "://" not in url:
        return None
    return host_of(url)


# ---------------------------------------------------------------- 1. real sites

def real_sites(records: list[dict], k_values: tuple[int, ...], score) -> dict:
    by_host = defaultdict(list)
    for r in records:
        host = usable_host(r["url"])
        if host:
            by_host[host].append(r)
    multi = {h: rs for h, rs in by_host.items() if len(rs) >= 2}
    out = {"hosts": {}, "runs": {}}
    for ds in ("scrapinghub", "trafilatura-eval"):
        per_host = defaultdict(int)
        for r in records:
            if r["dataset"] == ds and usable_host(r["url"]):
                per_host[usable_host(r["url"])] += 1
        sizes = sorted(per_host.values(), reverse=True)
        out["hosts"][ds] = {"pages": sum(sizes), "hosts": len(sizes),
                            "hosts_with_2plus_pages": sum(1 for s in sizes if s >= 2),
                            "pages_on_those_hosts": sum(s for s in sizes if s >= 2),
                            "largest": sizes[:5],
                            "pages_without_url_host": sum(1 for r in records if r["dataset"] == ds
                                                          and not usable_host(r["url"]))}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "dev-profile.json"
        t0 = time.process_time()
        profile = learn((r["url"], r["page_text"]) for r in records if usable_host(r["url"]))
        learn_s = time.process_time() - t0
        profile.save(path)
        out["profile"] = {"learn_cpu_s": round(learn_s, 2), "bytes": path.stat().st_size,
                          "hosts": len(profile.hosts),
                          "lines_stored": sum(len(h.lines) for h in profile.hosts.values())}
        plain = Cleaner()
        pages = [r for rs in multi.values() for r in rs]
        base = {r["id"]: plain.explain(r["page_text"], r["url"]) for r in pages}
        for k in k_values:
            site = Cleaner(Config(profile=str(path), site_min_pages=k))
            stats = defaultdict(int)
            examples, lost_examples = [], []
            outs_before, outs_after = {}, {}
            for r in pages:
                before, after = base[r["id"]], site.explain(r["page_text"], r["url"])
                outs_before[r["id"]], outs_after[r["id"]] = before.text, after.text
                kept_before = {d.line_number for d in before.decisions if d.keep}
                gold_toks = toks(r["gold"]) if r.get("gold") else None
                for d in after.decisions:
                    if d.stage != "site":
                        continue
                    stats[f"{r['dataset']}:site_drops"] += 1
                    if d.line_number in kept_before:
                        stats[f"{r['dataset']}:site_drops_kept_by_single_page"] += 1
                        if gold_toks is not None:
                            body = in_gold(d.line, gold_toks)
                            stats[f"{r['dataset']}:of_which_in_gold"] += body
                            (lost_examples if body else examples).append(f"{host_of(r['url'])}: {d.line[:80]}")
                        else:
                            examples.append(f"{host_of(r['url'])}: {d.line[:80]}")
                if r.get("gold"):
                    lost = paragraphs_lost(r["gold"], before.text, after.text)
                    stats["scrapinghub:gold_paragraphs"] += len(gold_paragraphs(r["gold"]))
                    stats["scrapinghub:gold_paragraphs_lost"] += len(lost)
            scores = {}
            for name, outs in (("without_profile", outs_before), ("with_profile", outs_after)):
                res = score.score_all(pages, outs)
                scores[name] = {ds: {m: round(v, 4) for m, v in res[ds].items()
                                     if m in ("pages", "P", "R", "F1", "ParaR", "S-R", "S-excl")}
                                for ds in res if ds != "ALL"}
            out["runs"][f"K={k}"] = {"counts": dict(stats), "scores": scores,
                                     "examples_chrome_removed": examples[:25],
                                     "examples_body_lost": lost_examples[:25]}
    return out


# ---------------------------------------------------------------- 2. synthetic sites

def chrome_blocks(rec: dict) -> tuple[list[str], list[str], list[str]] | None:
    """(header, in-body, footer) non-gold lines of a scrapinghub page, split by its first/last gold line."""
    gold_toks = toks(rec["gold"])
    lines = [ln.strip() for ln in rec["page_text"].splitlines() if ln.strip()]
    flags = [in_gold(ln, gold_toks) for ln in lines]
    if not any(flags):
        return None
    first = flags.index(True)
    last = len(flags) - 1 - flags[::-1].index(True)
    header = [ln for ln, f in zip(lines[:first], flags[:first]) if not f]
    inside = [ln for ln, f in zip(lines[first:last + 1], flags[first:last + 1]) if not f]
    footer = [ln for ln, f in zip(lines[last + 1:], flags[last + 1:]) if not f]
    return header, inside, footer


def graft(recipient: dict, blocks: tuple[list[str], list[str], list[str]]) -> tuple[str, set[int]]:
    """The recipient's page text with the donor's chrome grafted in; also the grafted line numbers."""
    header, inside, footer = blocks
    lines = [ln.strip() for ln in recipient["page_text"].splitlines() if ln.strip()]
    gold_toks = toks(recipient["gold"])
    body_idx = [i for i, ln in enumerate(lines) if in_gold(ln, gold_toks)]
    mid = body_idx[len(body_idx) // 2] + 1 if body_idx else len(lines)
    new = header + lines[:mid] + inside + lines[mid:] + footer
    grafted = set(range(1, len(header) + 1))
    grafted |= set(range(len(header) + mid + 1, len(header) + mid + len(inside) + 1))
    grafted |= set(range(len(new) - len(footer) + 1, len(new) + 1))
    return "\n".join(new), grafted


def synthetic_sites(records: list[dict], donors: int, site_pages: int, k: int) -> dict:
    sh = [r for r in records if r["dataset"] == "scrapinghub" and r.get("gold")]
    candidates = []
    for r in sh:
        blocks = chrome_blocks(r)
        # A donor whose chrome is thin says little: take pages with a real header and footer.
        if blocks and len(blocks[0]) >= 5 and len(blocks[2]) >= 5:
            candidates.append((r, blocks))
    step = max(1, len(candidates) // donors)
    chosen = candidates[::step][:donors]
    totals = defaultdict(int)
    per_site = []
    lost_examples, missed_examples = [], []
    plain = Cleaner()
    with tempfile.TemporaryDirectory() as tmp:
        for n, (donor, blocks) in enumerate(chosen):
            host = f"site{n}.synthetic.example"
            others = [r for r in sh if r["id"] != donor["id"]]
            offset = (n * site_pages) % len(others)
            recipients = (others[offset:] + others[:offset])[:site_pages]
            chrome_toks = {toks(ln) for block in blocks for ln in block}
            pages = []
            for i, rec in enumerate(recipients):
                text, grafted = graft(rec, blocks)
                pages.append((f"https://{host}/article/{i}", text, grafted, rec))
            path = Path(tmp) / f"{host}.json"
            learn((url, text) for url, text, _, _ in pages).save(path)
            site = Cleaner(Config(profile=str(path), site_min_pages=k))
            s = defaultdict(int)
            for url, text, grafted, rec in pages:
                before, after = plain.explain(text, url), site.explain(text, url)
                kept_b = {d.line_number for d in before.decisions if d.keep}
                kept_a = {d.line_number for d in after.decisions if d.keep}
                s["grafted_chrome_lines"] += len(grafted)
                s["grafted_kept_single_page"] += len(grafted & kept_b)
                s["grafted_kept_with_site"] += len(grafted & kept_a)
                s["grafted_removed_only_by_site"] += len((grafted & kept_b) - kept_a)
                gold_toks = toks(rec["gold"])
                for d in after.decisions:
                    if d.line_number in kept_b and not d.keep and d.line_number not in grafted:
                        s["own_lines_removed_only_by_site"] += 1
                        if in_gold(d.line, gold_toks):
                            # A recipient line that is word for word one of the grafted chrome lines (the
                            # donor's "related stories" list naming the recipient's own article) is on every
                            # page of the made-up site: no site-level method can tell it apart.
                            key = "own_gold_lines_equal_to_grafted_chrome" if toks(d.line) in chrome_toks \
                                else "own_gold_lines_lost"
                            s[key] += 1
                            lost_examples.append(f"{host}: {'(= grafted chrome) ' if key != 'own_gold_lines_lost' else ''}{d.line[:80]}")
                for d in after.decisions:
                    if d.line_number in grafted and d.keep and len(missed_examples) < 15:
                        missed_examples.append(f"{host}: {d.line[:80]}")
                lost = paragraphs_lost(rec["gold"], before.text, after.text)
                artefacts = [p for p in lost if toks(p) in chrome_toks]
                s["gold_paragraphs"] += len(gold_paragraphs(rec["gold"]))
                s["gold_paragraphs_lost"] += len(lost) - len(artefacts)
                s["gold_paragraphs_equal_to_grafted_chrome"] += len(artefacts)
            per_site.append({"host": host, "donor": donor["id"], "pages": len(pages),
                             "chrome_block_lines": [len(b) for b in blocks], **s})
            for key, v in s.items():
                totals[key] += v
    return {"k": k, "sites": len(per_site), "pages_per_site": site_pages, "totals": dict(totals),
            "per_site": per_site, "examples_still_kept": missed_examples,
            "examples_gold_lost": lost_examples[:25]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_bench_args(parser)
    parser.add_argument("--donors", type=int, default=10, help="synthetic sites (donor pages) (default: 10)")
    parser.add_argument("--site-pages", type=int, default=20, help="pages per synthetic site (default: 20)")
    parser.add_argument("--out", type=Path, help="also write the full results as JSON here")
    args = parser.parse_args()
    score = load_score(args.bench_dir)
    records = load_records(args.bench_dir, limit=args.limit)
    k_default = Config().site_min_pages
    real = real_sites(records, tuple(sorted({2, k_default})), score)
    synth = synthetic_sites(records, args.donors, args.site_pages, k_default)

    print("== 1. real multi-page sites in the dev set")
    for ds, h in real["hosts"].items():
        print(f"{ds}: {h['pages']} pages with a URL host on {h['hosts']} hosts; "
              f"{h['hosts_with_2plus_pages']} hosts have >= 2 pages ({h['pages_on_those_hosts']} pages); "
              f"largest {h['largest']}; {h['pages_without_url_host']} pages without a URL")
    p = real["profile"]
    print(f"profile of all dev pages: {p['hosts']} hosts, {p['lines_stored']} lines stored, {p['bytes']} bytes, "
          f"learned in {p['learn_cpu_s']} s CPU")
    for run, res in real["runs"].items():
        c = res["counts"]
        print(f"-- {run}")
        for ds in ("scrapinghub", "trafilatura-eval"):
            print(f"  {ds}: site stage dropped {c.get(ds + ':site_drops', 0)} lines, "
                  f"{c.get(ds + ':site_drops_kept_by_single_page', 0)} of them kept by single-page cleaning"
                  + (f", {c.get(ds + ':of_which_in_gold', 0)} of those in the gold" if ds == "scrapinghub" else ""))
        print(f"  scrapinghub gold paragraphs lost: {c.get('scrapinghub:gold_paragraphs_lost', 0)} "
              f"of {c.get('scrapinghub:gold_paragraphs', 0)}")
        for name, sc in res["scores"].items():
            print(f"  {name}: " + "; ".join(f"{ds} " + " ".join(f"{m}={v}" for m, v in m_.items())
                                            for ds, m_ in sc.items()))
        for ex in res["examples_chrome_removed"][:10]:
            print(f"    chrome removed: {ex}")
        for ex in res["examples_body_lost"][:10]:
            print(f"    BODY LOST:      {ex}")

    print(f"\n== 2. synthetic sites (real chrome of {synth['sites']} donor pages grafted onto "
          f"{synth['pages_per_site']} other scrapinghub pages each; K={synth['k']})")
    t = synth["totals"]
    print(f"grafted chrome lines: {t['grafted_chrome_lines']}; kept by single-page cleaning: "
          f"{t['grafted_kept_single_page']}; kept with the site stage: {t['grafted_kept_with_site']} "
          f"(removed only by the site stage: {t['grafted_removed_only_by_site']})")
    print(f"recipients' own lines removed only by the site stage: {t.get('own_lines_removed_only_by_site', 0)}, "
          f"of which in their gold: {t.get('own_gold_lines_lost', 0)} (+ "
          f"{t.get('own_gold_lines_equal_to_grafted_chrome', 0)} identical to a grafted chrome line)")
    print(f"gold paragraphs lost: {t['gold_paragraphs_lost']} of {t['gold_paragraphs']} (+ "
          f"{t.get('gold_paragraphs_equal_to_grafted_chrome', 0)} identical to a grafted chrome line)")
    for ex in synth["examples_still_kept"][:8]:
        print(f"    grafted chrome still kept: {ex}")
    for ex in synth["examples_gold_lost"][:8]:
        print(f"    GOLD LOST: {ex}")
    if args.out:
        args.out.write_text(json.dumps({"real": real, "synthetic": synth}, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
