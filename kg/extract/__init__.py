"""Extraction: text to mentions, relation candidates and investments, with spaCy.

Produces plain dataclasses (:mod:`kg.extract.model`); it does not import rdflib.
"""

from .model import Evidence, Extraction, InvestmentCandidate, Mention, Money, RelationCandidate
from .pipeline import DEFAULT_MODELS, extract, installed_models, load_pipeline, split_text

__all__ = [
    "DEFAULT_MODELS", "Evidence", "Extraction", "InvestmentCandidate", "Mention", "Money",
    "RelationCandidate", "extract", "installed_models", "load_pipeline", "split_text",
]
