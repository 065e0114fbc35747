"""RDF namespaces used by kg.

``KG`` is strict: it is an rdflib ``DefinedNamespace`` listing every term of the core ontology, so a
typo such as ``KG.ceOf`` raises ``AttributeError`` instead of minting a new term. A test checks that
this list and ``ontology/kg.ttl`` declare the same terms.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

KG_IRI = "https://w3id.org/kg/ontology#"
ONTOLOGY_IRI = URIRef("https://w3id.org/kg/ontology")
DEFAULT_BASE = "https://w3id.org/kg/id/"

SCHEMA = Namespace("https://schema.org/")
PROV = Namespace("http://www.w3.org/ns/prov#")
WD = Namespace("http://www.wikidata.org/entity/")


class KG(DefinedNamespace):
    """The kg core ontology (``ontology/kg.ttl``)."""

    _fail = True
    _NS = Namespace(KG_IRI)

    # classes
    Entity: URIRef
    Agent: URIRef
    Organization: URIRef
    Person: URIRef
    Product: URIRef
    AIModel: URIRef
    Place: URIRef
    Event: URIRef
    MonetaryAmount: URIRef
    Investment: URIRef
    Document: URIRef
    Evidence: URIRef
    # relations
    develops: URIRef
    developedBy: URIRef
    owns: URIRef
    ownedBy: URIRef
    subsidiaryOf: URIRef
    worksFor: URIRef
    employs: URIRef
    ceoOf: URIRef
    hasCEO: URIRef
    founderOf: URIRef
    foundedBy: URIRef
    acquired: URIRef
    acquiredBy: URIRef
    basedIn: URIRef
    headquarteredIn: URIRef
    locatedIn: URIRef
    livesIn: URIRef
    investsIn: URIRef
    # investments and money
    investor: URIRef
    amount: URIRef
    target: URIRef
    targetText: URIRef
    period: URIRef
    value: URIRef
    currency: URIRef
    qualifier: URIRef
    equivalentAmount: URIRef
    # provenance
    evidence: URIRef
    document: URIRef
    sentence: URIRef
    start: URIRef
    end: URIRef
    rule: URIRef
    confidence: URIRef
    mentionedIn: URIRef
    contentHash: URIRef
    source: URIRef
    # cross-document merges (kg.link)
    Merge: URIRef
    mergedName: URIRef
    mergedFrom: URIRef
    mergedInto: URIRef
    mergeRule: URIRef
    mergedIn: URIRef
    keptApartFrom: URIRef
    # cue vocabulary
    nerLabel: URIRef
    headNoun: URIRef
    nameSuffix: URIRef
    namePrefix: URIRef
    titlePrefix: URIRef
    versionedNames: URIRef
    siteNoun: URIRef
    operatorNoun: URIRef
    nonEntityName: URIRef
    verbCue: URIRef
    titleCue: URIRef
    titlePrepositionCue: URIRef
    possessiveCue: URIRef
    possessiveObjectCue: URIRef
    possessiveNounCue: URIRef
    prepositionCue: URIRef
    adjacentPrepositionCue: URIRef
    appositionCue: URIRef
    versionPossessiveCue: URIRef
    creditCue: URIRef
    datelineCue: URIRef
    roleCue: URIRef
    hyphenCue: URIRef
    nounCue: URIRef
    eventNounCue: URIRef
    stakeCue: URIRef


#: Prefixes bound in every graph kg writes and pre-bound in every query.
PREFIXES: dict[str, str] = {
    "kg": KG_IRI,
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "schema": "https://schema.org/",
    "prov": "http://www.w3.org/ns/prov#",
}
