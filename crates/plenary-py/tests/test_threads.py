"""plenary from many Python threads at once: the parse releases the GIL."""

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import plenary
from conftest import DOCUMENTS, REPO


def test_parse_from_several_threads_at_once():
    # The twenty smallest documents, twice, so that threads parse the same text at once too.
    texts = sorted((p.read_text(encoding="utf-8") for p in DOCUMENTS), key=len)[:20]
    expected = [plenary.parse(t).stats for t in texts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        got = list(pool.map(lambda t: plenary.parse(t).stats, texts * 2))
    assert got == expected * 2, "a parse from a thread should equal the same parse alone"


def test_one_document_shared_by_threads():
    doc = plenary.parse_file(REPO / "corpus/A_HRC_14_37.en.txt")
    expected = doc.render("akn")
    with ThreadPoolExecutor(max_workers=4) as pool:
        assert set(pool.map(lambda _: doc.render("akn"), range(8))) == {expected}


def test_the_gil_is_released_while_parsing():
    # About 1 MB of text: a parse long enough for the main thread to be seen running meanwhile.
    text = "\n".join(p.read_text(encoding="utf-8") for p in DOCUMENTS[:6])
    window = {}

    def work():
        window["start"] = time.perf_counter()
        plenary.parse(text)
        window["end"] = time.perf_counter()

    worker = threading.Thread(target=work)
    ticks = []
    worker.start()
    while worker.is_alive():
        ticks.append(time.perf_counter())
    worker.join()
    during = [t for t in ticks if window["start"] < t < window["end"]]
    assert window["end"] - window["start"] > 0.01
    # Holding the GIL, the parse would let the main thread run only at its ends.
    assert len(during) > 1000, f"the main thread should run during the parse; it ran {len(during)} times"
