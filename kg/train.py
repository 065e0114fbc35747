"""Training the learned parts of extraction from gold data (``kg train``).

Two parts learn, each from the gold documents read by the same pipeline ``kg build`` uses:

- the entity typer (:mod:`kg.typer`): mentions are grouped into names as the resolver groups them, and
  each name is labelled with the class the gold gives it, or ``NONE`` when the gold does not list it (and
  each such example is also given with the name's own words and NER label hidden, so that the typer learns
  to type by context the names it has never seen);
- the pair classifier (:mod:`kg.extract.pairs`): every ordered pair of names in a sentence is labelled with
  the property the gold states between the two names (the optional facts count, transitive properties
  are closed, roles the text says ended do not), or ``NONE``. It is read without the typer and without a
  pair model, so the two can be trained in either order.

Gold files are JSON Lines in the format of ``shared/eval/README.md``; ``FILE[A:B]`` takes documents A to
B-1 of a file (Python slice syntax), so a train/dev split needs no copy of the data.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from .builder import Builder
from .documents import Document
from .errors import InputError
from .evaluate import GoldDoc, GoldNames, read_gold_spec, transitive_closure
from .extract.model import Extraction
from .learn import M, fit
from .typer import NONE, EntityTyper, entity_features, mention_slots, name_blind, train

if TYPE_CHECKING:
    from .extract.pairs import PairModel

def typer_examples(builder: Builder, golds: Iterable[GoldDoc]) -> list[tuple[Counter[str], str]]:
    """(features, gold class or NONE) for every name the pipeline finds in the gold documents, and the same
    with the name's own words and NER label hidden (:func:`kg.typer.name_blind`)."""
    from .extract import extract

    golds = list(golds)
    examples = []
    docs = (Document(id=g.id, text=g.text) for g in golds)
    for gold, (document, ex) in zip(golds, extract(builder.nlp, docs)):
        names = GoldNames(gold.entities)
        slots = mention_slots(ex.relations)
        for ms in builder.resolver.groups(ex):
            name = names.match(m.text for m in ms)
            label = names.type[name] if name is not None else NONE
            features = entity_features(ms, document.text, slots)
            examples.append((features, label))
            examples.append((name_blind(features), label))
    return examples


#: When the gold states several properties between two names, the label is the first of these it states
#: (the most specific: ceoOf before worksFor, headquarteredIn before basedIn).
LABEL_ORDER = ("ceoOf", "founderOf", "acquired", "investsIn", "owns", "develops", "headquarteredIn", "basedIn",
               "livesIn", "locatedIn", "worksFor")


def gold_pair_labels(gold: GoldDoc, transitive: Iterable[str] = ("locatedIn",)) -> dict[tuple[str, str], str]:
    """(subject name, object name) -> the property the gold states between them (triples, then optional facts
    for pairs no triple links; transitive properties closed); ended roles (``former``) are left out.

    A triple beats an optional fact: a gold that gives each fact's other reading as optional (Re-DocRED's
    'Ojai locatedIn California', optional 'Ojai basedIn California') labels the pair by the triple."""
    rank = {p: k for k, p in enumerate(LABEL_ORDER)}
    out: dict[tuple[str, str], str] = {}
    for part in (gold.triples, [*gold.triples, *gold.optional]):
        facts = {(s, p, o) for s, p, o in part} - set(gold.former)
        for prop in transitive:
            facts |= {(s, prop, o) for s, o in transitive_closure({(s, o) for s, p, o in facts if p == prop})}
        for s, p, o in sorted(facts, key=lambda f: (rank.get(f[1], len(rank)), f)):
            out.setdefault((s, o), p)
    return out


def pair_examples(builder: Builder, golds: Iterable[GoldDoc]) -> list[tuple[Counter[str], str]]:
    """(features, gold property or NONE) for every ordered pair of names in a sentence of the gold documents.

    ``builder`` should read without a pair model (``Builder(pair_model=None)``): the examples are what the
    rules leave, as at run time."""
    from .extract.pairs import NONE as NO_RELATION
    from .extract.pairs import candidate_pairs, pair_features, rule_links
    from .extract.pipeline import merge_piece

    golds = list(golds)
    examples: list[tuple[Counter[str], str]] = []
    for gold, doc in zip(golds, builder.nlp.pipe(g.text for g in golds)):
        state = doc._.kg
        ex = Extraction(doc_id=gold.id)
        merge_piece(ex, doc, 0)
        names = GoldNames(gold.entities)
        name_of: dict[int, str | None] = {}
        for ms in builder.resolver.groups(ex):
            name = names.match(m.text for m in ms)
            for m in ms:
                name_of[m.id] = name
        labels = gold_pair_labels(gold)
        mentions, spans = state["mentions"], state["spans"]
        rules = rule_links(mentions, state["relations"])
        for a, b in candidate_pairs(mentions, spans):
            sa, sb = name_of.get(a), name_of.get(b)
            label = labels.get((sa, sb), NO_RELATION) if sa is not None and sb is not None else NO_RELATION
            examples.append((pair_features(doc, mentions, spans, a, b, rules), label))
        doc._.kg = None
    return examples


def train_pairs(gold: Iterable[str | Path], output: str | Path, *, model: str | None = None,
                ontology: Iterable[str | Path] = (), l2: float = 1.0) -> PairModel:
    """Train the pair classifier on gold files (``FILE`` or ``FILE[A:B]``) and write it to ``output``."""
    from .extract.pairs import PairModel

    specs = list(gold)
    golds = _read_specs(specs)
    builder = Builder(model=model, ontology=ontology, typer=None, pair_model=None)
    return _save(fit(pair_examples(builder, golds), PairModel, l2=l2), specs, output)


def _read_specs(gold: Iterable[str | Path]) -> list[GoldDoc]:
    specs = list(gold)
    if not specs:
        raise InputError("kg train needs at least one gold file")
    return [g for spec in specs for g in read_gold_spec(spec)]


def _save(model: M, specs: Iterable[str | Path], output: str | Path) -> M:
    model.meta["trained_on"] = [str(s) for s in specs]
    out = Path(output)
    out.parent.mkdir(parents=True, exist_ok=True)
    model.save(out)
    return model


def train_typer(gold: Iterable[str | Path], output: str | Path, *, model: str | None = None,
                ontology: Iterable[str | Path] = (), l2: float = 1.0) -> EntityTyper:
    """Train the entity typer on gold files (``FILE`` or ``FILE[A:B]``) and write it to ``output``."""
    specs = list(gold)
    golds = _read_specs(specs)
    builder = Builder(model=model, ontology=ontology, typer=None)
    return _save(train(typer_examples(builder, golds), l2=l2), specs, output)


__all__ = ["gold_pair_labels", "pair_examples", "read_gold_spec", "train_pairs", "train_typer", "typer_examples"]
