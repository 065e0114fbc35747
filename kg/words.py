"""Counted nouns for messages: ``counted(1, "fact")`` is "1 fact", ``counted(2, "entity", "entities")`` "2 entities"."""

from __future__ import annotations


def counted(count: int, one: str, many: str | None = None) -> str:
    return f"{count} {one if count == 1 else (many or one + 's')}"
