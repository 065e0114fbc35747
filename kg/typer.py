"""A learned entity typer: the class of a name the cues leave to the statistical NER alone.

spaCy's small NER often calls a company a person ('Berkshire took a stake') or a product a place. The
rules type a name by cue words (head nouns, suffixes, titles) where there are some; where there are none,
this model weighs everything around the name's mentions: the NER labels, the words of the name and its
shape, the words before and after each mention, and the relations the rules read it in ('X-based', 'founded
by', 'its chief executive'). It also says when a name is no entity at all.

A multinomial logistic regression over sparse features, trained by :func:`train` (``kg train``) from gold
JSON Lines in the format of ``shared/eval/README.md``; weights are a small JSON file shipped in the
package (``kg/models/typer.json``). Plain Python and NumPy/SciPy; no spaCy.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .extract.model import Mention
from .learn import LinearModel, fit, packaged
from .schema import local_name

#: The label of a name that is no entity of the gold data.
NONE = "NONE"
#: Where the model shipped with kg lives (package data).
DEFAULT_MODEL = "typer.json"

_WORD = re.compile(r"[\w'’&.-]+")


@dataclass(frozen=True)
class Slot:
    """A relation candidate a mention takes part in: which side, the properties it may state, the rule."""

    side: str
    properties: tuple[str, ...]
    rule: str


def _shape(text: str) -> str:
    out: list[str] = []
    for ch in text:
        c = "X" if ch.isupper() else "x" if ch.islower() else "d" if ch.isdigit() else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)[:8]


def entity_features(mentions: Sequence[Mention], text: str, slots: dict[int, list[Slot]]) -> Counter[str]:
    """Sparse features of one entity (a group of mentions) in a document's text."""
    f: Counter[str] = Counter()
    name = max((m.text for m in mentions), key=len)
    words = name.split()
    f["bias"] = 1
    f[f"shape={_shape(name)}"] += 1
    f[f"words={min(len(words), 4)}"] += 1
    f[f"mentions={min(len(mentions), 5)}"] += 1
    if any(ch.isdigit() for ch in name):
        f["has_digit"] += 1
    if name.isupper():
        f["all_caps"] += 1
    for w in words:
        f[f"word={w.lower()}"] += 1
    f[f"last={words[-1].lower()}"] += 1
    f[f"first={words[0].lower()}"] += 1
    # (the NER labelling one name differently from mention to mention is what it does with an unknown company)
    labels = sorted({m.ner_label for m in mentions if m.ner_label})
    if len(labels) > 1:
        f[f"ners={'+'.join(labels)}"] += 1
    for m in mentions:
        f[f"ner={m.ner_label or '-'}"] += 1
        if m.strong:
            for cls in m.scores:
                f[f"cue={local_name(cls)}"] += 1
        before = _WORD.findall(text[max(0, m.start - 40):m.start])
        after = _WORD.findall(text[m.end:m.end + 40])
        if before:
            f[f"prev={before[-1].lower()}"] += 1
            if len(before) > 1:
                f[f"prev2={before[-2].lower()} {before[-1].lower()}"] += 1
        if after:
            f[f"next={after[0].lower()}"] += 1
            if len(after) > 1:
                f[f"next2={after[0].lower()} {after[1].lower()}"] += 1
        for where in m.syntax:
            f[f"syn={where}"] += 1
        tail = text[m.end:m.end + 3]
        if tail.startswith(("'s", "’s")):
            f["possessive"] += 1
        for slot in slots.get(m.id, ()):
            if slot.properties:  # (the cue's own property; the others are fallbacks the ends' classes choose)
                f[f"rel={slot.side}:{local_name(slot.properties[0])}"] += 1
            f[f"rule={slot.side}:{slot.rule}"] += 1
    # counts grow with mentions; their logarithm keeps one name's many mentions from shouting
    return Counter({k: (1.0 + math.log(v)) if v > 1 else float(v) for k, v in f.items()})


#: Features read off a name's own words, which a name never seen in training does not have.
NAME_FEATURES = ("word=", "first=", "last=")


def name_blind(features: Counter[str]) -> Counter[str]:
    """The features of a name as they would be if its words were new and the NER had not labelled it: its
    shape, length, context and relations only.

    Most names in news are new to any training set: the typer is trained on these copies besides the full
    features, so that it learns what the text says of a name it has never seen, where the words of known
    names would otherwise carry the decision."""
    return without_ner(without_name_words(features))


def without_ner(features: Counter[str]) -> Counter[str]:
    """The features of a name as they would be if the NER had not labelled its mentions: its words, shape, context
    and relations."""
    out: Counter[str] = Counter()
    for k, v in features.items():
        if k.startswith("ners="):
            continue
        out["ner=-" if k.startswith("ner=") else k] += v
    return out


def without_name_words(features: Counter[str]) -> Counter[str]:
    """The features of a name without those of its own words (:data:`NAME_FEATURES`): what the typer makes of it
    by its shape, the NER's label, the words around it and its relations alone."""
    return Counter({k: v for k, v in features.items() if not k.startswith(NAME_FEATURES)})


def mention_slots(relations: Iterable) -> dict[int, list[Slot]]:
    """The relation candidates each mention id takes part in."""
    out: dict[int, list[Slot]] = {}
    for r in relations:
        if r.evidence.rule == "learned":
            continue  # the pair classifier's readings: the typer is trained on the rules' alone
        props = tuple(p for p, _, _ in r.properties)
        out.setdefault(r.subject, []).append(Slot("s", props, r.evidence.rule))
        out.setdefault(r.object, []).append(Slot("o", props, r.evidence.rule))
    return out


class EntityTyper(LinearModel):
    """The typer's weights: name feature -> one weight per class (a class local name, or NONE)."""

    kind = "entity typer model"


@functools.lru_cache(maxsize=1)
def default_typer() -> EntityTyper | None:
    """The model shipped in the package, or None when the package has none."""
    return packaged(EntityTyper, DEFAULT_MODEL)


def train(examples: Sequence[tuple[Counter[str], str]], *, l2: float = 1.0, min_count: int = 2,
          max_iter: int = 300) -> EntityTyper:
    """Fit the typer on (features, label) pairs (:func:`kg.learn.fit`)."""
    return fit(examples, EntityTyper, l2=l2, min_count=min_count, max_iter=max_iter)


__all__ = ["NONE", "EntityTyper", "Slot", "default_typer", "entity_features", "mention_slots", "name_blind", "train",
           "without_name_words", "without_ner"]
