"""The lexicons of the languages added after the first twelve: for each, typical chrome lines are
dropped by the lexicon stage, and body sentences of that language that talk about the same things
(home, contact, comments, newsletters, cookies) in running prose match no lexicon entry at all,
neither of their own language nor of any other (all lexicon files are loaded for every page)."""
from __future__ import annotations

import pytest

from cleaner import clean, explain, lexicon

# language -> (chrome lines the lexicon drops, closers among them, body sentences it must not match)
LANGUAGES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "sv": (
        ["Startsida", "Logga in", "Dela på Facebook", "12 kommentarer", "Läs också: Regeringen faller",
         "Integritetspolicy", "Vi använder cookies för att ge dig en bättre upplevelse.",
         "Alla rättigheter förbehållna", "Foto: Anna Svensson", "Sida 2 av 5"],
        ["Mest lästa", "Relaterade artiklar", "Lämna en kommentar"],
        ["När familjen äntligen kom hem efter resan hade grannarna redan lämnat flera kommentarer om "
         "trädgården på kommunens hemsida.",
         "Polisen bad alla som har information om inbrottet att ta kontakt med dem, och nyhetsbrevet "
         "från föreningen upprepade uppmaningen."],
    ),
    "da": (
        ["Forside", "Log ind", "Del på Facebook", "Læs også: Regeringen går af", "Privatlivspolitik",
         "Vi bruger cookies til at forbedre din oplevelse på siden.", "Alle rettigheder forbeholdes",
         "Foto: Lars Jensen", "Side 3 af 7", "Næste artikel"],
        ["Mest læste", "Relaterede artikler", "5 kommentarer"],
        ["Da familien kom hjem fra ferien, havde naboerne allerede skrevet mange kommentarer om haven "
         "på kommunens hjemmeside.",
         "Politiet opfordrer alle, der har oplysninger om indbruddet, til at tage kontakt, og foreningens "
         "nyhedsbrev gentog opfordringen."],
    ),
    "no": (
        ["Forsiden", "Logg inn", "Del på Facebook", "Les også: Regjeringen går av", "Personvernerklæring",
         "Vi bruker informasjonskapsler for å gi deg en bedre opplevelse.",
         "Alle rettigheter forbeholdt", "Foto: Kari Nordmann", "Side 2 av 4", "Neste artikkel"],
        ["Mest lest", "Relaterte artikler", "Legg igjen en kommentar"],
        ["Da familien endelig kom hjem fra turen, hadde naboene allerede skrevet flere kommentarer om "
         "hagen på kommunens nettside.",
         "Politiet ber alle som har opplysninger om innbruddet om å ta kontakt, og foreningens nyhetsbrev "
         "gjentok oppfordringen."],
    ),
    "fi": (
        ["Etusivu", "Kirjaudu sisään", "Jaa artikkeli", "Lue myös: Hallitus kaatui", "Tietosuojaseloste",
         "Tämä sivusto käyttää evästeitä parantaakseen käyttökokemusta.", "Kaikki oikeudet pidätetään",
         "Kuva: Matti Virtanen", "Seuraava artikkeli", "Näytä lisää"],
        ["Luetuimmat", "Aiheeseen liittyvät artikkelit", "12 kommenttia"],
        ["Kun perhe vihdoin palasi kotiin matkalta, naapurit olivat jo kirjoittaneet useita kommentteja "
         "puutarhasta kunnan verkkosivuilla.",
         "Poliisi pyytää kaikkia, joilla on tietoa viime viikon murrosta, ottamaan yhteyttä poliisiin, ja yhdistyksen "
         "uutiskirje toisti pyynnön."],
    ),
    "cs": (
        ["Hlavní stránka", "Přihlásit se", "Sdílet na Facebooku", "Čtěte také: Vláda padla",
         "Ochrana osobních údajů", "Tento web používá cookies k poskytování služeb.",
         "Všechna práva vyhrazena", "Foto: Jan Novák", "Strana 2 z 5", "Další článek"],
        ["Nejčtenější", "Související články", "Diskuse (14)"],
        ["Když se rodina konečně vrátila domů z dovolené, sousedé už na obecním webu napsali několik "
         "komentářů o zahradě.",
         "Policie žádá všechny, kdo mají informace o vloupání, aby ji kontaktovali, a zpravodaj spolku "
         "tuto výzvu zopakoval."],
    ),
    "sk": (
        ["Hlavná stránka", "Prihlásiť sa", "Zdieľať na Facebooku", "Čítajte aj: Vláda padla",
         "Ochrana osobných údajov", "Táto stránka používa cookies na poskytovanie služieb.",
         "Všetky práva vyhradené", "Foto: Ján Kováč", "Ďalší článok"],
        ["Najčítanejšie", "Súvisiace články", "Diskusia"],
        ["Keď sa rodina konečne vrátila domov z dovolenky, susedia už na stránke obce napísali niekoľko "
         "komentárov o záhrade.",
         "Polícia žiada všetkých, ktorí majú informácie o vlámaní, aby ju kontaktovali, a spravodaj "
         "spolku túto výzvu zopakoval."],
    ),
    "tr": (
        ["Ana Sayfa", "Giriş Yap", "Facebook'ta Paylaş", "Gizlilik Politikası",
         "Sitemizde çerezler kullanılmaktadır, detaylı bilgi için tıklayınız.", "Tüm hakları saklıdır",
         "Fotoğraf: Ahmet Yılmaz", "Sonraki Haber", "Künye"],
        ["En Çok Okunanlar", "İlgili Haberler", "15 Yorum"],
        ["Aile tatilden eve döndüğünde komşular belediyenin internet sitesinde bahçe hakkında çok sayıda "
         "yorum yazmıştı bile.",
         "Polis, hırsızlık hakkında bilgisi olan herkesin kendileriyle iletişime geçmesini istedi ve "
         "derneğin bülteni bu çağrıyı tekrarladı."],
    ),
    "ro": (
        ["Acasă", "Autentificare", "Distribuie pe Facebook", "Citește și: Guvernul a căzut",
         "Politica de confidențialitate", "Politica de confidenţialitate",
         "Acest site folosește cookie-uri pentru a vă oferi o experiență mai bună.",
         "Toate drepturile rezervate", "Foto: Ion Popescu", "Articolul următor"],
        ["Cele mai citite", "Articole similare", "Lasă un comentariu"],
        ["Când familia s-a întors în sfârșit acasă din vacanță, vecinii scriseseră deja mai multe "
         "comentarii despre grădină pe site-ul primăriei.",
         "Poliția cere tuturor celor care au informații despre spargere să ia legătura cu ea, iar "
         "buletinul asociației a repetat apelul."],
    ),
    "hu": (
        ["Főoldal", "Bejelentkezés", "Megosztás", "Adatvédelmi tájékoztató",
         "Ez a weboldal sütiket használ a jobb felhasználói élmény érdekében.", "Minden jog fenntartva",
         "Fotó: Kovács Péter", "Következő cikk", "Impresszum"],
        ["Legolvasottabb", "Kapcsolódó cikkek", "12 hozzászólás"],
        ["Amikor a család végre hazaért a nyaralásból, a szomszédok már több hozzászólást is írtak a "
         "kertről az önkormányzat honlapján.",
         "A rendőrség kéri, hogy aki bármit tud a betörésről, vegye fel velük a kapcsolatot, és az "
         "egyesület hírlevele megismételte a felhívást."],
    ),
    "el": (
        ["Αρχική", "ΑΡΧΙΚΗ", "Σύνδεση", "Κοινοποίηση στο Facebook", "Διαβάστε επίσης: Έπεσε η κυβέρνηση",
         "Πολιτική απορρήτου", "Αυτός ο ιστότοπος χρησιμοποιεί cookies για να βελτιώσει την εμπειρία σας.",
         "Με επιφύλαξη παντός δικαιώματος", "Φωτογραφία: Γιάννης Παπαδόπουλος", "Επόμενο άρθρο"],
        ["Τα πιο διαβασμένα", "Σχετικά άρθρα", "ΣΧΟΛΙΑ"],
        ["Όταν η οικογένεια επέστρεψε επιτέλους στο σπίτι από τις διακοπές, οι γείτονες είχαν ήδη "
         "γράψει πολλά σχόλια για τον κήπο στην ιστοσελίδα του δήμου.",
         "Η αστυνομία ζητά από όσους έχουν πληροφορίες για τη διάρρηξη να επικοινωνήσουν μαζί της, και "
         "το ενημερωτικό δελτίο του συλλόγου επανέλαβε την έκκληση."],
    ),
    "uk": (
        ["Головна", "Увійти", "Поділитися", "Читайте також: Уряд пішов у відставку",
         "Політика конфіденційності", "Цей сайт використовує файли cookie для покращення роботи.",
         "Усі права захищені", "Джерело: Укрінформ", "Наступна стаття"],
        ["Найпопулярніше", "Схожі новини", "Коментарі"],
        ["Коли родина нарешті повернулася додому з відпустки, сусіди вже залишили кілька коментарів "
         "про сад на сайті міської ради.",
         "Поліція просить усіх, хто має інформацію про крадіжку, зв'язатися з нею, і розсилка "
         "товариства повторила цей заклик."],
    ),
    "ar": (
        ["الرئيسية", "تسجيل الدخول", "شارك على فيسبوك", "اقرأ أيضا: استقالة الحكومة", "سياسة الخصوصية",
         "يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك.", "جميع الحقوق محفوظة",
         "تصوير: أحمد علي", "المقال التالي", "اتصل بنا"],
        ["الأكثر قراءة", "مقالات ذات صلة", "أضف تعليقك"],
        ["عندما عادت العائلة أخيرا إلى المنزل من الإجازة كان الجيران قد كتبوا عدة تعليقات عن الحديقة "
         "على موقع البلدية الإلكتروني.",
         "تطلب الشرطة من كل من لديه معلومات عن السرقة الاتصال بها وقد كررت النشرة الإخبارية للجمعية "
         "هذا النداء."],
    ),
    "id": (
        ["Beranda", "Masuk", "Bagikan ke Facebook", "Baca Juga: Pemerintah Umumkan Kebijakan Baru",
         "Kebijakan Privasi", "Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda.",
         "Hak cipta dilindungi undang-undang", "Foto: Budi Santoso", "Pedoman Media Siber"],
        ["Berita Terkait", "Terpopuler", "12 Komentar"],
        ["Ketika keluarga itu akhirnya pulang ke rumah setelah liburan, para tetangga sudah menulis banyak "
         "komentar tentang kebun di situs web kelurahan.",
         "Polisi meminta siapa saja yang memiliki informasi tentang pencurian itu untuk menghubungi mereka, "
         "dan buletin perkumpulan mengulangi imbauan tersebut."],
    ),
    "vi": (
        ["Trang chủ", "Đăng nhập", "Chia sẻ lên Facebook", "Xem thêm: Chính phủ công bố chính sách mới",
         "Chính sách bảo mật", "Trang web này sử dụng cookie để cải thiện trải nghiệm của bạn.",
         "Ảnh: Nguyễn Văn An", "Bài viết liên quan"],
        ["Tin liên quan", "Đọc nhiều nhất", "Ý kiến bạn đọc"],
        ["Khi gia đình cuối cùng cũng trở về nhà sau kỳ nghỉ, hàng xóm đã viết nhiều bình luận về khu vườn "
         "trên trang web của phường.",
         "Cảnh sát đề nghị bất kỳ ai có thông tin về vụ trộm hãy liên hệ với họ, và bản tin của hội đã "
         "nhắc lại lời kêu gọi này."],
    ),
    "hi": (
        ["होम", "लॉग इन", "शेयर करें", "ये भी पढ़ें: सरकार ने नई नीति की घोषणा की", "गोपनीयता नीति",
         "सर्वाधिकार सुरक्षित", "फोटो: राहुल शर्मा", "हमसे संपर्क करें"],
        ["संबंधित खबरें", "सबसे ज्यादा पढ़ी गई", "टिप्पणियाँ"],
        ["जब परिवार आखिरकार छुट्टियों से घर लौटा तब तक पड़ोसी नगर निगम की वेबसाइट पर बगीचे के बारे में "
         "कई टिप्पणियाँ लिख चुके थे।",
         "पुलिस ने चोरी के बारे में जानकारी रखने वाले सभी लोगों से संपर्क करने का अनुरोध किया है और संघ के "
         "समाचार पत्र ने यह अपील दोहराई।"],
    ),
    "he": (
        ["דף הבית", "התחברות", "שתפו בפייסבוק", "קראו גם: הממשלה התפטרה", "מדיניות פרטיות",
         "אתר זה משתמש בעוגיות כדי לשפר את חוויית הגלישה.", "כל הזכויות שמורות",
         "צילום: דנה כהן", "צור קשר"],
        ["הנקראים ביותר", "כתבות נוספות", "תגובות"],
        ["כשהמשפחה חזרה סוף סוף הביתה מהחופשה, השכנים כבר כתבו כמה תגובות על הגינה באתר האינטרנט של "
         "העירייה.",
         "המשטרה מבקשת מכל מי שיש לו מידע על הפריצה ליצור איתה קשר, והעלון של העמותה חזר על הקריאה."],
    ),
}

