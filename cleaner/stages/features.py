"""Context-free classification of each line from its own features (jusText's first pass).

A line is *good* (a prose paragraph on its own), *near* (prose-like but short), *short* (heading,
list item, menu item: the neighbours decide) or *bad* (chrome on its own evidence: a dateline, a
separator-joined menu, a tag list, a labelled counter). Only *bad* lines are dropped here; the rest
are decided by the context stage.
"""
from __future__ import annotations

import functools
import re

import regex

from .. import language, lexicon, native
from ..labels import BAD, GOOD, NEAR, SHORT, Label
from ..page import Line, Page, ends_sentence

NAME = "features"
#: The reason of a dateline or site clock; the teaser stage reads it to find the stamps of a news river.
DATELINE_REASON = "dateline or clock"

#: A clock time, a numeric or ISO date: the evidence that a line of date words is a dateline. A price
#: ("$139.00", "€ 12.50") is no clock time.
TIME_OR_DATE = regex.compile(
    r"(?<![\d$€£¥])(?<![$€£¥]\s)\d{1,2}[:h.]\d{2}\b|\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
#: A numbered or bulleted list item ("2) Blade Runner", "3. Stir well", "• 200 g flour").
LIST_ITEM = re.compile(r"\d{1,3}[.)]\s|[-*•–·]\s")
#: The bullet that a renderer prints before every item of a bulleted list (inscriptis: "* "; another
#: renderer prints the item bare): it tells of the markup, not of the text, and makes no list item of a
#: menu's link or of another story's headline. A marker that the text prints itself ("- ", "• ", "3. ")
#: does.
RENDERED_BULLET = "* "
#: The gaps between a table row's cells, as page.CELL_GAP counts them: a tab or two spaces or more.
CELL_SPLIT = re.compile(r"\t\s*|  \s*")
#: A cell of this many words is a headline or a teaser: a row of such cells alone is columns of a
#: layout table, not a label beside its text ("You are here:", "Northern Ireland") or a data table's
#: row, whose values are a word or two.
COLUMN_CELL_MIN_WORDS = 4
#: A dateline may carry a few other words ("November 20, 2019 / 1:07 AM / CBS News", "Posted by ...")
#: when it has at least two signs of a date; a sentence never consists of little else.
DATELINE_OTHER_WORDS = 3
#: A dateline is short: a longer line with a date in it is a sentence or a headline.
DATELINE_MAX_WORDS = 12
#: A byline: "By Troy L. Smith, Cleveland.com", "Von Anna Muster", "Posted by Jane Doe". A capitalised
#: name must follow, so "By the end of the day, ..." is not one.
BYLINE = regex.compile(
    r"^(?i:(?:(?:posted|written|words|reporting|story|text|photos?)\s+)?"
    r"(?:by|von|par|por|di|door|przez|автор))\s*:?\s+\p{Lu}")
BYLINE_MAX_WORDS = 12
#: A blog engine's post meta: "Posted on September 14, 2019 by Helen", "Posted on 2015-04-05 by marc |
#: Leave a comment", "Veröffentlicht am 21. Juli 2019 von ...": the verb and "on", then a date within
#: POST_META_DATE_CHARS characters (see ``_post_meta``) and whatever the theme adds (the author, the
#: category, a comment link). At most BYLINE_MAX_WORDS words and no sentence end: "Posted on Facebook
#: on 3 May, the video drew ..." is a sentence of the text.
POST_META = regex.compile(
    r"^(?i:posted|published|veröffentlicht|publié|publicado|pubblicato)\s+(?i:on|am|le|el|em|il)\s+")
POST_META_DATE_CHARS = 24
#: An author box: "Meg James is a corporate media reporter for the Los Angeles Times, covering ...".
AUTHOR_ROLES = ("reporter", "writer", "editor", "correspondent", "columnist", "journalist", "contributor",
                "freelancer", "blogger", "critic", "producer", "author")
AUTHOR_BIO = regex.compile(
    r"^(?:\p{Lu}[\p{L}.'’-]+\s+){1,3}(?:is|was)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,6}?"
    rf"(?:{'|'.join(AUTHOR_ROLES)})\b")
#: A contact line: an e-mail address in a short line ("Write to Al Root at al.root@example.com").
EMAIL = regex.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
CONTACT_MAX_WORDS = 12
#: A contact block, however long: a customer service's, an office's or a press desk's numbers and
#: addresses under their labels ("Telephone: 03-761 9056 Fax: 03-561 3699 E-mail: subs@..."). At least
#: ``CONTACT_BLOCK_LABELS`` labels, each followed by a number or an address; one is a sentence that gives
#: a number.
CONTACT_LABEL = regex.compile(
    r"\b(?:tel(?:ephone|efon|éfono|éphone|efone|efono)?|phone|fax|e-?mail|mobile?|hotline)\.?\s*:?\s*"
    r"(?=[+(\d]|[\w.+-]+@)", regex.IGNORECASE)
CONTACT_BLOCK_LABELS = 2
DATE_TOKEN = regex.compile(r"[\p{L}][\p{L}.'-]*|\d+(?:st|nd|rd|th|er|e|º|ª)?")
#: "Battle Against Daesh in Syria (180)", "Comments (12)", a headline with its comment count: a label
#: with a count is a link to a list; some sites pad the count with spaces ("Comments ( 0 )", a poll's
#: "Вы пойдёте на выборы? (33 )"). Years in brackets ("(2019)") are citations, not counts.
COUNTED_LABEL = regex.compile(r"^.{1,160}[(\[]\s?(?!(?:19|20)\d\d\s?[)\]])\d[\d,.]*\s?[)\]]$")
COUNTED_LABEL_MAX_WORDS = 20
#: A tag line ("militants, OSCE, Daesh, Sergei Lavrov, Aleppo"): at least this many comma-separated
#: items of at most TAG_ITEM_WORDS words, nearly no function words, no sentence end.
TAG_MIN_ITEMS = 4
TAG_ITEM_WORDS = 4
TAG_MAX_STOPWORD_DENSITY = 0.15
#: A comma between digits is a decimal comma ("32,23 Mio. t"), not an item separator.
TAG_COMMA = regex.compile(r"(?<!\d),|,(?!\d)")
#: An item that is an amount, a number and a word ("1 cup blueberries", "896 Seiten", "5. Auflage",
#: "3rd edition"): a list with more than this many of them is an ingredient list or a book's or
#: product's specs, not topics. A bare year or day ("Nov 19, 2019") is no amount.
QUANTITY_ITEM = regex.compile(r"\A\s*+\d++(?:[.,]\d++)?+(?:\.|st|nd|rd|th)?+\s++\p{L}")
TAG_MAX_QUANTITIES = 1
#: A measurement under its label: "Calories: 291kcal", "Protein: 5g", "Gewicht: 15,8 kg". A recipe's
#: nutrition facts and a product's dimensions are rows of such pairs, which the renderer glues into one
#: line ("Calories: 291kcalCarbohydrates: 31gProtein: 5g...") or joins with bars; with their short items
#: and no function words they read as a menu, a tag line or a keyword list, but they are the text's own
#: figures (the dev gold keeps "Carbohydrates: 31g"). A label of one to three words, a colon, a number;
#: the label starts where no letter goes on before it, so a long run of letters is read once.
MEASUREMENT = regex.compile(r"(?<![\p{L}-])\p{L}[\p{L}-]*+(?: \p{L}[\p{L}-]*+){0,2}:\s?\d")
#: At least this many measurements make a row of them; a menu item or a tag may carry one number.
MEASUREMENTS_MIN = 3
#: The reason of a tag line; the specs stage reads it to give a spec table's labelled rows back.
TAG_REASON = "tag list: short comma-separated items without function words"
#: The reason of a long line without function words (a list, a menu or a product's specs on one line).
UNPUNCTUATED_REASON = "long line without function words: "
#: A separator-joined menu or breadcrumb ("Home | News | World", "Home » Sport » Football"): at least
#: two separators and at most this many words per item on average.
MENU_MIN_SEPARATORS = 2
MENU_WORDS_PER_ITEM = 3.0
#: A row of figures (a table row, a scoreboard) is no menu, whatever joins its items.
MENU_MAX_DIGIT_SHARE = 0.3
#: Chinese and Japanese are written without spaces between words: a line of at least this many short
#: runs of their characters set apart by spaces or tabs ("台灣天氣 旅遊天氣 大陸天氣 國外天氣", "歷史新聞  轉寄
#: 列印  討論") is a menu or a row of links, which renderers print on one line. A headline sets off a
#: clause with one space ("北市提醒報名補習班前 要停看聽"), a sentence has its commas and stops, a table row
#: its figures.
SPACED_CJK_MIN_ITEMS = 4
#: ... each of at most this many characters, and all but one of them in the script (a "Blog" or "udn"
#: among them is still a link)...
SPACED_CJK_ITEM_CHARS = 8
#: A line of this many items or more, all but one of them a single character, is text set in spaced
#: letters, not a menu: a headline or a whole page whose characters the site or its renderer set apart
#: one by one ("紅 磡 及 九 龍 城 發 生 三 宗 爆 竊 案"). A menu's items are words of two characters or
#: more, and a letter-spaced label is short ("相 關 文 章", "社 群 回 應").
SPACED_CJK_LETTERS_MIN_ITEMS = 10
#: A short line of Chinese or Japanese (up to this many characters, at least ``CUT_HEADLINE_MIN_HAN`` of
#: them Han or kana) that breaks off in two or three full stops ("每天吃香腸 胰腺癌容易..", "正在加载...")
#: is a headline the site cut to fit its box, or a loading notice. The script's own ellipsis is "……",
#: and its sentences end in "。".
CUT_HEADLINE_MAX_CHARS = 40
CUT_HEADLINE_MIN_HAN = 4
#: Han characters and kana (Korean, written with spaces, is not meant).
HAN_KANA = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]")
#: ... and no sentence punctuation of the script in the line.
#: Marks that end or divide a sentence in CJK text. Not the enumeration comma "、", which joins the
#: items of a headline as often as a sentence's ("搞悲情、喊建設").
CJK_SENTENCE_MARK = re.compile("[\u3002\uff0c\uff01\uff1f\uff1b]")
#: A gap wider than one space: a tab, or two spaces of any kind.
WIDE_GAP = re.compile(r"\t|\s\s")
#: The marks that end a headline: a run's last may carry one.
CJK_END = "\u3002\uff01\uff1f!?"
CJK_PUNCTUATION = re.compile("[\u3001\u3002\uff0c\uff01\uff1f\uff1b\uff1a\u300c\u300d]")
#: Guillemets around a quotation («Wir waren fast 40 Tage in Quarantäne», »So nicht«) are quote marks,
#: not the breadcrumb separators they share a glyph with; so are angle brackets around a title
#: (<The Palace>, as Korean and Chinese texts mark titles) or a placeholder in code (<config files>).
QUOTATION = regex.compile(r"«[^«»]*»|»[^«»]*«|‹[^‹›]*›|›[^‹›]*‹|<[^<>]*>")
#: The first character of a script without spaces between words: a header's verb stands glued to the
#: name there ("张三说："), with no word boundary before it.
UNSPACED_SCRIPT = re.compile("[\u3040-\u30ff\u3400-\u9fff]")


