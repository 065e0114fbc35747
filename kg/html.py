"""Reading news web pages (``.html``, ``.htm``): the article's main text and its metadata.

`trafilatura <https://trafilatura.readthedocs.io>`_ finds the article in the page and leaves out
navigation, advertisements, related links, comments and footers. The title, publication date, site
name and URL it finds become the document's metadata in the graph (``schema:headline``,
``schema:datePublished``, ``schema:publisher``, ``schema:url`` on the ``kg:Document``).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from .documents import Document, decode_bytes
from .errors import InputError
from .namespace import SCHEMA

HTML_SUFFIXES = (".html", ".htm")


@dataclass(frozen=True)
class WebDocument(Document):
    """A document read from a web page, with what the page says about itself ("" when it does not say)."""

    title: str = ""
    date: str = ""  # ISO 8601, YYYY-MM-DD
    site: str = ""
    url: str = ""

    @property
    def metadata(self) -> list[tuple[URIRef, Literal | URIRef]]:
        """(property, value) pairs for the document's node in the graph."""
        out: list[tuple[URIRef, Literal | URIRef]] = []
        if self.title:
            out.append((SCHEMA.headline, Literal(self.title)))
        if self.date:
            try:
                datetime.date.fromisoformat(self.date)
                out.append((SCHEMA.datePublished, Literal(self.date, datatype=XSD.date)))
            except ValueError:
                out.append((SCHEMA.datePublished, Literal(self.date)))
        if self.site:
            out.append((SCHEMA.publisher, Literal(self.site)))
        if self.url.startswith(("http://", "https://")) and not any(c in self.url for c in ' <>"{}|\\^`'):
            out.append((SCHEMA.url, URIRef(self.url)))
        return out


def html_to_document(html: str, where: str, doc_id: str | None = None) -> WebDocument:
    """The article in a web page as a document: its main text, paragraphs separated by blank lines.

    Raises InputError when the page has no article text.
    """
    import trafilatura

    found = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=True,
                                        include_images=False, favor_precision=True)  # a menu is no article
    text = getattr(found, "text", None) or ""
    paragraphs = [line.strip() for line in text.splitlines() if line.strip()]
    if not paragraphs:
        raise InputError(f"{where}: no article text found in the page; give the page of a news article, "
                         "or its text as a .txt file")

    def field(name: str) -> str:
        return " ".join(str(getattr(found, name, None) or "").split())

    return WebDocument(id=doc_id or where, text="\n\n".join(paragraphs) + "\n", source=where, title=field("title"),
                       date=field("date"), site=field("sitename"), url=field("url"))


def read_html_file(path: str | Path) -> WebDocument:
    """A web page file as a :class:`WebDocument` (InputError when it cannot be read or holds no article)."""
    where = str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise InputError(f"{where}: cannot be read ({exc.strerror or exc})") from exc
    return html_to_document(decode_bytes(data, where), where)
