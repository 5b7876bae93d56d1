"""The HTML systems measured beside ``cleaner (HTML)``: trafilatura in its three modes and readability-lxml.

``html_systems()`` returns ``(name, input_field, callable)`` triples; every callable takes the page's HTML
(``str``) and returns its main text, one block per line. ``benchmarks/quality.py`` scores them on the
``html`` field of corpus-bench in the same run as the text systems. Each function is also usable alone:

    python ../shared/corpus-bench/score.py --data ../shared/corpus-bench/dev.jsonl.gz --input html \\
        --func benchmarks.html_peers:trafilatura_default
"""
from __future__ import annotations

import logging
from typing import Callable

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("readability").setLevel(logging.CRITICAL)


def _trafilatura(html: str, **options) -> str:
    import trafilatura

    return trafilatura.extract(html, **options) or ""


def trafilatura_default(html: str) -> str:
    return _trafilatura(html)


def trafilatura_precision(html: str) -> str:
    return _trafilatura(html, favor_precision=True)


def trafilatura_recall(html: str) -> str:
    return _trafilatura(html, favor_recall=True)


def readability_lxml(html: str) -> str:
    """readability-lxml's summary HTML as text, one block per line."""
    from lxml import html as lxml_html
    from readability import Document

    from cleaner.html import visible_text

    try:
        summary = Document(html).summary(html_partial=True)
        if not summary.strip():
            return ""
        return visible_text(lxml_html.document_fromstring(summary))
    except Exception:  # noqa: BLE001 -- readability raises on empty or odd pages; score them as empty
        return ""


def cleaner_html(html: str) -> str:
    from cleaner import clean_html

    return clean_html(html)


def html_systems() -> list[tuple[str, str, Callable[[str], str]]]:
    """(name, input field, callable) of every HTML system, peers first, ``cleaner (HTML)`` last."""
    return [
        ("trafilatura (default)", "html", trafilatura_default),
        ("trafilatura (favor_precision)", "html", trafilatura_precision),
        ("trafilatura (favor_recall)", "html", trafilatura_recall),
        ("readability-lxml", "html", readability_lxml),
        ("cleaner (HTML)", "html", cleaner_html),
    ]
