"""Refused input raises DecodeError with the command line's message."""

import pytest

import plenary
from conftest import run_cli

LATIN1 = "1. La Conférence a adopté son rapport.\n".encode("latin-1")
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"


def cli_message(path) -> str:
    """What `plenary parse FILE` says on standard error, without `error: `."""
    out = run_cli("parse", str(path))
    assert out.returncode == 1, "the command line should refuse the input"
    line = out.stderr.decode("utf-8").strip()
    assert line.startswith("error: ")
    return line[len("error: "):]


def test_latin1_file_message_equals_the_cli(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes(LATIN1)
    with pytest.raises(plenary.DecodeError) as caught:
        plenary.parse_file(path)
    message = str(caught.value)
    assert "iconv -f WINDOWS-1252 -t UTF-8" in message, "should say how to convert Latin-1"
    assert message.replace("pass lossy=True", "rerun with --lossy") == cli_message(path)
    assert isinstance(caught.value, ValueError)
    assert caught.value.path == str(path)
    assert (caught.value.offset, caught.value.line, caught.value.column) == (10, 1, 11)


def test_pdf_file_message_equals_the_cli(tmp_path):
    path = tmp_path / "report.txt"
    path.write_bytes(PDF)
    with pytest.raises(plenary.DecodeError) as caught:
        plenary.parse_file(path)
    assert "pdftotext -enc UTF-8" in str(caught.value), "should say how to extract a PDF's text"
    assert str(caught.value) == cli_message(path)
    assert caught.value.offset is None


def test_parse_bytes_refuses_with_the_same_reason(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes(LATIN1)
    with pytest.raises(plenary.DecodeError) as caught:
        plenary.parse_bytes(LATIN1)
    # The command line names the file; the reason after it is the same.
    assert f"`{path}` refused: " + str(caught.value) == str(
        pytest.raises(plenary.DecodeError, plenary.parse_file, path).value
    )
    assert caught.value.path is None
    with pytest.raises(plenary.DecodeError, match="PDF"):
        plenary.parse_bytes(PDF)


def test_lossy_replaces_bad_bytes():
    doc = plenary.parse_bytes(LATIN1, lossy=True)
    codes = [d["code"] for d in doc.diagnostics]
    assert "replaced-bytes" in codes, "each run of replaced bytes should be reported"
    assert "\ufffd" in doc.render("text")
    with pytest.raises(plenary.DecodeError):
        plenary.parse_bytes(PDF, lossy=True)


def test_lossy_file(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes(LATIN1)
    assert plenary.parse_file(str(path), lossy=True).stats["diagnostics"] >= 1


def test_utf16_with_bom_is_read():
    text = "1. La Conférence a adopté son rapport.\n"
    assert plenary.parse_bytes(b"\xff\xfe" + text.encode("utf-16-le")).to_json() == plenary.parse(text).to_json()


def test_missing_file_is_an_os_error(tmp_path):
    missing = tmp_path / "missing.txt"
    with pytest.raises(FileNotFoundError) as caught:
        plenary.parse_file(missing)
    assert caught.value.filename == str(missing)
    with pytest.raises(IsADirectoryError):
        plenary.parse_file(tmp_path)


def test_wrong_argument_types():
    with pytest.raises(TypeError):
        plenary.parse(b"bytes are not text")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        plenary.parse_bytes("text is not bytes")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    ["", "\x00\x01\x02", "\ufeff", "1.\n" * 1000, "A/" * 5000, "\f\r\n\r" * 100, "résolution 6/1\n" + "x" * 100000],
)
def test_odd_input_never_raises(text):
    doc = plenary.parse(text)
    for fmt in ["markdown", "html", "akn", "text", "json"]:
        assert isinstance(doc.render(fmt), str)
    assert isinstance(doc.stats, dict)
