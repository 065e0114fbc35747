"""RDF: resolved documents to triples with provenance, the KnowledgeGraph object, reading and writing files.

The graph is an rdflib ``Graph`` on an Oxigraph store (oxrdflib), so rdflib is the API and SPARQL
is evaluated by Oxigraph. Does not import spaCy.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote

import pyoxigraph
from oxrdflib import OxigraphStore
from rdflib import RDF, RDFS, SKOS, XSD, Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.plugins.serializers.nt import _quoteLiteral

from .errors import GraphFileError, KGError
from .files import TempFile, atomic_write
from .extract.model import Evidence, Money
from .extract.money import format_value
from .namespace import DEFAULT_BASE, KG, PREFIXES
from .query import QueryResult, run_query, with_prefixes
from .resolve import DocumentGraph, Entity, Investment
from .schema import Schema, local_name

#: rdflib serializer names by file suffix.
FORMATS: dict[str, str] = {
    ".ttl": "turtle", ".turtle": "turtle", ".nt": "nt", ".ntriples": "nt", ".jsonld": "json-ld",
    ".json": "json-ld", ".trig": "trig", ".nq": "nquads", ".rdf": "xml", ".xml": "xml", ".owl": "xml",
}
QUAD_FORMATS = ("trig", "nquads")
#: Suffixes of the text kg builds graphs from (never read as a graph).
TEXT_INPUT_SUFFIXES = (".txt", ".md", ".jsonl", ".ndjson", ".html", ".htm")
#: Formats read by Oxigraph's parser (all of them); every graph of a quad format is merged into the default graph.
#: Oxigraph never fetches anything: a JSON-LD ``@context`` that is not inline is an error, not a request.
OX_FORMATS = {"turtle": pyoxigraph.RdfFormat.TURTLE, "nt": pyoxigraph.RdfFormat.N_TRIPLES,
              "trig": pyoxigraph.RdfFormat.TRIG, "nquads": pyoxigraph.RdfFormat.N_QUADS,
              "xml": pyoxigraph.RdfFormat.RDF_XML, "json-ld": pyoxigraph.RdfFormat.JSON_LD}
FORMAT_NAMES: dict[str, str] = {"ttl": "turtle", "turtle": "turtle", "nt": "nt", "ntriples": "nt",
                                "jsonld": "json-ld", "json-ld": "json-ld", "trig": "trig", "nquads": "nquads",
                                "xml": "xml", "rdfxml": "xml"}


def format_for(path: str | Path, fmt: str | None = None) -> str:
    """The rdflib format name for an explicit format or a file's suffix."""
    if fmt:
        try:
            return FORMAT_NAMES[fmt.lower()]
        except KeyError:
            raise GraphFileError(f"unknown RDF format {fmt!r}; choose one of: {', '.join(sorted(FORMAT_NAMES))}") from None
    suffix = Path(str(path)).suffix.lower()
    try:
        return FORMATS[suffix]
    except KeyError:
        raise GraphFileError(
            f"cannot tell the RDF format of {str(path)!r} from its suffix; use one of "
            f"{', '.join(sorted(FORMATS))} or give --format"
        ) from None


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


def _hash(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:16]


def new_graph() -> Graph:
    """An empty rdflib Graph whose triples live in the default graph of an in-memory Oxigraph store."""
    g = Graph(store=OxigraphStore(), identifier=DATASET_DEFAULT_GRAPH_ID)
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True)
    return g


def ox_store(graph: Graph) -> pyoxigraph.Store | None:
    """The pyoxigraph Store under an Oxigraph-backed rdflib Graph (for native updates and loads), else None."""
    store = graph.store
    return store._inner if isinstance(store, OxigraphStore) else None


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


#: A triple as N-Triples terms ('<iri>', '"literal"', '"5"^^<datatype>'), as :func:`document_triples` gives them.
NTriple = tuple[str, str, str]