def _comment_header() -> regex.Pattern:
    """The pattern of a line that ends on a comment header's verb (data/comment_verbs.txt), a colon after
    it at most."""
    verbs = [line.strip() for line in lexicon.data_lines("comment_verbs.txt")]
    spaced = "|".join(regex.escape(v) for v in verbs if not UNSPACED_SCRIPT.match(v))
    glued = "|".join(regex.escape(v) for v in verbs if UNSPACED_SCRIPT.match(v))
    return regex.compile(rf"(?:\b(?:{spaced})|(?:{glued}))\s*[:\uff1a]?$", regex.IGNORECASE)


#: A comment's header: "Milan Griffes on September 12, 2018 at 4:47 pm said:". The clock time tells it
#: from a quotation's lead-in in the body ("In a statement, the minister said:"). Comments come after
#: the article, so the header closes it.
COMMENT_HEADER = _comment_header()
CLOCK = regex.compile(r"\b\d{1,2}[:.h]\d{2}\b")
COMMENT_HEADER_MAX_WORDS = 14
#: The comments stage reads this reason: such a header opens one comment of a thread.
COMMENT_HEADER_REASON = "comment header (who wrote it, when): the comments begin"
#: MediaWiki's edit link on a section heading, as text renderers print it: glued after the heading
#: ("References[edit]", "Einzelnachweise[Bearbeiten | Quelltext bearbeiten]", Inscriptis's
#: "References [ edit ]") or, before 2011, in front of it ("[edit] References"). The link's words in
#: the languages of the big Wikipedias; a menu or a sentence never carries the link.
_EDIT = (r"(?:edit(?: source)?|(?:quelltext )?bearbeiten|modifier(?: le code)?|editar(?: código(?:-fonte)?)?"
         r"|modifica(?: wikitesto)?|(?:brontekst )?bewerken|edytuj(?: kod)?|править(?: код)?)")
