"""The legal forms of company names ('Inc.', 'S.p.A.'), which a short name leaves out; and the initials a name's
acronym is written with ('VOGC' of 'Velmora Oil and Gas Corp.')."""

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


#: Words a name's acronym leaves out: 'KBT' of 'Kelvo Bank of Tarla', 'VOG' of 'Velmora Oil and Gas'.
JOINING_WORDS = frozenset({"and", "of", "the", "for", "&"})


def initials(words: list[str]) -> set[str]:
    """The initials a name's acronym may be written with (in lower case), with or without its legal form and the
    joining words: 'vxai' and 'vxa' of 'Vexa Xeno Apps Inc.'; 'vaogc', 'vogc', 'vaog' and 'vog' of 'Velmora Oil and
    Gas Corporation'."""
    out = set()
    for ws in (words, without_legal_form(words)):
        for kept in (ws, [w for w in ws if w.casefold() not in JOINING_WORDS]):
            if kept:
                out.add("".join(w[0] for w in kept).casefold())
    return out


def is_acronym_of(short: str, words: list[str]) -> bool:
    """Whether ``short`` is written in capitals and is the initials of a name's words (:func:`initials`): 'KI' of
    'Kelvo Institute', 'VXA' of 'Vexa Xeno Apps Inc.', 'VOGC' of 'Velmora Oil and Gas Corporation'."""
    return short.isupper() and len(short) >= 2 and " " not in short and short.casefold() in initials(words)
