"""Long fuzz of the cleaner through its API and its CLI, plus the heavy inputs that once backtracked or grew worse than linearly.

    python benchmarks/stress.py                     # 100,000 inputs through the API, 2,000 through the CLI
    python benchmarks/stress.py --n 20000 --seed 7  # smaller run, fixed seed
    python benchmarks/stress.py --no-heavy          # skip the 20 MB / 500,000-line / linearity cases
    python benchmarks/stress.py --mb 0.25,1,4       # linearity at smaller sizes (default 1,4,16)

No hypothesis: inputs come from seeded ``random.Random`` generators, input ``i`` from
``Random(f"{seed}:{i}")``, so any failure is reproduced from (seed, i) alone; each failing input is
also saved to ``benchmarks/out/`` (JSON with the input, the check and the message, plus a small
reproducer script).

Checks on every API input: no exception; the output's lines are an ordered subsequence of the input's
stripped non-blank lines; no leading/trailing blank line; for generated articles, every body paragraph
comes out in order. On a sample: idempotence (``clean(clean(x)) == clean(x)``) and determinism (a
second call and a fresh ``Cleaner()`` agree). CLI inputs go through ``python -m cleaner --jsonl`` in
batches (one record per input, compared with the API) and, for a share of them, one subprocess per
input on stdin (bytes in, compared byte for byte). Heavy cases: a 20 MB single line, 500,000 short
lines, random binary decoded with errors='replace', and time per MB at three sizes per input shape
(ratios reported; a ratio above 2 counts as a failure: time must grow linearly).

Reports how many inputs ran, how long it took, and every failure found. Exit 1 if anything failed.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import multiprocessing
import os
import random
import subprocess
import sys
import time
import traceback
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
OUT = Path(__file__).resolve().parent / "out"
LINE_BREAK = regex.compile(r"\r\n|\r|\n")


def _read(name: str) -> list[str]:
    path = DATA / name
    return [ln.strip() for ln in path.read_text("utf-8").splitlines() if ln.strip()] if path.exists() else []


PROSE = {"en": _read("prose.txt"), "de": _read("prose_de.txt"), "es": _read("prose_es.txt")}
if not PROSE["en"]:
    PROSE["en"] = ["The council voted on Tuesday to extend the night bus service for two more years, after a "
                   "long debate in which several members asked whether the routes were used enough to justify "
                   "what they cost the city every year."]

CHROME = ["Home", "News", "World", "Sport", "Business", "Menu", "Search", "Skip to content", "Listen Live",
          "Get short URL", "Community standards", "Community standardsDiscussion", "SubscribeSign In",
          "Share | Tweet | Email", "Facebook · Twitter · LinkedIn", "Home » News » World", "12 comments",
          "1.2K shares", "345 views", "02:36 GMT 04 March 2021", "02:36 GMT04 March 2021",
          "Updated Nov 19, 2019 6:55 AM", "Monday, 4 March 2021", "militants, OSCE, Daesh, Sergei Lavrov, Aleppo",
          "Battle Against Daesh in Syria (180)", "Comments (12)", "Related articles", "Advertisement",
          "Read more", "Most popular", "© 2021 Example Media. All rights reserved.", "Privacy Policy",
          "Cookie settings", "Subscribe to our newsletter", "Sign up for our newsletter", "Back to top",
          "We use cookies to improve your experience on our site.", "By Jane Doe", "Teilen", "Kommentare",
          "Compartir", "Inicio", "Aktualisiert am 04.03.2021, 14:32 Uhr", "4 de marzo de 2021"]
HEADLINE_WORDS = ("Doobie Brothers Reunite Michael McDonald Tour Government Announces New Budget Plan Storm Hits "
                  "Coast Thousands Without Power Minister Resigns After Scandal Scientists Discover Ancient City "
                  "Champions League Final Preview Markets Rally Oil Prices Fall Record Low Police Investigate").split()
ODD = ["\x00", "\ud800", "\udfff", "\udc80", "\ufeff", "\u200b", "\u200d", "\u202e", "\u2028", "\u2029", "\x85",
       "\x1c", "\ufffd", "\U0001f600", "\t", "\x0b", "\x0c", "\u00a0", "\u3000", "»", "|", "©", "…"]
BREAKS = ["\n", "\n", "\n", "\n\n", "\r\n", "\r", "\n \n", "\r\n\r\n"]


# ------------------------------------------------------------------------------------------------
# Generators: each returns (kind, text, body) where body is the list of paragraphs that must survive
# (empty when the input is not a generated article).

def gen_article(rng: random.Random):
    lang = rng.choice(["en", "en", "en", "de", "es"]) if PROSE["de"] and PROSE["es"] else "en"
    prose = PROSE[lang]
    body = rng.sample(prose, rng.randint(1, min(6, len(prose))))

    def chrome_run():
        out = []
        for _ in range(rng.randint(0, 5)):
            if rng.random() < 0.25:
                out += [" ".join(rng.choices(HEADLINE_WORDS, k=rng.randint(3, 9))) for _ in range(rng.randint(3, 7))]
            else:
                out.append(rng.choice(CHROME))
        return out

    lines = chrome_run()
    for j, para in enumerate(body):
        if j and rng.random() < 0.4:
            lines.append(rng.choice(CHROME))
        lines.append(para)
    lines += chrome_run()
    sep = rng.choice(["\n", "\n", "\n\n", "\r\n", "\r"])
    return "article", sep.join(lines), body


def _random_char(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.5:
        return chr(rng.randint(0x20, 0x7e))
    if r < 0.6:
        return rng.choice(ODD)
    if r < 0.7:
        return chr(rng.randint(0, 0x1f))
    if r < 0.9:
        return chr(rng.randint(0xa0, 0x2fff))
    return chr(rng.randint(0, 0x10ffff))  # surrogates included


def gen_unicode(rng: random.Random):
    return "unicode", "".join(_random_char(rng) for _ in range(rng.randint(0, 400))), []


def gen_lines(rng: random.Random):
    pool = [lambda: rng.choice(PROSE["en"] + PROSE["de"] + PROSE["es"]), lambda: rng.choice(CHROME),
            lambda: " ".join(rng.choices(HEADLINE_WORDS, k=rng.randint(1, 9))),
            lambda: "".join(_random_char(rng) for _ in range(rng.randint(0, 60))).replace("\n", " ").replace("\r", " "),
            lambda: rng.choice(["", " ", "\t", "\u00a0", "\u3000", "\u200b", "\x0c"])]
    parts = []
    for _ in range(rng.randint(0, 30)):
        parts += [rng.choice(pool)(), rng.choice(BREAKS)]
    return "lines", "".join(parts[:-1]), []


def gen_mutated(rng: random.Random):
    """An article page after random damage: lines dropped, duplicated, swapped, characters inserted."""
    _, text, _ = gen_article(rng)
    lines = LINE_BREAK.split(text)
    for _ in range(rng.randint(1, 6)):
        op = rng.choice(["drop", "dup", "swap", "insert", "truncate", "case", "break"])
        if not lines:
            break
        i = rng.randrange(len(lines))
        if op == "drop":
            del lines[i]
        elif op == "dup":
            lines.insert(rng.randrange(len(lines) + 1), lines[i])
        elif op == "swap":
            j = rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "insert":
            k = rng.randint(0, len(lines[i]))
            lines[i] = lines[i][:k] + "".join(_random_char(rng) for _ in range(rng.randint(1, 5))) + lines[i][k:]
        elif op == "truncate":
            lines[i] = lines[i][: rng.randint(0, len(lines[i]))]
        elif op == "case":
            lines[i] = rng.choice([str.upper, str.lower, str.title])(lines[i])
        else:
            k = rng.randint(0, len(lines[i]))
            lines[i:i + 1] = [lines[i][:k], lines[i][k:]]
    return "mutated", rng.choice(BREAKS).join(lines), []


def gen_binary(rng: random.Random):
    data = rng.randbytes(rng.randint(0, 2000))
    return "binary", data.decode("utf-8", errors="replace"), []


def gen_long(rng: random.Random):
    """A long line (up to 4,000 characters: the heavy cases and tests/test_regex_safety.py go bigger) of a repeated unit: runs of separators, digits, brackets..."""
    unit = rng.choice([".", "|", " | ", "»", "(", ")", "1", "a", "A ", "word ", "1,2 ", "-", "\u200b", "😀", "a.",
                       "Home | ", "(1)", "https://example.com/a/b?c=d&", "".join(_random_char(rng) for _ in range(3))])
    n = rng.randint(200, 4_000)
    line = (unit * (n // max(1, len(unit)) + 1))[:n]
    frame = rng.choice(["{}", "a{}a", "Home {} News", "{}\nThe end.", rng.choice(PROSE["en"]) + "\n{}"])
    return "long", frame.format(line), []


GENERATORS = [(gen_article, 30), (gen_unicode, 15), (gen_lines, 25), (gen_mutated, 20), (gen_binary, 7),
              (gen_long, 2)]


def generate(seed: int, i: int):
    rng = random.Random(f"{seed}:{i}")
    gens, weights = zip(*GENERATORS)
    return rng.choices(gens, weights)[0](rng)


# ------------------------------------------------------------------------------------------------
# Checks

#: What the cleaner trims from line edges: whitespace and the invisible BOM, zero-width space, word joiner.
EDGE_SPACE = "".join(chr(c) for c in range(0x3001) if chr(c).isspace()) + "\ufeff\u200b\u2060"


def input_lines(text: str) -> list[str]:
    """Trimmed non-blank lines; a leading byte-order mark is not part of the text (the API drops it)."""
    return [ln.strip(EDGE_SPACE) for ln in LINE_BREAK.split(text.removeprefix("\ufeff")) if ln.strip(EDGE_SPACE)]


def output_lines(text: str) -> list[str]:
    return [ln for ln in text.split("\n") if ln]


def input_pieces(text: str) -> list[str]:
    """The input lines, a line too long to be one block as its pieces (``cleaner.segment``): what output
    lines may be."""
    from cleaner import lexicon, segment
    chrome = lexicon.load().whole
    return [p for line in input_lines(text) for piece in segment.pieces(line, chrome) if (p := piece.strip(EDGE_SPACE))]


def is_subsequence(needles, haystack) -> bool:
    it = iter(haystack)
    return all(any(n == h for h in it) for n in needles)


def check_api(text: str, body: list[str], deep: bool) -> list[tuple[str, str]]:
    """(check, message) for every property ``text`` violates."""
    from cleaner import Cleaner, clean
    try:
        out = clean(text)
    except Exception:  # noqa: BLE001 - a crash is exactly what we look for
        return [("exception", traceback.format_exc(limit=6))]
    problems = []
    if not isinstance(out, str):
        return [("type", f"clean returned {type(out).__name__}")]
    if out and (out[0] == "\n" or out[-1] == "\n"):
        problems.append(("format", "leading or trailing blank line"))
    if not is_subsequence(output_lines(out), input_pieces(text)):
        problems.append(("subsequence", "output lines are not an ordered subsequence of the input lines"))
    if body:
        got = output_lines(out)
        lost = [p for p in body if p not in got]
        if lost:
            problems.append(("body-survival", f"lost {len(lost)} body paragraph(s): {[p[:60] for p in lost]}"))
        elif not is_subsequence(body, got):
            problems.append(("body-survival", "body paragraphs out of order"))
    if deep:
        try:
            again = clean(out)
            if again != out:
                problems.append(("idempotence", f"clean(clean(x)) != clean(x): {len(output_lines(out))} lines "
                                                f"-> {len(output_lines(again))}"))
            if clean(text) != out or Cleaner()(text) != out:
                problems.append(("determinism", "a second call or a fresh Cleaner() gave another output"))
        except Exception:  # noqa: BLE001
            problems.append(("exception", traceback.format_exc(limit=6)))
    return problems


def _api_chunk(args: tuple[int, int, int, float]) -> tuple[int, list[dict], dict[str, int]]:
    seed, start, stop, deep_share = args
    failures, kinds = [], {}
    for i in range(start, stop):
        kind, text, body = generate(seed, i)
        kinds[kind] = kinds.get(kind, 0) + 1
        deep = random.Random(f"deep:{seed}:{i}").random() < deep_share
        for check, message in check_api(text, body, deep):
            failures.append({"via": "api", "seed": seed, "index": i, "kind": kind, "check": check,
                             "message": message})
    return stop - start, failures, kinds


# ------------------------------------------------------------------------------------------------
# CLI

CLI = [sys.executable, "-m", "cleaner"]


def cli_available() -> bool:
    return importlib.util.find_spec("cleaner.cli") is not None and importlib.util.find_spec("cleaner.__main__") is not None


def _cli_env() -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))


_API_CHILD = ("import json, sys\nfrom cleaner import clean\n"
              "print(json.dumps([clean(t) for t in json.load(sys.stdin)]))")


def api_in_child(texts: list[str], timeout: float) -> list[str]:
    """``clean`` of each text in a fresh interpreter: the code the CLI child runs, even while the
    source tree is being edited under a long stress run."""
    proc = subprocess.run([sys.executable, "-c", _API_CHILD], input=json.dumps(texts).encode("ascii"),
                          capture_output=True, timeout=timeout, env=_cli_env(), check=True)
    return json.loads(proc.stdout)


def cli_jsonl_batch(seed: int, indices: list[int], timeout: float) -> list[dict]:
    """One ``--jsonl`` subprocess over a batch of inputs; each output record compared with the API."""
    records, texts = [], {}
    for i in indices:
        kind, text, _ = generate(seed, i)
        texts[i] = (kind, text)
        records.append(json.dumps({"id": i, "text": text}))  # ensure_ascii: lone surrogates as \ud800
    payload = ("\n".join(records) + "\n").encode("ascii")
    fail = lambda i, check, msg: {"via": "cli-jsonl", "seed": seed, "index": i, "kind": texts.get(i, ("?",))[0],
                                  "check": check, "message": msg}
    try:
        proc = subprocess.run(CLI + ["--jsonl", "--format", "text", "-q", "-j", "1"], input=payload,
                              capture_output=True, timeout=timeout, env=_cli_env())
    except subprocess.TimeoutExpired:
        return [fail(indices[0], "cli-timeout", f"--jsonl batch of {len(indices)} took over {timeout}s")]
    if proc.returncode != 0 or b"Traceback" in proc.stderr:
        return [fail(indices[0], "cli-exit", f"--jsonl batch exit {proc.returncode}: "
                                              f"{proc.stderr.decode('utf-8', 'replace')[-800:]}")]
    # Split on b"\n" only: JSON output may carry U+2028, U+0085 ... raw, which str.splitlines() splits on.
    out_lines = [ln for ln in proc.stdout.split(b"\n") if ln.strip()]
    if len(out_lines) != len(indices):
        return [fail(indices[0], "cli-records", f"{len(indices)} records in, {len(out_lines)} out")]
    failures = []
    expected_all = dict(zip(indices, api_in_child([texts[i][1] for i in indices], timeout)))
    for i, line in zip(indices, out_lines):
        try:
            rec = json.loads(line)
        except ValueError as exc:
            failures.append(fail(i, "cli-json", f"output record is not JSON: {exc}"))
            continue
        expected = expected_all[i]
        if rec.get("id") != i:
            failures.append(fail(i, "cli-order", f"record {i} came out as {rec.get('id')}"))
        elif rec.get("text") != expected:
            # The CLI writes UTF-8: a lone surrogate cannot be written and may be replaced; compare so.
            if rec.get("text") != expected.encode("utf-8", "replace").decode("utf-8"):
                failures.append(fail(i, "cli-differs", "--jsonl output differs from clean()"))
    return failures


def cli_text_input(seed: int, i: int) -> tuple[str, bytes]:
    kind, text, _ = generate(seed, i)
    rng = random.Random(f"cli:{seed}:{i}")
    return kind, rng.randbytes(rng.randint(0, 3000)) if rng.random() < 0.15 else text.encode("utf-8", "surrogatepass")


def cli_text_one(seed: int, i: int, timeout: float, expected: str) -> list[dict]:
    """One ``python -m cleaner`` run on stdin with the input as UTF-8 bytes (or raw random bytes);
    ``expected`` is ``clean`` of the decoded input (computed by :func:`api_in_child`)."""
    kind, data = cli_text_input(seed, i)
    want = (expected.encode("utf-8", "replace") + b"\n") if expected else b""
    fail = lambda check, msg: {"via": "cli-text", "seed": seed, "index": i, "kind": kind, "check": check,
                               "message": msg, "bytes": data.hex()}
    try:
        proc = subprocess.run(CLI + ["--format", "text"], input=data, capture_output=True, timeout=timeout,
                              env=_cli_env())
    except subprocess.TimeoutExpired:
        return [fail("cli-timeout", f"took over {timeout}s")]
    if proc.returncode != 0 or b"Traceback" in proc.stderr:
        return [fail("cli-exit", f"exit {proc.returncode}: {proc.stderr.decode('utf-8', 'replace')[-800:]}")]
    if proc.stdout != want:
        return [fail("cli-differs", "stdout differs from clean() of the decoded input")]
    return []


# ------------------------------------------------------------------------------------------------
# Heavy cases

def _sized(make, size: int) -> str:
    return make(size)[:size]


def heavy_shapes(seed: int) -> dict:
    rng = random.Random(f"heavy:{seed}")
    prose = PROSE["en"] + PROSE["de"] + PROSE["es"]
    one_line_unit = " ".join(prose)

    def single_line(n):
        return (one_line_unit + " ") * (n // (len(one_line_unit) + 1) + 1)

    def short_lines(n):
        pool = CHROME + [" ".join(rng.choices(HEADLINE_WORDS, k=rng.randint(1, 4))) for _ in range(200)]
        out, size = [], 0
        while size < n:
            s = rng.choice(pool)
            out.append(s)
            size += len(s) + 1
        return "\n".join(out)

    def page(n):
        out, size = [], 0
        while size < n:
            s = rng.choice(prose) if rng.random() < 0.6 else rng.choice(CHROME)
            out.append(s)
            size += len(s) + 1
        return "\n".join(out)

    def binary(n):
        return random.Random(f"bin:{seed}:{n}").randbytes(n).decode("utf-8", errors="replace")

    return {"single line": single_line, "short lines": short_lines, "article page": page, "random binary": binary}


def timed_clean(text: str) -> tuple[float, str | None]:
    from cleaner import clean
    t = time.perf_counter()
    try:
        clean(text)
    except Exception:  # noqa: BLE001
        return time.perf_counter() - t, traceback.format_exc(limit=6)
    return time.perf_counter() - t, None


def run_heavy(seed: int, sizes_mb: list[float], big: bool, timeout: float, use_cli: bool) -> tuple[list[dict], list[str]]:
    failures, report = [], []
    mb = 1 << 20
    shapes = heavy_shapes(seed)
    if big:
        cases = {
            "20 MB single line": _sized(shapes["single line"], 20 * mb),
            "500,000 short lines": "\n".join(random.Random(seed).choice(CHROME + ["a", "1", "Yes", "x y"])
                                            for _ in range(500_000)),
            "random binary 4 MB (errors=replace)": shapes["random binary"](4 * mb),
        }
        for name, text in cases.items():
            elapsed, error = timed_clean(text)
            report.append(f"  {name:40s} {len(text) / mb:6.1f} MB  {elapsed:7.1f} s  ({elapsed / (len(text) / mb):.2f} s/MB)")
            if error:
                failures.append({"via": "api", "seed": seed, "index": -1, "kind": name, "check": "exception",
                                 "message": error})
            if use_cli:
                data = text.encode("utf-8", "surrogatepass")
                t = time.perf_counter()
                try:
                    proc = subprocess.run(CLI + ["--format", "text", "-q"], input=data, capture_output=True,
                                          timeout=timeout, env=_cli_env())
                    ok = proc.returncode == 0 and b"Traceback" not in proc.stderr
                    msg = f"exit {proc.returncode}: {proc.stderr.decode('utf-8', 'replace')[-500:]}"
                except subprocess.TimeoutExpired:
                    ok, msg = False, f"took over {timeout}s"
                report.append(f"  {name + ' (CLI)':40s} {len(data) / mb:6.1f} MB  {time.perf_counter() - t:7.1f} s")
                if not ok:
                    failures.append({"via": "cli-text", "seed": seed, "index": -1, "kind": name, "check": "cli-exit",
                                     "message": msg})
    report.append(f"  time per MB at {', '.join(f'{s:g}' for s in sizes_mb)} MB (ratios to the smallest; "
                  "linear growth keeps them within 2x, above 2 is a failure):")
    for name, make in shapes.items():
        per_mb = []
        for size in sizes_mb:
            text = _sized(make, int(size * mb))
            elapsed, error = timed_clean(text)
            if error:
                failures.append({"via": "api", "seed": seed, "index": -1, "kind": f"{name} {size} MB",
                                 "check": "exception", "message": error})
            per_mb.append(elapsed / size)
        ratios = [p / per_mb[0] for p in per_mb]
        report.append(f"    {name:15s} " + "  ".join(f"{s:g} MB: {p:6.2f} s/MB" for s, p in zip(sizes_mb, per_mb))
                      + "   ratios " + " ".join(f"{r:.2f}" for r in ratios))
        if max(ratios) > 2:  # slower per MB at a larger size; faster is fixed costs amortised
            failures.append({"via": "api", "seed": seed, "index": -1, "kind": name, "check": "nonlinear",
                             "message": f"time per MB ratios {', '.join(f'{r:.2f}' for r in ratios)} at "
                                        f"{sizes_mb} MB"})
    return failures, report


# ------------------------------------------------------------------------------------------------

def save_failure(failure: dict, n: int) -> Path:
    OUT.mkdir(parents=True, exist_ok=True)
    stem = f"failure-{failure['check']}-{failure['via']}-{failure['seed']}-{failure['index']}-{n}"
    record = dict(failure)
    if failure["index"] >= 0:
        kind, text, body = generate(failure["seed"], failure["index"])
        record.update(input=text, body=body)
    path = OUT / f"{stem}.json"
    path.write_text(json.dumps(record, ensure_ascii=True, indent=1), "ascii")
    (OUT / f"{stem}.py").write_text(
        "# Reproducer written by benchmarks/stress.py\n"
        "import json, sys\nfrom cleaner import clean, explain\n"
        f"case = json.load(open({str(path)!r}))\n"
        "text = case.get('input')\n"
        "if text is None:\n    sys.exit('heavy case: rerun benchmarks/stress.py --seed %d' % case['seed'])\n"
        "out = clean(text)\nprint(repr(out[:2000]))\nprint('idempotent:', clean(out) == out)\n"
        "for d in explain(text).decisions:\n"
        "    print('KEEP' if d.keep else 'DROP', d.stage, d.reason, d.line[:80], sep='\\t')\n", "utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=100_000, help="inputs through the API (default 100,000)")
    ap.add_argument("--cli-n", type=int, default=2_000, help="inputs through the CLI (default 2,000)")
    ap.add_argument("--cli-single-share", type=float, default=0.05,
                    help="share of the CLI inputs run one subprocess each on stdin (rest: --jsonl batches)")
    ap.add_argument("--batch", type=int, default=200, help="inputs per --jsonl subprocess")
    ap.add_argument("--seed", type=int, default=None, help="random seed (default: random, printed)")
    ap.add_argument("--deep-share", type=float, default=0.1, help="share checked for idempotence and determinism")
    ap.add_argument("--jobs", type=int, default=1, help="API worker processes")
    ap.add_argument("--no-heavy", action="store_true", help="skip the heavy cases")
    ap.add_argument("--no-big", action="store_true", help="heavy: skip the 20 MB / 500,000-line cases")
    ap.add_argument("--mb", default="1,4,16", help="sizes in MB for the linearity check (default 1,4,16)")
    ap.add_argument("--timeout", type=float, default=600, help="seconds before a CLI subprocess counts as hung")
    args = ap.parse_args(argv)
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(1 << 31)
    print(f"stress: seed {seed}  (rerun: python benchmarks/stress.py --seed {seed} --n {args.n} --cli-n {args.cli_n})",
          flush=True)
    t0 = time.perf_counter()
    failures: list[dict] = []

    # API
    chunk = 500
    tasks = [(seed, s, min(s + chunk, args.n), args.deep_share) for s in range(0, args.n, chunk)]
    ran, kinds = 0, {}
    t = time.perf_counter()
    if args.jobs > 1:
        with multiprocessing.get_context("spawn").Pool(args.jobs) as pool:
            results = pool.imap_unordered(_api_chunk, tasks)
            for count, fails, ks in results:
                ran += count
                failures += fails
                for k, v in ks.items():
                    kinds[k] = kinds.get(k, 0) + v
    else:
        for task in tasks:
            count, fails, ks = _api_chunk(task)
            ran += count
            failures += fails
            for k, v in ks.items():
                kinds[k] = kinds.get(k, 0) + v
            if ran % 5000 == 0:
                print(f"  api: {ran:,} inputs, {len(failures)} failures, {time.perf_counter() - t:.0f} s", flush=True)
    api_time = time.perf_counter() - t
    print(f"api: {ran:,} inputs in {api_time:.1f} s ({', '.join(f'{k} {v:,}' for k, v in sorted(kinds.items()))}), "
          f"~{int(ran * args.deep_share):,} also checked for idempotence and determinism", flush=True)

    # CLI
    cli_ran = 0
    use_cli = cli_available()
    if args.cli_n and not use_cli:
        print("cli: SKIPPED - cleaner/cli.py (python -m cleaner) is not there yet", flush=True)
    elif args.cli_n:
        t = time.perf_counter()
        base = args.n  # CLI inputs use indices after the API ones: new inputs, same generators
        n_single = int(args.cli_n * args.cli_single_share)
        batch_idx = list(range(base, base + args.cli_n - n_single))
        for s in range(0, len(batch_idx), args.batch):
            failures += cli_jsonl_batch(seed, batch_idx[s:s + args.batch], args.timeout)
            cli_ran += len(batch_idx[s:s + args.batch])
        singles = list(range(base + args.cli_n - n_single, base + args.cli_n))
        decoded = [cli_text_input(seed, i)[1].decode("utf-8", "replace").removeprefix("\ufeff") for i in singles]
        expected = api_in_child(decoded, args.timeout) if singles else []
        for i, want in zip(singles, expected):
            failures += cli_text_one(seed, i, args.timeout, want)
            cli_ran += 1
        print(f"cli: {cli_ran:,} inputs in {time.perf_counter() - t:.1f} s ({len(batch_idx):,} via --jsonl batches of "
              f"{args.batch}, {n_single:,} one process each on stdin)", flush=True)

    # Heavy
    if not args.no_heavy:
        t = time.perf_counter()
        sizes = [float(s) for s in args.mb.split(",")]
        fails, report = run_heavy(seed, sizes, not args.no_big, args.timeout, use_cli)
        failures += fails
        print(f"heavy cases ({time.perf_counter() - t:.1f} s):")
        print("\n".join(report), flush=True)

    total = time.perf_counter() - t0
    print(f"\nran {ran + cli_ran:,} generated inputs ({ran:,} API, {cli_ran:,} CLI) in {total:.1f} s; "
          f"{len(failures)} failure(s)")
    for n, failure in enumerate(failures):
        path = save_failure(failure, n)
        first = failure["message"].strip().splitlines()[-1][:300] if failure["message"].strip() else ""
        print(f"  FAIL {failure['check']} via {failure['via']} kind={failure['kind']} seed={failure['seed']} "
              f"index={failure['index']}: {first}\n       reproducer: {path.relative_to(ROOT)}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
