"""Training the learned parts of extraction from gold data (``kg train``).

Today one part learns: the entity typer (:mod:`kg.typer`). Every gold document is read by the same
pipeline ``kg build`` uses (without a typer), its mentions grouped into names as the resolver groups them,
and each name labelled with the class the gold gives it, or ``NONE`` when the gold does not list it.

Gold files are JSON Lines in the format of ``shared/eval/README.md``; ``FILE[A:B]`` takes documents A to
B-1 of a file (Python slice syntax), so a train/dev split needs no copy of the data.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from .builder import Builder
from .documents import Document
from .errors import InputError
from .evaluate import GoldDoc, GoldNames, read_gold
from .typer import NONE, EntityTyper, entity_features, mention_slots, train

_SLICE = re.compile(r"^(?P<path>.*)\[(?P<start>-?\d*):(?P<end>-?\d*)\]$")


def read_gold_spec(spec: str | Path) -> list[GoldDoc]:
    """Gold documents of ``FILE`` or ``FILE[A:B]``."""
    m = _SLICE.match(str(spec))
    if not m:
        return read_gold(spec)
    docs = read_gold(m["path"])
    start = int(m["start"]) if m["start"] else None
    end = int(m["end"]) if m["end"] else None
    return docs[start:end]


def typer_examples(builder: Builder, golds: Iterable[GoldDoc]) -> list[tuple[Counter[str], str]]:
    """(features, gold class or NONE) for every name the pipeline finds in the gold documents."""
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
            examples.append((entity_features(ms, document.text, slots), label))
    return examples


def train_typer(gold: Iterable[str | Path], output: str | Path, *, model: str | None = None,
                ontology: Iterable[str | Path] = (), l2: float = 1.0) -> EntityTyper:
    """Train the entity typer on gold files (``FILE`` or ``FILE[A:B]``) and write it to ``output``."""
    specs = list(gold)
    if not specs:
        raise InputError("kg train needs at least one gold file")
    golds = [g for spec in specs for g in read_gold_spec(spec)]
    builder = Builder(model=model, ontology=ontology, typer=None)
    typer = train(typer_examples(builder, golds), l2=l2)
    typer.meta["trained_on"] = [str(s) for s in specs]
    out = Path(output)
    out.parent.mkdir(parents=True, exist_ok=True)
    typer.save(out)
    return typer


__all__ = ["read_gold_spec", "train_typer", "typer_examples"]
