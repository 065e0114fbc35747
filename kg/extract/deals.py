"""Relation rules for the shapes business news writes deals and stakes in.

- Stakes: 'X took a 49% stake in Y', 'X holds stakes in Y and Z', 'X's majority stake in Y' (the nouns are the
  ontology's ``kg:stakeCue``); shares: 'X owns 57% of Y' (a majority: what 'majority stake' states), 'X holds
  10% of Y' (what 'stake' states).
- Funding rounds: 'X led a $50 million funding round in Y', 'a round in Y led by X'.
- Sales: 'X sold Y to Z' states what 'Z bought Y' states (acquired(Z, Y)); funding rounds what 'fund' states.
- Completed deals: 'X completed its takeover of Y' states what 'a majority stake' states (owns(X, Y)) besides
  the acquisition.

Plain functions over :class:`~kg.extract.reader.DocReader`, run after the title rules of :mod:`.business`.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from .business import BACKER_NOUNS, BODY_NOUNS, ended, title_list_members, title_organization, title_props
from .cues import MAJORITY_SHARE, Cue, match_phrase, share_properties
from .mentions import STAGE_LETTER, is_definite, is_list_prep, prep_objects
from .money import CURRENCY_WORDS, SCALES
from .reader import RELATIVE_TAGS, DocReader
from .verbs import PERCENT_WORDS, WHOLE_WORDS, partners, percent_of

#: Verbs of which 'X <verb> Y to Z' means Z acquired Y.
SALE_VERBS = {"sell"}
#: Verbs of holding a share of a company ('owns 57% of', 'took a majority of').
HOLD_VERBS = {"own", "hold", "control", "have", "buy", "acquire", "take", "keep", "retain"}
#: Verbs by which a holder gives up some or all of a stake ('cut its stake in Y').
RELEASE_VERBS = {"cut", "reduce", "trim", "divest", "dispose", "offload", "dump", "exit", "unload", "lower"}
#: Verbs by which the subject takes part in a funding round ('led a round', 'joined the round').
ROUND_VERBS = {"lead", "co-lead", "colead", "join", "participate", "anchor", "back"}
ROUND_NOUNS = {"round", "placement", "financing", "funding", "fundraising", "fundraise"}


#: Verbs by which the subject gives a round to the company its 'for'/'in' names ('announced a round of funding
#: for Y', 'provided $5 million in financing to Y' is not read).
PROVIDE_VERBS = {"announce", "provide", "commit", "pledge"}
#: Verbs by which the subject puts money in a round for another ('supplied $35 million in funding for Y').
SUPPLY_VERBS = {"provide", "supply", "commit", "pledge", "contribute", "put", "pump", "inject"}
#: Verbs by which a noun lists what it holds: 'its investments include a 45% stake in Y'.
INCLUDE_VERBS = {"include", "comprise"}
#: Verbs by which the subject pays for what the 'for' object names ('paid $450 million for a stake in Y', 'will invest
#: $1.5 billion for a minority stake in Y').
PAY_VERBS = {"pay", "spend", "shell", "invest"}
#: Verbs of paying with their particle 'out': 'laid out $2 billion for', 'forked out $40 million for'.
PAY_OUT_VERBS = {"lay", "fork"}
#: Verbs by which the subject gets what its object names, from someone else ('received an investment').
RECEIVE_VERBS = {"receive", "get", "secure", "attract", "win", "land", "obtain", "accept", "welcome", "raise", "draw",
                 "garner"}


#: Nouns of selling what their 'of' names: 'the sale of its stake in Y'.
SALE_NOUNS = {"sale", "disposal", "divestment", "divestiture", "selloff", "sell-off"}
#: Verbs that stop or put off what their object names: 'blocked Kestrel's purchase of a stake'.
STOPPED_VERBS = {"block", "reject", "scrap", "abandon", "cancel", "halt", "oppose", "veto", "delay", "probe",
                 "investigate", "consider", "weigh", "plan", "propose"}
#: Nouns of buying what their 'of' names: 'its acquisition of a stake in Y'.
PURCHASE_NOUNS = {"acquisition", "purchase"}


def stake_props(r: DocReader, noun: Token) -> list[str]:
    """The properties the ontology's stake cues give a noun and its modifiers ('a minority stake'; a share written
    as a percentage, when the words alone match no cue, is the word '%': 'a 25% interest' matches the cue
    "% interest", 'a controlling (51 percent) stake' the cue "controlling stake")."""
    words: list[str] = []
    share: float | None = None
    for w in noun.doc[noun.left_edge.i:noun.i + 1]:
        if w.ent_type_ == "PERCENT" or w.text in PERCENT_WORDS and w.i > noun.left_edge.i:
            if not words or words[-1] != "%":
                words.append("%")
            if w.like_num and share is None:
                share = _number(w.text)
        elif w.like_num and w.i + 1 <= noun.i and (w.nbor().lower_ in PERCENT_WORDS or w.nbor().lower_ == "per"):
            share = _number(w.text) if share is None else share  # ('an 80 per cent stake', the NER's money)
        elif w.dep_ not in {"det", "poss", "nummod", "quantmod"} and w.ent_type_ != "MONEY" and not w.is_punct:
            words.append(w.lower_ if w.pos_ != "NOUN" else w.lemma_.lower())
    props = match_phrase(r.t.stakes, [w for w in words if w != "%"])[1] or match_phrase(r.t.stakes, words)[1]
    if share is not None and share > MAJORITY_SHARE and props == match_phrase(r.t.stakes, ["stake"])[1]:
        # ('an 80% stake in Y', 'a 57 percent stake': a stake the share makes a majority one; not one the words call
        # otherwise, 'a 60% minority stake' being no such thing)
        return share_properties(r.t, share)
    return props


def _held_props(r: DocReader, holder: int | None, props: list[str]) -> list[str]:
    """What a holding states of its holder: ``props`` itself, but a 'stake' (a holding) for a majority a person holds,
    by a full name ('Tom Hale bought a 51 percent share of Kelvo': the ontology has no person owning a company; not a
    one-word name the NER took for a person's, as often a company's)."""
    majority = match_phrase(r.t.stakes, ["majority", "stake"])[1]
    if holder is not None and r.is_person(holder) and len(r.mentions[holder].text.split()) > 1 \
            and set(majority) & set(props):
        return match_phrase(r.t.stakes, ["stake"])[1]
    return props


def _number(text: str) -> float | None:
    """The number a token written with digits says ('57', '1,200', '80%'); None for one it does not ('eighty')."""
    try:
        return float(text.replace(",", "").rstrip("%"))
    except ValueError:
        return None


def _paying_verb(r: DocReader, tok: Token) -> Token | None:
    """The verb whose subject pays, when ``tok`` heads a 'for' of what is paid for: a verb of paying or of putting
    money in ('paid $450 million for a stake in Y', 'teamed up to supply $35 million for a stake in Y'), or the verb
    of an investment made for it ('agreed to make a $1 billion investment for a minority stake in Y')."""
    if tok.pos_ == "VERB" and tok.lemma_.lower() in PAY_VERBS | SUPPLY_VERBS:
        return tok
    if tok.pos_ == "VERB" and tok.lemma_.lower() in PAY_OUT_VERBS \
            and any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children):
        return tok  # ('laid out $1.5 billion for a minority stake in Y')
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.pos_ == "VERB" \
            and tok.lemma_.lower() in r.t.stakes and tok.lemma_.lower() != "stake":
        return tok.head
    return None


#: Verbs by which a deal gives someone a stake ('The deal gives Orbis a 15% stake in Tarvo').
GIVE_VERBS = {"give", "grant", "hand"}


def stake_rule(r: DocReader, acquires: Sequence[str] = ()) -> None:
    """'X took a 49% stake in Y', 'X holds stakes in Y and Z', 'X's stake in Y'; 'X bought a majority stake in
    Y' states what buying Y does too (``acquires``, the properties of the verb cue 'buy')."""
    majority = set(match_phrase(r.t.stakes, ["majority", "stake"])[1])
    for tok in r.doc:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in r.t.stakes:
            continue
        props = stake_props(r, tok)
        if not props or ended(tok):
            continue
        targets = [x for prep in tok.children if prep.dep_ == "prep" and prep.lower_ in {"in", "of"}
                   for p in prep.children if p.dep_ == "pobj" for x in r.with_conjuncts(p)]
        verb = tok.head
        if tok.dep_ == "dobj" and verb.lemma_.lower() in SALE_VERBS and not ended(verb):
            _stake_sold_to(r, tok, verb, targets, props, acquires if majority & set(props) else ())
        if tok.dep_ == "dobj" and verb.lemma_.lower() in SALE_VERBS | RELEASE_VERBS \
                or tok.dep_ == "pobj" and verb.lower_ == "of" and verb.head.lemma_.lower() in SALE_NOUNS:
            continue  # 'X sold its stake in Y', 'the sale of its stake in Y': X held it, and no longer does
        if not targets and tok.dep_ == "dobj":
            # 'X took a stake of 10% in Y' / the parser hangs 'in Y' on the verb
            # (or fronted by a relative pronoun: 'Kelda, in which Orbis took a stake')
            targets = [x for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "in"
                       for p in prep.children if p.dep_ == "pobj" and (prep.i > tok.i or p.tag_ in RELATIVE_TAGS)
                       for x in r.with_conjuncts(p)]
        holders = [c for c in tok.children if c.dep_ == "poss"]
        # ('its acquisition of a 5% stake in Y', 'Vexa's purchase of a controlling stake in Y')
        purchased = tok.dep_ == "pobj" and verb.lower_ == "of" and verb.head.lemma_.lower() in PURCHASE_NOUNS \
            and not ended(verb.head)
        if purchased and not (verb.head.dep_ in {"dobj", "nsubjpass"}
                              and verb.head.head.lemma_.lower() in STOPPED_VERBS):
            # ('its acquisition of a 5% stake in Y', 'Vexa's purchase of a stake in Y': the buyer's)
            holders += [c for c in verb.head.children if c.dep_ == "poss"]
        if not targets and tok.dep_ == "dobj" and verb.lemma_.lower() in RECEIVE_VERBS and not ended(verb):
            targets = r.subjects_of(verb)  # 'Y received a $50 million investment from X'
        # 'an investment in Y by X'; 'Y received an investment from X' (after 'bought a stake in Y from X', X is
        # the seller)
        # (but 'secured a 3.76% stake in Y': a stake in another company, which the subject now holds)
        receiving = tok.dep_ == "dobj" and verb.lemma_.lower() in RECEIVE_VERBS \
            and not (targets and tok.lemma_.lower() != "investment")
        givers = {"by", "from"} if receiving else {"by"}
        holders += [x for p in prep_objects(tok, givers) for x in r.with_conjuncts(p)]
        if receiving and not ended(verb):
            # ('Y received investments from A and B': the 'from' hung on the verb, after the noun)
            holders += [x for p in prep_objects(verb, {"from"}) if p.i > tok.i for x in r.with_conjuncts(p)]
        holder_verb: Token | None = verb
        given = [c for c in verb.children if c.dep_ == "dative"] \
            if tok.dep_ == "dobj" and verb.lemma_.lower() in GIVE_VERBS and not ended(verb) else []
        if given:
            # 'The deal gives Orbis a 15% stake in Tarvo': the one given the stake holds it, not the giver
            holders += [x for g in given for x in r.with_conjuncts(g)]
            holder_verb = None
        elif tok.dep_ == "pobj" and verb.lower_ == "for" and (payer := _paying_verb(r, verb.head)) is not None:
            holder_verb = payer  # 'X will pay $450 million for a stake in Y'
        elif tok.dep_ != "dobj" or receiving:
            holder_verb = None
        buys = holder_verb is not None and tok.dep_ == "dobj" and bool(
            {c.prop for c in r.t.verbs.get(holder_verb.lemma_.lower(), ()) if not c.particles and not c.preposition}
            & set(acquires))
        if holders and buys and holder_verb is not None and not any(h.pos_ == "PRON" for h in holders) \
                and not ended(holder_verb):
            holders = []  # ('Kelvo acquired Orvane's 35% stake in Zarvia': the buyer holds it now, not the seller)
        if not holders and holder_verb is not None and holder_verb.pos_ in {"VERB", "AUX"} and not ended(holder_verb):
            holders = r.subjects_of(holder_verb)
            if holder_verb.lemma_.lower() in INCLUDE_VERBS:
                # ('Kelvo's investments include a 45% stake in Y', 'its holdings comprise ...': whose the listing noun
                # is holds the stake)
                holders = [p for h in holders for p in ([h] if h.i in r.by_token else
                                                         [c for c in h.children if c.dep_ == "poss"])]
            # ('acquired a 20% stake in Y together with Z': both)
            if buys:
                holders += partners(r, holder_verb, holders)
                # (the partner's 'together with' hung on the stake: 'acquired a stake in Y for $5bn together with Z')
                holders += [x for c in tok.children if c.dep_ == "prep" and (
                    c.lower_ == "alongside" or c.lower_ == "with" and any(a.lower_ in {"together", "along"}
                                                                          for a in c.children))
                    for p in c.children if p.dep_ == "pobj" for x in r.with_conjuncts(p)
                    if (m := r.mention_of(x)) is not None and r.is_orgish(m)]
        # 'investments in start-ups such as A and B', 'stakes in game companies A and B': the names the common noun
        # is said to include, or written after it
        targets = [x for t in targets for x in ([t] if t.i in r.by_token else r.listed(t) or r.named_list(t) or [t])]
        if not any(t.i in r.by_token for t in targets):
            # ('stakes in several groups, including A and B': the names the stake noun lists, the parser hanging the
            # list on it)
            targets += r.listed(tok)
        # (not a nationality before the noun of the company: 'a stake in Vietnamese lender VIB')
        targets = [t for t in targets if not (t.ent_type_ == "NORP" and (m := r.mention_of(t)) is not None
                                              and len(r.mentions[m].text.split()) == 1)]
        # ('an investment in India': money spent in a place, no stake in a company; but a stake is in a company,
        # whatever the NER took its name for: 'a stake in Kestrel')
        if tok.lemma_.lower() == "investment":
            targets = [t for t in targets if (m := r.mention_of(t)) is None or r.leading(m) != r.t.place_class]
        # (or 'Vexa's purchase of a controlling stake in Y')
        bought = bool(acquires) and bool(majority & set(props)) and (purchased or holder_verb is not None and bool(
            {c.prop for c in r.t.verbs.get(holder_verb.lemma_.lower(), ())
             if not c.particles and not c.preposition} & set(acquires)))  # (not 'take': 'take over' is)
        for h in holders:
            hm = r.mention_of(h)
            held = _held_props(r, hm, props)
            for t in targets:
                r.add(hm, r.mention_of(t), [Cue(p) for p in held], tok, "stake")
                if bought and held is props:  # ('acquired a controlling stake in Y': acquired Y, its own reading)
                    r.add(hm, r.mention_of(t), [Cue(p) for p in acquires], tok, "stake")