#: rdf:type, rdfs:label and skos:altLabel as N-Triples terms
NT_TYPE, NT_LABEL, NT_ALT_LABEL = f"<{RDF.type}>", f"<{RDFS.label}>", f"<{SKOS.altLabel}>"
_RDF_SUBJECT, _RDF_PREDICATE, _RDF_OBJECT = f"<{RDF.subject}>", f"<{RDF.predicate}>", f"<{RDF.object}>"
_KG = {name: f"<{getattr(KG, name)}>" for name in (
    "Document", "contentHash", "source", "mentionedIn", "Evidence", "document", "sentence", "start", "end", "rule",
    "confidence", "Investment", "investor", "amount", "targetText", "target", "investsIn", "period", "evidence",
    "MonetaryAmount", "value", "currency", "qualifier", "equivalentAmount")}
_INTEGER = f"^^<{XSD.integer}>"


def nt_literal(text: str) -> str:
    """A plain literal in N-Triples, escaped exactly as rdflib's N-Triples serializer does."""
    return '"' + text.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"').replace("\r", "\\r") + '"'


_NT_ESCAPES = {"n": "\n", "r": "\r", '"': '"', "\\": "\\"}


def nt_literal_text(literal: str) -> str:
    """The text of a plain N-Triples literal written by :func:`nt_literal` (its inverse)."""
    body = literal[1:-1]
    return re.sub(r"\\(.)", lambda m: _NT_ESCAPES[m.group(1)], body) if "\\" in body else body


def nt_term(term) -> str:
    """An rdflib term in N-Triples, as rdflib's N-Triples serializer writes it (plain literals plain)."""
    if isinstance(term, Literal):
        return _quoteLiteral(_plain(term))
    return term.n3()


@lru_cache(maxsize=1024)
def _decimal(text: str, from_decimal: bool) -> str:
    """An xsd:decimal literal (rdflib decides the lexical form, as KnowledgeGraph writes it)."""
    value = Decimal(text) if from_decimal else text
    return _quoteLiteral(Literal(value, datatype=XSD.decimal))


def _int_literal(n: int) -> str:
    return f'"{n}"{_INTEGER}' if type(n) is int else nt_term(Literal(n))