WIKI_EDIT_LINK = re.compile(rf"^\[\s*{_EDIT}\s*\]\s*(?P<before>.+)$|^(?P<after>.*?\S)\s*\[\s*{_EDIT}"
                            rf"(?:\s*\|\s*{_EDIT})*\s*\]$", re.IGNORECASE)
#: The headings of a wiki article's appendix (case-folded): sources, further reading, links to other
#: pages. Under them come the references, then the categories and the wiki's footer; the article is
#: over, as in the benchmarks' golds. Only with the edit link: a blog post's "References" heading may
#: head a list its author counts as part of the text. A body heading with the link ("History[edit]")
#: is no such heading and is left to the context stage.
WIKI_APPENDIX_HEADINGS = frozenset({
    "references", "notes", "notes and references", "footnotes", "citations", "sources", "see also",
    "further reading", "external links",                                                       # en
    "einzelnachweise", "anmerkungen", "belege", "quellen", "literatur", "siehe auch", "weblinks",  # de
    "notes et références", "références", "voir aussi", "articles connexes",
    "liens externes",                                                                          # fr
    "referencias", "notas", "notas y referencias", "fuentes", "véase también",
    "enlaces externos",                                                                        # es
    "note", "fonti", "voci correlate", "altri progetti", "collegamenti esterni",               # it
    "referências", "notas e referências", "fontes", "ver também", "ligações externas",         # pt
    "referenties", "noten", "bronnen", "bronnen, noten en/of referenties", "zie ook",
    "externe links", "externe link",                                                           # nl
    "przypisy", "uwagi", "zobacz też", "linki zewnętrzne",                                     # pl
    "примечания", "источники", "литература", "см. также", "ссылки",                           # ru
})
#: A footnote of a wiki's reference list: MediaWiki prints a back-link to the citation in the text
#: before the source, a caret ("^ a b Smith, J. (2001). Title.") or an up arrow in de, fr and ru
#: Wikipedia ("↑ Kirche. In: ..."), after the list's number when the renderer prints it ("3. ^ ...").
#: A sentence never opens with the sign followed by a space; an exponent has no space ("x^2").
#: The footnotes are the article's sources and notes, part of it as the gold of wiki pages counts it:
#: kept, whatever the span (see ``footnote``).
WIKI_FOOTNOTE = re.compile(r"(?:\d{1,4}\.\s+)?[\^↑]\s+\S")
#: A footnote names its source in a few words and a year, a page or an address, or is a note that ends
#: its sentence; the same sign before a couple of words without either is a "back to top" link
#: ("^ κορυφή ιστοσελίδας", "^ Top").
FOOTNOTE_MIN_WORDS = 3
#: A heading is short: a paragraph that ends in brackets is no heading.
WIKI_HEADING_MAX_WORDS = 12
#: The reason of an appendix heading.
WIKI_APPENDIX_REASON = "a wiki's appendix heading with its edit link (references, links): the article is over"
#: A news-ticker entry: a clock time glued to a headline ("14:48In Footsteps of Katy Perry ...").
TICKER = regex.compile(r"^\d{1,2}:\d{2}\s*\p{Lu}")
#: A teaser: a title-case headline glued to the first sentence of its summary by the renderer
#: ("Police: 2 In Custody After Death Of Student-AthleteA 24-year-old woman and ..."). The glued
#: headline has at least this many words, and at least this many of four letters or more (all of them
#: capitalised): a sentence that opens with short words and numbers ("The 2018 15-inch i9 MacBook Pro
#: was ...") has no capitals to show, and the product name would pass for the glue.
TEASER_GLUE = regex.compile(r"(?<=\p{Ll}[\p{Ll}.!?'’\"”)])(?=\p{Lu}\p{Ll}*\s)|(?<=\p{Ll})(?=\p{Lu}\s)")
#: What every TEASER_GLUE needs in an ASCII line, for the standard library to rule out most lines
#: faster than ``regex`` searches them: a lower-case letter, at most one mark, an upper-case letter. The
#: pattern opens with the upper-case letter, rarer than the lower-case one, and looks behind it: the
#: engine skips ahead from capital to capital (twice as fast on the dev pages). (The compiled core reads the
#: same characters in one pass: ``ascii_teaser_glue``.)
ASCII_TEASER_GLUE = re.compile(r"[A-Z](?:(?<=[a-z].)|(?<=[a-z][a-z.!?'\")].))")
TEASER_HEADLINE_WORDS = 5
TEASER_HEADLINE_CONTENT_WORDS = 2
#: Title case lowers only a headline's few short words ("of", "in", "the"). A head with more words in
#: lower case is a sentence with a camel-case name in it ("... bei den Olympischen Winterspielen 2018 in
#: PyeongChang fiel", "... auf den NachDenkSeiten"): German capitalises every noun, so the capitals of
#: its longer words prove nothing.
TEASER_HEADLINE_MAX_LOWER_WORDS = 3
#: A long line with almost no function words is a keyword list or link row, not a sentence. A run of
#: spaced CJK headlines (see ``_spaced_cjk_run``) needs only to fall short of prose: headlines hold some
#: function characters (的, 在, 了), and the run's shape tells it from a paragraph.
LIST_MAX_STOPWORD_DENSITY = 0.08
#: A line of this many words or more without one punctuation mark is no paragraph, whatever its function
#: words: a renderer that glues inline elements prints a drop-down's options ("Алтайский край Амурская
#: область ..."), a job board's categories or a tag cloud as one line. Prose of that length has its
#: commas and stops (or dashes), a table of figures its decimal points.
GLUED_LIST_MIN_WORDS = 40
#: The marks of a sentence or a clause, in the scripts of the lexicons: commas, stops, colons, question
#: and exclamation marks, dashes (a spaced hyphen too), the ellipsis, CJK and Arabic marks, the Greek
#: ano teleia and the Devanagari danda.
CLAUSE_MARK = re.compile("[,.;:!?\u00a1\u00bf\u2026\u2013\u2014\u0387\u0964\u060c\u061b\u061f"
                         "\u3001\u3002\uff0c\uff01\uff1f\uff1b\uff1a]| - ")