def _given_to(verb: Token, noun: Token) -> list[Token]:
    """Who a verb gives its object to: the objects of 'to', a preposition of the verb or of the noun, or the verb's
    dative ('sold its stake in Tarvik to Brenta', 'issued new shares to Orvane')."""
    datives = [p for c in verb.children if c.dep_ == "dative" and c.lower_ == "to" for p in c.children
               if p.dep_ == "pobj"]
    return prep_objects(verb, {"to"}) + prep_objects(noun, {"to"}) + datives


def _stake_sold_to(r: DocReader, stake: Token, verb: Token, targets: list[Token], props: list[str],
                   acquires: Sequence[str] = ()) -> None:
    """'X sold its stake in Z to Y': Y holds the stake now; a majority stake, Y bought Z (``acquires``, the
    properties of the verb cue 'buy', as for 'Y bought a majority stake in Z'). Not 'X sold a stake to Y', a stake in
    X itself as often as in a unit of X told of before."""
    for b in _given_to(verb, stake) if targets else []:
        for x in r.with_conjuncts(b):
            for t in targets:
                r.add(r.mention_of(x), r.mention_of(t), [Cue(p) for p in props], stake, "stake")
                if acquires:
                    r.add(r.mention_of(x), r.mention_of(t), [Cue(p) for p in acquires], stake, "stake")


#: Verbs by which a company gives its own new shares to a buyer ('issued 84 million shares to X').
ISSUE_VERBS = {"issue", "allot", "allocate"}


#: Verbs by which a share of a company is held, said in the passive: 'Y is held 51% by A and 49% by B'.
PASSIVE_HOLD_VERBS = {"own", "hold", "control"}