def document_triples(dg: DocumentGraph, minter: IriMinter) -> list[NTriple]:
    """One document's triples as N-Triples terms: exactly what ``KnowledgeGraph.add_document`` adds to an empty
    graph (each triple once, in the order first added), without building an rdflib graph.

    ``minter`` mints the IRIs (an :class:`IriMinter`, or anything with ``entity``, ``document`` and ``base``).
    Streamed N-Triples files and stores are written from this; tests check it against ``add_document``.
    """
    out: dict[NTriple, None] = {}
    add = out.setdefault
    base = minter.base
    doc = str(minter.document(dg.document.id))
    d = f"<{doc}>"
    add((d, NT_TYPE, _KG["Document"]))
    add((d, NT_LABEL, nt_literal(dg.document.id)))
    add((d, _KG["contentHash"], nt_literal(dg.document.content_hash)))
    if dg.document.source:
        add((d, _KG["source"], nt_literal(dg.document.source)))
    for p, o in getattr(dg.document, "metadata", ()):  # a web page's title, date, site, URL (kg.html)
        add((d, f"<{p}>", nt_term(o)))
    iris: list[str] = []
    labels: dict[str, str] = {}  # entity IRI -> its rdfs:label (one per IRI)
    mentioned = _KG["mentionedIn"]
    for e in dg.entities:
        iri = str(minter.entity(e.name, e.cls))
        iris.append(iri)
        i = f"<{iri}>"
        add((i, NT_TYPE, f"<{e.cls}>"))
        name = nt_literal(e.name)
        label = labels.get(i)
        if label is None:
            labels[i] = label = name
            add((i, NT_LABEL, name))
        elif label != name:
            add((i, NT_ALT_LABEL, name))
        for alias in e.aliases:
            a = nt_literal(alias)
            if a != label:
                add((i, NT_ALT_LABEL, a))
        add((i, mentioned, d))

    def evidence(ev: Evidence, subject: str, predicate: str, obj: str) -> str:
        node = f"<{base}evidence/{_hash(doc, subject, predicate, obj, ev.start, ev.rule)}>"
        add((node, NT_TYPE, _KG["Evidence"]))
        add((node, _RDF_SUBJECT, f"<{subject}>"))
        add((node, _RDF_PREDICATE, f"<{predicate}>"))
        add((node, _RDF_OBJECT, f"<{obj}>"))
        add((node, _KG["document"], d))
        add((node, _KG["sentence"], nt_literal(ev.sentence)))
        add((node, _KG["start"], _int_literal(ev.start)))
        add((node, _KG["end"], _int_literal(ev.end)))
        add((node, _KG["rule"], nt_literal(ev.rule)))
        add((node, _KG["confidence"], _decimal(str(ev.confidence), True)))
        return node

    def amount(money: Money, node: str) -> str:
        n = f"<{node}>"
        add((n, NT_TYPE, _KG["MonetaryAmount"]))
        add((n, _KG["value"], _decimal(format_value(money.value), False)))
        add((n, _KG["currency"], nt_literal(money.currency)))
        if money.qualifier:
            add((n, _KG["qualifier"], nt_literal(money.qualifier)))
        add((n, NT_LABEL, nt_literal(f"{format_value(money.value)} {money.currency}")))
        if money.equivalent is not None:
            eq = amount(money.equivalent, f"{node}-{money.equivalent.currency.lower()}")
            add((n, _KG["equivalentAmount"], eq))
        return n

    for f in dg.facts:
        s, o = iris[f.subject], iris[f.object]
        add((f"<{s}>", f"<{f.predicate}>", f"<{o}>"))
        evidence(f.evidence, s, f.predicate, o)
    invests_in = str(KG.investsIn)
    for inv in dg.investments:
        investor = iris[inv.investor]
        raw = f"{base}investment/{investment_key(doc, investor, inv, iris)}"
        node = f"<{raw}>"
        add((node, NT_TYPE, _KG["Investment"]))
        add((node, _KG["investor"], f"<{investor}>"))
        add((node, _KG["amount"], amount(inv.amount, f"{raw}/amount")))
        label = f"{dg.entities[inv.investor].name} invests {format_value(inv.amount.value)} {inv.amount.currency}"
        add((node, NT_LABEL, nt_literal(label)))
        if inv.target_text:
            add((node, _KG["targetText"], nt_literal(inv.target_text)))
        if inv.target is not None:
            target = iris[inv.target]
            add((node, _KG["target"], f"<{target}>"))
            add((f"<{investor}>", _KG["investsIn"], f"<{target}>"))
            evidence(inv.evidence, investor, invests_in, target)
        if inv.period:
            add((node, _KG["period"], nt_literal(inv.period)))
        add((node, _KG["evidence"], evidence(inv.evidence, raw, str(KG.investor), investor)))
    return list(out)


def investment_key(doc: str, investor: str, inv: Investment, iris: Mapping[int, str]) -> str:
    """The local name of an investment's node: one deal of a document (investor, amount, target) is one
    node, however often the text tells of it (a headline and the body)."""
    target = iris[inv.target] if inv.target is not None else ""
    return _hash(doc, investor, inv.amount.value, inv.amount.currency, target)


def ntriples_text(triples: Iterable[NTriple]) -> str:
    """N-Triples lines of triples given as N-Triples terms."""
    return "".join(f"{s} {p} {o} .\n" for s, p, o in triples)


