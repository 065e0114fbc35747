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
    ``Product``); the classes related to that one share it. A file build tells every name before it writes any
    document. A store build writes each document as soon as it is extracted (so that a killed build keeps what it
    wrote, and a slow feed lands): it tells each document's names after giving their IRIs, and at its end
    :meth:`settle` says which IRIs given in the build the class order gives otherwise, and the build renames them
    in the store, so that one build gives the same IRIs whatever the order of its documents. An IRI stored before
    the build is kept: in a store, the class of a name's first build keeps the bare slug in the builds after.
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
        return self._of(key, cls, holder), holder

    def _of(self, key: str, cls: str, holder: str) -> str:
        """The key of class ``cls`` for a name's bare slug ``key`` held by class ``holder``."""
        return key if self._related(cls, holder) else f"{key}-{slug(local_name(cls))}"

    def settle(self, kept: Iterable[str] = ()) -> dict[str, str]:
        """The entity IRIs given before their names were told (a store build's) that the class order gives otherwise.

        For every name told (:meth:`see`) whose bare slug was given: the keys (after ``entity/``) its classes were
        given, and the keys they get when the bare slug goes to the first class in the fixed order, as
        ``{given: settled}`` for those that differ; :attr:`classes` is changed to match. A name none of whose keys
        is in ``kept`` (the keys stored before the build) is settled; one whose keys the order would split where
        they were given as one (with classes sharing a super-class, a class related to both) is left as given.
        """
        kept = set(kept)
        moves: dict[str, str] = {}
        for key, told in self.named.items():
            holder = self.classes.get(key)
            if holder is None or key in kept:
                continue
            first = self._first(told | {holder})
            if first == holder:
                continue
            pairs = {(self._of(key, c, holder), self._of(key, c, first)) for c in told | {holder}}
            given = {g for g, _ in pairs}
            if len(given) < len(pairs) or (given | {s for _, s in pairs}) & kept:
                continue  # one IRI the order would split, or a stored IRI: kept as given
            for g, _ in pairs:
                self.classes.pop(g, None)
            for c in sorted(told | {holder}):
                k = self._of(key, c, first)
                self.classes.setdefault(k, first if k == key else c)
            moves.update((g, s) for g, s in pairs if g != s)
        return moves

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