def passive_share_rule(r: DocReader) -> None:
    """'Y is held 51% by A and 49% by B', 'Y is 30% owned by A': each share of the subject and who holds it, a
    holding of the size the share says (the ontology's 'majority stake' or 'stake'), the second share with its own
    'by'."""
    for verb in r.doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in PASSIVE_HOLD_VERBS or not r.is_passive(verb) \
                or ended(verb):
            continue
        held = [m for s in r.subjects_of(verb) if (m := r.mention_of(s)) is not None]
        agents = [p for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
        for c in verb.children:
            share = percent_of(c)
            if share is None:
                continue
            holders = agents if c.dep_ in {"npadvmod", "advmod", "nummod", "dobj"} \
                else prep_objects(c, {"by"}) if c.dep_ == "conj" else []
            cues = [Cue(p) for p in share_properties(r.t, share)]
            for x in (x for h in holders for x in r.with_conjuncts(h)):
                for t in held:
                    r.add(r.mention_of(x), t, cues, c, "stake")


def _shares_bought(r: DocReader, tok: Token) -> Token | None:
    """The noun 'shares' a verb's object says were bought or are held, with the company they are of: '625 million
    shares of Y' (a number of them), 'shares in Y', 'Y shares' (a company named), '$50m of common shares in Y' (an
    amount of them); None for any other object (not 'shares rose', 'its shares', 'a share of the market')."""
    amount = tok.lemma_.lower() != "share" and any(w.ent_type_ == "MONEY" or w.tag_ == "$" for w in tok.subtree
                                                    if w.i <= tok.i)
    if amount:
        tok = next((p for p in prep_objects(tok, {"of"}) if p.lemma_.lower() == "share" and p.tag_ == "NNS"), tok)
    if tok.lemma_.lower() != "share" or tok.tag_ != "NNS":
        return None
    if any(c.lower_ in WHOLE_WORDS for c in tok.children if c.dep_ in {"amod", "det", "predet"}):
        return None  # ('all outstanding shares of Y': the whole company, bought as the verb says)
    if amount or any(c.dep_ == "nummod" for c in tok.children):
        return tok
    # (the company's name after 'of' or 'in', on the noun or on the verb: 'bought shares in Y'; or before the noun)
    verb = tok.head if tok.dep_ == "dobj" else None
    named = [p for p in prep_objects(tok, {"of", "in"}) if p.i in r.by_token] \
        + [p for p in (prep_objects(verb, {"in"}) if verb is not None else []) if p.i in r.by_token and p.i > tok.i] \
        + [c for c in tok.children if c.dep_ in {"compound", "nmod"} and c.i in r.by_token]
    return tok if named else None


def _of_shares(tok: Token) -> bool:
    """Whether a noun is the plural 'shares', no name itself ('25% of the shares in Y')."""
    return tok.lemma_.lower() == "share" and tok.tag_ == "NNS" and tok.ent_type_ == ""


#: Fractions of a whole, as percentages: 'owns a fifth of Y'.
FRACTIONS = {"half": 50.0, "third": 100 / 3, "thirds": 200 / 3, "quarter": 25.0, "quarters": 75.0, "fifth": 20.0,
             "fifths": 40.0, "sixth": 100 / 6, "tenth": 10.0}


def share_rule(r: DocReader) -> None:
    """'X owns 57% of Y', 'X holds 10% of Y', 'X owns a majority of Y': a holding, of the size the share says
    (what the ontology's stake nouns 'majority stake' and 'stake' state)."""
    majority = match_phrase(r.t.stakes, ["majority", "stake"])[1]
    minority = match_phrase(r.t.stakes, ["stake"])[1]
    if not majority and not minority:
        return
    for tok in r.doc:
        if tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in ISSUE_VERBS \
                and tok.lemma_.lower() == "share" and not ended(tok.head):
            # ('Vexa will issue 84 million new shares to Orvane': Orvane buys into Vexa)
            for p in _given_to(tok.head, tok):
                for x in r.names_of(p):
                    for issuer in r.subjects_of(tok.head):
                        r.add(r.mention_of(x), r.mention_of(issuer), [Cue(q) for q in minority], tok, "stake")
            continue
        # ('paid $900 million for 70% of Y': what is paid for is bought)
        paid_for = tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.pos_ == "VERB" \
            and tok.head.head.lemma_.lower() in PAY_VERBS
        # (the tagger may take a relative clause's 'own' for an adjective: 'a venture in which A and B each own 10%')
        if not paid_for and (tok.dep_ != "dobj" or not (tok.head.pos_ == "VERB" or tok.head.dep_ == "relcl")
                             or tok.head.lemma_.lower() not in HOLD_VERBS):
            continue
        verb = tok.head.head if paid_for else tok.head
        whole: list[Cue] = []
        if ended(verb) or verb.lemma_.lower() in SALE_VERBS | RELEASE_VERBS:
            continue
        if tok.lemma_.lower() in {"majority", "minority"}:
            props = majority if tok.lemma_.lower() == "majority" else minority
        elif tok.lower_ in PERCENT_WORDS and (tok.ent_type_ == "PERCENT" or tok.lower_ == "cent" and tok.i > 0
                                               and tok.doc[tok.i - 1].lower_ == "per"):
            # ('57%', '57 percent', '57 per cent', which the NER may take for money)
            share = percent_of(tok)
            props = share_properties(r.t, share) if share is not None else []
            if not props:
                continue
            if share == 100:
                # ('Vexa agreed to acquire 100% of Tarvo': the whole company, bought as the verb says)
                whole = [Cue(c.prop) for c in r.t.verbs.get(verb.lemma_.lower(), ())
                         if not c.particles and not c.preposition and c.prop not in props]
        elif tok.lower_ in FRACTIONS and prep_objects(tok, {"of"}):
            # ('owns a fifth of Y', 'holds about a third of Y'; 'two-thirds of Y')
            props = share_properties(r.t, FRACTIONS[tok.lower_])
            if not props:
                continue
        elif (shares := _shares_bought(r, tok)) is not None:
            # ('acquired 625 million shares of Y', 'holds 2 million shares in Y', 'bought shares in Y', 'will acquire
            # Y shares', 'agreed to buy $50m of common shares in Y': a holding, of no size told)
            props = minority
            tok = shares
        else:
            continue
        targets = [x for prep in tok.children if prep.dep_ == "prep" and prep.lower_ in {"of", "in"}
                   for p in prep.children if p.dep_ == "pobj" for x in r.with_conjuncts(p)]
        if tok.lemma_.lower() != "share" and any(_of_shares(t) for t in targets):
            # ('bought 25% of the shares in Y', 'a fifth of Y shares': the company the shares are of; not shares of a
            # place, 'of the shares in Oslo')
            targets = [x for t in targets for x in (
                [y for p in prep_objects(t, {"of", "in"}) for y in r.with_conjuncts(p)]
                + [c for c in t.children if c.dep_ in {"compound", "nmod"} and c.i in r.by_token]  # ('of Y shares')
                if _of_shares(t) else [t])]
            targets = [t for t in targets if (m := r.mention_of(t)) is None or r.leading(m) != r.t.place_class]
        if tok.lemma_.lower() == "share":  # ('Y shares': the company named before the noun; 'bought shares in Y')
            targets += [c for c in tok.children if c.dep_ in {"compound", "nmod"} and c.i in r.by_token]
            if not targets and tok.dep_ == "dobj":
                targets += [p for p in prep_objects(tok.head, {"in"}) if p.i in r.by_token and p.i > tok.i]
            # (not shares bought somewhere: 'bought shares in Oslo')
            targets = [t for t in targets if (m := r.mention_of(t)) is None or r.leading(m) != r.t.place_class]
        # ('Tarvik, in which Kelvo owns 10%', 'a venture in which A and B each own 10%': the relative pronoun of the
        # verb's 'in', which stands for what the clause is about)
        # (and a phrase the parser headed by its city stands for the company: '80% of Norvik, Tessaly-based Kelvo')
        held = [r.located_name(m) if (m := r.named_or_owner(t)) is not None else None for t in targets]
        if paid_for:  # (not a share of a place paid for: 'paid taxes for 20% of Oslo')
            held = [m for m in held if m is None or r.leading(m) != r.t.place_class]
        if not targets:  # (not 'Oslo, in which Kelvo owns 10% of the offices')
            held += [r.mention_of(p) for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "in"
                     and prep.i < verb.i for p in prep.children if p.dep_ == "pobj" and p.tag_ in RELATIVE_TAGS]
        for h in r.subjects_of(verb):
            hm = r.mention_of(h)
            holding = _held_props(r, hm, props)
            for t in held:
                r.add(hm, t, [Cue(p) for p in holding], tok, "stake")
                if whole and holding is props:
                    r.add(hm, t, whole, tok, "stake")


#: Verbs by which a company gets the money of a round ('X raised $40 million in a round', 'X closed a round').
RAISE_VERBS = {"raise", "close", "secure", "complete", "land", "announce", "get", "receive", "win", "bag", "net",
               "finalize", "finalise", "rake"}
#: Verbs by which a round has its backers' part in it: 'the round featured participation from A'.
FEATURE_VERBS = {"feature", "include", "draw", "attract", "see", "saw"}
#: Those of them whose object may be the backers themselves: 'The round drew A and B'.
NAMING_FEATURE_VERBS = {"feature", "include", "draw", "attract"}
#: Nouns by which others join a round ('with participation from A and B').
JOIN_NOUNS = {"participation", "backing", "support", "contribution", "contributions", "investment", "investments",
              "funding", "financing", "fund", "money", "capital"}
#: Nouns of those who took part in what another noun names: 'round participants'.
PARTICIPANT_NOUNS = {"participant"}
#: Participles by which a noun of several took part in what their 'in' names: 'companies involved in the round'.
INVOLVED_VERBS = {"involve", "participate"}


#: Words of borrowed money: 'debt financing', 'a bond placement', 'bridge loan'.
DEBT_WORDS = {"debt", "loan", "bond", "bonds", "credit", "mortgage", "acquisition", "bank", "convertible"}
#: Words that make a round one of funding: 'a funding round', 'a Series B round', 'a seed round'.
FUNDING_MODIFIERS = {"funding", "financing", "fundraising", "series", "seed", "investment", "venture", "equity",
                     "growth", "pre-seed", "bridge"}
#: Words naming a round's stage: 'a Series A investment' is a round, 'an investment' alone need not be.
ROUND_STAGES = {"series", "seed", "pre-seed"}


def _of_what(tok: Token) -> bool | None:
    """Whether a round's 'of' says funding ('a round of funding'), or something else ('a round of talks'); None
    with no 'of'."""
    objects = prep_objects(tok, {"of"})
    words = [o for o in objects if o.pos_ != "PROPN"]
    if objects and not words:
        # ('the funding round of Velto Labs': a name, which says whose round, not of what; a round of funding only
        # when a word says so, not 'the final round of the Kestrel Cup')
        return any(w.lower_ in FUNDING_MODIFIERS for t in tok.lefts for w in t.subtree)
    if words and words[0].ent_type_ == "MONEY":
        return True  # ('a funding round of $600 million for Y': an amount, the round's size)
    return words[0].lemma_.lower() in FUNDING_MODIFIERS if words else None


def is_round_noun(tok: Token) -> bool:
    """A noun for a round of funding: 'round', 'financing', 'fundraising', and 'fund-raising' as the tokenizer
    splits it ('fund', '-', 'raising')."""
    if _stage_alone(tok):
        return True
    if tok.pos_ != "NOUN":
        return False
    if tok.lemma_.lower() in ROUND_NOUNS:
        return True
    if tok.lemma_.lower() == "investment" and any(w.lower_ in ROUND_STAGES for t in tok.lefts for w in t.subtree):
        return True  # 'a Series A investment', 'a seed investment'
    if tok.lemma_.lower() == "investment" and any(c.dep_ == "prep" and c.lower_ == "from" for c in tok.children) \
            and not any(c.dep_ == "poss" for c in tok.children) \
            and any(w.ent_type_ == "MONEY" for t in tok.lefts for w in t.subtree):
        return True  # 'a $30 million investment from A' (not 'Vexa's $30 million investment in a factory')
    doc = tok.doc
    return tok.lower_ in {"raising", "raise"} and tok.i >= 2 and doc[tok.i - 1].text == "-" \
        and doc[tok.i - 2].lower_ == "fund" and not doc[tok.i - 2].whitespace_ and not doc[tok.i - 1].whitespace_


def _stage_alone(tok: Token) -> bool:
    """'raised a $20 million Series A led by X': a stage named without a round noun after it is a round."""
    return tok.i > 0 and tok.doc[tok.i - 1].lower_ == "series" and bool(STAGE_LETTER.fullmatch(tok.text)) \
        and tok.dep_ not in {"compound", "nmod", "amod"}


def is_funding(tok: Token) -> bool:
    """Whether a round noun is one of funding: so named ('funding', 'financing', 'placement'), a round with a
    funding word or an amount ('a $40 million round'), or one in which money was raised; not 'a round of
    cuts', 'the third round'."""
    of = _of_what(tok)
    if of is not None:
        return of
    if any(w.lower_ in DEBT_WORDS for w in tok.subtree if w.i < tok.i):
        return False  # ('debt financing', 'a bond placement'): lenders, not investors
    if tok.lemma_.lower() != "round":
        return True
    words = {w.lower_ for w in tok.subtree if w.i < tok.i}
    if words & FUNDING_MODIFIERS or any(w.ent_type_ == "MONEY" for w in tok.subtree):
        return True
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    if verb.pos_ != "VERB" and verb.dep_ == "dobj":
        verb = verb.head
    return any(c.ent_type_ == "MONEY" for c in verb.children if c.dep_ == "dobj")


#: Nouns of making a round known or done: 'the announcement of a round', 'the close of a round'.
ANNOUNCEMENT_NOUNS = {"announcement", "close", "closing", "completion"}


#: NER labels of times and dates, which a round is 'in' without being anyone's.
TIME_ENTITIES = {"DATE", "TIME"}


def _round_recipients(r: DocReader, tok: Token) -> list[Token]:
    """Who a round noun says gets the money: 'a round in Y', 'Y's round', 'Y raised $5 million in a round',
    'Y closed a round'."""
    # ('a round of funding in Y': the 'in' on 'funding')
    nouns = [tok] + prep_objects(tok, {"of"})
    # (not a time: 'the funding round in August')
    targets = [p for n in nouns for p in prep_objects(n, {"in", "for"}) if p.ent_type_ not in TIME_ENTITIES]
    # ('the funding round of Velto Labs': a name as the round's 'of', not what it is of, 'a round of funding')
    targets += [p for p in prep_objects(tok, {"of"}) if p.i in r.in_names]
    # ('Tarvo's seed round': the possessive on the round, or hung by the parser on a word compounded with it)
    targets += [c for n in [tok, *(c for c in tok.children if c.dep_ == "compound" and c.i < tok.i)]
                for c in n.children if c.dep_ == "poss"]
    targets += _valued(r, tok)
    if not targets and tok.dep_ == "pobj" and tok.head.lower_ == "of" \
            and tok.head.head.lemma_.lower() in ANNOUNCEMENT_NOUNS:
        # ('Vexa set a record with the announcement of a €75m round', 'Vexa announced the close of a round'): the
        # round's as its announcement's, through the verb (not the announcement's possessor: 'Orbis's announcement
        # of a round ...' may tell of another's)
        tok = tok.head.head
        if any(c.dep_ == "poss" for c in tok.children):
            return []
    if not targets and tok.dep_ == "appos" and tok.head.ent_type_ == "MONEY":
        tok = tok.head  # ('Vexa raised $10 million, the biggest seed round in its region': the round is the amount)
    verb = tok.head
    if tok.dep_ == "pobj" and verb.lower_ == "in":
        verb = verb.head
        if verb.pos_ != "VERB" and verb.dep_ == "dobj":
            verb = verb.head  # 'raised $40 million in new funding', 'in' hung on the amount
    elif _with_round(tok):
        # 'Vexa launched with a $1 million seed round from A': the clause's subject has the round (an
        # organization: not 'Tom Hale founded Vexa with funding from A')
        # ('Zentrix's journey began with a $30 million seed round': the possessor of a subject that is no name)
        subjects = [p for s in r.subjects_of(verb.head)
                    for p in ([s] if s.i in r.by_token or s.pos_ != "NOUN" else
                              [c for c in s.children if c.dep_ == "poss"])]
        return targets or [s for s in subjects if not ended(verb.head)
                           and (m := r.mention_of(s)) is not None and r.is_orgish(m) and not r.is_person(m)]
    elif tok.dep_ != "dobj":
        return targets
    if not targets and verb.pos_ == "VERB" and verb.lemma_.lower() in RAISE_VERBS | RECEIVE_VERBS and not ended(verb):
        targets = r.subjects_of(verb)  # ('Y raised a round', 'Y attracted funding')
    return targets


def _valued(r: DocReader, tok: Token) -> list[Token]:
    """What a round values at an amount is who got it: 'the round, led by A, values Zentrix at $400 million', 'the
    round was co-led by A and B, valuing Zentrix at ...', 'A led the round, which values Zentrix at ...' (a name;
    not 'valuing the stake at', nor a valuation the text says is over)."""
    verbs = [tok.head] if tok.dep_ == "nsubj" else []
    verbs += [c for c in tok.children if c.dep_ == "relcl"]
    if tok.dep_ in {"nsubj", "nsubjpass", "dobj"}:
        verbs += [c for c in tok.head.children if c.dep_ == "advcl"]
    # (the parser's apposition too; 'a $1 billion round valued it at ...', the round the subject: the company 'it'
    # stands for, not 'A led a round that valued it at ...', where 'it' may be the backer)
    return [d for v in verbs if v.lemma_.lower() == "value" and not ended(v)
            and any(p.dep_ == "prep" and p.lower_ == "at" for p in v.children)
            for d in v.children if d.dep_ in {"dobj", "appos"}
            and (d.i in r.in_names or d.lower_ == "it" and tok.dep_ == "nsubj")]


def _joined_from(with_prep: Token) -> list[Token]:
    """'..., with participation from A and B': the 'from' or 'by' objects of a noun of joining that a 'with' has."""
    return [q for n in with_prep.children if n.dep_ == "pobj" and n.lemma_.lower() in JOIN_NOUNS
            for q in prep_objects(n, {"from", "by"})]


#: Verbs by which a 'with' phrase tells who else put money in: '..., with A also participating', '..., with A and B
#: investing'.
WITH_PARTICIPLES = ROUND_VERBS | {"invest", "co-invest"}


def _with_participants(r: DocReader, with_prep: Token) -> list[Token]:
    """Who a 'with' phrase says took part: '..., with A also participating', '..., with A and B investing' (the
    participle the subject of, or a noun the tagger took it for, the names its modifiers)."""
    out = [x for c in with_prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG"
           and c.lemma_.lower() in WITH_PARTICIPLES
           for s in c.children if s.dep_ == "nsubj" for x in r.with_conjuncts(s)]
    stems = WITH_PARTICIPLES | {w[:-1] for w in WITH_PARTICIPLES if w.endswith("e")}  # ('participat' of '-ing')
    out += [x for p in with_prep.children if p.dep_ == "pobj" and p.pos_ == "NOUN" and p.lower_.endswith("ing")
            and p.lower_[:-3] in stems
            for c in p.children if c.dep_ in {"nmod", "compound", "nsubj"} and c.i in r.by_token
            for x in r.with_conjuncts(c)]
    return out


def _backer_named(r: DocReader, tok: Token) -> bool:
    """A noun of backers naming them ('existing investors A and B'), or a name a backer noun modifies ('existing
    backer Z')."""
    if tok.i in r.in_names:
        return any(c.dep_ in {"compound", "amod"} and c.lemma_.lower() in BACKER_NOUNS for c in tok.children)
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in BACKER_NOUNS


def _take_part(verb: Token) -> bool:
    """'took part in', 'takes part in': a verb of taking part, as 'participate' is."""
    return verb.lemma_.lower() == "take" and any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children)


