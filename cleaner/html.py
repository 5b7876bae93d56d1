"""HTML input: trafilatura finds the main content, the cleaner's stages finish the job.

trafilatura (default balance, no comments, tables kept) cuts the page down to its main content; its
result is rendered one block per line (no list bullets, no table pipes, no markdown) and handed to
:class:`cleaner.Cleaner`. On that text only the drops of :data:`TRUSTED_STAGES` (the chrome lexicon)
stand; the other stages' verdicts are reported but overruled (see there for the measurements). When
trafilatura finds nothing, or almost nothing of what the page shows, the page's full visible text
(one block per line) goes through the whole text path instead.

Bad input gives a best-effort result or a ``ValueError``, never a traceback: pages over
:data:`MAX_BYTES` are refused, unparsable input gives ``""``, trees nested deeper than
:data:`MAX_DEPTH` skip trafilatura, and markup nested past the parser's own limit
(:data:`PARSER_DEPTH`, where libxml2 would silently lose the rest of the page) is read by a linear tag
scan. The text is rendered without recursion. Time grows linearly with the page; the text stages
dominate it on very large pages.
"""
from __future__ import annotations

import codecs
import logging
import re
from dataclasses import dataclass

from lxml import etree
from lxml import html as lxml_html

from .config import Config
from .pipeline import Cleaner, Decision, Explanation

#: Larger inputs are refused with a ValueError (lxml and trafilatura hold the whole tree in memory).
MAX_BYTES = 50 * 1024 * 1024
#: Element depth beyond which the page skips trafilatura and takes the full-text path. Real pages
#: stay far below a few hundred; trafilatura slows down on deeper trees.
MAX_DEPTH = 1000
#: libxml2 stops parsing at this depth (with ``huge_tree``) and loses the rest of the page; such pages
#: are read by a tag-stripping scan instead.
PARSER_DEPTH = 2000
#: trafilatura's result is trusted when it holds at least this share of the page's visible text
#: (non-space characters); below it the page's full text goes through the text path. trafilatura has
#: fallbacks of its own and never came out empty on the dev set; raising the share to 5-30 % only
#: sent short but correct articles through the (less precise) text path.
FALLBACK_SHARE = 0.02
#: The stages whose drops stand on trafilatura's main content. The lexicon (known chrome phrases) is
#: context-free and safe there; the layout stages (features, context, repetition) judge a line by the
#: page around it, and trafilatura has already removed that page: on the dev set they cost far more
#: recall than they gained precision (scrapinghub F1 0.956 vs 0.960, "with" snippets kept 0.90 vs 0.94).
#: Their verdicts still show in ``explain_html``. On the full-text fallback every stage applies.
TRUSTED_STAGES = frozenset({"lexicon"})
#: A first line this short is not taken for the page's title: too many one-word labels match a title.
HEADLINE_MIN_WORDS = 3
#: How much of the input :func:`looks_like_html` and the charset sniffing read.
SNIFF_CHARS = 4096

#: trafilatura's settings. ``favor_recall=True`` was measured as the input too: it kept slightly fewer
#: gold snippets and more boilerplate than the default balance once the lexicon had run.
_TRAFILATURA_OPTIONS = dict(favor_recall=False, include_comments=False, include_tables=True,
                            include_images=False, include_formatting=False, include_links=False,
                            with_metadata=False, deduplicate=False)

# ---------------------------------------------------------------------------------------------------
# Detection


_LEAD = re.compile(r"\A(?:\ufeff|\s|<\?xml[^>]{0,200}>|<!--.{0,2000}?-->)*", re.S)
_DOCTYPE = re.compile(r"<!doctype\s+html", re.I)
_DOC_TAG = re.compile(r"<(?:html|head|body)(?:\s[^<>]*)?>", re.I)
#: What a saved page starts with (some start with kilobytes of CSS or scripts before ``<html>``).
_PAGE_START = re.compile(r"<(?:html|head|body|meta|title|link|style|script|base)(?:\s[^<>]*)?/?>", re.I)
_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9:-]{0,30}(?:\s[^<>]{0,500})?/?>")


