"""parse_many: the corpus in parallel, with bad files among them."""

import os
import shutil
from pathlib import Path

import pytest

import plenary
from conftest import DOCUMENTS


@pytest.fixture(scope="module")
def sequential():
    """The stats of every corpus document, parsed one by one."""
    return {str(p): plenary.parse_file(p).stats for p in DOCUMENTS}


def test_corpus_with_bad_files(tmp_path, sequential):
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Caf\xe9\n".encode("latin-1"))
    missing = tmp_path / "missing.txt"
    paths = [*DOCUMENTS[:10], latin1, *DOCUMENTS[10:], missing]
    results = list(plenary.parse_many(paths))

    assert sorted(path for path, _ in results) == sorted(str(p) for p in paths), "one result per input"
    by_path = dict(results)
    assert isinstance(by_path[str(latin1)], plenary.DecodeError)
    assert "iconv" in str(by_path[str(latin1)])
    assert isinstance(by_path[str(missing)], FileNotFoundError)
    for path, stats in sequential.items():
        doc = by_path[path]
        assert isinstance(doc, plenary.Document), f"{path} should parse"
        assert doc.stats == stats, f"{path}: parse_many should give what parse_file gives"


def test_a_directory_stands_for_its_text_files(tmp_path):
    for p in DOCUMENTS[:5]:
        shutil.copy(p, tmp_path / p.name)
    (tmp_path / "sub").mkdir()
    shutil.copy(DOCUMENTS[5], tmp_path / "sub" / DOCUMENTS[5].name)
    (tmp_path / "notes.md").write_text("not a .txt file")
    results = dict(plenary.parse_many(tmp_path, workers=2))
    expected = {str(tmp_path / p.name) for p in DOCUMENTS[:5]} | {str(tmp_path / "sub" / DOCUMENTS[5].name)}
    assert set(results) == expected
    assert all(isinstance(doc, plenary.Document) for doc in results.values())


def test_one_worker_and_one_path():
    results = list(plenary.parse_many(str(DOCUMENTS[0]), workers=1))
    assert len(results) == 1 and isinstance(results[0][1], plenary.Document)
    assert list(plenary.parse_many([])) == []


def test_workers_must_be_positive():
    with pytest.raises(ValueError):
        plenary.parse_many(DOCUMENTS, workers=0)


def test_leaving_the_loop_early_is_fine():
    for count, (_, doc) in enumerate(plenary.parse_many(DOCUMENTS * 3, workers=2), start=1):
        if count == 3:
            break
    # The workers notice the iterator is gone and stop; a new run still works.
    assert len(list(plenary.parse_many(DOCUMENTS[:4]))) == 4


def test_path_like_objects_are_accepted():
    class Named(os.PathLike):
        def __init__(self, path: Path):
            self.path = path

        def __fspath__(self) -> str:
            return str(self.path)

    results = list(plenary.parse_many([Named(DOCUMENTS[0]), DOCUMENTS[1]]))
    assert {path for path, _ in results} == {str(DOCUMENTS[0]), str(DOCUMENTS[1])}
