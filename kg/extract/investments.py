"""The investment rule: 'X invested $50 million in Y in 2023', 'X's $2.5 billion (€2.3 billion) investment',
with the amount, its equivalent, the target and the period.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .deals import RECEIVE_VERBS
from .mentions import without_setting
from .model import InvestmentCandidate, Money
from .money import parse_money
from .reader import DocReader


def money_text(r: DocReader, ent: Span) -> str:
    """A MONEY entity's text, with the currency noun the NER left out ('2.5 billion' + 'euros')."""
    head = ent.root.head
    if head.i == ent.end and head.pos_ == "NOUN":
        return r.doc[ent.start:head.i + 1].text
    return ent.text


def investment_rule(r: DocReader, tok: Token) -> None:
    money_ents = [e for e in r.sentence(tok).ents if e.label_ == "MONEY"]
    if not money_ents:
        return
    if tok.pos_ in {"VERB", "AUX"}:
        investors = [r.mention_of(s) for s in r.subjects_of(tok)]
        scope = set(c.i for c in tok.subtree)
    else:
        investors = [r.mention_of(c) for c in tok.children if c.dep_ == "poss"]
        investors += [r.mention_of(p) for c in tok.children if c.dep_ == "agent" or c.lower_ in {"by", "from"}
                      for p in c.children if p.dep_ == "pobj"]
        if not any(i is not None for i in investors) and tok.dep_ == "dobj" and tok.head.pos_ == "VERB" \
                and tok.head.lemma_.lower() not in RECEIVE_VERBS:
            # 'X announced a $5.7 billion investment in Y', 'X made a $20 million investment'
            investors = [r.mention_of(s) for s in r.subjects_of(tok.head)]
        scope = set(c.i for c in tok.subtree) | {c.i for c in tok.head.subtree if tok.dep_ in {"dobj", "nsubj", "attr"}}
    present: list[int] = [i for i in investors if i is not None]
    amounts = [e for e in money_ents if e.root.i in scope or e.root.head.i == tok.i]
    if not present or not amounts:
        return
    main = parse_money(money_text(r, amounts[0]))
    if main is None:
        return
    equivalent = None
    first_end = amounts[0].end + (1 if money_text(r, amounts[0]) != amounts[0].text else 0)
    for e in amounts[1:]:
        if e.start >= first_end and r.doc[first_end:e.start].text.strip() in {"(", ",", "or", ", or"}:
            equivalent = parse_money(money_text(r, e))
    if equivalent is not None:
        main = Money(main.value, main.currency, main.text, main.qualifier, equivalent)
    target_text, target = "", None
    dates = [e for e in r.sentence(tok).ents if e.label_ == "DATE"]
    # (not a place set off before the clause, its setting: as the verb rule reads it)
    for prep in without_setting(tok, [c for c in tok.children if c.dep_ == "prep" and c.lower_ in {"in", "into"}],
                                {"in", "into"}):
        objs = [c for c in prep.children if c.dep_ in {"pobj", "pcomp"}]
        if not objs:
            continue
        words = [w for w in objs[0].subtree if not any(d.start <= w.i < d.end for d in dates)]
        while words and (words[-1].dep_ == "prep" or words[-1].is_punct):
            words.pop()
        if words and words[0].tag_ == "VBG":
            words = words[1:]
        target_text = r.doc[words[0].i:words[-1].i + 1].text if words else ""
        target = r.mention_of(objs[0]) if objs[0].i in r.by_token else None
        break
    period = ""
    for d in dates:
        if d.root.i in scope or any(d.start <= w.i < d.end for w in tok.subtree):
            period = d.text
            break
    for inv in dict.fromkeys(present):
        r.investments.append(InvestmentCandidate(inv, main, r.evidence(tok, "investment"), target_text, target, period))
