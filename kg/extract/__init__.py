"""Extraction: text to mentions, relation candidates and investments, with spaCy.

Produces plain dataclasses (:mod:`kg.extract.model`); it does not import rdflib. spaCy is imported
only when the pipeline is used, so that ``kg.extract.model`` can be read by code that must not
depend on spaCy (the graph, query and render modules).
"""

from __future__ import annotations

import importlib
from typing import Any

_PIPELINE = {"DEFAULT_MODELS", "extract", "installed_models", "load_pipeline", "split_text"}


def __getattr__(name: str) -> Any:
    if name in _PIPELINE:
        return getattr(importlib.import_module("kg.extract.pipeline"), name)
    raise AttributeError(f"module 'kg.extract' has no attribute {name!r}")


__all__ = sorted(_PIPELINE)