def _joins_round(head: Token) -> Token | None:
    """The verb whose subjects put money in a round that an 'in' on ``head`` names: a verb of joining it
    ('participated in', 'took part in', 'invested in') or the verb that makes an investment ('made follow-on
    investments in'); None when ``head`` is neither."""
    if head.pos_ == "VERB" and (head.lemma_.lower() in ROUND_VERBS | {"invest"} or _take_part(head)):
        return head
    if head.lemma_.lower() == "investment" and head.dep_ == "dobj" and head.head.lemma_.lower() == "make":
        return head.head
    if head.lemma_.lower() == "make" and any(c.dep_ == "dobj" and c.lemma_.lower() == "investment"
                                             for c in head.children):
        return head  # (the 'in' on the verb)
    return None


#: Nouns that, made definite, may stand for a round told of before: 'Orvane led the deal'.
ROUND_STAND_INS = {"deal", "transaction", "infusion"}


def _stands_for_round(r: DocReader, tok: Token) -> bool:
    """'Velmora raised $40 million. Orvane led the deal.', '... The $40 million was led by Orvane': a definite deal,
    or amount, that backers lead or join, with no company of its own ('the deal for Y'), standing for the round the
    sentences before told of (none told of: 'Orvane led the deal' is not read)."""
    if not is_definite(tok) or prep_objects(tok, {"in", "for", "of", "with"}):
        return False
    verb = tok.head
    # ('The new investment included participation from A and B': an investment that features backers)
    featuring = tok.dep_ == "nsubj" and verb.lemma_.lower() in FEATURE_VERBS
    if not (tok.pos_ == "NOUN" and (tok.lemma_.lower() in ROUND_STAND_INS or featuring and tok.lower_ == "investment")
            or tok.ent_type_ == "MONEY" and tok.dep_ == "nsubjpass"):
        return False
    if not (tok.dep_ in {"dobj", "nsubjpass"} and verb.lemma_.lower() in ROUND_VERBS or featuring
            or tok.dep_ == "pobj" and verb.lower_ == "in" and _joins_round(verb.head) is not None):
        return False
    return recent_round_recipient(r, r.sentence_index(tok)) is not None


