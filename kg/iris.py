"""Entity and document IRIs: readable, stable names under a base.

An entity's IRI is ``BASE entity/`` and the :func:`slug` of its name (a class appended where two kinds of thing
share a name, :class:`IriMinter`); a document's is ``BASE doc/`` and its id. Does not import spaCy.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING
from urllib.parse import quote

from rdflib import URIRef

from .namespace import DEFAULT_BASE
from .schema import Schema, local_name

if TYPE_CHECKING:
    from .resolve import Entity

@lru_cache(maxsize=8192)  # names recur across documents; bounded, so memory stays flat
def slug(name: str) -> str:
    """A readable IRI path segment for a name: ASCII-folded, lower case, words joined by '-'.

    Characters with no ASCII form are percent-encoded, so the IRI is always valid.
    """
    if name.isascii():  # NFKD leaves ASCII as it is, and no ASCII character is a combining mark
        folded = name
    else:
        folded = unicodedata.normalize("NFKD", name)
        folded = "".join(c for c in folded if not unicodedata.combining(c))
    folded = re.sub(r"['’]s\b", "", folded.casefold())
    words = re.split(r"[^\w]+", folded)
    text = "-".join(w for w in words if w)
    text = quote(text, safe="-_")
    return text or "x" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:10]


def short_hash(*parts: object) -> str:
    """16 hex digits of the SHA-1 of ``parts`` (joined by a separator): the local name of a node minted from them."""
    return hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:16]



class IriMinter:
    """Stable, readable IRIs under a base: entities by name, documents by id.

    Shared by every graph of one build, so that one name is one IRI across documents: ``entity/`` and the name's
    :func:`slug`. Different kinds of thing with one name (classes neither of which is a sub-class of the other)
    clash: one of them gets the bare slug, and each other one the slug with its class appended (``apple`` and
    ``apple-product``). Which one does not depend on the order the names come in, when the minter is told every
    name first (:meth:`see`): the bare slug goes to the first of the name's classes in a fixed order, a class
    before its sub-classes, then by local name (``Organization`` before ``Person`` before ``Place`` before
    ``Product``); the classes related to that one share it. An IRI once given (or stored) is kept. A file build
    tells every name before it writes any document; a store build tells none, because it writes each document as
    soon as it is extracted (so that a killed build keeps what it wrote, and a slow feed lands): in a store, the
    class that comes first keeps the bare slug, in its build and the ones after.
    """

    def __init__(self, base: str = DEFAULT_BASE, schema: Schema | None = None):
        self.base = base if base.endswith(("/", "#")) else base + "/"
        self.schema = schema
        #: every entity IRI given (or stored), by its key after ``entity/``: the class it was first given to; for a
        #: bare slug, the class that holds it
        self.classes: dict[str, str] = {}
        #: the classes of the names told (:meth:`see`), by slug
        self.named: dict[str, set[str]] = {}

    def see(self, entities: Iterable[Entity]) -> None:
        """Be told names before their IRIs are asked for (objects with ``name`` and ``cls``, as a document's
        entities): a clash between them is then decided by the fixed class order, not by which comes first."""
        for e in entities:
            self.named.setdefault(slug(e.name), set()).add(e.cls)

    def _related(self, a: str, b: str) -> bool:
        return a == b or self.schema is None or self.schema.is_a(a, b) or self.schema.is_a(b, a)

    def _first(self, classes: set[str]) -> str:
        """The class that gets a clashing name's bare slug: of those with no super-class among ``classes``, the
        first by local name (then IRI)."""
        schema = self.schema
        top = [c for c in classes if schema is None or not any(o != c and schema.is_a(c, o) for o in classes)]
        return min(top, key=lambda c: (local_name(c), c))

    def _key(self, name: str, cls: str) -> tuple[str, str]:
        """(key after ``entity/``, the class holding the name's bare slug)."""
        key = slug(name)
        holder = self.classes.get(key)
        if holder is None:
            holder = self._first(self.named.get(key, set()) | {cls})
        if not self._related(cls, holder):
            return f"{key}-{slug(local_name(cls))}", holder
        return key, holder

    def peek(self, name: str, cls: str) -> URIRef:
        """The IRI :meth:`entity` would give, without giving it."""
        return URIRef(f"{self.base}entity/{self._key(name, cls)[0]}")

    def entity(self, name: str, cls: str) -> URIRef:
        key, holder = self._key(name, cls)
        self.classes.setdefault(key, holder if key == slug(name) else cls)
        return URIRef(f"{self.base}entity/{key}")

    def document(self, doc_id: str) -> URIRef:
        return URIRef(f"{self.base}doc/{quote(doc_id, safe='')}")


__all__ = ["IriMinter", "short_hash", "slug"]