class KnowledgeGraph:
    """A knowledge graph: an rdflib Graph (Oxigraph store) plus the methods kg users need.

    ``graph`` is the rdflib Graph underneath, for anything this class does not offer.
    """

    def __init__(self, graph: Graph | None = None, base: str = DEFAULT_BASE, schema: Schema | None = None,
                 minter: IriMinter | None = None):
        self.graph = graph if graph is not None else new_graph()
        self.iris = minter if minter is not None else IriMinter(base, schema)
        self.base = self.iris.base
        for prefix, ns in PREFIXES.items():  # written files say kg:Person, not ns1:Person
            self.graph.bind(prefix, ns, override=True)
        self.graph.bind("kgr", self.base, override=True)
        self.schema = schema
        self.documents = 0

    # -- building --------------------------------------------------------------------------
    def entity_iri(self, name: str, cls: str) -> URIRef:
        """Stable IRI of an entity (see :class:`IriMinter`)."""
        return self.iris.entity(name, cls)

    def document_iri(self, doc_id: str) -> URIRef:
        return self.iris.document(doc_id)

    def _evidence(self, ev: Evidence, doc: URIRef, subject: URIRef, predicate: URIRef, obj: URIRef) -> URIRef:
        g = self.graph
        node = URIRef(f"{self.base}evidence/{_hash(doc, subject, predicate, obj, ev.start, ev.rule)}")
        g.add((node, RDF.type, KG.Evidence))
        g.add((node, RDF.subject, subject))
        g.add((node, RDF.predicate, predicate))
        g.add((node, RDF.object, obj))
        g.add((node, KG.document, doc))
        g.add((node, KG.sentence, Literal(ev.sentence)))
        g.add((node, KG.start, Literal(ev.start)))
        g.add((node, KG.end, Literal(ev.end)))
        g.add((node, KG.rule, Literal(ev.rule)))
        g.add((node, KG.confidence, Literal(Decimal(str(ev.confidence)), datatype=XSD.decimal)))
        return node

    def _amount(self, money: Money, node: URIRef) -> URIRef:
        g = self.graph
        g.add((node, RDF.type, KG.MonetaryAmount))
        g.add((node, KG.value, Literal(format_value(money.value), datatype=XSD.decimal)))
        g.add((node, KG.currency, Literal(money.currency)))
        if money.qualifier:
            g.add((node, KG.qualifier, Literal(money.qualifier)))
        g.add((node, RDFS.label, Literal(f"{format_value(money.value)} {money.currency}")))
        if money.equivalent is not None:
            g.add((node, KG.equivalentAmount, self._amount(money.equivalent, URIRef(f"{node}-{money.equivalent.currency.lower()}"))))
        return node

    def add_document(self, dg: DocumentGraph) -> None:
        """Add one resolved document: its node, entities, facts with evidence, investments."""
        g = self.graph
        doc = self.document_iri(dg.document.id)
        g.add((doc, RDF.type, KG.Document))
        g.add((doc, RDFS.label, Literal(dg.document.id)))
        g.add((doc, KG.contentHash, Literal(dg.document.content_hash)))
        if dg.document.source:
            g.add((doc, KG.source, Literal(dg.document.source)))
        for p, o in getattr(dg.document, "metadata", ()):  # a web page's title, date, site, URL (kg.html)
            g.add((doc, p, o))
        iris: list[URIRef] = []
        for e in dg.entities:
            iri = self.entity_iri(e.name, e.cls)
            iris.append(iri)
            g.add((iri, RDF.type, URIRef(e.cls)))
            if (iri, RDFS.label, None) not in g:
                g.add((iri, RDFS.label, Literal(e.name)))
            elif (iri, RDFS.label, Literal(e.name)) not in g:
                g.add((iri, SKOS.altLabel, Literal(e.name)))
            for alias in e.aliases:
                if (iri, RDFS.label, Literal(alias)) not in g:
                    g.add((iri, SKOS.altLabel, Literal(alias)))
            g.add((iri, KG.mentionedIn, doc))
        for f in dg.facts:
            s, p, o = iris[f.subject], URIRef(f.predicate), iris[f.object]
            g.add((s, p, o))
            self._evidence(f.evidence, doc, s, p, o)
        for inv in dg.investments:
            investor = iris[inv.investor]
            node = URIRef(f"{self.base}investment/{investment_key(doc, investor, inv, iris)}")
            g.add((node, RDF.type, KG.Investment))
            g.add((node, KG.investor, investor))
            g.add((node, KG.amount, self._amount(inv.amount, URIRef(f"{node}/amount"))))
            label = f"{dg.entities[inv.investor].name} invests {format_value(inv.amount.value)} {inv.amount.currency}"
            g.add((node, RDFS.label, Literal(label)))
            if inv.target_text:
                g.add((node, KG.targetText, Literal(inv.target_text)))
            if inv.target is not None:
                g.add((node, KG.target, iris[inv.target]))
                g.add((investor, KG.investsIn, iris[inv.target]))
                self._evidence(inv.evidence, doc, investor, KG.investsIn, iris[inv.target])
            if inv.period:
                g.add((node, KG.period, Literal(inv.period)))
            g.add((node, KG.evidence, self._evidence(inv.evidence, doc, node, KG.investor, investor)))
        self.documents += 1

    # -- reading ---------------------------------------------------------------------------
    def query(self, sparql: str, *, allow_service: bool = False) -> QueryResult:
        """Answer a SPARQL query (kg, rdf, rdfs, owl, xsd, skos, schema, prov prefixes pre-bound); SERVICE only with
        ``allow_service`` (see :func:`kg.query.run_query`)."""
        return run_query(self.graph, sparql, allow_service=allow_service)

    def stats(self) -> dict[str, int]:
        """Counts of documents, entities, facts (entity-to-entity triples) and triples."""
        r = self.query("""
            SELECT (COUNT(DISTINCT ?d) AS ?docs) WHERE { ?d a kg:Document }""")
        docs = int(r.rows[0][0]) if r.rows else 0
        ents = self.query("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e kg:mentionedIn ?d }").rows[0][0]
        facts = self.query("SELECT (COUNT(*) AS ?n) WHERE { ?ev a kg:Evidence ; rdf:subject ?s ; rdf:predicate ?p . "
                           "FILTER(?p != kg:investor) }").rows[0][0]
        distinct = self.query("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?ev a kg:Evidence ; "
                              "rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o . FILTER(?p != kg:investor) } }").rows[0][0]
        return {"documents": docs, "entities": int(ents), "facts": int(distinct), "evidence": int(facts),
                "triples": len(self.graph)}

    def __len__(self) -> int:
        return len(self.graph)

    # -- files -----------------------------------------------------------------------------
    def serialize(self, path: str | Path | None = None, format: str | None = None) -> str | None:
        """Write the graph to ``path`` atomically (format from ``format`` or the suffix), or return it as text."""
        if path is None:
            fmt = format_for("x.ttl", format)
            return _for_writing(self.graph, fmt).serialize(format=fmt)
        return write_graph(self.graph, path, format)

    @classmethod
    def load(cls, path: str | Path, format: str | None = None, base: str = DEFAULT_BASE) -> KnowledgeGraph:
        return cls(read_graph(path, format), base=base)