def _with_round(tok: Token) -> bool:
    """A round noun after a 'with' on a verb: 'Vexa emerged from stealth with a $5 million round'."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.head.head.pos_ == "VERB"


def _earlier_round_recipient(r: DocReader, tok: Token) -> int | None:
    """'The round was led by X': who got the round the text told of in the sentences before ('Y raised
    $40 million in a Series B round.')."""
    if not is_definite(tok):
        return None
    return recent_round_recipient(r, r.sentence_index(tok))


def recent_round_recipient(r: DocReader, n: int) -> int | None:
    """Who got the round the text told of last in the sentences before sentence n (within the reader's window),
    if it names one. A definite round with no recipient of its own ('A and B led the new round.') is the one
    told of within the window before its own sentence (each step goes back, so the search ends)."""
    for k in r.sentences_before(n):
        for tok in reversed(r.sents[k]):
            if is_round_noun(tok) and not (tok.dep_ == "compound" and not is_round_noun(tok.head)) \
                    and not (tok.dep_ == "pobj" and tok.head.lower_ == "of" and is_round_noun(tok.head.head)):
                # (not a noun it modifies: 'a funding boom'; not the 'of' of 'a round of funding': the round)
                # the nearest round told of is the one meant, whoever raised it
                if not is_funding(tok):
                    # ('The round was led by X.': the one told of before, if that was of funding; not 'a round of
                    # talks', 'a second round of layoffs')
                    return recent_round_recipient(r, k) if is_definite(tok) and _of_what(tok) is None else None
                # ('in its last series of fundraising': the noun the round is the 'of' of is the round told of)
                told = tok.head.head \
                    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN" else tok
                recipients = [m for t in _round_recipients(r, told) if (m := r.mention_of(t)) is not None
                              and r.may_be_organization(m)]
                if recipients:
                    return recipients[0]
                if not is_definite(told):
                    return None
                # ('A and B led the new round.': the round told of within the window before that sentence)
                return recent_round_recipient(r, k)
            if tok.lemma_.lower() == "investment" and tok.pos_ == "NOUN" \
                    and any(c.ent_type_ == "MONEY" for c in tok.subtree if c.i < tok.i):
                # ('a $30 million investment in Velmora': a round told of, when it names whose)
                recipients = [m for p in prep_objects(tok, {"in"}) for t in [p, *r.listed(p)]
                              if (m := r.mention_of(t)) is not None and r.is_orgish(m)]
                if recipients:
                    return recipients[0]
            if _raises_money(tok):  # ('Vexa raised $40 million on Monday.': a round, unnamed)
                # (a company's, or a company's the NER took for a person: not a place's, nor money a person raised
                # for what is theirs: 'Marek raised $5m for his campaign')
                if any(c.dep_ == "poss" and c.lower_ in PERSON_POSSESSIVES for p in prep_objects(tok, {"for"})
                       for c in p.children):
                    return None
                # (or one a head noun of made things typed: 'Velto, an app for booking buses, raised $42 million')
                recipients = [m for t in r.subjects_of(tok) if (m := r.mention_of(t)) is not None
                              and (r.is_neither_person_nor_place(m) or m in r.lone_names)]
                return recipients[0] if recipients else None
    return None


def _money_words(verb: Token, noun: Token) -> bool:
    """Whether the words from a verb to its object, which the NER did not take for money, are an amount in a
    currency: a number with a currency's word or sign and a scale, the object itself being the scale or the
    currency ('raised Rs 8,765 crore'; not 'secured a $50 million contract')."""
    words = verb.doc[verb.i + 1:noun.i + 1]
    return noun.i - verb.i <= 6 and (noun.lower_ in SCALES or noun.lower_ in CURRENCY_WORDS) \
        and any(w.like_num for w in words) and any(w.lower_ in CURRENCY_WORDS for w in words) \
        and any(w.lower_ in SCALES for w in words)


def _besides_subject(verb: Token) -> list[Token]:
    """The words of a verb's clause other than the verb and its subject's (what it says of the money: 'in debt',
    'for its third fund', 'as part of a settlement')."""
    return [w for c in verb.children if c.dep_ not in {"nsubj", "nsubjpass"} for w in c.subtree]


def _raises_money(verb: Token) -> bool:
    """'Vexa raised $40 million', 'has secured $5 million': a verb of raising money with an amount for object;
    not money borrowed or raised for a fund ('raised $40 million in debt', 'by selling bonds', 'for its third
    fund')."""
    if not (verb.pos_ == "VERB" and verb.lemma_.lower() in RAISE_FROM_VERBS and not ended(verb)
            and any(c.dep_ == "dobj" and (c.ent_type_ == "MONEY" or _money_words(verb, c)) for c in verb.children)):
        return False
    # (not 'Bank of Lorvane raised': the subject's words are not weighed; money partly in equity is a round still:
    # 'raised $100 million ($50 million in equity and $50 million in debt)')
    words = {w.lemma_.lower() for w in _besides_subject(verb)}
    return not words & FUND_WORDS and not (words & DEBT_WORDS and "equity" not in words)


#: Possessives that make what they own a person's: 'for his campaign'.
PERSON_POSSESSIVES = {"his", "her"}
#: Words of a fund an investor raises money for (its backers invest in the fund, not in the investor).
FUND_WORDS = {"fund", "vehicle"}


def _others_named(r: DocReader, targets: list[Token]) -> bool:
    """Whether a round is for companies named, not the subject's own ('for its Kelda platform')."""
    return bool(targets) and all((m := r.mention_of(t)) is not None and r.leading(m) in {r.t.organization_class, None}
                                 and not any(c.dep_ == "poss" for c in t.children) for t in targets)


def round_rule(r: DocReader, invests: list[str]) -> None:
    """'X led a $50 million funding round in Y'; 'a round in Y led by X'; 'Y raised $5 million in a round led by
    X, with participation from Z'; 'Y closed a round, which was led by X'; 'The round was led by X' after a
    sentence that says who raised it."""
    if not invests:
        return
    cues = [Cue(p) for p in invests]
    for tok in r.doc:
        if not (is_round_noun(tok) or _stands_for_round(r, tok)) or ended(tok) or _of_what(tok) is False:
            continue  # (not 'a round of talks')
        if any(c.lemma_.lower() in DEBT_WORDS for c in tok.children if c.dep_ in {"compound", "amod", "nmod"}):
            continue  # ('raised debt financing from a bank': a loan, no stake)
        targets = _round_recipients(r, tok)
        backers: list[Token] = []
        verb = tok.head
        leads = [verb] if tok.dep_ == "nsubjpass" and verb.lemma_.lower() in ROUND_VERBS else []
        if tok.dep_ == "dobj" and verb.lemma_.lower() in ROUND_VERBS:
            backers = r.subjects_of(verb)
            # ('X co-led the round with Z': who it was led with, named, on the verb or the round; not one a
            # preposition says more of: 'with Tom Hale at the helm')
            backers += [p for h in (verb, tok) for w in h.children if w.dep_ == "prep" and w.lower_ == "with"
                        for p in w.children if p.dep_ == "pobj" and p.i in r.by_token
                        and not (p.i + 1 < len(r.doc) and r.doc[p.i + 1].pos_ == "ADP")]
            if not targets:
                targets = [p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "in" and prep.i > tok.i
                           for p in prep.children if p.dep_ == "pobj"]
        elif tok.dep_ == "dobj" and verb.lemma_.lower() in PROVIDE_VERBS and not ended(verb) \
                and _others_named(r, targets):
            # 'X announced a $1 billion round of funding for Y': a round for another company, named (not its own:
            # 'for its Kelda platform'), is the subject's
            backers = [s for s in r.subjects_of(verb) if r.mention_of(s) not in {r.mention_of(t) for t in targets}]
        elif tok.dep_ == "pobj" and verb.lower_ == "in" and (joiner := _joins_round(verb.head)) is not None \
                and not ended(joiner) \
                and (is_funding(tok) or is_definite(tok) or any(
                    (m := r.mention_of(t)) is not None and r.leading(m) in {r.t.organization_class, None}
                    for t in targets)):
            # 'X participated in the round', 'X took part in the round', 'X also invested in the round', 'X made
            # follow-on investments in the round', '... in Tarvo's latest round' (a round of funding, one told of, or
            # a company's: not 'took part in the Kestrel Cup's final round'); and those it did it with ('X alongside A
            # and B participated in the round')
            backers = r.subjects_of(joiner)
            backers += partners(r, joiner, backers)
        elif tok.dep_ == "pobj" and verb.lower_ == "in" and verb.head.lemma_.lower() in SUPPLY_VERBS \
                and _others_named(r, targets) and not ended(verb.head):
            backers = r.subjects_of(verb.head)  # 'X supplied $35 million in funding for Y'
        # 'a round in Y led by X', 'a round, which was led by X', 'the round was led by X'
        leads += [c for c in tok.children if c.dep_ in {"acl", "relcl"} and c.lemma_.lower() in ROUND_VERBS]
        if tok.dep_ in {"nsubj", "nsubjpass"}:
            # ('Led by X, the round values Y at $4 billion': the participle set before the round, its subject)
            leads += [c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBN" and c.i < tok.i
                      and c.lemma_.lower() in ROUND_VERBS]
        if tok.dep_ == "pobj" and verb.lower_ == "in":
            # 'Y raised $30 million in a seed round in January, led by X': the participle hung on the raising verb
            # (the 'in' on the verb, or on the amount)
            raised = verb.head.head if verb.head.pos_ != "VERB" and verb.head.dep_ == "dobj" else verb.head
            if raised.lemma_.lower() in RAISE_VERBS | RECEIVE_VERBS and not ended(raised):
                leads += [c for c in raised.children if c.dep_ == "advcl" and c.tag_ == "VBN" and c.i > tok.i
                          and c.lemma_.lower() in ROUND_VERBS]
        elif _with_round(tok):
            # ('Zentrix's journey began with a seed round in January, led by X': the participle hung on the verb)
            leads += [c for c in verb.head.children if c.dep_ == "advcl" and c.tag_ == "VBN" and c.i > tok.i
                      and c.lemma_.lower() in ROUND_VERBS]
        # '... was led by X and joined by other investors such as A and B', '... was led by X, joined by A and B'
        leads += [c for lead in leads for c in lead.children if c.lemma_.lower() in ROUND_VERBS
                  and (c.dep_ == "conj" or c.dep_ == "advcl" and c.tag_ == "VBN")]
        for lead in leads:
            backers += [x for a in lead.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"
                        for x in [p, *r.listed(p)]
                        # ('led by a $100 million investment from X': those the money came from)
                        + (prep_objects(p, {"from", "by"}) if p.lemma_.lower() in JOIN_NOUNS else [])]
            # '... that was led by X and included investment from Z'
            backers += [x for c in lead.children if c.dep_ == "conj" and c.lemma_.lower() == "include"
                        for n in c.children if n.dep_ == "dobj" and n.lemma_.lower() in JOIN_NOUNS
                        for x in prep_objects(n, {"from", "by"})]
        # '..., with participation from Z': on the verb of the clause, or on the round
        joined = [tok, *leads] + ([verb] if tok.dep_ in {"dobj", "nsubjpass"} or leads else []) \
            + ([verb.head] if tok.dep_ == "pobj" else [])
        joined += [a for a in tok.ancestors if a.pos_ == "VERB"][:1]  # (the clause's verb: 'secured ..., with')
        for w in (c for h in joined for c in h.children if c.dep_ == "prep" and c.lower_ == "with"):
            backers += _joined_from(w)
            # '..., with existing investor Z also participating'
            backers += _with_participants(r, w)
            # '..., with existing backer Z', '... with existing investors A and B'
            backers += [x for p in w.children if p.dep_ == "pobj" and _backer_named(r, p) for x in r.names_of(p)]
        # (the round's own verb, or that of a clause on it: 'a seed round that saw the participation of A')
        featuring = ([verb] if tok.dep_ == "nsubj" else []) + [c for c in tok.children if c.dep_ == "relcl"]
        for feat in (v for v in featuring if v.lemma_.lower() in FEATURE_VERBS and not ended(v)):
            # 'The round featured participation from A, B and C', 'the round drew investment from A'
            joins = [n for n in feat.children if n.dep_ == "dobj" and n.lemma_.lower() in JOIN_NOUNS]
            backers += [x for n in joins for x in prep_objects(n, {"from", "by", "of"})]
            backers += prep_objects(feat, {"from"}) if joins else []  # ('drew investment from A', the parser's way)
            # ('The round drew A and B', 'the round included A and B': the names themselves; not 'saw')
            backers += [x for n in feat.children if n.dep_ == "dobj" and n.i in r.by_token
                        and feat.lemma_.lower() in NAMING_FEATURE_VERBS for x in r.with_listed(n)
                        if (m := r.mention_of(x)) is not None and r.is_orgish(m)]
        if tok.dep_ == "dobj" and verb.lemma_.lower() in RAISE_VERBS | RECEIVE_VERBS and not ended(verb):
            # 'Y received funding from X', 'Y secured a round from X', 'Y raised a round of funding from X'
            backers += prep_objects(tok, {"from"}) + prep_objects(verb, {"from"}) + _from_after_time(verb) \
                + [p for o in prep_objects(tok, {"of"}) for p in prep_objects(o, {"from"})]
        elif _with_round(tok):
            backers += prep_objects(tok, {"from"})  # 'Y launched with a seed round from X'
        elif tok.dep_ == "pobj" and verb.lower_ == "in":
            # 'Y secured $5 million in seed funding from X' (the 'in' on the verb, or on the amount)
            amount = verb.head if verb.head.pos_ != "VERB" and verb.head.dep_ == "dobj" else None
            raised = amount.head if amount is not None else verb.head
            if raised.lemma_.lower() in RAISE_VERBS | RECEIVE_VERBS and not ended(raised):
                backers += prep_objects(tok, {"from"}) + prep_objects(raised, {"from"}) + _from_after_time(raised) \
                    + (prep_objects(amount, {"from"}) if amount is not None else [])
        if not backers:
            continue
        recipients = [r.mention_of(t) for t in targets]
        if not targets:
            recipients = [_earlier_round_recipient(r, tok)]
        # ('from tech giants A, B and C', 'from several investors, including A and B'; 'of A and other investors like
        # B and C')
        named = [x for b in backers for x in r.names_of(b)]
        named += [y for x in named if x.i not in r.by_token and x.pos_ == "NOUN" and x.dep_ == "conj"
                  for y in r.listed(x) if y not in named]
        for b in named:
            for t in recipients:
                r.add(r.mention_of(b), t, cues, tok, "funding-round")


#: Verbs by which money is raised from those who put it in ('raised $20 million from A'; not 'received' or
#: 'netted', which a payment or a settlement is too).
RAISE_FROM_VERBS = {"raise", "secure", "attract", "rake", "bag"}


#: Verbs by which money is received, which is funding when nothing says it was paid for something or owed.
RECEIVE_MONEY_VERBS = {"receive"}
#: Words that make money received a payment, not funding: 'received $5 million from A for its stake', 'as part of a
#: settlement', 'from the sale of', 'in damages'.
PAYMENT_WORDS = {"settlement", "sale", "payment", "dividend", "compensation", "fine", "damages", "refund", "grant",
                 "loan", "order", "contract", "revenue", "prize", "award", "proceeds", "fee", "fees", "royalty",
                 "royalties", "subsidy", "subsidies", "donation", "tax"}


def _received_as_funding(verb: Token, amount: Token) -> bool:
    """'Orvane received $14 million from Kelvo': money received, with nothing to say it paid for something ('for its
    stake'), settled a claim or came from a sale or a grant."""
    if verb.lemma_.lower() not in RECEIVE_MONEY_VERBS or amount.ent_type_ != "MONEY":
        return False
    if any(c.dep_ == "prep" and c.lower_ == "for" for h in (verb, amount) for c in h.children):
        return False
    words = {x for w in _besides_subject(verb) for x in (w.lemma_.lower(), w.lower_)}
    return not words & (PAYMENT_WORDS | DEBT_WORDS)


#: Nouns of money that, made definite, stand for an amount told of before: 'raised the money from A'.
MONEY_NOUNS = {"money", "capital", "funds", "cash", "sum"}


def _money_told_of(verb: Token, noun: Token) -> bool:
    """'The company got the money from A and B', 'has raised this capital from A' (after 'Vexa raised
    $5 million'): a definite noun of money as the object of a verb of raising or getting it."""
    return verb.lemma_.lower() in RAISE_FROM_VERBS | {"get", "receive"} and noun.lower_ in MONEY_NOUNS \
        and is_definite(noun)


def _money_raised_before(r: DocReader, n: int) -> bool:
    """Whether the sentences before sentence n (within the reader's window) tell of a round of funding or of money
    raised, whoever got it."""
    return any(is_round_noun(tok) and is_funding(tok) or _raises_money(tok)
               for k in range(max(0, n - r.window), n) for tok in r.sents[k])


def raised_amount_rule(r: DocReader, invests: list[str]) -> None:
    """'Y raised $300 million led by X', 'Y raised $20 million from X': an amount raised, with who led it or
    put it in, and no round noun."""
    if not invests:
        return
    for verb in r.doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in RAISE_VERBS or ended(verb) or r.is_passive(verb):
            continue
        # (not money borrowed: 'raised Rs 500 crore in debt from lenders', 'raised $5m of debt financing')
        borrowed = [w for c in verb.children if c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ == "in"
                    for w in c.subtree if w.lemma_.lower() in DEBT_WORDS and w.i not in r.in_names]
        if borrowed:
            continue
        # (an amount the NER took for money, or a number in a currency it does not know: 'Rs 8,765 crore')
        for amount in (c for c in verb.children if c.dep_ == "dobj" and (
                c.ent_type_ == "MONEY" or verb.lemma_.lower() in RAISE_FROM_VERBS and _money_words(verb, c)
                or _money_told_of(verb, c))):
            leads = [c for c in amount.children if c.dep_ == "acl" and c.lemma_.lower() in ROUND_VERBS]
            backers = [x for lead in leads for a in lead.children if a.dep_ == "agent"
                       for p in a.children if p.dep_ == "pobj" for x in r.with_listed(p)]
            told_of = _money_told_of(verb, amount)
            if verb.lemma_.lower() in RAISE_FROM_VERBS or told_of or _received_as_funding(verb, amount):
                # 'Y raised $20 million from A and B', '... from investors including A and B'; 'The company got the
                # money from A'
                # ('..., including from A and B': some of those it came from)
                including = [q for h in (verb, amount) for c in h.children if c.dep_ == "prep"
                             and c.lower_ == "including" for q in prep_objects(c, {"from"})]
                sources = prep_objects(verb, {"from"}) + prep_objects(amount, {"from"}) + _from_after_time(verb)
                for p in sources + including:
                    backers += r.names_of(p)
                if sources:
                    backers += _along_with(r, [verb, amount], min(p.i for p in sources))
                # ('... from investors, including A and B': the list the parser hung on the verb or the amount, after
                # a plural noun of those it came from)
                after = min((p.i for p in sources if p.tag_ == "NNS" and p.i not in r.in_names), default=None)
                if after is not None:
                    backers += [x for h in (verb, amount) for c in h.children if c.dep_ == "prep" and c.i > after
                                and is_list_prep(c) for p in c.children if p.dep_ == "pobj" for x in r.names_of(p)]
                # 'Y raised $12 million with participation from A and B'
                backers += [x for h in (verb, amount) for w in h.children if w.dep_ == "prep" and w.lower_ == "with"
                            for q in _joined_from(w) for x in r.names_of(q)]
            # 'Y raised $20 million, with A also participating'
            backers += [x for w in verb.children if w.dep_ == "prep" and w.lower_ == "with"
                        for x in _with_participants(r, w)]
            subjects = r.subjects_of(verb)
            recipients = [r.mention_of(t) for t in subjects]
            if verb.tag_ == "VBG" and verb.dep_ == "advcl" and not any(r.mention_of(t) for t in subjects) \
                    and _round_in_clause(r, verb.head):
                # ('This was followed by a Series A round in September, raising $200 million from A and B': the
                # participle of a clause that tells of a round with no company of its own, the round told of before)
                recipients = [recent_round_recipient(r, r.sentence_index(verb))]
            if told_of:
                # (the money of a round told of before, got by its recipient: named so, or called 'the company' or
                # 'it'; not money lent, paid or won: 'It got the cash from a bank' after 'borrowed $5 million')
                n = r.sentence_index(verb)
                told = recent_round_recipient(r, n)
                if told is not None:
                    recipients = [told if t.i not in r.in_names else m for t, m in zip(subjects, recipients)]
                    recipients = [m for m in recipients if m == told]
                elif not _money_raised_before(r, n):
                    recipients = []
            for b in backers:
                for m in recipients:
                    r.add(r.mention_of(b), m, [Cue(p) for p in invests], amount, "funding-round")


def _along_with(r: DocReader, heads: Sequence[Token], after: int) -> list[Token]:
    """The names 'along with' or 'together with' adds on one of ``heads`` after token ``after`` (the source of the
    money named first): '... from A, along with strategic investors like B and C'; not a phrase before it, which
    adds to the subject ('Vexa, along with Tarvik, raised ...')."""
    withs = [w for h in heads for c in h.children if c.dep_ == "prep" and c.i > after
             for w in ([c] if c.lower_ == "with" and any(a.lower_ == "together" for a in c.children)
                       else [x for x in c.children if x.dep_ == "prep" and x.lower_ == "with"]
                       if c.lower_ == "along" else [])]
    return [x for w in withs for p in w.children if p.dep_ == "pobj" for x in r.names_of(p)]


def _from_after_time(verb: Token) -> list[Token]:
    """The objects of a 'from' the parser hung on a time phrase of the verb: 'raised Series C funding at the end of
    2019 from A and B'."""
    return [p for c in verb.children if c.dep_ == "prep" for t in c.subtree
            if t.ent_type_ in TIME_ENTITIES for p in prep_objects(t, {"from"})]


def _round_in_clause(r: DocReader, verb: Token) -> bool:
    """Whether a verb's own words (not its clauses') tell of a round of funding that names no company of its own:
    'This was followed by a Series A round in September', 'a round followed'."""
    return any(is_round_noun(t) and is_funding(t) and not _round_recipients(r, t)
               for c in verb.children if c.dep_ not in {"advcl", "ccomp", "relcl", "conj"} for t in c.subtree)


#: Entity labels of the NER that date or price a sale: 'Kelvo, which sold in 2019 to Brenta', '... for $40 million'.
SALE_TERMS = {"DATE", "MONEY"}


def sale_rule(r: DocReader, acquires: list[str]) -> None:
    """'X sold Y to Z', 'X agreed to sell Y to Z', 'the sale of Y to Z': Z acquired Y; and a company that sold,
    at a date or a price, to a buyer ('Kelvo, which sold in June to Brenta'): the buyer acquired it (not
    'Kelvo sold to Brenta for years': a supplier's trade)."""
    if not acquires:
        return
    for act in r.doc:  # (a verb of selling, or a noun of it: 'the sale of Y to Z')
        if act.pos_ == "NOUN" and act.lemma_.lower() in SALE_NOUNS:
            sold = [x for p in prep_objects(act, {"of"}) for x in r.with_conjuncts(p) + r.named_list(p)]
        elif act.pos_ != "VERB" or act.lemma_.lower() not in SALE_VERBS:
            continue
        elif r.is_passive(act):
            sold = r.subjects_of(act)
        else:
            sold = [x for c in act.children if c.dep_ == "dobj" for x in r.with_conjuncts(c)]
            if not any(c.dep_ in {"dobj", "dative"} and c.lower_ != "to" for c in act.children) \
                    and _dated_or_priced(act):
                sold = r.subjects_of(act)
        buyers = [p for prep in act.children if prep.dep_ in {"prep", "dative"} and prep.lower_ == "to"
                  for p in prep.children if p.dep_ == "pobj"]
        for b in buyers:
            buyer = r.mention_of(b)
            if buyer is None or not r.is_orgish(buyer):
                continue
            for item in sold:
                r.add(buyer, r.mention_of(item), [Cue(p) for p in acquires], act, "sale")


def _dated_or_priced(verb: Token) -> bool:
    """Whether a verb has a date or a price among its modifiers ('sold in June', 'sold for $40 million')."""
    for c in verb.children:
        words = [c, *(p for p in c.children if p.dep_ == "pobj")] if c.dep_ == "prep" else [c]
        if any(w.ent_type_ in SALE_TERMS for w in words if c.dep_ in {"prep", "npadvmod", "tmod"}):
            return True
    return False


#: Verbs by which a deal is done: 'completed its takeover of Y', 'closed the acquisition of Y'.
COMPLETE_VERBS = {"complete", "close", "finalize", "finalise", "finish", "conclude"}
#: Verbs by which a buyer agrees to a deal not yet done ('Kelda agreed a takeover of Tarvo'), or makes it known
#: ('Kelda announced the acquisition of Tarvo'): an acquisition, no holding yet.
DEAL_AGREE_VERBS = {"agree", "seal", "strike", "sign", "announce", "unveil"}
#: Verbs by which a company's governing body lets its deal go ahead ('Kelda's board approved the acquisition of
#: Tarvo'): the body's company is the buyer (not whoever else approves: 'regulators approved ...').
DEAL_APPROVE_VERBS = {"approve", "greenlight", "endorse", "ratify", "clear"}


def _body_organization(r: DocReader, body: Token) -> Token | None:
    """The name of the organization a governing body is of: 'Vexa's board', 'the board (of directors) of Vexa'."""
    nouns = [body] + [p for c in body.children if c.dep_ == "prep" and c.lower_ == "of"
                      for p in c.children if p.dep_ == "pobj" and p.lower_ in BODY_NOUNS]
    for n in nouns:
        m = title_organization(r, n)
        if m is not None:
            return r.doc[r.spans[m].end - 1]
    return None


def agreed_or_completed_deal_rule(r: DocReader, buy: list[str]) -> None:
    """'X completed its takeover of Y', 'X closed the acquisition of Y': the buyer now holds the whole of Y,
    which is what the ontology's 'majority stake' states (owns), besides the acquisition the event noun
    states. Not 'X agreed to complete ...', 'X expects to close ...' (a deal not yet done), nor an ended act.
    'X agreed a takeover of Y', 'X sealed the purchase of Y', 'X announced the acquisition of Y', 'X's board
    approved the acquisition of Y': the acquisition alone. Not another's deal ('announced Orbis's acquisition of Y',
    'the acquisition of Y by Orbis'), nor one approved by any but the buyer's own board ('regulators approved
    ...')."""
    majority = match_phrase(r.t.stakes, ["majority", "stake"])[1]
    if not majority or not buy:
        return
    for noun in r.doc:
        if noun.pos_ != "NOUN" or noun.dep_ != "dobj" \
                or noun.head.lemma_.lower() not in COMPLETE_VERBS | DEAL_AGREE_VERBS | DEAL_APPROVE_VERBS:
            continue
        verb = noun.head
        completed = verb.lemma_.lower() in COMPLETE_VERBS
        approved = verb.lemma_.lower() in DEAL_APPROVE_VERBS
        if verb.tag_ not in {"VBD", "VBN", "VBZ", "VBP"} or ended(verb) or any(c.dep_ == "neg" for c in verb.children):
            continue  # (the infinitive of 'agreed to complete', 'expects to close')
        if not set(buy) & set(match_phrase(r.t.events, [noun.lemma_.lower()])[1]):
            continue
        done = [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                for p in c.children if p.dep_ == "pobj" for o in r.with_conjuncts(p)]
        # ('Vexa completed its takeover of Y': the subject, whatever 'its' alone would be read as)
        owners = r.subjects_of(verb) or [c for c in noun.children if c.dep_ == "poss"]
        if any(c.dep_ == "poss" and c.i in r.by_token for c in noun.children) \
                or any(p.lower_ == "by" and p.i > noun.i for p in [*noun.children, *verb.children]
                       if p.dep_ in {"prep", "agent"}):
            continue  # ('announced Orbis's acquisition of Y', 'approved the acquisition of Y by Orbis': another's deal)
        if approved:
            # ('Vexa's board approved ...', 'the board of directors of Vexa approved ...')
            owners = [org_tok for s in owners if s.lemma_.lower() in BODY_NOUNS
                      for org_tok in [_body_organization(r, s)] if org_tok is not None]
        for d in owners:
            for o in done:
                if completed:
                    r.add(r.mention_of(d), r.mention_of(o), [Cue(p) for p in majority], noun, "completed-deal")
                r.add(r.mention_of(d), r.mention_of(o), [Cue(p) for p in buy], noun, "completed-deal")


def listed_backers_rule(r: DocReader, invests: list[str]) -> None:
    """'Vexa raised $50 million in a round led by X. Other investors include A, B and C': backers listed with
    no company of their own ('its', 'Vexa's', 'in Vexa') invest in the one that raised the round just told
    of; so do those who 'also participated' or 'invested' with no round named."""
    if not invests:
        return
    cues = [Cue(p) for p in invests]
    for tok in r.doc:
        # ('Other investors include A and B'; 'round participants included A and B', 'participants in that round')
        participants = tok.lemma_.lower() in PARTICIPANT_NOUNS \
            and (any(c.dep_ in {"compound", "nmod", "amod"} and (is_round_noun(c) or c.lower_ in ROUND_NOUNS)
                     for c in tok.children)  # (the tagger's adjective 'round')
                 or any(is_round_noun(p) and _of_what(p) is not False
                        and (is_funding(p) or is_definite(p))
                        for p in prep_objects(tok, {"in"})))  # ('in that round' told of before; not 'of talks')
        # ('companies involved in the funding include A and B', 'firms taking part in the round')
        joined = [p for c in tok.children if c.dep_ == "acl" and (c.lemma_.lower() in INVOLVED_VERBS or _take_part(c))
                  for p in prep_objects(c, {"in"}) if is_round_noun(p) and _of_what(p) is not False
                  and (is_funding(p) or is_definite(p) or _round_recipients(r, p))]
        participants = participants or bool(joined)
        if tok.pos_ != "NOUN" or tok.tag_ != "NNS" or ended(tok) \
                or not (participants or set(title_props(r, [tok.lemma_.lower()])) & set(invests)):
            continue
        if any(c.dep_ == "poss" for c in tok.children) or title_organization(r, tok, ("in", "of", "at")) is not None:
            continue  # (title_list_rule's)
        members = title_list_members(r, tok)
        if not members:
            continue
        # (and the names between the list's first and last, which the parser may hang off the list: 'A, B and
        # insiders C, D and E')
        lo, hi = min(m.i for m in members), max(m.i for m in members)
        listed = {r.mention_of(m) for m in members} | {r.by_token[i] for i in range(lo, hi + 1) if i in r.by_token}
        n = r.sentence_index(tok)
        # ('companies involved in the Velmora funding include A': the round's own company)
        own = [m for p in joined for t in _round_recipients(r, p) + [c for c in p.children if c.dep_ == "compound"
                                                                     and c.i in r.in_names]
               if (m := r.mention_of(t)) is not None and m not in listed]
        if not own and any(m.sentence == n and m.id not in listed and r.is_neither_person_nor_place(m.id)
                           for m in r.mentions):
            continue  # (another company in the sentence may be the one they back: 'Y raised $5m from investors
            # including A'; not a place: 'an unnamed US insurer')
        recipient = own[0] if own else recent_round_recipient(r, n)
        if recipient is None:
            continue
        for member in sorted(m for m in listed if m is not None):
            r.add(member, recipient, cues, tok, "round-backers")
    # 'A and B led the round. They were joined by C and D.': the pronoun stands for the round's backers, when
    # the sentence before tells who led or joined a round (not 'A and B sued the company. They were joined by C.')
    for verb in r.doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() != "join" or ended(verb) \
                or not any(c.dep_ == "nsubjpass" and c.tag_ == "PRP" for c in verb.children) \
                or not _round_backed_in(r, r.sentence_index(verb) - 1):
            continue
        backers = [x for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"
                   for x in r.with_listed(p) if x.i in r.by_token]
        recipient = recent_round_recipient(r, r.sentence_index(verb)) if backers else None
        for b in backers if recipient is not None else ():
            r.add(r.mention_of(b), recipient, cues, verb, "round-backers")
    # 'Vexa raised $5 million in a round led by X. Existing investors A and B also participated.', '... A and B were
    # also involved, as were C and D'
    for verb in r.doc:
        # ('were also involved'; not 'regulators were involved')
        involved = verb.lemma_.lower() == "involve" and r.is_passive(verb) \
            and any(c.dep_ == "advmod" and c.lower_ == "also" for c in verb.children)
        # ('also took part': as 'participated'; not 'took part in the talks')
        part = _take_part(verb)
        # ('Along with new investors A and B, existing investors C and D also took part': more of them)
        along = [c for c in verb.children if c.dep_ == "prep" and c.i < verb.i and c.lower_ in {"along", "alongside"}]
        if verb.pos_ != "VERB" or not (verb.lemma_.lower() in {"participate", "invest"} or involved or part) \
                or ended(verb) or any(c.dep_ in {"dobj", "prep", "xcomp", "ccomp"} and not (part and c.lower_ == "part")
                                      and c.lower_ != "according" and c not in along for c in verb.children):
            continue  # (a round named, or something else joined: round_rule's, or no round at all)
        subjects = r.subjects_of(verb) or _fronted_subjects(r, verb)
        subjects += [p for c in along for w in ([c] if c.lower_ == "alongside" else
                                                [x for x in c.children if x.dep_ == "prep" and x.lower_ == "with"])
                     for p in w.children if p.dep_ == "pobj"]
        # ('..., as were C and D', 'as did C': the clause that says the same of others)
        subjects += [s for c in verb.children if c.dep_ == "advcl" and c.lemma_.lower() in {"be", "do"}
                     and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children)
                     for s in c.children if s.dep_ in {"nsubj", "nsubjpass"}]
        backers = [x for s in subjects for x in r.with_listed(s) if x.i in r.by_token]
        recipient = recent_round_recipient(r, r.sentence_index(verb)) if backers else None
        if recipient is None and backers and verb.lemma_.lower() == "invest" \
                and any(c.dep_ == "advmod" and c.lower_ == "also" for c in verb.children):
            # ('A has invested in Y. B has also invested.': in what the investment told of before was in)
            recipient = _earlier_investment_target(r, r.sentence_index(verb))
        for b in backers if recipient is not None else ():
            r.add(r.mention_of(b), recipient, cues, verb, "round-backers")


