"""Unit tests per stage: each rule, on the kind of line it names, and on the body line it must spare."""
from __future__ import annotations

import pytest

from cleaner import Cleaner, Config, clean, explain, language, lexicon
from cleaner.labels import BAD, GOOD, NEAR, SHORT, UNSEEN
from cleaner.language import guess, tokens
from cleaner.page import build
from cleaner.stages import anchors, boxes, closers, code, entries, features, repetition, span, specs
from cleaner.pipeline import STAGES, label_page
from cleaner.stages.context import STRAY_MAX_LINES_AFTER

PARAGRAPHS = [
    "The council has approved the plan to rebuild the old harbour wall, which was badly damaged in the "
    "storms of last winter and has been closed to the public since then.",
    "Work is expected to start in the spring and to last about eighteen months, during which the "
    "fishing boats will moor at a temporary pontoon on the north side of the bay.",
    "Local businesses welcomed the decision but asked the council to keep the promenade open for as "
    "long as possible, because the summer season is when they make most of their money.",
]


def decisions(text: str, **config) -> dict[str, tuple[bool, str, str]]:
    """line -> (keep, stage, reason) for every line of ``text``."""
    from cleaner import Cleaner
    return {d.line: (d.keep, d.stage, d.reason) for d in Cleaner(Config(**config)).explain(text).decisions}


def classify(text: str, page_text: str | None = None):
    """The features stage's label for ``text`` (measured in a page of English prose)."""
    page = build("\n".join([*PARAGRAPHS, text]) if page_text is None else page_text, Config())
    line = next(ln for ln in page.lines if ln.text == text)
    return features.classify(line, page)


def label_page_until(page, stage: str):
    """The labels the stages before ``stage`` give ``page`` (one pass)."""
    labels = [UNSEEN] * len(page.lines)
    for name, run in STAGES:
        if name == stage:
            return labels
        labels = run(page, labels)
    raise KeyError(stage)


# ------------------------------------------------------------------------------------------ lexicon

def _lex(text: str) -> lexicon.Lexicon:
    return lexicon.compile_entries(lexicon.parse(text, "test.txt"))


def test_lexicon_entry_kinds():
    lex = _lex("listen live\nread more: *\n* all rights reserved\n* this website uses cookies *\n"
               "{n} comments\n! about the author\n> related articles\n")
    assert lex.match("Listen Live").phrase == "listen live"
    assert lex.match("» LISTEN  LIVE |").phrase == "listen live"  # normalised: case, spaces, edges
    assert lex.match("Read more: the full story").phrase == "read more: *"
    assert lex.match("Read moreover this") is None  # a prefix ends at a word boundary
    assert lex.match("© 2019 Example Media. All rights reserved.").phrase == "* all rights reserved"
    assert lex.match("We note this website uses cookies to work.").phrase == "* this website uses cookies *"
    assert lex.match("1.2K comments").phrase == "{n} comments"
    assert lex.match("comments") is None
    assert lex.match("About the author").keep
    assert lex.match("Related articles").closes


def test_lexicon_glued_menu_items():
    lex = _lex("community standards\nsubscribe\nsign in\n")
    assert lex.match("Community standardsDiscussion").phrase == "community standards"
    assert lex.match("SubscribeSign In").phrase == "subscribe"
    assert lex.match("The iPhone and the MacBook were discussed at length by the community today") is None


def test_lexicon_code_identifiers_are_not_glued_menu_items():
    # A camel-case name in code joins the words of one identifier: "EmailMessage.as_string()" is no
    # "Email" menu item glued to another, nor is a C name with underscores; true glue still counts.
    lex = _lex("email\ndate\nsubscribe\nsign in\n")
    assert lex.match("EmailMessage.as_string()") is None
    assert lex.match("PyObject *PyDateTime_TimeZone_UTC") is None
    assert lex.match("EmailMessage(policy=default)") is None
    assert lex.match("SubscribeSign In").phrase == "subscribe"
    assert lex.match("SubscribeSign In my_account_link").phrase == "subscribe"


def test_lexicon_wildcard_side_keeps_its_punctuation():
    """``* / reuters`` is a photo credit; a sentence ending in "Reuters." is not."""
    lex = _lex("* / reuters\n")
    assert lex.match("Photo: Jane Doe / Reuters") is not None
    assert lex.match("The company declined to comment to Reuters.") is None


def test_lexicon_keep_entry_wins(tmp_path):
    user = tmp_path / "mine.txt"
    user.write_text("! home\nour newsroom desk\n", encoding="utf-8")
    page = "Home\nOur Newsroom Desk\n" + "\n".join(PARAGRAPHS)
    seen = decisions(page, extra_lexicons=(str(user),))
    assert seen["Home"][:2] == (True, "lexicon")
    assert seen["Our Newsroom Desk"][:2] == (False, "lexicon")


def test_lexicon_rejects_empty_entries():
    with pytest.raises(ValueError, match="test.txt:2"):
        lexicon.parse("fine\n*\n", "test.txt")


def test_builtin_lexicons_load_and_cover_the_languages():
    names = {name for name, _ in lexicon.builtin_files()}
    assert {f"{code}.txt" for code in ("en", "de", "fr", "es", "pt", "it", "ru", "nl", "pl", "zh", "ja", "ko")} <= names
    lex = lexicon.load()
    assert lex.match("Startseite") is not None
    assert lex.match("Lesen Sie auch: Die Bahn streikt") is not None


# ----------------------------------------------------------------------------------------- features

@pytest.mark.parametrize("text, reason", [
    ("02:36 GMT04 March 2021", "dateline or clock"),
    ("Updated Nov 19, 6:55 AM;Posted Nov 19, 6:51 AM", "dateline or clock"),
    ("2019-11-19T08:57:40+01:00", "dateline or clock"),
    ("By Troy L. Smith, Cleveland.com", "byline"),
    ("militants, OSCE, Daesh, Sergei Lavrov, Aleppo", "tag list"),
    ("Elections, Brexit, 10 Downing Street, Labour, Tories", "tag list"),  # one number is no amount list
    ("Battle Against Daesh in Syria (180)", "label with a count"),
    ("Comments ( 0 )", "label with a count"),
    ("Как быть с набережной реки Великой?\xa0(156 )", "label with a count"),  # a poll and its votes
    ("Home | News | World | Europe", "menu or breadcrumb"),
    ("Home / Sport / Football / Premier League", "menu or breadcrumb"),
    ("Home > News > World > Europe", "menu or breadcrumb"),
    ("Home - News - Sport - Weather", "menu or breadcrumb"),
    ("Home  -  News - Sport - Weather", "menu or breadcrumb"),  # a wide gap around one dash
    ("首页｜新闻｜体育｜财经｜娱乐", "menu or breadcrumb"),  # CJK sites' full-width bar
    ("Nachrichten ︱ Sport ︱ Wetter ︱ Kultur", "menu or breadcrumb"),
    ("Nov 19 10:48", "dateline or clock"),
    ("14:48In Footsteps of Katy Perry Singer Sets Up First Gig", "news-ticker headline"),
    ("Customers Leave Without Paying Bill At Troy SteakhouseA party of six left the restaurant on Friday",
     "teaser"),
    ("Meg James is a corporate media reporter for the Los Angeles Times, covering television", "author box"),
    ("Write to Al Root at al.root@example.com", "contact line"),
    ("The Customer Service Center can be contacted with any questions or requests: Telephone: 03-761 9056 "
     "Fax: 03-561 3699 E-mail: subs@example.com The center is staffed on Sundays through Thursdays between "
     "07:00 and 14:00 and on Fridays only handles distribution requests", "contact block"),
    ("Friedrichstr. 200, 10117 Berlin, Tel. 030/226 343-0, Fax. 030/226 343 55", "contact block"),
    ("Milan Griffes on September 12, 2018 at 4:47 pm said:", "comment header"),
    ("* * *", "no words"),
    ("191119052250266", "a bare number"),
])
def test_features_chrome_kinds(text, reason):
    label = classify(text)
    assert label.cls == BAD and label.keep is False
    assert label.reason.startswith(reason), label.reason


@pytest.mark.parametrize("text", [
    "By the end of the day, the harbour was full of boats waiting for the tide.",
    "In a statement, the minister said:",
    "Readers can reach the helpline by telephone on 0800 123 456 at any time of the day or night.",
    "The 1990s",
    "January  84.2  61.0  97.5",
    "Following the 16-inch MacBook Pro, Apple plans to release a new 13-inch model next year.",
    # A sentence opening with short words and numbers before a product name glued in camel case.
    "The 2018 15-inch i9 MacBook Pro was a very hot machine. While it still holds up, Apple has improved it.",
    "Welcome to the new 16-inch MacBook Pro. While it looks quite familiar, it moves the needle forward.",
    # German capitalises its nouns: a sentence with a camel-case name is no title-case headline.
    "Als der Vorhang bei den Olympischen Winterspielen 2018 in PyeongChang fiel und die Saison zu Ende ging, "
    "befand sich das Team in einer schwierigen Lage.",
    "The film premiered at the festival (2019)",
    "The film premiered at the festival ( 2019 )",
    "«Wir waren fast 40 Tage in Quarantäne»",
    "Die Einschränkung sei »verschmerzbar«, sagt sie",
    # Slashes in paths, dates and "and/or" join no menu items.
    'log_file = "/var/log/server.log"',
    "cp /usr/src/app/config.yml /etc/app/",
    "Open 24/7 and/or by appointment",
    # Decimal commas in a table row, amounts in an ingredient list or a book's specs are no tags.
    "Flugbenzin\t\t8,14 Mio. t\t\t9,02 Mio. t\t\t10,8 %",
    "Vanilla protein shake, 1 cup oat milk, 2 ripe bananas, 1 tsp. honey",
    "Harbour Press, 3rd edition, 2021, 412 pages, hardback",
    # ... however long the list of amounts, and however few its function words.
    "Recovery shake, 1 cup blueberries, 2 whole-grain rice cakes, 1 tsp. almond butter, 2 dried apricots",
    # A dash or a slash between cell gaps is a table's empty cell, not a menu's separator.
    "Cover & Thank You Letters \t\t-\t\t-\t\tYes\t\tYes\t\tYes",
    "Interview Coaching \t\t-\t\t-\t\t-\t\t-\t\tYes",
    "Hiring Manager Information    -             -            -            Yes           Yes",
    "Cable lock\t/\t/\tYes",
    # A price is no clock time; angle brackets around a title or a placeholder are no separators.
    "$149.00",
    "€ 24.90",
    "<The Lighthouse Keeper: A Winter Tale>",
    "|-- <static files>",
    # A box-drawing bar frames a diagram's box: no separator.
    "│ ② Semantic & Structural Decomposition Module (Parser) │",
    # A year, a count, a figure written with separators is no identifier.
    "2019",
    "22273",
    "7,800,000,000",
])
def test_features_spare_body_lines(text):
    assert classify(text).cls != BAD


def test_features_classes():
    assert classify(PARAGRAPHS[0], "\n".join(PARAGRAPHS)).cls == GOOD
    assert classify("The tide turned at noon and the boats left the bay.").cls == NEAR
    assert classify("Harbour works").cls == SHORT
    # A long line of names and keywords has no function words: not prose.
    assert classify("Harbour Wall Storm Damage Council Plan Pontoon Promenade Fishing Boats Spring "
                    "Works Business Season Money Repairs Tide").cls in (NEAR, BAD)


@pytest.mark.parametrize("text", [
    # A layout table's columns glued into one line by a renderer: headlines side by side.
    "Council votes to rebuild the old harbour wall by the spring   Fishermen welcome the plan for a new pontoon",
    "* Storms close the coast road for a second week (23/11 - 10:48)   Ferry timetable for the winter months is out",
    "Council votes to rebuild the old harbour wall\tFishermen welcome the plan for a new pontoon\tWhat the tide "
    "tables say this week",
])
def test_features_columns_of_headlines_are_no_paragraph(text):
    label = classify(text)
    assert (label.cls, label.keep) == (NEAR, None)
    assert label.reason.startswith("columns of a layout table: ")


@pytest.mark.parametrize("text, cls", [
    # A label beside its text, a breadcrumb before the headline, sentences set apart by two spaces, a
    # paragraph in one cell of a row: each is judged as the text it holds.
    ("Northern Ireland   During a discussion on the fees the members expressed surprise that the details had "
     "not been provided to them by the department.", GOOD),
    ("You are here:   Home News World Iran: seven hundred reformers stand for the parliament in the spring "
     "elections", GOOD),
    ("The council met on Tuesday evening to discuss the wall.  It voted to rebuild it before the summer season "
     "begins this year.", GOOD),
    ("Harbour works   The council voted on Tuesday to rebuild the old harbour wall, which the storms of last "
     "winter damaged badly and which has been closed ever since", GOOD),
    # A data table's row: values of a word or two among its longer cells.
    ("geo_availability   String   Region-specific availability   Availability per region   in_stock (Texas), "
     "out_of_stock (New York)   Optional   Regions must be valid ISO 3166 codes", NEAR),
])
def test_features_rows_that_hold_a_paragraph_or_data_are_no_columns(text, cls):
    label = classify(text)
    assert label.cls == cls and not label.reason.startswith("columns of a layout table")


@pytest.mark.parametrize("text", [
    # A paragraph of one column with a sidebar's headline glued after it by a renderer that lays a
    # layout table out as text: the paragraph still ends its sentence.
    "農曆春節年假長達九天，林務局管理的國家森林遊樂區，除阿里山外，其餘遊樂區都將在除夕休園一天。"
    "                               年初一到初七 兩主題樂園 兒童免費玩",
    "The council voted on Tuesday to rebuild the old harbour wall before the summer season begins.      "
    "Ferry timetable for winter",
    "Local businesses welcomed the decision.\t\tMost read",
])
def test_page_row_ends_sentence_where_its_paragraph_does(text):
    line = build(text, Config()).lines[0]
    assert line.cells >= 1 and line.terminal


@pytest.mark.parametrize("text", [
    # Cells of like length, one of them ending in a mark: no paragraph with a cell beside it.
    "Загружается, подождите...      * Показать результат",
    "Posted in News.   Share this story",
    # Headlines side by side, and a row whose longest cell ends no sentence.
    "Council votes to rebuild the old harbour wall   Fishermen welcome the plan",
    "Closed.   The council voted on Tuesday to rebuild the old harbour wall",
])
def test_page_row_of_like_cells_or_headlines_ends_no_sentence(text):
    line = build(text, Config()).lines[0]
    assert line.cells >= 1 and not line.terminal


GERMAN = [
    "Der Gemeinderat hat am Dienstag beschlossen, die alte Hafenmauer wieder aufzubauen, die bei den "
    "Stürmen im vergangenen Winter schwer beschädigt wurde und seitdem gesperrt ist.",
    "Die Arbeiten sollen im Frühjahr beginnen und etwa achtzehn Monate dauern, in denen die Fischerboote "
    "an einem provisorischen Steg auf der Nordseite der Bucht festmachen.",
]


def test_features_prose_in_another_language_is_no_keyword_list():
    page = "\n".join([*GERMAN, QUOTE := "“Nobody who has fished from this harbour for thirty years could imagine "
                      "that one storm would bring down our wall during a single night” https://t.co/x1Yz",
                      ROW := "Hafen Nordsee Ostsee Fähren Fischerei Segeln Strände Leuchttürme Wetter "
                      "Gezeiten Veranstaltungen Unterkünfte Anreise Parken Kontakt"])
    assert classify(QUOTE, page).cls != BAD
    assert classify(ROW, page).reason.startswith("long line without function words")


def test_features_cjk_lines_are_measured_in_characters():
    page = build("今天上午，市政府宣布将在明年春天重建旧港口的防波堤，工程预计持续十八个月。", Config())
    assert page.lines[0].words >= 15
    assert features.classify(page.lines[0], page).cls in (GOOD, NEAR)


def test_features_chinese_prose_in_either_script_against_a_threshold_for_characters():
    # A character is a function word less often than a word of a spaced script: a Chinese news paragraph
    # is about a fifth stopwords (language.DENSITY_SCALE), in simplified and traditional characters alike.
    simplified = ("港口管理局周一宣布，去年冬季风暴中严重受损的老防波堤将在明年春天开始修复，这项工程预计会持续"
                  "十八个月，在此期间渔船将停靠在海湾北侧的临时浮码头。")
    traditional = ("港口管理局週一宣布，去年冬季風暴中嚴重受損的老防波堤將在明年春天開始修復，這項工程預計會持續"
                   "十八個月，在此期間漁船將停靠在海灣北側的臨時浮碼頭。")
    menu = "新闻 体育 财经 娱乐 科技 汽车 房产 教育 旅游 健康 时尚 读书"
    headlines = "港口防波堤明年春天开始修复 工程预计持续十八个月 渔船停靠临时浮码头"
    page = build("\n".join([simplified, traditional, menu, headlines]), Config())
    assert page.lang == "zh"
    assert page.lines[0].stopword_density == page.lines[1].stopword_density < 0.25
    assert [features.classify(line, page).cls for line in page.lines[:2]] == [GOOD, GOOD]
    # Menus and headline rows hold next to no function characters: they stay below it (a menu of short
    # items set apart by spaces is chrome on its own: see the test below).
    assert features.classify(page.lines[2], page).reason.startswith("menu: 12 short items set apart by spaces")
    assert features.classify(page.lines[3], page).cls == BAD
    # Spaced scripts keep the configured threshold.
    assert language.prose_density("en", 0.25) == 0.25 and language.prose_density(None, 0.25) == 0.25


CHINESE_PAGE = ("港口管理局周一宣布，去年冬季风暴中严重受损的老防波堤将在明年春天开始修复，这项工程预计会持续"
                "十八个月，在此期间渔船将停靠在海湾北侧的临时浮码头。")


@pytest.mark.parametrize("text", [
    "台灣天氣 旅遊天氣 大陸天氣 國外天氣 衛星雲圖",          # a site's links, one line in the renderer's text
    "歷史新聞\t\t轉寄\t\t列印\t\t討論\t\t推薦",               # an article's tool row, tab-separated
    "訂閱電子報 如果愛抱報 E起來閱讀電子報 文學點心屋 Blog",    # one Latin item among them
    "ニュース スポーツ エンタメ 経済 天気",                   # Japanese
])
def test_features_spaced_short_cjk_items_are_a_menu(text):
    page = build("\n".join([CHINESE_PAGE, text]), Config())
    assert features.classify(page.lines[1], page).reason.startswith("menu: ")


@pytest.mark.parametrize("text", [
    "北市提醒報名補習班前 要停看聽",                            # a headline: one space sets off a clause
    "港口 防波堤 明年春天 开始修复，工程 预计 持续 十八个月",   # a comma: a sentence, however spaced
    "股价 开盘 10.5 收盘 11.2 涨幅 6.7%",                       # a table row of figures
    "서울시는 오늘 새 도서관을 열었다 시민들은 환영했다",          # Korean is written with spaces
    "Home News Sport Weather Travel",                           # no CJK: not this rule's to judge
])
def test_features_spaced_cjk_look_alikes_are_no_such_menu(text):
    page = build("\n".join([CHINESE_PAGE, text]), Config())
    assert not features.classify(page.lines[1], page).reason.startswith("menu: ")


@pytest.mark.parametrize("text", [
    "紅 磡 及 九 龍 城 發 生 三 宗 爆 竊 案",                   # a headline set in spaced letters
    "大 連 港 料 去 年 盈 利 最 少 跌 15%",                     # ... with one figure among them
    "港 口 防 波 堤 明 年 春 天 開 始 修 復",
])
def test_features_text_in_spaced_letters_is_no_menu(text):
    page = build("\n".join([CHINESE_PAGE, text]), Config())
    assert not features.classify(page.lines[1], page).reason.startswith("menu: ")


@pytest.mark.parametrize("text", [
    "相 關 文 章",                                               # a letter-spaced label is short
    "社 群 回 應",
    "加 拿 大 家 园 网",                                         # a site's name
    "港口 防波 堤 明年 春天 开始 修复 工程 预计 持续",              # words of two characters: a menu's items
])
def test_features_short_spaced_labels_and_spaced_words_stay_a_menu(text):
    page = build("\n".join([CHINESE_PAGE, text]), Config())
    assert features.classify(page.lines[1], page).reason.startswith("menu: ")


REGIONS = ("Алтайский край Амурская область Архангельская область Астраханская область Белгородская область "
           "Брянская область Владимирская область Волгоградская область Вологодская область Воронежская область "
           "Еврейская АО Забайкальский край Ивановская область Иркутская область Кабардино-Балкарская Республика "
           "Калининградская область Калужская область Камчатский край Карачаево-Черкесская Республика")


@pytest.mark.parametrize("text", [
    REGIONS,                                                        # a drop-down's options, glued
    "All categories Office administration Public administration Recruitment agencies Analysis Architecture "
    "Banking Construction Customer service Education Energy Engineering Finance Health care Hotels and "
    "catering Insurance Internet Law Logistics Marketing Media Mining Production Real estate Retail Sales "
    "Telecommunications Tourism Transport Security Science Sport Fashion",   # a job board's categories
    "archives select month december 2025 november 2025 october 2025 september 2025 august 2025 july 2025 "
    "june 2025 may 2025 april 2025 march 2025 february 2025 january 2025 december 2024 november 2024 october "
    "2024 september 2024 august 2024 july 2024 june 2024 may 2024 april 2024 march 2024",
])
def test_features_long_line_without_a_punctuation_mark_is_a_glued_list(text):
    page = build("\n".join([*PARAGRAPHS[:2], text]), Config())
    assert features.classify(page.lines[-1], page).reason.startswith("glued list: ")


@pytest.mark.parametrize("text", [
    # Prose of that length has its commas and stops, or dashes between its clauses.
    PARAGRAPHS[0],
    "but be aware - the first versions of the design had flaws in how the keys were made and if I am "
    "mistaken it may be an attack vector that nobody has looked at yet so please check it before you rely "
    "on it for anything that matters to you or your users",
    "Годовой отчёт компании показал что выручка выросла на двенадцать процентов а прибыль на семь — "
    "совет директоров предложил направить на дивиденды половину чистой прибыли и сохранить программу "
    "обратного выкупа акций до конца следующего года несмотря на рост процентных ставок и слабый спрос",
    # A shorter line without marks is left to the other rules.
    "Residential Movers Full-Service Movers Local Movers Long Distance Movers Affordable Movers",
])
def test_features_glued_list_look_alikes(text):
    page = build("\n".join([*PARAGRAPHS[:2], text]), Config())
    assert not features.classify(page.lines[-1], page).reason.startswith("glued list: ")


@pytest.mark.parametrize("text", [
    "•每天吃香腸 胰腺癌容易..",                  # a sidebar's headline, cut to fit its box
    "痴情女照顾瘫痪网友3年见起色 伤者盼痊愈...",
    "郭德纲回应打人事件:与我“一毛钱...",
    "正在加载...",                                # a loading notice
    "ニュースの続きを読む..",
])
def test_features_cjk_headline_cut_short_is_chrome(text):
    page = build("\n".join([CHINESE_PAGE, text]), Config())
    assert features.classify(page.lines[1], page).reason.startswith("a headline cut short")


@pytest.mark.parametrize("text", [
    "他停了一下，说道……",                          # the script's own ellipsis
    "市议会今天通过了预算。议员们说...",            # a sentence ends before the dots
    "Loading...",                                 # no CJK: not this rule's to judge
    "港口..",                                      # too few characters to be a headline
    CHINESE_PAGE[:60] + "...",                    # longer than a headline
])
def test_features_cjk_cut_headline_look_alikes(text):
    page = build("\n".join([CHINESE_PAGE, text]), Config())
    assert not features.classify(page.lines[1], page).reason.startswith("a headline cut short")


def test_features_run_of_spaced_cjk_headlines_that_ends_a_sentence_at_its_last_item():
    # A renderer prints a box of headlines as one line; the last one may end in "？" or "！". No comma or
    # stop before it: a list, not a sentence. The enumeration comma "、" joins a headline's items.
    run = ("港口防波堤明年春天开始修复 渔船停靠临时浮码头 市议会通过新预算案、冬季渡轮时刻表公布 灯塔维修 "
           "老港口灯塔能否再亮？")
    page = build("\n".join([CHINESE_PAGE, run]), Config())
    assert features.classify(page.lines[1], page).reason.startswith("long line without function words")


@pytest.mark.parametrize("text", [
    # Prose with its commas and stops between spaced clauses, a headline with one space: they stay.
    "港口管理局周一宣布 去年冬季风暴中严重受损的老防波堤将在明年春天开始修复，这项工程预计会持续十八个月 "
    "在此期间渔船将停靠在海湾北侧的临时浮码头。",
    "老港口的灯塔还能亮多久 市议会今天终于给出了答案？",
    "市议会讨论了防波堤、灯塔、渡轮码头 三项工程的预算 议员们最后决定，先修防波堤 再修灯塔。",
    # A paragraph under its spaced dateline: its stops stand after the last space.
    "港口报讯 （记者 王海 李明） 昨日，港口管理局宣布，老防波堤将在明年春天开始修复，工程预计持续十八个月。",
    # A table's row: its cells stand wider apart than the words of a headline run.
    "▪ 2014 \u00a0\u00a0\u00a0第二十五届 \u00a0\u00a0\u00a0港口城市最佳摄影作品奖 \u00a0\u00a0\u00a0《防波堤上的冬天》 "
    "\u00a0\u00a0\u00a0（提名）",
])
def test_features_spaced_cjk_prose_is_no_headline_run(text):
    page = build("\n".join([CHINESE_PAGE, text]), Config())
    assert features.classify(page.lines[1], page).cls != BAD


def test_language_guess_of_a_chinese_page_that_its_menus_outweigh():
    # Its characters are stopwords far less often than the words of a spaced script (DENSITY_SCALE): a
    # news page with long menus and headline lists still reads as Chinese, not as "no clear language".
    menus = "\n".join(["首页 新闻 体育 财经 娱乐 科技 汽车 房产 教育 旅游 健康 时尚 读书 视频 图片 论坛"] * 3)
    page = tokens("\n".join([menus, CHINESE_PAGE]))
    share = language.evidence(page).hits["zh"] / len(page)
    assert language.MIN_COVERAGE * language.DENSITY_SCALE["zh"] <= share < language.MIN_COVERAGE
    assert guess(page) == "zh"


# ------------------------------------------------------------------------------------------ context

def test_context_heading_between_paragraphs_stays():
    page = "\n".join(["Home", "Coastline", "Lifeboats", "Ferries", PARAGRAPHS[0], "Storm damage", PARAGRAPHS[1],
                      PARAGRAPHS[2], "Most Read", "Harbour Wall Reopens", "Council Tax Rises"])
    seen = decisions(page)
    assert seen["Storm damage"][:2] == (True, "context")
    assert "subheading" in seen["Storm damage"][2]
    for menu in ("Coastline", "Lifeboats", "Ferries"):
        assert seen[menu][:2] == (False, "context")
    assert seen["Harbour Wall Reopens"][0] is False


def test_context_links_under_a_more_label_go_and_the_text_after_them_stays():
    links = ["Harbour wall reopens after winter storms", "Ferry timetable changes from Monday, council says"]
    page = "\n".join([PARAGRAPHS[0], "Read more:", *links, "A new pontoon", PARAGRAPHS[1], PARAGRAPHS[2]])
    seen = decisions(page)
    assert all(seen[link][:2] == (False, "context") and "chrome label on line 2" in seen[link][2] for link in links)
    assert seen["A new pontoon"][0], "the subheading over the next paragraph is not a link"
    # The box holds headlines: a sentence, and a subheading after a sentence, are the text again.
    page = "\n".join([PARAGRAPHS[0], "Read more:", links[0], "The council will decide in May.",
                      "A new pontoon", PARAGRAPHS[1], PARAGRAPHS[2]])
    seen = decisions(page)
    assert seen["The council will decide in May."][0] and seen["A new pontoon"][0]
    assert all(seen[p][0] for p in PARAGRAPHS)
    # The box's last link stands right above the next paragraph: as long as the links above it, no subheading.
    last = "Lifeboat crew rescues two fishermen off the point"
    page = "\n".join([PARAGRAPHS[0], "Read more:", *links, last, PARAGRAPHS[1], PARAGRAPHS[2]])
    seen = decisions(page)
    assert seen[last][:2] == (False, "context") and "chrome label on line 2" in seen[last][2]
    assert all(seen[p][0] for p in PARAGRAPHS)


def test_context_menu_run_inside_the_body_goes():
    run = ["World News", "Business News", "Sport Results", "Arts Reviews", "Travel Guides"]
    page = "\n".join([PARAGRAPHS[0], *run, PARAGRAPHS[1], PARAGRAPHS[2]])
    seen = decisions(page)
    assert all(seen[item][0] is False for item in run)
    assert "menu or headline list" in seen["World News"][2]
    assert all(seen[p][0] for p in PARAGRAPHS)
    # Bulleted, the menu still goes; bulleted amounts (an ingredient list) are the text's own list.
    bulleted = [f"* {item}" for item in run]
    seen = decisions("\n".join([PARAGRAPHS[0], *bulleted, PARAGRAPHS[1], PARAGRAPHS[2]]))
    assert not any(seen[item][0] for item in bulleted)
    amounts = ["* 6 tbsp fruit pectin", "* 1 tsp cinnamon", "* 1 tsp nutmeg", "* 2 ripe pears"]
    seen = decisions("\n".join([PARAGRAPHS[0], *amounts, PARAGRAPHS[1], PARAGRAPHS[2]]))
    assert all(seen[item][0] for item in amounts)


def test_context_a_list_that_a_sentence_announces_is_no_menu():
    items = ["Wall Strength Checks", "Storm Damage Surveys", "Pontoon Safety Inspections", "Harbour Bed Soundings",
             "Mooring Chain Reports"]
    announcer = "The harbour master's office offers the following services to boat owners:"
    seen = decisions("\n".join([PARAGRAPHS[0], announcer, *items, PARAGRAPHS[1], PARAGRAPHS[2]]))
    assert all(seen[line][0] for line in [announcer, *items, *PARAGRAPHS])
    # A short label over a box of links announces nothing of the text's ...
    seen = decisions("\n".join([PARAGRAPHS[0], "Topics:", *items, PARAGRAPHS[1], PARAGRAPHS[2]]))
    assert not any(seen[item][0] for item in items)
    # ... and a run that opens with chrome (a dateline under "About this statement:") is the site's box.
    box = ["Published: Monday, November 18th, 2019 at 11:08 a.m.", "Researched by: Jane Doe", "Edited by: John Roe",
           "Subjects: Harbours, Storms", "Sources: Harbour Press"]
    seen = decisions("\n".join([PARAGRAPHS[0], "This is what we found when we checked the statement:", *box,
                                PARAGRAPHS[1], PARAGRAPHS[2]]))
    assert not any(seen[line][0] for line in box)


def test_context_a_short_label_of_the_text_announces_its_list_inside_the_span():
    topics = ["Circuit Basics", "Grounding and Bonding", "Overcurrent Protection", "Wiring Methods",
              "Conductor Properties"]
    label = "Topics include:"
    seen = decisions("\n".join([PARAGRAPHS[0], label, *topics, PARAGRAPHS[1], PARAGRAPHS[2]]))
    assert all(seen[line][0] for line in [label, *topics, *PARAGRAPHS])
    assert seen[topics[0]][2].startswith("row of a list or table")
    # Without the label the same run inside the span is a menu ...
    seen = decisions("\n".join([PARAGRAPHS[0], *topics, PARAGRAPHS[1], PARAGRAPHS[2]]))
    assert not any(seen[line][0] for line in topics)
    # ... and under a label, a run longer than a list of the text stays one.
    links = [f"{town} Harbour Guide" for town in ("Whitby", "Scarborough", "Filey", "Bridlington", "Hornsea",
                                                  "Withernsea", "Grimsby", "Skegness", "Boston", "Hunstanton",
                                                  "Wells", "Cromer", "Sheringham", "Lowestoft", "Southwold",
                                                  "Aldeburgh")]
    seen = decisions("\n".join([PARAGRAPHS[0], "Our guides:", *links, PARAGRAPHS[1], PARAGRAPHS[2]]))
    assert not any(seen[line][0] for line in links)
    # A few links under a label that run into chrome are a box of the site's, not a list of the text.
    sources = ["Harbour Board Minutes", "Coastal Survey Report", "Storm Damage Register", "Pontoon Tender Notice"]
    seen = decisions("\n".join([PARAGRAPHS[0], "Our sources:", *sources, "Share this article", PARAGRAPHS[1],
                                 PARAGRAPHS[2]]))
    assert not any(seen[line][0] for line in sources)
    assert all(seen[p][0] for p in PARAGRAPHS)


def test_context_closing_header_stops_the_span():
    teasers = ["Council Tax Set To Rise", "The council has warned that bills will go up by five per cent next "
               "year because of the rising cost of adult social care and the repairs."]
    page = "\n".join([*PARAGRAPHS, "Related articles", *teasers])
    seen = decisions(page)
    assert seen["Related articles"][2].startswith("section header that closes the article")
    assert seen[teasers[1]][0] is False


def test_context_inline_box_of_links_between_paragraphs_does_not_close_the_article():
    links = ["Harbour protests: Fishermen block the north quay", "Storm damage bill rises to two million"]
    more = [("The harbour master said the temporary pontoon would be lit at night and that a member of staff "
             "would be on duty whenever the ferry is due."),
            ("The council will publish the final cost of the works once the contract has been signed with "
             "the builders, later this month.")]
    page = "\n".join(["Home", "News", "Sport", *PARAGRAPHS, "Related articles", *links, *more,
                      "Related articles", *links, "Contact us"])
    seen = explain(page).decisions
    assert all(d.keep for d in seen if d.line in more)
    assert not any(d.keep for d in seen if d.line in links or d.line == "Related articles")
    # A caption may stand between the paragraph and the header, and a link may be cut short.
    cut = ["Harbour protests: Fishermen block the north quay as the council...", links[1]]
    page = "\n".join([*PARAGRAPHS, "The old harbour wall (Image: Harbour Press)", "Related articles", *cut,
                      *more, "Contact us"])
    assert all(decisions(page)[p][0] for p in more)
    # Two boxes one under the other are one inline block; at the article's end, they close it.
    others = ["Lifeboat crew rescues two fishermen off the point", "Ferry timetable changes from Monday"]
    seen = decisions("\n".join([*PARAGRAPHS, "Related articles", *links, "Related", *others, *more, "Contact us"]))
    assert all(seen[p][0] for p in more) and not any(seen[link][0] for link in [*links, *others])
    kept = explain("\n".join([*PARAGRAPHS, "Related articles", *links, "Related", *others, more[0]])).text
    assert all(p in kept for p in PARAGRAPHS) and more[0] not in kept
    # A teaser list under the header (headline, summary, headline, summary) still closes the article.
    teasers = [links[0], more[0], links[1], more[1]]
    kept = explain("\n".join([*PARAGRAPHS, "Related articles", *teasers])).text.split("\n")
    assert not set(teasers) & set(kept)


def test_boxes_sets_the_box_aside_and_the_article_around_it_is_left_to_the_span():
    links = ["Harbour protests: Fishermen block the north quay", "Storm damage bill rises to two million"]
    more = ["Lifeboat crew rescues two fishermen off the point", "Ferry timetable changes from Monday morning",
            "Council votes to keep the promenade open all summer"]
    page = build("\n".join([*PARAGRAPHS[:1], "Related articles", *links, *PARAGRAPHS[1:], "Read more:", *more,
                            PARAGRAPHS[0]]), Config())
    before = label_page_until(page, "boxes")
    after = boxes.run(page, before)
    asides = {line.text: label.aside for line, label in zip(page.lines, after) if label.aside}
    assert set(asides) == {"Related articles", *links, *more}
    assert all(asides[t].startswith(boxes.INLINE_BOX_PREFIX) and "on line 2" in asides[t]
               for t in ["Related articles", *links])
    assert all("chrome label on line 7" in asides[t] for t in more)
    # Nothing else changes: the box judge only sets lines aside.
    assert [label._replace(aside="") for label in after] == [label._replace(aside="") for label in before]
    # A line a teaser run or a thread set aside keeps that reason.
    marked = [label._replace(aside="teaser list: 3 items") if label.aside == "" and i == 2 else label
              for i, label in enumerate(before)]
    assert boxes.run(page, marked)[2].aside == "teaser list: 3 items"


def test_boxes_a_chrome_word_among_the_field_labels_of_a_spec_table_announces_no_links():
    # A shoe's spec rows: "Last:" and "Support:" are lexicon chrome, but among "Type:" and "Weight:" they
    # label a value, and the rows and the product under them are no related-links box.
    spec = ["Type:", "Neutral", "Last:", "Slip-lasted", "Support:", "Moderate arch support", "Weight:", "9.4 oz",
            "Scarpa Veloce Climbing Shoes - Women's", "$124.93"]
    page = build("\n".join([PARAGRAPHS[0], *spec, PARAGRAPHS[1], PARAGRAPHS[2]]), Config())
    assert boxes.linked_under_label(page, label_page_until(page, "boxes")) == {}
    # One row under a chrome label, one field label away from the next: a spec table of two rows.
    page = build("\n".join([PARAGRAPHS[0], "Last:", "Slip-lasted", "Footwear Width:", "Regular, Wide",
                            PARAGRAPHS[1], PARAGRAPHS[2]]), Config())
    assert boxes.linked_under_label(page, label_page_until(page, "boxes")) == {}
    # A forum poster's stats: rows of field labels, but mostly chrome ones; their values stay chrome.
    stats = ["Messages:", "1,046", "Likes Received:", "103", "Best Answers:", "1", "Trophy Points:", "113"]
    page = build("\n".join([PARAGRAPHS[0], *stats, PARAGRAPHS[1], PARAGRAPHS[2]]), Config())
    found = boxes.linked_under_label(page, label_page_until(page, "boxes"))
    assert {"103", "1"} <= {page.lines[k].text for k in found}
    # Look-alikes that stay chrome: a lone "More:" or "Last updated:" over headlines, and "More:" next to a
    # "Tagged:" label, itself chrome, over a tag.
    links = ["Harbour wall reopens after winter storms", "Ferry timetable changes from Monday, council says",
             "Lifeboat crew rescues two fishermen off the point"]
    for above in ([], ["Tagged:", "Harbour news"]):
        for label in ("More:", "Last updated:"):
            page = build("\n".join([PARAGRAPHS[0], *above, label, *links, PARAGRAPHS[1], PARAGRAPHS[2]]), Config())
            found = boxes.linked_under_label(page, label_page_until(page, "boxes"))
            under = {page.lines[k].text: page.lines[at].text for k, at in found.items()}
            assert all(under.get(link) == label for link in links), (above, label)


def test_explain_names_the_body_span_each_line_stood_in():
    page = "\n".join(["Home", "News", "Sport", PARAGRAPHS[0], "Advertisement", *PARAGRAPHS[1:], "Contact us"])
    seen = {d.line: d for d in explain(page).decisions}
    assert {seen[p].block for p in PARAGRAPHS} == {"body span, lines 4-7"}
    assert seen["Advertisement"].keep is False and seen["Advertisement"].stage == "lexicon"
    assert seen["Advertisement"].block == "body span, lines 4-7"   # dropped by the lexicon, inside the span
    assert seen["Home"].block == seen["Contact us"].block == ""
    from cleaner.cli import _rows
    rows = _rows(explain(page)).splitlines()
    assert "DROP\tlexicon\t" in rows[4] and rows[4].endswith("(in the body span, lines 4-7)\tAdvertisement")
    assert rows[3].count("body span, lines 4-7") == 1  # a reason that names the span does not name it twice


def test_context_long_paragraph_far_past_the_closing_header_goes():
    blurb = ("Harbour Weekly is the independent voice of the bay, reporting on the council, the fishing fleet, "
             "the schools and the clubs of the town every week since it was founded by two retired teachers.")
    rest = ("The harbour master added that the pontoon would stay in place after the works were finished, "
            "because the fishermen had asked for a second landing stage on the north side of the bay.")
    headlines = [f"Harbour Story Number {n}" for n in range(1, 15)]  # more than a box's length of chrome
    # Far past the closer: a site's blurb in the footer goes.
    seen = decisions("\n".join([*PARAGRAPHS, "Related articles", *headlines, blurb, "Contact us"]))
    assert seen[blurb][0] is False
    assert seen[blurb][2].startswith("long paragraph more than")
    # Within a box's length of the article: the rest of an article split by an inline box stays.
    seen = decisions("\n".join([*PARAGRAPHS, "Related articles", *headlines[:4], rest, *headlines[4:]]))
    assert seen[rest][0] is True


def test_context_long_paragraph_far_under_the_text_goes_without_a_closing_header():
    # No header closes the article, but more than a box's length of chrome stands between: another story's
    # summary in the footer goes. Within a box's length it stays, and so does an intro above the chrome.
    summary = ("The rowing club won three races at the regatta on Saturday, and its coach said that the young "
               "crews had trained through the whole winter on the river for the first time in ten years.")
    chrome = ["Share on Facebook", "Share on Twitter", "Advertisement", "Home", "About us", "Contact us",
              "Privacy policy", "Terms of use", "Subscribe", "Newsletter", "Sitemap", "Careers", "Log in", "Sign up"]
    assert len(chrome) > STRAY_MAX_LINES_AFTER
    seen = decisions("\n".join([*PARAGRAPHS, *chrome, summary]))
    assert all(seen[p][0] for p in PARAGRAPHS)
    assert seen[summary][0] is False and seen[summary][2].startswith("long paragraph more than"), seen[summary]
    seen = decisions("\n".join([*PARAGRAPHS, *chrome[:4], summary, *chrome[4:]]))
    assert seen[summary][0] is True
    seen = decisions("\n".join([summary, *chrome, *PARAGRAPHS]))
    assert seen[summary][0] is True


def test_context_span_grows_over_a_list_and_verses():
    page = "\n".join(["Shopping", "Basket", "Offers", "Deals", PARAGRAPHS[0], PARAGRAPHS[1],
                      "1. Soak the beans overnight", "2. Boil them for an hour", "and season them well,",
                      "then serve them hot."])
    seen = decisions(page)
    for line in ("1. Soak the beans overnight", "2. Boil them for an hour", "and season them well,",
                 "then serve them hot."):
        assert seen[line][0], line


def test_context_title_of_a_text_with_nothing_above_it_stays():
    page = "\n".join(["Harbour wall to be rebuilt", *PARAGRAPHS])
    assert decisions(page)["Harbour wall to be rebuilt"][:2] == (True, "context")
    below_chrome = "\n".join(["Share", "Harbour wall to be rebuilt", *PARAGRAPHS])
    assert decisions(below_chrome)["Harbour wall to be rebuilt"][0] is False


FERRY_FIRST = [
    "The ferry company announced on Monday that the winter timetable will start two weeks earlier than usual, "
    "because the older of its two boats needs a new engine before the spring. The work was planned last year.",
    "During those weeks only one crossing will run in each direction every two hours, and the last boat from the "
    "island will leave at half past six in the evening instead of nine.",
    "Islanders who work on the mainland said the change would make it hard for them to get home on time, and the "
    "parish council has asked the company to add an extra late sailing on weekdays, at least for the commuters, "
    "and to publish the new times soon.",
    "The company replied that it had looked at hiring a boat from another operator but that none of the vessels "
    "it could find was certified for the crossing in winter weather.",
]
FERRY_SECOND = [
    "The engine work is expected to take about five weeks, after which both boats will return to the normal "
    "timetable with a crossing every hour from seven in the morning.",
    "The company said that tickets already bought for cancelled crossings can be used on any other boat on the "
    "same day.",
    "Passengers with cars are asked to book in advance, since the remaining boat will carry fewer vehicles when "
    "the weather is rough and the lower deck has to stay closed.",
    "A spokesperson for the company said that the repairs could not be put off any longer and that the timing "
    "had been chosen to avoid the busiest weeks of the autumn half-term.",
    "Local shops on the island have said they will stay open later on the days when the last boat leaves early, "
    "so that people coming home from work can still buy what they need before closing.",
    "Several residents also asked whether the bus that meets the ferry on the mainland side could wait for the "
    "last crossing, and the bus company said it would look into it.",
    "The parish council will discuss the timetable again at its next meeting, which is open.",
]


def test_context_second_body_span_past_a_block_of_chrome():
    # An article split in two by an inline "Related articles" box: the stronger part is the main span,
    # the first part is a further span, strong and free of chrome, and stays whole.
    # (A box of more links than an inline box holds: with fewer, the box would not end the main span.)
    box = ["Harbour car park to close for repairs", "Lifeboat crew called out twice in one night",
           "New ferry timetable from the first of May", "School choir wins county prize at last",
           "Council votes to keep the harbour museum open"]
    page = "\n".join(["Home", "News", "Travel", "Weather", *FERRY_FIRST, "Related articles", *box,
                      *FERRY_SECOND, "Share this article"])
    seen = decisions(page)
    for para in FERRY_FIRST:
        assert seen[para][:2] == (True, "context")
        assert "further body span" in seen[para][2]
    assert all(seen[p][0] for p in FERRY_SECOND)
    assert seen["News"][0] is False and not any(seen[link][0] for link in box)



def test_context_nested_bullets_are_no_lower_case_text():
    # inscriptis prints the items of nested lists under "+ " and "o ": a menu so printed starts no
    # sentence in lower case, and the span does not grow over it; the items of the text's own list,
    # lower-case after the same bullet, still carry the text on.
    menu = ["+ Harbour Times", "o News", "o Sport", "o Weather", "o Travel", "o Culture"]
    seen = decisions("\n".join([*PARAGRAPHS, *menu, "o Contact", "o Privacy"]))
    assert all(seen[p][0] for p in PARAGRAPHS) and not any(seen[item][0] for item in menu)
    items = ["o a pinch of salt", "o two eggs, beaten", "o one cup of milk"]
    seen = decisions("\n".join([*PARAGRAPHS[:2], "You will need:", *items, PARAGRAPHS[2]]))
    assert all(seen[item][0] for item in items)

def test_context_every_strong_block_outside_the_main_span_stays():
    # Three texts, each strong and free of chrome, between long runs of chrome (an archive's dates)
    # that outweigh each of them: the main span holds one, and each of the others is a body span too.
    dates = [f"March {n % 28 + 1}, 20{10 + n % 9}" for n in range(45)]
    page = "\n".join(["Home", "News", *FERRY_FIRST, *dates, *FERRY_SECOND, *dates, *HARBOUR_BODY, "Share this article"])
    seen = decisions(page)
    assert all(seen[p][0] for p in [*FERRY_FIRST, *FERRY_SECOND, *HARBOUR_BODY])
    assert "further body span" in seen[FERRY_FIRST[0]][2] and "further body span" in seen[HARBOUR_BODY[0]][2]
    assert not any(seen[date][0] for date in dates)


COMMENT_RULES = [
    "We welcome comments that add to the discussion, and we ask every reader to stay on the topic of the "
    "article and to be polite.",
    "Comments that contain insults, threats or personal attacks against other readers or the authors will "
    "be removed without notice.",
    "Please do not post advertising, links to other websites or telephone numbers, and do not write the "
    "same comment more than once.",
    "Comments are published after a moderator has read them, which can take a few hours at the weekend "
    "and on holidays.",
    "The editors may shorten a comment or choose some of them for the printed edition of the paper on "
    "the following day.",
    "Readers who break these rules more than once may lose the right to comment on the site for good.",
    "If you have a question about a comment that was removed, please write to the editors through the "
    "contact form.",
]


def test_context_article_above_its_closing_header_outweighed_by_what_follows():
    # A short article, then the header that closes it and a longer text that is no part of it (the rules
    # of the comments): the article is the text, though the rules weigh more.
    page = "\n".join(["Home", "News", *PARAGRAPHS, "Share", "Comments", *COMMENT_RULES, "About us"])
    seen = decisions(page)
    assert all(seen[p][0] for p in PARAGRAPHS)
    assert not any(seen[rule][0] for rule in COMMENT_RULES)
    # A box of headline links that splits the article heads no such end: the text goes on under it.
    box = ["Harbour car park to close for repairs", "Lifeboat crew called out twice in one night"]
    split = "\n".join(["Home", "News", *PARAGRAPHS, "Related articles", *box, *HARBOUR_BODY[3:], *FERRY_SECOND])
    seen = decisions(split)
    assert all(seen[p][0] for p in [*PARAGRAPHS, *HARBOUR_BODY[3:], *FERRY_SECOND])
    # Nor does a header at the top of the page, under the menu, over an article below it.
    top = "\n".join(["Home", "News", "Most popular", "Harbour car park to close for repairs",
                     "Lifeboat crew called out twice in one night", *HARBOUR_BODY, "Comments", *COMMENT_RULES[:2]])
    seen = decisions(top)
    assert all(seen[p][0] for p in HARBOUR_BODY)


GREEK_ARTICLE = [
    "Το δημοτικό συμβούλιο ενέκρινε το σχέδιο για την ανακατασκευή του παλιού κυματοθραύστη του λιμανιού, ο "
    "οποίος υπέστη σοβαρές ζημιές από τις καταιγίδες του περασμένου χειμώνα.",
    "Οι εργασίες αναμένεται να ξεκινήσουν την άνοιξη και να διαρκέσουν περίπου δεκαοκτώ μήνες, κατά τη διάρκεια "
    "των οποίων τα αλιευτικά σκάφη θα δένουν σε προσωρινή προβλήτα.",
    "Οι τοπικές επιχειρήσεις χαιρέτισαν την απόφαση, αλλά ζήτησαν από το δήμο να κρατήσει ανοιχτό τον "
    "παραλιακό πεζόδρομο για όσο το δυνατόν περισσότερο χρόνο.",
]


def test_context_sentence_case_headline_counts_half_a_paragraph():
    # Greek headlines are written like sentences: another story's headline under the article, past its
    # chrome, reads as prose but for its missing sentence end, and counts half (span.HEADLINE_MAX_WORDS).
    headline = ("Η κυβέρνηση ανακοίνωσε νέα μέτρα για τη στήριξη των μικρών επιχειρήσεων που επλήγησαν από την "
                "οικονομική κρίση και την αύξηση των τιμών της ενέργειας")
    page = "\n".join(["Αρχική", *GREEK_ARTICLE, "Εκτύπωση", "Αποστολή με email", "Ετικέτες", headline,
                      "Όροι χρήσης"])
    seen = decisions(page)
    assert all(seen[p][0] for p in GREEK_ARTICLE)
    assert seen[headline][0] is False
    line = build(headline, Config()).lines[0]
    label = features.classify(line, build("\n".join([*GREEK_ARTICLE, headline]), Config()))
    assert label.cls == GOOD and not line.terminal
    assert span.evidence(line, label, False, sentence_case=True) == line.words / 2
    # A paragraph that ends its sentence, a long one without its full stop, and any line of a page whose
    # headlines are in title case (English) count whole.
    ended = build(headline + ".", Config()).lines[0]
    assert span.evidence(ended, label, False, sentence_case=True) == ended.words
    assert span.evidence(line, label, False) == line.words
    long = build(" ".join([headline] * 2), Config()).lines[0]
    assert span.evidence(long, label, False, sentence_case=True) == long.words
    assert "el" not in language.TITLE_CASE_HEADLINES and "en" in language.TITLE_CASE_HEADLINES


def test_context_teaser_list_is_no_second_body_span():
    # A list of teasers (above a closing header here, so that it is no part of the main span) adds up to
    # as much prose, but every entry brings its own chrome line ("Read more").
    teasers = []
    for i, para in enumerate(FERRY_FIRST + FERRY_FIRST[:2]):
        summary = " ".join(para.split()[:24]) + "."
        teasers += [f"Ferry Story Number {i + 1}", summary, "Read more"]
    page = "\n".join([*teasers, "Related articles", *FERRY_SECOND])
    seen = decisions(page)
    assert all(seen[t][0] is False for t in teasers)
    assert all(seen[p][0] for p in FERRY_SECOND)


def test_context_span_grows_over_rows_of_one_shape():
    rows = ["May 3 -- Town Hall, Leeds", "May 5 -- Corn Exchange, Cambridge", "May 9 -- Colston Hall, Bristol",
            "May 12 -- Usher Hall, Edinburgh", "May 14 -- Albert Hall, Nottingham"]
    page = "\n".join(["Home", "Music", "Reviews", "Tickets", *PARAGRAPHS, "The spring dates are:", *rows,
                      "Share", "Most Popular", "Band Announces Farewell Gig", "Singer Cancels Summer Tour"])
    seen = decisions(page)
    for row in rows:
        assert seen[row][:2] == (True, "context")
        assert "row of a list or table" in seen[row][2]
    # Menu items and headlines share no number or mark: they are no rows.
    assert seen["Music"][0] is False and seen["Band Announces Farewell Gig"][0] is False
    assert span.shape("Sept. 12 -- Shoreline Amphitheatre") == span.shape("June 9 -- Coral Sky") == "a9-"
    # A list that a line announces ("The spring dates are:") stays inside the span too, though title-like.
    inside = "\n".join([PARAGRAPHS[0], "The spring dates are:", *rows, PARAGRAPHS[1], PARAGRAPHS[2]])
    assert all(decisions(inside)[row][0] for row in rows)
    assert span.shape("Art der Aufnahme: Digitalfoto") == span.shape("Optik: Teleobjektiv") == "a:a"
    assert span.shape("Home") == "a"


def test_context_one_row_misread_as_a_breadcrumb_does_not_end_the_table():
    rows = ["May 3 – Town Hall, Leeds", "May 5 – Corn Exchange, Cambridge",
            "May 8 – Hollywood Casino – Chicago",  # two dashes between short items: a breadcrumb alone
            "May 9 – Colston Hall, Bristol", "May 12 – Usher Hall, Edinburgh"]
    assert classify(rows[2]).cls == BAD
    page = "\n".join(["Home", "Music", "Reviews", *PARAGRAPHS, *rows, "Share", "Most Popular",
                      "Band Announces Farewell Gig", "Singer Cancels Summer Tour"])
    seen = decisions(page)
    assert all(seen[row][0] for row in rows)
    # At the end of the run it has no row on its far side, and stays chrome.
    seen = decisions("\n".join([*PARAGRAPHS, *rows[:2], rows[2], "Share", "Most Popular"]))
    assert seen[rows[2]][0] is False


def test_context_span_takes_rows_one_heading_away():
    # A table under its own heading after the text: the heading stands between the span and the rows.
    dates = ["June 9 – West Palm Beach, FL @ Coral Sky Amphitheatre", "June 10 – Tampa, FL @ Credit Union Amphitheatre",
             "June 14 – Alpharetta, GA @ Ameris Bank Amphitheatre", "June 17 – Nashville, TN @ Bridgestone Arena",
             "June 19 – Charlotte, NC @ PNC Music Pavilion", "June 20 – Raleigh, NC @ Walnut Creek"]
    page = "\n".join([*PARAGRAPHS, "The Band Tour Dates", *dates, "Share", "Most Popular",
                      "Band Announces Farewell Gig", "Singer Cancels Summer Tour"])
    seen = decisions(page)
    assert seen["The Band Tour Dates"][0] is True
    for row in dates:
        assert seen[row][0] is True and "one line away" in seen[row][2]
    assert seen["Band Announces Farewell Gig"][0] is False
    # A box of a few dated items under its heading is no such table, and a list-numbered menu never is.
    box = ["May 3 – Town Hall, Leeds", "May 5 – Corn Exchange, Cambridge", "May 9 – Colston Hall, Bristol"]
    menu = ["1. Local News", "2. World Affairs", "3. Sport Results", "4. Weather Maps", "5. Business News",
            "6. Arts Reviews"]
    page = "\n".join(["Skip to content", *menu, "Harbour Wall To Be Rebuilt", *PARAGRAPHS, "Upcoming Events", *box])
    seen = decisions(page)
    assert all(seen[line][0] is False for line in [*box, "Upcoming Events", *menu])
    assert all(seen[p][0] for p in PARAGRAPHS)


def test_context_span_grows_over_the_last_section_of_repeated_lines():
    # Every day of a plan ends with the same two lines; after the last day, nothing but prose-free
    # lines follow, so the span would stop before them.
    day = ["Evening snack", "Half an hour before bed"]
    page = "\n".join([*day, PARAGRAPHS[0], *day, PARAGRAPHS[1], *day, PARAGRAPHS[2], *day,
                      "Related articles", "Harbour News", "Weather"])
    kept = explain(page).text.split("\n")
    assert kept.count(day[0]) == 4 and kept.count(day[1]) == 4
    # A single label printed between the paragraphs and once more after them is no section.
    page = "\n".join([PARAGRAPHS[0], "Our partners", PARAGRAPHS[1], "Our partners", PARAGRAPHS[2],
                      "Our partners", "Harbour News", "Weather"])
    assert "Our partners" not in explain(page).text.split("\n")


def test_context_span_grows_over_the_points_a_closing_line_announces():
    points = ["Tuples save a bit of memory when replacing lists",
              "Generators save memory only for large tuples but are faster to iterate",
              "Map and filter are sometimes faster than the comprehensions"]
    page = "\n".join([*PARAGRAPHS, "It is a lot of graphs, so I will sum them up for you:", *points,
                      "Author: Jo Smith", "Contact", "Jobs"])
    seen = decisions(page)
    assert all(seen[p][0] for p in points)
    assert seen["Author: Jo Smith"][0] is False


def test_context_densest_span():
    assert span.densest_span([-1, 2, 3, -10, 4]) == (1, 2)
    assert span.densest_span([-1, -2]) is None
    assert span.densest_span([]) is None


def test_context_no_body_keeps_what_is_not_chrome():
    assert explain("Harbour\nSea wall\nPontoon").text == "Harbour\nSea wall\nPontoon"


def test_context_teaser_run_after_the_body_goes():
    items = []
    for n, (head, summary) in enumerate([
            ("New library opens its doors after two years", "Readers queued in the rain to be the first to borrow books from the new building."),
            ("School bus route to be reviewed after complaints", "The council will look again at the route after parents said children waited too long."),
            ("Fishing boat towed to safety after engine failure", "The lifeboat was called out shortly after midnight and brought the crew of three home.")]):
        items += [head, summary, f"{(2, 5, 9)[n]}H ago"]  # ages that count up by one would be a list
    # The rule trims an article (teasers.ARTICLE_MIN_WORDS of prose), not a page of teasers.
    body = [*PARAGRAPHS, "The harbour master said the temporary pontoon would be lit at night and that a "
            "member of staff would be on duty there whenever the ferry is due to arrive or leave.",
            "The council will publish the final cost of the works once the contract has been signed "
            "with the builders, which it expects to happen before the end of the month."]
    seen = decisions("\n".join([*body, "More in Local", *items]))
    assert all(seen[p][0] for p in body)
    assert all(seen[line][0] is False for line in items)
    assert seen[items[1]][2].startswith("teaser list: 3 ")  # items of one shape, or stories with their stamps


def test_context_teaser_rule_spares_sections_steps_and_lists_in_the_body():
    sections = []  # one subheading per paragraph: one non-prose line per item, not two or three
    for n, p in enumerate(PARAGRAPHS):
        sections += [f"Part {n + 1}: the harbour story", p[:120] + "."]
    steps = []  # numbered steps with a title each: they count up
    for n in range(1, 5):
        steps += [f"Stage {n}", f"Mix the flour and the water in bowl number {n}",
                  f"Stir bowl {n} slowly with a wooden spoon until what is in it is smooth."]
    for body in (sections, steps):
        seen = decisions("\n".join([*PARAGRAPHS, *body]))
        assert all(seen[line][0] for line in body), body

EXCERPT = ("The harbour trust has published its plans for the next ten years, and they include a new slipway "
           "for the lifeboat, a covered market on the quay and a footpath along the top of the old sea wall, "
           "which the trust hopes will bring more visitors to the town outside the summer months when most "
           "of the shops and cafes on the front are closed.")


def test_context_teaser_run_with_long_excerpts_goes_when_every_item_has_its_chrome():
    # Excerpts over teasers.SUMMARY_MAX_WORDS words, each under a headline and a dateline, each with a
    # "Read more": the chrome line in every item makes them teasers, whatever their length.
    items = []
    for n, head in enumerate(["Harbour trust publishes its ten-year plan", "Lifeboat crew trains new volunteers",
                              "Covered market on the quay gets the go-ahead"]):
        items += [head, f"March {12 - n}, 2020", EXCERPT.replace("ten years", f"{10 + 5 * n} years"), "Read more"]
    seen = decisions("\n".join([*HARBOUR_BODY, "More in Local", *items]))
    assert all(seen[p][0] for p in HARBOUR_BODY)
    assert all(seen[line][0] is False for line in items)
    # Sections of the body with as long a paragraph under a heading and a photo credit (no chrome) stay.
    sections = []
    for n, head in enumerate(["What the trust wants to build", "How the town will pay for it",
                              "When the work could start"]):
        sections += [head, f"Photo by Ann Marsh {n + 3}", EXCERPT.replace("ten years", f"{10 + 5 * n} years")]
    seen = decisions("\n".join([*HARBOUR_BODY, *sections]))
    assert all(seen[line][0] for line in sections if line.startswith("The harbour trust"))


HARBOUR_BODY = [*PARAGRAPHS, "The harbour master said the temporary pontoon would be lit at night and that a "
                "member of staff would be on duty there whenever the ferry is due to arrive or leave.",
                "The council will publish the final cost of the works once the contract has been signed "
                "with the builders, which it expects to happen before the end of the month."]


HARBOUR_TOPICS = ["harbour wall", "ferry timetable", "lifeboat station", "fish market", "coastal path", "sea defences",
                  "beach huts", "pier lights", "tide gauge", "sailing club", "old lighthouse", "marina car park"]


def _notice(topic: str) -> list[str]:
    """A story of a listing printed as a headline over its summary: no byline, no date."""
    return [f"Plans for the {topic} go on show at the library",
            f"Residents can see the drawings for the {topic} until the end of the month and leave their comments "
            f"with the staff, who will pass them on to the council before it decides in the spring."]


def _story(n: int, topic: str) -> list[str]:
    """A story of a listing printed as a headline, a byline, a date (not counting up) and a summary."""
    return [f"Council votes to fund repairs to the {topic}", "By Jo Smith", f"March {3 * n + 2}, 2020",
            f"The money for the {topic} comes from the reserve that was set aside after the storms."]


def test_context_listing_of_stories_in_two_shapes_keeps_every_story():
    # A section front: runs of stories of one shape between stories of another. The summaries outside
    # the runs are items too (each alone under its headline), no article: the runs are the page's list.
    stories = [line for t in HARBOUR_TOPICS[:7] for line in _notice(t)]
    stories += [line for n, t in enumerate(HARBOUR_TOPICS[:4]) for line in _story(n, t)]
    stories += [line for t in HARBOUR_TOPICS[7:] for line in _notice(t)]
    stories += [line for n, t in enumerate(HARBOUR_TOPICS[4:8]) for line in _story(n + 5, t)]
    seen = decisions("\n".join(["Local news", "The latest stories from the harbour town.", *stories]))
    assert all(seen[line][0] for line in stories if not line.startswith(("By ", "March ")))


def test_context_stories_with_short_headlines_between_runs_are_the_list():
    # Stories under headlines of three words ("Sea Defences plans") between runs of stories: items too,
    # and the runs stay.
    notices = [line for t in HARBOUR_TOPICS[:7] for line in (f"{t.title()} plans", _notice(t)[1])]
    stories = [line for n, t in enumerate(HARBOUR_TOPICS[:4]) for line in _story(n, t)]
    stories += notices
    stories += [line for n, t in enumerate(HARBOUR_TOPICS[4:8]) for line in _story(n + 5, t)]
    seen = decisions("\n".join(["Local news", *stories]))
    assert all(seen[line][0] for line in stories[4:] if not line.startswith(("By ", "March ")))


def test_context_teasers_in_two_shapes_after_an_article_go():
    # The same stories under an article: its paragraphs follow one another, so the prose above the run
    # is an article, and the run after it goes, whatever stories of the other shape follow it.
    run = [line for n, t in enumerate(HARBOUR_TOPICS[:4]) for line in _story(n, t)]
    notices = [line for t in HARBOUR_TOPICS[7:] for line in _notice(t)]
    seen = decisions("\n".join([*HARBOUR_BODY, "More in Local", *run, *notices]))
    assert all(seen[p][0] for p in HARBOUR_BODY)
    assert all(seen[line][0] is False for line in run)


def _long_story(n: int, topic: str) -> list[str]:
    """A story of a front page that gives it a long summary: a headline, a byline, a date and some seventy words."""
    return [f"Council votes to fund repairs to the {topic}", "By Jo Smith", f"March {3 * n + 2}, 2020",
            f"The money for the {topic} comes from the reserve that was set aside after the storms, and the "
            "council expects the work to start before the summer. Residents who live nearby will receive a "
            "letter with the dates of the closures, and the builders have promised to keep the noise down in "
            "the evenings and at weekends. A public meeting about the plans will be held at the library on the "
            "first Tuesday of next month."]


def _long_notice(topic: str) -> list[str]:
    """A story of the same front page in another shape: a headline over a summary of sixty words."""
    return [f"Plans for the {topic} go on show at the library",
            f"Residents can see the drawings for the {topic} until the end of the month and leave their comments "
            "with the staff, who will pass them on to the council before it decides in the spring. The drawings "
            "show the new layout, the materials and the trees that will be planted, and an architect will be "
            "there on Saturday mornings to answer questions."]


def test_context_front_page_with_long_summaries_keeps_every_story():
    # Stories of another shape between the runs, their summaries longer than a teaser's but no longer than
    # the runs' own: items too, and the runs are the page's list.
    stories = [line for n, t in enumerate(HARBOUR_TOPICS[:4]) for line in _long_story(n, t)]
    stories += [line for t in HARBOUR_TOPICS[4:7] for line in _long_notice(t)]
    stories += [line for n, t in enumerate(HARBOUR_TOPICS[7:11]) for line in _long_story(n + 5, t)]
    seen = decisions("\n".join(["Local news", "The latest stories from the harbour town.", *stories]))
    assert all(seen[line][0] for line in stories if not line.startswith(("By ", "March ")))
    # The same stories under an article, whose paragraphs follow one another and are no summaries however
    # long the runs' are: other stories, and the run of them goes.
    run = [line for n, t in enumerate(HARBOUR_TOPICS[:5]) for line in _long_story(n, t)]
    seen = decisions("\n".join([*HARBOUR_BODY, "More in Local", *run]))
    assert all(seen[p][0] for p in HARBOUR_BODY)
    assert all(seen[line][0] is False for line in run[4:])


def test_context_stories_a_clause_longer_than_the_runs_summaries_are_the_list():
    # Stories of another shape between the runs whose summaries run a clause past a teaser's length (some
    # fifty-five words beside runs of short summaries): items too, no article, and the runs stay.
    def notice(topic: str) -> list[str]:
        return [f"Plans for the {topic} go on show at the library",
                f"Residents can see the drawings for the {topic} until the end of the month and leave their "
                "comments with the staff, who will pass them on to the council before it decides in the spring. "
                "The drawings show the new layout, the materials and the trees that will be planted along the front."]
    stories = [line for n, t in enumerate(HARBOUR_TOPICS[:4]) for line in _story(n, t)]
    stories += [line for t in HARBOUR_TOPICS[4:7] for line in notice(t)]
    stories += [line for n, t in enumerate(HARBOUR_TOPICS[7:11]) for line in _story(n + 5, t)]
    seen = decisions("\n".join(["Local news", "The latest stories from the harbour town.", *stories]))
    assert all(seen[line][0] for line in stories if not line.startswith(("By ", "March ")))
    # Under an article, whose paragraphs follow one another, the run of stories still goes.
    run = [line for n, t in enumerate(HARBOUR_TOPICS[:4]) for line in _story(n, t)]
    seen = decisions("\n".join([*HARBOUR_BODY, "More in Local", *run]))
    assert all(seen[p][0] for p in HARBOUR_BODY)
    assert all(seen[line][0] is False for line in run)


COMMENTS = [
    ("Mary Fletcher", "March 3, 2020 at 9:14 am",
     ["About time too. My grandfather helped build that wall and it has been sad to see it falling apart.",
      "I hope they keep the old stones where they can rather than pouring concrete over everything."]),
    ("harbourwatcher says:", "March 3, 2020 at 11:02 am",
     ["Eighteen months is optimistic. The last repair took twice as long as the council said it would."]),
    ("Tom Reid", "March 4, 2020 at 7:45 pm",
     ["Will the pontoon be safe for children? The steps on the north side are steep and slippery."]),
]


def test_context_comment_thread_after_the_article_goes():
    thread = [line for name, stamp, words in COMMENTS for line in (name, stamp, *words, "Reply")]
    seen = decisions("\n".join([*HARBOUR_BODY, *thread]))
    assert all(seen[p][0] for p in HARBOUR_BODY)
    words = [w for _, _, ws in COMMENTS for w in ws]
    assert all(seen[w][0] is False for w in words)
    assert seen[words[0]][2].startswith("comment thread: 3 comments")



def test_comment_thread_under_the_comments_ages_goes():
    # Comment systems print each comment's age instead of its date ("6 months ago", "vor 3 Tagen"). A
    # page of items under their ages with no article above (a job board, a forum) keeps them.
    for ages in (["6 months ago", "5 months ago", "2 weeks ago"], ["vor 3 Tagen", "vor einem Tag", "vor 5 Stunden"],
                 ["3 дня назад", "2 часа назад", "15 минут назад"]):
        thread = [line for (name, _, words), age in zip(COMMENTS, ages)
                  for line in (name.removesuffix(" says:"), age, *words, "Reply")]
        text = "\n".join([*HARBOUR_BODY, *thread])
        seen = decisions(text)
        words = [w for _, _, ws in COMMENTS for w in ws]
        assert all(seen[p][0] for p in HARBOUR_BODY)
        assert all(seen[w][0] is False and seen[w][2].startswith("comment thread: 3 comments") for w in words), ages
        assert Cleaner(Config(comments=True))(text).split("\n") == [*HARBOUR_BODY, *words]
    jobs = [line for (name, _, words), age in zip(COMMENTS, ["2 days ago", "3 days ago", "1 week ago"])
            for line in (name.removesuffix(" says:"), age, *words, "Apply")]
    seen = decisions("\n".join(["Jobs on the harbour", *jobs]))
    assert all(seen[w][0] for _, _, ws in COMMENTS for w in ws)
    # A news river prints each story's age over it, at times twice: an age is no commenter's name.
    river = [line for head in OTHER_STORIES for line in ("2 days ago", "2 days ago", head, f"{head}, the desk says.")]
    seen = decisions("\n".join([*HARBOUR_BODY, *river]))
    assert not any(r.startswith("comment thread") for _, _, r in seen.values())


def test_comments_kept_on_request_without_their_headers():
    thread = [line for name, stamp, words in COMMENTS for line in (name, stamp, *words, "Reply")]
    text = "\n".join([*HARBOUR_BODY, *thread, "About us", "Privacy policy"])
    words = [w for _, _, ws in COMMENTS for w in ws]
    kept = Cleaner(Config(comments=True))(text).split("\n")
    # The article and every comment's words, in order; the names, stamps, buttons and footer go.
    assert kept == [*HARBOUR_BODY, *words]
    assert Cleaner(Config(comments=True))("\n".join(kept)) == "\n".join(kept)
    seen = decisions(text, comments=True)
    assert "kept on request" in seen[words[0]][2]

def signed_comments(words: list[str], stamp: bool = True) -> list[str]:
    """Comments as a Q&A page prints them: the words, the commenter's name as a link, the name signed
    after a dash, and the time the comment was written (twice: as a tooltip and as text)."""
    out = []
    for n, (name, _, ws) in enumerate(COMMENTS):
        name = name.removesuffix(" says:")
        out += [words[n % len(words)] if words else ws[0], name, f"– {name}",
                *([f"2020-03-0{3 + n} 1{n}:14:05 +00:00", f"Commented Mar {3 + n}, 2020 at 1{n}:14"] if stamp else [])]
    return out


def test_comments_signed_under_their_words_go_one_by_one():
    # A Q&A page: the question, its comments, an answer, the answer's comments. Each comment goes on its
    # own: the answer between them stays (a thread from the first comment to the last would take it).
    answer = ["Ask at the harbour office: they keep a list of the boats that still run in winter, and the "
              "ferry company prints its Sunday timetable on the board by the pier every October."]
    question_comments = signed_comments([])
    answer_comments = signed_comments(["Thanks, the board by the pier had exactly what I needed."])
    seen = decisions("\n".join([*HARBOUR_BODY, *question_comments, *answer, "Share", *answer_comments]))
    assert all(seen[p][0] for p in [*HARBOUR_BODY, *answer])
    words = [w for _, _, ws in COMMENTS for w in ws[:1]]
    assert all(seen[w][0] is False for w in words)
    assert "each signed under its words" in seen[words[0]][2]
    assert seen["– Tom Reid"][0] is False and seen["Thanks, the board by the pier had exactly what I needed."][0] is False
    # On request the comments' words stay.
    kept = Cleaner(Config(comments=True))("\n".join([*HARBOUR_BODY, *question_comments])).split("\n")
    assert kept[:len(HARBOUR_BODY)] == HARBOUR_BODY and all(w in kept for w in words)


def test_quotations_signed_without_a_time_stay():
    # An article's quotations, each with its attribution after a dash: no clock time under them.
    quotes = ["The sea wall is the town's oldest friend, and it deserves better than patches.", "– Mary Fletcher",
              "We will keep the old stones wherever the engineers allow it.", "– Tom Reid",
              "Eighteen months is a long time for the fishermen on the north side.", "— Ann Cole"]
    seen = decisions("\n".join([*HARBOUR_BODY, *quotes, *PARAGRAPHS]))
    assert all(seen[q][0] for q in quotes[::2])


def button_thread(rows=("Click to rate", "Report abuse")) -> list[str]:
    """A thread as a tabloid prints it: each comment's words, then who wrote it from where and when, its
    rating and its button; no header over any comment."""
    return [line for n, (name, stamp, words) in enumerate(COMMENTS * 2)
            for line in (*words, f"- {name.removesuffix(' says:')}, Portree, {3 + n}/03/2020 1{n}:14", *rows)]


def test_context_thread_under_its_buttons_goes():
    # The buttons under every comment ("Report abuse", "Reply"), the thread announced by its header, the
    # sort order and a note between them and the first comment.
    thread = button_thread()
    head = ["Comments (6)", "The comments below have not been moderated.", "Newest", "Oldest", "View all"]
    text = "\n".join([*HARBOUR_BODY, *head, *thread, "Add your comment"])
    seen = decisions(text)
    assert all(seen[p][0] for p in HARBOUR_BODY)
    words = [w for _, _, ws in COMMENTS for w in ws]
    assert all(seen[w][0] is False for w in words), [w for w in words if seen[w][0]]
    assert 'buttons ("Reply", "Report abuse")' in seen[words[0]][2] and f"line {len(HARBOUR_BODY) + 1} " in seen[words[0]][2]
    assert seen["Newest"][0] is False
    # On request the comments' words stay, without their names, ratings and buttons.
    kept = Cleaner(Config(comments=True))(text).split("\n")
    assert kept[:len(HARBOUR_BODY)] == HARBOUR_BODY and words[0] in kept and "Report abuse" not in kept
    assert not any(line.startswith("- ") for line in kept)
    # "Reply" over every comment, in other languages, and "Like · Reply · Report" rows do the same.
    for rows in (("Reply",), ("Antworten",), ("Ответить",), ("Like · Reply · Report",), ("Reply to This Parent",)):
        seen = decisions("\n".join([*HARBOUR_BODY, "6 Comments", *button_thread(rows)]))
        assert all(seen[w][0] is False for w in words), rows


def test_context_thread_under_its_buttons_spares_a_forum_a_share_row_and_a_short_page():
    words = [w for _, _, ws in COMMENTS for w in ws]
    # A forum prints the same buttons under every post, the first one included, under no header that
    # closes an article: the posts are the page's text.
    seen = decisions("\n".join(["Boats and Moorings", "Pontoon size for the winter?", *HARBOUR_BODY,
                                "Report abuse", *button_thread()]))
    assert not any(r.startswith("comment thread") for _, _, r in seen.values())
    # ... also when a header announces the replies: the first post carries the buttons above it.
    seen = decisions("\n".join(["Pontoon size for the winter?", *HARBOUR_BODY, "Report abuse", "Comments (6)",
                                *button_thread()]))
    assert not any(r.startswith("comment thread") for _, _, r in seen.values())
    # The sections of an article, each under its share row, have no reply or report button.
    sections = [line for p in PARAGRAPHS * 2 for line in (p, "Share", "Like")]
    seen = decisions("\n".join([*HARBOUR_BODY, "Comments", *sections]))
    assert not any(r.startswith("comment thread") for _, _, r in seen.values())
    # Without an article above them, the announced entries are the page's content (a guestbook).
    seen = decisions("\n".join(["Guestbook", "Comments (6)", *button_thread()]))
    assert not any(r.startswith("comment thread") for _, _, r in seen.values())
    # (The thread prints each entry twice: the first copy stays, the second is a post printed again.)
    kept = Cleaner().clean("\n".join(["Guestbook", "Comments (6)", *button_thread()])).splitlines()
    assert all(kept.count(w) == 1 for w in words)


def test_context_thread_under_names_that_say_so_goes_without_a_clock():
    # "Melissa says" over the date alone: the verb says who wrote the words under it.
    thread = [line for n, (name, _, words) in enumerate(COMMENTS)
              for line in (f"{name.removesuffix(' says:')} says", f"March {n + 3}, 2020", *words)]
    seen = decisions("\n".join([*HARBOUR_BODY, *thread]))
    assert all(seen[p][0] for p in HARBOUR_BODY)
    assert all(seen[w][0] is False for _, _, ws in COMMENTS for w in ws)


def test_context_two_comments_under_names_that_say_so_go_when_a_header_announces_them():
    # A header, the reply form, then two comments: "Name says:", the stamp, the words, "Reply".
    form = ["2 Comments", "Leave a Reply", "Your email address will not be published.", "Name *", "Post Comment"]
    thread = [line for name, stamp, words in COMMENTS[1:] for line in (f"{name.removesuffix(' says:')} says:",
                                                                     stamp, *words, "Reply")]
    words = [w for _, _, ws in COMMENTS[1:] for w in ws]
    text = "\n".join([*PARAGRAPHS, *form, *thread])
    seen = decisions(text)
    assert all(seen[p][0] for p in PARAGRAPHS)
    assert all(seen[w][0] is False and seen[w][2].startswith("comment thread: 2 comments") for w in words)
    assert Cleaner(Config(comments=True))(text).split("\n") == [*PARAGRAPHS, *words]
    # Two quoted speakers in an article, each over a dated statement, are no thread: no header announces them.
    quoted = [line for name, stamp, ws in COMMENTS[1:] for line in (f"{name.removesuffix(' says:')} says:",
                                                                    stamp, *ws)]
    seen = decisions("\n".join([*PARAGRAPHS, *quoted, *HARBOUR_BODY[len(PARAGRAPHS):]]))
    assert not any(r.startswith("comment thread") for _, _, r in seen.values())


SATIRE = [
    "Halloween lockt offenbar die bizarrsten Gestalten aus ihren Löchern. Die Polizei warnt aktuell vor einem "
    "Horrorclown, der seit Tagen in Linz und Umgebung sein Unwesen treibt und Passanten erschreckt.",
    "Der Clown sei zuletzt vor einem Supermarkt gesehen worden, wo er Kindern Süßigkeiten anbot und dabei laut "
    "über die Politik der Landesregierung schimpfte, berichten mehrere Augenzeugen.",
]
SAGT_THREAD = [
    ("Graugans sagt:", "31. Oktober 2023 um 15:15 Uhr",
     ["Hallo, „gratis“ schreibt man aber immer noch mit kleinem „g“! Das sollte eine Redaktion eigentlich wissen."]),
    ("andiY sagt:", "31. Oktober 2023 um 15:17 Uhr", ["Heißt das nicht „Manni-Fest“?"]),
    ("RLoecker sagt:", "31. Oktober 2023 um 15:35 Uhr",
     ["Wenn der Clown wüsste, dass der Heilige Nikolaus eigentlich aus der Türkei stammt."]),
]


def _sagt_page(row: str = "Zum Antworten anmelden") -> tuple[str, list[str]]:
    thread = [line for name, stamp, words in SAGT_THREAD for line in (name, stamp, *words, *([row] if row else []))]
    return "\n".join([*SATIRE, *thread, "Impressum", "Datenschutz"]), [w for _, _, ws in SAGT_THREAD for w in ws]


def test_comments_under_names_that_say_so_over_their_stamps_go_after_a_short_post():
    # "Graugans sagt:" / its stamp / the words / "Zum Antworten anmelden": no header announces the thread,
    # the article above is two paragraphs (a paywalled teaser), and the same button row closes each comment.
    text, words = _sagt_page()
    seen = decisions(text)
    assert all(seen[p][0] for p in SATIRE)
    assert all(seen[w][0] is False and seen[w][2].startswith("comment thread: 3 comments") for w in words)
    assert all(seen[name][0] is False for name, _, _ in SAGT_THREAD)
    assert Cleaner(Config(comments=True))(text).split("\n") == [*SATIRE, *words]


def test_comments_under_names_that_say_so_in_other_languages_go():
    # The same shape in Russian and Polish, announced by the thread's header instead of a button row.
    for header, verb, stamp in (("Комментарии (3)", "пишет:", "12 марта 2021 в 10:14"),
                                ("Komentarze (3)", "napisał:", "12 marca 2021 o 10:14")):
        thread = [line for n, (_, _, ws) in enumerate(SAGT_THREAD) for line in (f"Leser{n} {verb}", stamp, *ws)]
        seen = decisions("\n".join([*SATIRE, header, *thread]))
        assert all(seen[p][0] for p in SATIRE)
        assert all(seen[w][0] is False for _, _, ws in SAGT_THREAD for w in ws), verb


def test_comments_under_names_that_say_so_over_a_bare_stamp_go_when_announced():
    # A renderer that drops the stamp's <time> leaves "at" alone under every "Name says:".
    thread = [line for name, _, words in COMMENTS for line in (f"{name.removesuffix(' says:')} says:", "at", *words)]
    text = "\n".join([*PARAGRAPHS, "3 Comments", *thread])
    seen = decisions(text)
    assert all(seen[p][0] for p in PARAGRAPHS)
    assert all(seen[w][0] is False for _, _, ws in COMMENTS for w in ws)
    assert Cleaner(Config(comments=True))(text).split("\n") == [*PARAGRAPHS, *(w for _, _, ws in COMMENTS for w in ws)]


def test_says_lines_of_the_text_itself_stay():
    # An interview's "Merkel sagt: ..." goes on after the colon; a quotation's "He says:" has its paragraph
    # under it, not a stamp; neither is a thread, however short the article.
    interview = [*SATIRE, "Merkel sagt: Wir schaffen das, und zwar gemeinsam mit den Ländern und Gemeinden.",
                 "Der Ministerpräsident sagt: Das wird nicht reichen, solange der Bund nicht mehr Geld gibt.",
                 "Zum Schluss sagt sie noch, dass sie sich auf die Gespräche im Herbst freue."]
    assert clean("\n".join(interview)).split("\n") == interview
    quoted = [*PARAGRAPHS[:2], "The harbour master says:",
              "We will light the pontoon at night and keep a member of staff there whenever the ferry is due.",
              "A fisherman says:", "Eighteen months is a long time to moor on the wrong side of the bay for us.",
              PARAGRAPHS[2]]
    assert clean("\n".join(quoted)).split("\n") == quoted


def test_a_forum_thread_that_is_the_page_keeps_its_posts_under_names_that_say_so():
    # A guestbook or forum whose every post, the first one included, stands under "Name schreibt:" and its
    # stamp: no post of its own above the thread, so the posts are the page's text.
    words = [f"{p} {q}" for p, q in zip(SATIRE, reversed(SATIRE))] + [ws[0] for _, _, ws in SAGT_THREAD]
    posts = [line for n, w in enumerate(words)
             for line in (f"Leser{n} schreibt:", f"{n + 1}. Oktober 2023 um 15:15 Uhr", w, "Antworten")]
    seen = decisions("\n".join(["Forum", "Allgemeines", *posts, "Impressum"]))
    assert all(seen[w][0] for w in words)
    assert not any(r.startswith("comment thread") for _, _, r in seen.values())


def test_context_comment_that_opens_with_a_short_sentence_is_in_the_thread():
    # "Thanks for posting this." on a line of its own, then the comment's paragraph.
    first = ("Ann Marsh", "March 2, 2020 at 8:01 am", ["Thanks for posting this.",
             "The photographs of the old wall are wonderful and I had never seen the one of the 1953 storm."])
    thread = [line for name, stamp, words in (first, *COMMENTS) for line in (name, stamp, *words, "Reply")]
    seen = decisions("\n".join([*HARBOUR_BODY, *thread]))
    assert all(seen[w][0] is False and seen[w][2].startswith("comment thread: 4 comments") for w in first[2])
    # A forum's posts under stamps that name their writers: a post's last line ("Nice work!") is no name.
    posts = [line for n, (name, _, words) in enumerate((first, *COMMENTS))
             for line in (f"{name.removesuffix(' says:')} Jun {n + 7}, 2017 at 9:0{n} pm", "I agree.", words[-1],
                          "Nice work!")]
    seen = decisions("\n".join([*HARBOUR_BODY, *posts]))
    assert not any(r.startswith("comment thread") for _, _, r in seen.values())


def test_comment_thread_under_names_and_a_bare_verb_or_a_glued_meridiem_goes():
    # Some sites print no date at all: the name, the verb alone on its line ("Judy" / "said"), the words.
    said = [line for name, _, words in COMMENTS for line in (name.removesuffix(" says:"), "said", *words)]
    # Others glue the meridiem to the clock time: "3 March 2020 9:14AM".
    glued = [line for n, (name, _, words) in enumerate(COMMENTS)
             for line in (name.removesuffix(" says:"), f"{n + 3} March 2020 {n + 9}:14AM", *words, "Report")]
    # A reply names the comment it answers between its stamp and its words.
    replies = [line for n, (name, stamp, words) in enumerate(COMMENTS)
               for line in (name.removesuffix(" says:"), stamp, "Response to harbourwatcher, 3 March 2020 9:14AM", *words)]
    words = [w for _, _, ws in COMMENTS for w in ws]
    for thread in (said, glued, replies):
        text = "\n".join([*HARBOUR_BODY, *thread])
        seen = decisions(text)
        assert all(seen[p][0] for p in HARBOUR_BODY)
        assert all(seen[w][0] is False and seen[w][2].startswith("comment thread: 3 comments") for w in words)
        # Kept on request: the words stay, the names and the verbs go.
        assert Cleaner(Config(comments=True))(text).split("\n") == [*HARBOUR_BODY, *words]


def test_bare_verb_rule_spares_quotations_an_interview_and_a_forum():
    # A list of quotations under their authors, an interview's questions and answers under the speakers'
    # names: no line holds the verb alone, and they stay.
    quotes = [line for n, (name, _, words) in enumerate(COMMENTS)
              for line in (f"“{words[0]}”", f"— {name.removesuffix(' says:')}, 2020")]
    interview = [line for name, _, words in COMMENTS for line in ("Interviewer", f"What did {name} say?", *words)]
    for body in (quotes, interview):
        seen = decisions("\n".join([*HARBOUR_BODY, *body]))
        assert not any(r.startswith("comment thread") for _, _, r in seen.values()), body
        assert all(seen[line][0] for line in body if line.startswith("“"))
    # Without an article above them, posts under the same headers are a forum page's content.
    posts = [line for name, _, words in COMMENTS for line in (name.removesuffix(" says:"), "said", *words)]
    seen = decisions("\n".join(posts))
    assert not any(r.startswith("comment thread") for _, _, r in seen.values())


def test_context_comment_rule_spares_a_diary_a_fixture_list_and_a_short_page():
    # A diary's days carry a date but not the minute they were written.
    diary = [line for n, (_, _, words) in enumerate(COMMENTS)
             for line in (f"Day {('One', 'Two', 'Three')[n]}", f"March {n + 3}, 2020", *words)]
    # A fixture list: team, kick-off, team; no one's words under the time.
    fixtures = [line for n in range(3) for line in ("Harbour Rovers", f"Saturday March {n + 7}, 2020 15:00",
                                                      f"Bay United {n + 1}")]
    for body in (diary, fixtures):
        seen = decisions("\n".join([*HARBOUR_BODY, *body]))
        assert not any(r.startswith("comment thread") for _, _, r in seen.values()), body
    # Without an article above them, the dated posts are the page's content (a guestbook, a forum).
    posts = [line for name, stamp, words in COMMENTS for line in (name, stamp, *words)]
    seen = decisions("\n".join(posts))
    assert not any(r.startswith("comment thread") for _, _, r in seen.values())


def test_context_video_list_under_an_article_is_no_comment_thread():
    # A rail of clips: one label over every item ("On Now"), the clip's running time alone, its title and
    # its summary. The label and the time read as a commenter and a stamp; no thread has one commenter
    # whose stamps carry no date.
    clips = [line for n, (head, summary) in enumerate([
        ("Grizzly bears filmed from their own collars", "Twelve bears carried cameras across the tundra all summer."),
        ("Scientists study the rarest whale in the world", "Only seven of its kind have ever been seen at sea."),
        ("How animals sleep when danger is near", "Small sensors show birds sleeping for seconds while they fly.")])
        for line in ("On Now", f"{n + 1}:{17 + 9 * n}", head, summary)]
    seen = decisions("\n".join([*HARBOUR_BODY, "What you missed", *clips]))
    assert not any(r.startswith("comment thread") for _, _, r in seen.values())
    # Readers who all sign as "Anonymous" date their comments: still a thread.
    thread = [line for _, stamp, words in COMMENTS for line in ("Anonymous", stamp, *words)]
    seen = decisions("\n".join([*HARBOUR_BODY, *thread]))
    assert seen[COMMENTS[0][2][0]][2].startswith("comment thread: 3 comments")


def test_context_thread_under_one_line_headers_goes_after_a_short_post():
    # WordPress prints who wrote when on one line; the post above may be a note of two sentences, and
    # the comments, longer than it, would otherwise make the body span.
    post = ["Our goal with these open threads is to let readers raise questions about our work in the "
            "comments below. As always, you are also welcome to write to us if you prefer to talk privately. "
            "We will try to answer every question within a few days."]
    thread = [line for n, (name, stamp, words) in enumerate(COMMENTS * 2)
              for line in (f"{name.removesuffix(' says:')} on {stamp} said:", *words, HARBOUR_BODY[n % 2])]
    seen = decisions("\n".join(["The Harbour Blog", "Open thread", *post, "Comments", *thread]))
    assert seen[post[0]][0]
    assert all(seen[line][0] is False for line in thread), [line for line in thread if seen[line][0]]
    # Without a post above them, dated entries are the page's content (a guestbook).
    seen = decisions("\n".join(thread))
    assert not any(r.startswith("comment thread") for _, _, r in seen.values())


POLICY = ["Refund policy",
          "Items purchased between November 1 and December 24 are eligible for return until January 31, "
          "provided they are unworn, unwashed and in their original packaging with all tags attached.",
          "Final sale items cannot be returned or exchanged. Customers are responsible for return shipping "
          "charges, and shipping fees paid with the original order will not be refunded.",
          "We reserve the right to refuse a return that does not meet these conditions."]


@pytest.mark.parametrize("notice", ["© 2025 Harbour Supply Co. All Rights Reserved", "Copyright 2025 Harbour Supply Co.",
                                    "© 2025 Hafenbedarf GmbH. Alle Rechte vorbehalten.", "Tous droits réservés"])
def test_context_copyright_line_closes_the_page(notice):
    # The copyright line ends the page's footer: a store's policy printed after it (a dialog's text)
    # is no text going on, however much prose it holds.
    seen = decisions("\n".join([*HARBOUR_BODY, "About us", notice, *POLICY]))
    assert all(seen[p][0] for p in HARBOUR_BODY)
    assert all(seen[line][0] is False for line in POLICY), [line for line in POLICY if seen[line][0]]
    # A credit with a copyright between the paragraphs of a long article: the text goes on past it.
    long_body = [*HARBOUR_BODY, *PARAGRAPHS, *HARBOUR_BODY[3:], *PARAGRAPHS]
    seen = decisions("\n".join([*HARBOUR_BODY, f"Photo: {notice}", *long_body]))
    assert all(seen[p][0] for p in long_body)


PRIVACY = ["Privacy policy", *(
    f"{part}. We process the personal information you give us, such as your name, your e-mail address and your "
    "delivery address, to fulfil your orders, to answer your questions and to improve our services, and we keep it "
    "only for as long as the law requires or our legitimate business purposes need it." for part in
    ("Scope", "What we collect", "How we use it", "Who we share it with", "How long we keep it", "Your rights",
     "Cookies", "Children", "Transfers abroad", "Security", "Changes to this policy", "Contact"))]
FOOTER_LINKS = ["Help", "Live Chat", "Store Locator", "Our Story", "Sustainability", "Gift Cards"]


FOOTER_NOTE = ("Accessibility: we want this website to be easy to use for everyone, so if you have trouble with "
               "any of its pages, please call us and we will gladly help you.")


@pytest.mark.parametrize("closer, note", [("© 2025 Harbour Supply Co. All Rights Reserved", []),
                                          ("Copyright 2025 Harbour Supply Co.", []),
                                          ("© 2025 Harbour Supply Co. All Rights Reserved", [FOOTER_NOTE])])
def test_context_closing_header_under_a_footer_menu_ends_the_span(closer, note):
    # A shop prints its refund and privacy policies (a dialog's text) after the footer's links and its
    # copyright line (a note may stand between them): prose enough to outweigh any closing header, but
    # no text going on. (Long paragraphs within a box's length of the span stay, as after any closing
    # header: see test_context_long_paragraph_*.)
    body = [*HARBOUR_BODY, *(f"The {part} of the harbour wall will be rebuilt with the old stones where they can be saved, "
                             "and the builders will work from the water at high tide so that the quay stays open."
                             for part in ("north end", "south end", "middle section"))]
    seen = decisions("\n".join([*body, *FOOTER_LINKS, *note, closer, *POLICY, *PRIVACY]))
    assert all(seen[p][0] for p in body)
    beyond = [*POLICY, *PRIVACY][STRAY_MAX_LINES_AFTER:]
    assert all(seen[line][0] is False for line in beyond), [seen[line] for line in beyond if seen[line][0]]


def test_context_footer_rule_spares_a_menu_above_the_text_and_a_box_inside_it():
    # A closing header among the menu items above the text ("Latest News") has no paragraph of the span
    # above it: the text under the menu stays.
    long_body = [*HARBOUR_BODY, *PRIVACY[1:]]
    seen = decisions("\n".join(["Home", "Latest News", "World", "Sport", "Weather", *long_body]))
    assert all(seen[p][0] for p in long_body)
    # An inline box of links inside a long text stands under a paragraph, not under a menu: the text goes
    # on past it.
    seen = decisions("\n".join([*HARBOUR_BODY, "Related articles", "Storm damage bill rises to two million pounds",
                                 *PRIVACY[1:]]))
    assert all(seen[p][0] for p in [*HARBOUR_BODY, *PRIVACY[1:]])


def test_context_comments_alone_do_not_carry_the_span_past_their_header():
    # The comments a header announces outweigh it, but they are no text going on: the sidebar blurb
    # after them stays outside the body span. A text that goes on past an inline header still counts.
    thread = [line for name, stamp, words in COMMENTS * 4 for line in (name, stamp, *words, "Reply")]
    blurb = ["Hi, I am the editor of this little harbour blog, where I write about boats, the town and the "
             "people who keep both of them going through the winter months.",
             "Sign up to the newsletter and you will get every new post in your inbox on Sunday morning."]
    seen = decisions("\n".join([*HARBOUR_BODY, "12 Comments", *thread, "About me", *blurb]))
    assert all(seen[p][0] for p in HARBOUR_BODY)
    assert all(seen[line][0] is False for line in blurb), [seen[line] for line in blurb]
    # (Each paragraph stays once: the copies go as copies, none as a line past the span.)
    page = "\n".join([*HARBOUR_BODY, "Related articles", *HARBOUR_BODY[::-1], *HARBOUR_BODY])
    assert Cleaner().clean(page).splitlines() == HARBOUR_BODY
    assert all(d.stage == "repetition" for d in Cleaner().explain(page).decisions[len(HARBOUR_BODY) + 1:])


BOX_TEASERS = [
    "Lifeboat crew rescues three from the rocks off Portree after their yacht loses its mast Volunteers were out for six hours",
    "Ferry timetable changes again as the pontoon works begin early in the spring Islanders say they were not told in time",
    "Why I gave up my city job to fish for lobster in the bay Former banker Jo Reid on the hardest and best year of her life",
    "Covered market on the quay gets the go-ahead after a ten-year wait Traders hope the first stalls will open by the summer",
    "Storm damage bill for the harbour towns tops two million pounds Council leader asks the government for emergency help",
    "The island bakery that sells out of bread by nine every morning Queues form outside in the dark even in the middle of winter",
    "Seal pup found asleep on the slipway is returned to the sea Rescuers named her Pebble before she swam off towards the point",
    "Harbour festival to return after a three-year break with music and boat races Organisers are looking for more volunteers",
]


def test_teasers_headlines_glued_to_their_summaries_under_a_closing_header_go():
    # A "Don't miss" box prints each story's headline and its summary on one line, without a sentence
    # end (now and then one ends with "!" or "?"): as long as paragraphs, but no text going on.
    box = [*BOX_TEASERS[:4], "Seal pup found asleep on the slipway! Rescuers named her Pebble", *BOX_TEASERS[4:]]
    seen = decisions("\n".join([*HARBOUR_BODY, "Don't miss", *box]))
    assert all(seen[p][0] for p in HARBOUR_BODY)
    assert all(seen[line][0] is False for line in box), [line for line in box if seen[line][0]]
    assert seen[box[0]][2].startswith("teaser list: 9 stories in a row under a header that closes the article")
    # Past an inline box the article's own paragraphs end their sentences, and the span goes on.
    rest = [p.replace(" the ", f" the {word} ", 1) for word in ("new", "old") for p in HARBOUR_BODY]
    seen = decisions("\n".join([*HARBOUR_BODY, "Don't miss", *rest]))
    assert all(seen[p][0] for p in rest)
    # An article's long points without full stops under a heading of its own, the text going on after
    # them, stay; so do three or four such points at its end.
    seen = decisions("\n".join([*HARBOUR_BODY, "What the council promised", *BOX_TEASERS, *rest]))
    assert all(seen[line][0] for line in BOX_TEASERS), [seen[line] for line in BOX_TEASERS if not seen[line][0]]
    seen = decisions("\n".join([*HARBOUR_BODY, "What the council promised", *BOX_TEASERS[:4]]))
    assert all(seen[line][0] for line in BOX_TEASERS[:4])
    # A list the text announces with a colon is its own, however long; so is a checklist of short steps.
    steps = [f"Check the mooring lines of berth {n} and report any wear to the harbour office" for n in range(1, 11)]
    for points in (BOX_TEASERS, steps):
        seen = decisions("\n".join([*HARBOUR_BODY, "Before the works start, the council promised to:", *points]))
        assert all(seen[line][0] for line in points), points


FORUM_POSTS = [
    ("harbourwatcher", "Member", "Mar 2012", "Portree",
     ["Does anyone know whether the temporary pontoon on the north side of the bay will take boats over "
      "ten metres? Mine is eleven and the council notice does not say.",
      "I would rather book a berth somewhere else now than find out in the spring."]),
    ("skipper_jo", "Senior Member", "Jan 2009", "Oban",
     ["It takes up to twelve metres. I asked at the harbour office last week and they showed me the plans, "
      "which have room for twenty boats of that size on the outer side."]),
    ("harbourwatcher", "Member", "Mar 2012", "Portree", ["Thanks, that worked."]),
    ("old_salt", "Member", "Jun 2018", "Mallaig",
     ["Book early anyway, it was full by February last time."]),
]


def forum_thread(posts=FORUM_POSTS) -> list[str]:
    """A thread page as a forum prints it: every post under its poster's block (the post's number and
    date, name, rank, join date, location and post count) and its "Reply With Quote"."""
    lines = ["Forum", "Today's Posts", "Search", "Boats and Moorings", "Pontoon size for the winter?"]
    for n, (name, rank, joined, town, words) in enumerate(posts, 1):
        lines += [f"03-0{n}-2020, 0{n}:15 PM #{n}", name, rank, "Join Date", joined, "Location", town,
                  "Posts", f"{n * 97}", *words, "Reply With Quote"]
    return lines + ["« Previous Thread | Next Thread »", "Posting Permissions", "All times are GMT."]


def test_context_span_grows_over_the_posts_of_a_forum_thread():
    seen = decisions("\n".join(forum_thread()))
    words = [w for *_, ws in FORUM_POSTS for w in ws]
    assert all(seen[w][0] for w in words), [w for w in words if not seen[w][0]]
    assert "Thanks, that worked." in words
    assert any(reason.startswith("furniture between two posts") for _, _, reason in seen.values())
    assert not seen["Join Date"][0] and not seen["Reply With Quote"][0]


SHORT_POSTS = [
    ("harbourwatcher", ["Is the north pontoon open again after the storm? The harbour office did not answer "
                        "my call this morning, and the notice on its door is from October."]),
    ("skipper_jo", ["Yes, since Monday.", "Quote:", "The harbour office did not answer my call this morning.",
                    "I moored there last night and the lights work too."]),
    ("old_salt", ["Good to hear."]),
    ("harbourwatcher", ["Thanks, that worked.", "Posted on 3 May: the office confirmed it as well."]),
    ("mairi", ["Anyone know the fee for a week?"]),
]


def short_post_thread(posts=SHORT_POSTS) -> list[str]:
    """A thread page as XenForo prints it: every post under its poster's block (name, rank, join date,
    message count, the post's date and number), a chrome line among them ("Member"), the posts a line
    or two each: their prose weighs less than the blocks between them."""
    lines = ["Forums", "New posts", "Search forums", "Boats and Moorings", "North pontoon after the storm"]
    for n, (name, words) in enumerate(posts, 1):
        lines += [name, "Member", "Mar 12, 2012", f"{n * 211:,}", f"May {n}, 2025", f"#{n}", *words]
    return lines + ["You must log in or register to reply here.", "Similar threads", "Winter berths",
                    "Started by old_salt", "Replies: 4", "Terms and rules", "Privacy policy", "Help", "Home"]


def test_context_joins_short_posts_over_the_furniture_between_them():
    # Each post weighs less than the block of furniture under which it stands: the blocks count as
    # neither body nor chrome, and the posts add up as one text. The furniture that every block prints
    # goes (counters, post numbers) and so does the poster's name above it; a post's quotation with its
    # header and a post that mentions a date stay.
    seen = decisions("\n".join(short_post_thread()))
    words = [w for _, ws in SHORT_POSTS for w in ws]
    assert all(seen[w][0] for w in words), [w for w in words if not seen[w][0]]
    for chrome in ("Member", "#3", "633", "Replies: 4", "Similar threads"):
        assert seen[chrome][0] is False, chrome
    assert any(reason.startswith("furniture between two posts") for _, _, reason in seen.values())
    # Under an article the same blocks head its readers' comments, announced by a header or not: nothing
    # is joined.
    for header in ([], ["Comments (25)"]):  # a long thread, which outweighs the header
        seen = decisions("\n".join([*HARBOUR_BODY, *header, *short_post_thread(SHORT_POSTS * 5)[5:]]))
        assert all(seen[p][0] for p in HARBOUR_BODY)
        assert not any(r.startswith("furniture") for _, _, r in seen.values()), header
    # Two blocks are no thread: a byline printed over an article and over its update.
    page = ["harbourwatcher", "Member", "Mar 12, 2012", "May 1, 2025", PARAGRAPHS[0],
            "harbourwatcher", "Member", "Mar 12, 2012", "May 2, 2025", PARAGRAPHS[1]]
    seen = decisions("\n".join(page))
    assert not any(r.startswith("furniture") for _, _, r in seen.values())


QA_ANSWERS = [
    ("skipper_jo", "26.3k2323 gold badges129129 silver badges164164 bronze badges",
     ["The outer pontoon takes boats up to twelve metres. The harbour office showed me the plans last week, "
      "and there is room for twenty boats of that size on its outer side."]),
    ("Mairi MacLeod", "1,992 2 2 gold badges 14 14 silver badges 18 18 bronze badges",
     ["Book early whatever the length: the berths were all taken by February last winter, and the waiting "
      "list was longer than the pontoon."]),
    ("old_salt", "1111 bronze badge",
     ["Ask for a berth on the sheltered side if you can; the north wind in January is no joke in the bay, "
      "and the outer berths take the full swell."]),
]


def test_context_drops_the_posters_cards_of_a_q_and_a_thread():
    # A Q&A page: under each answer its actions, its date and the poster's card (the name, then the
    # reputation and badge counts, glued by the renderer or not), then the next answer's votes. The cards
    # go, the answers stay.
    lines = ["Pontoon size for the winter?", "Ask Question", "12",
             "Does the temporary pontoon on the north side of the bay take boats over ten metres? Mine is "
             "eleven and the council notice does not say.", "Share", "asked Mar 3, 2020 at 9:15",
             "harbourwatcher", "4,21011 gold badge2020 silver badges3333 bronze badges", "3 Answers"]
    for n, (name, card, words) in enumerate(QA_ANSWERS, 1):
        lines += [f"{10 - n}", *words, "Share", "Improve this answer", f"answered Mar {n + 3}, 2020 at 10:0{n}",
                  name, card]
    seen = decisions("\n".join([*lines, "Not the answer you're looking for?", "Hot Network Questions"]))
    for _, _, words in QA_ANSWERS:
        assert all(seen[w][0] for w in words)
    assert seen[lines[3]][0]
    for name, card, _ in QA_ANSWERS:
        assert seen[card] == (False, "context", seen[card][2]) and seen[card][2].startswith("furniture"), card
        assert not seen[name][0], name
    # Counts of badges in a sentence, and a list of them under its heading (one count a line, no
    # reputation before it), are the text's.
    body = ["Scouts in the troop earned 12 gold badges and 30 silver badges this year, more than ever before.",
            "The badges they earned", "12 gold badges", "30 silver badges", *PARAGRAPHS[:2]]
    seen = decisions("\n".join(["Troop news", *body, "Contact us"]))
    assert all(seen[line][0] for line in body), [line for line in body if not seen[line][0]]


def test_context_keeps_the_answers_after_an_answers_comment_count():
    # Under an answer's card its comment count ("1 Comment", a header that closes an article) and the
    # comment; more answers follow, code and short prose that the page's chrome outweighs line by line.
    # The count closes nothing: every answer stays, its code too.
    lines = ["Pontoon size for the winter?", "Ask Question", "12",
             "Does the temporary pontoon on the north side of the bay take boats over ten metres? Mine is "
             "eleven and the council notice does not say.", "Share", "asked Mar 3, 2020 at 9:15",
             "harbourwatcher", "4,21011 gold badge2020 silver badges3333 bronze badges", "3 Answers",
             "9", *PARAGRAPHS[:3]]
    code = [["berths = load_plan()", "for berth in berths:", "print(berth.length)"],
            ["waiting = sorted(queue)", "if boat.length > limit:", "waiting.append(boat)"],
            ["shelter = side_of(bay)", "while wind.north:", "moor(boat, shelter)"]]
    for n, (name, card, words) in enumerate(QA_ANSWERS, 1):
        lines += ["Share", "Improve this answer", f"answered Mar {n + 3}, 2020 at 10:0{n}", name, card,
                  "1 Comment", f"Thanks, that helped me too with berth {n}.", f"2020-03-0{n}T10:00:00Z", f"{5 - n}",
                  *code[n - 1], *words]
    seen = decisions("\n".join([*lines, "Share", "Improve this answer", "answered Mar 9, 2020 at 10:09",
                                "old_salt", "1111 bronze badge", "Hot Network Questions", *HOT_QUESTIONS]))
    for _, _, words in QA_ANSWERS:
        assert all(seen[w][0] for w in words), words
    assert all(seen[line][0] for block in code for line in block)
    assert not seen["1 Comment"][0]
    assert not any(seen[q][0] for q in HOT_QUESTIONS)
    # Under an article, with no poster's card above it, the count still closes the text: the readers'
    # comments under it go.
    comments = ["I walked along the pontoon last week and the new lights make it far safer after dark.",
                "The council should have asked the sailing club before it moved the visitor berths again."]
    seen = decisions("\n".join(["Harbour news", *PARAGRAPHS[:3], "2 Comments", *[
        line for n, text in enumerate(comments) for line in (f"reader{n}", f"March {n + 3}, 2020 at 9:15 am", text,
                                                             "Reply")]]))
    assert all(seen[p][0] for p in PARAGRAPHS[:3])
    assert not any(seen[c][0] for c in comments)


def test_counts_an_answers_comment_count_closes_nothing_with_more_answers_after_it():
    # The count under a poster's card with another card further down closes nothing; the count under
    # the last card, and one with no card above it, still close the article.
    lines = ["The outer pontoon takes boats up to twelve metres, and there is room for twenty of them.",
             "answered Mar 4, 2020 at 10:01", "skipper_jo",
             "26.3k2323 gold badges129129 silver badges164164 bronze badges",
             "2 Comments", "Ask for a berth on the sheltered side, the north wind in January is no joke.",
             "answered Mar 5, 2020 at 10:02", "old_salt", "1111 bronze badge", "1 Comment",
             "Book early whatever the length of your boat.", "3 Comments"]
    page, given, labels = stage_labels(lines, "counts")
    closing = {page.lines[i].text for i, label in enumerate(labels) if label.closes}
    assert closing == {"1 Comment", "3 Comments"}
    assert all(label.closes for line, label in zip(page.lines, given) if line.text.endswith(("Comment", "Comments")))


def test_context_keeps_a_short_last_answer_down_to_its_card():
    # A question with one answer: a line of prose and a few lines of code, which the question's actions,
    # date and card and the answer's outweigh line by line. The answer stays down to its card; the
    # page's form and its other questions under it go.
    answer = ["You can build the list of berths in a loop and pass it on:", "berths = []",
              "for n in range(12):", "berths.append(f'north-{n}')", "book(*berths)"]
    question = ["Booking every north berth at once?", "Ask Question", "3", *PARAGRAPHS[:2], "harbour", "pontoons",
                "Share", "Improve this question", "asked Mar 3, 2020 at 9:15", "harbourwatcher",
                "4,21011 gold badge2020 silver badges3333 bronze badges", "Add a comment", "1 Answer", "Reset to default",
                "2"]
    tail = ["Share", "Improve this answer", "answered Mar 4, 2020 at 10:01", "skipper_jo",
            "26.3k2323 gold badges129129 silver badges164164 bronze badges", "Add a comment",
            "Your Answer", "Sign up or log in", "Post as a guest", "Hot Network Questions", *HOT_QUESTIONS]
    seen = decisions("\n".join([*question, *answer, *tail]))
    assert all(seen[line][0] for line in [*PARAGRAPHS[:2], *answer]), [line for line in answer if not seen[line][0]]
    assert not any(seen[line][0] for line in ["skipper_jo", "Your Answer", *HOT_QUESTIONS])
    # Without the posters' cards (a blog post and a box of links under it) nothing grows.
    links = ["Build a berth list", "for n in range(12):", "Ask the harbour office", "Winter rates"]
    seen = decisions("\n".join(["Harbour news", *PARAGRAPHS[:2], "Share", "Posted Mar 3, 2020", *links,
                                "Contact us"]))
    assert not any(seen[line][0] for line in links)


HOT_QUESTIONS = [
    "Which LEGO set are these bags from?", "Hole in fuse and damage to the board when the fuse blows, why?",
    "How common is being held in custody after a bench warrant is issued?", "Buying a car and is this a red flag?",
    "Leetcode coin change in linear time", "Does too much heat when pressure cooking change anything?",
    "What are these unusual cable caps for?", "Can a student be paid to collaborate on research outside the topic?",
    "Why would a health savings company mandate a third party linking service for refunds?",
    "Is it safe to reduce pension contributions if a future employer has a better match?",
    "What is this microcontroller, what does it do, and how can I do without it?",
    "Are the fishing points of the island considered part of the old kingdom?",
]


def test_context_span_leaves_a_list_of_titles_under_a_closing_header():
    # A question with a script and its one answer weigh less than the network's list of other questions
    # under its closing header, each of which ends with a question mark: the list counts as chrome.
    question = ["How do I join a number of loop devices in linear mode?", "Viewed 89 times",
                "For joining files in linear mode I have this script from an older answer, and it works for "
                "two devices, but I do not know how to pass it a number of them.",
                "#!/bin/sh", "sum=0", "while [ \"$1\" != \"\" ]", "do", "shift", "}", "if [ -b \"$1\" ] || [ -e \"$2\" ]",
                "fi", "done",
                "Share", "Improve this question", "asked Jul 18, 2024 at 4:39", "user447274", "1 Answer",
                "You can use a for loop to iterate from zero to 32 and store the device names in an array, "
                "then pass the array to the script as its arguments.",
                "n=33", "devices=()", "done", "Share", "Improve this answer", "answered Jul 18, 2024 at 13:22"]
    page = [*question, "Hot Network Questions", *HOT_QUESTIONS, "more hot questions", "Question feed"]
    seen = decisions("\n".join(page))
    assert seen[question[2]][0] and seen[question[17]][0]
    assert not any(seen[title][0] for title in HOT_QUESTIONS)
    # An article's own questions are no such list: under no closing header, or four at most, or with
    # the answers' sentences between them.
    faq = [PARAGRAPHS[0], *HOT_QUESTIONS[:4], PARAGRAPHS[1], PARAGRAPHS[2]]
    seen = decisions("\n".join(faq))
    assert all(seen[line][0] for line in faq)
    # A news story's one-sentence paragraphs under a header such as "Don't miss" end with full stops, and
    # a box of headlines that the story goes on under ends on a paragraph: neither is a list of titles.
    from cleaner import pipeline
    from cleaner.page import build
    from cleaner.stages.span import titles_under_closer
    story = [f"{sentence.split(',')[0]}." for sentence in HOT_QUESTIONS]
    for lines in (["Don't miss", *story, "Related articles"],
                  ["Don't miss", *HOT_QUESTIONS, PARAGRAPHS[0] + " " + PARAGRAPHS[1], "Related articles"]):
        page = build("\n".join(lines), Config(), None)
        labels = pipeline._run(pipeline.LINE_STAGES, page, [pipeline.UNSEEN] * len(page.lines))
        assert not any(titles_under_closer(page, labels)), lines
    page = build("\n".join(["Hot Network Questions", *HOT_QUESTIONS, "more hot questions"]), Config(), None)
    labels = pipeline._run(pipeline.LINE_STAGES, page, [pipeline.UNSEEN] * len(page.lines))
    assert sum(titles_under_closer(page, labels)) == len(HOT_QUESTIONS)


def test_context_thread_rule_spares_look_alikes_and_leaves_comments_and_bylines_out():
    # A spec sheet, a recipe and an interview hold one label or name between their paragraphs, not a
    # dated block of three lines or more: nothing changes.
    for body in (["Weight: 2 kg", PARAGRAPHS[0], "Width: 40 cm", PARAGRAPHS[1], "Colour: grey", PARAGRAPHS[2]],
                 ["Serves: 4", "Prep time: 20 minutes", *PARAGRAPHS],
                 [line for p in PARAGRAPHS for line in ("Q:", p.replace(".", "?", 1), "A:", p)]):
        seen = decisions("\n".join(body))
        assert all(seen[line][0] for line in body), body
        assert not any(r.startswith("furniture") for _, _, r in seen.values())
    # Under an article, the same thread is its readers' comments: the span does not grow over them.
    seen = decisions("\n".join([*HARBOUR_BODY, *forum_thread()[5:]]))
    assert all(seen[p][0] for p in HARBOUR_BODY)
    assert seen["Thanks, that worked."][0] is False
    assert not any(r.startswith("furniture") for _, _, r in seen.values())
    # A byline block printed twice is no thread: two blocks are an article's byline and its copy.
    byline = ["By", "Jane Doe", "Published Nov 8, 2023", "Share"]
    page = ["A non-profit newsroom for the bay.", *byline,
            "By submitting your email you agree to receive our newsletter.", *byline, *HARBOUR_BODY]
    seen = decisions("\n".join(page))
    assert seen[page[0]][0] is False
    assert all(seen[p][0] for p in HARBOUR_BODY)


def test_repetition_spares_a_line_a_comment_quotes():
    quoted = "Boats will moor at the pontoon"
    body = [HARBOUR_BODY[0], quoted, *HARBOUR_BODY[1:]]
    thread = [line for name, stamp, words in COMMENTS for line in (name, stamp, *words)]
    thread[3:3] = [quoted]  # a reader quotes the article in the first comment
    seen = [d for d in explain("\n".join([*body, *thread])).decisions if d.line == quoted]
    assert [d.keep for d in seen] == [True, False]


#: Headlines of other stories as a related-content box prints them: no sentence end, and long enough
#: (long_words or more) to count as prose on their own and carry the body span past the article.
OTHER_STORIES = ["Lifeboat crew rescues two walkers cut off by the rising tide near the old lighthouse on Sunday",
                 "Ferry timetable to change for the winter months as the operator cuts the number of late crossings",
                 "Harbour café wins a regional award for its fish soup and the fresh bread it bakes every morning",
                 "Town council to review the parking charges on the seafront after months of protests by traders"]
#: Sections of the article's end, each a heading and one paragraph (no repeats of PARAGRAPHS).
SECTIONS = ["What happens to the ferry next spring",
            ("The operator will move the ferry to the north side of the bay for the whole of the works, and "
             "the timetable will not change."),
            "Who will pay for the new harbour wall",
            ("Most of the money comes from a national fund for coastal defences, and the council will borrow "
             "the rest over twenty years."),
            "How the promenade will stay open",
            ("Only the stretch next to the works will close, and a path behind the lifeboat station will take "
             "walkers around it.")]


def test_context_trailing_headline_run_goes():
    # The headlines carry enough evidence to join the body span; under the chrome that follows the
    # article's last paragraph they are a list of other stories, kickers and summaries with them.
    # (A price table after them and the line that announces its promo code end no text: a line that
    # ends with a colon announces, it ends nothing.)
    seen = decisions("\n".join([*HARBOUR_BODY, "Like this story? Share it with a friend!", *OTHER_STORIES,
                                "Brass lantern  £40  £5", "Steel lantern  £30  £5", "Glass lantern  £20  £2",
                                "Prices with promo code:", "Privacy policy"]))
    assert all(seen[p][0] for p in HARBOUR_BODY)
    assert all(seen[h][:2] == (False, "context") for h in OTHER_STORIES)
    assert seen[OTHER_STORIES[0]][2].startswith("headline run at the end of the body span: 4 headlines")
    teasers = []
    for kicker, head in zip(["Coast", "Transport", "Food & Drink"], OTHER_STORIES):
        teasers += [kicker, head, f"The {kicker.lower()} desk reports that {head.lower()}."]
    seen = decisions("\n".join([*HARBOUR_BODY, "Like this story? Share it with a friend!", *teasers]))
    assert all(seen[p][0] for p in HARBOUR_BODY)
    assert all(seen[line][:2] == (False, "context") for line in teasers)
    assert seen[teasers[2]][2].startswith("headline run at the end of the body span: 3 headlines")


def test_context_trailing_headline_run_with_a_renderers_bullets_goes():
    # One renderer prints the box of other stories' links bare, another with a bullet before each item
    # ("* "): the headlines go either way. The span does not grow over them as over a list of the text.
    bulleted = [f"* {h}" for h in OTHER_STORIES]
    seen = decisions("\n".join([*HARBOUR_BODY, "Like this story? Share it with a friend!", *bulleted,
                                "Privacy policy"]))
    assert all(seen[p][0] for p in HARBOUR_BODY)
    assert all(seen[h][:2] == (False, "context") and seen[h][2].startswith("headline run") for h in bulleted)
    # A list that the text marks itself ("- ", "3. ") is the article's: under the chrome it stays, and
    # so does a key point's bulleted line that ends its sentence.
    marked = [f"- {h}" for h in OTHER_STORIES]
    seen = decisions("\n".join([*HARBOUR_BODY, "Like this story? Share it with a friend!", *marked,
                                "Privacy policy"]))
    assert not any(seen[h][2].startswith("headline run") for h in marked)
    points = ["* The wall will be rebuilt from next spring.", "* Boats will moor at a temporary pontoon.",
              "* The promenade will stay open for most of the works."]
    seen = decisions("\n".join([*HARBOUR_BODY, *points, "Privacy policy"]))
    assert all(seen[line][0] for line in [*HARBOUR_BODY, *points])


def test_span_text_goes_on_over_list_items_but_not_over_a_renderers_bullets():
    # A list item that the text marks itself continues the text at the span's edge; the bullet a renderer
    # prints before every item of a list (a box of links as much as the text's list) says no more than
    # the bare item another renderer prints.
    page = build("\n".join([*PARAGRAPHS, "- Harbour café wins a regional award", "3. Stir the soup",
                            "* Harbour café wins a regional award", "Harbour café wins a regional award",
                            "* the soup is stirred until it thickens"]), Config())
    labels = [UNSEEN] * len(page.lines)
    seen = {line.text: span._continues_text(line, label) for line, label in zip(page.lines, labels)}
    assert seen["- Harbour café wins a regional award"] and seen["3. Stir the soup"]
    assert not seen["* Harbour café wins a regional award"] and not seen["Harbour café wins a regional award"]
    assert seen["* the soup is stirred until it thickens"]  # lower-case: it goes on with the text


def test_context_trailing_headline_rule_spares_a_listing_of_stories():
    # A section front: an intro, then stories, each a headline, its summary and its byline. The span's
    # sentences before the first byline are the intro and a story's summary, no article: the stories
    # after the byline are more of the same, not a list of other stories under it.
    items = []
    for n, topic in enumerate(HARBOUR_TOPICS[:8]):
        items += [f"Council votes to fund repairs to the {topic}",
                  f"The money for the {topic} comes from the reserve that was set aside after the storms of last winter.",
                  f"By Jo Smith • Dec. {2 * n + 3}, 2025"]
    intro = "Stories from the harbour town and the bay, updated every day by our reporters."
    seen = decisions("\n".join(["Harbour news", intro, *items]))
    assert all(seen[line][0] for line in [intro, *items] if not line.startswith("By "))


def test_context_trailing_headline_rule_spares_the_end_of_an_article():
    sections = SECTIONS
    key_points = ["Key points", "The wall will be rebuilt from next spring", "Boats will moor at a temporary pontoon",
                  "The promenade will stay open for most of the works"]
    sources = ["Harbour Trust, \"Ten-year plan for the bay,\" March 2020",
               "Coastal Office, \"Storm damage survey of the north coast,\" Jan. 5, 2020",
               "Email interview with Ann Marsh, harbour master, Feb. 2, 2020"]
    faq = ["Will the ferry keep running?", "Yes, from the temporary pontoon on the north side of the bay.",
           "How long will the works take?", "About eighteen months, if the winter is kind to the builders.",
           "Can I still walk on the wall?", "No, the wall stays closed until the works are finished."]
    cases = [
        [*HARBOUR_BODY, *sections],                        # a short heading between paragraphs
        [*HARBOUR_BODY, "Advertisement", *sections[:2]],  # the last section after an advertisement
        [*HARBOUR_BODY, *key_points, "Privacy policy"],    # a list that ends the article, no chrome above
        [*HARBOUR_BODY, "Sources", *sources],              # references: two commas or more
        [*HARBOUR_BODY, "Advertisement", *faq],            # questions end their sentences
        # an advertisement between paragraphs before: the one after them is layout, not the article's end
        [*HARBOUR_BODY[:2], "Advertisement", *HARBOUR_BODY[2:], "Advertisement", *sections],
    ]
    for lines in cases:
        seen = decisions("\n".join(lines))
        assert not any(seen[line][2].startswith("headline run") for line in lines), lines
        assert all(seen[line][0] for line in [*HARBOUR_BODY, *sections, *faq] if line in seen), lines
    # A list of the article's own (more than MAX_GAP_LINES lines) between its last paragraph and the
    # chrome: the chrome does not follow the text, the headlines stay with the list.
    seen = decisions("\n".join([*HARBOUR_BODY, *key_points, "Like this story? Share it with a friend!",
                                *OTHER_STORIES]))
    assert all(seen[line][0] for line in key_points)
    # References under the chrome, headlines after them: as many references as headlines, the tail is
    # the text's list (and the headlines stay with it: when in doubt, keep).
    refs = ["Harbour Trust, \"A ten-year plan for the bay and the old harbour wall,\" published in March 2020",
            "Coastal Office, \"Storm damage survey of the north coast after the winter of 2019,\" Jan. 5, 2020",
            "Email interview with Ann Marsh, harbour master of the town since 2011, Feb. 2, 2020",
            "Email interview with Tom Reid, chairman of the fishermen's association, Feb. 3, 2020"]
    seen = decisions("\n".join([*HARBOUR_BODY, "Like this story? Share it with a friend!", *refs, *OTHER_STORIES]))
    assert all(seen[line][0] for line in refs)
    # A slideshow is as much headline-like lines (its photo credits, its slides' titles) as paragraphs:
    # the slides after a counter ("3 / 7") are more of it.
    slides = []
    for n, (title, text) in enumerate(zip(["Pocket friendly", "Powerful package", "Throwback to the old pontoon",
                                           "Cheaper than the rest", "A wall for the next century", "Open all year"],
                                          [*HARBOUR_BODY[1:], SECTIONS[1], SECTIONS[3]]), 2):
        slides += [f"{n} / 7", title, text, "Image credit: Harbour Trust photo archive"]
    seen = decisions("\n".join([HARBOUR_BODY[0], "Image credit: Harbour Trust photo archive", *slides]))
    assert all(seen[line][0] for line in [*HARBOUR_BODY, SECTIONS[1], SECTIONS[3]])



def test_context_trailing_bare_headlines_after_sections_under_headings_go():
    # An interview of short sections, each a heading over one quotation, reads like a list of stories
    # (a headline over its summary); the bare headlines under the chrome after its last, long quotation
    # are no more of them.
    sections = []
    for name, quote in zip(["ANN MARSH: I GREW UP ON THE OLD WALL", "TOM REID: THE BOATS NEED A SAFE BERTH",
                            "JO SMITH: THE PROMENADE MUST STAY OPEN", "SAM LEE: WE WILL MISS THE FERRY STEPS"],
                           [*HARBOUR_BODY[:3], f"{SECTIONS[1]} {SECTIONS[3]} {SECTIONS[5]}"]):
        sections += [name, f"“{quote}”"]
    text = "\n".join([HARBOUR_BODY[4], *sections, "MORE INFORMATION:", *OTHER_STORIES, "Privacy policy"])
    seen = decisions(text)
    assert all(seen[line][0] for line in [HARBOUR_BODY[4], *sections])
    assert all(seen[h][0] is False and seen[h][2].startswith("headline run") for h in OTHER_STORIES)
    # A section front whose stories go on past an advertisement, each still over its summary: more of
    # the same, and they stay.
    items = []
    for topic in HARBOUR_TOPICS[:8]:
        items += [f"Council votes to fund repairs to the {topic}",
                  f"The money for the {topic} comes from the reserve that was set aside after the storms."]
    seen = decisions("\n".join(["Harbour news", *items[:8], "Advertisement", *items[8:], "Privacy policy"]))
    assert all(seen[line][0] for line in items)


def test_context_trailing_headline_run_under_its_own_heading_goes():
    # No chrome line after the article: the box of other stories opens with its name in title case,
    # and its headlines (long enough to join the body span) end no sentence.
    seen = decisions("\n".join([*HARBOUR_BODY, "Elsewhere On The Coast", *OTHER_STORIES, "Privacy policy"]))
    assert all(seen[p][0] for p in HARBOUR_BODY)
    assert all(seen[h][:2] == (False, "context") for h in ["Elsewhere On The Coast", *OTHER_STORIES])
    reason = seen[OTHER_STORIES[0]][2]
    assert reason.startswith("headline run at the end of the body span") and "under a heading in title case" in reason


def test_context_trailing_heading_rule_spares_the_end_of_an_article():
    faq = ["Will the ferry keep running?", "Yes, from the temporary pontoon on the north side of the bay.",
           "How long will the works take?", "About eighteen months, if the winter is kind to the builders.",
           "Can I still walk on the wall?", "No, the wall stays closed until the works are finished."]
    links = ["The trust's ten-year plan for the bay and the harbour wall with maps: www.harbourtrust.org/plan",
             "Photos of the old wall before the storm and of the damage it did: www.harbourphotos.net",
             "The ferry's winter timetable with the times of the late crossings: https://ferry.example.org/winter"]
    key_points = ["Key points", "The wall will be rebuilt from next spring",
                  "Boats will moor at a temporary pontoon", "The promenade will stay open for most of the works"]
    cases = [
        [*HARBOUR_BODY, "What Happens Next", *SECTIONS],   # sections under their headings end sentences
        [*HARBOUR_BODY, "Questions And Answers", *faq],    # so do an FAQ's questions and answers
        [*HARBOUR_BODY, "Harbour Sites Online", *links],   # links to other sites are the text's own list
        [*HARBOUR_BODY, *key_points, "Privacy policy"],    # a heading in sentence case names no box
    ]
    for lines in cases:
        seen = decisions("\n".join(lines))
        assert not any(seen[line][2].startswith("headline run") for line in lines), lines
        assert all(seen[line][0] for line in [*HARBOUR_BODY, *SECTIONS, *faq, *links] if line in seen), lines


# -------------------------------------------------------------------------------------------- dumps

DUMP_PARAGRAPHS = [*HARBOUR_BODY, "Fishermen said they would rather moor at the pontoon for a year than lose "
                   "the harbour wall for good, and most of them signed the petition for the works last summer."]


def test_dumps_a_copy_of_the_text_in_one_line_goes_and_its_paragraphs_stay():
    dump = " ".join(DUMP_PARAGRAPHS)
    seen = decisions("\n".join(["Harbour wall to be rebuilt", *DUMP_PARAGRAPHS, "Related articles",
                                 "Ferry timetable changes", dump, "Contact us"]))
    assert all(seen[p][0] for p in DUMP_PARAGRAPHS)
    assert seen[dump][:2] == (False, "dumps") and "in 6 shorter lines" in seen[dump][2]


def test_dumps_spares_a_long_paragraph_that_teasers_and_quotes_repeat():
    # A long paragraph whose lead sentence a summary and a teaser repeat, and whose second sentence a
    # pull quote repeats: a few sentences of it stand elsewhere, not the text.
    long_paragraph = " ".join(DUMP_PARAGRAPHS[:4])
    page = [DUMP_PARAGRAPHS[0], long_paragraph, f"“{DUMP_PARAGRAPHS[1]}”", DUMP_PARAGRAPHS[4],
            DUMP_PARAGRAPHS[5], "Related articles", DUMP_PARAGRAPHS[0]]
    seen = decisions("\n".join(page))
    assert seen[long_paragraph][0] and long_paragraph.count(". ") == 3


# --------------------------------------------------------------------------------------- repetition

def _run_repetition(page_text: str):
    page = build(page_text, Config())
    return page, label_page(page)


def test_repetition_label_printed_again_among_the_chrome():
    page = "\n".join(["Harbour News Desk", "Home", "News", "Sport", PARAGRAPHS[0], "Harbour News Desk",
                      PARAGRAPHS[1], PARAGRAPHS[2], "Harbour News Desk", "Contact", "Jobs", "Shop"])
    seen = explain(page).decisions
    inner = [d for d in seen if d.line == "Harbour News Desk"]
    assert not any(d.keep for d in inner)
    assert any(d.stage == repetition.NAME for d in inner)


def test_repetition_later_copy_of_a_headline_goes_but_a_refrain_stays():
    headline = "Harbour wall plan approved by the council"
    page = "\n".join([PARAGRAPHS[0], headline, PARAGRAPHS[1], headline, PARAGRAPHS[2]])
    copies = [d for d in explain(page).decisions if d.line == headline]
    assert [d.keep for d in copies] == [True, False]
    assert copies[1].stage == repetition.NAME
    verse = ["and the tide comes in again,", "and the boats come home again."]
    song = "\n".join([PARAGRAPHS[0], *verse, PARAGRAPHS[1], *verse, PARAGRAPHS[2]])
    assert explain(song).text.split("\n").count(verse[0]) == 2



def test_repetition_a_reply_quoting_a_post_keeps_the_quotation():
    # A forum reply quotes the post it answers under the writer's name and a colon; a headline printed
    # twice has no such header over its copy.
    post = "I am still unsure what the EXPOSE line does in a Dockerfile, if anything at all, for a service."
    page = "\n".join([PARAGRAPHS[0], post, PARAGRAPHS[1], "amondale:", post, PARAGRAPHS[2]])
    assert [d.keep for d in explain(page).decisions if d.line == post] == [True, True]
    headline = "Harbour wall plan approved by the council"
    page = "\n".join([PARAGRAPHS[0], headline, PARAGRAPHS[1], "Photo of the harbour wall", headline, PARAGRAPHS[2]])
    assert [d.keep for d in explain(page).decisions if d.line == headline] == [True, False]


@pytest.mark.parametrize("header", ["16 minutes ago, amondale said:", "2 hours ago, Jo Anne Reid said:",
                                    "amondale said: \u2191"])
def test_repetition_a_quotation_under_a_stamped_header_stays(header):
    # The quotation's header may open with the quoted post's date or age before a comma, or end with an
    # arrow that links to the quoted post: still a header.
    post = "I am still unsure what the EXPOSE line does in a Dockerfile, if anything at all, for a service."
    page = "\n".join([PARAGRAPHS[0], post, PARAGRAPHS[1], header, post, PARAGRAPHS[2]])
    assert [d.keep for d in explain(page).decisions if d.line == post] == [True, True]


@pytest.mark.parametrize("above", ["Photos from the harbour, by the town's own photographers of the club:",
                                   "In 2024, the harbour wall plan was the council's main business and read:",
                                   "Harbour news for the week of 12 May, in brief:",
                                   "At the harbour office, the council clerk said:",
                                   "Harbour news: the week in photos \u2191"])
def test_repetition_a_headline_under_a_long_or_unstamped_colon_line_goes(above):
    # A longer line that ends with a colon, or one without a writer's verb after its comma, or without a
    # stamp before it, heads no quotation: the copy goes.
    headline = "Harbour wall plan approved by the council"
    page = "\n".join([PARAGRAPHS[0], headline, PARAGRAPHS[1], above, headline, PARAGRAPHS[2]])
    assert [d.keep for d in explain(page).decisions if d.line == headline] == [True, False]


def test_repetition_questions_asked_again_with_new_answers_stay():
    # An interview series: every guest gets the same questions, each answered by a new paragraph.
    questions = ["What got you started in the kitchen?", "Which dish do you cook for friends?"]
    answers = [
        "My grandmother ran a small bakery by the station, and I spent every school holiday there, "
        "kneading dough and watching her decorate the cakes for the weekend.",
        "Almost always a slow lamb stew with barley, because it cooks by itself while we talk and "
        "there is always enough for whoever turns up late.",
        "I only started when I moved out and my flatmate refused to eat another frozen pizza, so we "
        "learnt the basics together from an old library book.",
        "A big tray of roasted vegetables with lemon and herbs, which nobody ever refuses and which "
        "leaves me time to sit at the table with my guests.",
    ]
    page = "\n".join(["Home", "Recipes", "Guests", "Anna Berg", questions[0], answers[0], questions[1],
                      answers[1], PARAGRAPHS[0], "Tom Lund", questions[0], answers[2], questions[1],
                      answers[3], PARAGRAPHS[1]])
    kept = explain(page).text.split("\n")
    assert [kept.count(q) for q in questions] == [2, 2]
    # A headline printed again above another paragraph, with no sibling repeated with it, still goes.
    headline = "Harbour wall plan approved by the council"
    page = "\n".join([PARAGRAPHS[0], headline, PARAGRAPHS[1], "Storm damage", PARAGRAPHS[0][:60],
                      headline, PARAGRAPHS[2]])
    copies = [d for d in explain(page).decisions if d.line == headline]
    assert [d.keep for d in copies] == [True, False]


MEAL_PLAN_DISHES = ["Two poached eggs with spinach and a slice of rye toast",
                    "A bowl of lentil soup with a handful of toasted seeds",
                    "Grilled salmon with a cup of brown rice and green beans"]


def test_repetition_line_the_text_repeats_in_every_section_stays():
    # A meal plan prints the same instruction under every meal: a refrain of the text, not a headline
    # printed twice.
    meals = [line for n, dish in enumerate(MEAL_PLAN_DISHES, 1)
             for line in (f"Meal {n}", "Eat every 2-3 hours", dish)]
    kept = explain("\n".join([PARAGRAPHS[0], *meals, PARAGRAPHS[1], PARAGRAPHS[2]])).text.split("\n")
    assert kept.count("Eat every 2-3 hours") == 3
    # A results table lists the same athlete in two events: a data row, not a caption.
    row = "Berg, Anna\t\t1993\t\tHarbour AC\t\t12.84"
    page = "\n".join([PARAGRAPHS[0], "100 m", row, "Lund, Tom\t\t1992\t\tHarbour AC\t\t13.02",
                      "200 m", row.replace("12.84", "26.10"), row, PARAGRAPHS[1], PARAGRAPHS[2]])
    assert explain(page).text.split("\n").count(row) == 2
    # ... and prints its header row over every table, figures or not.
    header = "Name\t\tYear\t\tClub\t\tTime"
    page = "\n".join([PARAGRAPHS[0], "100 m", header, row, PARAGRAPHS[1], "200 m", header,
                      row.replace("12.84", "26.10"), PARAGRAPHS[2]])
    assert explain(page).text.split("\n").count(header) == 2
    # A gallery caption printed three times (longer than a refrain) still goes after the first copy.
    caption = "The old harbour wall after the storms of last winter, seen from the lifeboat station"
    page = "\n".join([PARAGRAPHS[0], caption, PARAGRAPHS[1], caption, PARAGRAPHS[2], caption, PARAGRAPHS[0][:70]])
    assert explain(page).text.split("\n").count(caption) == 1


# --------------------------------------------------------------------------------------------- code

SESSION = [">>> from bisect import bisect, insort", ">>> scores = [33, 99, 77, 70, 89]",
           ">>> [grade(s) for s in scores]", "[1, 1, 2, 6, 24, 120]", "...     return grades[i]",
           '"""']
LISTING = ["def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):",
           "    i = bisect(breakpoints, score)", "    return grades[i]"]


def test_code_block_next_to_prose_stays():
    # An interpreter session and a listing between paragraphs: lines the features stage takes for a
    # breadcrumb (">>> " has three of its separators), a tag list, a line without words.
    assert classify(SESSION[0]).cls == BAD and classify(SESSION[3]).cls == BAD
    page = "\n".join(["Home | Docs | Library", PARAGRAPHS[0], *SESSION, PARAGRAPHS[1], *LISTING, PARAGRAPHS[2],
                      "Previous topic", "Next topic"])
    seen = decisions(page)
    assert all(seen[line][0] for line in SESSION + [line.strip() for line in LISTING])
    assert seen[SESSION[0]][0] and "code block" in explain(page).decisions[2].reason
    assert not seen["Home | Docs | Library"][0] and not seen["Next topic"][0]
    # One command and what it prints are a session too.
    single = [">>> 1 + None", "Traceback (most recent call last):", "TypeError: unsupported operand type(s)"]
    seen = decisions("\n".join([PARAGRAPHS[0], *single, PARAGRAPHS[1], PARAGRAPHS[2]]))
    assert all(seen[line][0] for line in single)
    # A listing's lines repeat ("return grades[i]" in two functions): no headline printed twice.
    twice = "\n".join([PARAGRAPHS[0], *LISTING, PARAGRAPHS[1], *LISTING, PARAGRAPHS[2]])
    assert explain(twice).text.split("\n").count("i = bisect(breakpoints, score)") == 2


def test_code_look_alikes_stay_chrome():
    # One statement-like line is no block; a run of them far from prose (a template's script) is none;
    # arrows around a promotion are no prompt; a breadcrumb stays a breadcrumb.
    lines = ["Home", "Results", "Score = 3", "Table", PARAGRAPHS[0], PARAGRAPHS[1], "Home > News > World", PARAGRAPHS[2],
             ">>> Tickets for the summit <<<", ">>> Harbour wall reopens to walkers", "Contact", "Jobs",
             "About us", "Shop",
             "var ads = window.ads || [];", "ads.push(slot);", "ads.refresh();"]
    page = build("\n".join(lines), Config())
    blocks = code.blocks(page, label_page(page))
    assert not any(blocks)
    seen = decisions("\n".join(lines))
    assert not any(seen[line][0] for line in ("Score = 3", "Home > News > World", lines[9], lines[10], lines[-1]))


# ------------------------------------------------------------------------------------------ anchors

def test_anchored_headings_stay_and_their_notes_with_them():
    # A function's signature with its permalink reads as a tag list on its own; the same line without
    # the sign is still one.
    signature = "class wave.Wave_write(file, nchannels, sampwidth, framerate)¶"
    assert classify(signature).cls == BAD and classify(signature[:-1]).cls == BAD
    note = "Changed in version 3.4: Any bytes-like object is now accepted."
    page = "\n".join(["Home | Docs | Library", PARAGRAPHS[0], signature, PARAGRAPHS[1], note,
                      "Wave_write.writeframes(data)¶", PARAGRAPHS[2], note, "Previous topic", "Next topic"])
    seen = explain(page)
    kept = seen.text.split("\n")
    assert signature in kept and kept.count(note) == 2
    assert next(d for d in seen.decisions if d.line == signature).keep
    assert not any(d.keep for d in seen.decisions if d.line in ("Home | Docs | Library", "Next topic"))
    alone = build(signature, Config())
    assert anchors.run(alone, [features.classify(alone.lines[0], alone)])[0].stage == anchors.NAME
    # Without anchored headings between them, the later copy of a line is still a headline printed twice.
    page = "\n".join([PARAGRAPHS[0], note, PARAGRAPHS[1], note, PARAGRAPHS[2]])
    assert explain(page).text.split("\n").count(note) == 1


def test_anchored_title_and_headings_belong_to_the_text():
    # Above the first paragraph, a title with its permalink is the text's own; without the sign it is
    # a headline under the site's menu, and goes. Anchored headings one after the other are no menu.
    title = "Multimedia Services"
    headings = ["Wave Objects¶", "Wave_read.close()¶", "Wave_read.tell()¶", "Wave_read.rewind()¶"]
    for sign, kept in (("¶", True), ("", False)):
        page = "\n".join(["Home | Docs | Library", "Library Index", "Module Index", title + sign, PARAGRAPHS[0],
                          *headings, PARAGRAPHS[1], PARAGRAPHS[2]])
        seen = decisions(page)
        assert seen[title + sign][0] is kept
        assert all(seen[heading][0] for heading in headings)


@pytest.mark.parametrize("text", ["Posted on September 14, 2019 by Helen", "Posted on 2015-04-05 by marc | Leave a comment",
                                  "Veröffentlicht am 03.02.2022 von Sarah Schnieder Reiterrevue International",
                                  "Publié le 12 mars 2021 par Jean"])
def test_features_post_meta(text):
    assert classify(text).reason.startswith("post meta")


@pytest.mark.parametrize("text", ["Posted on Facebook on 3 May, the video drew 2 million views.",
                                  "Posted on Facebook by 3 friends", "Published on 12 pages of the report"])
def test_features_sentences_about_posting_are_no_post_meta(text):
    assert not classify(text).reason.startswith("post meta")


# -------------------------------------------------------------------------------------------- wikis

WIKI_APPENDIX = ["References[edit]", "[edit] References", "References [ edit ]", "See also[edit source]",
                 "Einzelnachweise[Bearbeiten | Quelltext bearbeiten]",
                 "Notes et références[modifier | modifier le code]", "Referencias[editar]",
                 "Примечания[править | править код]"]
WIKI_FOOTNOTES = ['^ a b Hadfield, Charles (1972). The Canals of Yorkshire. David & Charles. p. 112.',
                  '^ "Canal reopens after 70 years". BBC News. 12 June 2004. Retrieved 5 May 2020.',
                  "↑ Oberrode. Historisches Ortslexikon für Hessen. Abgerufen am 14. März 2021.",
                  "3. ^ Hamel, P.; Eck, D. (2010). Learning Features from Music Audio."]


@pytest.mark.parametrize("text", WIKI_APPENDIX)
def test_features_wiki_appendix_heading_closes_the_article(text):
    label = classify(text)
    assert label.cls == BAD and label.closes and label.reason == features.WIKI_APPENDIX_REASON


@pytest.mark.parametrize("text", ["History[edit]", "[edit] Early life", "Geschichte[Bearbeiten | Quelltext bearbeiten]",
                                  "References", "See the references [1]", "Notes [2]"])
def test_features_wiki_body_headings_and_bare_appendix_names_stay(text):
    # A body heading carries the same edit link; without the link, "References" may head a blog
    # post's own list; a footnote marker is no edit link.
    assert not classify(text).closes and classify(text).reason != features.WIKI_APPENDIX_REASON


@pytest.mark.parametrize("text", WIKI_FOOTNOTES)
def test_features_wiki_footnotes_are_the_articles_sources(text):
    label = classify(text)
    assert (label.cls, label.keep, label.final) == (GOOD, True, True)


@pytest.mark.parametrize("text", ["^ κορυφή ιστοσελίδας", "^ Top", "↑ Back to top"])
def test_features_a_back_to_top_link_is_no_footnote(text):
    assert classify(text).cls == BAD


def test_wiki_footnotes_kept_under_the_appendix_heading_on_both_passes():
    page = "\n".join([*PARAGRAPHS, "References[edit]", *WIKI_FOOTNOTES, "Categories: Canals", "Privacy policy"])
    out = Cleaner()(page).split("\n")
    assert out == [*PARAGRAPHS, *WIKI_FOOTNOTES]
    assert Cleaner()("\n".join(out)).split("\n") == out


@pytest.mark.parametrize("text", ["2^10 is 1024, which is why a kibibyte has that many bytes in it.",
                                  "Raise x^2 to the power of n and the curve flattens out near zero."])
def test_features_exponents_are_no_footnotes(text):
    assert "footnote" not in classify(text).reason


def test_context_wiki_article_ends_at_its_appendix_with_its_last_section():
    # The article's last section is a list of links that reads as titles line by line; it runs up to
    # the appendix heading, under which the wiki's chrome goes, on both passes; the footnotes of the
    # reference list are the article's sources and stay.
    last_section = ["Software[edit]", "The Lifeboat Trust's tools for the tide tables https://example.org/tools",
                    "Tide Tables of the Bay, a viewer by the Harbour Trust https://example.org/tides"]
    body = [PARAGRAPHS[0], "History[edit]", PARAGRAPHS[1], "Works[edit]", PARAGRAPHS[2], *last_section]
    chrome = ["References[edit]", *WIKI_FOOTNOTES[:2], "External links[edit]", "Harbour Trust website",
              'Retrieved from "https://en.wikipedia.org/w/index.php?title=Harbour"', "Categories:",
              "Harbours in England", "Privacy policy"]
    page = "\n".join(["Jump to navigation", "Main page", "Random article", *body, *chrome])
    out = explain(page).text
    assert out.split("\n") == [*body, *WIKI_FOOTNOTES[:2]]
    assert explain(out).text == out
    # Without the appendix heading the last section's links are left to the neighbours, as before.
    seen = decisions("\n".join(["Main page", *body, "Harbour Trust website", "Privacy policy"]))
    assert seen[PARAGRAPHS[2]][0] and not any(seen[line][0] for line in last_section[1:])


# Wiki and blog-engine furniture: the wiki's tag line, tools and footer, hatnotes; a blog's sidebar
# widgets and footer credits (en, de, fr, es, it, pt, nl, pl, ru).
@pytest.mark.parametrize("text", [
    "From Wikipedia, the free encyclopedia", "Aus Wikipedia, der freien Enzyklopädie",
    "Un article de Wikipédia, l'encyclopédie libre.", "De Wikipedia, la enciclopedia libre",
    "Da Wikipedia, l'enciclopedia libera.", "Origem: Wikipédia, a enciclopédia livre.",
    "Uit Wikipedia, de vrije encyclopedie", "Z Wikipedii, wolnej encyklopedii",
    "Материал из Википедии — свободной энциклопедии", "Jump to: navigation, search", "[hide]",
    'Retrieved from "https://en.wikipedia.org/w/index.php?title=Harbour&oldid=922985267"',
    "This page was last edited on 3 October 2023, at 14:12 (UTC).",
    "Diese Seite wurde zuletzt am 2. Mai 2023 um 09:41 Uhr bearbeitet.",
    "Wikipedia® is a registered trademark of the Wikimedia Foundation, Inc., a non-profit organization.",
    "Categories: Canals in North Yorkshire | Canals opened in 1779", "Hidden categories:",
    "Main article: History of canals in Yorkshire", "Hauptartikel: Geschichte Hessens",
    "Media related to Harrowgate Canal at Wikimedia Commons",
    "Community content is available under CC-BY-SA unless otherwise noted.",
    "Harry Potter Wiki is a FANDOM Movies Community.", "Entries feed", "Blogroll", "Join 214 other followers",
    "Proudly powered by WordPress | Theme: Twenty Sixteen by Automattic.", "Newer Post Older Post Home",
    "Subscribe to: Post Comments (Atom)", "Blog Archive", "Simple theme. Powered by Blogger.",
    "Enter your email address to follow this blog and receive notifications of new posts by email.",
])
def test_lexicon_wiki_and_blog_furniture(text):
    entry = lexicon.load().match(text)
    assert entry is not None and not entry.keep, text


@pytest.mark.parametrize("text", [
    "Wikipedia, the free encyclopedia, was started in 2001 by Jimmy Wales and Larry Sanger.",
    "The main article of the treaty deals with fishing rights in the bay.",
    "Categories of membership are explained on the next page.",
    "Her blog archive, she said, holds more than ten years of recipes.",
    "The museum retrieved from the river a boat that had sunk in 1890.",
    "History", "Recent changes to the timetable were announced on Monday.",
])
def test_lexicon_spares_body_lines_about_wikis_and_blogs(text):
    assert lexicon.load().match(text) is None, text


@pytest.mark.parametrize("text", ["Unit price / per", "Unit price /\u00a0per", "Unit price / \u00a0per",
                                  "Service value proposition"])
def test_lexicon_shop_theme_screen_reader_lines(text):
    # A shop theme's label for a unit price the product does not have, and its hidden badge-row heading.
    entry = lexicon.load().match(text)
    assert entry is not None and not entry.keep, text


@pytest.mark.parametrize("text", ["bvseo-msg: SEO SDK is disabled. Enable by setting seo.sdk.enabled to true.;",
                                  "bvseo_sdk, dw_cartridge, 18.2.0, p_sdk_3.2.0", "bvseo_bulk, prod_bvrr, vn_bulk_3.0.34",
                                  "CLOUD, getAggregateRating, 0ms", "CLOUD, getReviews, 12ms"])
def test_lexicon_review_widget_debug_notes(text):
    # A review widget's search-engine kit, switched off, prints its debug notes into the product page.
    entry = lexicon.load().match(text)
    assert entry is not None and not entry.keep, text


@pytest.mark.parametrize("text", ["The cloud is where your reviews live, and getReviews returns them.",
                                  "Cloud, reviews and ratings: how we test", "CLOUD"])
def test_lexicon_spares_body_lines_like_review_widget_debug_notes(text):
    entry = lexicon.load().match(text)
    assert entry is None or "cloud" not in entry.phrase, (text, entry)


@pytest.mark.parametrize("text", ["Unit price per kilo is shown on every shelf label.",
                                  "Our service value proposition is simple: one plumber, one fixed price.",
                                  "Regular price $19.99", "Sale price $179 Regular price $299.00"])
def test_lexicon_spares_price_lines_and_sentences_like_shop_theme_lines(text):
    # A price with its label is a grid's price line, for the grids stage to judge; sentences stay body.
    entry = lexicon.load().match(text)
    assert entry is None, (text, entry)


@pytest.mark.parametrize("text", [
    "Back to blog", "Read the review", "Read full review", "View deal", "Check price at Amazon", "Show caption",
    "Republish this article", "How useful was this post?", "Click on a star to rate it!",
    "No votes so far! Be the first to rate this post.", "Why trust us?", "Article sources", "Related blog posts",
    "Be the first to post", "Your comment has not been saved", "Send confirmation email", "We respect your privacy.",
    "Rate this book", "Clear rating",
])
def test_lexicon_article_furniture(text):
    entry = lexicon.load().match(text)
    assert entry is not None and not entry.keep, text


@pytest.mark.parametrize("text", [
    "Back to the blog's first question: why did the harbour wall fail?",
    "Read the review the council published in March before you decide.",
    "Why trust us? Because we tested every pontoon ourselves, as the report explains.",
    "The article sources its figures from the harbour master's annual report.",
    "We respect your privacy, the council wrote, and will not publish the names.",
    "Rate this book against the others on the list before you vote.",
    "Clear rating rules helped the judges agree on the winners.",
])
def test_lexicon_spares_body_lines_like_article_furniture(text):
    assert lexicon.load().match(text) is None, text


@pytest.mark.parametrize("text", [
    "Subscribe to get the latest posts sent to your email.",
    "Thanks for reading! Subscribe for free to receive new posts and support my work.",
    "Get news, updates, & event info delivered right to your inbox:",
    "No spam. Just the latest releases and tips in your inbox every week.", "Get the latest insights in your inbox",
    "100% free, Unsubscribe any time!", "We will never sell your information. Modify your preferences or "
    "unsubscribe at any time.", "Thank you! Please check your inbox now for your welcome email.",
])
def test_lexicon_newsletter_box_lines(text):
    entry = lexicon.load().match(text)
    assert entry is not None and not entry.keep, text


@pytest.mark.parametrize("text", [
    "Most people have hundreds of unread messages in their inbox at any time.",
    "The law says that customers must be able to unsubscribe from marketing emails at no cost.",
    "Subscribe to the feed and the posts arrive in your reader.",
])
def test_lexicon_spares_body_lines_about_email(text):
    assert lexicon.load().match(text) is None, text


@pytest.mark.parametrize("text", [
    "We may earn commission from links on this page, but we only recommend products we back.",
    "Products are chosen independently by our editors. Purchases made through our links may earn us a commission.",
    "When you purchase through links in our articles, we may earn a small commission.",
    "We independently evaluate all of our recommendations. If you click on links we provide, we may receive "
    "compensation.",
    "PCMag editors select and review products independently. If you buy through affiliate links, we may earn "
    "commissions, which help support our testing.",
    "If you find this helpful and buy through my links, I may receive a small commission.",
    "Some of the links in this article are affiliate ones.", "This is a paid placement.",
    "We independently test everything we recommend.",
])
def test_lexicon_affiliate_disclosures(text):
    entry = lexicon.load().match(text)
    assert entry is not None and not entry.keep, text


@pytest.mark.parametrize("text", [
    "Affiliates earn a commission on every sale that comes through their links, usually between 5 and 30 percent.",
    "Most programs pay you a small commission only after the customer's return window has closed.",
    "The editors were chosen independently of the owners, the paper said.",
    "We tested everything in our kitchen for a month before we wrote a word.",
])
def test_lexicon_spares_body_lines_about_affiliate_programs(text):
    assert lexicon.load().match(text) is None, text


@pytest.mark.parametrize("text", [
    "Get Started", "Get started today", "Start Now", "Get in touch", "Jump to Review", "See It", "Loading...",
    "[ LOADING]", "< Back", "BACK", "Show 2 More ▼", "Show 1 Less ▲", "Like this:",
])
def test_lexicon_buttons_inside_the_text(text):
    entry = lexicon.load().match(text)
    assert entry is not None and not entry.keep, text


@pytest.mark.parametrize("text", [
    "Get started by sanding the frame before you paint it.",
    "Start now, the coach said, or the season will be over before you are fit.",
    "Get in touch with your local council before you build a shed over two metres.",
    "Loading the van took longer than the drive itself.",
    "Back pain is the most common reason for a visit to the doctor.",
    "Back Pain",
    "See it for yourself: the harbour wall is still standing.",
    "Show 2 more rooms than the listing mentions, and the price goes up.",
    "Like this, the dough rests overnight.",
])
def test_lexicon_spares_body_lines_like_buttons(text):
    assert lexicon.load().match(text) is None, text


def test_lexicon_button_between_paragraphs_goes_and_the_text_stays():
    paragraph = ("The harbour wall was rebuilt in the spring, and the council says the new stone will hold "
                 "against the winter storms for at least another fifty years.")
    text = "\n".join([paragraph, "Loading...", paragraph.replace("spring", "autumn"), "Get started today",
                      paragraph.replace("council", "engineer")])
    kept = clean(text).splitlines()
    assert "Loading..." not in kept and "Get started today" not in kept
    assert len(kept) == 3


@pytest.mark.parametrize("text", [
    "Replies 154", "Views 26.2k", "Replies: 12", "Top Posters In This Topic", "Most Popular Posts", "Popular Days",
])
def test_lexicon_thread_statistics_box(text):
    # A forum's box beside a thread: its counts of replies and views, its top posters and popular posts.
    entry = lexicon.load().match(text)
    assert entry is not None and not entry.keep, text


@pytest.mark.parametrize("text", [
    "Replies came in from 154 readers within a day.", "Views 3 and 4 of the harbour show the new wall.",
    "The most popular posts on the board were about winter berths.",
])
def test_lexicon_spares_body_lines_like_thread_statistics(text):
    assert lexicon.load().match(text) is None, text


def test_lexicon_explore_more_closes_the_article_but_not_a_sentence():
    paragraph = ("The harbour wall was rebuilt in the spring, and the council says the new stone will hold "
                 "against the winter storms for at least another fifty years.")
    text = "\n".join([paragraph, paragraph.replace("spring", "autumn"), "Explore more",
                      "Ten harbours to visit this winter", "The best coastal walks in the north"])
    assert clean(text).splitlines() == [paragraph, paragraph.replace("spring", "autumn")]
    for line in ("Explore more of the coast on foot: the path runs for twelve miles.",
                 "Want to learn more about the tides? The almanac lists them for every day."):
        assert lexicon.load().match(line) is None, line


# Headers of what a page prints under an article's last paragraph: other posts, deals, a newsletter box,
# a reviewed article's sourcing note. The text does not go on past them.
@pytest.mark.parametrize("text", [
    "Other related articles...", "Other posts", "Recent articles", "You might also enjoy", "Related Blogs",
    "More Blogs", "Read More Blogs", "From the blog", "Explore more articles.", "Latest Insights",
    "Other articles you may find interesting", "Related Terms", "Related topics & resources",
    "From Our Archives", "More Videos", "Today’s best deals", "Stay in the loop!", "How we reviewed this article:",
    "Read more from this author | Follow @harbourwriter", "Explore more:", "Want to learn more?",
    "Want to know more?", "Rights & Permissions", "View Article Sources",
    "Читайте другие материалы по теме:", "Больше новостей!", "Самая читаемая статья из раздела ЗДОРОВЬЕ:",
])
def test_lexicon_headers_of_what_follows_an_article_close_it(text):
    entry = lexicon.load().match(text)
    assert entry is not None and entry.closes and not entry.keep, text


# Calls to action, feedback prompts and a form's notes under an article: chrome, but no end of the text.
@pytest.mark.parametrize("text", [
    "* Indicates a required field", "No results found.", "Please provide a valid email address",
    "Please respect our community guidelines. No links, inappropriate language, or spam.",
    "Take the next step", "Join my newsletter", "Share this resource", "Found this interesting? Share to your network.",
    "How Was This Issue?", "Help us improve this page", "Was this article useful?", "Did you find this page helpful?",
    "About this article", "Most recent newsletter",
    "As you comment, please be respectful of other commenters and keep the conversation on topic.",
    "Результат опроса", "Сообщить нам новость", "Пожалуйста, зарегистрируйтесь или введите ваши логин и пароль.",
    "Nie masz jeszcze konta? Zarejestruj się", "Nie pamiętam hasła",
])
def test_lexicon_calls_to_action_under_an_article(text):
    entry = lexicon.load().match(text)
    assert entry is not None and not entry.closes and not entry.keep, text


@pytest.mark.parametrize("text", [
    "Other posts on the quay were repaired last year, the harbour master said.",
    "Recent articles in the local paper blamed the storm for the damage.",
    "The museum holds the papers from our archives of the old ferry company.",
    "Stay in the loop of the coastal path and you will reach the lighthouse by noon.",
    "No results were found for the missing fishing boat after two days of searching.",
    "Take the next step to the left and the old harbour wall comes into view.",
    "Was this article useful to the council? Its members think so.",
    "Next up in the council chamber was the question of the ferry fares.",
    "Больше новостей о ремонте гавани совет обещал опубликовать в понедельник.",
    "Nie masz jeszcze konta w banku? Zarząd portu radzi je założyć przed sezonem.",
    "Please be respectful of other boats when you moor at the pontoon.",
])
def test_lexicon_spares_body_lines_like_what_follows_an_article(text):
    assert lexicon.load().match(text) is None, text


def test_context_newsletter_box_under_an_article_is_cut():
    # A newsletter box under the article's last paragraph opens with its header: the body span ends
    # there, and the pitch under it goes with it.
    pitch = "Sign up and we will occasionally send the latest news, tips and offers directly to your inbox."
    seen = decisions("\n".join([*HARBOUR_BODY, "Stay in the loop", pitch]))
    assert all(seen[p][0] for p in HARBOUR_BODY)
    assert seen["Stay in the loop"][0] is False and seen[pitch][0] is False


# ------------------------------------------------------------------------------- table of contents

TOC_SECTIONS = ["Reading files", "Writing files", "Closing files"]


def test_repetition_headings_a_table_of_contents_lists_stay():
    # A sidebar lists the sections; the text prints each heading again over its section.
    intro = ("This chapter explains how the library opens, reads, writes and closes the files of a "
             "project, and which errors each of these steps may raise.")
    body = [intro] + [line for n, heading in enumerate(TOC_SECTIONS) for line in (heading, PARAGRAPHS[n])]
    page = "\n".join(["Contents", *TOC_SECTIONS, "Previous topic", *body, "Contents", *TOC_SECTIONS])
    kept = explain(page).text.split("\n")
    assert kept == body
    # A menu of stories printed again as teasers in another order, each under its headline, is no
    # table of contents: the teasers' headlines go.
    stories = ["Harbour wall plan approved", "Ferry timetable changes", "New lifeboat for the bay",
               "Fish market reopens", "Beach cleaning day"]
    teasers = [line for story in (stories[3], stories[0], stories[4], stories[1], stories[2])
               for line in (story, "The council said more on Monday.")]
    page = "\n".join(["Popular", *stories, PARAGRAPHS[0], PARAGRAPHS[1], *teasers, PARAGRAPHS[2]])
    kept = explain(page).text.split("\n")
    assert sum(story in kept for story in stories) <= 2


def test_repetition_numbered_table_of_contents_goes_and_its_headings_stay():
    # A wiki prints its numbered contents box between the lead and the first section; the headings
    # follow in its order (with their edit link, or bare as on Fandom), and stay even when a page tab
    # ("History") that was dropped as chrome has the same words.
    contents = ["Contents", "1 History", "1.1 Early life", "2 Works"]
    for link in ("[edit]", ""):
        body = [PARAGRAPHS[0], "History" + link, PARAGRAPHS[1], "Early life" + link, PARAGRAPHS[2],
                "Works" + link, HARBOUR_BODY[-1]]
        page = "\n".join(["Main page", "Random article", "History", "Talk", *body[:1], *contents, *body[1:]])
        seen = decisions(page)
        assert not any(seen[line][0] for line in contents), link
        assert all(seen[line][0] for line in body), link
        assert seen["1 History"][2] == repetition.TOC_REASON


@pytest.mark.parametrize("label", ["Table of Contents", "In this article", "Jump to:"])
def test_repetition_labelled_table_of_contents_goes_and_its_headings_stay(label):
    # A blog prints its contents box, without numbers, under a label between the lead and the first
    # section; each heading follows in its order and opens its section.
    headings = ["Why the harbour wall failed", "What the council decided", "When the work starts"]
    body = [HARBOUR_BODY[-1], *(line for n, heading in enumerate(headings) for line in (heading, PARAGRAPHS[n]))]
    page = "\n".join([body[0], label, *headings, *body[1:]])
    result = explain(page)
    assert result.text.split("\n") == body, label
    assert [d.reason for d in result.decisions[1:5]] == [repetition.TOC_LABEL_REASON] + [
        repetition.LISTED_TOC_REASON] * 3


@pytest.mark.parametrize("above", [
    "We looked at three questions:",      # a sentence brings the list in: the text's own summary
    "9 feet",                             # a value of a spec table printed twice
])
def test_repetition_lists_that_come_back_as_headings_stay(above):
    headings = ["Why the harbour wall failed", "What the council decided", "When the work starts"]
    body = [HARBOUR_BODY[-1], above, *headings,
            *(line for n, heading in enumerate(headings) for line in (heading, PARAGRAPHS[n]))]
    assert all(d.keep for d in explain("\n".join(body)).decisions[1:5]), above


def test_repetition_a_menu_printed_again_at_the_foot_is_no_table_of_contents():
    # The footer repeats the menu under a short label: its items are followed by the next item, not
    # by a section of text, so the copy under the text is no list of the text's headings.
    menu = ["Harbour news", "Ferry times", "Fishing reports"]
    page = "\n".join(["Sections", *menu, *HARBOUR_BODY, "Sections", *menu, "© 2024 Harbour Gazette"])
    seen = decisions(page)
    assert all(seen[line][2] not in (repetition.LISTED_TOC_REASON, repetition.TOC_LABEL_REASON)
               for line in ["Sections", *menu])


@pytest.mark.parametrize("items", [
    ["1. Paris", "2. Rome", "3. Berlin"],                  # a list of the text, numbered with a dot
    ["1 cup flour", "2 eggs", "3 tbsp sugar"],             # amounts, whose words no heading repeats
])
def test_repetition_numbered_lists_of_the_text_stay(items):
    sections = [line for item, paragraph in zip(("Paris", "Rome", "Berlin"), PARAGRAPHS)
                for line in (item, paragraph)]
    seen = decisions("\n".join([HARBOUR_BODY[-1], "Our three cities:", *items, *sections]))
    assert all(seen[line][0] for line in items)


# ----------------------------------------------------------------------------------------- language

def test_language_guess():
    assert guess(tokens(" ".join(PARAGRAPHS))) == "en"
    assert guess(tokens("Der Gemeinderat hat den Plan gebilligt, die alte Hafenmauer wieder aufzubauen, "
                        "die im letzten Winter durch die Stürme schwer beschädigt wurde.")) == "de"
    assert guess(tokens("12 34 56")) is None


def test_forced_language_changes_the_stoplist():
    assert build(PARAGRAPHS[0], Config(lang="de")).lang == "de"
    with pytest.raises(ValueError, match="unknown language"):
        Config(lang="xx")


# Chrome that reads like a sentence, one kind per row, in several languages: the lexicon names it.
@pytest.mark.parametrize("text", [
    "Abonniere unseren Newsletter und erfahre alles rund um den Garten.",   # newsletter pitch
    "Join our free newsletter and get a recipe every week.",
    "Pour rester informé, inscrivez-vous à la newsletter.",
    "Suscríbete a nuestro newsletter",
    "Pour lire la suite de cet article, abonnez-vous.",                    # paywall
    "Kostenlos registrieren und weiterlesen",
    "War der Artikel nützlich?",                                           # rating prompt
    "Was this article helpful?",
    "Möchten Sie den Artikel teilen?",                                     # share prompt
    "Es gibt noch keine Kommentare.",                                      # comment section
    "Your email address will not be published. Required fields are marked *",
    "Para comentar debes registrarte y completar tus datos.",
    "Wir sind spendenfinanziert. Unterstütze uns mit einem Dauerauftrag!", # donation pitch
    "Texte auf dieser Seite stehen unter einer Creative Commons Lizenz.",  # licence
    "All content is licensed under a Creative Commons Attribution 4.0 License.",
    "Bei den Verlinkungen handelt es sich um Affiliate-Links.",            # affiliate notice
    "This entry was posted in Recipes. Bookmark the permalink.",           # post meta
    "Les opinions exprimées n'engagent que leurs auteurs.",                # opinion disclaimer
    "VEA TAMBIÉN: Un puente nuevo para el barrio",                         # inline related link
])
def test_lexicon_sentence_like_chrome(text):
    entry = lexicon.load().match(text)
    assert entry is not None and not entry.keep, text


@pytest.mark.parametrize("text", [
    "Der Verlag verschickt seinen Newsletter jeden Montag an rund 40.000 Leser.",
    "The company said its newsletter reached 40,000 readers last year.",
    "Die Kommentarfunktion in sozialen Netzwerken wurde im Ausschuss diskutiert.",
    "Seit dem Urteil steht fest, wer für fremde Inhalte haftet.",
])
def test_lexicon_spares_body_sentences_on_the_same_topics(text):
    assert lexicon.load().match(text) is None, text


# Forum and Q&A furniture, in several languages: a post's actions, its poster's counters, board footers.
@pytest.mark.parametrize("text", [
    "Reply With Quote", "Posts: 1,032", "Join Date", "Joined: Jan 2010", "Messages: 214",
    "Thread starter harbourwatcher", "Results 1 to 10 of 42",
    "If this is your first visit, be sure to check out the FAQ by clicking the link above.",
    "Last edited by a moderator Oct 6, 2020", "Users browsing this thread: 3 guests",
    "You may not post replies", "All times are GMT. The time now is 03:12 PM.",
    "Powered by phpBB® Forum Software © phpBB Limited", "Improve this answer", "3 Answers", "Last reply",
    "Zitieren", "Beiträge: 1.626", "Mitglied seit", "Zuletzt bearbeitet: 14 Januar 2023", "Wer ist online?",
    "Letzte Antwort", "Mensajes: 2.345", "En línea", "0 Usuarios y 1 Visitante están viendo este tema.",
    "Ir Arriba", "Citer", "Messages : 87", "dernière réponse", "3 « J'aime »", "Messaggi: 45",
    "Iscritto il: 12/03/2012", "Berichten: 310", "Cytuj", "Posty: 12", "Сообщений: 57", "Цитировать",
    "Viewed 376k times", "Modified 1 year, 9 months ago", "Asked 1 year ago", "Reset to default",
    "Hot Network Questions", "The Overflow Blog", "Featured on Meta", "Member", "Senior Member", "Moderator",
    "227 posts · Joined 2023", "665 posts", "Replies: 7", "Registered: 2024-02-03", "Jump to Latest",
    "Click to shrink...", "View attachment 441678", "Code: Select all", "Original poster", "Reaction score",
    "Original Post", "Go to Page...", "7 Posts 3 Posters 15.8k Views 3 Watching", "I 1 Reply Last reply Reply Quote 0",
    "Manage Consent Preferences", "Strictly Necessary Cookies", "Always Active",
    "8.2k Reputation", "315 Reputation", "1,204 reputation",
])
def test_lexicon_forum_furniture(text):
    entry = lexicon.load().match(text)
    assert entry is not None and not entry.keep, text


@pytest.mark.parametrize("text", [
    "Posts from the harbour blog are read by some 3,000 people a week.",
    "Join date night at the harbour café every Friday.",
    "Mitglied seit 1998 im Deutschen Alpenverein, seit 2010 in dessen Vorstand.",
    "The answers came in slowly: 3 answers in the first week.",
    "Messages: what the council told the fishermen",
    "Citer ses sources est la première règle du journalisme.",
    "Viewed from the harbour, the new pontoon looks far smaller than on the plans.",
    "Modified engines were banned from the race last year.", "Member states must reply by Friday.",
    "665 posts were cut in the reorganisation.", "Registered charities pay no fee.",
    "Reset to default settings, then restart the router.", "Moderators of the debate: Jan Novak and Eva Berg",
    "Reputation matters: 10 reputation points a day", "Our reputation", "A reputation of 300 years",
    "1.2k reputation points later, he stopped answering questions.",
])
def test_lexicon_spares_body_lines_like_forum_furniture(text):
    assert lexicon.load().match(text) is None, text


def test_lexicon_glued_line_closes_nothing():
    # A template's code that a renderer printed ("DiscussionBoard" holds the closing header "Discussion")
    # and a glued menu are chrome, but no header: the posts under them are no comments.
    for text in ("{{ DiscussionBoard.errors[11793116].message }}", "Community standardsDiscussion"):
        entry = lexicon.load().match(text)
        assert entry is not None and not entry.keep and not entry.closes, text
    assert lexicon.load().match("Discussion").closes


# More kinds of chrome, each with lines of it the lexicon must drop and body sentences on the same topic
# that no entry may match: the author box's link to the author's archive (as blog themes print it under
# the bio), a related-reading prompt with its headline, a news agency's credit with an author's
# initials or a photographer, the header a scraper writes above the Markdown it returns (Jina Reader).
LEXICON_KINDS = {
    "author archive link": (
        ["View all posts by Jan Novak", "Zeige alle Beiträge von Creeny »", "Zeige alle Artikel von Anna Berg",
         "Voir tous les articles de Marie", "Ver todas las entradas de Lucía",
         "Visualizza tutti gli articoli di Paolo", "Ver todos os posts de João", "Bekijk alle berichten van Piet",
         "Посмотреть все записи автора Иван"],
        ["All posts by the ministry must now be approved by a press officer.",
         "Alle Beiträge von Mitgliedern werden vor der Veröffentlichung geprüft.",
         "Tous les articles de la loi ont été adoptés hier soir."]),
    "reading prompt or agency credit": (
        ["Lea: Consejo Permanente de OEA aborda este miércoles confiscación de sus oficinas en Nicaragua",
         "Vea: Los goles del partido", "aja/PAP", "PAP/ Rafał Guz", "Tous les sports"],
        ["Lea con atención: el contrato que firmó el municipio tiene cláusulas ocultas.",
         "Jak poinformowała agencja PAP, rząd przyjął projekt ustawy.",
         "Tous les sports collectifs ont repris ce week-end dans la région."]),
    "scraper header": (
        ["URL Source: https://example.com/news/2024/05/harbour", "Published Time: 2024-05-02T08:00:00Z",
         "Markdown Content:"],
        ["URL sources in the report were checked by two editors."]),
    "platform text (consent manager, form builder, forum engine)": (
        ["We and our partners process data to provide:", "We and our 842 partners store and/or access information "
         "on a device, such as unique IDs in cookies to process personal data.",
         "The technical storage or access is strictly necessary for the legitimate purpose of enabling the use of a "
         "specific service explicitly requested by the subscriber or user.",
         "Analytical cookies are used to understand how visitors interact with the website.",
         "Oops! Something went wrong while submitting the form.", "Thank you! Your submission has been received!",
         "You are using an out of date browser. It may not display this or other websites correctly.",
         "Stack Exchange network consists of 183 Q&A communities including Stack Overflow.",
         "We process your data to deliver content or advertisements and measure the delivery of such content or "
         "advertisements to extract insights about our website.",
         "These cookies are necessary for the website to function and cannot be switched off in our systems.",
         "These cookies allow us to count visits and traffic sources so we can measure and improve the performance "
         "of our site.",
         "These cookies may be set through our site by our advertising partners.",
         "Below, you will find a list of vendors processing your data and the purposes or features of processing "
         "they declare.",
         "We, and our partners use cookies and similar methods to recognize visitors and remember their preferences.",
         "We and our partners process data for the following purposes"],
        ["These cookies are necessary for the party and cannot be switched for shop-bought ones.",
         "These cookies allow us to count on a crisp edge without burning the base.",
         "We process your data requests within thirty days, the council said.",
         "Below, you will find a list of the vendors at this year's market.",
         "The technical storage of seed samples has to meet strict rules on humidity.",
         "Analytical cookies are one of the ways regulators say sites track their readers.",
         "We and our partners in the project processed the data over three years.",
         "Something went wrong while the form was submitted, the court heard."]),
}


@pytest.mark.parametrize("kind, text", [(kind, text) for kind, (chrome, _) in LEXICON_KINDS.items() for text in chrome])
def test_lexicon_drops_more_kinds_of_chrome(kind, text):
    entry = lexicon.load().match(text)
    assert entry is not None and not entry.keep, (kind, text)


@pytest.mark.parametrize("kind, text", [(kind, text) for kind, (_, body) in LEXICON_KINDS.items() for text in body])
def test_lexicon_spares_body_sentences_like_more_kinds_of_chrome(kind, text):
    assert lexicon.load().match(text) is None, (kind, text)


def test_lexicon_closers_in_other_languages():
    lex = lexicon.load()
    for header in ("Ähnliche Themen", "Artículos relacionados", "Articoli correlati", "Похожие статьи",
                   "Laisser un commentaire", "3 Gedanken zu „Tomaten im Kübel“"):
        entry = lex.match(header)
        assert entry is not None and entry.closes, header


# Figure captions and photo credits, in several languages: a numbered figure, a stock agency's credit.
@pytest.mark.parametrize("text", [
    "Abbildung 4: klassische Schwachschicht in der Schneedecke",
    "Abbildung: Farblich codierte Schneehöhendarstellung für das Mattertal",
    "Figure 2: Changing Font Size of All Text Elements.",
    "Fig. 3: Distribution of the samples",
    "Figura 1: Mapa de la región",
    "Photo by Jane Doe on Unsplash",
    "Photograph by Ed Marshall, Redonda Restoration Programme",
    "Das Hermelin ist im Winter mit seinem weißen Fell gut getarnt. (mlharing / iStock.com)",
    "Wer die Äste auf die Wege zieht, ist unklar (Symbolbild).",
    "Beitragsbild: Titelseite der Zeitung vom 2.4.2019",
    "Foto von Josh Willink von Pexels",
])
def test_lexicon_captions_and_credits(text):
    entry = lexicon.load().match(text)
    assert entry is not None and not entry.keep, text


@pytest.mark.parametrize("text", [
    "In Abbildung 4 sieht man die klassische Schwachschicht.",
    "As Figure 2 shows, the font size changes all text elements.",
    "The photo by Jane Doe won the prize last year.",
    "Sie arbeitet seit zehn Jahren als Fotografin für iStock und Getty.",
    "Das Symbolbild zeigt einen Wald im Winter.",
])
def test_lexicon_spares_body_sentences_about_pictures(text):
    assert lexicon.load().match(text) is None, text


# "More" links, related headers and comment prompts not yet covered.
@pytest.mark.parametrize("text", [
    "weiterlesen 5 Minuten",
    "mehr: Caritas: Schulerfolg darf nicht länger Frage des Einkommens sein",
    "Alle 120 Kommentare im Forum lesen →",
    "Weitere Pressemitteilungen dieses Verbands",
    "Die meistgelesenen Artikel bei SWR.de/Sport",
    "Auch interessant für dich",
    "Mehr lesen über:",
    "Kommentieren Sie hier",
    "Um den Tipp kommentieren zu können, müssen Sie eingeloggt sein.",
    "Rezept drucken Bei Pinterest speichern",
    "Want More?",
    "Otras Noticias",
    "Dowiedz się więcej: Kto jak głosował?",
])
def test_lexicon_more_links_and_comment_prompts(text):
    entry = lexicon.load().match(text)
    assert entry is not None and not entry.keep, text


@pytest.mark.parametrize("text", [
    "Mehr als 120 Kommentare gingen im Forum ein.",
    "Wir wollen mehr lesen über die Geschichte der Stadt.",
    "Sie müssen eingeloggt sein, bevor das System startet, sagte der Techniker.",
    "Mehr Geld für die Schulen fordert die Gewerkschaft.",
])
def test_lexicon_spares_body_sentences_about_more(text):
    assert lexicon.load().match(text) is None, text


# Stock-photo and agency credits closing a caption, and comment-form fields.
@pytest.mark.parametrize("text", [
    "Erdölpumpen im Abendrot. Bild: TebNad/Shutterstock.com",
    "Stau © aremac / Clipdealer",
    "How can a duvet affect your lungs? (Photo: Getty Images)",
    "Microsoft plans to cut its emissions by 2030. Mike Blake/Reuters files",
    "Benachrichtige mich über nachfolgende Kommentare per E-Mail.",
    "E-Mail (wird benötigt und nicht veröffentlicht)",
    "Name (Pflichtfeld)",
    "There are 0 comments. Add yours. Hide them.",
    "Valora esta noticia",
])
def test_lexicon_stock_credits_and_comment_fields(text):
    entry = lexicon.load().match(text)
    assert entry is not None and not entry.keep, text


@pytest.mark.parametrize("text", [
    "The agency sold the rights to Shutterstock and Getty Images last year.",
    "Der Name des Täters wird nicht veröffentlicht, teilte die Polizei mit.",
    "There are 12 comments in the report, and all of them are critical.",
])
def test_lexicon_spares_body_sentences_about_credits(text):
    assert lexicon.load().match(text) is None, text


# A site's licence notice goes; a report about a photographer who licenses his pictures stays.
def test_lexicon_licence_notice_but_not_a_sentence_about_licences():
    lex = lexicon.load()
    assert lex.match("Alle Texte dieses Blogs stehen unter einer Creative-Commons-Lizenz.") is not None
    assert lex.match("Der Fotograf stellt seine Bilder unter einer Creative-Commons-Lizenz ins Netz und "
                     "mahnt dann jede Seite ab, die den Namen nicht nennt.") is None


# Sign-up and consent boxes, embed notices, comment prompts, citation boxes and site self-descriptions.
@pytest.mark.parametrize("text", [
    "Gib Deine E-Mail-Adresse an, um diesen Blog zu abonnieren und Benachrichtigungen zu erhalten.",
    "Mit Absenden meiner E-Mail-Adresse willige ich bis auf Widerruf ein, den Newsletter zu erhalten.",
    "Ich akzeptiere die Datenschutzbestimmungen von Beispiel und von unserem Newsletterdienst.",
    "Wir respektieren deine Privatsphäre und stellen deshalb ohne dein Einverständnis keine Verbindung zu Twitter her.",
    "Wenn Ihnen unser Artikel gefallen hat: Unterstützen Sie diese Form des Journalismus.",
    "Du musst eingeloggt sein um Kommentare zu schreiben!",
    "Please enable JavaScript to view the comments powered by Disqus.",
    "Thank you for visiting nature.com. You are using a browser version with limited support for CSS.",
    "SUGGESTED CITATION Sauer, Heiko: Expert*innen in der Krise, VerfBlog, 2020/4/09",
    "Votre adresse de messagerie est uniquement utilisée pour vous envoyer les lettres d'information.",
    "Willkommen auf dem Plus Size Fashion Blog!",
    "Ein Blog über alternative Lebensräume, ferne Länder und den dritten Lebensabschnitt",
])
def test_lexicon_forms_notices_and_self_descriptions(text):
    entry = lexicon.load().match(text)
    assert entry is not None and not entry.keep, text


@pytest.mark.parametrize("text", [
    "Der Artikel hat ihm gefallen, sagte der Minister, aber er habe Einwände.",
    "Die Verbindung zu Twitter wurde ohne Einverständnis der Nutzer hergestellt, urteilte das Gericht.",
    "Sie hat einen Blog über ihre Reisen geschrieben, der bald als Buch erscheint.",
    "Wir wurden auf der Insel herzlich willkommen geheißen.",
])
def test_lexicon_spares_body_sentences_about_blogs_and_consent(text):
    assert lexicon.load().match(text) is None, text


RIVER = []
for _n, (_head, _summary) in enumerate([
        ("New library opens its doors after two years", "Readers queued in the rain to be the first to borrow books from the new building."),
        ("School bus route to be reviewed after complaints", "The council will look again at the route after parents said children waited too long."),
        ("Fishing boat towed to safety after engine failure", "The lifeboat was called out shortly after midnight and brought the crew of three home.")]):
    RIVER += [_head, _summary, f"{(2, 5, 9)[_n]}H ago"]
BLURB = ("The Harbour Gazette has reported on the life of the town and its people since 1887, and it is "
         "still owned and edited by a trust of local readers who meet once a year.")


def test_context_teaser_run_goes_though_a_blurb_stands_further_down():
    # Prose after a teaser run does not make it the article's own list unless the article resumes (a
    # block of teasers.RESUME_WORDS words of paragraphs): a blurb or a lone summary further down does not.
    seen = decisions("\n".join([*HARBOUR_BODY, "More in Local", *RIVER, "About us", "Contact", BLURB]))
    assert all(seen[p][0] for p in HARBOUR_BODY)
    assert all(seen[line][0] is False for line in RIVER)
    assert seen[RIVER[1]][2].startswith("teaser list: 3 ")  # items of one shape, or stories with their stamps


def test_context_teaser_shapes_amid_the_article_stay():
    # The same items with the article going on after them, paragraph after paragraph: the article's own
    # list (a review of the week's stories), kept.
    seen = decisions("\n".join([*HARBOUR_BODY[:3], *RIVER, *HARBOUR_BODY[3:], *PARAGRAPHS]))
    assert all(seen[line][0] for line in RIVER)
    # A page whose prose before the list is a short introduction: a list of press releases, kept.
    intro = PARAGRAPHS[0]
    seen = decisions("\n".join([intro, *RIVER, "About us", BLURB, PARAGRAPHS[1]]))
    assert all(seen[line][0] for line in RIVER)


def test_context_teaser_rule_passes_over_rules_between_sections():
    # A subheaded article with a rule ("___") before each subheading: the rule is the body's typography,
    # not a line of a teaser, so each section is one subheading and one paragraph, not a teaser item.
    sections = []
    for head, p in [
            ("WHO WILL PAY FOR THE NEW WALL?", "Most of the money comes from a national fund for coastal "
             "defences, and the council will borrow the rest over twenty years."),
            ("WHEN WILL THE WORK START?", "The builders hope to be on site in April, once the last of the "
             "winter storms has passed and the tides are lower."),
            ("WHAT HAPPENS TO THE FERRY?", "The ferry will keep running from the temporary pontoon, though "
             "passengers should allow ten more minutes to walk to it."),
            ("WILL THE PROMENADE STAY OPEN?", "Only the stretch next to the works will close, and a path "
             "behind the lifeboat station will take walkers around it.")]:
        sections += ["___", head, p]
    seen = decisions("\n".join([*HARBOUR_BODY, *sections, "___", "Sign up for our newsletter"]))
    assert all(seen[line][0] for line in sections if line != "___")


def test_context_stamped_stories_go_whatever_their_shape():
    # A river of stories, each with its age on a line of its own: some with a summary (a sentence, or a
    # phrase without a full stop), one with none. No two items share a shape, the stamps make the run.
    river = ["Ferry timetable changes for the winter months", "Fewer crossings on weekdays from November",
             "32M ago", "Lifeboat crew rescues walkers cut off by the tide", "1H ago",
             "Harbour café wins regional food award",
             "The owners said the prize belonged to the fishermen who supply their kitchen.", "14H ago",
             "Town council to review parking charges on the front", "17H ago"]
    seen = decisions("\n".join([*HARBOUR_BODY, "More in Local", *river, "About us", BLURB]))
    assert all(seen[p][0] for p in HARBOUR_BODY)
    assert all(seen[line][0] is False for line in river)
    assert seen[river[0]][2].startswith("teaser list: 4 stories, each with its time stamp")


TICKER_RIVER = [("10:17   Ferry timetable changes for the winter months",
                 "The ferry company will run fewer crossings on weekdays from the first of November."),
                ("10:15   Lifeboat crew rescues walkers cut off by the tide",
                 "Two walkers were brought back to the harbour by the lifeboat crew on Monday evening."),
                ("10:10   Harbour café wins regional food award",
                 "The café on the quay won the award for its fish soup, the judges said on Tuesday."),
                ("09:58   Council to review parking charges on the front",
                 "The council will look again at what drivers pay to park on the front this summer.")]


def test_context_stories_under_ticker_headlines_go():
    # A river that prints each story's time at the head of its headline, on one line (a ticker's line),
    # and its summary under it: the summaries tell the headlines' stories and go with them.
    river = [line for story in TICKER_RIVER for line in story]
    seen = decisions("\n".join([*HARBOUR_BODY, "Share this story", *river, "About us", BLURB]))
    assert all(seen[p][0] for p in HARBOUR_BODY)
    assert all(seen[line][0] is False for line in river)
    assert seen[river[1]][2].startswith("teaser list: 4 stories, each with its time stamp")


def test_context_ticker_lines_between_the_articles_paragraphs_leave_them():
    # A renderer that prints a layout's columns side by side sets a ticker's lines between the article's
    # paragraphs: the paragraphs do not tell the tickers' stories, and stay.
    more = [SUMMARY_OF_60_WORDS.replace("Tuesday", day) for day in ("Monday", "Tuesday", "Friday", "Sunday")]
    mixed = [line for (ticker, _), p in zip(TICKER_RIVER, more) for line in (ticker, p)]
    seen = decisions("\n".join([*HARBOUR_BODY, *mixed, "About us", BLURB]))
    assert all(seen[p][0] for p in HARBOUR_BODY + more)
    assert not any(seen[line][2].startswith("teaser list") for line in mixed)


SUMMARY_OF_60_WORDS = ("The harbour board met on Tuesday evening and agreed, after a long and at times heated "
                       "debate, that the old fish market on the quay should be turned into a covered hall for "
                       "the Saturday market, the sailing club and the school's rowing team, with the work paid "
                       "for by the board, the council and a grant from the coastal fund that the town won.")


def test_context_stamped_stories_with_long_summaries_go():
    # A river above the article prints each story as its headline, a summary of a paragraph's length and
    # its time stamp, some under their section's name: the stamp is the story's chrome, as a "Read more"
    # is an excerpt's.
    river = []
    for n, (section, headline) in enumerate([("", "Ferry timetable changes for the winter months"),
                                             ("Politics", "Lifeboat crew rescues walkers cut off by the tide"),
                                             ("", "Harbour café wins regional food award"),
                                             ("Business", "Town council to review parking charges on the front")]):
        river += [*filter(None, [section]), headline,
                  SUMMARY_OF_60_WORDS.replace("Tuesday", ["Monday", "Tuesday", "Friday", "Sunday"][n]),
                  f"Today, {9 + n}:15"]
    seen = decisions("\n".join([*river, *HARBOUR_BODY, "About us", BLURB]))
    assert all(seen[p][0] for p in HARBOUR_BODY)
    assert all(seen[line][0] is False for line in river)
    assert seen[river[0]][2].startswith("teaser list: 4 stories, each with its time stamp")


def test_context_live_blog_entries_with_long_paragraphs_stay():
    # A live blog is a river of timed entries too, each a heading and a paragraph: but it is the page's
    # text, with no article beside it.
    blog = []
    for n, heading in enumerate(["The board meets on the quay", "Councillors join the debate",
                                 "A grant from the coastal fund", "The vote on the fish market"]):
        blog += [f"{9 + n}:15", heading, SUMMARY_OF_60_WORDS.replace("Tuesday", ["Monday", "Tuesday", "Friday",
                                                                                 "Sunday"][n])]
    seen = decisions("\n".join(["Live: the harbour board decides", *blog, "About us"]))
    assert not any(seen[line][2].startswith("teaser list") for line in blog)
    assert all(seen[line][0] for line in blog if line.startswith("The harbour board met"))


def test_context_stamped_rule_spares_timelines_and_diaries():
    # A timeline under month-and-year dates: no day, no clock, so no time stamps of stories.
    timeline = ["March 2003", "The first ferry crosses to the island", "June 2005",
                "A second pontoon is built on the north side", "May 2011", "Storms close the harbour for a month"]
    # A diary: each date heads the day's text, not a headline.
    diary = ["Monday, June 3", "We reached the harbour in the rain and found that the ferry had already gone.",
             "Tuesday, June 4", "The crossing was calm, and we saw seals on the rocks below the lighthouse.",
             "Wednesday, June 5", "We walked the whole coast path and came back after dark, tired and happy."]
    for body in (timeline, diary):
        seen = decisions("\n".join([*HARBOUR_BODY, *body]))
        assert not any(seen[line][2].startswith("teaser list") for line in body), body


PAIRED_STORIES = [("Politics", "Ferry fares to rise in the spring, the harbour board says..."),
                  ("", "Lifeboat crew rescues walkers cut off by the tide?"),
                  ("Business", "Harbour café wins award"),
                  ("", "Town council to review parking charges on the front")]


def _paired(summary: str = SUMMARY_OF_60_WORDS, stories: list[tuple[str, str]] = PAIRED_STORIES) -> list[str]:
    lines = []
    for n, (kicker, headline) in enumerate(stories):
        lines += [*filter(None, [kicker]), headline,
                  summary.replace("Tuesday", ["Monday", "Tuesday", "Friday", "Sunday"][n])]
    return lines


def test_context_headlines_over_summaries_under_a_closing_header_go():
    # Under the comment form that closes a short article, a river of other stories: each a headline (a
    # question, a headline of two words) over a summary of a paragraph's length, a kicker over some. The
    # summaries outweigh the article, but they are no text going on.
    river = _paired()
    for form in (["Leave a reply", "Your email address will not be published."],
                 ["Добавить комментарий", "Ваш e-mail (не публикуется)", "(не публикуется)"]):
        seen = decisions("\n".join([*PARAGRAPHS[:2], *form, *river, "About us"]))
        assert all(seen[p][0] for p in PARAGRAPHS[:2]), form
        assert all(seen[line][0] is False for line in river), [line for line in river if seen[line][0]]
        assert seen[river[1]][2].startswith("teaser list: 4 stories under a header that closes the article")
    # A link under the header, then the river: the header heads no box inside the article (the summaries
    # are no text going on), and the article is the body span, though the river outweighs it.
    river = _paired(SUMMARY_OF_60_WORDS.replace("harbour board", "lifeboat committee"),
                    [("", "School choir sings at the cathedral"), ("Sport", "Rowing club buys a new boat"),
                     ("", "Bus route to the station to change"), ("", "Library opens on Sundays again")]) + _paired()
    seen = decisions("\n".join([*PARAGRAPHS[:2], "Leave a reply", "Read our guidelines before you post a comment",
                                *river, "About us"]))
    assert all(seen[p][2].startswith("good inside the body span") for p in PARAGRAPHS[:2])
    assert not any(seen[line][0] for line in river)


def test_context_headlines_over_summaries_with_a_mark_between_go_under_a_closing_header():
    # A river under the closing header that prints a lone mark (a bullet's ".", a rule) between every
    # headline and its summary, and between the stories: the marks are typography, the pairs stories.
    river = [line for pair in zip(_paired(), ["."] * len(_paired())) for line in pair]
    seen = decisions("\n".join([*PARAGRAPHS[:2], "Leave a reply", *river, "About us"]))
    assert all(seen[p][0] for p in PARAGRAPHS[:2])
    assert all(seen[line][0] is False for line in river)
    assert seen[river[2]][2].startswith("teaser list: 4 stories under a header that closes the article")
    # The article's own sections so printed, above its closing header, stay.
    seen = decisions("\n".join([*PARAGRAPHS, *river, "Leave a reply", "About us"]))
    assert all(seen[line][0] for line in river if line not in (".", "Politics", "Business"))


def test_context_subheaded_sections_outside_a_closing_header_stay():
    # The article's own sections, a subheading over one paragraph each, stand above its closing header.
    sections = _paired()
    seen = decisions("\n".join([*PARAGRAPHS, *sections, "Leave a reply", "About us"]))
    assert all(seen[line][0] for line in sections if line not in ("Politics", "Business"))
    # Headings that end a sentence are the text's run-in headings, not headlines.
    runin = [line + "." if i % 3 != 2 else line for i, line in enumerate(_paired()) if line not in ("Politics",
                                                                                                     "Business")]
    seen = decisions("\n".join([*PARAGRAPHS[:2], "Leave a reply", *runin]))
    assert not any(seen[line][2].startswith("teaser list") for line in runin)
    # A product's features in a carousel under an empty "You may also like" box: each printed twice.
    pairs = [line for line in _paired() if line not in ("Politics", "Business")]
    features = [line for k in range(0, 6, 2) for line in pairs[k:k + 2] * 2]
    seen = decisions("\n".join([*PARAGRAPHS[:2], "You may also like", *features]))
    assert not any(seen[line][2].startswith("teaser list") for line in features)


def test_context_ranked_stories_go():
    # A "Most read" box after the article: each story a bare rank ("1", or "1. 1" from a renderer that
    # numbers the list itself) and a headline without a sentence end.
    for mark in ("{n}", "{n}. {n}"):
        ranked = []
        for n, headline in enumerate(["Ferry timetable changes for the winter months",
                                      "Lifeboat crew rescues walkers cut off by the tide",
                                      "Harbour café wins regional food award",
                                      "Town council to review parking charges on the front"], 1):
            ranked += [mark.format(n=n), headline]
        seen = decisions("\n".join([*HARBOUR_BODY, "Most read", *ranked, "About us", BLURB]))
        assert all(seen[p][0] for p in HARBOUR_BODY)
        assert all(seen[line][0] is False for line in ranked[1::2]), mark
        assert seen[ranked[1]][2].startswith("teaser list: 4 stories ranked 1, 2, 3")


def test_context_ranked_rule_spares_steps_and_rankings_in_the_body():
    # Numbered steps end their sentences; a ranking of names has no headlines; both are the body's.
    steps = ["1", "Drain the harbour basin at low tide and remove the loose stones.",
             "2", "Lay the new foundation blocks along the line of the old wall.",
             "3", "Fill the joints with marine mortar and let it cure for a week."]
    ranking = ["1", "Whitby", "2", "Scarborough", "3", "Staithes", "4", "Robin Hood's Bay"]
    for body in (steps, ranking):
        seen = decisions("\n".join([*HARBOUR_BODY, *body]))
        assert not any(seen[line][2].startswith("teaser list") for line in body), body
    seen = decisions("\n".join([*HARBOUR_BODY, *steps]))
    assert all(seen[line][0] for line in steps if not line.isdigit())


# Chrome mined from the dev set's wrongly kept lines, one kind per group, in several languages: comment
# forms and comment policies, newsletter sign-up confirmations, affiliate and consent notices, embeds.
@pytest.mark.parametrize("text", [
    "Save my name, email, and website in this browser for the next time I comment.",    # comment form
    "Meinen Namen, E-Mail und Website in diesem Browser speichern, bis ich wieder kommentiere.",
    "Meinen Namen, meine E-Mail-Adresse und meine Website in diesem Browser für die nächste Kommentierung speichern.",
    "Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.",
    "Guarda mi nombre, correo electrónico y web en este navegador para la próxima vez que comente.",
    "Salva il mio nome, email e sito web in questo browser per la prossima volta che commento.",
    "Mijn naam, e-mail en site bewaren in deze browser voor de volgende keer wanneer ik een reactie plaats.",
    "Zapamiętaj moje dane w tej przeglądarce podczas pisania kolejnych komentarzy.",
    "Сохранить моё имя, email и адрес сайта в этом браузере для последующих моих комментариев.",
    "Informiere mich über neue Beiträge per E-Mail.",
    "Gib hier Deinen Kommentar ein ...",
    "Please enter your comment!",
    "You have entered an incorrect email address!",
    "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
    "Comments are subject to our community guidelines, which can be viewed here.",           # comment policy
    "Please be mindful of our community standards.",
    "By submitting this form you agree to us using your data for the purposes of publishing your comment.",
    "You may revoke this consent at any time with effect for the future.",
    "Beachten Sie, dass die Redaktion unpassende, inhaltlose oder beleidigende Kommentare entfernen kann.",
    "You have succesfully subscribed. Thank you!",                                          # sign-up
    "An email with an activation link has just been sent to your email address.",
    "No thanks",
    "Nein, danke",
    "Subscribe to our global magazine",
    "Get our weekly California Inc. newsletter",
    "By signing up, you agree to our Privacy Policy and Terms of Use.",
    "Vielen Dank für Ihre Anmeldung.",
    "Our site has affiliate partnerships and may earn commission on products purchased through affiliate links.",
    "We are a participant in the Amazon Services LLC Associates Program, an affiliate advertising program.",
    "Als Amazon-Partner verdiene ich an qualifizierten Verkäufen.",                         # affiliate
    "[javascript protected email address]",                                                # widgets, embeds
    "[email protected]",
    "View this post on Instagram",
    "Hier klicken, um Google Maps zu aktivieren/deaktivieren.",
    "Necessary cookies are absolutely essential for the website to function properly.",
    "Newer Story →",
    "Vorheriger Beitrag Nächster Beitrag",
    "Tempo de leitura: 1 minuto",
    "Wir informieren Sie regelmäßig zum Thema Klimapolitik und über unsere Arbeit.",      # newsletter pitches
    "Wir informieren Sie täglich (werktags) über die Topthemen des Tages.",
    "Join the hundreds of developers who get new links delivered to their inboxes every week.",
    "Get regular updates on the latest tutorials, offers & news at Example Site.",
    "For the latest stories and breaking news updates download the Example apps for iOS and Android.",
    "Please enter a valid email address.",                                                  # sign-up forms
    "Oops! Something went wrong. Please try again later.",
    "You are already Subscribed",
    "Check your email for a confirmation message.",
    "By signing up via text, you agree to receive recurring automated marketing messages. Msg & data rates "
    "may apply. Reply STOP to cancel.",
    "US phone number only. Message and data rates may apply.",
    "Refresh your browser window to try again.",
    "Info Why you're seeing this ad",                                                       # ad disclosures
    "Why am I seeing this ad?",
    "Warum sehe ich diese Werbung?",
    "Pourquoi cette annonce ?",
    "¿Por qué veo este anuncio?",
])
def test_lexicon_mined_chrome(text):
    entry = lexicon.load().match(text)
    assert entry is not None and not entry.keep, text


@pytest.mark.parametrize("text", [
    "The company said it would save my name and email only for the contest, the complainant told the court.",
    "She asked readers to subscribe to the paper, and within a year it had 40,000 subscribers.",
    "Comments from residents were overwhelmingly positive, the council said.",
    "He said he had no thanks for the government after the harbour was closed for a month.",
    "The retailer may earn commission on every sale, but the agents are paid a fixed fee.",
    "The agency can revoke the licence at any time if the operator breaks the rules.",
    "Amazon said its associates program had paid out more than a billion dollars last year.",
    "Most read in the nineteenth century, the novel is now largely forgotten.",
    "Wir teilen die Sorge der Anwohner, sagte die Bürgermeisterin, und wollen mehr tun.",
    "Viele Leser baten darum, ihren Namen nicht zu speichern, bis der Fall geklärt ist.",
    "Elsewhere on the coast, the storm damaged three piers and a lifeboat station.",
    "Your personal data is protected by law, the minister said, and may not be sold.",
    "Die Behörde sagte: Wir informieren Sie regelmäßig, sobald neue Werte vorliegen.",
    "The app sends breaking news updates, and readers can download the archive for free.",
    "Millions of letters were delivered to their homes by volunteers during the strike.",
    "Please enter a valid email address and your password, then select Sign in.",
    "Something went wrong with the pontoon's lights, the harbour master said, and they were fixed.",
    "Text messages cost ten pence each, and data charges depend on the network.",
    "Why you are seeing this ad on every page of the site, the regulator said, is no secret.",
    "If the map does not load, refresh your browser window to try again, the council's notice said.",
])
def test_lexicon_spares_body_sentences_like_the_mined_chrome(text):
    assert lexicon.load().match(text) is None, text


def test_lexicon_mined_closers():
    lex = lexicon.load()
    for header in ("Leave a Reply Cancel reply", "Most read in world news", "More articles from Jane Doe",
                   "(42) Comments", "Popular Articles", "Hinterlassen Sie einen Kommentar", "Powiązane tematy"):
        entry = lex.match(header)
        assert entry is not None and entry.closes, header


# Boilerplate that the trafilatura-eval pages' gold lists as such and the body span used to take in:
# box headers, download labels, sign-up, push-notice, feedback and consent lines, disclosures.
@pytest.mark.parametrize("text", [
    "Informationsschreiben vom 14. Oktober 2021PDF | 38 KB | Datei ist nicht barrierefrei",
    "Ansprechpartnerin zum Thema:",
    "Es gibt derzeit keine bevorstehenden Veranstaltungen.",
    "Mehr aus der Sendung Liste mit 24 Einträgen",
    "Weitere aktuelle Themen aus der Arbeitswelt",
    "Pingback von Too much information - Papierkorb | 11.09.2011 23:31",
    "Firmengeflecht der Beteiligten. Zum Vergrößern auf das Bild klicken. CC-BY-SA 2.0",
    "Verpasse keine News zu Hardware & Gadgets 💌",
    "Keine Neuigkeiten mehr verpassen: Abonnieren Sie kostenlos unseren Newsletter.",
    "Benachrichtigung aktivieren Dürfen wir Sie in Ihrem Browser über die wichtigsten Nachrichten informieren?",
    "Mit der Registrierung akzeptieren Sie unsere Datenschutz- und Nutzungsbedingungen.",
    "Ich bin mit der Verarbeitung meiner Daten nach Datenschutzerklärung einverstanden.",
    "Wenn Sie inhaltliche Anmerkungen zu diesem Artikel haben, können Sie die Redaktion per E-Mail informieren.",
    "Bei Fragen und Anregungen zu diesem Artikel können Sie hier mit uns in Kontakt treten.",
    "This post contains references to products from one or more of our advertisers.",
    "We recommend the best products through an independent review process, and advertisers do not "
    "influence our picks.",
    "Yes! Sign me up to receive the daily briefing email.",
    "Get the daily edition by email and never miss our top stories Free Sign Up",
    "Immediate online access to all issues from 2019. Subscription will auto renew annually.",
    "We want to hear what you think about this article. Submit a letter to the editor.",
    "If you don't mind turning off your ad-blocker, you can help us.",
    "Unable to edit the page? See the FrontPage for instructions.",
    "Asked 8 years, 2 months ago",
    "Tú también puedes hacer periodismo incómodo. Cancela cuando quieras.",
    "Saat parhaat sisällöt suoraan sähköpostiisi!",
    "Prosimy o zaznaczenie checkboxa przed dodaniem komentarza.",
])
def test_lexicon_chrome_of_kept_boilerplate_snippets(text):
    entry = lexicon.load().match(text)
    assert entry is not None and not entry.keep, text


@pytest.mark.parametrize("text", [
    "Die Datei ist nicht barrierefrei, kritisierte der Verband der Blinden und Sehbehinderten.",
    "Die Ansprechpartnerin zum Thema Pflege sitzt im dritten Stock des Rathauses.",
    "Leser können den Newsletter kostenlos abonnieren, sagte die Chefredakteurin.",
    "Beim Vergrößern des Bildes auf dem Handy leidet die Schärfe.",
    "Mehr aus der Sendung erfuhren die Zuschauer erst am nächsten Tag.",
    "The bank said it may receive compensation from advertisers if readers open an account.",
    "He asked 3 years ago whether the plan would work, and nobody answered.",
    "She kept turning off the ad blocker on her laptop to read the paper.",
    "Los clientes pueden cancelar cuando quieran, explicó la empresa.",
])
def test_lexicon_spares_body_sentences_like_the_kept_boilerplate(text):
    assert lexicon.load().match(text) is None, text


# Newsletter, subscription, donation and support appeals worded per site, box headers, download
# buttons and author-bio openers that the body span took in (de, en, es, fr, it, nl, pl, pt).
@pytest.mark.parametrize("text", [
    "Gefällt dir unser Magazin? Wir haben uns gegen eine Bezahlschranke entschieden.",
    "Zum Newsletter anmelden und keine Ausgabe mehr verpassen",
    "Der Beispiel-Newsletter: immer bestens informiert!",
    "Das Magazin lesen oder verschenken und Vorteile sichern!",
    "Lesen Sie das Heft digital in der App oder bestellen Sie es im Shop als Abo oder Einzelheft:",
    "Jetzt 3 Ausgaben gratis testen!",
    "Ich freue mich über eure Kommentare, eine Antwort dauert manchmal etwas.",
    "Über ein Geschenk von meiner Amazon-Wunschliste würde ich mich freuen!",
    "Unterstützen Sie unabhängigen Journalismus!",
    "Unterstützen Sie uns mit Ihrem Beitrag",
    "Besuchen Sie unseren Shop!",
    "Lesen Sie hier einen weiteren spannenden Beitrag …",
    "Meist gelesen 1 Wandern im Herbst 2 Die besten Zelte 3 Kochen im Freien",
    "Mehr Kolumnen auf Beispielportal:",
    "Artikel als PDF herunterladen",
    "ERSCHIENEN IN",
    "Downloads",
    "Schreibt seit 2015 für das Magazin. Lebt in Hamburg.",
    "Our Standards: The Trust Principles.",
    "We rely on your support to keep local news free for everyone.",
    "Thank you for your support!",
    "Most Viewed News Council approves the harbour plan Ferry fares cut",
    "We welcome reader comments on the top stories of the day.",
    "¿Ya sabías que tenemos canal de Telegram? Únete desde tu celular.",
    "Du lundi au samedi, découvrez l'essentiel de l'actualité.",
    "Iscriviti alla newsletter per ricevere le notizie del giorno",
    "Apoie o nosso trabalho com uma assinatura.",
    "Steun onze journalistiek met een donatie.",
    "Zapraszamy też do subskrypcji naszego tygodnika.",
    "Czekamy na Wasze maile z uwagami i komentarzami: redakcja@example.pl",
])
def test_lexicon_appeals_box_headers_and_bio_openers(text):
    entry = lexicon.load().match(text)
    assert entry is not None and not entry.keep, text


@pytest.mark.parametrize("text", [
    "Die Nachbarn waren immer bestens informiert, sagte die Bürgermeisterin.",
    "Die Firmen sollten jetzt handeln und Vorteile sichern, riet der Verband.",
    "Den vollständigen Bericht können Sie auf der Website als PDF herunterladen.",
    "Meist gelesen wird die Zeitung am Sonntagmorgen beim Frühstück.",
    "Er schreibt seit 2008 für die Zeitung und lebt in Berlin.",
    "Die Downloads der App stiegen im Mai um 40 Prozent.",
    "Mit Ihrer Spende wurde der Brunnen im Dorf gebaut, schrieb der Verein.",
    "Er wollte ihr einen Kaffee spendieren, doch sie lehnte ab.",
    "Sie hat für die Hochzeit eine Amazon-Wunschliste angelegt.",
    "Wesprzyj nas – apelują wolontariusze schroniska dla zwierząt.",
    "Spenden Sie jetzt für die Opfer des Erdbebens, bat der Bischof.",
    "Faire un don par chèque ou en espèces : remplir le bulletin ci-dessous.",
    "The mayor thanked residents for their support of the festival over the years.",
    "We rely on volunteers to keep the library open on Saturdays, the trust said.",
])
def test_lexicon_spares_body_sentences_like_the_appeals(text):
    assert lexicon.load().match(text) is None, text


# Lines the scrapinghub gold leaves out: sign-up box text, share-widget labels, a video player's end
# screen, related-coverage headers, a publisher's corporate footer, a supplement's FDA disclaimer.
@pytest.mark.parametrize("text", [
    "Please check the opt-in box to acknowledge that you would like to subscribe.",
    "Keep an eye on your inbox for the latest sports news.",
    "Get the latest updates right in your inbox. Subscribe to our newsletters.",
    "Join our newsletter for the latest news right to your inbox",
    "Get breaking news alerts and special reports, delivered weekday mornings.",
    "Sign up: Obits newsletter",
    "Like this article?",
    "Have a tip? Our reporter may be reached at tips@example.com.",
    "Thanks for watching!",
    "AddThis Sharing Buttons",
    "Read more about sharing.",
    "Related post: Pickled Beetroot Recipe",
    "Related coverage from How to Do Everything:",
    "chevron_left Browse All Posts",
    "Follow AP's full coverage of the election at https://apnews.com/election",
    "Example Science is part of Future US Inc, an international media group and leading digital publisher.",
    "*These statements have not been evaluated by the Food and Drug Administration.",
    "Wordcount: 717",
])
def test_lexicon_chrome_the_scrapinghub_gold_leaves_out(text):
    entry = lexicon.load().match(text)
    assert entry is not None and not entry.keep, text


@pytest.mark.parametrize("text", [
    "Scammers now put fake invoices right in your inbox, the police warned.",
    "Keep an eye on your inbox for a letter from the tax office in March.",
    "Next up in the trial is the defence, which will call six witnesses.",
    "Thanks for watching the children, she told the neighbour as she left.",
    "The publisher is an international media group with offices in six countries.",
])
def test_lexicon_spares_body_sentences_like_that_chrome(text):
    assert lexicon.load().match(text) is None, text


# Related-content headers that close the article, and the labels of recipe, rating, comment, share,
# author-box and sign-up widgets between the article and the boilerplate after it.
@pytest.mark.parametrize("text, closes", [
    ("Artikel und Videos zum Thema", True),
    ("Diese Artikel könnten euch auch interessieren:", True),
    ("Mehr zu diesem Thema:", True),
    ("Dies passt zum Thema:", True),
    ("Neueste Beiträge zu Lateinamerika", True),
    ("You might like", True),
    ("Articles en relation", True),
    ("Letzte Aktualisierung: 28.01.2022", False),
    ("Autor*in", False),
    ("Siirry tilaamaan", False),
    ("Weitere Rezepte von jesusfreak", False),
    ("Wie hat dir dieses Rezept gefallen?", False),
    ("Durchschnittliche Bewertung:", False),
    ("Kommentare werden geladen...", False),
    ("Bitte teile diesen Beitrag:", False),
    ("Teile das: twitter facebook reddit", False),
    ("Voriger / nächster Artikel", False),
    ("Spende via Paypal", False),
    ("SEND AN E-MAIL TO THE AUTHOR", False),
    ("180 Followers Follow", False),
    ("Loading Facebook Comments ...", False),
    ("Seguí leyendo", False),
    ("¿Ya tenés suscripción?", False),
    ("Skomentuj lub udostępnij", False),
])
def test_lexicon_related_headers_and_widget_labels(text, closes):
    entry = lexicon.load().match(text)
    assert entry is not None and not entry.keep and entry.closes == closes, text


@pytest.mark.parametrize("text", [
    "Mehr zu diesem Thema sagte der Minister nicht, er verwies auf den Bericht.",
    "Das Rezept von ihrer Großmutter hat sie nie aufgeschrieben.",
    "Más noticias de este tipo llegarán en los próximos días, dijo el ministro.",
    "Lo más visto de la temporada fue el gol del capitán en el último minuto.",
    "You might like the new bridge more than the old one, the architect said.",
    "Find more by visiting the museum's website, which lists the opening hours.",
    "Zum Profil von Müller passt der Wechsel nicht, sagte der Trainer.",
])
def test_lexicon_spares_body_sentences_like_the_widget_labels(text):
    assert lexicon.load().match(text) is None, text


# ------------------------------------------------------------------------------------------ blurbs

GERMAN_PARAGRAPHS = [
    "Der Gemeinderat hat am Dienstag beschlossen, die alte Hafenmauer wieder aufzubauen, die bei den "
    "Stürmen im vergangenen Winter schwer beschädigt wurde und seitdem gesperrt ist.",
    "Die Arbeiten sollen im Frühjahr beginnen und etwa achtzehn Monate dauern, in denen die Fischerboote "
    "an einem provisorischen Steg auf der Nordseite der Bucht festmachen werden.",
]


@pytest.mark.parametrize("paragraphs, blurb", [
    (PARAGRAPHS, "Evan V. Symon is the Senior Editor for the California Globe. Prior to the Globe, he "
                 "reported for the Pasadena Independent and the Cleveland Plain Dealer."),
    (PARAGRAPHS, "Evan Halper writes about a broad range of policy issues out of Washington, with particular "
                 "emphasis on how Washington regulates energy."),
    (GERMAN_PARAGRAPHS, "Jule Radeck studierte Sportwissenschaften, bevor sie als Volontärin nach Hamburg zog. "
                        "In ihrer Freizeit findet man sie oft im Schwimmbecken."),
    (GERMAN_PARAGRAPHS, "Ich bin Steffi, bekennende Tiernärrin und Dosenöffner für zwei Kater. Ich möchte mit "
                        "meinem Blog anderen Tierfreunden helfen."),
    (GERMAN_PARAGRAPHS, "Dieses Blog gibt Hilfestellung und Tipps bei der Einrichtung von Blogs. Hier finden Sie "
                        "Informationen rund um das Bloggen sowie technische Neuerungen."),
])
def test_blurbs_trailing_blurb_goes(paragraphs, blurb):
    # After the last paragraph, under the author's name.
    page = "\n".join([*paragraphs, "Jane Doe", blurb])
    seen = decisions(page)
    assert seen[blurb][:2] == (False, "blurbs") and "bio" in seen[blurb][2] and "in the body span, lines 1-" in seen[blurb][2]
    assert all(seen[p][0] for p in paragraphs)


def test_blurbs_lookalike_inside_the_article_stays():
    # The same sentence in the article, with the text going on after it, is the story's.
    lookalikes = ["Anna Berger ist Korrespondentin der ARD in Moskau und berichtet seit Jahren über die "
                  "Lage im Land, auch über den Hafen.",
                  "Ich bin Anna, sagte die Fischerin, und ich lebe seit vierzig Jahren von diesem Hafen und "
                  "seinen Booten."]
    for line in lookalikes:
        page = "\n".join([GERMAN_PARAGRAPHS[0], line, GERMAN_PARAGRAPHS[1]])
        seen = decisions(page)
        assert all(seen[p][0] for p in [line, *GERMAN_PARAGRAPHS])



@pytest.mark.parametrize("name_line, bio", [
    # A bio of any role, in the third person after its opening.
    ("Maria Lind", "Maria is a growth analyst specializing in search ads and data analytics. Her expertise "
                   "lies in campaigns for small shops and local firms."),
    ("Share this article", "Mary Henn, MA, MFA, is a shopping editor at the Harbour Weekly. She’s also an "
                           "award-winning writer and journalist who covers food and drink."),
    ("Follow us", "Eduard Kovacs (@EduardKovacs) is the managing editor of the Harbour Weekly. He worked as a "
                  "teacher before starting a career in journalism."),
    ("", "Dr. Ann Marsh has been a marine biologist for twenty years. Her column on the bay and its "
         "wildlife appears in the paper every Friday."),
    # No pronoun, but under a line of the name.
    ("Rebecca Edwards", "Rebecca has been a journalist and blogger for over thirty years, with a focus on "
                        "home services and the town's small trades."),
])
def test_blurbs_person_bio_after_the_article_goes(name_line, bio):
    page = "\n".join([*HARBOUR_BODY, *([name_line] if name_line else []), bio])
    seen = decisions(page)
    assert seen[bio][:2] == (False, "blurbs") and "bio" in seen[bio][2], seen[bio]
    assert all(seen[p][0] for p in HARBOUR_BODY)


@pytest.mark.parametrize("lines", [
    # The bio's sentence with the article going on after it: a profile's paragraph.
    [*HARBOUR_BODY[:2], "Ann Marsh is the harbour master of the town. She has watched the wall crumble for "
     "three winters and says the repairs are long overdue.", *HARBOUR_BODY[2:]],
    # The last paragraph about someone, without a word of him or her after its opening.
    [*HARBOUR_BODY, "Tom Reed is a fisherman who has worked out of the bay for forty years and hopes the "
     "new wall will last longer than the old one."],
    # A firm's blurb under its name speaks as "we", and "It is the ..." names no one.
    [*HARBOUR_BODY, "Bayside Boats", "Bayside Boats is a family-owned yard on the quay. Since 1950 we have "
     "built and repaired dinghies for the town's sailors."],
    [*HARBOUR_BODY, "It is the end of an era for the old wall, the harbour master said as he closed the "
     "gate on the quay for the last time."],
])
def test_blurbs_person_bio_lookalikes_stay(lines):
    seen = decisions("\n".join(lines))
    assert all(seen[line][1] != "blurbs" for line in lines), [seen[line] for line in lines]
    assert all(seen[p][0] for p in HARBOUR_BODY)


# ------------------------------------------------------------------------------------------ ratings

PRODUCT_DESCRIPTION = ("The Arrival T-Shirt is your admission to a new, purposeful approach to training. Created "
                       "to encourage focus and made to move with you, it is lightweight and sweat-wicking.")
PRODUCT_REVIEW = ("Great shirt, fits perfectly and the material feels good even on long runs. I would buy it "
                  "again for the gym and for the weekend.")


@pytest.mark.parametrize("rows", [
    ["5 Stars", "4 Stars", "3 Stars", "2 Stars", "1 Star"],
    ["5 stars 120", "4 stars 12", "3 stars 4", "2 stars 1", "1 star 9"],
    ["1 Stern 3", "2 Sterne 1", "3 Sterne 4", "4 Sterne 20", "5 Sterne 88"],
    ["5 étoiles 81%", "4 étoiles 10%", "3 étoiles 5%"],
])
def test_ratings_histogram_between_description_and_reviews_goes(rows):
    seen = decisions("\n".join([PRODUCT_DESCRIPTION, "Reviews", "Rating", *rows, "Most recent", PRODUCT_REVIEW]))
    assert all(seen[row][:2] == (False, "ratings") and "histogram" in seen[row][2] for row in rows)
    assert seen[PRODUCT_DESCRIPTION][0] and seen[PRODUCT_REVIEW][0]


@pytest.mark.parametrize("rows", [
    ["5 stars: outstanding, among the best we have tested", "4 stars: very good", "3 stars: good",
     "2 stars: fair", "1 star: poor"],                       # a review site's key to its ratings
    ["5 star hotels", "4 star hotels", "3 star hotels"],    # a list of classes, each a heading
    ["5 stars", "4 stars"],                                   # two reviews' ratings: no histogram
    ["5 stars", "3 stars", "1 star"],                         # the stars do not step by one
])
def test_ratings_lookalikes_stay(rows):
    page = [*HARBOUR_BODY[:2], *rows, HARBOUR_BODY[2]]
    seen = decisions("\n".join(page))
    assert all(seen[row][1] != "ratings" for row in rows)
    assert all(seen[p][0] for p in HARBOUR_BODY[:3])


# ------------------------------------------------------------------------------------------ fine print

KETTLE_TEXT = ["Stovetop Kettle",
               "Our stovetop kettle boils a litre of water in under five minutes on gas, electric and induction "
               "hobs, and its whistle tells you when it is ready.",
               "The handle stays cool, the lid locks, and the spout pours without a drip."]
FINE_PRINT = ["* Colour and model availability may vary depending on country and retailer.",
              "Testing conducted by the maker in January 2026 using preproduction kettles on a 2 kW hob.",
              "† Rates are between 0% and 36% APR. Subject to credit approval.",
              "Induction adapter plate sold separately."]


def test_fineprint_run_of_notes_under_a_product_goes():
    seen = decisions("\n".join([*KETTLE_TEXT, *FINE_PRINT, "Footnotes", "‡ Offer valid until 31 March 2026."]))
    assert all(seen[note][:2] == (False, "fineprint") and "fine print" in seen[note][2] for note in FINE_PRINT)
    assert all(seen[line][0] for line in KETTLE_TEXT[1:])


@pytest.mark.parametrize("lines", [
    # two such sentences in a description are no run of notes
    ["The lid's colour may vary by batch, as each one is glazed by hand.",
     "The trivet is sold separately, in oak or in walnut."],
    # a description's aside in brackets beside two notes
    ["The base empties the bin for you for up to sixty days (sold separately for the small model), and its "
     "bags trap the dust.", "† Rates are between 0% and 36% APR. Subject to credit approval.",
     "◊ Compared to when items are purchased separately."],
    # a list of points with a bullet's star, each a plain sentence
    ["* Boils a litre in under five minutes.", "* The handle stays cool to the touch.",
     "* The lid locks so it cannot fall off when you pour."],
    # notes apart, with the text's paragraphs between them
    ["Prices may vary by retailer, and the kettle is often on offer in the spring.",
     "We tested it for three weeks in a busy kitchen, and it never once boiled dry or lost its whistle.",
     "Accessories are sold separately, though few of them are needed for everyday use.",
     "After a month the enamel still looked new, and the base showed no marks from the hob at all.",
     "Terms apply to the five-year guarantee, which covers the enamel and the handle."],
])
def test_fineprint_lookalikes_stay(lines):
    seen = decisions("\n".join([*KETTLE_TEXT, *lines]))
    assert all(seen[line][1] != "fineprint" for line in lines), [seen[line] for line in lines]
    assert all(seen[line][0] for line in KETTLE_TEXT[1:])


ABOUT_BIO = ("Als Inbound Sales Manager bildet Moritz Bachmann die Schnittstelle zwischen Marketing und "
             "Vertrieb. Er hat vorher lange in einer Klinik gearbeitet und weiß daher, wie es sich anfühlt, "
             "wenn die Akten nicht dort sind, wo sie gebraucht werden.")


def test_blurbs_about_box_after_the_article_goes():
    # "About" and a full name over a bio that names the person by the surname, at the span's end.
    for body, heading, bio in [(GERMAN_PARAGRAPHS, "Über Moritz Bachmann", ABOUT_BIO),
                               (HARBOUR_BODY, "About Ann Marsh", "Ann Marsh has been the harbour master of the "
                                "town since 2011. Before that, Marsh skippered the island ferry for ten years.")]:
        seen = decisions("\n".join([*body, heading, bio, "Privacy policy"]))
        assert all(seen[p][0] for p in body)
        assert seen[heading][:2] == seen[bio][:2] == (False, "blurbs") and "About <full name>" in seen[bio][2]


def test_blurbs_about_box_rule_spares_the_article_s_own_sections():
    bio = ("Ann Marsh has been the harbour master of the town since 2011. Before that, Marsh skippered the "
           "island ferry for ten years.")
    cases = [
        [*HARBOUR_BODY, "About the works", SECTIONS[1]],               # names no person
        [*HARBOUR_BODY, "About Kingsbridge", "Kingsbridge has had a harbour wall since the days of the "
         "sailing ships, and the town has rebuilt it twice before."],    # one word: a place, a firm
        [*HARBOUR_BODY, "About Ann Marsh", SECTIONS[1]],                # the text under it does not name her
        [*HARBOUR_BODY[:2], "About Ann Marsh", bio, *HARBOUR_BODY[2:]],  # the article goes on after it
        [PARAGRAPHS[0], "About Ann Marsh", bio, *HARBOUR_BODY[1:]],     # a profile's section: longer than a bio
    ]
    for lines in cases:
        seen = decisions("\n".join(lines))
        assert all(seen[line][0] for line in lines if not line.startswith("About ")), lines
        assert not any("About <full name>" in seen[line][2] for line in lines), lines


CUT_TEASERS = [
    ("Harbour café offers two coffees for the price of one", "The café on the quay is celebrating its tenth "
     "year with an offer that runs until the end of the month, and the owners say that..."),
    ("Deal Alert: ferry tickets to the islands half price", "The ferry company has cut the price of its "
     "return tickets to the islands for the whole of the winter, which makes a day trip…"),
    ("Boatyard sells off its old dinghies at a discount", "Anyone who has ever wanted a boat of their own "
     "can pick up one of the yard's old training dinghies this weekend for less than..."),
]


def test_context_teaser_run_of_cut_summaries_goes_and_sections_stay():
    # Deals before the article: a headline alone over its summary, every summary cut short by the site: excerpts of other
    # pages (teasers.TRUNCATED), though an item has no byline or date (CUT_ITEM_MIN_HEAD_LINES).
    items = [line for item in CUT_TEASERS for line in item]
    seen = decisions("\n".join([*items, *HARBOUR_BODY]))
    assert all(seen[p][0] for p in HARBOUR_BODY)
    assert all(seen[line][0] is False for line in items)
    assert seen[items[1]][2].startswith("teaser list: 3 ")  # items of one shape, or stories with their stamps
    # The body's own sections, a listicle and an FAQ end their paragraphs' sentences (one may trail
    # off): one subheading per paragraph makes no item, and they stay.
    sections = ["What the trust wants to build", "A new slipway for the lifeboat comes first, then a covered "
                "market on the quay and a footpath along the top of the old sea wall.",
                "How the town will pay for it", "Most of the money is to come from the lottery fund, and the "
                "rest from the harbour dues, which the trust says it will have to raise...",
                "When the work could start", "Not before the autumn, once the storms are over and the "
                "fishing boats have moved to their winter moorings in the north bay."]
    listicle = [x for n, (h, s) in enumerate(CUT_TEASERS, start=1) for x in (f"{n}. {h}", s[:-3] + ".")]
    faq = [x for h, s in CUT_TEASERS for x in (f"Why {h[0].lower()}{h[1:]}?", s[:-3] + ".")]
    for body in (sections, listicle, faq):
        seen = decisions("\n".join([*HARBOUR_BODY, *body]))
        assert all(seen[line][0] for line in body), body


GLUED_TEASERS = [
    "Harbour wall repairs to start in the spring LONDON: The council has approved the plan to rebuild the "
    "old harbour wall after the storms.",
    "Lifeboat crew rescues three fishermen off the point NEW YORK: The lifeboat was called out shortly after "
    "midnight and brought the crew home.",
    "Ferry company cuts winter fares to the islands ST. PETER PORT: Return tickets will cost half as much "
    "until the end of March, the company said.",
]


def test_context_glued_dateline_teasers_go_and_datelined_paragraphs_stay():
    # Three stories in a row, each a headline glued to its summary under a dateline in capitals
    # (teasers.GLUED_DATELINE), before the article: they go.
    body = ["NEW DELHI: " + PARAGRAPHS[0], *HARBOUR_BODY[1:]]
    seen = decisions("\n".join(["Breaking News", *GLUED_TEASERS, *body]))
    assert all(seen[line][0] is False for line in GLUED_TEASERS)
    assert seen[GLUED_TEASERS[0]][2].startswith("teaser list: 3 stories in a row")
    assert all(seen[p][0] for p in body)
    # The article's paragraphs open with their dateline; a transcript's speaker follows a sentence end;
    # two glued stories are no run: all of them stay.
    transcript = [f"{p} SMITH: Well, that is what the council told us at the time." for p in PARAGRAPHS]
    # (The article's paragraphs printed again as a block stay once: see the repetition stage.)
    for lines in (body, transcript, GLUED_TEASERS[:2]):
        kept = set(Cleaner().clean("\n".join([*lines, *HARBOUR_BODY])).splitlines())
        assert all(line in kept for line in lines), lines


STAMPED_HEADLINES = [
    "Harbour wall repairs to start in the spring (23/11 - 10:49)",
    "Lifeboat crew rescues three fishermen off the point (23/11 - 10:48)",
    "Ferry company cuts winter fares to the islands 2011-11-22 17:42",
    "港口防波堤明年春天开始修复 【16:15】",
]


def test_context_headlines_with_their_stamps_go_and_schedules_stay():
    # A river of headlines after the article, each with its date and time (or its time in brackets) at its
    # end (teasers.TRAILING_STAMP): three in a row go, even one long enough to read as prose.
    long = ("Council publishes the full list of contractors who bid for the work on the old harbour wall "
            "(22/11 - 11:38)")
    for river in (STAMPED_HEADLINES[:3], [*STAMPED_HEADLINES[:2], long], STAMPED_HEADLINES[1:]):
        seen = decisions("\n".join([*HARBOUR_BODY, *river]))
        assert all(seen[p][0] for p in HARBOUR_BODY)
        assert all(seen[line][0] is False for line in river), river
        assert seen[river[0]][2].startswith("teaser list: 3 headlines in a row")
    # The body's schedule gives the time alone, a sentence ends after its time, two stamped headlines are
    # no river: they stay.
    schedule = ["Doors open at the harbour hall 18:30", "Talk by the harbour master 19:00",
                "Questions from the floor and closing words 20:15"]
    sentences = ["The ferry leaves the quay every morning at 10:30.", "It returns from the islands at 16:45.",
                 "On Sundays the last boat back is at 18:00."]
    for lines in (schedule, sentences, STAMPED_HEADLINES[:2]):
        seen = decisions("\n".join([*HARBOUR_BODY[:3], *lines, *HARBOUR_BODY[3:]]))
        assert all(seen[line][0] for line in lines), lines


def test_context_stamped_headlines_in_glued_columns_go():
    # A layout table's columns glued into one line: each stamp ends its cell, the next column's headline
    # follows a gap. The river goes with the column glued to it.
    others = ["Council tax bills for next year", "What the tide tables say this week",
              "Winter timetable for the island ferries"]
    river = [f"{headline}{' ' * 12}{other}" for headline, other in zip(STAMPED_HEADLINES[:3], others)]
    seen = decisions("\n".join([*HARBOUR_BODY, *river]))
    assert all(seen[p][0] for p in HARBOUR_BODY)
    assert all(seen[line][0] is False for line in river), river
    assert seen[river[0]][2].startswith("teaser list: 3 headlines in a row")
    # A stamp inside a sentence is no stamp at a cell's end: the lines stay.
    sentences = [f"The ferry left the quay on {stamp} and came back with the crew at noon."
                 for stamp in ("23/11 - 10:49", "24/11 - 10:48", "25/11 - 10:50")]
    seen = decisions("\n".join([*HARBOUR_BODY[:3], *sentences, *HARBOUR_BODY[3:]]))
    assert all(seen[line][0] for line in sentences)


def test_context_stamped_headlines_with_a_line_of_another_column_between_them_go():
    # A renderer that lays a page's columns out row by row puts a headline of the next column between two
    # stamped headlines: the river runs on over it.
    river = [*STAMPED_HEADLINES[:2], "What the tide tables say this week", STAMPED_HEADLINES[2]]
    seen = decisions("\n".join([*HARBOUR_BODY, *river]))
    assert all(seen[p][0] for p in HARBOUR_BODY)
    assert all(seen[line][0] is False for line in river), river
    assert seen[river[0]][2].startswith("teaser list: 3 headlines in a row")
    # Two stamped headlines and a paragraph between them: no river, every line stays.
    lines = [STAMPED_HEADLINES[0], HARBOUR_BODY[3], STAMPED_HEADLINES[1]]
    seen = decisions("\n".join([*HARBOUR_BODY[:3], *lines, *HARBOUR_BODY[4:]]))
    assert all(seen[line][0] for line in lines), lines


# The chrome of shop, recipe, job, event, classified and hotel pages, in several languages: cart and
# wish-list buttons, stock notes, review widgets, recipe-card buttons and vote counters, apply, calendar,
# ticket and contact buttons, cross-selling headers; a service page's quote, demo and trial buttons and
# the field notes of form plugins.
@pytest.mark.parametrize("text", [
    "Add to cart", "Add to Wishlist", "In stock", "Only 3 left in stock", "12 in stock", "SKU: ACI-10-BLK",
    "Qty", "Size guide", "Write a review", "Based on 128 reviews", "Was this review helpful?",
    "Verified Purchase", "Sort by: Most recent", "Rated 4.50 out of 5 based on 12 customer ratings",
    "In den Warenkorb", "Nur noch 2 Stück auf Lager", "Artikelnummer: 4051234", "War diese Bewertung hilfreich?",
    "Ajouter au panier", "Cet avis vous a-t-il été utile ?", "Añadir al carrito", "Aggiungi al carrello",
    "Adicionar ao carrinho", "In winkelwagen", "Dodaj do koszyka", "Questa recensione ti è stata utile?",
    "Jump to Recipe", "Print Recipe", "Pin Recipe", "4.89 from 342 votes", "Did you make this recipe?",
    "Tried this recipe? Tell us how it went. Tag us at @example or leave a comment and rating below.",
    "US Customary - Metric", "Sterne anklicken zum Bewerten", "Aller à la recette", "Imprimer la recette",
    "Apply now", "Save job", "Job ID: 104823", "123 applicants", "Jetzt bewerben", "Solliciteer nu",
    "Add to calendar", "Get tickets", "Zum Kalender hinzufügen", "Ajouter au calendrier",
    "Show phone number", "Ver teléfono", "Calcula tu hipoteca", "Guardar en favoritos",
    "Prenota ora", "Verifica disponibilità", "Kostenlose Stornierung",
    "Skip to product information", "1-2 of 407 reviews", "81% of customers would recommend this",
    "Rated 4.0 out of 5 stars", "See more reviews", "Thank you for your feedback!",
    "Select options This product has multiple variants. The options may be chosen on the product page",
    "Get a free quote", "Request a demo", "Book a demo", "Start free trial", "Free 14-day trial",
    "Get started for free", "Read the case study", "See all case studies",
    "Testimonials", "This field is for validation purposes and should be left unchanged.",
    "This field is hidden when viewing the form", "* indicates required",
])
def test_lexicon_shop_recipe_job_event_listing_chrome(text):
    entry = lexicon.load().match(text)
    assert entry is not None and not entry.keep, text


def test_product_page_keeps_its_description_and_drops_the_review_widget():
    # The product's name, price and buy box, its description, then the review widget: the widget's
    # summary and pager lines go, the description and its points stay, and so do the buy box's lines
    # that no lexicon knows (as chrome they would cut the description off the body span).
    description = [
        "This kettle is pressed from a single sheet of stainless steel, so there are no seams inside where "
        "limescale can collect, and the base spreads the heat evenly on every kind of hob.",
        "The whistle sits in the spout and lifts with the handle, which stays cool because it is wrapped in "
        "beech wood that is oiled by hand in our workshop before the kettle is packed.",
        "It works on gas, electric and induction hobs, and the wide base brings a full kettle to the boil in "
        "about six minutes, which is quicker than most kettles of its size.",
        "Capacity: 1.5 litres",
        "Weight: 950 g",
    ]
    widget = ["Reviews", "4.6", "81% of customers would recommend this", "Rated 5.0 out of 5 stars",
              "1-2 of 407 reviews", "See more reviews", "Thank you for your feedback"]
    page = ["Stovetop Kettle", "$89.00", "Please select a size", "Shipping & Returns", *description, *widget]
    seen = decisions("\n".join(page))
    assert all(seen[line][0] for line in description), [line for line in description if not seen[line][0]]
    assert seen["Please select a size"][1] != "lexicon" and seen["Shipping & Returns"][1] != "lexicon"
    for line in ("81% of customers would recommend this", "Rated 5.0 out of 5 stars", "1-2 of 407 reviews",
                 "See more reviews", "Thank you for your feedback"):
        assert seen[line][:2] == (False, "lexicon"), line


def test_lexicon_shop_and_listing_closers():
    lex = lexicon.load()
    for header in ("Customers also bought", "Customers who viewed this item also viewed", "Recently viewed",
                   "Related products", "Related items", "Related items to explore", "Kunden kauften auch", "Zuletzt angesehen", "Similar jobs",
                   "Anuncios similares", "Annunci simili", "Podobne oferty"):
        entry = lex.match(header)
        assert entry is not None and entry.closes, header


# The header of a product's customer reviews closes the product's text, in several languages; "Reviews"
# alone (a news site's menu item) or with a count (a holiday house's tab over its description) and
# testimonials' headers do not, nor sentences about reviews.
@pytest.mark.parametrize("header", [
    "Customer Reviews", "Customer reviews (12)", "Ratings & Reviews", "Ratings and reviews",
    "Reviews with images", "Top reviews from the United States", "Kundenbewertungen",
    "Avis clients", "Opiniones de clientes", "Recensioni dei clienti", "Opinie klientów", "Klantbeoordelingen",
    "Отзывы покупателей",
])
def test_lexicon_customer_review_headers_close_the_product(header):
    entry = lexicon.load().match(header)
    assert entry is not None and entry.closes, header


@pytest.mark.parametrize("text", [
    "Reviews", "Reviews (6)", "Bewertungen (6)", "What our customers say", "What our customers are saying",
    "Customer reviews are mixed, and most complaints are about the battery.",
    "Top reviews praised the pacing of the film and the score.",
    "Kundenbewertungen helfen anderen Käufern bei der Wahl des richtigen Modells.",
])
def test_lexicon_customer_review_headers_spare_sentences_and_menu_items(text):
    entry = lexicon.load().match(text)
    assert entry is None or not entry.closes, text


def test_product_page_ends_at_its_customer_reviews():
    # A product's description, then its customer reviews (the rating, then each buyer's name, the
    # platform's badge and the date, the buyer's words, the helpful note): the reviews are no part of the product's text, however many there are;
    # the description stays. A long paragraph right under the header stays as any stray paragraph does.
    description = [
        "This kettle is pressed from a single sheet of stainless steel, so there are no seams inside where "
        "limescale can collect, and the base spreads the heat evenly on every kind of hob.",
        "The whistle sits in the spout and lifts with the handle, which stays cool because it is wrapped in "
        "beech wood that is oiled by hand in our workshop before the kettle is packed.",
        "Capacity: 1.5 litres",
    ]
    words = [
        "I bought this kettle for our narrowboat and it has been perfect on the little gas hob, boiling "
        "quickly and whistling loudly enough to hear from the deck while we are moored up for the night.",
        "The handle really does stay cool, which matters with two small children in the kitchen, and the "
        "spout pours cleanly without dribbling down the side the way our old one always did every morning.",
        "Lovely to look at and well made, though the whistle is quieter than I expected, so I sometimes "
        "miss it when the radio is on in the next room and the kettle boils away for a minute or two.",
        "We have had ours for three winters now on a wood stove and an induction hob, and apart from a "
        "little limescale that vinegar shifts in an evening it still looks and works as it did when new.",
    ]
    reviews = []
    for n, (text, name) in enumerate(zip(words, ["Anna", "Tom", "Priya", "Gareth"])):
        reviews += [f"{name} {'KTPG'[n]}.", "Verified buyer", f"{n + 2} days ago", text, f"{n + 1} people found this helpful"]
    page = ["Stovetop Kettle", "$89.00", *description, "Customer Reviews", "4.8", "1,113 ratings", "Write a review",
            *reviews]
    seen = decisions("\n".join(page))
    assert all(seen[line][0] for line in description), [line for line in description if not seen[line][0]]
    assert not any(seen[line][0] and "inside the body span" in seen[line][2] for line in reviews)
    far = [line for i, line in enumerate(reviews) if i >= STRAY_MAX_LINES_AFTER]
    assert not any(seen[line][0] for line in far), [line for line in far if seen[line][0]]


# What the pages' body holds and the entries above must spare: a product's description and spec rows,
# ingredients and method, the recipe card's times, servings and nutrition (the dev gold keeps
# "Carbohydrates: 31g" and "Koch-/Backzeit ca."), the delivery time of a product page ("Lieferzeit: 15 -
# 21 Tag(e)" is gold), the "Buy Now" of a deals article's product box (gold), tax and shipping notes (they
# stand between a product's short description and the rest of it; so do a buy box's size picker and
# policy tab, the rating under a product's name and the rating histogram over its reviews, which would
# cut the description off the body span), the points of a product's own list ("30-day returns"), and
# sentences about the same things.
@pytest.mark.parametrize("text", [
    "Material: Cast iron", "Weight: 2.3 kg", "Lieferumfang: Mäher, Akku, Ladegerät, Fangkorb",
    "2 cups flour", "1 teaspoon baking soda", "Prep Time 10 mins", "Total Time: 20 minutes", "Servings 10 slices",
    "Calories 240 kcal", "Carbohydrates: 31g", "Koch-/Backzeit ca. 80 Min.", "Lieferzeit: 15 - 21 Tag(e)",
    "Buy Now", "Jetzt kaufen", "inkl. MwSt.", "Free shipping on orders over $50", "Rate this recipe:",
    "Rezept bewerten:", "Ingredients", "Instructions",
    "Add to cart the items you want, then check out before midnight to get the discount.",
    "The shop had only three left in stock when we called, and the manager said more would come in May.",
    "Customers also bought more umbrellas than usual last winter, the retailer said.",
    "Readers who tried this recipe told us it works just as well with pears.",
    "She said she would apply now that the deadline had been extended to June.",
    "The jacket costs $120, and it was reduced to $89 in the January sale.",
    "30-day returns", "Free shipping", "Sold out", "Notify Me When Back in Stock", "Fit", "Runs small",
    "Please select a size", "Shipping & Returns", "4.6 out of 5 stars", "Rated 5 out of 5", "5 Stars", "Most recent",
    "Select a size from the chart below to find your usual fit.",
    "Five stars for the service, the reviewer wrote, and four for the food.",
    "Customers can request a quote online or call our office in Leeds.",
    "Start a free trial, and the software asks for a card only when the thirty days are over.",
    "Read the case study of the Leeds depot in our annual report.",
    "Our testimonials come from clients we have worked with for ten years or more.",
    "The hotel was rated 4 out of 5 stars by the national tourism board in 2019.",
    "Back in stock after two years, the blue edition sold out again within a week.",
])
def test_lexicon_spares_body_lines_of_shop_and_recipe_pages(text):
    entry = lexicon.load().match(text)
    assert entry is None or entry.keep, text


def test_specs_rows_of_lists_are_a_table_and_a_lone_tag_line_stays_chrome():
    # Rows that each give a label and a list read, one by one, as tag lines; two or more in a row are
    # a table of the text (a draw's groups, a product's variants) and stay inside the body span.
    rows = ["Path C: Scotland, Norway, Serbia, Bulgaria", "Path D: Georgia, North Macedonia, Kosovo, Belarus"]
    variants = ["Colours: red, blue, green, black", "Materials: cotton, polyester, elastane, nylon"]
    for table in (rows, variants):
        assert all(classify(row).reason == features.TAG_REASON for row in table)
        seen = decisions("\n".join([*PARAGRAPHS[:2], *table, PARAGRAPHS[2]]))
        assert all(seen[row][0] for row in table), table
    # One labelled list alone, or next to a "Label: value" row, is a site's tag or category line.
    tags = "Themenseiten: Facebook, Politik, Soziale Netze, Zensur"
    category = "Kategorie: Diakonie, Pflege, Newsletter, Aktuelles"
    for lines in ([tags], ["Autor: Multimedia Redaktion", category]):
        seen = decisions("\n".join([*PARAGRAPHS[:2], *lines, PARAGRAPHS[2]]))
        assert seen[lines[-1]][0] is False and seen[lines[-1]][1] == "features", lines
    # A tag list without a label next to a labelled one is no row either.
    seen = decisions("\n".join([*PARAGRAPHS, "militants, OSCE, Daesh, Sergei Lavrov, Aleppo", tags]))
    assert seen[tags][0] is False and seen["militants, OSCE, Daesh, Sergei Lavrov, Aleppo"][0] is False


def test_specs_labels_over_their_values_are_a_spec_sheet_not_a_menu():
    # A product's facts printed a label a line, each over its value (with a colon after the label or a
    # measure or an answer for the value): on a page without prose the sheet
    # is the text, and the span lands on it rather than on a list of names below it.
    sheet = ["Outer fabric material:", "100% polyester", "Lining:", "100% polyester", "Fabric:", "Faux leather",
             "Collar:", "Turn-down collar", "Fastening:", "Zip", "Pattern:", "Plain"]
    names = ["Complete the look", "anna.m", "jo.b", "kim_r", "lee.w", "max.t"]
    page = "\n".join(["Women", "Men", "Kids", "Sale", "Faux leather jacket - black", *sheet, *names])
    seen = decisions(page)
    assert all(seen[line][0] for line in sheet), seen
    labels = label_page_until(build(page, Config()), "dumps")
    assert all(specs.paired(labels[5 + k]) for k in range(len(sheet)))
    # Three pairs are a footer's contact box, and labels over bare numbers are a forum member's counters.
    contact = ["Phone:", "0113 496 0000", "Email:", "shop at example", "Address:", "1 High Street, Leeds"]
    counters = ["Messages:", "1,046", "Likes:", "103", "Points:", "113", "Posts:", "12"]
    for lines in (contact, counters):
        labels = label_page_until(build("\n".join([*PARAGRAPHS, *lines]), Config()), "dumps")
        assert not any(specs.paired(label) for label in labels), lines
    # Without the colons, measures and yes-or-no answers under the labels show the table.
    bare = ["Weight", "653 g", "Detachable Cable", "Yes", "Cable Length", "110 cm", "Battery Type", "Rechargeable",
            "Receiver", "No"]
    labels = label_page_until(build("\n".join([*PARAGRAPHS, *bare]), Config()), "dumps")
    assert all(specs.paired(label) for label in labels[len(PARAGRAPHS):])
    # A menu's items, and a list of headlines that holds a date here and there, alternate no such values.
    menu = ["Home", "News", "Sport", "Business", "Culture", "Travel", "Weather", "Contact"]
    headlines = ["Council approves the harbour plan", "Farmers protest on Wednesday 14 December in Athens",
                 "Offers", "Strike called for 3 May in all ports", "Ferry timetable changes",
                 "Museum opens 2 new rooms to visitors", "Letters", "Second volume of the 1949 - 1968 history out"]
    for lines in (menu, headlines):
        labels = label_page_until(build("\n".join([*PARAGRAPHS, *lines]), Config()), "dumps")
        assert not any(specs.paired(label) for label in labels), lines
    # Lines of code ending with a colon are no labels.
    code_lines = ["if mode == 'a':", "run_a()", "elif mode == 'b':", "run_b()", "elif mode == 'c':", "run_c()",
                  "else:", "run_d()"]
    labels = label_page_until(build("\n".join([*PARAGRAPHS, *code_lines]), Config()), "dumps")
    assert not any(specs.paired(label) for label in labels)


@pytest.mark.parametrize("text", [
    "Calories: 291kcalCarbohydrates: 31gProtein: 5gFat: 17gSaturated Fat: 2gSodium: 4mgPotassium: 77mgFiber: 2g",
    "Calories: 240kcal | Carbohydrates: 40g | Protein: 3g | Fat: 8g | Saturated Fat: 5g | Sodium: 180mg",
    "Calories: 240kcal, Protein: 3g, Fat: 8g, Sugar: 22g",
    "Breite: 104 cm | Höhe: 97 cm | Tiefe: 52 cm | Gewicht: 15,8 kg",
])
def test_features_row_of_measurements_is_no_menu_tag_or_keyword_list(text):
    # A recipe's nutrition facts or a product's dimensions, glued or joined with bars or commas: the
    # text's own figures, left to the neighbours.
    assert classify(text).cls != BAD, text


@pytest.mark.parametrize("text, reason", [
    ("Home | News | World | Sport", "menu or breadcrumb"),
    ("Home | Offers: 3 for 2 | Contact", "menu or breadcrumb"),          # one labelled number is no row
    ("Tags: 2019, Politik, Wahl, Berlin", "tag list"),
    ("Rubrik: Sport, Ausgabe: 12, Seite: 3, Politik, Wahl", "tag list"),  # nor two
])
def test_features_menus_and_tags_with_a_few_numbers_stay_chrome(text, reason):
    label = classify(text)
    assert label.cls == BAD and label.reason.startswith(reason), (text, label)


def test_repetition_copies_next_to_copies_make_no_block_but_a_chorus_does():
    # Copies of one line next to each other are no repeated block of the text: each is a copy, and all
    # go in one pass (corpus case real-de-modabot-gallery: a caption printed thirteen times in a row,
    # two more of which went on each later pass). Two different lines printed twice (a chorus) are.
    lines = build("\n".join(["Paris Haute Couture SS14, Serkan Cura"] * 4), Config()).lines
    assert not any(repetition._in_repeated_block(lines, i, 0) for i in range(1, 4))
    chorus = ["And the tide comes in again,", "and the harbour lights go on."]
    verse = ["We rowed out past the wall at dawn,", "the gulls were loud above the quay,", *chorus,
             "We rowed back in before the rain,", "the nets were heavy on the way,", *chorus]
    assert repetition._in_repeated_block(build("\n".join(verse), Config()).lines, 6, 2)
    assert Cleaner().clean("\n".join(verse)).splitlines() == verse


def test_repetition_a_post_printed_again_as_a_block_goes_but_a_block_of_headlines_stays():
    # A thread prints a post's paragraphs again, as a block, in the preview of the post a reply answers:
    # the later copies go, the first stays. A chorus is verse, and stays (see above).
    post = PARAGRAPHS[:3]
    reply = "I asked at the harbour office last week and they said the plans have room for twenty boats."
    page = ["Pontoon plans", "harbourwatcher", "#1", *post, "skipper_jo", "#2", "harbourwatcher",
            *post, reply, "Reply", "Privacy policy"]
    seen = Cleaner().explain("\n".join(page)).decisions
    copies = [d for d in seen if d.line in post]
    assert [d.keep for d in copies] == [True] * 3 + [False] * 3, [(d.keep, d.reason) for d in copies]
    assert all(d.reason.startswith("a copy of line") for d in copies[3:])
    assert next(d for d in seen if d.line == reply).keep
    # Lines without sentence ends printed again as a block (a list of headlines, verse) are no post
    # printed twice: the repeated block stays.
    headlines = ["Council approves the plan to rebuild the harbour wall after the winter storms of last year",
                 "Ferry timetable to change in March as the new pontoon opens for boats up to twelve metres"]
    page = ["Harbour news", *PARAGRAPHS[:3], "Most read", *headlines, "Most shared", *headlines, "Contact us"]
    seen = Cleaner().explain("\n".join(page)).decisions
    assert not any(d.reason.startswith("a copy of line") for d in seen if d.line in headlines)


def test_context_qa_page_keeps_every_answer_under_add_a_comment():
    # A Q&A page prints "Add a comment" under the question and under every answer: an action under each
    # post, not the header of a comment section that ends the text.
    question = ["Why does the harbour wall need a new pontoon before the winter storms arrive?",
                "The council notice says the old one will be removed, but it does not say why it cannot stay."]
    answers = [[PARAGRAPHS[0], PARAGRAPHS[1]], [PARAGRAPHS[2]], ["I asked at the harbour office last week and "
               "they said the old pontoon failed its safety inspection after the storms of last winter."]]
    page = ["Harbour Questions", "Ask Question", *question, "Share", "Improve this question", "Add a comment",
            "3 Answers"]
    for n, answer in enumerate(answers):
        page += [str(7 - n), *answer, "Share", "Improve this answer", f"answered Mar {n + 3}, 2020 at 9:1{n}",
                 "Add a comment"]
    page += ["Thanks for contributing an answer to Harbour Questions Stack Exchange!",
             "To learn more, see our tips on writing great answers.", "Post Your Answer"]
    seen = decisions("\n".join(page))
    body = [*question, *(line for answer in answers for line in answer)]
    assert all(seen[line][0] for line in body), [line for line in body if not seen[line][0]]
    assert not any(seen[line][0] for line in page[-3:])


# ------------------------------------------------------------------ scripts and languages beyond English

def test_span_title_case_is_no_evidence_in_a_script_without_case():
    # A Chinese headline has no capitals to show and always holds a function word: that is no sign that
    # it carries a text on, as a sentence-case line with function words does in English.
    page = build("\n".join([*PARAGRAPHS, "韩国女主播视频画面曝光", "疫苗泡沫破灭复牌跌停 重庆啤酒估值或推倒重来",
                            "他说这是一个好的开始。", "Stir the sauce until it thickens"]), Config())
    lines = {line.text: line for line in page.lines}
    assert not span._sentence_like(lines["韩国女主播视频画面曝光"])
    assert not span._sentence_like(lines["疫苗泡沫破灭复牌跌停 重庆啤酒估值或推倒重来"])
    assert span._sentence_like(lines["他说这是一个好的开始。"])  # a sentence end still counts
    assert span._sentence_like(lines["Stir the sauce until it thickens"])  # a cased list item still counts


@pytest.mark.parametrize("text", ["2 3 4 5 6 7 8", "23 24 25 26 27 28 29", "1 2 3 4 5", "9\t10\t11"])
def test_features_calendar_week_or_pager(text):
    label = classify(text)
    assert label.cls == BAD and label.reason.startswith("a calendar's week"), label


@pytest.mark.parametrize("text", ["2012 2013 2014", "1 5 9", "30 31", "12 14 15", "3 2 1", "1 2 3 Go"])
def test_features_calendar_rule_spares_figures_and_countdowns(text):
    assert not classify(text).reason.startswith("a calendar's week")


RU_ARTICLE = [
    "Первое заседание народного штаба общественной поддержки кандидата в президенты прошло в "
    "Екатеринбурге, в нём приняли участие врачи, учителя, артисты и руководители предприятий региона.",
    "Заседание провёл руководитель штаба, известный в городе врач, который полвека проработал в "
    "областной больнице и много лет возглавлял её кардиологическое отделение.",
    "Участники заседания выступили в поддержку идеологии стабильного развития страны и пообещали "
    "собрать предложения жителей области, чтобы передать их кандидату до конца февраля.",
    "Предложения жителей региона будут стекаться в штаб, разместившийся в центре города, а также "
    "приниматься по электронной почте и по телефону горячей линии, который будет работать ежедневно.",
    "Как рассказали в штабе, первые письма пришли уже в день заседания: жители спрашивали о ремонте "
    "дорог, о строительстве новых школ и детских садов и о ценах на лекарства в городских аптеках.",
    "Следующее заседание назначено на конец января, на нём участники обсудят, какие из предложений "
    "войдут в итоговый документ и каким образом о его содержании узнают все жители области.",
]
RU_COMMENTS = [
    ("Piter 6 Января 2012 14:05:28 0", "Хорошо, что штаб возглавил врач, а не чиновник: ему люди поверят скорее."),
    ("Фанат 7 Января 2012 01:48:26 0", "Интересно, сколько предложений они получат и прочтёт ли их кто-нибудь."),
    ("Марина 7 Января 2012 22:22:50 0", "Фамилия руководителя штаба пишется иначе, поправьте, пожалуйста."),
]


def test_context_comments_under_one_line_headers_of_a_name_and_a_stamp_go():
    # "Name date time" on one line, a "Reply" link, the comment: under a header that closes the article.
    thread = [line for header, words in RU_COMMENTS for line in (header, "ответить", words)]
    seen = decisions("\n".join([*RU_ARTICLE, "Комментарии", *thread]))
    assert all(seen[p][0] for p in RU_ARTICLE)
    assert all(seen[words][0] is False for _, words in RU_COMMENTS)
    assert seen[RU_COMMENTS[0][1]][2].startswith("comment thread: 3 comments")
    # The same in English, with a handle and a verb before the stamp.
    thread = [line for n, (_, _, words) in enumerate(COMMENTS)
              for line in (f"reader{n} commented Yesterday at 9:3{n} #", *words)]
    seen = decisions("\n".join([*HARBOUR_BODY, "Comments", *thread]))
    assert all(seen[p][0] for p in HARBOUR_BODY)
    assert all(seen[w][0] is False for _, _, ws in COMMENTS for w in ws)


def test_context_one_line_stamp_rule_spares_forums_live_blogs_and_bylines():
    # A forum thread: the first post carries the same header as the replies, and no "Comments" header
    # announces them: the posts are the page's content.
    posts = [line for n, (_, _, words) in enumerate(COMMENTS * 2)
             for line in (f"harbourfan{n} · 03/03/2020 19:4{n}", *words, HARBOUR_BODY[n % 3])]
    seen = decisions("\n".join(["Harbour forum", "Your favourite walks", *posts]))
    assert not any(r.startswith("comment thread") for _, _, r in seen.values())
    # A live blog after its introduction: the time comes first, then the text.
    live = [line for n, p in enumerate(HARBOUR_BODY) for line in (f"14:0{n} Update from the harbour", p)]
    seen = decisions("\n".join([*PARAGRAPHS, "Comments", *live]))
    assert not any(r.startswith("comment thread") for _, _, r in seen.values())
    # An article's byline with its stamp is one header, not a thread.
    seen = decisions("\n".join(["Posted by Jane Marsh on March 3, 2020, 9:14 AM", *HARBOUR_BODY]))
    assert all(seen[p][0] for p in HARBOUR_BODY)


def assert_river_goes_after_ru_article(header: str, river: list[str]) -> dict[str, tuple[bool, str, str]]:
    """The river under ``header`` after the article goes, line by line; the article stays."""
    seen = decisions("\n".join([*RU_ARTICLE, header, *river, "О проекте"]))
    assert all(seen[p][0] for p in RU_ARTICLE)
    assert all(seen[line][0] is False for line in river)
    return seen


def test_context_stamped_stories_with_three_word_headlines_go():
    # A river in a language without articles: "Иран снова трясет" says in three words what English says
    # in five. Each story carries its stamp, so the short headline is enough.
    river = []
    for head, summary, stamp in [
            ("Иран снова трясет", "Повторное землетрясение произошло в среду утром на юге страны.", "Сегодня, 7:57"),
            ("Банки накрыло волной", "Каждый второй работающий житель страны держит вклад в банке.", "Сегодня, 9:49"),
            ("Укротители скорости", "Кто в России быстро ездит и какие перспективы у автоспорта?", "Вчера, 10:48"),
            ("Год финансового дракона", "Чего ждать от экономики в новом году, рассказали эксперты.", "Вчера, 9:24")]:
        river += [head, summary, stamp]
    assert_river_goes_after_ru_article("Главное", river)
    # Without stamps, a subheading of three words over each paragraph is the article's own section.
    sections = [line for head, p in zip(["Что решил штаб", "Кто в нём", "Что дальше"], RU_ARTICLE[1:])
                for line in (head, p)]
    seen = decisions("\n".join([RU_ARTICLE[0], *sections]))
    assert all(seen[line][0] for line in sections)


@pytest.mark.parametrize("text", [
    "Загружается, подождите...", "Загрузка...", "Новости партнеров", "Код для блога:",
    "Нашли опечатку? Выделите ее и нажмите Ctrl+Enter", "Ошибка в тексте? Пожалуйста, выделите ее и нажмите Ctrl+Enter",
    "Поделись прочитанным:", "Послать другу",
    "Пн Вт Ср Чт Пт Сб Вс", "友情链接", "新闻排行", "所有评论仅代表网友意见，凤凰网保持中立", "Zgłoś błąd",
    "Pozostało znaków: 4000", "Οι απόψεις σας"])
def test_lexicon_widgets_under_the_article_in_other_languages(text):
    assert lexicon.load().match(text) is not None, text


@pytest.mark.parametrize("text", [
    "Загрузка судна заняла три дня, сообщили в порту.", "Опрос показал, что большинство жителей против.",
    "Партнеры компании подписали новое соглашение о поставках.", "Он нашел опечатку в договоре и выделил ее.",
    "友情是人生中最珍贵的东西之一。", "Sonda kosmiczna dotarła do Marsa po siedmiu miesiącach lotu.",
    "Σαν σήμερα γεννήθηκε ο ποιητής, που έγραψε για τη θάλασσα."])
def test_lexicon_widget_entries_spare_body_sentences(text):
    assert lexicon.load().match(text) is None, text


def test_context_comments_under_their_votes_go():
    # Each comment under its votes for and against, two bare numbers, and its author's stamp: a thread.
    thread = [line for n, (_, _, words) in enumerate(COMMENTS)
              for line in (str(5 - n), str(n), f"~reader{n} [2012-01-0{n + 1} 19:2{n}]", *words)]
    seen = decisions("\n".join([*PARAGRAPHS, "Add your opinion", *thread]))
    assert all(seen[p][0] for p in PARAGRAPHS)
    assert all(seen[w][0] is False for _, _, ws in COMMENTS for w in ws)
    assert seen[COMMENTS[1][2][0]][2].startswith("comment thread: 3 comments")


def test_context_vote_rule_spares_answers_with_one_score_and_tables():
    # A Q&A page prints one score per answer, not two: the answers stay.
    answers = [line for n, p in enumerate(HARBOUR_BODY) for line in (str(12 - n), p)]
    seen = decisions("\n".join([PARAGRAPHS[0], *answers]))
    assert not any(r.startswith("comment thread") for _, _, r in seen.values())
    # Without prose above them, rated posts are the page's content.
    rated = [line for n, p in enumerate(HARBOUR_BODY) for line in (str(n + 2), str(n), p)]
    seen = decisions("\n".join(rated))
    assert not any(r.startswith("comment thread") for _, _, r in seen.values())


@pytest.mark.parametrize("text", [
    "Вчера в 11:35", "05.04 в 20:03", "4 янв 2012, 17:20", "dzisiaj 15:15", "Σάββατο 14 Ιανουαρίου 2012",
    "14 Ιαν 2012, 10:20", "ΣΑΒΒΑΤΟ 14 ΙΑΝΟΥΑΡΙΟΥ 2012", "2012年01月12日 08:51:10",
    "Pondělí 3. května 2021, 14:30", "måndag 12 mars 2021 kl 10.15", "tiistai 12. maaliskuuta 2021 klo 10.15",
    "2021. március 12., péntek", "Luni, 12 martie 2021, 10:15", "12 Mart 2021 Cuma 10:15", "12 березня 2021, 10:15",
    "Senin, 12 April 2021 10:15 WIB", "Thứ hai, 12/04/2021 10:15 (GMT+7)", "12 أبريل 2021"])
def test_features_datelines_in_other_languages_and_scripts(text):
    assert classify(text).reason == features.DATELINE_REASON


@pytest.mark.parametrize("text", [
    "Στις 14 Ιανουαρίου 2012 η κυβέρνηση ανακοίνωσε νέα μέτρα για την οικονομία.",
    "4 января 2012 года в городе открылся новый детский сад на двести мест.", "Pt 2", "Net wt 12 oz",
    "Dne 3. května 2021 otevřelo město nový přístav pro rybářské lodě.",
    "Mars 2020 rover lands in the crater", "12 Mart 2021 tarihinde belediye yeni limanı açtı.",
    "Spalier am 18. Fairway von Augusta"])
def test_features_dateline_words_spare_sentences_and_labels(text):
    assert classify(text).reason != features.DATELINE_REASON


RU_CUT_RIVER = [
    ("18:12 /", "28.11.2011Религия Госкомитет провел свыше тысячи семинаровГоскомитет по работе с религиозными "
                "образованиями уделяет большое внимание ..."),
    ("17:56 /", "28.11.2011Общество Награждены победители конкурса сочиненийВ отеле в понедельник состоялась "
                "церемония награждения ..."),
    ("17:55 /", "28.11.2011Происшествия В одном из жилых зданий города произошел пожарВ жилом здании, "
                "расположенном по адресу ..."),
    ("17:48 /", "28.11.2011Общество Заявление о вступлении в брак можно подать в электронной формеЖелающие "
                "вступить в брак граждане могут подать заявление ...")]


def test_context_stamped_stories_cut_short_on_one_line_go():
    # A river under its time stamps whose stories each print on one line their headline glued to the start
    # of the summary, which the site cut short ("..."): too long for a headline, but an excerpt of
    # another page. It goes after the article, and under the header that closes the article even when the
    # article is short and a box of prose follows the river.
    river = [line for pair in RU_CUT_RIVER for line in pair]
    tail = ["Лента новостей", "Президент принял делегацию во главе с губернатором, стороны обсудили развитие "
            "торговых связей, строительство новых дорог и открытие прямого авиасообщения между городами. " * 3]
    for article, above, below in ((RU_ARTICLE, [], []), (RU_ARTICLE[:5], ["Другие новости раздела"], tail)):
        seen = decisions("\n".join([*article, *above, *river, *below]))
        assert all(seen[p][0] for p in article)
        assert all(seen[line][0] is False for line in river[1::2]), above
        assert seen[river[1]][2].startswith("teaser list: 4 stories, each with its time stamp")


def test_context_cut_story_rule_spares_live_blogs():
    # A live blog: each entry under its time is a paragraph of the article itself, with its sentences
    # ended, as long as a glued story or longer; an entry that trails off ("...") now and then is no river.
    live = [line for n, p in enumerate(RU_ARTICLE) for line in (f"1{n}:0{n}", p)]
    live[3] = live[3].removesuffix(".") + " ..."
    for above in ([], ["Другие новости раздела"]):
        seen = decisions("\n".join(["Народный штаб: главное за день", *above, *live]))
        assert all(seen[p][0] for p in live[1::2]), above


def test_context_stamped_stories_under_the_day_and_the_clock_go_and_diaries_stay():
    # A river that prints each story's stamp on two lines, the day over the clock.
    river = []
    for day, clock, head in [("10 января", "16:49", "Сто серий киножурнала снимут в Челябинске"),
                             ("7 января", "17:03", "Министр прогнозирует раннее начало пожароопасного периода"),
                             ("6 января", "14:28", "Страшная авария на трассе под Златоустом"),
                             ("25 декабря", "13:35", "Над Озерском пролетел неопознанный объект")]:
        river += [day, clock, head]
    seen = assert_river_goes_after_ru_article("Другие новости", river)
    assert seen[river[2]][2].startswith("teaser list: 4 stories, each with its time stamp")
    # A diary under the day and the hour: each entry starts with its text, not a headline.
    diary = [line for n, p in enumerate(HARBOUR_BODY[:4]) for line in (f"Monday, June {n + 3}", f"1{n}:05", p)]
    seen = decisions("\n".join(["Harbour diary", *diary]))
    assert all(seen[p][0] for p in HARBOUR_BODY[:4])


RU_COMMENT_RULES = [
    "Факт регистрации пользователя на сайте означает его согласие с данными правилами, которые действуют "
    "для всех материалов и всех разделов сайта без исключения.",
    "Пользователь обязуется высказываться уважительно по отношению к другим участникам дискуссии, читателям "
    "и лицам, фигурирующим в материалах.",
    "Публикуются комментарии только на тех языках, на которых представлено основное содержание материала, "
    "под которым пользователь размещает комментарий.",
    "Комментарий пользователя будет удален, если он:",
    "не соответствует тематике страницы;",
    "содержит оскорбления, угрозы в адрес других пользователей, конкретных лиц или организаций;",
    "содержит спам, рекламирует распространение спама, сервисы массовой рассылки сообщений;",
    "Администрация имеет право без предупреждения заблокировать пользователю доступ к странице в случае "
    "систематического нарушения или однократного грубого нарушения участником правил комментирования.",
    "Пользователь может инициировать восстановление своего доступа, написав письмо на адрес электронной "
    "почты модераторов, и в письме объяснить причины действий, которые были нарушением правил.",
]
RU_FOOTER = ["О сайте", "Реклама", "Контакты", "© 2012 Новости региона"]


def test_rules_box_under_its_header_goes_though_it_outweighs_the_article():
    # A short news item, the footer, then the site's commenting rules: more prose than the article, under
    # a header of their own. The rules go; the article stays.
    article = RU_ARTICLE[:3]
    page = "\n".join(["Главная", "Новости", *article, *RU_FOOTER, "ПРАВИЛА КОММЕНТИРОВАНИЯ МАТЕРИАЛОВ",
                      *RU_COMMENT_RULES, "Идет загрузка..."])
    seen = decisions(page)
    assert all(seen[p][0] for p in article)
    assert not any(seen[rule][0] for rule in RU_COMMENT_RULES)
    assert seen[RU_COMMENT_RULES[0]][1] == "rules"
    # The same right under the article, in English, with a "Log in / Register" link under the header.
    page = "\n".join(["Home", "News", *PARAGRAPHS, "Comment policy", "Log in / Register", *COMMENT_RULES, "About us"])
    seen = decisions(page)
    assert all(seen[p][0] for p in PARAGRAPHS)
    assert not any(seen[rule][0] for rule in COMMENT_RULES)
    assert seen["Comment policy"][1] == "rules" and seen[COMMENT_RULES[0]][1] == "rules"


def test_rules_box_spares_an_article_about_rules_and_a_page_of_rules():
    # An article that speaks of the rules in its sentences has no header line of them: it stays whole.
    about = ["Крупный новостной портал изменил правила комментирования материалов: теперь каждый "
             "комментарий проходит проверку модератором до публикации, а не после неё.",
             "Пользователь, который нарушит правила комментирования дважды, потеряет доступ к обсуждениям "
             "на месяц, сообщили в редакции портала.",
             *RU_COMMENT_RULES[1:3]]
    seen = decisions("\n".join(["Главная", "Новости", *about, *RU_FOOTER]))
    assert all(seen[p][0] for p in about)
    # The site's own rules page: the header stands over the page's only text, with no article above.
    seen = decisions("\n".join(["Главная", "Новости", "Правила комментирования", *RU_COMMENT_RULES, *RU_FOOTER]))
    assert all(seen[rule][0] for rule in RU_COMMENT_RULES if len(rule.split()) > 8)
    # The header as a link of a menu over the article, and among the links of a footer under it.
    menu = ["Главная", "Правила комментирования", "Контакты"]
    seen = decisions("\n".join([*menu, *RU_ARTICLE, "Правила комментирования", *RU_FOOTER]))
    assert all(seen[p][0] for p in RU_ARTICLE)
    assert all(stage != "rules" for _, stage, _ in seen.values())


RU_HEADLINES = [
    "Найдено мощное средство для профилактики гриппа",
    "Разработана диета, улучшающая память",
    "Ученые нашли лучшее средство от стресса",
    "Школьникам раздадут электронные учебники",
    "Полиция избавится от вытрезвителей",
    "В Липецке стартовал месячник здоровья",
    "Купание в бассейнах опасно для легких",
    "Врачи назвали главные зимние болезни",
]


def test_context_sentence_case_headlines_under_the_article_weigh_against_it():
    # Other stories' headlines under a Russian article read like short sentences without their end: they
    # count as title lines, so the span does not run over them onto the note under them.
    note = "Редакция благодарит всех читателей за письма и предложения."
    seen = decisions("\n".join(["Главная", "Новости", *RU_ARTICLE[:3], *RU_HEADLINES, note]))
    assert all(seen[p][0] for p in RU_ARTICLE[:3])
    assert not any(seen[h][0] for h in RU_HEADLINES)
    assert seen[note][0] is False
    # The article's own subheadings of that shape stay, and so do the rows of a table with figures.
    subheadings = ["Что решили участники первого заседания штаба", "Как жители могут передать свои предложения"]
    rows = ["Екатеринбург\t\t1 250 писем\t\t38 %", "Нижний Тагил\t\t640 писем\t\t21 %", "Каменск-Уральский\t\t310 писем\t\t11 %"]
    text = [RU_ARTICLE[0], subheadings[0], *RU_ARTICLE[1:3], subheadings[1], *RU_ARTICLE[3:5], *rows, RU_ARTICLE[5]]
    seen = decisions("\n".join(["Главная", "Новости", *text, "Контакты"]))
    assert all(seen[line][0] for line in text), [(line, seen[line]) for line in text if not seen[line][0]]


@pytest.mark.parametrize("text", [
    "Уважаемые читатели! Комментарии, не соответствующие теме материала, содержащие оскорбления или рекламу, "
    "будут удалены.",
    "Комментарии на сайте публикуются только после обработки модератором. Не публикуются комментарии, "
    "содержащие ненормативную лексику.",
    "Вся информация, размещенная на данном веб-сайте, предназначена только для персонального пользования и не "
    "подлежит дальнейшему воспроизведению без письменного разрешения.",
    "* Администрация сайта не несет ответственности за содержание сообщений, публикуемых в комментариях к "
    "материалам.",
    "Все права на материалы, опубликованные на сайте, принадлежат редакции и охраняются в соответствии с "
    "законодательством РФ.",
    "Использование материалов, опубликованных на сайте, допускается только с письменного разрешения "
    "правообладателя.",
    "Допускается цитирование материалов без согласования с редакцией при условии гиперссылки на сайт.",
    "Żadna część jak i całość utworów zawartych w dzienniku nie może być powielana i rozpowszechniana bez "
    "zgody wydawcy.",
    "Te materiały są płatne. Uzyskaj dostęp do wielu wartościowych treści - zarejestruj się już dziś.",
    "Zanim dodasz komentarz - zapoznaj się z zasadami komentowania artykułów.",
    "Dostęp do treści serwisu jest limitowany. Przeczytaj ten artykuł po zalogowaniu.",
    "Подтверждаю что я прочитал Правила размещения комментариев и согласен соблюдать их.",
    "Τα πνευματικά δικαιώματα ανήκουν στο πρακτορείο και παραχωρούνται σε συνδρομητές μόνον για συγκεκριμένη χρήση.",
    "Τα μηνύματα που δημοσιεύονται στο χώρο αυτό εκφράζουν τις απόψεις των αποστολέων τους και μόνο.",
    "ΑΠΑΓΟΡΕΥΕΤΑΙ η αναδημοσίευση, η αναπαραγωγή, ολική ή μερική, του περιεχομένου χωρίς άδεια.",
    "W związku ze zmianami w serwisie regulamin uległ zmianie. Aby móc się zalogować i skorzystać z nowych "
    "funkcji musisz zaakceptować nowy regulamin.",
    "This page is best viewed in an up-to-date web browser with style sheets (CSS) enabled.",
])
def test_lexicon_moderation_notes_and_disclaimers_in_one_paragraph(text):
    # A site's note on comment moderation, its copyright or liability disclaimer: one paragraph under the
    # article or in the footer, which reads as prose and would stay outside the body span.
    keep, stage, _ = decisions(text)[text]
    assert keep is False and stage == "lexicon"


@pytest.mark.parametrize("text", [
    "Редакция объяснила, что комментарии, в которых есть оскорбления, теперь удаляют модераторы, а правила "
    "обсуждения изменились с начала года.",
    "Суд признал, что все права на фильм принадлежат студии, а использование материалов дела в книге "
    "допускается с согласия сторон.",
    "Ο υπουργός είπε ότι οι πολίτες εκφράζουν τις απόψεις τους ελεύθερα στα σχόλια των ειδήσεων.",
    "Wydawca przypomniał, że komentarze do artykułów są moderowane, a materiały są płatne tylko dla firm.",
    "Nowy regulamin serwisu wszedł w życie w poniedziałek, a użytkownicy mogą się zalogować jak dawniej.",
])
def test_lexicon_moderation_entries_spare_articles_about_moderation(text):
    # An article that reports on comment moderation or a new set of rules, in running prose: no entry.
    assert decisions("\n".join([text, *PARAGRAPHS]))[text][1] != "lexicon"


@pytest.mark.parametrize("text", [
    "Your version of Internet Explorer is not longer supported. Please upgrade your browser.",
    "Join our mailing list. You'll get $100 OFF your first order of $1,000+ as well as design tips.",
    "Something went wrong while talking to the server. Please try again later.", "Flag Inappropriate Post",
    "The prices shown include VAT."])
def test_lexicon_shop_and_browser_notices_go(text):
    assert decisions("\n".join([*PARAGRAPHS, text]))[text][:2] == (False, "lexicon")


@pytest.mark.parametrize("text", [
    "Prices include VAT and delivery to the islands, the ferry company said on Monday.",
    "Readers can use the code HARBOUR for up to $30 off your first order with the ferry company this winter.",
    "Join our mailing list of volunteers: they meet at the harbour hall every Thursday evening."])
def test_lexicon_shop_notice_entries_spare_sentences_about_them(text):
    assert decisions("\n".join([*PARAGRAPHS, text]))[text][1] != "lexicon"


def test_comments_under_headers_with_their_rating_and_number_go():
    # "+39 #1 Name date time": each comment's rating and number before its one-line header, under the
    # header "Комментарии"; a comment may open by quoting another ("Цитата:").
    thread = []
    for n, (header, words) in enumerate(RU_COMMENTS, 1):
        name = header.split()[0]
        thread += [f"+{10 * n} #{n} {name} 26.11.2011 16:1{n}", *(["Цитата:"] if n == 1 else []), words, "Цитировать"]
    seen = decisions("\n".join([*RU_ARTICLE, "Комментарии", *thread]))
    assert all(seen[p][0] for p in RU_ARTICLE)
    assert all(seen[words][0] is False for _, words in RU_COMMENTS)
    assert seen[RU_COMMENTS[1][1]][2].startswith("comment thread")
    # Without a header that announces them, the same posts are a forum's, under its first post: no thread.
    seen = decisions("\n".join([*RU_ARTICLE, *thread]))
    assert not any(seen[words][2].startswith("comment thread") for _, words in RU_COMMENTS)


PL_ARTICLE = [
    "Rada miasta zatwierdziła w czwartek plan odbudowy starego falochronu w porcie, który został poważnie "
    "uszkodzony podczas zimowych sztormów i od tego czasu jest zamknięty dla mieszkańców.",
    "Prace mają się rozpocząć wiosną i potrwać około półtora roku, a w tym czasie łodzie rybackie będą "
    "cumować przy tymczasowym pomoście po północnej stronie zatoki.",
]


@pytest.mark.parametrize("header", ["Komentarze (4) do “Odbudowa falochronu w porcie”",
                                    "Komentarze (0) - Odbudowa falochronu w porcie",
                                    "Brak komentarzy do Odbudowa falochronu... - rozpocznij dyskusję i dodaj komentarz",
                                    "Napisz komentarz i dołącz do dyskusji - Odbudowa falochronu w porcie",
                                    "Jeden komentarz do “Odbudowa falochronu w porcie”"])
def test_lexicon_polish_comment_header_with_the_article_title_closes_it(header):
    # The comment section's header names the article it belongs to: it closes the article all the same.
    after = ["Czytelnicy pytają, czy na czas prac zostanie uruchomiona tymczasowa przeprawa dla pieszych i rowerzystów, "
             "o której mówiono na ostatniej sesji rady."]
    seen = decisions("\n".join([*PL_ARTICLE, header, *after]))
    assert seen[header][:2] == (False, "lexicon") and "closes the article" in seen[header][2]
    assert all(seen[p][0] for p in PL_ARTICLE)


# ------------------------------------------------------------------------------------------ grids

@pytest.mark.parametrize("text", ["$8.99", "From $8.99", "€ 88", "1.299,00 EUR", "8 500 zł", "US$20.00",
                                  "Sale price £14.50", "349 ₽",
                                  "$94.95 Original price was: $94.95.$56.97Current price is: $56.97.",
                                  "249€ Original price was: 249€.149€Current price is: 149€. –40%",
                                  "80ml $24.95 Original price was: $24.95.$14.97Current price is: $14.97.",
                                  "- $49.99"])
def test_grids_price_lines(text):
    from cleaner.stages import grids
    assert grids.price_line(build(text, Config()).lines[0])


@pytest.mark.parametrize("text", ["Tickets are $12 at the door for adults and $6 for children.", "Founded in 1999",
                                  "Size 10", "3 for 2 on all paperbacks this week",
                                  "The kettle that cost $30 last year in every shop of the chain: Original price was: "
                                  "$30, and it is now $21.",
                                  "Last year's model Original price was: the same as this one.",
                                  "Add Gift Wrapping? (+$5)", "-50,00 €", "−$10.00"])
def test_grids_no_price_lines(text):
    from cleaner.stages import grids
    assert not grids.price_line(build(text, Config()).lines[0])


SHOP_MENU = ["Home", "Shop", "Dog Treats", "Cat Toys", "Bowls", "Accessories", "Gift Cards", "Sign in"]
GRID = [("Pure Piggy", "Natural Chicken Dental Sticks (10 Pack)", "$1.49"),
        ("Dolce", "Dolce Bamboo Dog Bowls (3 Colors)", "$8.99"),
        ("Corsa", "Corsa Bowls (5 Colors, 3 Sizes)", "$8.49"),
        ("Bella", "Pet Food & Water Mats (9 Styles)", "$8.99"),
        ("Loving Pets", "Bully Sticks, Large (6 Pack)", "$12.99")]


def _grid_lines(grid=GRID, button="Show Options"):
    return [line for item in grid for line in (*item, button)]


@pytest.mark.parametrize("cart", [[], ["Cart", "0,00 €"]])
def test_context_shop_grid_outside_the_span_stays(cart):
    # A shop's front page: the menu, a grid of products (brand, name, price, a button, item after item)
    # and a blog post under it, which holds the page's only prose and so the body span. The grid's items
    # are the page's text; the button of every item and the menu go. The total of an empty cart in the
    # header is no product's own price.
    page = "\n".join([*SHOP_MENU, *cart, "Featured Products", *_grid_lines(), "Recent posts from our blog",
                      *PARAGRAPHS])
    seen = decisions(page)
    for brand, name, price in GRID:
        assert seen[name][0] and seen[price][0] and seen[brand][0], (name, seen[name])
        assert "shop's grid" in seen[name][2]
    assert not seen["Show Options"][0]
    assert not any(seen[item][0] for item in SHOP_MENU)
    assert all(seen[p][0] for p in PARAGRAPHS)


def test_context_shop_grid_of_sale_prices_with_their_screen_reader_note_stays():
    # A shop's category page whose products are all on sale: WooCommerce prints each price with its note
    # for screen readers ("Original price was: ... Current price is: ..."), and each item's category path
    # and button are chrome. The items are the page's text.
    items = [(name, f"${old}.00 Original price was: ${old}.00.${new}.00Current price is: ${new}.00.")
             for name, old, new in [("4WD Gear Bag Large", 30, 21), ("Bush Cook Cutlery Roll", 69, 48),
                                    ("Camping Dining Set", 235, 164), ("Cargo Barrier Organizer", 99, 69),
                                    ("Compact Wash Bag", 58, 40)]]
    grid = [line for name, price in items for line in ("-30%", "Outdoor Gear / On Sale / Travel", name, price,
                                                       "Add to cart")]
    page = "\n".join([*SHOP_MENU, "Outdoor Gear", *grid, "Recent posts from our blog", *PARAGRAPHS])
    seen = decisions(page)
    for name, price in items:
        assert seen[name][0] and seen[price][0], (name, seen[name])
        assert "shop's grid" in seen[name][2]
    assert not seen["Add to cart"][0]


@pytest.mark.parametrize("own_price", ["$ 335.00", "€49.99 VAT included"])
def test_context_grid_of_other_products_under_a_product_goes(own_price):
    # A product page: the product's own price stands alone above its description; the grid of other
    # products under it ("Complete the set") is no part of the text, nor under a closing header.
    page = "\n".join([*SHOP_MENU, "Engraved Silver Belt Buckle", own_price, *PARAGRAPHS, "Complete the set",
                      *_grid_lines(button="Add to Wishlist")])
    seen = decisions(page)
    assert all(seen[p][0] for p in PARAGRAPHS)
    assert not any(seen[name][0] for _, name, _ in GRID)
    page = "\n".join([*SHOP_MENU, *PARAGRAPHS, "You may also like", *_grid_lines()])
    seen = decisions(page)
    assert not any(seen[name][0] for _, name, _ in GRID)


@pytest.mark.parametrize("ranges", [["$150 - 300", "$300 - 500", "$500 - 1,000", "$1,000 - 3,000"],
                                    ["$200.00 to $499.99 (2)", "$500.00 to $749.99 (4)", "$750.00 to $999.99 (11)",
                                     "$1000.00 to $1999.99 (21)", "$5000 and above (1)"]])
def test_context_shop_grid_under_a_filter_of_price_ranges_stays(ranges):
    # A category page: its filter prints the price ranges in a column above the grid. A column of four
    # prices or more is no product's own price, and the grid under it is the category's products. The
    # product's own price and its old price, on two lines, still mark a product page (see above).
    page = "\n".join([*SHOP_MENU, "Refine Your Results By:", *ranges, "Ear clips", "Ear cuffs",
                      *_grid_lines(), "Recent posts from our blog", *PARAGRAPHS])
    seen = decisions(page)
    assert all(seen[name][0] and "shop's grid" in seen[name][2] for _, name, _ in GRID)
    page = "\n".join([*SHOP_MENU, "Engraved Silver Belt Buckle", "$ 335.00", "$ 420.00", *PARAGRAPHS,
                      "Complete the set", *_grid_lines(button="Add to Wishlist")])
    seen = decisions(page)
    assert not any(seen[name][0] for _, name, _ in GRID)


def test_context_shop_grid_after_a_few_items_of_another_length_stays():
    # A category page whose first items are shorter than the one on sale under them (its saving and its old
    # price on lines of their own): the first few items make no grid, but their prices, several of them,
    # are no product's own price, which stands once. The grid that follows is the category's products.
    short = [("Moab 3 Mid Hiking Boots", "$170.00"), ("Kaha 3 GTX Hiking Boots", "$240.00")]
    sale = ["Sawtooth X Mid Hiking Boots", "$129.73", "Save 21%", "compared to $165.00", "Outlet", "Award Winner",
            "Top Rated"]
    grid = [line for brand, name, price in GRID for line in (f"{brand} {name}", price, "Top Rated")]
    page = "\n".join([*SHOP_MENU, "Hiking Boots", *[line for item in short for line in (*item, "Top Rated")], *sale,
                      *grid, "Recent posts from our blog", *PARAGRAPHS])
    seen = decisions(page)
    assert all(seen[f"{brand} {name}"][0] for brand, name, _ in GRID)
    assert all("shop's grid" in seen[price][2] for _, _, price in GRID)


def test_grids_spare_a_priced_text_and_a_menu_of_price_ranges():
    # A gift guide prints a price under each present, with a paragraph in between: items as long as a
    # paragraph are no grid's, and the text is the span's anyway. A menu of price ranges ("Under $25")
    # prints its prices on adjacent lines: one price, no grid.
    from cleaner.stages import grids
    guide = ["Cast-iron casserole", "$139.00", PARAGRAPHS[0], "Probe thermometer", "$24.99", PARAGRAPHS[1],
             "Whetstone", "$46.50", PARAGRAPHS[2], "Stand mixer", "$349.00", PARAGRAPHS[0]]
    page = build("\n".join(guide), Config())
    assert grids.grid_items(page, label_page_until(page, "context")) == {}
    ranges = ["Gifts", "Under $25", "Under $50", "Under $100", "Under $200", "Over $200", "Sale"]
    page = build("\n".join([*ranges, *PARAGRAPHS]), Config())
    assert grids.grid_items(page, label_page_until(page, "context")) == {}
    seen = decisions("\n".join([*ranges, *PARAGRAPHS]))
    assert not any("grid" in seen[r][2] for r in ranges)


def test_context_shop_grid_runs_on_past_a_closing_header():
    # A grid that starts above a header that closes the article ("Popular", over the next row of the
    # same products) runs on past it; the same header over a grid that starts under it still ends the text.
    more = [("Oak", "Oak Desk Organizer Set", "$49+"), ("Elm", "Elm Headphone Stand", "$29+"),
            ("Ash", "Ash Compact Desk Drawer", "$79+")]
    page = "\n".join([*SHOP_MENU, *PARAGRAPHS, *_grid_lines(GRID[:3]), "Popular", *_grid_lines(more)])
    seen = decisions(page)
    assert seen["Popular"][0] is False
    assert all(seen[name][0] and seen[price][0] for _, name, price in more)
    page = "\n".join([*SHOP_MENU, *PARAGRAPHS, "Popular", *_grid_lines(GRID[:3] + more)])
    seen = decisions(page)
    assert not any(seen[name][0] for _, name, _ in more)


def test_context_grid_beside_an_article_is_an_advertisement():
    # A news article and, under it, a box of flats for sale (place, size, price, item after item): with an
    # article in the span, the grid is an advertisement and goes; the same grid beside a blurb stays.
    flats = [("Kolonaki", "Flat, 100 m2, 3rd floor", "395.000€"), ("Kolonaki", "Penthouse, 150 m2", "750.000€"),
             ("Cholargos", "Flat, 87 m2, 3rd floor", "280.000€"), ("Glyfada", "Maisonette, 120 m2", "410.000€")]
    article = [*PARAGRAPHS, *FERRY_FIRST]
    page = "\n".join([*SHOP_MENU, *article, "Property", *_grid_lines(flats, "Details")])
    seen = decisions(page)
    assert all(seen[p][0] for p in article)
    assert not any(seen[name][0] or seen[price][0] for _, name, price in flats)
    page = "\n".join([*SHOP_MENU, PARAGRAPHS[0], "Property", *_grid_lines(flats, "Details")])
    seen = decisions(page)
    assert all(seen[name][0] and seen[price][0] for _, name, price in flats)


def test_context_category_grid_over_its_buying_guide_stays():
    # A shop's category page: a grid of many products, then the category's buying guide, paragraphs that
    # hold the span. The grid holds more words than the guide: it is the page's listing, not an
    # advertisement beside an article (see the test above), and its items stay with the guide.
    makers = ["Optoma", "BenQ", "Epson", "Hisense", "XGIMI", "Sony"]
    models = ["4K UHD Short Throw Laser Projector with 3500 Lumens", "Home Cinema Laser Projector 4000 Lumens",
              "Portable Smart Projector with Built-In Speakers", "Professional Installation Laser Projector"]
    grid = [(maker, f"{maker} {model}", f"${999 + 250 * k}.00")
            for k, (maker, model) in enumerate((m, d) for d in models for m in makers)]
    guide = [*PARAGRAPHS, *FERRY_FIRST]
    page = "\n".join([*SHOP_MENU, "Native 4K Projectors", *_grid_lines(grid, "Add to Compare"), *guide])
    seen = decisions(page)
    assert all(seen[name][0] and seen[price][0] for _, name, price in grid), \
        [name for _, name, price in grid if not seen[name][0]]
    assert all(seen[p][0] for p in guide)


def test_context_category_grid_of_long_items_with_spec_names_stays():
    # A camera shop's category page: each item is a dozen lines or more (its name, its code, a rating
    # count, a few one-line features, the old and the new price, a saving, its code, buttons), some items a line
    # or two longer than others, and each name a run of specs without function words. The items are the
    # page's text, the names with them; the same spec line outside a grid is still a list, and goes.
    features = ["Full-frame sensor with fast hybrid autofocus.", "Records sharp 4K video at 60 frames.",
                "Weather-sealed magnesium body for travel.", "Twin card slots keep every shot safe.",
                "Bright electronic viewfinder, tilting screen."]
    names = [f"{maker} {model} Mirrorless Camera Body 24MP 4K60 IBIS Dual UHS-II Black Kit {lens}"
             for maker, model, lens in [("Nikon", "Z5II", "24-105mm"), ("Nikon", "Z6III", "28-400mm"),
                                        ("Sony", "A7 IV", "28-70mm"), ("Canon", "EOS R6 II", "24-105mm"),
                                        ("Panasonic", "S5IIX", "20-60mm"), ("Fujifilm", "X-T5", "18-55mm")]]
    grid = []
    for k, name in enumerate(names):
        grid += [name, f"({10 + k})", *features[:3 + k % 3], f"${1999 + 100 * k}.95", f"${1799 + 100 * k}.95",
                 "Save: $200.00", "+ wishlist", f"SKU: CAM{k}", "Add to Cart"]
    page = "\n".join([*SHOP_MENU, "Mirrorless Cameras", *grid, "Recent posts from our blog", *PARAGRAPHS])
    seen = decisions(page)
    assert all(seen[name][0] and "shop's grid" in seen[name][2] for name in names), \
        [seen[name] for name in names]
    seen = decisions("\n".join([*SHOP_MENU, names[0], *PARAGRAPHS]))
    assert not seen[names[0]][0]


def test_grids_a_cart_total_of_nothing_is_no_item():
    # A shop's cart drawer under a grid: "$0.00", the empty cart's total, under the last item's lines is
    # no price of one more item, and the drawer's lines under it are no item's.
    from cleaner.stages import grids
    drawer = ["Your cart is empty", "$0.00", "Product subtotal", "Taxes and shipping calculated at checkout."]
    page = build("\n".join([*SHOP_MENU, *_grid_lines(), *drawer, *PARAGRAPHS]), Config())
    found = grids.grid_items(page, label_page_until(page, "context"))
    assert {page.lines[i].text for i in found} >= {name for _, name, _ in GRID}
    assert not {page.lines[i].text for i in found} & set(drawer)


def test_context_grid_items_with_a_saving_between_their_prices_stay():
    # An outdoor shop's category: each item its brand and name, the new price, the saving and the old
    # price ("$96.73", "Save 25%", "compared to $129.00"), the reviews, its specs; items on sale are longer
    # than the others. The old price under the saving is the same item's, not one more item.
    items = [("La Sportiva Aragon Climbing Shoes", ["$96.73", "Save 25%", "compared to $129.00"]),
             ("La Sportiva Tarantulace Climbing Shoes", ["$99.00"]),
             ("La Sportiva Skwama Climbing Shoes", ["$199.00 - $219.00"]),
             ("Scarpa Veloce Climbing Shoes", ["$124.93", "Save 30%", "compared to $179.00"]),
             ("La Sportiva Mistral Climbing Shoes", ["$111.73", "Save 25%", "compared to $149.00"]),
             ("Five Ten Anasazi Climbing Shoes", ["$165.00"])]
    grid = [line for name, prices in items
            for line in (name, *prices, "(43) reviews", "Type:", "Neutral", "Closure:", "Lace-up")]
    page = "\n".join([*SHOP_MENU, "Climbing Shoes", *grid, "Recent posts from our blog", *PARAGRAPHS])
    seen = decisions(page)
    assert all(seen[name][0] and "shop's grid" in seen[name][2] for name, _ in items), \
        [seen[name] for name, _ in items]


def test_context_category_grid_of_many_items_stays_over_a_long_guide():
    # A category of a dozen products and more under which stands a buying guide longer than the grid:
    # so many items are the category's listing, never an advertisement beside an article (which shows a
    # handful: see the flats above), and they stay with the guide.
    grid = [(f"Maker {k}", f"Trail Running Shoe Model {k}", f"${80 + k}.00") for k in range(12)]
    guide = [*PARAGRAPHS, *FERRY_FIRST, *PARAGRAPHS[:2]]
    page = "\n".join([*SHOP_MENU, "Trail Running Shoes", *_grid_lines(grid, "Add to Cart"), *guide])
    seen = decisions(page)
    assert all(seen[name][0] and seen[price][0] for _, name, price in grid), \
        [name for _, name, _ in grid if not seen[name][0]]
    kept = Cleaner().clean(page).splitlines()  # the guide's paragraphs printed again stay once
    assert all(p in kept for p in guide) and kept.count(PARAGRAPHS[0]) == 1


# ------------------------------------------------------------------------------------------ dialogs

LISTING_ITEMS = ["Oak side table", "Walnut bookcase", "Pine bench", "Ash coat rack"]


@pytest.mark.parametrize("form", [
    ["Join our list", "Enter your email for 10% off your first order,",
     "By entering my email address, I agree to receive promotional emails from Example Shop and agree to the "
     "Terms of Service and Privacy Policy.", "Subscribe"],
    ["Cookie settings",
     "By clicking \"Accept all\" you declare that you consent to the use of all cookies stated above and to "
     "the processing of your data by our partners.", "Accept all", "Reject all"],
    ["Newsletter", "E-Mail-Adresse",
     "Mit dem Klick auf „Abonnieren“ willige ich in die Verarbeitung meiner Daten gemäß der "
     "Datenschutzerklärung ein und kann mich jederzeit wieder abmelden.", "Abonnieren"],
    ["Рассылка", "Ваш e-mail",
     "Нажимая кнопку «Подписаться», вы даёте согласие на обработку персональных данных в соответствии с "
     "политикой конфиденциальности сайта.", "Подписаться"],
])
def test_dialogs_consent_box_goes_and_the_span_keeps_to_the_text(form):
    # A shop's listing of short items, then a sign-up box whose consent sentence is the only prose on the
    # page: the box goes, with its prompt and button, and does not draw the span away from the items.
    page = "\n".join(["Home", "Shop", "Furniture", *PARAGRAPHS[:1], *LISTING_ITEMS, *form, "About us", "Contact"])
    seen = decisions(page)
    assert not any(seen[line][0] for line in form)
    assert any(seen[line][1] == "dialogs" for line in form)
    assert seen[PARAGRAPHS[0]][0]


@pytest.mark.parametrize("body", [
    # An article about consent speaks of it in sentences that do not open with the action.
    ["Clicking \"Accept all\" on a cookie banner gives the site and its partners consent to track you, "
     "the regulator said, and most users agree without reading a word of it.",
     "By law, a site must let you reject them as easily as you accept them."],
    # A how-to: a step that tells the reader to click, with no assent in it.
    ["By clicking Submit at the bottom of the form, you send the claim to the insurer, who answers within "
     "ten working days."],
    # A policy clause longer than any form's sentence of consent.
    ["By using this service you agree to the following terms, which govern your access to and use of the "
     "service, including any content, functionality and services offered on or through it, whether as a "
     "guest or a registered user, and which you should read carefully before you start to use the "
     "service, because by using it you accept and agree to be bound and abide by them and by our privacy "
     "policy, found at the address below and incorporated herein by reference."],
])
def test_dialogs_spare_body_look_alikes(body):
    page = "\n".join(["Home", "News", *PARAGRAPHS, *body, "About us"])
    seen = decisions(page)
    assert all(seen[p][0] for p in [*PARAGRAPHS, *body])
    assert all(stage != "dialogs" for _, stage, _ in seen.values())


COOKIE_NOTICE = "We use cookies to improve your browsing experience and to show you relevant offers."
COOKIE_KINDS = [
    "Manage Cookie Preferences",
    "Strictly Necessary Cookies",
    "These cookies are essential to provide you with the services of the site and cannot be switched "
    "off in our systems.",
    "Analytics Cookies",
    "These cookies collect information about how you use the site, which pages you visit and which links "
    "you click, so that we can improve it.",
    "Advertising Cookies",
    "These technologies are used by our advertising partners to build a profile of your interests and "
    "show you relevant adverts on other sites.",
    "These cookies track your activity across sites to limit how often you see an advert and to measure "
    "how well a campaign works.",
]
PRODUCT_TITLE = ["Oak Side Table", "$149.00", "Add to Cart"]
PRODUCT_LINES = ["Solid oak, oiled finish.", "Width: 45 cm", "Height: 55 cm", "Depth: 40 cm"]


def test_dialogs_cookie_settings_go_and_the_span_keeps_to_the_item():
    # A product page of short lines, then the cookie banner's settings: its kinds of cookies, each a
    # paragraph, are the longest prose on the page. They go, the item's description and measures stay.
    page = "\n".join([*SHOP_MENU, *PRODUCT_TITLE, *PRODUCT_LINES, "About us", "Contact", COOKIE_NOTICE, *COOKIE_KINDS])
    seen = decisions(page)
    assert not any(seen[line][0] for line in COOKIE_KINDS)
    assert all(seen[line][1] == "dialogs" for line in COOKIE_KINDS if len(line.split()) > 12)
    assert all(seen[line][0] for line in PRODUCT_LINES)


def test_dialogs_cookie_settings_take_in_their_table_of_cookies():
    # Kinds of cookies that the lexicon knows, each over a long table of the cookies it sets (a name, a
    # duration, what it does): the rows are no paragraphs of a text, however many, and go with the dialog.
    rows = [f"_id{k}\t\t{k} days\t\tThe analytics service sets this cookie to store a unique visitor number "
            f"and to count the pages seen in visit {k}." for k in range(1, 16)]
    kinds = ["Necessary", "Necessary cookies are absolutely essential for the website to function properly.",
             "Cookie\t\tDuration\t\tDescription", *rows[:3], "Analytics",
             "Analytical cookies are used to understand how visitors interact with the website.",
             "Cookie\t\tDuration\t\tDescription", *rows[3:]]
    page = "\n".join([*SHOP_MENU, *PRODUCT_TITLE, *PRODUCT_LINES, "About us", COOKIE_NOTICE, *kinds])
    seen = decisions(page)
    assert not any(seen[row][0] for row in rows)
    assert all(seen[line][0] for line in PRODUCT_LINES)


def test_dialogs_cookie_settings_spare_texts_about_cookies():
    # A guide to setting cookies, under no notice: its paragraphs all name cookies and stay.
    guide = ["Cookies are small pieces of data that the server asks the browser to store and send back with "
             "every request to the same site.",
             "To set a cookie, the handler adds a header to the response with the cookie's name, its value "
             "and the attributes that limit where it is sent.",
             "A session cookie is deleted when the browser closes, while a persistent cookie carries an "
             "expiry date and survives a restart."]
    seen = decisions("\n".join(["Docs", "Guide", "API", *guide, "Next"]))
    assert all(seen[p][0] for p in guide)
    # ... nor under its heading, a line that only names cookies (the lexicon's chrome in a menu).
    seen = decisions("\n".join(["Docs", "Guide", *PARAGRAPHS, "Cookies", *guide, "Sessions", *PARAGRAPHS[:1]]))
    assert all(seen[p][0] for p in guide)
    # Under a banner, an article whose paragraphs speak of no cookie stays, and so does a policy page's
    # long text about them.
    seen = decisions("\n".join(["Home", "News", COOKIE_NOTICE, "Manage cookies", *PARAGRAPHS, "About us"]))
    assert all(seen[p][0] for p in PARAGRAPHS)
    policy = [f"Section {k}. These cookies of the {k}th kind are set by our partners when you visit a page "
              f"of the site, and they keep what you chose for up to {k} months." for k in range(1, 15)]
    seen = decisions("\n".join(["Home", "Legal", COOKIE_NOTICE, *policy, "About us"]))
    assert all(seen[p][0] for p in policy)


def test_dialogs_spare_a_contact_pages_address_and_phone():
    # A contact form's consent under the address and telephone lines: figures are no form fields.
    address = ["123 Harbour Street, Bayside, 99999", "(123) 555-6789"]
    consent = "By sending your question, you consent to us keeping your details until we have answered it."
    page = "\n".join(["Home", "Contact", *PARAGRAPHS[:2], *address, "Your name", consent, "Send"])
    seen = decisions(page)
    assert all(seen[line][0] for line in address)
    assert not seen[consent][0] and seen[consent][1] == "dialogs"
    assert seen["Your name"][1] == "dialogs"
    # A form between two sections of a service page: the next section's heading under it stays.
    page = "\n".join(["Home", "Pricing", *PARAGRAPHS[:2], consent, "Faster path to revenue", PARAGRAPHS[2]])
    seen = decisions(page)
    assert seen["Faster path to revenue"][0] and seen[PARAGRAPHS[2]][0]


def test_context_headline_over_its_dateline_joins_the_span():
    # The article's headline, prose-sized and without a full stop, over its dateline (and a clock
    # under it) right above the first paragraph is the text's title; the datelines stay chrome.
    headline = "The harbour town has voted to rebuild the old sea wall before the storms"
    for stamps in (["24 November 2011, 12:57"], ["24 November 2011", "12:57"],
                   ["Source: Harbour Gazette  07/11/11-11:07"]):
        seen = decisions("\n".join(["Home | News | Sport | Weather", headline, *stamps, *HARBOUR_BODY]))
        assert seen[headline][:2] == (True, "context")
        assert all(not seen[stamp][0] for stamp in stamps)
        assert all(seen[p][0] for p in HARBOUR_BODY)
    # A section's name over the dateline is no headline, nor is a line over a byline or a source
    # line without a stamp, over three stamps or over a dateline that a share row parts from the text.
    for above in (["Harbour News", "24 November 2011, 12:57"],
                  [headline, "By Jane Smith, Coast Reporter"],
                  [headline, "Source: Harbour Gazette"],
                  [headline, "24 November 2011", "12:57", "Thursday"],
                  [headline, "24 November 2011, 12:57", "Share on Facebook | Share on Twitter | Email"]):
        seen = decisions("\n".join(["Home | News | Sport | Weather", *above, *HARBOUR_BODY]))
        assert not seen[above[0]][0], above
        assert all(seen[p][0] for p in HARBOUR_BODY)


HARBOUR_BODY_ZH = [
    "港口管理局周一宣布，去年冬季风暴中严重受损的老防波堤将在明年春天开始修复，这项工程预计会持续十八个月。",
    "在此期间，渔船将停靠在海湾北侧的临时浮码头，管理局表示码头的费用不会上涨，渔民协会对此表示欢迎。",
    "市议会还批准了一笔额外的预算，用于修复老灯塔和更换渡轮码头的栏杆，工程将在夏季旅游旺季之前完成。",
]


def test_context_chinese_headline_over_its_dateline_joins_the_span():
    # Chinese headlines hold few function characters, so none is of the near class; one of a headline's
    # length over the dateline right above the first paragraph is the text's title all the same.
    menu = "首页 新闻 体育 财经 娱乐 科技"
    for headline in ("港口防波堤明年春天开始修复 渔船停靠临时浮码头", "紅 磡 及 九 龍 城 發 生 三 宗 爆 竊 案"):
        for stamps in (["2011-12-16 01:01   来源：海港日报"], ["2012-01-17 HKT 07:30"]):
            seen = decisions("\n".join([menu, headline, *stamps, *HARBOUR_BODY_ZH]))
            assert seen[headline][:2] == (True, "context"), (headline, stamps)
            assert all(not seen[stamp][0] for stamp in stamps)
            assert all(seen[p][0] for p in HARBOUR_BODY_ZH)
    # A section's name over the dateline is too short, a line over a byline is no headline over its
    # dateline, and a headline with its stop is a sentence of something else.
    for above in (["娱乐新闻", "2011-12-16 01:01"],
                  ["港口防波堤明年春天开始修复 渔船停靠临时浮码头", "记者 王海 李明"],
                  ["港口防波堤明年春天开始修复，渔船停靠临时浮码头。", "2011-12-16 01:01"]):
        seen = decisions("\n".join([menu, *above, *HARBOUR_BODY_ZH]))
        assert not seen[above[0]][0], above
        assert all(seen[p][0] for p in HARBOUR_BODY_ZH)


def test_forum_replies_under_their_post_numbers_are_no_comment_thread():
    # A forum thread (MyBB, vBulletin): each post under its number and its stamp; the first post's stamp
    # is glued to an edit note, so only its number gives it away. The replies are the page's posts.
    first = ["#1", "March 3, 2020, 09:14 AM (This post was last modified: March 5, 2020, 10:02 AM by harbourfan. "
             "Edited 1 time in total.)", *HARBOUR_BODY]
    replies = [line for n, (_, stamp, words) in enumerate(COMMENTS, 2) for line in (f"#{n}", stamp, *words, "Reply")]
    seen = decisions("\n".join([*first, *replies]))
    assert not any(r.startswith("comment thread") for _, _, r in seen.values())
    assert all(seen[w][0] for _, _, ws in COMMENTS for w in ws)
    # Comments numbered from "#1" under an article (no post number above it) are still a thread, and so
    # are replies numbered from "#2" with no "#1" above them.
    for start in (1, 2):
        thread = [line for n, (_, stamp, words) in enumerate(COMMENTS, start)
                  for line in (f"#{n}", stamp, *words, "Reply")]
        seen = decisions("\n".join([*HARBOUR_BODY, *thread]))
        assert all(seen[p][0] for p in HARBOUR_BODY)
        assert all(seen[w][0] is False for _, _, ws in COMMENTS for w in ws), start
        assert seen[COMMENTS[0][2][0]][2].startswith("comment thread")


# ------------------------------------------------------------------- the judges of the page's layout

def stage_labels(lines: list[str], stage: str):
    """The page of ``lines`` and the labels of one pass up to and including ``stage``, with the labels
    the stage was given."""
    from cleaner.pipeline import STAGES
    page = build("\n".join(lines), Config())
    given = label_page_until(page, stage)
    return page, given, dict(STAGES)[stage](page, given)


def _decided(labels):
    """What a stage decided of every line: the fields that the explanation reads (keep, stage, reason)."""
    return [(label.cls, label.keep, label.stage, label.reason) for label in labels]


def test_pipeline_lists_the_layout_judges_and_the_segmentation_before_the_context():
    names = [name for name, _ in STAGES]
    assert names == ["lexicon", "features", "anchors", "site", "closers", "counts", "code", "specs", "dumps", "rules",
                     "teasers", "comments", "boxes", "dialogs", "menus", "titles", "posts", "grids", "segmentation",
                     "context", "blurbs", "ratings", "fineprint", "repetition"]


def test_menus_records_title_lines_and_menu_runs():
    run = ["World News", "Business News", "Sport Results", "Arts Reviews", "Travel Guides"]
    lines = [PARAGRAPHS[0], *run, PARAGRAPHS[1], PARAGRAPHS[2]]
    page, given, labels = stage_labels(lines, "menus")
    assert _decided(labels) == _decided(given)  # it records, it decides nothing
    by_text = {line.text: label for line, label in zip(page.lines, labels)}
    assert all(by_text[item].title_like and by_text[item].menu for item in run)
    assert not any(by_text[p].title_like or by_text[p].menu for p in PARAGRAPHS)
    # Look-alikes: the same items announced by a sentence of the text are title-like but no menu run;
    # list items, lower-case lines and amounts read as lines of a text.
    announcer = "The harbour master's office offers the following services to boat owners:"
    page, _, labels = stage_labels([PARAGRAPHS[0], announcer, *run, PARAGRAPHS[1]], "menus")
    by_text = {line.text: label for line, label in zip(page.lines, labels)}
    assert all(by_text[item].title_like and not by_text[item].menu for item in run)
    items = ["* 6 tbsp fruit pectin", "* 1 tsp cinnamon", "- two eggs, beaten", "o a pinch of salt", "3. Stir well."]
    page, _, labels = stage_labels([PARAGRAPHS[0], *items, PARAGRAPHS[1]], "menus")
    assert not any(label.title_like or label.menu for label in labels)


def test_titles_records_a_list_of_titles_under_a_closing_header():
    lines = ["Hot Network Questions", *HOT_QUESTIONS, "more hot questions"]
    page, given, labels = stage_labels(lines, "titles")
    assert _decided(labels) == _decided(given)
    assert [line.text for line, label in zip(page.lines, labels) if label.listed] == HOT_QUESTIONS
    # Look-alikes: a news story's one-sentence paragraphs under "Don't miss" (full stops), a box that the
    # text goes on under (it ends on a paragraph), the questions of an FAQ under no closing header.
    story = [f"{sentence.split(',')[0]}." for sentence in HOT_QUESTIONS]
    for lines in (["Don't miss", *story, "Related articles"],
                  ["Don't miss", *HOT_QUESTIONS, PARAGRAPHS[0] + " " + PARAGRAPHS[1], "Related articles"],
                  [PARAGRAPHS[0], *HOT_QUESTIONS, PARAGRAPHS[1]]):
        _, _, labels = stage_labels(lines, "titles")
        assert not any(label.listed for label in labels), lines


def test_posts_records_the_furniture_between_the_posts_of_a_thread():
    page, given, labels = stage_labels(short_post_thread(), "posts")
    assert _decided(labels) == _decided(given)
    between = {line.text for line, label in zip(page.lines, labels) if label.between_posts}
    furniture = {line.text for line, label in zip(page.lines, labels) if label.furniture}
    assert {"Member", "#3", "633"} <= furniture <= between
    words = {w for _, ws in SHORT_POSTS for w in ws}
    assert not words & furniture  # the posts' own words are never furniture
    # Look-alikes: the same blocks over an article's readers' comments, a byline printed over an article
    # and over its update (two blocks are no thread), a spec sheet's labels between paragraphs.
    for lines in ([*HARBOUR_BODY, "Comments (25)", *short_post_thread(SHORT_POSTS * 5)[5:]],
                  ["harbourwatcher", "Member", "Mar 12, 2012", "May 1, 2025", PARAGRAPHS[0],
                   "harbourwatcher", "Member", "Mar 12, 2012", "May 2, 2025", PARAGRAPHS[1]],
                  ["Weight: 2 kg", PARAGRAPHS[0], "Width: 40 cm", PARAGRAPHS[1], "Colour: grey", PARAGRAPHS[2]]):
        _, _, labels = stage_labels(lines, "posts")
        assert not any(label.between_posts or label.furniture for label in labels), lines[:3]


def test_grids_records_the_items_of_a_shops_grid():
    lines = [*SHOP_MENU, "Featured Products", *_grid_lines(), "Recent posts from our blog", *PARAGRAPHS]
    page, given, labels = stage_labels(lines, "grids")
    assert _decided(labels) == _decided(given)
    by_text = {line.text: label for line, label in zip(page.lines, labels)}
    for brand, name, price in GRID:
        assert by_text[name].grid is not None and by_text[price].grid is not None and by_text[brand].grid
        assert "shop's grid: 5 items" in by_text[name].grid.reason
    assert by_text["Show Options"].grid is None  # every item's button is the grid's furniture
    # The menu above the grid is none of it (the lines after the last price, as many as an item holds,
    # may be its last item's; the context stage keeps them as the text anyway).
    assert not any(by_text[line].grid for line in [*SHOP_MENU, *PARAGRAPHS[1:]])
    # Look-alikes: a gift guide's presents each with a paragraph, a menu of price ranges.
    guide = ["Cast-iron casserole", "$139.00", PARAGRAPHS[0], "Probe thermometer", "$24.99", PARAGRAPHS[1],
             "Whetstone", "$46.50", PARAGRAPHS[2], "Stand mixer", "$349.00", PARAGRAPHS[0]]
    ranges = ["Gifts", "Under $25", "Under $50", "Under $100", "Under $200", "Over $200", "Sale", *PARAGRAPHS]
    for lines in (guide, ranges):
        _, _, labels = stage_labels(lines, "grids")
        assert not any(label.grid for label in labels)


def test_segmentation_records_the_spans_and_each_lines_part():
    from cleaner.stages import segmentation
    # An article split in two by a box of links, under a menu, closed by "Related articles" over other
    # stories: the stronger part is the main span, the first a further span; the header that closes the
    # article is recorded; the lines the stage sees stay undecided as they were.
    box = ["Harbour car park to close for repairs", "Lifeboat crew called out twice in one night",
           "New ferry timetable from the first of May", "School choir wins county prize at last",
           "Council votes to keep the harbour museum open"]
    lines = ["Home", "News", "Travel", "Weather", *FERRY_FIRST, "Related articles", *box, *FERRY_SECOND,
             "Share this article", "Related articles", *OTHER_STORIES]
    page, given, labels = stage_labels(lines, "segmentation")
    assert _decided(labels) == _decided(given)
    part = {line.text: (label.part, label.block) for line, label in zip(page.lines, labels)}
    assert all(part[p][0] == segmentation.BODY and part[p][1].startswith("body span, lines") for p in FERRY_SECOND)
    assert all(part[p][0] == segmentation.FURTHER and part[p][1].startswith("further body span") for p in FERRY_FIRST)
    assert all(part[line] == ("", "") for line in ["Home", "News", *box, *OTHER_STORIES])
    closers = [line.text for line, label in zip(page.lines, labels) if label.part == segmentation.CLOSER]
    assert closers == ["Related articles"] and labels[-len(OTHER_STORIES) - 1].part == segmentation.CLOSER
    # A list of other stories that the span swallowed at its end is set aside with its reason; the
    # article's rows (tour dates) are marked as rows of the span, whatever their case.
    lines = [*HARBOUR_BODY, "Like this story? Share it with a friend!", *OTHER_STORIES]
    page, _, labels = stage_labels(lines, "segmentation")
    by_text = {line.text: label for line, label in zip(page.lines, labels)}
    assert all(by_text[h].aside.startswith("headline run at the end of the body span") for h in OTHER_STORIES)
    assert not any(by_text[p].aside for p in HARBOUR_BODY)
    dates = ["June 9 -- The Harbour Inn, Portree", "June 12 -- Town Hall, Oban", "June 15 -- The Pier, Mallaig"]
    page, _, labels = stage_labels([*PARAGRAPHS[:2], "Tour dates:", *dates, PARAGRAPHS[2]], "segmentation")
    by_text = {line.text: label for line, label in zip(page.lines, labels)}
    assert all(by_text[d].row and by_text[d].part == segmentation.BODY for d in dates)
    assert not any(by_text[p].row for p in PARAGRAPHS)
    # A page without a paragraph has no span: nothing is recorded.
    _, given, labels = stage_labels(["Home", "News", "Sport", "Contact us"], "segmentation")
    assert labels == given and not any(label.block or label.part for label in labels)

LISTING_INTRO = "This page lists the papers submitted to the archive in the last five working days, newest first."
PAPERS = [("Sparse Attention for Long Documents", "Ana Silva, Tom Berg, Lea Wong", "Machine Learning (cs.LG)"),
          ("Planning with Language Models", "Joe Park, Mia Chen", "Artificial Intelligence (cs.AI)"),
          ("A Survey of Graph Transformers", "Ravi Rao, Kim Lee, Sam Ortiz, Ola Nowak", "Machine Learning (cs.LG)"),
          ("Robust Speech Recognition at Scale", "Li Wei, Ann Moss", "Sound (cs.SD)"),
          ("Fair Ranking under Uncertainty", "Eva Klein, Max Roth, Ida Berg", "Information Retrieval (cs.IR)"),
          ("Learning to Prove Theorems", "Noah Field, Zoe Grant", "Logic in Computer Science (cs.LO)")]


def test_context_span_grows_over_the_alike_entries_of_a_listing():
    # Every paper an entry of four lines, its number line coming back every four lines: the items of
    # the page, though each line reads as a menu's (and the authors as a tag list).
    items = []
    for n, (title, authors, subjects) in enumerate(PAPERS, 1):
        items += [f"[{n}] arXiv:2603.0{5400 + n} [pdf, html, other]", f"Title: {title}", authors,
                    f"Subjects: {subjects}"]
    menu = ["Home", "Browse", "Search", "Help", "About"]
    footer = ["About", "Help", "Contact", "Subscribe", "Copyright", "Privacy Policy", "Web Accessibility Assistance"]
    seen = decisions("\n".join([*menu, "Recent submissions", LISTING_INTRO, *items, *footer]))
    assert all(seen[line][0] for line in items)
    assert entries.REASON in seen[items[-1]][2]
    assert classify(PAPERS[2][1]).cls == BAD  # four names: a tag list on its own
    assert not any(seen[line][0] for line in [*menu, *footer])
    # A span of a few lines amid the entries (one paper's long comment): the entries on its two sides
    # count together.
    split = [*items[:11], "Comments: The paper was accepted at the workshop on safety and security, where it "
             "was given as a talk and as a poster.", *items[12:]]
    seen = decisions("\n".join([*menu, "Recent submissions", *split, *footer]))
    assert all(seen[line][0] for line in [*items[:11], *items[13:]])
    assert not any(seen[line][0] for line in [*menu, *footer])
    # A course catalogue: code, name, credits, one course after another, above the intro's span as well;
    # the button that every course repeats word for word is the template's, and goes.
    courses = []
    for n, name in enumerate(["Linear Algebra", "Real Analysis", "Number Theory", "Probability", "Topology"]):
        courses += [f"MATH {201 + n}", name, f"{3 + n % 2} credits", "Compare"]
    seen = decisions("\n".join([*menu, *courses, LISTING_INTRO, "Department of Mathematics", *footer]))
    assert all(seen[line][0] for line in courses if line != "Compare")
    assert not seen["Compare"][0]


def test_context_alike_entries_spare_menus_footers_rivers_and_teasers():
    # A menu with counts: its number on every line, an entry of one line.
    topics = [f"{name} ({n})" for n, name in enumerate(["World", "Politics", "Business", "Sport", "Science",
                                                        "Culture", "Travel"], 3)]
    # A footer's link columns: names without numbers or marks.
    columns = ["Company", "About us", "Careers", "Press", "Support", "Help centre", "Returns", "Delivery",
               "Legal", "Terms", "Cookies", "Imprint"]
    # A news river: a time stamp and a headline per story, two lines.
    river = []
    for n, head in enumerate(["Ferry Service Resumes After Storm", "Council Approves New Budget",
                              "Museum Reopens Its Doors", "Harbour Festival Draws Crowds", "Road Closed For Repairs"]):
        river += [f"17.01.12 1{n}:45", head]
    # A tree of links: a toggle before every branch, its leaves under it.
    tree = []
    for branch, leaves in [("Databases", ["SIGMOD", "VLDB", "ICDE"]), ("Networks", ["SIGCOMM", "NSDI", "IMC"]),
                           ("Security", ["CCS", "NDSS", "USENIX"]), ("Graphics", ["SIGGRAPH", "EUROGRAPHICS", "VR"]),
                           ("Robotics", ["ICRA", "IROS", "RSS"]), ("Vision", ["CVPR", "ICCV", "ECCV"])]:
        tree += [f"► {branch}", *leaves]
    for run in (topics, columns, river, tree):
        seen = decisions("\n".join(["Home", "Local news", LISTING_INTRO, *run]))
        assert seen[LISTING_INTRO][0]
        assert not any(entries.REASON in seen[line][2] for line in run), run
        assert not any(seen[line][0] for line in run[1:]), run
    # Stories of three lines (kicker, headline, stamp) after an article are other stories, however alike.
    stories = []
    for n, head in enumerate(["Ferry Service Resumes After Storm", "Council Approves New Budget",
                              "Museum Reopens Its Doors", "Harbour Festival Draws Crowds", "Road Closed For Repairs"]):
        stories += ["Local", head, f"17.01.12 1{n}:45"]
    article = [*PARAGRAPHS, PARAGRAPHS[0].replace("council", "harbour trust"), PARAGRAPHS[1].replace("spring", "autumn")]
    seen = decisions("\n".join(["Home", "Local news", *article, *stories]))
    assert all(seen[p][0] for p in article)
    assert not any(seen[line][0] for line in stories if line != "Local")
    # ... and after a short news item, other stories carry their bylines and time stamps.
    river = []
    for n, head in enumerate(["Ferry Service Resumes After Storm", "Council Approves New Budget",
                              "Museum Reopens Its Doors", "Harbour Festival Draws Crowds", "Road Closed For Repairs"]):
        river += [head, "* By Staff Reporter" if n % 2 else "* By Reuters", f"* 11/20/2019 0{n + 1}:14 PM"]
    seen = decisions("\n".join(["Home", "Local news", PARAGRAPHS[0], *river]))
    assert seen[PARAGRAPHS[0]][0] and not any(seen[line][0] for line in river)
    # A teaser run (headline, byline, summary, "Read more") under an intro: the lexicon's chrome in every
    # item ends the entries.
    teasers = []
    for n, head in enumerate(["Ferry Service Resumes After Storm", "Council Approves New Budget",
                              "Museum Reopens Its Doors", "Harbour Festival Draws Crowds", "Road Closed For Repairs"]):
        teasers += [head, f"By Staff Reporter | Jan {n + 3}, 2012", "Read more"]
    seen = decisions("\n".join(["Home", "Local news", LISTING_INTRO, *teasers]))
    assert not any(seen[line][0] for line in teasers)


AWARD_INTRO = "The jury's picks for this year's awards, with the winner and the honorees of every category."
AWARD_CATEGORIES = ["Apartment", "Beach House", "Boutique Hotel", "Casual Dining", "City House", "Fine Dining",
                    "Library", "Museum", "Office", "Resort", "Retail", "Spa"]
AWARD_PROJECTS = [("Harbour Loft", "Studio Vela"), ("Dune Retreat", "North and Lund"), ("Cork Street Rooms", "Atelier Gray"),
                  ("Blue Plate", "Marsh Partners"), ("Row House Twelve", "Field Office"), ("Saffron Hall", "Okada Design"),
                  ("Reading Garden", "Pell Architects"), ("Salt Museum", "Rivera Works"), ("Glass Works HQ", "Meadow Partners"),
                  ("Palm Terraces", "Studio Ilse"), ("Corner Market", "Hart Bureau"), ("Stone Baths", "Quill Studio")]


def _award_entries() -> list[str]:
    """Every category's winner and two honorees, each a name over its label over its firm: the field's
    label, no number or mark, is what the entries share."""
    lines = []
    for n, category in enumerate(AWARD_CATEGORIES):
        lines.append(category)
        for k, label in enumerate(["Winner", "Honoree", "Honoree"]):
            name, firm = AWARD_PROJECTS[(n + k) % len(AWARD_PROJECTS)]
            lines += [f"{name} {'I' * (k + 1)}", label, firm]
    return lines


def test_context_entries_marked_by_a_field_label_away_from_the_intro():
    # The entries sit under a menu of the categories, away from the intro: so many of them, marked in
    # turn by "Winner" and "Honoree", are the page's listing; the menu between stays out.
    menu = [f"{category} awards" for category in AWARD_CATEGORIES]
    award = _award_entries()
    footer = ["Media Kit", "Newsletter", "Contact Us", "Privacy Policy", "© 2025 Design Media. All Rights Reserved."]
    seen = decisions("\n".join(["Home", "Projects", "Products", AWARD_INTRO, *menu, *award, *footer]))
    assert seen[AWARD_INTRO][0]
    assert all(seen[line][0] for line in award), [line for line in award if not seen[line][0]]
    assert entries.REASON in seen[award[-1]][2]
    assert not any(seen[line][0] for line in [*menu, *footer])
    # Fewer entries away from the intro are another box's: they stay out.
    few = award[:3 * 10 // 3]
    seen = decisions("\n".join(["Home", "Projects", AWARD_INTRO, *menu, *few, *footer]))
    assert seen[AWARD_INTRO][0] and not any(seen[line][0] for line in [*menu, *few])
    # Where the entries' numbers mark them, a button that every entry prints is no field's label: it goes.
    ranked = []
    for n, (name, firm) in enumerate(AWARD_PROJECTS, 1):
        ranked += [f"{n}.", name, f"{9.5 - n / 10:.1f}", "Compare"]
    seen = decisions("\n".join(["Home", "Rankings", LISTING_INTRO, *ranked, *footer]))
    assert all(seen[line][0] for line in ranked if line != "Compare")
    assert not seen["Compare"][0]


def test_context_entries_run_over_a_badge_of_some_entries():
    # A job board prints "Featured" on some of its entries: chrome of the lexicon, but no end of the run.
    jobs = []
    for n, (title, company) in enumerate([("Software Engineer", "Cortes Labs"), ("Data Analyst", "Walter Group"),
                                          ("Backend Developer", "Sticker House"), ("Site Reliability Engineer", "Nimbus"),
                                          ("Frontend Developer", "Paper Kite"), ("Platform Engineer", "Quarry"),
                                          ("QA Engineer", "Lumen Health")]):
        jobs += [title, f"{n + 3}d", company, *(["Featured"] if n % 3 == 0 else []),
                 ["Anywhere in the World", "Europe", "Americas", "Asia", "Africa", "Oceania", "Canada"][n]]
    seen = decisions("\n".join(["Find Jobs", "Post a job", LISTING_INTRO, *jobs, "About", "Privacy Policy"]))
    assert all(seen[line][0] and entries.REASON in seen[line][2] for line in jobs if line != "Featured")
    assert not seen["Featured"][0]
    # Lexicon chrome that is no badge ("Read more" under some teasers) still ends the entries.
    teasers = [line if line != "Featured" else "Read more" for line in jobs]
    seen = decisions("\n".join(["Find Jobs", "Post a job", LISTING_INTRO, *teasers, "About", "Privacy Policy"]))
    assert not any(seen[line][0] for line in teasers if line != "Read more")




def _paper_entries(count: int) -> list[str]:
    """An archive's entries, four lines each, numbered; the template prints "See more" under some."""
    items = []
    for n in range(count):
        title, authors, subjects = PAPERS[n % len(PAPERS)]
        items += [f"[{n + 1}] arXiv:2603.0{5400 + n} [pdf, html, other]", f"Title: {title}", authors,
                  f"Subjects: {subjects}", *(["See more"] if n % 4 == 3 else [])]
    return items


def test_context_long_run_of_entries_past_the_sites_chrome():
    # The site's chrome ("Sign in", "Log in") stands between the intro and the papers: so many entries,
    # marked by their numbers, are the listing's; they run over the template's "See more", which goes.
    papers = _paper_entries(12)
    chrome = ["Sign in", "Log in", "Sign in"]
    footer = ["About", "Privacy Policy"]
    seen = decisions("\n".join(["Recent submissions", LISTING_INTRO, *chrome, *papers, *footer]))
    assert seen[LISTING_INTRO][0]
    assert all(seen[line][0] and entries.REASON in seen[line][2] for line in papers if line != "See more")
    assert not any(seen[line][0] for line in ["See more", "Sign in", "Log in", *footer])
    # A few entries past the chrome are a box's: they stay out.
    few = _paper_entries(6)
    seen = decisions("\n".join(["Recent submissions", LISTING_INTRO, *chrome, *few, *footer]))
    assert seen[LISTING_INTRO][0] and not any(seen[line][0] for line in few)
    # A mega menu past the chrome: every submenu under its "Back", the label that recurs; no entries.
    menu = []
    for section, items in [("Consulting", ["Assessments", "Workshops", "Training"]),
                           ("Software", ["Dashboards", "Reports", "Integrations"]),
                           ("Products", ["Chairs", "Desks", "Lighting"]), ("Research", ["Papers", "Studies", "Data"]),
                           ("Support", ["Manuals", "Warranty", "Parts"]), ("Company", ["History", "Team", "Press"])] * 2:
        menu += ["Back", section, *items]
    seen = decisions("\n".join(["Recent submissions", LISTING_INTRO, *chrome, *menu, *footer]))
    assert seen[LISTING_INTRO][0] and not any(seen[line][0] for line in menu)
    # A consent dialog past the chrome marks every purpose with the same line: no entries.
    dialog = []
    for purpose in ["Measure advertising performance", "Measure content performance", "Develop and improve services",
                    "Create profiles for advertising", "Use profiles to select advertising", "Select basic ads",
                    "Create profiles to personalise content", "Use profiles to select content", "Understand audiences",
                    "Use precise geolocation data", "Actively scan device characteristics", "Apply market research"]:
        dialog += [purpose, f"{purpose} Off", "List of IAB Vendors | View Illustrations"]
    seen = decisions("\n".join(["Recent submissions", LISTING_INTRO, *chrome, *dialog, *footer]))
    assert seen[LISTING_INTRO][0] and not any(seen[line][0] for line in dialog)


RECIPE_INTRO = ("What's for dinner? Take the work out of the question with our collections of dinner recipes, "
                "from quick weeknight meals to slow Sunday roasts.")
RECIPE_DISHES = ["Beef Taco", "Chicken Thigh", "Skillet Pasta", "Ground Beef", "Sheet Pan", "Slow Cooker", "Stuffed Pepper",
                 "Potato Soup", "Shrimp Dinner", "Rice Bowl", "Cornbread Casserole", "Chicken Orzo"]


def _recipe_collections(count: int) -> list[str]:
    """A recipe category's collections, one title-case headline a line, a rating's count under some."""
    lines = []
    for n in range(count):
        dish = RECIPE_DISHES[n % len(RECIPE_DISHES)]
        lines += [f"{n + 5} Easy {dish} Recipes for Busy Weeknights" if n % 2 else f"Our Best {dish} Recipes Ever",
                  *([f"{n + 12} Ratings"] if n % 5 == 4 else [])]
    return lines


def test_context_long_headline_list_under_a_one_paragraph_intro():
    # A category page: the intro's one paragraph, a menu of its subcategories, then the collections, one
    # headline a line: the page's content. The rating counts between them stay chrome.
    subcategories = ["Dinners for One", "Cooking for Two", "Main Dishes", "Pork Chops", "Side Dishes"]
    collections = _recipe_collections(24)
    footer = ["About Us", "Privacy Policy", "Terms of Service"]
    seen = decisions("\n".join(["Recipes", "Dinner Recipes", RECIPE_INTRO, *subcategories, *collections, *footer]))
    assert seen[RECIPE_INTRO][0]
    headlines = [line for line in collections if not line.endswith("Ratings")]
    assert all(seen[line][0] and entries.REASON in seen[line][2] for line in headlines)
    assert not any(seen[line][0] for line in [*subcategories, *footer, "16 Ratings"])
    # A shorter list is a box of latest posts; a menu's items are shorter than headlines: they stay out.
    few = _recipe_collections(12)
    menu = [f"{dish} Recipes" for dish in RECIPE_DISHES] * 2
    for run in (few, menu):
        seen = decisions("\n".join(["Recipes", RECIPE_INTRO, *run, *footer]))
        assert seen[RECIPE_INTRO][0] and not any(seen[line][0] for line in run), run
    # Under a news item of more paragraphs: other stories, however many.
    seen = decisions("\n".join(["Home", *PARAGRAPHS, *collections, *footer]))
    assert all(seen[p][0] for p in PARAGRAPHS) and not any(seen[line][0] for line in collections)
    # Headlines without capitals are no such list: the river of other stories under a news item, in a
    # script without case, reads so.
    uncased = [f"{place}发生多起事故 数十辆车连环相撞{n}" for n, place in enumerate(
        ["山东济青高速", "浙江温岭", "河南尉氏", "重庆", "南昌", "杭州", "西安", "北京", "天津", "广州", "深圳", "成都"] * 2)]
    intro = "新华网消息：今天上午，本市发生多起交通事故，有关部门正在调查事故原因，并提醒司机注意安全。"
    seen = decisions("\n".join(["首页", intro, *uncased, "关于我们"]))
    assert not any(seen[line][0] for line in uncased)


BLOG_INTRO = ("New to cooking with less waste? Here is every post I have written for beginners, newest first, "
              "so you can start with whatever you need this week.")
POST_TITLES = ["What Is Planned Obsolescence and How to Fight It", "Ten Plastic-Free Swaps for the Kitchen",
               "The Beginner's Guide to Composting at Home", "How to Fix a Zip Instead of Buying New Jeans",
               "Twelve Reusable Water Bottles Tested", "A Month Without Single-Use Plastic",
               "Which Reusable Straw Is Right for You?"]
BLOG_MENU = ["Home", "Start Here", "Blog", "Shop", "About", "Contact"]
BLOG_FOOTER = ["Join the community", "Subscribe for updates", "Like me on Facebook", "Follow me on Instagram",
               "Privacy Policy", "© 2025 Going Green Blog"]


@pytest.mark.parametrize("pager", [["1 2 Next »"], ["« Previous 1 2 3 Next »"],
                                   ["Page 1", "Page 2", "Page 3", "Go to Next Page »"]])
def test_context_span_grows_over_a_listing_down_to_its_pager(pager):
    # A blog's archive: an intro, the post titles one a line, then the pager to the next page of the list.
    # Line by line the titles read as a headline list; the pager under them says they are the page's items.
    page = [*BLOG_MENU, BLOG_INTRO, *POST_TITLES, *pager, *BLOG_FOOTER]
    seen = decisions("\n".join(page))
    assert seen[BLOG_INTRO][0] and all(seen[title][0] for title in POST_TITLES)
    assert not any(seen[line][0] for line in [*BLOG_MENU, *BLOG_FOOTER])
    # Cleaning the output again keeps it whole: the pager line stays with the list for the pass over the
    # kept lines.
    once = clean("\n".join(page))
    assert clean(once) == once


def test_context_paged_list_spares_rivers_calendars_menus_and_widgets():
    # The same titles after an article, and no pager under them: other stories.
    article = [*BLOG_MENU, *PARAGRAPHS, *POST_TITLES, *BLOG_FOOTER]
    seen = decisions("\n".join(article))
    assert all(seen[p][0] for p in PARAGRAPHS) and not any(seen[title][0] for title in POST_TITLES)
    # A calendar's week under the titles is numbers alone, under its month: no pager.
    calendar = ["March 2026", "1 2 3 4 5 6 7", "8 9 10 11 12 13 14"]
    seen = decisions("\n".join([*BLOG_MENU, BLOG_INTRO, *POST_TITLES, *calendar, *BLOG_FOOTER]))
    assert not any(seen[title][0] for title in POST_TITLES)
    # A menu of one-word items over a pager, and a widget of three latest posts over one, stay chrome.
    menu = ["Recipes", "Travel", "Garden", "Family", "Money", "Health", "Style"]
    for run in (menu, POST_TITLES[:3]):
        seen = decisions("\n".join([*BLOG_MENU, BLOG_INTRO, *run, "1 2 Next »", *BLOG_FOOTER]))
        assert not any(seen[line][0] for line in run), run


@pytest.mark.parametrize("text, expected", [
    ("1 2 Previous", True), ("Page 2 of 5", True), ("« Previous 1 2 3 Next »", True), ("Go to Next Page »", True),
    ("Seite 1 2 3 weiter", True), ("1 2 3 4 5 6 7", False), ("Next", False), ("March 2026", False),
    ("Page 1 of the story", False), ("Next steps for 2 weeks", False)])
def test_pager_lines(text, expected):
    assert span.pager(text) is expected


# ------------------------------------------------------------------ customer reviews under a product

KETTLE = ["Stovetop kettle, 1.5 litres",
          "This kettle is pressed from a single sheet of stainless steel, so there are no seams inside where "
          "limescale can collect.",
          "The whistle sits in the spout and lifts with the handle, which stays cool because it is wrapped in "
          "beech wood.",
          "It works on gas, electric and induction hobs, and the wide base brings a full kettle to the boil in "
          "about six minutes."]
REVIEWS = [("Anna K.", "5 out of 5 stars", "Boils fast", "It boils in no time on our induction hob and the whistle "
            "is loud enough to hear from the garden."),
           ("Tom B.", "4 out of 5 stars", "Handle gets warm", "Lovely kettle, although the handle gets warm when the "
            "flame is turned up too high on a small burner."),
           ("Marta", "5 out of 5 stars", "Third one we bought", "We gave two of these as presents and kept the third "
            "for ourselves, it still looks new after a year.")]


def review_list(verified: str = "Verified Buyer", helpful: str = "Was this review helpful?") -> list[str]:
    """Reviews as a shop prints them under its product: the reviewer, a verified purchase, the stars, the
    review's title, its words and the row that asks for feedback."""
    return [line for name, stars, title, words in REVIEWS for line in (name, verified, stars, title, words, helpful)]


def test_comments_review_list_under_a_product_goes_and_is_kept_on_request():
    text = "\n".join([*KETTLE, *review_list(), "Newsletter", "Privacy policy"])
    seen = decisions(text)
    assert all(seen[line][0] for line in KETTLE[1:])
    words = [w for *_, w in REVIEWS]
    assert not any(seen[w][0] for w in words)
    assert "review under the product" in seen[words[1]][2]
    kept = Cleaner(Config(comments=True))(text).split("\n")
    assert all(w in kept for w in words) and all(line in kept for line in KETTLE[1:])
    assert not any(line in kept for line in ("Verified Buyer", "Was this review helpful?", "Newsletter"))


@pytest.mark.parametrize("verified, helpful", [("Verifizierter Kauf", "War diese Bewertung hilfreich?"),
                                               ("Achat vérifié", "Cet avis vous a-t-il été utile ?"),
                                               ("Verified Purchase", "12 people found this helpful")])
def test_comments_review_list_is_told_by_its_markers_in_several_languages(verified, helpful):
    seen = decisions("\n".join([*KETTLE, *review_list(verified, helpful)]))
    assert not any(seen[w][0] for *_, w in REVIEWS)
    assert all(seen[line][0] for line in KETTLE[1:])


def test_comments_review_look_alikes_stay():
    # A product text that quotes one customer: one marker is no list.
    quoted = [*KETTLE, "\u201cThe best kettle I have owned, it boils in minutes and the whistle never "
              "sticks.\u201d", "Verified Buyer", "Capacity: 1.5 litres"]
    seen = decisions("\n".join(quoted))
    assert seen[quoted[4]][0] and not seen[quoted[4]][2].startswith("comment thread")
    # A service page's testimonials: stars over each client's words, no verified purchase, no feedback row.
    testimonials = [line for name, _, _, words in REVIEWS for line in ("\u2605\u2605\u2605\u2605\u2605", words,
                                                                       f"\u2014 {name}, homeowner")]
    seen = decisions("\n".join([*KETTLE, "What our clients say", *testimonials]))
    assert all(seen[w][0] for *_, w in REVIEWS)
    # A shop's grid prints a rating under every item with no reviewer's words between.
    grid = [line for name, stars, title, _ in REVIEWS for line in (f"{title} kettle", "Rated 5 out of 5", "$39.00")]
    seen = decisions("\n".join([*KETTLE, *grid]))
    assert not any(r.startswith("comment thread") for _, _, r in seen.values())
    # A forum thread: posts under names and dates, no verified purchase.
    forum = [line for name, _, _, words in REVIEWS for line in (name, "March 3, 2021", words, "Reply")]
    seen = decisions("\n".join(["Kettle whistle stuck?", *forum]))
    assert all(seen[w][0] for *_, w in REVIEWS)


def _review_kinds():
    """The kinds of review marker of data/review_markers.txt, each its own pattern, in the file's order."""
    import re
    from importlib import resources
    text = resources.files("cleaner").joinpath("data/review_markers.txt").read_text("utf-8")
    return [re.compile(line.strip().replace("{n}", r"\d{1,6}"), re.IGNORECASE)
            for line in text.splitlines() if line.strip() and not line.startswith("#")]


def test_review_marker_is_the_first_kind_of_the_file_that_matches_the_whole_line():
    # The kinds are matched as one pattern; each line's kind is still that of the first line of the file
    # whose expression matches all of it, and a sentence that mentions a rating is no marker.
    from cleaner.stages.comments import _review_marker
    kinds = _review_kinds()
    samples = ["Verified Buyer", "  Format: Paperback Verified Purchase ", "Verifizierter Kauf", "Geverifieerd",
               "Rated 5 out of 5", "4.0 out of 5 stars Boils fast", "5 von 5 Sternen Super", "Helpful", "Helpful (3)",
               "hilfreich", "Utile (2)", "Was this review helpful? Yes No", "12 people found this helpful",
               "Reviewed in the United States on May 2, 2020", "The hotel was rated 4 out of 5 stars by the "
               "national tourism board in 2019.", "Verified Buyer of the year", "Helpful tips", ""]
    for line in samples:
        assert _review_marker(line) == next((k for k, kind in enumerate(kinds) if kind.fullmatch(line.strip())),
                                            None), line
    assert _review_marker("Verified Buyer") == 0 and _review_marker("Helpful tips") is None
    assert len({_review_marker(line) for line in samples[:12]}) >= 8


def test_review_markers_lookahead_rejects_no_line_that_a_kind_matches():
    # The pattern fails a line at once on its first character when no kind opens with it; a line that
    # opens with any other character (in another case, a digit of another script, a letter that folds to
    # a marker's: "ſ", the Kelvin sign) is still tried against every kind, with the same result.
    from cleaner.stages.comments import _review_marker, review_markers
    assert review_markers().pattern.startswith("(?=[")
    kinds = _review_kinds()
    markers = ["Verified Buyer", "Format: Kindle Verified Purchase", "Rated 4 out of 5 stars", "3 out of 5 stars",
               "Helpful (3)", "Útil", "¿Te ha resultado útil?", "Был ли этот отзыв полезен?",
               "подтвержденная покупка", "Questa recensione è stata utile?", "Zweryfikowany zakup", "geverifieerd",
               "Cet avis vous a-t-il été utile ?", "Achat vérifié", "Hilfreich", "Was this helpful?", "Share", "Home",
               "Reply", "12 Comments", "٣ out of 5 stars"]
    firsts = ["", "V", "v", "ſ", "\u212a", "K", "S", "s", "İ", "ı", "H", "h", "Ú", "ú", "٣", "５", "3", "¿", "П",
              "п", "Б", "Q", "G", "Z", "A", "C", "F", "R", "W", "U", " ", "x", "日", "\U0001d400"]
    for marker in markers:
        for first in firsts:
            line = first + marker[1:]
            assert _review_marker(line) == next((k for k, kind in enumerate(kinds) if kind.fullmatch(line.strip())),
                                                None), line


def test_review_marker_tries_only_the_kinds_that_open_with_the_lines_first_character():
    # A line is matched against the kinds that can open with its first character (in any case): the same
    # kind as against all of them, and no pattern at all for a line that no kind can open.
    from cleaner.stages.comments import _marker_kinds, _markers_opening, _review_marker
    kinds = _review_kinds()
    assert _markers_opening("x") is None and _review_marker("x-ray out of 5 stars") is None
    assert len(_markers_opening("v").pattern) < len(_markers_opening("1").pattern) + len(_markers_opening("h").pattern)
    assert _markers_opening("V") is _markers_opening("v")
    for line in ["Verified Buyer", "verified purchase", "5 out of 5 stars Great", "Helpful (3)", "hilfreich",
                 "Reviewed in Canada on May 2, 2020", "Útil", "útil (2)", "¿Te ha resultado útil?", "ſtars", ""]:
        assert _review_marker(line) == next((k for k, kind in enumerate(kinds) if kind.fullmatch(line.strip())),
                                            None), line
    assert len(_marker_kinds()) == len(kinds)


def test_first_characters_of_a_pattern():
    # What a match can open with; None when it may open with anything, match nothing, or the pattern uses
    # what the reading does not follow (an anchor, a lookaround, a negated class, flags in a group).
    import re

    from cleaner.stages.comments import _first_characters, _parser

    def first(pattern):
        lead = _first_characters(_parser.parse(pattern, re.IGNORECASE))
        return None if lead is None else {re.sub(r"\\U0*", "", member) for member in lead}

    assert first("abc|d") == {"61", "64"}
    assert first("(?:format: x)?verified") == {"66", "76"}
    assert first(r"\d{1,6} out of 5|[x-z]y") == {r"\d", "78-7a"}
    for pattern in ("^abc", "a?", "(?:x|)y", "(?=a)abc", "[^a]b", ".x", "(?-i:a)b", r"\bx", "x|"):
        assert first(pattern) is None, pattern


def test_recorded_sets_neighbouring_fields_and_keeps_the_rest():
    from cleaner.labels import Label, recorded
    labels = [Label(SHORT, None, "features", "short line"), Label(BAD, False, "lexicon", "chrome", True, True,
                                                                   aside="a box", grid=None)]
    out = recorded(labels, ("title_like", "menu"), {1: (False, True)})
    assert out[0] is labels[0] and isinstance(out[1], Label)
    assert out[1] == labels[1]._replace(title_like=False, menu=True)
    out = recorded(labels, ("aside", "block", "part", "row", "entry", "furniture"),
                   {0: ("", "body span, lines 1-2", "body", True, False, True)})
    assert out[0] == labels[0]._replace(block="body span, lines 1-2", part="body", row=True, furniture=True)
    # Fields that do not stand side by side in the label's order are refused, not set wrongly.
    for names in (("menu", "title_like"), ("block", "menu")):
        with pytest.raises(ValueError):
            recorded(labels, names, {0: (True, True)})


BLOG_POSTS = [
    ("How to Plan a Vegetable Garden on a Small Balcony",
     "Even four square metres will feed you salad all summer if you start with the light you have and pick the "
     "pots before the plants."),
    ("Why Our Tomatoes Split After the Heavy Rain",
     "Skins that crack overnight are a sign of uneven watering, not of disease, and there are three simple "
     "ways to prevent it next year."),
    ("The Cheapest Way to Start Seeds Indoors",
     "A sunny window, old yoghurt pots and a cheap heat mat did better in our trial than the kits that cost "
     "ten times as much."),
    ("What to Sow in March in a Cold Climate",
     "Broad beans, onions and early peas can all go out under fleece while the nights are still frosty, and "
     "here is when to start each one."),
    ("Composting in a Flat Without the Smell",
     "A worm bin under the sink takes the peelings of two people and gives back a rich compost that the "
     "balcony pots love."),
]


def _blog_entries(counts=(3, 0, 1, 12, 0)) -> list[str]:
    out = []
    for n, ((title, summary), count) in enumerate(zip(BLOG_POSTS, counts)):
        out += [f"March {20 - n}, 2025", title, summary, "Anna Berg",
                f"{count} comment" if count == 1 else f"{count} comments"]
    return out


def test_closers_repeated_under_every_entry_of_a_listing_end_no_text():
    # A blog's front page prints "N comments" under every post: each entry's furniture, not the text's
    # end, so every post's summary stays, not only the first one's, and the counts go.
    posts = _blog_entries()
    seen = decisions("\n".join([*BLOG_MENU, "Latest posts", *posts, *BLOG_FOOTER]))
    assert all(seen[summary][0] for _, summary in BLOG_POSTS)
    counts = [line for line in posts if line.endswith(("comment", "comments"))]
    assert not any(seen[line][0] for line in counts)
    assert all(seen[line][1] == "closers" and seen[line][2] == closers.REASON for line in counts)
    assert not any(seen[line][0] for line in [*BLOG_MENU, *BLOG_FOOTER])


def test_closers_that_end_an_article_still_end_it():
    # An article that ends at its comments' header ends there: what follows is the readers' thread.
    article = [*PARAGRAPHS,
               "The harbour master said the temporary pontoon would be lit at night and that the ferry to the "
               "islands would keep its timetable, though it might leave from the south quay on stormy days.",
               "A public meeting about the works will be held in the town hall next month, and the plans can be "
               "seen in the library until then."]
    thread = ["Maria K.", "Great read, thank you for writing it all down.", "John P.",
              "I tried the second tip and it worked for me too."]
    seen = decisions("\n".join(["Home", "Blog", "The Title of the Article", *article, "2 Comments", *thread,
                                *BLOG_FOOTER]))
    assert all(seen[line][0] for line in article)
    assert seen["2 Comments"][1] == "lexicon" and not seen["2 Comments"][0]
    assert not any(seen[line][0] for line in thread)
    # Beside an article, a river of other stories with their counts stays out past its first count,
    # however regular: the counts still close the article.
    river = _blog_entries()
    seen = decisions("\n".join(["Home", "Blog", "The Title of the Article", *article, *river, *BLOG_FOOTER]))
    assert all(seen[line][0] for line in article)
    assert not any(seen[summary][0] for _, summary in BLOG_POSTS[1:])
    assert not any(seen[line][1] == "closers" for line in river)
    # Below a closer further up than an entry ("More stories" under a short item), the chain stays closers.
    seen = decisions("\n".join(["Home", "A Short Item", PARAGRAPHS[0], "More stories", "Editor's picks",
                                *BLOG_MENU, *river, *BLOG_FOOTER]))
    assert seen[PARAGRAPHS[0]][0]
    assert not any(seen[line][1] == "closers" for line in river)


SERVICE_CARDS = [
    ("Garden design", "Plans drawn for small town gardens and balconies."),
    ("Tree surgery", "Pruning and felling by certified arborists."),
    ("Lawn care", "Mowing, feeding and scarifying through the season."),
    ("Hedge trimming", "Neat hedges twice a year, cuttings taken away."),
    ("Patio cleaning", "Stone and decking washed without harsh chemicals."),
    ("Pond repair", "Liners patched and pumps serviced in a day."),
]


def test_closers_a_button_on_every_card_goes_and_cuts_no_card():
    # "Read more" under every card of a service grid: the button goes, and weighs nothing against the
    # cards, which stay, all of them, not only the first one.
    cards = [line for name, blurb in SERVICE_CARDS for line in (name, blurb, "Read more")]
    seen = decisions("\n".join([*BLOG_MENU, "Our services", "We look after gardens of every size across the "
                                "county, from a single visit to a whole year of care.", *cards, *BLOG_FOOTER]))
    assert all(seen[name][0] and seen[blurb][0] for name, blurb in SERVICE_CARDS)
    assert seen["Read more"] == (False, "closers", closers.BUTTON_REASON)
    assert not any(seen[line][0] for line in [*BLOG_MENU, *BLOG_FOOTER])


def test_closers_buttons_beside_an_article_or_in_a_thread_stay_chrome():
    # Under an article, "Read more" under every teaser of other stories is chrome that weighs against
    # the body: the teasers stay out.
    article = [*PARAGRAPHS, "The harbour master said the temporary pontoon would be lit at night and that the "
               "ferry to the islands would keep its timetable, though it might leave from the south quay on "
               "stormy days.", "A public meeting about the works will be held in the town hall next month, and the "
               "plans can be seen in the library until then."]
    teasers = [line for name, blurb in SERVICE_CARDS for line in (name, blurb, "Read more")]
    seen = decisions("\n".join(["Home", "The Title of the Article", *article, *teasers, *BLOG_FOOTER]))
    assert all(seen[line][0] for line in article)
    assert seen["Read more"][1] == "lexicon"
    assert not any(seen[blurb][0] for _, blurb in SERVICE_CARDS[1:])
    # A "Reply" under every dated comment of a thread is no card's button.
    thread = [line for n, (_, blurb) in enumerate(SERVICE_CARDS)
              for line in (f"March {n + 3}, 2025 at 10:{n}5 am", blurb, "Reply")]
    seen = decisions("\n".join(["Home", "Our gardens", "We look after gardens of every size across the county.",
                                *thread, *BLOG_FOOTER]))
    assert seen["Reply"][1] == "lexicon"
    # One word in every entry is as often a field's value or a box's link as a button: it stays the lexicon's.
    cards = [line for name, blurb in SERVICE_CARDS for line in (name, blurb, "More")]
    seen = decisions("\n".join([*BLOG_MENU, "Our services", "We look after gardens of every size across the "
                                "county, from a single visit to a whole year of care.", *cards, *BLOG_FOOTER]))
    assert seen["More"][1] == "lexicon"


SIGNATURE = ["Fair winds and following seas to all of you.", "Skipper of the Mairi Bhan, a wooden sloop, since the spring of 1998."]
SIGNED_POSTS = [
    ("harbourwatcher", ["Is the north pontoon open again after the storm? The harbour office did not answer "
                        "my call this morning, and the notice on its door is from October.", *SIGNATURE]),
    ("skipper_jo", ["Yes, since Monday. I moored there last night and the lights on the pontoon work again."]),
    ("harbourwatcher", ["Thanks, that worked. The office confirmed it as well when I called again.", *SIGNATURE]),
    ("old_salt", ["Good to hear. Does anyone know the fee for a week in May?"]),
    ("harbourwatcher", ["Forty pounds a week for a boat under ten metres, as the office told me.", *SIGNATURE]),
]


def test_repetition_a_posters_signature_goes_under_later_posts():
    # A poster's signature closes each of the poster's posts, right above the furniture of the next one:
    # its first copy stays, a later one goes, though its lines come back together as a chorus does. Under
    # the thread's last post the page's footer follows, no furniture of a post: that copy stays.
    page = "\n".join(short_post_thread(SIGNED_POSTS))
    for line in SIGNATURE:
        copies = [d for d in explain(page).decisions if d.line == line]
        assert [d.keep for d in copies] == [True, False, True], line
        assert repetition.SIGNATURE_REASON in copies[1].reason
    seen = decisions(page)
    words = [w for _, ws in SIGNED_POSTS for w in ws if w not in SIGNATURE]
    assert all(seen[w][0] for w in words), [w for w in words if not seen[w][0]]


def test_repetition_signature_rule_spares_greetings_and_quotations_in_a_thread():
    # The same line at the top of each of a poster's posts, with the post's text under it, is a greeting
    # (a refrain answered anew each time): the furniture stands above it, not under it. A reply that
    # quotes the end of a post under the quotation's header and answers it keeps the quotation.
    greeting = "Hello again from the crew of the north pontoon."
    posts = [("harbourwatcher", [greeting, PARAGRAPHS[0]]), *SHORT_POSTS[1:3],
             ("harbourwatcher", [greeting, PARAGRAPHS[1]]), SHORT_POSTS[4], ("harbourwatcher", [greeting, PARAGRAPHS[2]])]
    page = "\n".join(short_post_thread(posts))
    assert [d.keep for d in explain(page).decisions if d.line == greeting] == [True, True, True]
    last = SIGNED_POSTS[0][1][0]
    reply = ["harbourwatcher wrote:", last, "Yes, since Monday, and the lights work again."]
    page = "\n".join(short_post_thread([SIGNED_POSTS[0][:1] + ([last],), ("skipper_jo", reply), *SHORT_POSTS[2:]]))
    assert [d.keep for d in explain(page).decisions if d.line == last] == [True, True]
