"""The legal forms of company names ('Inc.', 'S.p.A.'), which a short name leaves out."""

from __future__ import annotations

#: Name suffixes that give a company's legal form, which a short name leaves out ('Vexa' for 'Vexa Corp.'),
#: written without dots ('S.p.A.' is 'spa'); other suffixes name a unit of its own ('Vexa Ventures', 'Vexa
#: Pictures', 'Vexa Foundation').
LEGAL_FORMS = frozenset({
    "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "llc", "plc", "ag", "sa", "gmbh",
    "holdings", "holding", "group", "nv", "se", "spa", "ab", "asa", "oy", "oyj", "bv", "kk", "lp", "llp", "pte", "pty"})


def is_legal_form(word: str) -> bool:
    """Whether a word of a name gives a company's legal form ('Inc.', 'S.p.A.', 'Holdings,')."""
    return word.replace(".", "").strip(",").casefold() in LEGAL_FORMS


def without_legal_form(words: list[str]) -> list[str]:
    """A name's words without the legal form at its end ('Advanced Micro Devices Inc.' -> its first three)."""
    end = len(words)
    while end > 1 and is_legal_form(words[end - 1]):
        end -= 1
    return words[:end]