CASES = sorted(LANGUAGES.items())


def test_every_language_has_a_lexicon_file():
    names = {name for name, _ in lexicon.builtin_files()}
    assert {f"{code}.txt" for code in LANGUAGES} <= names


@pytest.mark.parametrize("code, case", CASES, ids=[code for code, _ in CASES])
def test_chrome_is_dropped_by_the_lexicon_stage(code, case):
    chrome, closers, body = case
    page = "\n".join([*chrome[:len(chrome) // 2], *body, *chrome[len(chrome) // 2:], *closers])
    rows = {d.line: d for d in explain(page).decisions}
    for line in [*chrome, *closers]:
        d = rows[line]
        assert (d.keep, d.stage) == (False, "lexicon"), (code, line, d.stage, d.reason)


@pytest.mark.parametrize("code, case", CASES, ids=[code for code, _ in CASES])
def test_closers_close_the_article(code, case):
    lex = lexicon.load()
    for header in case[1]:
        entry = lex.match(header)
        assert entry is not None and entry.closes, (code, header)


@pytest.mark.parametrize("code, case", CASES, ids=[code for code, _ in CASES])
def test_body_sentences_match_no_entry(code, case):
    lex = lexicon.load()
    for sentence in case[2]:
        assert len(sentence.split()) >= 15, sentence
        assert lex.match(sentence) is None, (code, sentence, lex.match(sentence))


@pytest.mark.parametrize("line", ["İletişim", "İLETİŞİM", "Ana Sayfa", "Gizlilik Politikası"])
def test_turkish_dotted_capital_i_folds_to_plain_i(line):
    # str.casefold turns "İ" into "i" plus a combining dot; normalise drops the dot.
    assert "\u0307" not in lexicon.normalise(line)
    assert lexicon.load().match(line) is not None, line


#: What follows an article (related stories, comments, tags, the author) has headers that close it, in
#: each of these languages as in en.txt ...
FOLLOWER_HEADERS = {
    "de": ["Schlagworte", "Weitere Artikel", "Kommentare", "Weiterführende Links"],
    "fr": ["Vous aimerez aussi", "Mots-clés", "À propos de l'auteur"],
    "es": ["También te puede gustar", "Etiquetas", "Deja una respuesta"],
    "it": ["Ti potrebbe piacere", "Articoli simili", "Lascia una risposta"],
    "pt": ["Você pode gostar", "Sobre o autor", "Deixe uma resposta"],
    "nl": ["Dit vind je misschien ook leuk", "Over de auteur", "Geef een reactie"],
    "pl": ["Może cię zainteresować", "Podobne artykuły", "O autorze", "Więcej wiadomości", "Inne artykuły z działu",
           "Przejdź do dyskusji na forum", "Komentarze (12)"],
    "ru": ["Вам может понравиться", "Об авторе", "Материалы по теме", "Другие новости раздела",
           "Последние новости раздела", "Комментарии к статье", "Комментарии к новости (3)",
           "Правила комментирования", "Оцените, пожалуйста, статью. Нам важно Ваше мнение.",
           "(не публикуется)", "E-Mail (не публикуется)", "Оставлять комментарии могут только зарегистрированные пользователи.",
           "Читать комментарии к статье...", "Посмотреть все материалы сюжета «Космос ждет»"],
    "en": ["Comments are now closed for this story", "Add new comment", "What do you think? Leave your comment below.",
           "Mail (will not be published) (required)", "Email (will not be published)"],
    "el": ["Σχετικά άρθρα", "Παρόμοια θέματα", "ΠΑΡΟΜΟΙΑ ΘΕΜΑΤΑ", "Λέξεις κλειδιά", "Άρθρα κατηγορίας Υγεία"],
    "zh": ["相关阅读", "发表评论", "猜你喜欢"],
    "ja": ["関連記事", "コメントを書く", "あわせて読みたい"],
    "ko": ["관련기사", "댓글 쓰기"],
}
#: ... while a sidebar box's header is chrome that closes nothing: a sidebar may stand before the
#: article, or right after a short one with a longer run of teasers under it.
SIDEBAR_HEADERS = {
    "de": ["Meistgelesen", "Neueste Artikel", "Ähnliche Artikel"],
    "fr": ["Les plus consultés", "Derniers articles"],
    "es": ["Lo más comentado", "Entradas recientes"],
    "it": ["Più visti", "Ultime notizie"],
    "pt": ["Mais lidos", "Posts recentes"],
    "nl": ["Meest bekeken", "Recente berichten"],
    "pl": ["Najpopularniejsze", "Ostatnie wpisy"],
    "ru": ["Самые читаемые", "Свежие записи", "Читают", "Обсуждают", "Фото дня"],
    "el": ["Πρόσφατες δημοσιεύσεις", "Μικρότερη γραμματοσειρά"],
    "zh": ["热门文章"],
    "ja": ["人気記事"],
}


@pytest.mark.parametrize("code", sorted(FOLLOWER_HEADERS))
def test_headers_of_what_follows_an_article_close_it(code):
    lex = lexicon.load()
    for header in FOLLOWER_HEADERS[code]:
        entry = lex.match(header)
        assert entry is not None and entry.closes, (code, header)
    for header in SIDEBAR_HEADERS.get(code, ()):
        entry = lex.match(header)
        assert entry is not None and not entry.closes, (code, header)


def test_a_sidebar_header_after_a_short_article_leaves_it_standing():
    article = [
        "Bei der Bundestagswahl treten so viele Parteien an, dass wir hier nicht alle zeigen können.",
        "Viele von ihnen treten nur in wenigen Bundesländern mit einer Landesliste an, manche nur in einem.",
        "Deshalb haben wir uns in der Karte auf die größten Parteien beschränkt und die übrigen weggelassen.",
    ]
    teasers = [f"Teaser {k}: In diesem Artikel geht es um die Frage, warum die Stadt {k} neue Radwege "
               "bekommt und was die Anwohner davon halten, die seit Jahren darauf warten." for k in range(8)]
    page = "\n".join(["Startseite", "Politik", *article, "Neueste Artikel", *teasers, "Impressum"])
    kept = clean(page).splitlines()
    assert all(line in kept for line in article), kept


@pytest.mark.parametrize("line", ["Вы находитесь: Главная / Новости / Здоровье",
                                  "Jesteś tutaj: Strona główna > Zdrowie > Dieta"])
def test_breadcrumb_under_its_label_is_chrome(line):
    # "You are here:" and the breadcrumb after it.
    entry = lexicon.load().match(line)
    assert entry is not None and not entry.keep and not entry.closes, line


@pytest.mark.parametrize("sentence", ["Вы находитесь в Москве уже третий день, и погода пока радует всех гостей.",
                                      "Jesteś tutaj pierwszy raz, więc pokażę ci, gdzie jest biblioteka."])
def test_a_sentence_about_being_here_is_no_breadcrumb(sentence):
    assert lexicon.load().match(sentence) is None, sentence


@pytest.mark.parametrize("line", [
    "Сообщения и комментарии читателей сайта размещаются без предварительного редактирования.",
    "Администрация сайта оставляет за собой право удалять сообщения с нецензурными выражениями.",
    "Портал работает в режиме бета-версии – стадии активного тестирования.",
    "Выскажитесь и проголосуйте", "Добавить в закладки и поделиться с друзьями:",
    "[Символов: 0 из 500]Правила размещения",
    "The comments below have not been moderated.",
    "Czytaj dalej na następnej stronie", "Artykuł premium", "pokaż 3 ukryte odpowiedzi",
    "Here's what other readers have said. Why not add your thoughts, or debate this issue live?",
    "网易声明：网易转载上述内容出于传递更多信息之目的，不表明证实其描述或赞同其观点。文章内容仅供参考，不构成投资建议。"
    "投资者据此操作，风险自担。",
    "本網站轉載上述內容，僅供投資者參考，並不構成投資建議。投資者據此操作，風險自擔。"])
def test_site_notices_and_poll_buttons_are_chrome(line):
    entry = lexicon.load().match(line)
    assert entry is not None and not entry.keep, line


@pytest.mark.parametrize("sentence", [
    "Депутаты не успели проголосовать за поправки, и закон вернули во второе чтение.",
    "Новый сервис работает в режиме бета-версии, сообщили в компании, и доступен пока не всем.",
    "Редакция не публикуется в выходные, поэтому письма читателей ждут понедельника.",
    "Отчёт комиссии (не публикуется) передан в прокуратуру.",
    "The survey's raw data (will not be published) stays with the council.",
    "分析师提醒，股市有风险，投资需谨慎，散户据此操作风险自担的说法并不准确。",
    "Readers who add new comments to the council's survey will be entered into a prize draw.",
    "Na następnej stronie czytelnicy znajdą tabelę z wynikami, a pod nią pokażemy ukryte koszty."])
def test_sentences_about_votes_tests_and_comments_are_no_chrome(sentence):
    assert lexicon.load().match(sentence) is None, sentence
