"""One Cleaner shared by threads, pickled, and sent to worker processes gives the serial results
(the contract: picklable, since it runs in worker processes, and safe to share between threads)."""
from __future__ import annotations

import multiprocessing
import pickle
import random
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from cleaner import Cleaner, Config, clean

DATA = Path(__file__).parent / "data"
PROSE = [line for name in ("prose.txt", "prose_de.txt", "prose_es.txt")
         for line in (DATA / name).read_text("utf-8").splitlines() if line.strip()]
CHROME = ["Home", "News", "World", "Sport", "Business", "Skip to content", "Share | Tweet | Email", "12 comments",
          "1.2K shares", "02:36 GMT 04 March 2021", "Updated Nov 19, 2019 6:55 AM",
          "militants, OSCE, Daesh, Sergei Lavrov, Aleppo", "Battle Against Daesh in Syria (180)", "Listen Live",
          "Get short URL", "Community standardsDiscussion", "Related articles", "Advertisement",
          "Doobie Brothers To Reunite With Michael McDonald", "Storm Leaves Thousands Without Power In North",
          "© 2021 Example Media. All rights reserved.", "Privacy Policy", "Subscribe to our newsletter"]


def corpus_like_pages(n: int = 40, seed: int = 7) -> list[str]:
    """Pages shaped like the corpus: chrome, a body with the odd chrome line inside, chrome."""
    rng = random.Random(seed)
    pages = []
    for i in range(n):
        lines = rng.sample(CHROME, rng.randint(0, 8))
        for j, para in enumerate(rng.sample(PROSE, rng.randint(1, 6))):
            if j and rng.random() < 0.3:
                lines.append(rng.choice(CHROME))
            lines.append(para)
        lines += rng.sample(CHROME, rng.randint(0, 8))
        pages.append(("\n\n" if i % 3 == 0 else "\n").join(lines))
    return pages


PAGES = corpus_like_pages()


def test_pages_are_not_trivial():
    """The serial results differ from the input and from each other: the comparison below has teeth."""
    serial = [clean(p) for p in PAGES]
    assert sum(out != page for out, page in zip(serial, PAGES)) >= 30
    assert len(set(serial)) >= 35


def test_one_cleaner_from_eight_threads_gives_serial_results():
    cleaner = Cleaner()
    serial = [cleaner(p) for p in PAGES]
    serial_explain = [[(d.keep, d.stage, d.reason) for d in cleaner.explain(p).decisions] for p in PAGES]
    barrier = threading.Barrier(8)

    def work(worker: int) -> list[tuple[int, str, list]]:
        barrier.wait()  # start together so calls overlap
        order = list(range(len(PAGES)))
        random.Random(worker).shuffle(order)
        out = []
        for _ in range(3):
            for i in order:
                exp = cleaner.explain(PAGES[i])
                out.append((i, cleaner(PAGES[i]), exp.text, [(d.keep, d.stage, d.reason) for d in exp.decisions]))
        return out

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = [r for chunk in pool.map(work, range(8)) for r in chunk]
    assert len(results) == 8 * 3 * len(PAGES)
    for i, text, exp_text, decisions in results:
        assert text == serial[i], f"page {i} differs when cleaned from several threads"
        assert exp_text == serial[i]
        assert decisions == serial_explain[i]


def test_fresh_cleaners_from_threads_give_serial_results():
    """First use in a process happens in several threads at once (lazy caches filled concurrently)."""
    serial = [clean(p) for p in PAGES]
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda p: Cleaner(Config())(p), PAGES))
    assert results == serial


def test_cleaner_pickles_to_an_equal_cleaner():
    for cleaner in (Cleaner(), Cleaner(Config(lang="en", menu_run=5, stopword_density=0.3))):
        copy = pickle.loads(pickle.dumps(cleaner))
        assert copy == cleaner and hash(copy) == hash(cleaner)
        assert copy.config == cleaner.config
        assert [copy(p) for p in PAGES] == [cleaner(p) for p in PAGES]
    assert Cleaner(Config(menu_run=5)) != Cleaner()


def test_cleaner_with_user_lexicon_pickles(tmp_path):
    lex = tmp_path / "mine.txt"
    lex.write_text("# user rules\nbattle against daesh in syria ({n})\n! advertisement\n", "utf-8")
    cleaner = Cleaner(Config(extra_lexicons=(str(lex),)))
    copy = pickle.loads(pickle.dumps(cleaner))
    assert copy == cleaner
    assert [copy(p) for p in PAGES] == [cleaner(p) for p in PAGES]


def _clean_in_worker(args: tuple[Cleaner, str]) -> str:
    cleaner, text = args
    return cleaner(text)


def test_multiprocessing_two_workers_gives_serial_results():
    cleaner = Cleaner()
    serial = [cleaner(p) for p in PAGES]
    for method in ("spawn", "fork"):
        if method not in multiprocessing.get_all_start_methods():
            continue
        with multiprocessing.get_context(method).Pool(2) as pool:
            # The Cleaner itself travels to the workers (pickled), as in a data pipeline.
            results = pool.map(_clean_in_worker, [(cleaner, p) for p in PAGES], chunksize=3)
        assert results == serial, f"results differ with the {method!r} start method"
