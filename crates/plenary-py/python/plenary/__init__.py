"""Parse the plain text of United Nations documents into a typed model.

plenary reads session reports, resolutions and decisions, Human Rights
Council and General Assembly documents and treaties as text (for example the
output of ``pdftotext``), and gives their metadata, structure, resolutions and
decisions, footnotes and references, rendered as JSON, Markdown, HTML, Akoma
Ntoso or clean text.

>>> import plenary
>>> doc = plenary.parse_file("corpus/CTOC_COP_2012_15.fr.txt")  # doctest: +SKIP
>>> doc.stats["symbol"]  # doctest: +SKIP
'CTOC/COP/2012/15'

Entry points: :func:`parse`, :func:`parse_bytes`, :func:`parse_file` and
:func:`parse_many`. Refused input raises :class:`DecodeError`, a
``ValueError``. See docs/python.md in the repository.
"""

from ._plenary import (
    DecodeError,
    Deliberation,
    Document,
    ParseMany,
    parse,
    parse_bytes,
    parse_file,
    parse_many,
)

__all__ = [
    "DecodeError",
    "Deliberation",
    "Document",
    "ParseMany",
    "parse",
    "parse_bytes",
    "parse_file",
    "parse_many",
]
