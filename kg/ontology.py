"""Loading the ontology: the core Turtle file plus any user extensions, as rdflib and as a Schema."""

from __future__ import annotations

from collections.abc import Iterable
from importlib import resources
from pathlib import Path

from rdflib import OWL, RDF, RDFS, SKOS, Graph, Literal, URIRef
from rdflib.collection import Collection

from .errors import OntologyError
from .namespace import KG, ONTOLOGY_IRI
from .schema import ClassDef, GazetteerEntry, PropertyDef, Schema


def ontology_file(name: str) -> Path:
    """A file of the core ontology (kg.ttl, shapes.ttl): inside the installed package, or ``ontology/`` in a
    checkout."""
    packaged = resources.files("kg").joinpath(f"_ontology/{name}")
    if packaged.is_file():
        return Path(str(packaged))
    checkout = Path(__file__).resolve().parent.parent / "ontology" / name
    if checkout.is_file():
        return checkout
    raise OntologyError(f"the core ontology file {name} was not found in the package or beside it; reinstall kg")


def core_ontology_path() -> Path:
    """Where the core ontology Turtle is."""
    return ontology_file("kg.ttl")


def _expand(paths: Iterable[str | Path]) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            out.extend(sorted(path.rglob("*.ttl")))
        elif path.is_file():
            out.append(path)
        else:
            raise OntologyError(f"ontology extension {str(path)!r} does not exist; "
                                "give a .ttl file or a folder of them")
    return out


def load_ontology_graph(extensions: Iterable[str | Path] = ()) -> Graph:
    """The core ontology merged with the given extension files or folders, as one rdflib Graph."""
    g = Graph()
    for path in [core_ontology_path(), *_expand(extensions)]:
        try:
            g.parse(path, format="turtle")
        except Exception as exc:  # rdflib raises many parser exception types
            msg = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            raise OntologyError(f"cannot parse ontology {str(path)!r} as Turtle: {msg}") from exc
    return g


def _strings(g: Graph, s: URIRef, p: URIRef) -> tuple[str, ...]:
    return tuple(sorted({str(o) for o in g.objects(s, p) if isinstance(o, Literal)}))


def _iris(g: Graph, s: URIRef, p: URIRef) -> tuple[str, ...]:
    return tuple(sorted({str(o) for o in g.objects(s, p) if isinstance(o, URIRef)}))


def _one(g: Graph, s: URIRef, p: URIRef) -> str | None:
    values = _iris(g, s, p)
    return values[0] if values else None


def _flag(g: Graph, s: URIRef, p: URIRef) -> bool:
    return any(isinstance(o, Literal) and o.toPython() is True for o in g.objects(s, p))


def _chains(g: Graph, p: URIRef) -> tuple[tuple[str, ...], ...]:
    """The property chains (owl:propertyChainAxiom lists) that imply ``p``."""
    chains = []
    for head in g.objects(p, OWL.propertyChainAxiom):
        links = tuple(str(x) for x in Collection(g, head))
        if len(links) >= 2 and all(links):
            chains.append(links)
    return tuple(sorted(chains))