def _plain(term):
    """Oxigraph stores plain literals as xsd:string; write them plain, as RDF 1.1 allows."""
    if isinstance(term, Literal) and term.datatype == XSD.string:
        return Literal(str(term))
    return term


def _for_writing(graph: Graph, fmt: str) -> Graph:
    """An in-memory copy for the serializer: plain literals, and for quad formats the default graph of a Dataset."""
    out: Graph = Dataset() if fmt in QUAD_FORMATS else Graph()
    for prefix, ns in graph.namespaces():
        out.bind(prefix, ns, override=True)
    target = out.default_graph if isinstance(out, Dataset) else out
    for s, p, o in graph:
        target.add((s, p, _plain(o)))
    return out


def write_graph(graph: Graph, path: str | Path, format: str | None = None) -> None:
    """Serialize atomically: write a temporary file beside the target, then rename it over the target."""
    fmt = format_for(path, format)
    with atomic_write(path, binary=True, error=GraphFileError) as fh:
        _for_writing(graph, fmt).serialize(destination=fh, format=fmt, encoding="utf-8")


#: Formats written a document at a time (concatenated chunks are one valid file); others are written at the end.
STREAMED_FORMATS = ("nt", "turtle", "trig", "nquads")


class GraphWriter:
    """Writes documents' triples to a graph file as they come, so memory stays flat in the number of documents.

    The file is written to a temporary file beside the target and renamed over it by ``close()``;
    leaving the ``with`` block by an exception removes the temporary file and keeps the old target.
    Formats that cannot be written in pieces (JSON-LD, RDF/XML) are collected in memory and written
    at the end. A triple shared by several documents (an entity's type and label) may be written more
    than once; RDF graphs are sets, so readers see it once.
    """

    def __init__(self, path: str | Path, format: str | None = None, base: str = DEFAULT_BASE,
                 schema: Schema | None = None):
        self.fmt = format_for(path, format)
        self.target = Path(path)
        self.iris = IriMinter(base, schema)
        self.schema = schema
        self.triples = 0
        self.check: Callable[[Path], None] | None = None
        self._whole = None if self.fmt in STREAMED_FORMATS else KnowledgeGraph(Graph(), schema=schema, minter=self.iris)
        self._temp = TempFile(self.target, error=GraphFileError)
        self._fh = self._temp.fh

    def add_document(self, dg: DocumentGraph) -> KnowledgeGraph | None:
        """Add one document; returns the graph it went into (None for N-Triples, written without a graph)."""
        if self._whole is not None:
            before = len(self._whole)
            self._whole.add_document(dg)
            self.triples += len(self._whole) - before
            return self._whole
        if self.fmt == "nt":  # one line a triple, made directly: no rdflib graph
            triples = document_triples(dg, self.iris)
            self._fh.write(ntriples_text(triples).encode("utf-8"))
            self.triples += len(triples)
            return None
        kg = KnowledgeGraph(Graph(), schema=self.schema, minter=self.iris)
        kg.add_document(dg)
        _for_writing(kg.graph, self.fmt).serialize(destination=self._fh, format=self.fmt, encoding="utf-8")
        self.triples += len(kg)
        return kg

    def close(self, check: Callable[[Path], None] | None = None) -> None:
        """Finish the file and move it over the target; ``check(temporary_path)`` may veto by raising."""
        try:
            if self._whole is not None:
                _for_writing(self._whole.graph, self.fmt).serialize(destination=self._fh, format=self.fmt,
                                                                    encoding="utf-8")
            self._fh.flush()
        except OSError as exc:
            raise self._temp.fail(exc) from None
        if check is not None:
            try:
                check(self._temp.path)
            except BaseException:
                self.abort()
                raise
        self._temp.commit()

    def abort(self) -> None:
        self._temp.discard()

    def __enter__(self) -> GraphWriter:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.close(self.check)
        elif isinstance(exc, OSError):  # writing failed (a full disk): one line, no temporary file left
            raise self._temp.fail(exc) from None
        else:
            self.abort()


