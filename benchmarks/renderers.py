"""Other renderers of the same pages: hard-wrapped text and Markdown (README, "How it works").

corpus-bench gives every page as text from two renderers that print one paragraph per line. Users also
feed the cleaner text that is hard-wrapped (lynx, w3m, fold, html2text's default) or Markdown (html2text,
markdownify and the scrapers of language-model pipelines). This script renders the ScrapingHub pages those
ways, from the same records, and scores the text unchanged and cleaned in one run:

- ``page_text wrapped at 72``: corpus-bench's page text, every line wrapped at 72 columns (``textwrap``);
- ``html2text, 78 columns``: html2text's own wrapping, links and images left out;
- ``html2text, unwrapped``: the same without wrapping, the reference for the two above;
- ``html2text Markdown``: html2text with its links and images (``[text](url)``), unwrapped. Its link
  targets are tokens the gold does not have, so it is scored twice: on the output as it is, and on its
  visible text (``cleaner.markdown.visible`` of every output line), which is what line selection decides.
- ``markdownify Markdown``: a second producer, scored the same two ways, that the Markdown rules were
  not tuned on: markdownify (ATX headings) on the page without its scripts, styles and ``<head>``, as a
  scraper hands it over; its runs of blank lines are made one.

html2text and markdownify are benchmark-only dependencies (``pip install html2text markdownify``). The
metric is corpus-bench's (ScrapingHub shingle P/R/F1 and ParaR).

    python benchmarks/renderers.py [--limit N]
"""
from __future__ import annotations

import argparse
import re
import textwrap
from typing import Callable

from _common import add_bench_args, load_records, load_score

from cleaner import clean
from cleaner.markdown import visible

WRAP_WIDTH = 72
HTML2TEXT_WIDTH = 78


def wrap(text: str, width: int = WRAP_WIDTH) -> str:
    return "\n".join("\n".join(textwrap.wrap(line, width)) or "" for line in text.split("\n"))


def html2text_renderer(width: int, links: bool) -> Callable[[str], str]:
    import html2text

    def render(html: str) -> str:
        converter = html2text.HTML2Text()
        converter.body_width = width
        converter.ignore_links = converter.ignore_images = not links
        try:
            return converter.handle(html)
        except Exception:  # html2text fails on a few malformed pages; they count as empty
            return ""
    return render


#: What a scraper leaves out before it writes Markdown: code, styles, the document head, embeds.
NOT_RENDERED = "//script|//style|//noscript|//template|//svg|//head|//iframe"
BLANK_RUN = re.compile(r"\n{3,}")


def markdownify_renderer(html: str) -> str:
    import lxml.html
    from markdownify import markdownify

    try:
        tree = lxml.html.fromstring(html)
        for element in tree.xpath(NOT_RENDERED):
            element.drop_tree()
        markdown = markdownify(lxml.html.tostring(tree, encoding="unicode"), heading_style="ATX")
        return BLANK_RUN.sub("\n\n", markdown)
    except Exception:  # a page lxml cannot parse counts as empty, as with html2text
        return ""


def visible_text(text: str) -> str:
    return "\n".join(visible(line) for line in text.split("\n"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_bench_args(parser)
    args = parser.parse_args(argv)
    score = load_score(args.bench_dir)
    records = load_records(args.bench_dir, limit=args.limit, dataset="scrapinghub", keep_html=True)
    renderings = {
        f"page_text wrapped at {WRAP_WIDTH}": lambda r: wrap(r["page_text"] or ""),
        f"html2text, {HTML2TEXT_WIDTH} columns": lambda r: html2text_renderer(HTML2TEXT_WIDTH, False)(r["html"]),
        "html2text, unwrapped": lambda r: html2text_renderer(0, False)(r["html"]),
        "html2text Markdown": lambda r: html2text_renderer(0, True)(r["html"]),
        "markdownify Markdown": lambda r: markdownify_renderer(r["html"]),
    }
    print(f"{len(records)} ScrapingHub pages\n")
    print("| rendering | system | P | R | F1 | ParaR |")
    print("|---|---|---|---|---|---|")
    for name, render in renderings.items():
        texts = {r["id"]: render(r) for r in records}
        scorings = [("", lambda t: t)]
        if "Markdown" in name:
            scorings.append((", scored on visible text", visible_text))
        for suffix, view in scorings:
            for system, run in (("unchanged", lambda t: t), ("cleaner", clean)):
                outs = {i: view(run(t)) for i, t in texts.items()}
                m = score.score_all(records, outs)["scrapinghub"]
                print(f"| {name}{suffix} | {system} | {m['P']:.3f} | {m['R']:.3f} | {m['F1']:.3f} | {m['ParaR']:.3f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
