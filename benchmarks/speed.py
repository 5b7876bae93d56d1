"""Speed: pages/s, MB/s per core and peak memory of the cleaner and its peers, cost per
MB from 1 KB to 20 MB pages, and a plot of quality against speed.

    python benchmarks/speed.py [--bench-dir ../shared/corpus-bench] [--limit N] [--sizes 1e3,...]
                               [--plot benchmarks/quality_vs_speed.png] [--out speed.json]
    python benchmarks/speed.py --profile 300      # cProfile of the cleaner on 300 dev pages

Every system runs in its own child process, one after the other in the same run, on the same dev pages:
the cleaner, jusText and the C4 line filter on ``page_text`` (``peers.py``), trafilatura on the ``html``
(``html_peers.py``). Time is the child's CPU time (``time.process_time``) after a warm-up, so "per core"
holds and other load on the machine does not count; wall time is reported beside it. MB are MB
(10^6 bytes) of UTF-8 page text for every system, trafilatura included (its HTML is several times
larger; its HTML MB/s is shown too), so the speeds are comparable. Peak memory is the child's peak RSS
(``ru_maxrss``) and its increase over the RSS after loading the data. Quality is scrapinghub F1 from
corpus-bench's ``score.py`` on the same outputs.

Cost per MB: synthetic pages of each size are built by concatenating real dev page texts in file order
(cycling when more text is needed), each cleaned in its own child; flat seconds-per-MB means linear.

The cleaner runs twice: with its compiled core and on the pure-Python path (``CLEANER_PURE_PYTHON=1``,
the fallback of installs without a C compiler), so the gain of the core is a ratio from the same run.

Targets: >= 4x faster than jusText; at most 5x the C4 filter's time; flat cost per MB from a 10 KB to a
20 MB page; a 20 MB page's peak memory increase under 10x its size.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from _common import add_bench_args, load_records, load_score  # noqa: E402

#: name -> (input field, "module:function", takes lang)
SYSTEMS = {
    "cleaner": ("page_text", "_common:run_cleaner", True),
    "cleaner, pure Python": ("page_text", "_common:run_cleaner", True),
    "C4 line filter": ("page_text", "peers:c4_line_filter", True),
    "jusText on the text": ("page_text", "peers:justext_paragraphs", True),
    "trafilatura on HTML": ("html", "html_peers:trafilatura_default", False),
}
DEFAULT_SIZES = (1e3, 1e4, 1e5, 1e6, 2e6, 1e7, 2e7)
#: The systems that run in a child with the compiled core switched off.
PURE_PYTHON = {"cleaner, pure Python"}
WARMUP_PAGES = 5


def _func(spec: str):
    module, name = spec.split(":")
    return getattr(__import__(module), name)


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


# ---------------------------------------------------------------- children

def child_system(name: str, bench_dir: Path, limit: int | None, out_path: Path) -> None:
    field, spec, takes_lang = SYSTEMS[name]
    records = load_records(bench_dir, limit=limit, keep_html=(field == "html"))
    inputs = [(r["id"], r[field] or "", r.get("lang") or "en", len((r["page_text"] or "").encode()),
               len((r[field] or "").encode())) for r in records]
    del records
    fn = _func(spec)
    call = (lambda text, lang: fn(text, lang)) if takes_lang else (lambda text, lang: fn(text))
    for _, text, lang, _, _ in inputs[:WARMUP_PAGES]:
        call(text, lang)
    base_rss = _rss_mb()
    outputs = {}
    wall0, cpu0 = time.perf_counter(), time.process_time()
    for rid, text, lang, _, _ in inputs:
        outputs[rid] = call(text, lang)
    cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
    out_path.write_text(json.dumps({
        "system": name, "field": field, "pages": len(inputs), "cpu_s": cpu, "wall_s": wall,
        "text_bytes": sum(i[3] for i in inputs), "input_bytes": sum(i[4] for i in inputs),
        "peak_rss_mb": _rss_mb(), "base_rss_mb": base_rss, "outputs": outputs,
    }))


def child_size(size: float, bench_dir: Path, out_path: Path, system: str) -> None:
    records = load_records(bench_dir)
    texts = [r["page_text"] for r in records if r["page_text"]]
    del records
    fn = _func(SYSTEMS[system][1])
    target = int(size)
    parts, total, i = [], 0, 0
    while total < target:
        t = texts[i % len(texts)]
        parts.append(t)
        total += len(t.encode()) + 1
        i += 1
    page = "\n".join(parts)
    if len(page.encode()) > target:  # cut at a line end near the target size
        cut = page.encode()[:target].decode("utf-8", "ignore")
        page = cut[:cut.rfind("\n")] if "\n" in cut else cut
    del texts, parts
    fn(texts_small := "Warm up.\nHome\nThis is a sentence that warms up the caches of every stage.", "en")
    del texts_small
    base_rss = _rss_mb()
    runs, cpu0 = 0, time.process_time()
    while True:  # small pages: repeat until the time is measurable
        fn(page, "en")
        runs += 1
        cpu = time.process_time() - cpu0
        if cpu >= 0.5 or runs >= 1000 or size > 1e6:
            break
    nbytes = len(page.encode())
    out_path.write_text(json.dumps({"size": nbytes, "runs": runs, "cpu_s": cpu,
                                    "s_per_mb": cpu / runs / (nbytes / 1e6),
                                    "peak_rss_mb": _rss_mb(), "base_rss_mb": base_rss}))


def _spawn(args: list[str], out: Path, pure_python: bool = False) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), *args, "--child-out", str(out)]
    subprocess.run(cmd, check=True, env={**os.environ, "CLEANER_PURE_PYTHON": "1"} if pure_python else None)
    return json.loads(out.read_text())


# ---------------------------------------------------------------- parent

def measure_systems(bench_dir: Path, limit: int | None, tmp: Path) -> list[dict]:
    results = []
    for n, name in enumerate(SYSTEMS):
        print(f"  running {name} ...", file=sys.stderr, flush=True)
        extra = ["--limit", str(limit)] if limit else []
        results.append(_spawn(["--child-system", name, "--bench-dir", str(bench_dir), *extra], tmp / f"s{n}.json",
                              pure_python=name in PURE_PYTHON))
    return results


def measure_sizes(bench_dir: Path, sizes: list[float], tmp: Path, system: str = "cleaner") -> list[dict]:
    out = []
    for n, size in enumerate(sizes):
        print(f"  {system} on a {size / 1e6:g} MB page ...", file=sys.stderr, flush=True)
        out.append(_spawn(["--child-size", str(size), "--size-system", system, "--bench-dir", str(bench_dir)],
                          tmp / f"z{n}.json"))
    return out


def quality(score, records: list[dict], outputs: dict[str, str]) -> float:
    sh = [r for r in records if r["dataset"] == "scrapinghub"]
    return score.score_all(sh, outputs)["scrapinghub"]["F1"]


def report(results: list[dict], f1: dict[str, float]) -> list[dict]:
    ref = next(r for r in results if r["system"] == "cleaner")
    rows = []
    for r in results:
        rows.append({
            "system": r["system"], "input": r["field"], "pages": r["pages"],
            "pages_per_s": r["pages"] / r["cpu_s"], "mb_per_s": r["text_bytes"] / 1e6 / r["cpu_s"],
            "input_mb_per_s": r["input_bytes"] / 1e6 / r["cpu_s"], "cpu_s": r["cpu_s"], "wall_s": r["wall_s"],
            "peak_rss_mb": r["peak_rss_mb"], "rss_increase_mb": r["peak_rss_mb"] - r["base_rss_mb"],
            "time_vs_cleaner": r["cpu_s"] / ref["cpu_s"], "f1_scrapinghub": f1[r["system"]],
        })
    print(f"\n{'system':<22} {'pages/s':>8} {'MB/s/core':>9} {'input MB/s':>10} {'CPU s':>7} {'wall s':>7} "
          f"{'peak MB':>8} {'+MB':>6} {'time/cleaner':>12} {'F1 (SH)':>7}")
    for row in rows:
        print(f"{row['system']:<22} {row['pages_per_s']:8.1f} {row['mb_per_s']:9.2f} {row['input_mb_per_s']:10.2f} "
              f"{row['cpu_s']:7.1f} {row['wall_s']:7.1f} {row['peak_rss_mb']:8.0f} {row['rss_increase_mb']:6.0f} "
              f"{row['time_vs_cleaner']:12.2f} {row['f1_scrapinghub']:7.3f}")
    by = {row["system"]: row for row in rows}
    print("\ntargets:")
    js = by["jusText on the text"]["time_vs_cleaner"]
    print(f"  >= 4x faster than jusText: {js:.2f}x -> {'met' if js >= 4 else 'NOT met'}")
    c4 = 1 / by["C4 line filter"]["time_vs_cleaner"]
    print(f"  at most 5x the C4 filter's time: cleaner takes {c4:.1f}x its time -> {'met' if c4 <= 5 else 'NOT met'}")
    pure = by["cleaner, pure Python"]["time_vs_cleaner"]
    print(f"  (the compiled core is {pure:.2f}x as fast as the pure-Python path)")
    tr = by["trafilatura on HTML"]["time_vs_cleaner"]
    print(f"  (trafilatura on the HTML takes {tr:.2f}x the cleaner's time)")
    return rows


def report_sizes(sizes: list[dict]) -> None:
    print(f"\n{'page size':>10} {'runs':>5} {'s per MB':>9} {'vs 100 KB':>9} {'peak MB':>8} {'+MB':>7}")
    ref = next((s for s in sizes if s["size"] >= 9e4), sizes[0])
    for s in sizes:
        print(f"{s['size'] / 1e6:9.3f}M {s['runs']:5d} {s['s_per_mb']:9.3f} {s['s_per_mb'] / ref['s_per_mb']:9.2f} "
              f"{s['peak_rss_mb']:8.0f} {s['peak_rss_mb'] - s['base_rss_mb']:7.0f}")
    flat = [s["s_per_mb"] for s in sizes if 9e3 <= s["size"] <= 2.1e7]
    if flat:
        spread = max(flat) / min(flat)
        print(f"  cost per MB from 10 KB to 20 MB varies by {spread:.2f}x -> "
              f"{'flat (linear)' if spread <= 1.5 else 'NOT flat'}")
    for s in sizes:
        if s["size"] >= 1e7:
            times = (s["peak_rss_mb"] - s["base_rss_mb"]) / (s["size"] / 1e6)
            print(f"  a {s['size'] / 1e6:.0f} MB page raises peak memory by {times:.1f}x its size -> "
                  f"{'met' if times < 10 else 'NOT met'} (target < 10x)")


def plot(rows: list[dict], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6.4, 4.2), dpi=100)
    for row in rows:
        is_me = row["system"] == "cleaner"
        ax.scatter(row["mb_per_s"], row["f1_scrapinghub"], s=70 if is_me else 45,
                   marker="*" if is_me else "o", color="C3" if is_me else "C0", zorder=3)
        ax.annotate(f"{row['system']}\n{row['mb_per_s']:.2f} MB/s, F1 {row['f1_scrapinghub']:.3f}",
                    (row["mb_per_s"], row["f1_scrapinghub"]), textcoords="offset points", xytext=(6, 4), fontsize=8)
    ax.axvline(10, color="grey", ls="--", lw=0.8)
    ax.set_xscale("log")
    ax.set_xlabel("speed: MB of page text per second per core (log scale)")
    ax.set_ylabel("quality: ScrapingHub F1")
    ax.set_title("Quality against speed on the corpus-bench dev pages", fontsize=10)
    ax.grid(True, which="both", lw=0.3, alpha=0.5)
    xs = [row["mb_per_s"] for row in rows] + [10]
    ys = [row["f1_scrapinghub"] for row in rows]
    ax.set_xlim(min(xs) / 2, max(xs) * 6)
    pad = (max(ys) - min(ys)) * 0.15 or 0.05
    ax.set_ylim(min(ys) - pad, max(ys) + pad)
    ax.text(10, ax.get_ylim()[0], " target 10 MB/s", fontsize=7, color="grey", va="bottom")
    fig.tight_layout()
    fig.savefig(path)
    print(f"\nplot written to {path}")


def profile(bench_dir: Path, pages: int, top: int = 25) -> None:
    import cProfile
    import pstats

    from cleaner import clean

    records = [r for r in load_records(bench_dir, limit=pages)]
    clean(records[0]["page_text"])
    prof = cProfile.Profile()
    prof.enable()
    for r in records:
        clean(r["page_text"])
    prof.disable()
    mb = sum(len(r["page_text"].encode()) for r in records) / 1e6
    print(f"cProfile of cleaner.clean on {len(records)} pages ({mb:.2f} MB):")
    stats = pstats.Stats(prof)
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_bench_args(parser)
    parser.add_argument("--sizes", default=",".join(f"{s:g}" for s in DEFAULT_SIZES),
                        help="page sizes in bytes for the cost-per-MB curve (comma-separated; empty: skip)")
    parser.add_argument("--plot", type=Path, default=HERE / "quality_vs_speed.png", help="PNG to write")
    parser.add_argument("--out", type=Path, help="also write all results as JSON here")
    parser.add_argument("--profile", type=int, metavar="PAGES", help="only cProfile the cleaner on PAGES pages")
    parser.add_argument("--child-system", help=argparse.SUPPRESS)
    parser.add_argument("--child-size", type=float, help=argparse.SUPPRESS)
    parser.add_argument("--size-system", default="cleaner", help=argparse.SUPPRESS)
    parser.add_argument("--child-out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_system:
        return child_system(args.child_system, args.bench_dir, args.limit, args.child_out)
    if args.child_size:
        return child_size(args.child_size, args.bench_dir, args.child_out, args.size_system)
    if args.profile:
        return profile(args.bench_dir, args.profile)

    score = load_score(args.bench_dir)
    records = load_records(args.bench_dir, limit=args.limit)
    print(f"{len(records)} dev pages, {sum(len(r['page_text'].encode()) for r in records) / 1e6:.1f} MB of page "
          f"text; CPU {os.cpu_count()} cores; Python {sys.version.split()[0]}", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        results = measure_systems(args.bench_dir, args.limit, Path(tmp))
        f1 = {r["system"]: quality(score, records, r.pop("outputs")) for r in results}
        rows = report(results, f1)
        sizes = [float(s) for s in args.sizes.split(",") if s.strip()]
        size_rows = measure_sizes(args.bench_dir, sizes, Path(tmp)) if sizes else []
        if size_rows:
            report_sizes(size_rows)
    if args.plot:
        plot(rows, args.plot)
    if args.out:
        args.out.write_text(json.dumps({"systems": rows, "sizes": size_rows}, indent=1))


if __name__ == "__main__":
    main()
