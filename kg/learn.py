"""A small linear learner shared by kg's learned parts (the entity typer, the pair classifier).

A multinomial logistic regression over sparse, named features: fitted by :func:`fit` (L2-regularised,
L-BFGS from zero, no sampling, so the same data gives the same weights), stored as a small JSON file
(feature -> one weight per class), and applied in plain Python (:meth:`LinearModel.probabilities`), so the
run-time side needs neither NumPy nor SciPy.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import TypeVar

from .errors import InputError

M = TypeVar("M", bound="LinearModel")


@dataclass
class LinearModel:
    """Weights of a multinomial logistic regression: feature -> one weight per class."""

    classes: list[str]
    weights: dict[str, list[float]]
    meta: dict = field(default_factory=dict)

    #: what the model is, for messages ('not an entity typer model')
    kind = "model"

    def probabilities(self, features: Mapping[str, float]) -> dict[str, float]:
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
    def load(cls: type[M], path: str | Path) -> M:  # noqa: PYI019 (typing.Self needs Python 3.11)
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
            return cls(classes=list(data["classes"]), weights=data["weights"], meta=data.get("meta", {}))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            article = "an" if cls.kind[0] in "aeiou" else "a"
            raise InputError(f"{str(path)!r}: not {article} {cls.kind} ({exc}); make one with kg train") from exc


def packaged(model: type[M], filename: str) -> M | None:
    """A model shipped in the package (``kg/models/<filename>``), or None when the package has none."""
    ref = resources.files("kg") / "models" / filename
    if not ref.is_file():
        return None
    with resources.as_file(ref) as path:
        return model.load(path)


def fit(examples: Sequence[tuple[Mapping[str, float], str]], model: type[M], *, l2: float = 1.0,
        min_count: int = 2, max_iter: int = 300) -> M:
    """Fit a model on (features, label) pairs: L2-regularised multinomial logistic regression by L-BFGS
    (deterministic: no sampling, a fixed start at zero). Features seen fewer than ``min_count`` times are
    dropped; the feature ``bias`` is kept always and not regularised."""
    import numpy as np
    from scipy.optimize import minimize
    from scipy.sparse import csr_matrix

    if not examples:
        raise InputError(f"no training examples for the {model.kind}: "
                         "the gold files give none that the extractor finds")
    counts = Counter(name for feats, _ in examples for name in feats)
    names = sorted(n for n, c in counts.items() if c >= min_count or n == "bias")
    index = {n: i for i, n in enumerate(names)}
    classes = sorted({label for _, label in examples})
    cidx = {c: i for i, c in enumerate(classes)}
    rows, cols, vals = [], [], []
    for r, (feats, _) in enumerate(examples):
        for feature, v in feats.items():
            if feature in index:
                rows.append(r)
                cols.append(index[feature])
                vals.append(v)
    X = csr_matrix((vals, (rows, cols)), shape=(len(examples), len(names)))
    Y = np.zeros((len(examples), len(classes)))
    Y[np.arange(len(examples)), [cidx[label] for _, label in examples]] = 1.0
    n, d, k = len(examples), len(names), len(classes)
    reg = np.ones(d)
    if "bias" in index:
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
    return model(classes=classes, weights=weights,
                 meta={"examples": n, "features": len(weights), "l2": l2, "min_count": min_count,
                       "labels": dict(Counter(label for _, label in examples))})


__all__ = ["LinearModel", "fit", "packaged"]