#: The languages a line may read as prose in when it does not in the page's (a quotation, an embedded
#: post): the major European ones, whose stoplists hold only function words. Many of jusText's other
#: lists also hold English-looking words ("hot", "pop", "stage") and would find prose in a row of names.
FOREIGN_PROSE_LANGUAGES = ("de", "en", "es", "fr", "it", "nl", "pl", "pt", "ru")
#: A web address, left out when a line is measured as prose.
WEB_ADDRESS = regex.compile(r"(?:\b[a-z]++://|\bwww\.)\S*+", regex.IGNORECASE)
#: A line of Markdown whose letters stand at least this much in link text (``* [Home](/)``, ``### [Other
#: story](/2019/11/...)``, ``[![A caption](pic.jpg)](/gallery/)``) is a link: a menu item, another story's
#: headline, a linked picture, however long and prose-like its words. A bullet, a list number, a label
#: ("Pro tip:") or a count beside the link text do not make it running text; a paragraph with a link or
#: two is mostly plain text (see :func:`cleaner.markdown.link_share`).
LINK_LINE_SHARE = 0.8
#: Headline-like: most content words capitalised ("Doobie Brothers To Reunite With ...").
TITLE_SHARE = 0.7
#: A calendar's week or a pager: day or page numbers, each one more than the one before ("2 3 4 5 6 7 8",
#: "23 24 25 26 27 28 29", "1 2 3 4 5"), and nothing else: at least CALENDAR_MIN_NUMBERS of them. Site
#: widgets print them by the dozen; a table row of figures does not count up by one.
NUMBER_ROW = re.compile(r"\d{1,3}(?:\s+\d{1,3})+")
CALENDAR_MIN_NUMBERS = 3
#: A line that is one number of at least this many digits ("191119052250266") is an identifier that
#: the site prints (a story, ad slot or tracking id): a year, a count, a price or a table cell is
#: shorter or written with separators.
IDENTIFIER_MIN_DIGITS = 10


