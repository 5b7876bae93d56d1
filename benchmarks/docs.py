"""Documentation pages: a genre corpus-bench does not have, with a gold made from the page's own markup.

corpus-bench is news and blogs. Users also clean documentation (API references, tutorials, FAQs), where
the body is full of short lines a news cleaner distrusts: code, signatures, table rows, headings that a
sidebar's table of contents repeats. Debian ships the Sphinx HTML of many Python projects; Sphinx marks
the body with ``role="main"`` (Django's theme: ``div.yui-g``), so every page brings its gold along.

This script downloads the doc packages with ``apt-get download`` (a Debian machine; no root needed),
renders each page exactly as corpus-bench renders ``page_text`` (Resiliparse 2.0.1, same options, same
tidy step), renders the main element the same way as the gold, and scores the text systems with
corpus-bench's metric (ScrapingHub shingle P/R/F1 and ParaR) in one run. Two sets:

- ``python3.11-doc``, the Python documentation, the set the rules were looked at on;
- ten other projects' docs, other themes (alabaster, Read the Docs, Django's, custom), held out:
  they only check that what helps on the first set generalises.

Each set takes at most ``--per-package`` pages per package (default 40 for the held-out set, every page
for the Python docs), skipping index, search and module-source pages; pages whose gold has fewer than
50 words are left out. Benchmark-only dependency: ``resiliparse`` (``pip install resiliparse==2.0.1``).

    python benchmarks/docs.py [--cache DIR] [--per-package N]
"""
from __future__ import annotations

import argparse
import random
import subprocess
from pathlib import Path

from _common import DEFAULT_BENCH_DIR, TEXT_SYSTEMS, load_score

TUNING_PACKAGES = ("python3.11-doc",)
HELD_OUT_PACKAGES = ("python-attr-doc", "python-black-doc", "python-bs4-doc", "python-celery-doc",
                     "python-django-doc", "python-flask-doc", "python-pytest-doc", "python-requests-doc",
                     "python-scrapy-doc", "python-sqlalchemy-doc")
#: Generated pages with no prose body of their own.
SKIPPED_PAGES = ("genindex", "/_modules/", "search.html", "py-modindex", "/_sources/", "/_static/")
#: The body element: Sphinx themes mark it with role="main"; Django's docs theme does not.
MAIN_XPATHS = ('//*[@role="main"]', '//div[@class="yui-g"]')
MIN_GOLD_WORDS = 50
DEFAULT_CACHE = Path("/tmp/cleaner-docs-bench")


def render(html: str) -> str:
    """corpus-bench's ``page_text`` rendering (its README): Resiliparse, then every line stripped, no blanks."""
    from resiliparse.extract.html2text import extract_plain_text

    text = extract_plain_text(html, preserve_formatting=True, main_content=False, list_bullets=False,
                              alt_texts=False, links=False, form_fields=False, noscript=True)
    return "\n".join(line.strip() for line in text.split("\n") if line.strip())


def unpack(package: str, cache: Path) -> Path:
    """The package's files, downloaded and unpacked under ``cache`` once."""
    root = cache / package
    if not root.is_dir():
        cache.mkdir(parents=True, exist_ok=True)
        subprocess.run(["apt-get", "download", package], cwd=cache, check=True, capture_output=True)
        deb = next(cache.glob(f"{package}_*.deb"))
        subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    return root


def records(package: str, cache: Path, per_package: int | None) -> list[dict]:
    """corpus-bench-shaped records (``page_text`` and ``gold``) for a random sample of the package's pages."""
    import lxml.html

    root = unpack(package, cache)
    pages = sorted(p for p in root.rglob("*.html") if not any(s in str(p) for s in SKIPPED_PAGES))
    random.Random(0).shuffle(pages)
    out: list[dict] = []
    for path in pages:
        if per_package is not None and len(out) >= per_package:
            break
        html = path.read_text(encoding="utf-8", errors="replace")
        main = next((found[0] for xpath in MAIN_XPATHS if (found := lxml.html.fromstring(html).xpath(xpath))), None)
        if main is None:
            continue
        gold = render(f"<html><body>{lxml.html.tostring(main, encoding='unicode')}</body></html>")
        if len(gold.split()) >= MIN_GOLD_WORDS:
            out.append({"id": f"{package}:{path.relative_to(root)}", "dataset": "scrapinghub", "lang": "en",
                        "page_text": render(html), "gold": gold})
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bench-dir", type=Path, default=DEFAULT_BENCH_DIR,
                        help="corpus-bench folder, for its score.py (default: %(default)s)")
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE,
                        help="where the doc packages are downloaded and unpacked (default: %(default)s)")
    parser.add_argument("--per-package", type=int, default=40,
                        help="pages per held-out package (default: %(default)s)")
    args = parser.parse_args(argv)
    score = load_score(args.bench_dir)
    sets = {
        "Python docs (tuning)": [r for p in TUNING_PACKAGES for r in records(p, args.cache, None)],
        "10 other projects (held out)": [r for p in HELD_OUT_PACKAGES
                                         for r in records(p, args.cache, args.per_package)],
    }
    print("| set | pages | system | P | R | F1 | ParaR |")
    print("|---|---|---|---|---|---|---|")
    for name, recs in sets.items():
        for system, run in TEXT_SYSTEMS:
            outs = {r["id"]: run(r["page_text"], r["lang"]) for r in recs}
            m = score.score_all(recs, outs)["scrapinghub"]
            print(f"| {name} | {len(recs)} | {system} | {m['P']:.3f} | {m['R']:.3f} | {m['F1']:.3f} | {m['ParaR']:.3f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