def _label(g: Graph, s: URIRef) -> str:
    label = g.value(s, RDFS.label)
    return str(label) if label is not None else str(s).rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def schema_from_graph(g: Graph) -> Schema:
    """Read classes, properties and cues from an ontology graph into plain dataclasses."""
    classes: dict[str, ClassDef] = {}
    # (in IRI order: a set's order changes with Python's hash seed, and the order of the classes and properties
    # decides ties between cues, so that two runs could type one name differently)
    for c in sorted(set(g.subjects(RDF.type, OWL.Class)) | set(g.subjects(RDF.type, RDFS.Class)), key=str):
        if not isinstance(c, URIRef):
            continue
        classes[str(c)] = ClassDef(
            iri=str(c),
            label=_label(g, c),
            parents=_iris(g, c, RDFS.subClassOf),
            ner_labels=_strings(g, c, KG.nerLabel),
            head_nouns=tuple(h.lower() for h in (*_strings(g, c, KG.headNoun), *_strings(g, c, KG.siteNoun))),
            site_nouns=tuple(h.lower() for h in _strings(g, c, KG.siteNoun)),
            operator_nouns=tuple(h.lower() for h in _strings(g, c, KG.operatorNoun)),
            name_suffixes=_strings(g, c, KG.nameSuffix),
            name_prefixes=_strings(g, c, KG.namePrefix),
            title_prefixes=_strings(g, c, KG.titlePrefix),
            versioned_names=_flag(g, c, KG.versionedNames),
        )
    props: dict[str, PropertyDef] = {}
    for p in sorted(set(g.subjects(RDF.type, OWL.ObjectProperty)), key=str):
        if not isinstance(p, URIRef):
            continue
        inverse = _one(g, p, OWL.inverseOf)
        if inverse is None:
            inverse = min((str(s) for s in g.subjects(OWL.inverseOf, p) if isinstance(s, URIRef)), default=None)
        props[str(p)] = PropertyDef(
            iri=str(p),
            label=_label(g, p),
            domain=_one(g, p, RDFS.domain),
            range=_one(g, p, RDFS.range),
            inverse=inverse,
            parents=_iris(g, p, RDFS.subPropertyOf),
            transitive=(p, RDF.type, OWL.TransitiveProperty) in g,
            chains=_chains(g, p),
            verb_cues=_strings(g, p, KG.verbCue),
            title_cues=_strings(g, p, KG.titleCue),
            noun_cues=_strings(g, p, KG.nounCue),
            possessive=_iris(g, p, KG.possessiveCue),
            possessive_object=_iris(g, p, KG.possessiveObjectCue),
            possessive_nouns=_strings(g, p, KG.possessiveNounCue),
            prepositions=_strings(g, p, KG.prepositionCue),
            adjacent_prepositions=_strings(g, p, KG.adjacentPrepositionCue),
            apposition=_flag(g, p, KG.appositionCue),
            version_possessive=_flag(g, p, KG.versionPossessiveCue),
            credit=_flag(g, p, KG.creditCue),
            dateline=_flag(g, p, KG.datelineCue),
            role=_flag(g, p, KG.roleCue),
            hyphen_cues=_strings(g, p, KG.hyphenCue),
            event_nouns=_strings(g, p, KG.eventNounCue),
            stake_cues=_strings(g, p, KG.stakeCue),
            title_prepositions=tuple(w.lower() for w in _strings(g, p, KG.titlePrepositionCue)),
        )
    non_entities = frozenset(
        str(o).casefold() for s in g.subjects(RDF.type, OWL.Ontology) for o in g.objects(s, KG.nonEntityName)
    )
    schema = Schema(classes=classes, properties=props, non_entity_names=non_entities, entity_root=str(KG.Entity))
    schema.gazetteer = _gazetteer(g, schema)
    return schema


def _gazetteer(g: Graph, schema: Schema) -> tuple[GazetteerEntry, ...]:
    """Individuals typed with an entity class and named with rdfs:label: the known members users list."""
    entity_classes = {c.iri for c in schema.entity_classes()}
    entries = []
    for s, cls in g.subject_objects(RDF.type):
        if str(cls) not in entity_classes or not isinstance(s, URIRef):
            continue
        name = g.value(s, RDFS.label)
        if name is None:
            continue
        aliases = tuple(sorted({str(a) for a in g.objects(s, SKOS.altLabel)} - {str(name)}))
        entries.append(GazetteerEntry(str(name), str(cls), aliases))
    return tuple(sorted(entries, key=lambda e: (e.name, e.cls)))


def load_schema(extensions: Iterable[str | Path] = ()) -> Schema:
    """The core ontology plus extensions, as a :class:`~kg.schema.Schema` for the extractor."""
    return schema_from_graph(load_ontology_graph(extensions))


__all__ = ["ONTOLOGY_IRI", "core_ontology_path", "load_ontology_graph", "load_schema", "schema_from_graph"]