#: The labels of the rules of chrome whose reason is fixed, made once: the compiled classify
#: (``native.core.classify_lines``) returns the same ones where its test of the rule is the whole test.
NO_WORDS_LABEL = Label(BAD, False, NAME, "no words: only punctuation or symbols")
IDENTIFIER_LABEL = Label(BAD, False, NAME, f"a bare number of {IDENTIFIER_MIN_DIGITS} digits or more: an identifier")
COUNTED_LABEL_LABEL = Label(BAD, False, NAME, "label with a count: a link to a section or topic")
COMMENT_HEADER_LABEL = Label(BAD, False, NAME, COMMENT_HEADER_REASON, closes=True)
DATELINE_LABEL = Label(BAD, False, NAME, DATELINE_REASON)
BYLINE_LABEL = Label(BAD, False, NAME, "byline")
CONTACT_LINE_LABEL = Label(BAD, False, NAME, "contact line with an e-mail address")
TICKER_LABEL = Label(BAD, False, NAME, "news-ticker headline with its time")
TEASER_LABEL = Label(BAD, False, NAME, "teaser: a headline glued to its summary")
#: The reason of a separator-joined menu, with its count of separators.
MENU_REASON = "menu or breadcrumb: {} separators between short items"
#: The reason of a menu of short CJK items set apart by spaces, with its count of items.
SPACED_MENU_REASON = "menu: {} short items set apart by spaces, in a script written without them"


@functools.lru_cache(maxsize=1)
def date_words() -> tuple[frozenset[str], frozenset[str]]:
    """(evidence words, filler words) from data/dates.txt."""
    evidence, filler = set(), set()
    for line in lexicon.data_lines("dates.txt"):
        target = filler if line.startswith("~") else evidence
        target.update(line.lstrip("~").split())
    return frozenset(evidence), frozenset(filler - evidence)


def _post_meta(line: Line) -> bool:
    """A post's meta line (see ``POST_META``): a date right after "Posted on", a numeric one
    ("2015-04-05", "21.07.2019") or a month's or a weekday's name with a number ("September 14",
    "21. Juli"); "Posted on Facebook by 3 friends" names no date."""
    head = POST_META.match(line.text)
    if head is None:
        return False
    date = line.text[head.end():head.end() + POST_META_DATE_CHARS]
    evidence, _ = date_words()
    return TIME_OR_DATE.search(date) is not None or any(ch.isdigit() for ch in date) and any(
        tok.rstrip(".") in evidence for tok in DATE_TOKEN.findall(date.lower()))


def dateline(text: str) -> bool:
    """A line made of date words, numbers and punctuation, with a number and some sign of a date."""
    evidence, filler = date_words()
    toks = DATE_TOKEN.findall(text.lower())
    if not toks or not any(t[:1].isdigit() for t in toks):
        return False
    signs = len(TIME_OR_DATE.findall(text))
    others = 0
    for tok in toks:
        if tok[:1].isdigit() or tok in filler:
            continue
        if tok in evidence or tok.rstrip(".") in evidence:
            signs += 1
        else:
            others += 1
    return signs > 0 and (others == 0 or signs >= 2 and others <= DATELINE_OTHER_WORDS)


def _amounts(items: list[str]) -> bool:
    """Comma-separated items of which more than ``TAG_MAX_QUANTITIES`` are amounts: an ingredient list
    ("1 cup blueberries, 2 whole-grain rice cakes, 1 tsp. nut butter") or a product's specs."""
    return sum(1 for item in items if QUANTITY_ITEM.match(item)) > TAG_MAX_QUANTITIES


def _tag_line(line: Line) -> bool:
    """A tag line: short comma-separated items without function words. Not a table row (its cells hold
    decimal commas) and not a list of amounts (ingredients, a book's edition and page count)."""
    if line.terminal or line.cells >= 2 or line.stopword_density > TAG_MAX_STOPWORD_DENSITY \
            or line.text.count(",") < TAG_MIN_ITEMS - 1:
        return False
    items = TAG_COMMA.split(line.text)
    return (len(items) >= TAG_MIN_ITEMS
            and all(0 < len(item.split()) <= TAG_ITEM_WORDS for item in items)
            and not _amounts(items))


def _content_words(words: list[str]) -> list[str]:
    """The words a title capitalises: four letters or more."""
    return [w for w in words if w[:1].isalpha() and len(w) >= 4]


def _title_case(words: list[str]) -> bool:
    """Every content word capitalised, and at most ``TEASER_HEADLINE_MAX_LOWER_WORDS`` in lower case."""
    return all(w[:1].isupper() for w in _content_words(words)) and sum(
        w[:1].islower() for w in words) <= TEASER_HEADLINE_MAX_LOWER_WORDS


