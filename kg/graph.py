"""The in-memory knowledge graph: :class:`KnowledgeGraph`, an rdflib Graph on Oxigraph with what kg users need.

Documents go in through the one mapping (:mod:`kg.mapping`); files are read and written by :mod:`kg.formats`.
The names other modules used to import from here (formats, IRIs, N-Triples terms) are re-exported. Does not
import spaCy.
"""

from __future__ import annotations

from pathlib import Path

from rdflib import RDFS, Graph, URIRef

from .errors import KGError
from .formats import (
    FORMAT_NAMES,
    FORMATS,
    OX_FORMATS,
    QUAD_FORMATS,
    STREAMED_FORMATS,
    TEXT_INPUT_SUFFIXES,
    for_writing,
    format_for,
    read_graph,
    write_graph,
)
from .iris import IriMinter, slug
from .mapping import document_triples
from .namespace import DEFAULT_BASE, PREFIXES
from .ntriples import NT_ALT_LABEL, NT_LABEL, NT_TYPE, NTriple, nt_literal, nt_literal_text, nt_term, ntriples_text
from .oxgraph import add_ntriples, merge, new_graph, ox_store
from .query import QueryResult, run_query
from .resolve import DocumentGraph
from .schema import Schema
from .sparql import with_prefixes


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

    def add_document(self, dg: DocumentGraph) -> None:
        """Add one resolved document (:func:`kg.mapping.document_triples`): its node, entities, facts with evidence,
        investments. A name of an entity that has a label in the graph already becomes an alias."""
        add_ntriples(self.graph, ntriples_text(document_triples(dg, self.iris, self._labels)))
        self.documents += 1

    def _labels(self, iri: str) -> list[str]:
        """The rdfs:labels the entity ``<iri>`` has in the graph, as N-Triples terms."""
        return [nt_term(o) for o in self.graph.objects(URIRef(iri[1:-1]), RDFS.label)]

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
                              "rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o . FILTER(?p != kg:investor) } }"
                              ).rows[0][0]
        return {"documents": docs, "entities": int(ents), "facts": int(distinct), "evidence": int(facts),
                "triples": len(self.graph)}

    def __len__(self) -> int:
        return len(self.graph)

    # -- files -----------------------------------------------------------------------------
    def serialize(self, path: str | Path | None = None, format: str | None = None) -> str | None:
        """Write the graph to ``path`` atomically (format from ``format`` or the suffix), or return it as text."""
        if path is None:
            fmt = format_for("x.ttl", format)
            return for_writing(self.graph, fmt).serialize(format=fmt)
        write_graph(self.graph, path, format)
        return None

    @classmethod
    def load(cls, path: str | Path, format: str | None = None, base: str = DEFAULT_BASE) -> KnowledgeGraph:
        return cls(read_graph(path, format), base=base)


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


__all__ = ["FORMATS", "FORMAT_NAMES", "IriMinter", "KnowledgeGraph", "NTriple", "NT_ALT_LABEL", "NT_LABEL", "NT_TYPE",
           "OX_FORMATS", "QUAD_FORMATS", "STREAMED_FORMATS", "TEXT_INPUT_SUFFIXES", "document_triples",
           "drop_low_confidence", "format_for", "merge", "new_graph", "nt_literal", "nt_literal_text", "nt_term",
           "ntriples_text", "ox_store", "read_graph", "slug", "write_graph"]