def _earlier_investment_target(r: DocReader, n: int) -> int | None:
    """What the nearest verb 'invest' in the sentences before sentence n (within the reader's window) says was
    invested in, when its 'in' names an organization ('A has invested in digital bank Y.'); None otherwise."""
    for k in r.sentences_before(n):
        for tok in reversed(r.sents[k]):
            if tok.pos_ == "VERB" and tok.lemma_.lower() == "invest" and not ended(tok):
                targets = [m for p in prep_objects(tok, {"in"})
                           if (m := r.mention_of(p)) is not None and r.is_neither_person_nor_place(m)]
                return targets[0] if targets else None
    return None


def _fronted_subjects(r: DocReader, verb: Token) -> list[Token]:
    """The names after the copula of a participle set before it: 'Also participating were A and B, as well as existing
    investors C and D', read word by word to the end of the sentence, as the parser often hangs such a list wrongly;
    not the names of a clause within ('..., which backed Y')."""
    copula = verb.head if verb.dep_ == "acomp" else next(
        (c for c in verb.children if c.dep_ in {"aux", "auxpass"}), None)
    if verb.tag_ != "VBG" or copula is None or copula.lemma_ != "be" or copula.i < verb.i:
        return []
    return r.names_after(copula)


def _round_backed_in(r: DocReader, k: int) -> bool:
    """Whether sentence k tells of backers of a round: 'A and B led the new round of funding', 'A co-led it'
    after a round told of."""
    if k < 0:
        return False
    return any(tok.pos_ == "VERB" and tok.lemma_.lower() in ROUND_VERBS and not ended(tok)
               and any(c.dep_ == "dobj" and is_round_noun(c) for c in tok.children) for tok in r.sents[k])


