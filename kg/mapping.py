"""The one mapping of a resolved document to RDF triples: its node, entities, facts with evidence, investments.

:func:`document_triples` makes a document's triples as N-Triples terms (:mod:`kg.ntriples`); every path of a
build takes them from here: a streamed N-Triples file and a store as they are, an in-memory graph
(:meth:`kg.graph.KnowledgeGraph.add_document`) and the other file formats (:class:`kg.writer.GraphWriter`) through
:func:`kg.oxgraph.add_ntriples`. Does not import spaCy.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence

from rdflib import RDF

from .extract.model import Evidence, Money
from .extract.money import format_value
from .iris import IriMinter, short_hash
from .namespace import KG
from .ntriples import NT_ALT_LABEL, NT_LABEL, NT_TYPE, NTriple, nt_decimal, nt_integer, nt_literal, nt_term
from .resolve import DocumentGraph, Investment

_RDF_SUBJECT, _RDF_PREDICATE, _RDF_OBJECT = f"<{RDF.subject}>", f"<{RDF.predicate}>", f"<{RDF.object}>"
_KG = {name: f"<{getattr(KG, name)}>" for name in (
    "Document", "contentHash", "source", "mentionedIn", "Evidence", "document", "sentence", "start", "end", "rule",
    "confidence", "Investment", "investor", "amount", "targetText", "target", "investsIn", "period", "evidence",
    "MonetaryAmount", "value", "currency", "qualifier", "equivalentAmount")}


def document_triples(dg: DocumentGraph, minter: IriMinter,
                     held_labels: Callable[[str], Iterable[str]] | None = None) -> list[NTriple]:
    """One document's triples as N-Triples terms, each once, in the order first made.

    ``minter`` mints the IRIs (an :class:`IriMinter`, or anything with ``entity``, ``document`` and ``base``).
    An entity's first name is its ``rdfs:label``, its other names and aliases ``skos:altLabel`` s. ``held_labels``
    gives the labels (N-Triples terms) an entity (its IRI as an N-Triples term) has already in the graph the triples
    go into (:meth:`kg.graph.KnowledgeGraph.add_document`): a name that is none of them is then an alias, not a
    second label. Without it the document is mapped on its own, as for a store's named graph or a streamed file.
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
    labels: dict[str, set[str]] = {}  # entity IRI -> its rdfs:labels: held already, else the first name given it
    mentioned = _KG["mentionedIn"]
    for e in dg.entities:
        iri = str(minter.entity(e.name, e.cls))
        iris.append(iri)
        i = f"<{iri}>"
        add((i, NT_TYPE, f"<{e.cls}>"))
        name = nt_literal(e.name)
        held = labels.get(i)
        if held is None:
            held = labels[i] = set(held_labels(i)) if held_labels is not None else set()
        if not held:
            held.add(name)
            add((i, NT_LABEL, name))
        elif name not in held:
            add((i, NT_ALT_LABEL, name))
        for alias in e.aliases:
            a = nt_literal(alias)
            if a not in held:
                add((i, NT_ALT_LABEL, a))
        add((i, mentioned, d))

    def evidence(ev: Evidence, subject: str, predicate: str, obj: str) -> str:
        node = f"<{base}evidence/{evidence_key(doc, subject, predicate, obj, ev.start, ev.rule)}>"
        add((node, NT_TYPE, _KG["Evidence"]))
        add((node, _RDF_SUBJECT, f"<{subject}>"))
        add((node, _RDF_PREDICATE, f"<{predicate}>"))
        add((node, _RDF_OBJECT, f"<{obj}>"))
        add((node, _KG["document"], d))
        add((node, _KG["sentence"], nt_literal(ev.sentence)))
        add((node, _KG["start"], nt_integer(ev.start)))
        add((node, _KG["end"], nt_integer(ev.end)))
        add((node, _KG["rule"], nt_literal(ev.rule)))
        add((node, _KG["confidence"], nt_decimal(str(ev.confidence), from_number=True)))
        return node

    def amount(money: Money, node: str) -> str:
        n = f"<{node}>"
        add((n, NT_TYPE, _KG["MonetaryAmount"]))
        add((n, _KG["value"], nt_decimal(format_value(money.value))))
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
        if s == o:
            continue  # (two names the minter makes one entity, 'Vexa' and 'Vexa Inc.': nothing owns or backs itself)
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


def evidence_key(doc: str, subject: str, predicate: str, obj: str, start: int, rule: str) -> str:
    """The local name of an evidence node: a statement (IRIs) as told at a place of a document by a rule."""
    return short_hash(doc, subject, predicate, obj, start, rule)


def investment_key(doc: str, investor: str, inv: Investment, iris: Sequence[str] | Mapping[int, str]) -> str:
    """The local name of an investment's node: one deal of a document (investor, amount, target) is one
    node, however often the text tells of it (a headline and the body)."""
    target = iris[inv.target] if inv.target is not None else ""
    return short_hash(doc, investor, inv.amount.value, inv.amount.currency, target)


__all__ = ["document_triples", "evidence_key", "investment_key"]