def _teaser(line: Line) -> bool:
    """A headline in strict title case (every word of four letters or more capitalised) glued to a
    sentence. Product names such as "MacBook" glue the same way but do not follow a title-case run."""
    text = line.text
    if text.isascii() and ASCII_TEASER_GLUE.search(text) is None:
        return False
    # Every headline holds the line's first TEASER_HEADLINE_WORDS words, the last of them perhaps cut at
    # the glue (the same initial, maybe fewer letters): when the others already break title case, no
    # glue makes a teaser, and a prose line is not searched for one.
    opening = text.split(None, TEASER_HEADLINE_WORDS)[:TEASER_HEADLINE_WORDS]
    if len(opening) < TEASER_HEADLINE_WORDS or not _title_case(opening[:-1]) or sum(
            w[:1].islower() for w in opening) > TEASER_HEADLINE_MAX_LOWER_WORDS:
        return False
    for glue in TEASER_GLUE.finditer(text):
        head = text[:glue.start()].split()
        if len(head) >= TEASER_HEADLINE_WORDS and len(_content_words(head)) >= TEASER_HEADLINE_CONTENT_WORDS \
                and _title_case(head):
            return True
    return False


def _foreign_prose(line: Line, page: Page) -> bool:
    """A line that reads as prose in a language other than the page's: a quotation or an embedded post
    in English on a German page has no German function words, but it is no keyword list. Web addresses
    are left out: they are no prose, whatever words their paths spell."""
    text = WEB_ADDRESS.sub(" ", line.text) if "://" in line.text or "www." in line.text else line.text
    toks = language.tokens(text)
    if len(toks) < page.config.long_words:
        return False
    hits = language.evidence(toks).hits
    best = max((hits[lang] for lang in FOREIGN_PROSE_LANGUAGES if lang != page.lang), default=0)
    return best >= page.config.stopword_density * len(toks)


def _measurements(line: Line) -> bool:
    """A row of labelled measurements (nutrition facts, dimensions): see ``MEASUREMENT``."""
    return bool(line.digit_share) and ":" in line.text \
        and len(MEASUREMENT.findall(line.text)) >= MEASUREMENTS_MIN


def wiki_heading(line: Line) -> str | None:
    """The heading of a line that is a wiki's section heading with its edit link (see
    ``WIKI_EDIT_LINK``), without the link; None for any other line."""
    if line.words > WIKI_HEADING_MAX_WORDS or not (line.text.endswith("]") or line.text.startswith("[")):
        return None
    edit = WIKI_EDIT_LINK.match(line.text)
    return (edit["before"] or edit["after"]).strip() if edit else None


def footnote(line: Line) -> bool:
    """A line that opens with a wiki's back-link (see ``WIKI_FOOTNOTE``) and names a source or makes a
    note: enough words, and a number, an address or a sentence end."""
    return line.words >= FOOTNOTE_MIN_WORDS and (line.digit_share > 0 or line.terminal or "://" in line.text)


def _counting_row(text: str) -> bool:
    """``CALENDAR_MIN_NUMBERS`` or more numbers and nothing else, each one more than the one before."""
    if NUMBER_ROW.fullmatch(text) is None:
        return False
    numbers = [int(n) for n in text.split()]
    return len(numbers) >= CALENDAR_MIN_NUMBERS and all(b == a + 1 for a, b in zip(numbers, numbers[1:]))


def _spaced_cjk_items(line: Line) -> int:
    """How many items a line of short CJK runs set apart by spaces holds (see ``SPACED_CJK_MIN_ITEMS``),
    or 0 when it is no such line."""
    items = line.text.split()
    if len(items) < SPACED_CJK_MIN_ITEMS or any(len(item) > SPACED_CJK_ITEM_CHARS for item in items) \
            or CJK_PUNCTUATION.search(line.text):
        return 0
    foreign = sum(1 for item in items if not HAN_KANA.search(item))
    if len(items) >= SPACED_CJK_LETTERS_MIN_ITEMS and sum(1 for item in items if len(item) > 1) <= 1:
        return 0
    return len(items) if foreign <= 1 else 0


def _cut_headline(text: str) -> bool:
    """A short CJK line that breaks off in two or three full stops (a space before them at most), no
    sentence end before them (see ``CUT_HEADLINE_MAX_CHARS``)."""
    stem = text.rstrip(".")
    if len(text) > CUT_HEADLINE_MAX_CHARS or not 2 <= len(text) - len(stem) <= 3 \
            or len(stem) - len(stem.rstrip()) > 1:
        return False
    return len(HAN_KANA.findall(stem)) >= CUT_HEADLINE_MIN_HAN and not any(mark in stem for mark in CJK_END)


def _spaced_cjk_run(text: str) -> bool:
    """A run of CJK headlines set apart by single spaces that ends a sentence at its end only: no comma or
    stop before its last character (a list's last headline may end in "？" or "！"; prose has commas, and a
    paragraph under a spaced dateline, "商报讯 （记者 丁开艳） 昨日，财政部...", its stops). A table row's
    cells stand wider apart, by tabs or runs of spaces ("2014   第二十五届   台湾金曲奖最佳国语女演唱人奖")."""
    head = text.rstrip().rstrip(CJK_END)
    return text.count(" ") >= SPACED_CJK_MIN_ITEMS and WIDE_GAP.search(text) is None \
        and HAN_KANA.search(head) is not None and CJK_SENTENCE_MARK.search(head) is None