def read_graph(path: str | Path, format: str | None = None) -> Graph:
    """Read an RDF file into an Oxigraph-backed rdflib Graph.

    Reading touches nothing but the file: a JSON-LD ``@context`` given by URL (``http:``, ``file:``) is not
    fetched (GraphFileError), XML external entities are not read, and RDF/XML whose entities expand past
    expat's amplification limit (a "billion laughs") is refused before Oxigraph, which expands entities, sees it.
    """
    p = Path(path)
    if not p.is_file():
        raise GraphFileError(f"{str(p)!r}: no such file; give a graph written by 'kg build'")
    if format is None and p.suffix.lower() in TEXT_INPUT_SUFFIXES:
        raise GraphFileError(f"{str(p)!r} is text, not a graph; build a graph from it first: "
                             f"kg build {p} -o graph.ttl, then use graph.ttl")
    if format is None and p.suffix.lower() not in FORMATS:
        raise GraphFileError(f"cannot tell the RDF format of {str(p)!r} from its suffix; give a graph file "
                             f"ending in one of {', '.join(sorted(FORMATS))}, as 'kg build -o' writes")
    fmt = format_for(p, format)
    g = new_graph()
    if fmt == "xml":
        _check_xml_entities(p)
    try:
        store = ox_store(g)
        assert store is not None
        store.bulk_load(path=str(p), format=OX_FORMATS[fmt], to_graph=pyoxigraph.DefaultGraph())
    except Exception as exc:  # parsers raise many exception types
        msg = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        if "LoadDocumentCallback" in msg:
            msg = ("its @context is given by a URL or file name, and kg never fetches or opens one while reading "
                   "a graph; put the context inline in the file")
        raise GraphFileError(f"cannot parse {str(p)!r} as {fmt}: {msg}") from exc
    return g


