"""HTML input: extraction plus the stages, decoding, detection, and bad input."""
from __future__ import annotations

import time

import pytest

from cleaner import Config, clean_html, explain_html
from cleaner.html import MAX_BYTES, decode, looks_like_html

BODY = [
    "The city council voted on Tuesday to turn the old freight yard beside the river into a public park, "
    "ending a dispute that has run for more than a decade between residents and developers.",
    "Under the plan, the rail sheds will be restored as covered markets and workshops, while the rest of "
    "the site will be planted with native trees and crossed by a new footbridge to the east bank.",
    "Opponents argued that the city could not afford the maintenance costs, but the council said that the "
    "rents from the market halls would pay for the upkeep of the gardens within a few years.",
    "Work on the first section is expected to begin next spring, and the whole park should open to the "
    "public before the end of the following year if the funding from the region arrives on time.",
]

ARTICLE = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Council backs riverside park - The Daily Courier</title>
<script>var tracking = {{"id": 42}};</script><style>body {{ color: #333; }}</style></head>
<body>
<header><nav><ul>
  <li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
  <li><a href="/culture">Culture</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/login">Sign in</a></li>
</ul></nav></header>
<main><article>
  <h1>Council backs riverside park</h1>
  <p class="byline">By Jane Doe, 12 March 2024</p>
  <div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a> <a href="#">Email</a></div>
  <p>{BODY[0]}</p>
  <p>{BODY[1]}</p>
  <p>{BODY[2]}</p>
  <p>{BODY[3]}</p>
</article>
<aside class="related"><h3>Related stories</h3><ul>
  <li><a href="/a">Mayor opens new library</a></li><li><a href="/b">Bus fares to rise in April</a></li>
  <li><a href="/c">Ten best walks by the river</a></li><li><a href="/d">School wins science prize</a></li>
</ul></aside></main>
<footer><p>© 2024 The Daily Courier. All rights reserved.</p>
<p><a href="/privacy">Privacy policy</a> | <a href="/terms">Terms of use</a> | <a href="/cookies">Cookies</a></p></footer>
</body></html>
"""


def test_article_body_kept_chrome_dropped():
    out = clean_html(ARTICLE)
    lines = out.splitlines()
    for paragraph in BODY:
        assert paragraph in lines
    for chrome in ("Home", "Sport", "Sign in", "Share on Facebook", "Related stories", "Mayor opens new library",
                   "All rights reserved", "Privacy policy", "tracking", "color: #333"):
        assert chrome not in out


def test_output_is_plain_lines():
    out = clean_html(ARTICLE)
    assert not any(line.startswith(("- ", "# ", "| ", "* ")) for line in out.splitlines())
    assert "<" not in out


def test_bytes_and_config_accepted():
    assert clean_html(ARTICLE.encode("utf-8")) == clean_html(ARTICLE)
    assert clean_html(ARTICLE, Config(lang="en")).splitlines()[-1] == BODY[-1]


def test_declared_windows_1252_decoded():
    page = ARTICLE.replace('charset="utf-8"', 'charset="windows-1252"').replace(
        BODY[0], BODY[0].replace("public park", "public park near the café") )
    data = page.encode("cp1252")
    assert b"caf\xe9" in data
    assert "café" in decode(data)
    assert "near the café" in clean_html(data)


def test_declared_charset_in_http_equiv_and_xml_declaration():
    text = "Ein schöner Absatz über Straßen."
    meta = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"></head><body><p>{text}</p></body></html>'
    assert text in decode(meta.encode("latin-1"))
    xml = f'<?xml version="1.0" encoding="iso-8859-15"?><html><body><p>{text} €</p></body></html>'
    assert text + " €" in decode(xml.encode("iso-8859-15"))


def test_undeclared_bytes_decoded():
    assert "ünïcödé" in decode("<p>ünïcödé</p>".encode("utf-8"))
    assert decode(b"\xef\xbb\xbf<p>bom</p>") == "<p>bom</p>"
    assert isinstance(decode(bytes(range(256)) * 4), str)


def test_explain_html_has_summary_decision():
    ex = explain_html(ARTICLE)
    summary = ex.decisions[0]
    assert summary.line_number == 0 and summary.keep is False and summary.stage == "html"
    assert "trafilatura removed" in summary.reason and "characters of page text" in summary.reason
    assert [d for d in ex.decisions if d.line_number == 0] == [summary]
    assert ex.text == clean_html(ARTICLE)
    assert {d.line for d in ex.decisions if d.keep} >= set(BODY)


@pytest.mark.parametrize("text", [
    ARTICLE,
    "<!doctype html><title>x</title><p>hi",
    "  \n<!-- saved page -->\n<html><body><p>x</p></body></html>",
    "<?xml version='1.0'?>\n<html xmlns='http://www.w3.org/1999/xhtml'><body>x</body></html>",
    "<body><div><p>one</p><p>two</p></div></body>",
    "<div><p>one</p><p>two</p><ul><li>a</li><li>b</li></ul><span>c</span><em>d</em></div>",
    ARTICLE.encode("utf-8"),
])
def test_looks_like_html_true(text):
    assert looks_like_html(text)


@pytest.mark.parametrize("text", [
    "",
    "Just a plain line of text.\nAnother one.",
    "Use the <b> tag for bold text, as in <b>this</b>.\nThe rest of the page is plain text.",
    "if a<b and c>d then swap them\nx < y > z",
    "\n".join(BODY),
    "Home\nNews\nSport\n" + "\n".join(BODY),
])
def test_looks_like_html_false(text):
    assert not looks_like_html(text)


def _quick(html, limit=10.0):
    start = time.monotonic()
    out = clean_html(html)
    assert time.monotonic() - start < limit
    assert isinstance(out, str)
    return out


def test_empty_input():
    assert clean_html("") == ""
    assert clean_html(b"") == ""
    assert clean_html("   \n ") == ""
    assert explain_html("").text == ""


def test_truncated_html():
    cut = ARTICLE[: ARTICLE.index(BODY[2]) + 60]
    out = _quick(cut)
    assert BODY[0] in out


def test_binary_garbage():
    import random

    rng = random.Random(4)
    garbage = bytes(rng.randrange(256) for _ in range(200_000))
    _quick(garbage)
    _quick(garbage.decode("latin-1"))
    _quick(b"\x00" * 1000 + b"<html><body><p>text</p></body></html>")


def test_deeply_nested_divs():
    depth = 50_000
    page = "<html><body>" + "<div>" * depth + f"<p>{BODY[0]}</p>" + "</div>" * depth + "</body></html>"
    out = _quick(page)
    assert BODY[0] in out
    ex = explain_html(page)
    assert ex.decisions[0].stage == "html" and "deep" in ex.decisions[0].reason


def test_moderately_nested_page_still_extracted():
    page = ARTICLE.replace("<main>", "<main>" + "<div>" * 300).replace("</main>", "</div>" * 300 + "</main>")
    out = _quick(page)
    assert BODY[0] in out and BODY[3] in out


def test_unclosed_tags_and_odd_markup():
    _quick("<html><body>" + "<b><i><font>" * 2000 + "text")
    _quick("<" * 10_000 + ">" * 10_000)
    _quick("<html><body><table>" + "<tr><td>cell" * 5000)


def test_oversized_input_refused():
    with pytest.raises(ValueError, match="limit"):
        clean_html(b" " * (MAX_BYTES + 1))


def test_wrong_type_refused():
    with pytest.raises(TypeError):
        clean_html(12345)  # type: ignore[arg-type]


def test_lexicon_chrome_inside_the_extraction_dropped():
    page = ARTICLE.replace(f"<p>{BODY[2]}", f"<p>Advertisement</p><h2>Costs</h2><p>{BODY[2]}")
    ex = explain_html(page)
    by_line = {d.line: d for d in ex.decisions}
    assert by_line["Advertisement"].keep is False and by_line["Advertisement"].stage == "lexicon"
    assert "Costs" in ex.text.splitlines() and BODY[2] in ex.text


def test_layout_stage_drops_overruled_on_extraction():
    # A lone short title-like line at the top of a short extraction: the text path's context stage
    # may drop it; on trafilatura's main content only the lexicon's drops stand.
    from cleaner.html import TRUSTED_STAGES, _trust_extraction
    from cleaner.pipeline import Decision, Explanation

    result = Explanation("b", [Decision(1, "A Headline", False, "context", "short line before the body span"),
                               Decision(2, "b", True, "context", "good"),
                               Decision(3, "Share", False, "lexicon", "chrome phrase")])
    assert "lexicon" in TRUSTED_STAGES and "context" not in TRUSTED_STAGES
    out = _trust_extraction(result)
    assert out.text == "A Headline\nb"
    assert out.decisions[0].keep and out.decisions[0].stage == "html" and "context" in out.decisions[0].reason


def test_fallback_when_extraction_is_empty(monkeypatch):
    # trafilatura finds nothing: the page's full text goes through the whole text path.
    import cleaner.html as html_mod

    monkeypatch.setattr(html_mod, "_trafilatura_text", lambda root, options: None)
    ex = explain_html(ARTICLE)
    assert ex.decisions[0].stage == "html" and "full page text" in ex.decisions[0].reason
    assert BODY[0] in ex.text and BODY[3] in ex.text
    assert "Privacy policy" not in ex.text and "Sign in" not in ex.text.splitlines()


def test_fallback_when_extraction_is_tiny(monkeypatch):
    import cleaner.html as html_mod

    monkeypatch.setattr(html_mod, "_trafilatura_text", lambda root, options: "Home")
    ex = explain_html(ARTICLE)
    assert "kept only" in ex.decisions[0].reason
    assert BODY[1] in ex.text


def test_looks_like_html_page_starting_with_css_and_text_starting_with_tags():
    assert looks_like_html("<style>\n  .box { opacity: 1; }\n" + "p { margin: 0 }\n" * 400 + "</style><html><body>x")
    text = ('<img height="1" width="1" style="display:none" src="https://example.com/px?id=1"> <div>'
            '<img src="https://example.com/watch/2" alt="">\nInicio\nSecciones\nDeportes\n' + "\n".join(BODY))
    assert not looks_like_html(text)


def test_tag_scan_fallback_drops_scripts():
    from cleaner.html import strip_tags

    out = strip_tags("<html><head><title>T</title><style>a{}</style></head><body><div>One &amp; two</div>"
                     "<script>x<y</script><p>three <b>four</b></p><script>unclosed <p>gone")
    assert out == "One & two\nthree four"


def test_the_page_title_at_the_top_of_the_extraction_is_not_body():
    paragraphs = [
        "The council has approved the plan to rebuild the old harbour wall, which was badly damaged in "
        "the storms of last winter and has been closed to the public since then.",
        "Work is expected to start in the spring and to last about eighteen months, during which the "
        "fishing boats will moor at a temporary pontoon on the north side of the bay.",
        "Local businesses welcomed the decision but asked the council to keep the promenade open for as "
        "long as possible, because the summer season is when they make most of their money.",
    ]
    page = ("<html><head><title>Harbour wall to be rebuilt | Coast News</title>"
            '<meta property="og:title" content="Harbour wall to be rebuilt"></head><body>'
            "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article>"
            "<h1>Harbour wall to be rebuilt</h1>" + "".join(f"<p>{p}</p>" for p in paragraphs)
            + "</article><footer>Contact us</footer></body></html>")
    result = explain_html(page)
    assert result.text.split("\n") == paragraphs
    assert "the page's title, is not body" in result.decisions[0].reason


DOC_PARAGRAPHS = [
    "The <code>load()</code> function reads a whole file at once and returns its records as a list, "
    "so call <code>stream()</code> instead when the file is larger than the memory of the machine.",
    "Both functions take the same options; <code>strict=True</code> makes them raise "
    "<code>ValueError</code> on the first malformed record instead of skipping it with a warning.",
    "Records are returned in the order of the file, and every record keeps the line number where it "
    "started, which the error messages of the validator quote when a record is rejected.",
]
DOC_CODE = ["import records", "", "for record in records.stream(path):", "    print(record.line, record.name)"]


def test_inline_code_stays_in_its_sentence_and_code_blocks_keep_their_lines():
    # trafilatura gives an inline <code> name and a <pre> block the same tag; only the block is a
    # line (or lines) of its own, the name is part of its sentence as on the page.
    page = ("<html><head><title>records: reading record files</title></head><body>"
            "<nav><a href='/'>Docs</a> <a href='/api'>API</a></nav><div role='main'><h1>Reading records</h1>"
            + "".join(f"<p>{p}</p>" for p in DOC_PARAGRAPHS)
            + '<div class="highlight"><pre>' + "\n".join(DOC_CODE) + "</pre></div>"
            + "<p>See the API reference for the options of the validator and the format of its messages "
              "and warnings, with an example for each of them.</p></div></body></html>")
    lines = clean_html(page).split("\n")
    for paragraph in DOC_PARAGRAPHS:
        assert paragraph.replace("<code>", "").replace("</code>", "") in lines
    for code_line in filter(None, DOC_CODE):
        assert code_line.strip() in lines


def test_syntax_highlighted_code_block_keeps_one_line_per_source_line():
    # A Pygments block (every Sphinx page) is a <pre> of many spans; trafilatura read it as a quote and
    # joined its lines into one. Each source line stays a line of its own.
    spans = "\n".join(f'<span class="n">{line.split(" ")[0]}</span>{line[len(line.split(" ")[0]):]}'
                      for line in DOC_CODE)
    page = ("<html><head><title>records: reading record files</title></head><body><div role='main'>"
            "<h1>Reading records</h1>" + "".join(f"<p>{p}</p>" for p in DOC_PARAGRAPHS)
            + '<dl class="py class"><dt>class records.Reader(path)</dt><dd><p>A reader of record files, opened '
              'on the path it is given and closed when the last record has been read.</p>'
              '<div class="highlight-python3"><div class="highlight"><pre><span></span>' + spans
            + "</pre></div></div></dd></dl>"
            + "<p>See the API reference for the options of the validator and the format of its messages "
              "and warnings, with an example for each of them.</p></div></body></html>")
    lines = clean_html(page).split("\n")
    for code_line in filter(None, DOC_CODE):
        assert code_line.strip() in lines


COMMENTED = """<html><head><title>A walk</title></head><body><article><h1>A walk</h1>
<p>We walked along the river for an hour and watched the herons stand in the shallow water of the bend.</p>
<p>Later the rain came and we sheltered under the old bridge until it passed over the hills.</p></article>
<div id="comments" class="comments"><h3>Comments</h3><ul class="comment-list">
<li class="comment"><p>What a lovely walk, I did the same one last spring with my daughter and loved it.</p></li>
<li class="comment"><p>The herons are there every morning if you go before eight, worth the early start.</p></li>
</ul></div></body></html>"""


def test_comments_from_html_only_on_request():
    comment = "The herons are there every morning if you go before eight, worth the early start."
    body = "Later the rain came and we sheltered under the old bridge until it passed over the hills."
    default = clean_html(COMMENTED).splitlines()
    assert body in default and comment not in default
    kept = clean_html(COMMENTED, Config(comments=True)).splitlines()
    assert kept[-1] == comment and kept.index(body) < kept.index(comment)