def _column_cells(line: Line, long_words: int) -> list[int] | None:
    """The words of a row's cells, longest first (each in proportion to its share of the row's
    letters), when the row is columns of a layout table: two cells or more, each of a headline's length
    (``COLUMN_CELL_MIN_WORDS``) and none of a paragraph's (``long_words``). A renderer that lays a
    page's layout table out as text glues its columns into one line ("Headline one   Headline two");
    the row is as long as a paragraph, yet no cell of it is one. None for other rows: a label beside its
    text ("Northern Ireland   During a discussion on ...", "You are here:   Home  News  Headline") reads
    as the text it holds, a row of a data table holds short cells among its long ones ("geo_price
    Number   Price by region   79.99 USD   Optional"), and sentences set apart by two spaces (a
    typist's habit) are a paragraph: a cell before a gap ends a sentence."""
    cells = CELL_SPLIT.split(line.text.strip())
    if any(map(ends_sentence, cells[:-1])):
        return None
    letters = max(1, sum(map(len, cells)))
    words = sorted((line.words * len(cell) // letters for cell in cells), reverse=True)
    if len(words) < 2 or words[0] >= long_words or words[-1] < COLUMN_CELL_MIN_WORDS:
        return None
    return words


def _describe(line: Line) -> str:
    end = "ends a sentence" if line.terminal else "no sentence end"
    return f"{line.words} words, {line.stopword_density:.0%} stopwords, {end}"


def classify(line: Line, page: Page) -> Label:
    cfg = page.config
    if not line.has_letters and not line.digit_share:
        return NO_WORDS_LABEL
    if not line.has_letters and len(line.text) >= IDENTIFIER_MIN_DIGITS and line.text.isdigit():
        return IDENTIFIER_LABEL
    if not line.has_letters and _counting_row(line.text):
        return Label(BAD, False, NAME, "a calendar's week or a pager: numbers counting up by one")
    # The cheap tests go first: a counted label ends with its bracket, and a comment header has a clock
    # time (a search for it is quicker than one for the verb), so a digit; an author box has "is" or
    # "was", an e-mail address an "@", a ticker's time a digit.
    if line.words <= COUNTED_LABEL_MAX_WORDS and line.text.endswith((")", "]")) \
            and COUNTED_LABEL.match(line.text) and not line.terminal:
        return COUNTED_LABEL_LABEL
    if (heading := wiki_heading(line)) is not None and heading.casefold() in WIKI_APPENDIX_HEADINGS:
        return Label(BAD, False, NAME, WIKI_APPENDIX_REASON, closes=True)
    if ("^" in line.text[:7] or "↑" in line.text[:7]) and WIKI_FOOTNOTE.match(line.text):
        if footnote(line):
            return Label(GOOD, True, NAME, "a footnote of a wiki's reference list (its back-link ^ or ↑ first): "
                                           "the article's own sources", final=True)
        return Label(BAD, False, NAME, "a back-link (^ or ↑) without a source or a note: a link to the top")
    if line.words <= COMMENT_HEADER_MAX_WORDS and line.digit_share and CLOCK.search(line.text) \
            and COMMENT_HEADER.search(line.text):
        return COMMENT_HEADER_LABEL
    if line.digit_share and line.words <= DATELINE_MAX_WORDS and line.cells < 2 and dateline(line.text):
        return DATELINE_LABEL
    if line.words <= BYLINE_MAX_WORDS and not line.terminal and BYLINE.match(line.text):
        return BYLINE_LABEL
    if line.words <= BYLINE_MAX_WORDS and line.digit_share and not line.terminal and _post_meta(line):
        return Label(BAD, False, NAME, "post meta: when (and by whom) the post was published")
    separators = line.separators
    if separators >= MENU_MIN_SEPARATORS and ("«" in line.text or "‹" in line.text or "<" in line.text):
        separators -= 2 * len(QUOTATION.findall(line.text))
    if (separators >= MENU_MIN_SEPARATORS and line.digit_share < MENU_MAX_DIGIT_SHARE
            and line.words / (separators + 1) <= MENU_WORDS_PER_ITEM and not _measurements(line)):
        return Label(BAD, False, NAME, MENU_REASON.format(separators))
    if not line.terminal and line.digit_share < MENU_MAX_DIGIT_SHARE and (" " in line.text or "\t" in line.text) \
            and (items := _spaced_cjk_items(line)):
        return Label(BAD, False, NAME, SPACED_MENU_REASON.format(items))
    if line.text.endswith("..") and _cut_headline(line.text):
        return Label(BAD, False, NAME, "a headline cut short to fit its box: a link to another story")
    if ("is" in line.text or "was" in line.text) and AUTHOR_BIO.match(line.text):
        return Label(BAD, False, NAME, "author box: who wrote the article")
    if line.words <= CONTACT_MAX_WORDS and "@" in line.text and EMAIL.search(line.text):
        return CONTACT_LINE_LABEL
    if line.digit_share and ("tel" in line.key or "phone" in line.key or "fax" in line.key) \
            and len(CONTACT_LABEL.findall(line.text)) >= CONTACT_BLOCK_LABELS:
        return Label(BAD, False, NAME, "contact block: telephone, fax or e-mail under their labels")
    if not line.terminal and line.digit_share and TICKER.match(line.text):
        return TICKER_LABEL
    if _teaser(line):
        return TEASER_LABEL
    if _tag_line(line) and not _measurements(line):
        return Label(BAD, False, NAME, TAG_REASON)
    if line.linked >= LINK_LINE_SHARE:
        return Label(SHORT, None, NAME, f"link: {line.linked:.0%} of its letters are link text")
    density = line.stopword_density
    prose = page.lang is None or density >= language.prose_density(page.lang, cfg.stopword_density)
    if line.words >= cfg.long_words:
        if line.words >= GLUED_LIST_MIN_WORDS and CLAUSE_MARK.search(line.text) is None:
            return Label(BAD, False, NAME, f"glued list: {line.words} words without a punctuation mark: a "
                                           "drop-down's options, a menu or a tag cloud on one line")
        if prose and line.title_share < TITLE_SHARE:
            if line.cells and (cells := _column_cells(line, cfg.long_words)):
                return Label(NEAR, None, NAME, f"columns of a layout table: {len(cells)} cells, the longest "
                                               f"{cells[0]} words: no paragraph")
            return Label(GOOD, True, NAME, "prose: " + _describe(line))
        # (Needed only where the density or the sentence end would rule the line out otherwise.)
        spaced_run = (density >= LIST_MAX_STOPWORD_DENSITY or line.terminal) and _spaced_cjk_run(line.text)
        if page.lang is not None and (density < LIST_MAX_STOPWORD_DENSITY or spaced_run) \
                and (not line.terminal or spaced_run) \
                and not line.code_like and not _amounts(TAG_COMMA.split(line.text)) and not _measurements(line) \
                and not _foreign_prose(line, page):
            return Label(BAD, False, NAME, UNPUNCTUATED_REASON + _describe(line))
        return Label(NEAR, None, NAME, "long but not prose-like: " + _describe(line))
    if line.words >= cfg.near_words and prose and line.title_share < TITLE_SHARE:
        return Label(NEAR, None, NAME, "short prose: " + _describe(line))
    return Label(SHORT, None, NAME, "short line: " + _describe(line))


def _core_params(page: Page) -> tuple:
    """What the compiled classify (``native.core.classify_lines``) reads besides the lines, in its order.
    It labels the lines that no rule of chrome above can match (it runs each rule's test, or a quick test
    the rule needs) and the lines of the rules whose whole test it runs (the ``*_LABEL`` labels, a menu),
    and leaves the others to :func:`classify`, its reference."""
    cfg = page.config
    prose = None if page.lang is None else language.prose_density(page.lang, cfg.stopword_density)
    return (Label(SHORT, None, NAME, ""), GOOD, NEAR, SHORT, NAME, prose, cfg.long_words, cfg.near_words, TITLE_SHARE,
            LIST_MAX_STOPWORD_DENSITY, COUNTED_LABEL_MAX_WORDS, WIKI_HEADING_MAX_WORDS, COMMENT_HEADER_MAX_WORDS,
            DATELINE_MAX_WORDS, BYLINE_MAX_WORDS, CONTACT_MAX_WORDS, MENU_MIN_SEPARATORS, TAG_MIN_ITEMS,
            TEASER_HEADLINE_WORDS, TEASER_HEADLINE_MAX_LOWER_WORDS, IDENTIFIER_MIN_DIGITS, DATELINE_OTHER_WORDS,
            TEASER_HEADLINE_CONTENT_WORDS, TAG_MAX_STOPWORD_DENSITY, LINK_LINE_SHARE, MENU_MAX_DIGIT_SHARE,
            MENU_WORDS_PER_ITEM, CLOCK, COMMENT_HEADER, dateline, BYLINE, POST_META, AUTHOR_BIO, AUTHOR_ROLES, TICKER,
            TEASER_GLUE, NUMBER_ROW,
            COUNTED_LABEL, WIKI_EDIT_LINK, EMAIL, CONTACT_LABEL, *date_words(), TIME_OR_DATE,
            (NO_WORDS_LABEL, IDENTIFIER_LABEL, COUNTED_LABEL_LABEL, COMMENT_HEADER_LABEL, DATELINE_LABEL, BYLINE_LABEL,
             CONTACT_LINE_LABEL, TICKER_LABEL, TEASER_LABEL, MENU_REASON, QUOTATION, SPACED_MENU_REASON,
             SPACED_CJK_MIN_ITEMS, SPACED_CJK_ITEM_CHARS, SPACED_CJK_LETTERS_MIN_ITEMS, GLUED_LIST_MIN_WORDS))


def run(page: Page, labels: list[Label]) -> list[Label]:
    if native.core is not None:
        return native.core.classify_lines(page.lines, labels, _core_params(page), classify, page)
    # A line's class depends on its text alone (and the page's language and config, and in Markdown on
    # how much of it is link text): pages repeat lines, and each distinct text is classified once.
    # Keyed by the text alone on a plain page (a pair per line would weigh more than the line), and equal
    # labels made one object.
    label_of: dict[str | tuple[str, float], Label] = {}
    shared: dict[Label, Label] = {}
    out = []
    for line, label in zip(page.lines, labels):
        if not label.final:
            key = (line.text, line.linked) if line.linked else line.text
            label = label_of.get(key)
            if label is None:
                label = classify(line, page)
                label = label_of[key] = shared.setdefault(label, label)
        out.append(label)
    return out


def list_item(text: str) -> bool:
    """A line with a list marker of the text's own (see ``LIST_ITEM`` and ``RENDERED_BULLET``)."""
    return LIST_ITEM.match(text) is not None and not text.startswith(RENDERED_BULLET)
