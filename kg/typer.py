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
import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from .errors import InputError
from .extract.model import Mention
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
    out = []
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
        else:
            f["prev=<s>"] += 1
        if after:
            f[f"next={after[0].lower()}"] += 1
            if len(after) > 1:
                f[f"next2={after[0].lower()} {after[1].lower()}"] += 1
        tail = text[m.end:m.end + 3]
        if tail.startswith(("'s", "’s")):
            f["possessive"] += 1
        for slot in slots.get(m.id, ()):
            for prop in slot.properties:
                f[f"rel={slot.side}:{local_name(prop)}"] += 1
            f[f"rule={slot.side}:{slot.rule}"] += 1
    # counts grow with mentions; their logarithm keeps one name's many mentions from shouting
    return Counter({k: (1.0 + math.log(v)) if v > 1 else float(v) for k, v in f.items()})


def mention_slots(relations: Iterable) -> dict[int, list[Slot]]:
    """The relation candidates each mention id takes part in."""
    out: dict[int, list[Slot]] = {}
    for r in relations:
        props = tuple(p for p, _, _ in r.properties)
        out.setdefault(r.subject, []).append(Slot("s", props, r.evidence.rule))
        out.setdefault(r.object, []).append(Slot("o", props, r.evidence.rule))
    return out


@dataclass
class EntityTyper:
    """Weights of a multinomial logistic regression: feature -> one weight per class."""

    classes: list[str]
    weights: dict[str, list[float]]
    meta: dict = field(default_factory=dict)

    def probabilities(self, features: Counter[str]) -> dict[str, float]:
        scores = [0.0] * len(self.classes)
        for name, value in features.items():
            w = self.weights.get(name)
            if w is not None:
                for k, wk in enumerate(w):
                    scores[k] += wk * value
        top = max(scores)
        exp = [math.exp(s - top) for s in scores]
        total = sum(exp)
        return {c: e / total for c, e in zip(self.classes, exp)}

    def save(self, path: str | Path) -> None:
        data = {"classes": self.classes, "meta": self.meta,
                "weights": {k: [round(x, 5) for x in v] for k, v in sorted(self.weights.items())}}
        Path(path).write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")

    @classmethod
    def load(cls, path: str | Path) -> EntityTyper:
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
            return cls(classes=list(data["classes"]), weights=data["weights"], meta=data.get("meta", {}))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise InputError(f"{str(path)!r}: not an entity typer model ({exc}); make one with kg train") from exc


@functools.lru_cache(maxsize=1)
def default_typer() -> EntityTyper | None:
    """The model shipped in the package, or None when the package has none."""
    ref = resources.files("kg").joinpath("models", DEFAULT_MODEL)
    if not ref.is_file():
        return None
    with resources.as_file(ref) as path:
        return EntityTyper.load(path)


def train(examples: Sequence[tuple[Counter[str], str]], *, l2: float = 1.0, min_count: int = 2,
          max_iter: int = 300) -> EntityTyper:
    """Fit the typer on (features, label) pairs: L2-regularised multinomial logistic regression by L-BFGS
    (deterministic: no sampling, a fixed start at zero)."""
    import numpy as np
    from scipy.optimize import minimize
    from scipy.sparse import csr_matrix

    if not examples:
        raise InputError("no training examples: the gold files name no entity that the extractor finds")
    counts = Counter(name for feats, _ in examples for name in feats)
    names = sorted(n for n, c in counts.items() if c >= min_count or n == "bias")
    index = {n: i for i, n in enumerate(names)}
    classes = sorted({label for _, label in examples})
    cidx = {c: i for i, c in enumerate(classes)}
    rows, cols, vals = [], [], []
    for r, (feats, _) in enumerate(examples):
        for n, v in feats.items():
            if n in index:
                rows.append(r)
                cols.append(index[n])
                vals.append(v)
    X = csr_matrix((vals, (rows, cols)), shape=(len(examples), len(names)))
    Y = np.zeros((len(examples), len(classes)))
    Y[np.arange(len(examples)), [cidx[label] for _, label in examples]] = 1.0
    n, d, k = len(examples), len(names), len(classes)
    reg = np.ones(d)
    reg[index["bias"]] = 0.0

    def loss(flat: np.ndarray) -> tuple[float, np.ndarray]:
        W = flat.reshape(d, k)
        Z = X @ W
        Z -= Z.max(axis=1, keepdims=True)
        P = np.exp(Z)
        P /= P.sum(axis=1, keepdims=True)
        value = -np.sum(Y * np.log(P + 1e-12)) / n + 0.5 * l2 / n * np.sum(reg[:, None] * W * W)
        grad = X.T @ (P - Y) / n + l2 / n * reg[:, None] * W
        return float(value), np.asarray(grad).ravel()

    result = minimize(loss, np.zeros(d * k), jac=True, method="L-BFGS-B", options={"maxiter": max_iter})
    W = result.x.reshape(d, k)
    weights = {name: [float(x) for x in W[i]] for name, i in index.items() if np.any(np.abs(W[i]) > 1e-4)}
    return EntityTyper(classes=classes, weights=weights,
                       meta={"examples": n, "features": len(weights), "l2": l2, "min_count": min_count,
                             "labels": dict(Counter(label for _, label in examples))})


__all__ = ["NONE", "EntityTyper", "Slot", "default_typer", "entity_features", "mention_slots", "train"]