def looks_like_html(text: str | bytes) -> bool:
    """True when the start of ``text`` is HTML: a doctype, an ``<html>``/``<head>``/``<body>`` tag, or
    dense markup. Plain text with a stray ``<b>`` or an ``a<b`` comparison is not."""
    if isinstance(text, (bytes, bytearray)):
        text = bytes(text[:SNIFF_CHARS]).decode("latin-1")
    sample = text[:SNIFF_CHARS]
    body = sample[_LEAD.match(sample).end():]
    if _DOCTYPE.match(body):
        return True
    if _PAGE_START.match(body):
        return True
    tags = _TAG.findall(sample)
    if _DOC_TAG.search(sample) and len(tags) >= 5:
        return True
    # Markup-dense text (a fragment without <html>): many tags taking a good share of the characters.
    markup = sum(len(t) for t in tags)
    visible = len(sample) - sample.count(" ")
    return len(tags) >= 8 and markup >= 0.15 * max(visible, 1)


# ---------------------------------------------------------------------------------------------------
# Decoding

_META_CHARSET = re.compile(rb"""<meta[^>]{0,500}?charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]{1,40})""", re.I)
_XML_ENCODING = re.compile(rb"""\A\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([a-zA-Z0-9_.:-]{1,40})""", re.I)
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
         (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
#: WHATWG: browsers read these labels as windows-1252, a superset.
_AS_CP1252 = {"latin-1", "iso8859-1", "ascii", "cp1252"}


def declared_charset(data: bytes) -> str | None:
    """The Python codec of the charset the page declares (XML declaration or ``<meta>``), if known."""
    head = data[:SNIFF_CHARS * 2]
    match = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    if not match:
        return None
    try:
        name = codecs.lookup(match.group(1).decode("ascii")).name
    except LookupError:
        return None
    if name in _AS_CP1252:
        return "cp1252"
    if name.startswith(("utf-16", "utf-32")):
        return "utf-8"  # a page readable enough to declare this in ASCII is not UTF-16 (WHATWG rule)
    return name


def decode(data: bytes) -> str:
    """Bytes of a page as text: BOM, then the declared charset, then UTF-8, then detection; errors replaced.

    A declared charset loses only to content that is valid, non-ASCII UTF-8 (a page mislabelled as
    latin-1, a common error that a strict UTF-8 decode catches with near certainty).
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(codec, errors="replace")
    declared = declared_charset(data)
    if declared and declared != "utf-8" and not data.isascii():
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            pass
    if declared:
        return data.decode(declared, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000]).best()
        if best is not None and best.encoding:
            return data.decode(best.encoding, errors="replace")
    except Exception:  # noqa: BLE001 -- detection is best effort; cp1252 below always works
        pass
    return data.decode("cp1252", errors="replace")


# ---------------------------------------------------------------------------------------------------
# Parsing and the page's visible text

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*>")
_SPACE = re.compile(r"\s+")

#: Subtrees whose text a reader never sees.
_INVISIBLE = frozenset({"head", "script", "style", "template", "noscript", "svg", "math", "iframe",
                        "object", "canvas", "select", "datalist", "title", "meta", "link"})
#: Elements that start and end a line.
_BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
    "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
    "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "option",
    "p", "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul", "br", "button",
    "label", "textarea",
})
#: Table cells: separated by a space, their row makes the line.
_CELLS = frozenset({"td", "th"})


def _parse(text: str) -> tuple[etree._Element | None, int]:
    """The parsed page (or None when nothing parses) and its element depth."""
    text = _CONTROL.sub("", _XML_DECLARATION.sub("", text, count=1))
    if not text.strip():
        return None, 0
    parser = lxml_html.HTMLParser(collect_ids=False, remove_comments=True, remove_pis=True,
                                  default_doctype=False, huge_tree=True)
    try:
        root = lxml_html.document_fromstring(text, parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError, RecursionError, MemoryError):
        return None, 0
    if root is None:
        return None, 0
    depth = max_depth = 0
    for event, _ in etree.iterwalk(root, events=("start", "end")):
        depth += 1 if event == "start" else -1
        max_depth = max(max_depth, depth)
    return root, max_depth


_RAW_OPEN = re.compile(r"<(script|style|template|noscript|svg|title|head)\b[^>]*>")
_BLOCK_TAG = re.compile(r"</?(?:%s)\b[^<>]*>" % "|".join(sorted(
    {"address", "article", "aside", "blockquote", "body", "br", "dd", "div", "dl", "dt", "figcaption",
     "footer", "form", "h[1-6]", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table",
     "tr", "ul"})), re.I)
_ANY_TAG = re.compile(r"<[^<>]*>")


def _drop_invisible(text: str) -> str:
    """``text`` without script, style and similar elements; one linear scan (an unclosed one, as in a
    browser, hides the rest of the page)."""
    low = text.lower()
    out, pos = [], 0
    while (m := _RAW_OPEN.search(low, pos)) is not None:
        out.append(text[pos:m.start()])
        end = low.find("</" + m.group(1), m.end())
        close = low.find(">", end) if end >= 0 else -1
        pos = close + 1 if close >= 0 else len(text)
        out.append("\n")
    out.append(text[pos:])
    return "".join(out)


def strip_tags(text: str) -> str:
    """Visible text of markup the parser cannot hold (nested past its depth limit): a linear tag scan,
    block tags as line breaks."""
    import html as html_lib

    text = _ANY_TAG.sub(" ", _BLOCK_TAG.sub("\n", _drop_invisible(text)))
    lines = (" ".join(html_lib.unescape(line).split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def _render(root: etree._Element, invisible: frozenset[str], blocks: frozenset[str],
            cells: frozenset[str], pre: frozenset[str]) -> str:
    """Text of ``root``, one block per line, without recursion (safe on any depth)."""
    out: list[str] = []
    in_pre = 0
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, el in walker:
        tag = el.tag if isinstance(el.tag, str) else ""
        tag = tag.lower()
        if event == "start":
            if tag in invisible or not tag:
                walker.skip_subtree()
                # skip_subtree drops the "end" event: the tail still follows the element.
                if el.tail:
                    out.append(el.tail if in_pre else _SPACE.sub(" ", el.tail))
                continue
            if tag in blocks:
                out.append("\n")
            elif tag in cells:
                out.append(" ")
            if tag in pre:
                in_pre += 1
            if el.text:
                out.append(el.text if in_pre else _SPACE.sub(" ", el.text))
        else:
            if tag in pre:
                in_pre -= 1
            if tag in blocks:
                out.append("\n")
            elif tag in cells:
                out.append(" ")
            if el.tail:
                out.append(el.tail if in_pre else _SPACE.sub(" ", el.tail))
    lines = (" ".join(line.split()) for line in "".join(out).splitlines())
    return "\n".join(line for line in lines if line)


def visible_text(root: etree._Element) -> str:
    """The page's full visible text, one block per line (the shape of a WET record)."""
    body = root.find("body")
    return _render(body if body is not None else root, _INVISIBLE, _BLOCKS, _CELLS, frozenset({"pre"}))


#: trafilatura's output tree: blocks, table cells, and the elements that keep their line breaks.
_T_BLOCKS = frozenset({"doc", "main", "body", "p", "head", "list", "item", "table", "row", "quote", "code",
                       "div", "lb", "graphic", "figure", "section", "article"})
_T_CELLS = frozenset({"cell"})
#: What an inline ``<code>`` (a name in a sentence) becomes: trafilatura gives it and a ``<pre>`` block
#: the same tag, but only the block is a line of its own with its line breaks kept. Rendered as a block,
#: every ``<code>`` name cut its sentence into pieces, none of them a line of the page (documentation
#: pages: ParaR 0.944 vs 0.977 for trafilatura's own text output).
_T_INLINE = "hi"


def _mark_inline_code(body: etree._Element) -> None:
    """Retag the ``<code>`` elements of trafilatura's tree that sit in running text (text right before
    or after them) as inline: a code block stands between blocks, with nothing but space around it."""
    for code in list(body.iter("code")):
        before = code.getprevious().tail if code.getprevious() is not None else code.getparent().text
        if (before and not before.isspace()) or (code.tail and not code.tail.isspace()):
            code.tag = _T_INLINE


def _flatten_pre(root: etree._Element) -> None:
    """Make each ``<pre>`` one span of its text. trafilatura takes a ``<pre>`` for code only when it wraps
    a single span (or highlight.js spans, or code-like text); a syntax-highlighted block (Pygments, as in
    every Sphinx page) has hundreds of spans and became a quote, read as running text with its lines
    joined into one. The text itself is unchanged."""
    walker = etree.iterwalk(root, events=("start",))
    for _, el in walker:
        if el.tag != "pre":
            continue
        walker.skip_subtree()
        if len(el) == 1 and el[0].tag == "span" and not (el.text or "").strip():
            continue
        text = "".join(el.itertext())
        for child in list(el):
            el.remove(child)
        el.text = None
        etree.SubElement(el, "span").text = text


def _trafilatura_text(root: etree._Element, options: dict) -> str | None:
    """trafilatura's main content of the parsed page, one block per line, or None."""
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    try:
        doc = trafilatura.bare_extraction(root, **options)
    except Exception:  # noqa: BLE001 -- any failure inside trafilatura on odd markup: use the full text
        return None
    body = getattr(doc, "body", None) if doc is not None else None
    if body is None:
        return None
    _mark_inline_code(body)
    text = _render(body, frozenset(), _T_BLOCKS, _T_CELLS, frozenset({"code"}))
    comments = getattr(doc, "commentsbody", None) if options.get("include_comments") else None
    if comments is not None and len(comments):
        text = "\n".join(filter(None, (text, _render(comments, frozenset(), _T_BLOCKS, _T_CELLS, frozenset({"code"})))))
    return text


def _page_titles(root: etree._Element) -> frozenset[str]:
    """The page's own names for the article: og:title, twitter:title, <title> and the first <h1>,
    whitespace-normalised."""
    found = []
    for meta in root.iter("meta"):
        if (meta.get("property") or meta.get("name") or "").lower() in ("og:title", "twitter:title"):
            found.append(meta.get("content") or "")
    for tag in ("title", "h1"):
        element = next(root.iter(tag), None)
        if element is not None:
            found.append(element.text_content() if hasattr(element, "text_content") else element.text or "")
    return frozenset(" ".join(t.split()) for t in found if t and t.strip())


def _split_headline(text: str, titles: frozenset[str]) -> tuple[str, str]:
    """(headline, the rest) of trafilatura's text when its first line is the page's title, else
    ("", text): the headline is the article's name, not its body (as in the ScrapingHub gold)."""
    head, _, rest = text.partition("\n")
    name = " ".join(head.split())
    if rest and len(name.split()) >= HEADLINE_MIN_WORDS and any(
            name == title or title.startswith(name) for title in titles):
        return name, rest
    return "", text


def _visible(text: str) -> int:
    return len(text) - sum(text.count(c) for c in " \n\t")


# ---------------------------------------------------------------------------------------------------
# The HTML path


@dataclass(frozen=True, slots=True)
class Extraction:
    """What the HTML step hands to the text path, and how it got there."""

    text: str          # the lines the stages judge
    page_chars: int    # non-space characters of the page's visible text
    kept_chars: int    # non-space characters of ``text``
    source: str        # "trafilatura", "fallback" (full visible text) or "empty"
    note: str          # why


def _as_text(html: str | bytes) -> str:
    if isinstance(html, (bytes, bytearray, memoryview)):
        data = bytes(html)
        if len(data) > MAX_BYTES:
            raise ValueError(f"HTML input of {len(data):,} bytes is over the {MAX_BYTES:,}-byte limit")
        return decode(data)
    if not isinstance(html, str):
        raise TypeError(f"clean_html takes str or bytes, not {type(html).__name__}")
    if len(html) > MAX_BYTES:
        raise ValueError(f"HTML input of {len(html):,} characters is over the {MAX_BYTES:,}-character limit")
    return html


def extract(html: str | bytes, *, options: dict | None = None,
            fallback_share: float | None = None, comments: bool = False) -> Extraction:
    """The page's main content as lines for the stages (trafilatura, or the full text as fallback);
    ``comments``: readers' comments too (see ``Config.comments``)."""
    share = FALLBACK_SHARE if fallback_share is None else fallback_share
    text = _as_text(html)
    root, depth = _parse(text)
    if root is None:
        return Extraction("", 0, 0, "empty", "no parsable HTML")
    if depth >= PARSER_DEPTH:
        full = strip_tags(_CONTROL.sub("", text))
        return Extraction(full, _visible(full), _visible(full), "fallback" if full else "empty",
                          f"page nested over {PARSER_DEPTH} elements deep; trafilatura skipped, "
                          "text read by a tag scan")
    try:
        full = visible_text(root)
    except RecursionError:  # pragma: no cover -- the renderer is iterative
        full = ""
    page_chars = _visible(full)
    if depth > MAX_DEPTH:
        return Extraction(full, page_chars, page_chars, "fallback",
                          f"page nested {depth} elements deep (limit {MAX_DEPTH}); trafilatura skipped, "
                          "full page text used")
    titles = _page_titles(root)
    _flatten_pre(root)
    main = _trafilatura_text(root, options or dict(_TRAFILATURA_OPTIONS, include_comments=comments))
    headline, main = _split_headline(main, titles) if main else ("", main)
    kept = _visible(main) if main else 0
    if not main:
        return Extraction(full, page_chars, page_chars, "fallback" if full else "empty",
                          "trafilatura found no main content; full page text used")
    if page_chars and kept < share * page_chars:
        return Extraction(full, page_chars, page_chars, "fallback",
                          f"trafilatura kept only {kept:,} of {page_chars:,} characters "
                          f"(< {share:.0%}); full page text used")
    return Extraction(main, page_chars, kept, "trafilatura",
                      f"its first line, the page's title, is not body: {headline!r}" if headline else "")


def _trust_extraction(result: Explanation) -> Explanation:
    """Overrule the drops of stages outside :data:`TRUSTED_STAGES` on trafilatura's main content."""
    decisions = []
    for d in result.decisions:
        if not d.keep and d.stage not in TRUSTED_STAGES:
            d = Decision(d.line_number, d.line, True, "html",
                         f"in trafilatura's main content (the text path would drop it: {d.stage}: {d.reason})")
        decisions.append(d)
    decisions.sort(key=lambda d: d.line_number)
    return Explanation("\n".join(d.line for d in decisions if d.keep), decisions)


def explain_html(html: str | bytes, config: Config | None = None) -> Explanation:
    """Like :func:`cleaner.explain` for HTML: the decisions of the stages on the extracted lines, after
    one summary decision (line 0, stage ``"html"``) on what the extraction removed.

    Raises ValueError for inputs over :data:`MAX_BYTES`.
    """
    cleaner = Cleaner(config)
    ex = extract(html, comments=cleaner.config.comments)
    result = cleaner.explain(ex.text) if ex.text else Explanation("", [])
    if ex.source == "trafilatura":
        result = _trust_extraction(result)
    removed = max(ex.page_chars - ex.kept_chars, 0)
    if ex.source == "trafilatura":
        reason = f"trafilatura removed {removed:,} of {ex.page_chars:,} characters of page text"
        if ex.note:
            reason += f"; {ex.note}"
        line = "(page chrome outside trafilatura's main content)"
    elif ex.source == "fallback":
        reason = ex.note
        line = "(nothing removed before the stages)"
    else:
        reason = ex.note
        line = "(no text)"
    summary = Decision(0, line, False, "html", reason)
    return Explanation(result.text, [summary, *result.decisions])


def clean_html(html: str | bytes, config: Config | None = None) -> str:
    """The article body of an HTML page (``str``, or ``bytes`` in the declared or detected charset).

    Raises ValueError for inputs over :data:`MAX_BYTES`.
    """
    return explain_html(html, config).text
