"""The HTML pages of ``kg serve`` (query page, resource pages), rendered from the Jinja2 templates in
``kg/templates/serve`` (autoescape on): this module says what is on a page, the templates how it looks."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlencode

import pyoxigraph as ox
from rdflib import URIRef

from ..errors import ServeError
from ..query import short_name
from ..sparql import PREFIXES
from ..templating import render_template
from .answer import Answer

#: the query page's example questions: (question, SPARQL)
EXAMPLES = [
    ("Who is the CEO of which organization?",
     "SELECT ?person ?organization WHERE {\n  ?p kg:ceoOf ?o .\n  ?p rdfs:label ?person .\n"
     "  ?o rdfs:label ?organization .\n}\nORDER BY ?organization"),
    ("How many entities of each class?",
     "SELECT ?class (COUNT(DISTINCT ?e) AS ?entities) WHERE {\n  ?e kg:mentionedIn ?doc ; a ?class .\n}\n"
     "GROUP BY ?class\nORDER BY DESC(?entities)"),
    ("Who invests how much, in what?",
     "SELECT ?investor ?value ?currency ?target WHERE {\n  ?inv a kg:Investment ; kg:investor/rdfs:label ?investor ;\n"
     "       kg:amount [ kg:value ?value ; kg:currency ?currency ] .\n  OPTIONAL { ?inv kg:targetText ?target }\n}"),
    ("Every fact with the sentence it was read from",
     "SELECT ?subject ?relation ?object ?sentence WHERE {\n  ?ev a kg:Evidence ; rdf:subject/rdfs:label ?subject ;\n"
     "      rdf:predicate ?p ; rdf:object/rdfs:label ?object ; kg:sentence ?sentence .\n"
     "  BIND(STRAFTER(STR(?p), \"#\") AS ?relation)\n}\nLIMIT 100"),
    ("Is anyone both a founder and a CEO?", "ASK { ?p kg:founderOf ?a ; kg:ceoOf ?b }"),
]
#: the Content-Security-Policy of the pages: their own inline style, frames and forms of this server, nothing else
CSP = ("default-src 'none'; style-src 'unsafe-inline'; frame-src 'self'; form-action 'self'; base-uri 'none'; "
       "img-src data:; frame-ancestors 'self'")
#: an IRI that can be a path of this server and be put in a query as <...>
SAFE_IRI = re.compile(r"[^\x00-\x20<>\"{}|^`\\]+")
_RDF = PREFIXES["rdf"]
_RDFS = PREFIXES["rdfs"]
_SKOS = PREFIXES["skos"]
_NAMES = (_RDFS + "label", _SKOS + "altLabel")
_JSON = ox.QueryResultsFormat.JSON
#: a row of a SELECT answer, by variable name (unbound: None)
Row = Any


def value(t: Any) -> str | None:
    """The lexical value of a term (a triple term: its N-Triples text; None for none)."""
    if t is None:
        return None
    text = getattr(t, "value", None)
    return text if isinstance(text, str) else str(t)


def solutions(answer: Answer) -> tuple[list[str], list[Row]]:
    """The variables and rows of a SELECT answer in SPARQL JSON (read by Oxigraph's parser)."""
    result = ox.parse_query_results(answer.body, format=_JSON)
    if not isinstance(result, ox.QuerySolutions):
        raise ServeError("expected the solutions of a SELECT query, got a boolean")
    return [v.value for v in result.variables], list(result)


class Pages:
    """The pages of one served graph: IRIs under ``base`` link to their pages here; ``labels`` names ontology terms."""

    def __init__(self, base: str, labels: dict[str, str]):
        self.base = base
        self.labels = labels

    def local(self, iri: str) -> str | None:
        """The server path of an IRI under the base, else None."""
        if iri.startswith(self.base) and len(iri) > len(self.base) and SAFE_IRI.fullmatch(iri):
            return "/" + iri[len(self.base):]
        return None

    def term(self, t: Any, label: str | None = None) -> dict[str, Any]:
        """What the template shows of a term (see ``serve/terms.html``); ``label`` names an IRI."""
        if isinstance(t, ox.NamedNode):
            local = self.local(t.value)
            if local is None:
                return {"kind": "iri", "iri": t.value, "text": label or self.labels.get(t.value)
                        or short_name(URIRef(t.value))}
            return {"kind": "link", "href": local, "text": label or t.value[len(self.base):]}
        if isinstance(t, ox.BlankNode):
            return {"kind": "bnode", "text": t.value}
        if isinstance(t, ox.Triple):
            return {"kind": "triple", "parts": [self.term(t.subject), self.term(t.predicate), self.term(t.object)]}
        return {"kind": "literal", "text": t.value, "lang": t.language}

    def home(self, *, triples: int, query: str | None, answer: Answer | None, error: str | None,
             max_rows: int) -> str:
        """The query page; with the answer to ``query`` (or the error it gave)."""
        context: dict[str, Any] = {"asked": bool(query), "error": error, "kind": None, "truncated": False}
        if answer is not None:
            context.update(kind=answer.kind, truncated=answer.truncated)
            if answer.kind == "SELECT":
                names, rows = solutions(answer)
                context.update(names=names, rows=[[None if row[n] is None else self.term(row[n]) for n in names]
                                                  for row in rows])
            elif answer.kind == "ASK":
                context["answer"] = bool(ox.parse_query_results(answer.body, format=_JSON))
            else:
                context["text"] = answer.body.decode("utf-8")
        return render_template("serve/home.html", title="kg: query the knowledge graph", triples=int(triples),
                               prefixes=", ".join(PREFIXES), query=query or EXAMPLES[0][1], max_rows=max_rows,
                               examples=[(title, "/?" + urlencode({"query": q})) for title, q in EXAMPLES], **context)

    def resource(self, iri: str, out_rows: list[Row], in_rows: list[Row], evidence: list[Row]) -> str:
        """A resource's page, from its facts (``?p ?o ?ol``), the facts pointing to it (``?s ?p ?sl``) and their
        evidence (``?s ?sl ?p ?o ?ol ?sentence ?doc ?dl ?rule ?confidence``); ``?xl``: the label of ``?x``."""
        names = [value(r["o"]) for r in out_rows if r["p"].value in _NAMES]
        types = [r["o"] for r in out_rows if r["p"].value == _RDF + "type"]
        shown = [r for r in out_rows if r["p"].value not in _NAMES + (_RDF + "type",)]
        evidence_items = []
        for r in evidence:
            meta = [("document", self.term(r["doc"], value(r["dl"]))) if r["doc"] is not None else None,
                    ("rule", value(r["rule"])) if r["rule"] is not None else None,
                    ("confidence", value(r["confidence"])) if r["confidence"] is not None else None]
            evidence_items.append({"s": self.term(r["s"], value(r["sl"])), "p": self.term(r["p"]),
                                   "o": self.term(r["o"], value(r["ol"])), "sentence": value(r["sentence"]),
                                   "meta": [m for m in meta if m]})
        neighbours: dict[str, str | None] = {}
        for r in out_rows:
            if isinstance(r["o"], ox.NamedNode) and self.local(r["o"].value) and r["p"].value != _RDF + "type":
                neighbours.setdefault(r["o"].value, value(r["ol"]))
        for r in in_rows:
            if isinstance(r["s"], ox.NamedNode) and self.local(r["s"].value):
                neighbours.setdefault(r["s"].value, value(r["sl"]))
        title = names[0] if names else iri.rsplit("/", 1)[-1]
        return render_template(
            "serve/resource.html", title=f"{title} · kg", heading=title, iri=iri, local=self.local(iri) or "",
            names=", ".join(dict.fromkeys(n for n in names if n is not None)), types=[self.term(t) for t in types],
            out_facts=[(self.term(r["p"]), self.term(r["o"], value(r["ol"]))) for r in shown],
            in_facts=[(self.term(r["p"]), self.term(r["s"], value(r["sl"])))
                      for r in in_rows if r["p"].value not in _NAMES + (_RDF + "type",)],
            evidence=evidence_items,
            neighbours=[self.term(ox.NamedNode(n), label) for n, label in neighbours.items()])

    def not_found(self, iri: str) -> str:
        """The page of a resource the graph does not have."""
        return render_template("serve/not_found.html", title="not found", iri=iri)


__all__ = ["CSP", "EXAMPLES", "SAFE_IRI", "Pages", "solutions", "value"]
