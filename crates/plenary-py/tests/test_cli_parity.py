"""The package gives what the command line gives, on every corpus document."""

import json
import subprocess
import sys

import pytest

import plenary
from conftest import DOCUMENTS, REPO, run_cli


def test_readme_example():
    """The issue's check, run from the repository root as written."""
    code = "import plenary; print(plenary.parse_file('corpus/CTOC_COP_2012_15.fr.txt').stats['symbol'])"
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert out.stdout == "CTOC/COP/2012/15\n"


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_stats_and_json_equal_the_cli(path, cli_outputs):
    stats_out, parse_out = cli_outputs[path.name]
    doc = plenary.parse_file(path)
    assert doc.stats == json.loads(stats_out), "Document.stats should equal `plenary stats`"
    assert doc.to_json().rstrip("\n") == parse_out.decode("utf-8").rstrip("\n"), (
        "Document.to_json() should be the text `plenary parse` prints"
    )
    assert doc.to_dict() == json.loads(parse_out), "Document.to_dict() should equal `plenary parse` read as JSON"
    assert doc.render("json") == doc.to_json()
    assert doc.symbol == doc.stats["symbol"] and doc.language == doc.stats["language"]


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_resolutions_and_decisions_agree_with_stats(path):
    doc = plenary.parse_file(path)
    stats = doc.stats
    resolutions, decisions = doc.resolutions, doc.decisions
    assert [r.number for r in resolutions] == [r["number"] for r in stats["resolutions"]]
    assert [r.title for r in resolutions] == [r["title"] for r in stats["resolutions"]]
    assert [len(r.preambular) for r in resolutions] == [r["preambular"] for r in stats["resolutions"]]
    assert [len(r.operative) for r in resolutions] == [r["operative"] for r in stats["resolutions"]]
    assert [(r.draft, r.adopted) for r in resolutions] == [(r["draft"], r["adopted"]) for r in stats["resolutions"]]
    assert [d.number for d in decisions] == [d["number"] for d in stats["decisions"]]
    assert [d.title for d in decisions] == [d["title"] for d in stats["decisions"]]
    assert all(r.kind == "resolution" for r in resolutions) and all(d.kind == "decision" for d in decisions)


def test_reference_report_resolution_text():
    doc = plenary.parse_file(REPO / "corpus/CTOC_COP_2012_15.fr.txt")
    first = doc.resolutions[0]
    assert first.number == "6/1"
    assert first.id.endswith("res_6-1")
    assert first.preambular[0].startswith("Rappelant sa résolution 5/1")
    assert first.operative[0].startswith("1. Note avec satisfaction")
    assert first.draft == "CTOC/COP/2012/L.4/Rev.2"
    assert "6/1" in repr(first)


def test_every_format_equals_plenary_render():
    path = REPO / "corpus/A_RES_73_8.en.txt"
    doc = plenary.parse_file(path)
    for fmt in ["markdown", "html", "akn", "text", "json"]:
        out = run_cli("render", str(path), "--to", fmt)
        assert out.returncode == 0
        assert doc.render(fmt).rstrip("\n") == out.stdout.decode("utf-8").rstrip("\n"), (
            f"render({fmt!r}) should equal `plenary render --to {fmt}`"
        )


def test_references_and_symbols_equal_the_cli():
    path = REPO / "corpus/A_HRC_14_37.en.txt"
    doc = plenary.parse_file(path)
    assert doc.references == json.loads(run_cli("refs", str(path)).stdout)
    assert doc.symbols == json.loads(run_cli("symbols", str(path)).stdout)
    assert isinstance(doc.diagnostics, list)
    assert all({"code", "severity", "message"} <= d.keys() for d in doc.diagnostics)


def test_parse_text_and_bytes_agree():
    path = REPO / "corpus/A_RES_48_246.es.txt"
    data = path.read_bytes()
    from_text = plenary.parse(data.decode("utf-8"))
    from_bytes = plenary.parse_bytes(data)
    from_bytearray = plenary.parse_bytes(bytearray(data))
    assert from_text.to_json() == from_bytes.to_json() == from_bytearray.to_json()


def test_render_refuses_an_unknown_format():
    doc = plenary.parse("1. Texte.\n")
    with pytest.raises(ValueError, match="pdf"):
        doc.render("pdf")


def test_docstrings_and_repr():
    for item in [plenary.parse, plenary.parse_bytes, plenary.parse_file, plenary.parse_many,
                 plenary.Document, plenary.Deliberation, plenary.DecodeError, plenary.Document.render,
                 plenary.Document.stats]:
        assert item.__doc__, f"{item!r} should have a docstring"
    doc = plenary.parse_file(REPO / "corpus/CTOC_COP_2012_15.fr.txt")
    assert repr(doc).startswith("<plenary.Document CTOC/COP/2012/15 (fr)")