#: Nouns of money put in, after 'with': 'X, ..., with investments from A and B'.
MONEY_IN_NOUNS = {"investment", "investments", "backing", "funding", "financing"}


def with_investment_rule(r: DocReader, invests: list[str]) -> None:
    """'Vexa is based in Oslo, with investments from A, B and C': those the money came from invest in the
    subject of the clause the 'with' hangs on (when it is an organization; no round need be named)."""
    if not invests:
        return
    for prep in r.doc:
        if prep.lower_ != "with" or prep.dep_ != "prep" or prep.head.pos_ not in {"VERB", "AUX"} or ended(prep.head):
            continue
        if prep.head.lemma_.lower() in ROUND_VERBS or any(is_round_noun(c) for c in prep.head.children) \
                or {c.prop for c in r.t.verbs.get(prep.head.lemma_.lower(), ())} & set(invests):
            continue  # ('A co-led the round, with backing from B': the round's, round_rule's; 'A invested $5 million
            # in Y, with backing from B': the subject is no company the money went to)
        backers = [x for n in prep.children if n.dep_ == "pobj" and n.lemma_.lower() in MONEY_IN_NOUNS
                   for p in prep_objects(n, {"from"}) for x in r.names_of(p)]
        if backers:
            backers += _along_with(r, [prep.head], prep.i)  # ('..., along with strategic investors like C')
        # (the subject, or the name in apposition to it: 'One of the largest, Vexa Labs, is based in ...'; what
        # a person founded: 'he founded Kelda with backing from A')
        subjects = [x for s in r.subjects_of(prep.head) for x in [s, *r.appositions(s)]]
        founded = [x for o in prep.head.children if o.dep_ == "dobj" and o.i in r.by_token
                   for x in [o, *r.appositions(o)]] if _founding(r, prep.head) else []
        recipients = [m for s in founded or subjects if (m := r.mention_of(s)) is not None and r.is_orgish(m)]
        for b in backers:
            for t in recipients:
                r.add(r.mention_of(b), t, [Cue(p) for p in invests], prep, "funding-round")


def _founding(r: DocReader, verb: Token) -> bool:
    """Whether a verb is a cue only of properties from a person to the organization it makes ('found', 'set
    up'), and not a role's ('join', 'lead': a person's role at an organization that was there before)."""
    cues = [c for c in r.t.verbs.get(verb.lemma_.lower(), ()) if not c.preposition]
    sig = {r.t.signature.get(c.prop, (None, None)) for c in cues}
    return bool(cues) and sig == {(r.t.person_class, r.t.organization_class)} \
        and not {c.prop for c in cues} & {c.prop for c in r.t.role}


def deal_rules(r: DocReader) -> None:
    """All the rules of this module, on one parsed document."""
    # a sale states what buying states, turned round; a funding round what funding states
    buy = r.verb_props("buy")
    fund = r.verb_props("fund")
    stake_rule(r, buy)
    share_rule(r)
    passive_share_rule(r)
    round_rule(r, fund)
    listed_backers_rule(r, fund)
    with_investment_rule(r, fund)
    raised_amount_rule(r, fund)
    sale_rule(r, buy)
    agreed_or_completed_deal_rule(r, buy)