def drop_low_confidence(graph: Graph, min_confidence: float) -> None:
    """Remove from ``graph`` every fact (and investment) whose evidence all has a ``kg:confidence`` below
    ``min_confidence``, with that evidence; entities stay. Changes ``graph`` in place: give it a copy of a store."""
    if not 0 <= min_confidence <= 1:
        raise KGError(f"a minimum confidence is between 0 and 1, not {min_confidence:g}")
    x = f'"{min_confidence}"^^xsd:decimal'
    unsure = "?ev kg:confidence ?c . FILTER(?c < %s)" % x
    for update in (
        # facts none of whose evidence reaches the threshold
        f"""DELETE {{ ?s ?p ?o }} WHERE {{
              ?ev a kg:Evidence ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o . {unsure}
              FILTER NOT EXISTS {{ ?sure rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kg:confidence ?k .
                                   FILTER(?k >= {x}) }} }}""",
        # investments none of whose evidence reaches it: the investment and its amounts
        f"""DELETE {{ ?i ?p ?o . ?a ?ap ?ao . ?e ?ep ?eo }} WHERE {{
              ?i a kg:Investment ; kg:evidence ?ev . {unsure}
              FILTER NOT EXISTS {{ ?i kg:evidence ?sure . ?sure kg:confidence ?k . FILTER(?k >= {x}) }}
              ?i ?p ?o .
              OPTIONAL {{ ?i kg:amount ?a . ?a ?ap ?ao }}
              OPTIONAL {{ ?i kg:amount/kg:equivalentAmount ?e . ?e ?ep ?eo }} }}""",
        # the evidence below it
        f"""DELETE {{ ?ev ?p ?o . ?x ?q ?ev }} WHERE {{ ?ev a kg:Evidence . {unsure} ?ev ?p ?o .
              OPTIONAL {{ ?x ?q ?ev }} }}""",
    ):
        graph.update(with_prefixes(update)[0])


def _check_xml_entities(path: Path) -> None:
    """Refuse XML whose entity declarations expand too far (expat's "billion laughs" protection: past 8 MiB,
    at most 100 times the input). expat reads no external entity; its other errors are left to the RDF/XML parser."""
    import xml.parsers.expat as expat

    if expat.version_info < (2, 4, 0):  # no amplification limit in this expat: no entity may use another one
        with path.open("rb") as fh:
            head = fh.read(1 << 20)
        if re.search(rb"<!ENTITY[^>]*&", head):
            raise GraphFileError(f"cannot parse {str(path)!r} as xml: an XML entity in it refers to another one, "
                                 "which kg does not read (this Python's expat cannot limit their expansion)")
    parser = expat.ParserCreate()
    try:
        with path.open("rb") as fh:
            parser.ParseFile(fh)
    except expat.ExpatError as exc:
        if "amplification" in str(exc):
            raise GraphFileError(f"cannot parse {str(path)!r} as xml: its XML entities expand far past the file's "
                                 f"size ({exc}); kg does not read such files") from None
    except OSError as exc:
        raise GraphFileError(f"cannot read {str(path)!r}: {exc.strerror or exc}") from None


def merge(graphs: Iterable[Graph]) -> Graph:
    out = new_graph()
    for g in graphs:
        for t in g:
            out.add(t)
    return out
