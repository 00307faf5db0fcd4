"""Type stubs of the extension module ``plenary._plenary`` (re-exported by ``plenary``)."""

import os
from typing import Any, Iterable, Iterator, List, Literal, Optional, Tuple, Union, final

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

_StrPath = Union[str, "os.PathLike[str]"]
_Format = Literal["json", "markdown", "html", "akn", "text"]

class DecodeError(ValueError):
    """The input was refused: not UTF-8 (nor UTF-16 with a BOM), or a PDF.

    The message is the one the ``plenary`` command prints, with how to convert
    the input.
    """

    path: Optional[str]
    """The file, when the bytes came from one."""
    offset: Optional[int]
    """Byte offset of the first bad byte, counting a BOM."""
    line: Optional[int]
    """1-based line of the first bad byte."""
    column: Optional[int]
    """1-based column, in characters, of the first bad byte."""

@final
class Deliberation:
    """A resolution or a decision of a document, with its paragraphs as text."""

    @property
    def kind(self) -> Literal["resolution", "decision"]: ...
    @property
    def id(self) -> str:
        """The node id (``chp_I__sec_A__res_6-1``), the ``eId`` in Akoma Ntoso."""
    @property
    def number(self) -> str:
        """The number as printed (``6/1``, ``48/246``)."""
    @property
    def title(self) -> str: ...
    @property
    def preambular(self) -> List[str]:
        """The preambular paragraphs, as text."""
    @property
    def operative(self) -> List[str]:
        """The numbered operative paragraphs, as text starting with their number (``1. Decides …``); where none is numbered, the one paragraph the operative part is printed as."""
    @property
    def draft(self) -> Optional[str]:
        """The symbol of the draft it was adopted from, when the report names it."""
    @property
    def adopted(self) -> Optional[str]:
        """The date of adoption (ISO 8601), when the report records it."""

@final
class Document:
    """A parsed United Nations document."""

    @property
    def stats(self) -> dict[str, Any]:
        """The summary ``plenary stats`` prints, as a dict."""
    @property
    def symbol(self) -> Optional[str]:
        """The document's own symbol (``CTOC/COP/2012/15``), or None."""
    @property
    def language(self) -> Optional[str]:
        """The detected language (ISO 639-1), or None."""
    @property
    def diagnostics(self) -> List[dict[str, Any]]:
        """What the parser and the resolver noticed."""
    @property
    def references(self) -> List[dict[str, Any]]:
        """Every reference with its target, as ``plenary refs`` prints them."""
    @property
    def symbols(self) -> List[dict[str, Any]]:
        """The document symbols cited, as ``plenary symbols`` prints them."""
    @property
    def resolutions(self) -> List[Deliberation]: ...
    @property
    def decisions(self) -> List[Deliberation]: ...
    def to_dict(self) -> dict[str, Any]:
        """The document model: the JSON of ``plenary parse`` as a dict."""
    def to_json(self) -> str:
        """The document model as JSON text, as ``plenary parse`` prints it."""
    def render(self, fmt: _Format) -> str:
        """The document as ``markdown``, ``html``, ``akn``, ``text`` or ``json``."""

@final
class ParseMany(Iterator[Tuple[str, Union[Document, DecodeError, OSError]]]):
    """The iterator ``parse_many`` returns."""

    def __iter__(self) -> "ParseMany": ...
    def __next__(self) -> Tuple[str, Union[Document, DecodeError, OSError]]: ...

def parse(text: str) -> Document:
    """Parses the text of a UN document. Never fails."""

def parse_bytes(data: Union[bytes, bytearray], lossy: bool = False) -> Document:
    """Parses bytes (UTF-8, or UTF-16 with a BOM); raises DecodeError when refused."""

def parse_file(path: _StrPath, lossy: bool = False) -> Document:
    """Reads and parses a file; raises DecodeError when refused, OSError when unreadable."""

def parse_many(
    paths: Union[_StrPath, Iterable[_StrPath]],
    workers: Optional[int] = None,
    lossy: bool = False,
) -> ParseMany:
    """Parses many files in parallel; yields ``(path, Document or exception)`` as they finish."""
