"""Relation rules read off verbs and event nouns.

- Verbs: 'X acquired Y', 'Y was acquired by X', 'X founded Vexa with Y', 'X shot and killed Y', a verb with
  the preposition its cue names ('hired engineers from Brightline').
- Event nouns: 'X's acquisition of Y', 'the acquisition of Y by X', 'the Hale assassination'.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from .business import BODY_NOUNS, LEAD_VERBS, ended
from .cues import MAJORITY_SHARE, Cue, match_phrase, share_properties
from .mentions import SUBJECT_DEPS, cue_words, prep_objects, without_setting
from .reader import DocReader

#: Verbs whose 'out of' says what their 'in' says: 'based out of Oslo', 'operates out of Oslo'.
OUT_OF_VERBS = {"base", "operate"}
#: Base forms the lemmatizer takes for the past of another verb: 'to found a company' is not 'to find' one.
BASE_FORMS = {"found"}
#: Verbs whose infinitive object goes without 'to': 'helped found Vexa'.
BARE_INFINITIVE_VERBS = {"help", "let", "make"}
#: The forms of 'help', which the parser may make an auxiliary (its lemma then the form itself): 'who helped found'.
HELP_FORMS = {"help", "helps", "helped"}


def verb_lemma(tok: Token) -> str:
    """A verb's lemma, but a base form that is also another verb's past tense stays itself ('went on to
    found Vexa', 'they found companies')."""
    if tok.lower_ in BASE_FORMS \
            and (tok.tag_ in {"VB", "VBP"} or any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
                 or tok.dep_ == "xcomp" and tok.head.lemma_.lower() in BARE_INFINITIVE_VERBS
                 or any(c.dep_ == "aux" and c.lower_ in HELP_FORMS for c in tok.children)):
        # (and 'helped found Vexa', a bare infinitive the tagger took for a past, the parser perhaps making 'helped'
        # its auxiliary)
        return tok.lower_
    return tok.lemma_.lower()


def verb_rule(r: DocReader, verb: Token) -> None:
    passive = r.is_passive(verb)
    child_texts = {c.lower_ for c in verb.children if c.dep_ in {"prt", "advmod", "prep"}}
    for cue in r.t.verbs[verb_lemma(verb)]:
        if any(p not in child_texts for p in cue.particles):
            continue
        subjects = r.subjects_of(verb)
        agent_class, made = r.t.signature.get(cue.prop, (None, None))
        of_person = agent_class == r.t.person_class
        if cue.preposition and not passive and any(c.dep_ == "dobj" for c in verb.children) and of_person:
            continue  # 'she moved the company's headquarters to Oslo': what moves is the object, not she
        # ('took over Zentrix': a cue's last word the parser read as a particle, its object the verb's)
        particle = cue.preposition is not None \
            and any(c.dep_ == "prt" and c.lower_ == cue.preposition for c in verb.children)
        if particle and any((m := r.mention_of(s)) is not None and r.is_person(m) for s in subjects):
            continue  # ('Tom Hale took over the family business': he came to run it, not to buy it)
        if cue.preposition and not particle:
            preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == cue.preposition]
            if cue.preposition == "in" and verb.lemma_.lower() in OUT_OF_VERBS:  # ('based out of Oslo': 'in')
                preps += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "out"
                          for g in c.children if g.dep_ == "prep" and g.lower_ == "of"]
            # 'hired engineers from Brightline': the preposition after an object that names nothing
            preps += [c for d in verb.children if d.dep_ == "dobj" and d.i not in r.by_token
                      for c in d.children if c.dep_ == "prep" and c.lower_ == cue.preposition]
            preps = without_setting(verb, preps, {cue.preposition})
            objects = [o for p in preps for c in p.children if c.dep_ == "pobj" for o in r.with_conjuncts(c)]
            # ('invested in three startups, including A and B': the names the noun is said to include)
            objects += [x for o in objects for x in r.listed(o) + r.named_list(o)]
            if of_person:
                objects += [x for o in objects for x in board_of(r, o)]  # ('serves on the board of Vexa')
            for s in subjects:
                for o in objects:
                    r.add(r.mention_of(s), r.mention_of(o), [Cue(cue.prop)], verb,
                          "verb-passive" if passive else "verb")
            continue
        if passive:
            agents = [c for a in verb.children if a.dep_ == "agent" for c in a.children if c.dep_ == "pobj"]
            agents = [unit_owner(r, a) or a for a in agents]  # ('acquired by an affiliate of Vexa')
            # ('was backed by investors such as A and B': the names the agent noun is said to include)
            agents = [x for a in agents for x in r.with_listed(a) + r.named_list(a) + r.listed(a)
                      + _listed_past_apposition(r, a)]
            agents += partners(r, verb, agents)  # 'was founded by X, together with Y and Z'
            if not agents and made in r.t.thing_classes and verb.dep_ == "acl" and verb.tag_ == "VBN":
                # ('Zennix, a model developed with Kelvo University and Orvane Systems': those it was made with made
                # it, when they are organizations named)
                agents = [x for p in prep_objects(verb, {"with"}) if p.i in r.by_token for x in r.with_conjuncts(p)
                          if (m := r.mention_of(x)) is not None and r.is_neither_person_nor_place(m)]
            cues = _minority_share(r, verb) or [Cue(cue.prop)]
            for a in agents:
                for o in subjects:
                    r.add(r.mention_of(a), r.mention_of(o), cues, verb, "verb-passive")
        else:
            subjects = [unit_owner(r, s) or s for s in subjects]  # ('a unit of Vexa bought Kelda')
            objects = [x for c in verb.children if c.dep_ in {"dobj", "attr"} for x in r.with_conjuncts(c)]
            # ('Kelvo bought Tarvik in 2022 and Brenta in 2014': a second object the parser joined to the verb, whose
            # repetition the sentence leaves out; a name, or a noun a name is in apposition to, with no verb's subject)
            objects += [c for c in verb.children if c.dep_ == "conj" and c.pos_ in {"PROPN", "NOUN"} and objects
                        and c.i > objects[0].i and (c.i in r.by_token or any(a.dep_ == "appos" for a in c.children))
                        and not any(g.dep_ in SUBJECT_DEPS for g in c.children)]
            # (or the parser hung the second object on the first one's date: 'in 2022 and Norwegian payments company
            # Brenta in 2014', read as one phrase after 'in')
            objects += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in {"in", "on"} and objects
                        for p in c.children if p.dep_ == "pobj" and p.i in r.by_token and p.i > objects[0].i
                        and any(w.ent_type_ == "DATE" and r.doc[w.i + 1].lower_ == "and" for w in r.doc[c.i + 1:p.i])]
            # ('owns the chains Velmo, Pavano and Brantly': the names in apposition to a common noun, all of them; but
            # the names an event noun of another property lists are what that noun says of them: 'made several
            # acquisitions, including A and B', bought, not made)
            deeds = {o.i: props for o in objects if (props := _event_props(r, o)) and cue.prop not in props}
            # (not the names a stake lists: 'owns minority stakes in several groups, including A and B', the stake
            # rule's reading)
            listed = [(o, r.listed(o) + r.named_list(o)) for o in objects if o.lemma_.lower() not in r.t.stakes]
            objects += [x for o, xs in listed if o.i not in deeds for x in xs]
            for o, xs in listed:
                for s in subjects if o.i in deeds else ():
                    for x in xs:
                        r.add(r.mention_of(s), r.mention_of(x), [Cue(p) for p in deeds[o.i]], o, "event-noun")
            objects += [x for o in objects for x in whole_of(r, o)]
            if of_person:
                objects += [x for o in objects for x in board_of(r, o)]  # ('joined the Vexa board')
            if verb.lemma_.lower() in UNIT_LEAD_VERBS and verb.tag_ != "VBD" and of_person:
                objects += _units_of(r, verb, objects)
            if not objects:
                objects = shared_objects(r, verb)
            # (a partner in what was done to make something: 'X worked with Y to develop Z')
            making = made in r.t.thing_classes
            if making:  # ('released the second version of Tala': what is made is the thing of the version)
                objects += [x for o in objects if o.pos_ == "NOUN" and o.lemma_.lower() in VERSION_NOUNS
                            for p in prep_objects(o, {"of"}) for x in [p, *r.listed(p)]]
                objects += branded(r, verb)
            for s in subjects + partners(r, verb, subjects, purpose=making, agent_class=agent_class,
                                         objects=objects):
                sm = r.mention_of(s)
                for o in objects:
                    # 'Sirhan shot him': the object pronoun is not the clause's own subject
                    r.add(sm, r.mention_of(o, exclude=sm), [Cue(cue.prop)], verb, "verb")


def _event_props(r: DocReader, noun: Token) -> list[str]:
    """The properties a one-word event noun states ('acquisition': acquired), none for any other word."""
    if noun.pos_ != "NOUN":
        return []
    return [p for words, p in r.t.events.get(noun.lemma_.lower(), ()) if len(words) == 1]


#: Nouns of the name a thing is made or sold under: 'under the Kelvo brand'.
BRAND_NOUNS = {"brand", "label", "marque"}


def branded(r: DocReader, verb: Token) -> list[Token]:
    """The names of the brands a verb's things are made under: 'makes pumps under the Kelvo and Brenta brands', the
    'under' on the verb or on one of its objects (the parser may take the first name for the 'under' object and the
    brand noun for its conjunct)."""
    heads = [verb, *(o for c in verb.children if c.dep_ == "dobj" for o in [c, *c.conjuncts])]
    out: list[Token] = []
    for prep in (c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "under"):
        group = [t for p in prep.children if p.dep_ == "pobj" for t in [p, *p.conjuncts]]
        if not any(t.pos_ == "NOUN" and t.lemma_.lower() in BRAND_NOUNS for t in group):
            continue
        out += [t for t in group if t.i in r.in_names]
        out += [c for t in group if t.i not in r.in_names for c in t.children
                if c.dep_ in {"compound", "nmod"} and c.i in r.in_names]
    return out


#: Verbs of leading (:data:`~kg.extract.business.LEAD_VERBS`) whose object may be a part of an organization, whose
#: leader works for it: 'heads Vexa's cloud business', 'leads the research team at Vexa'. (Not 'manage': 'manages
#: Vexa's pension fund' may be an outside firm's work. Not in the past simple: 'who ran Vexa's ads business before
#: founding Kelda' tells a post left, as news tells it.)
UNIT_LEAD_VERBS = LEAD_VERBS - {"manage"}


def _units_of(r: DocReader, verb: Token, objects: list[Token]) -> list[Token]:
    """The names (or pronouns) of the organizations the verb's objects, common nouns, are parts of, by their
    possessor or their 'at' or 'of' ('Vexa's cloud business', 'its chip unit', 'the research team at Vexa', the 'at'
    perhaps hung on the verb); none for a name, or a noun of no organization's."""
    out: list[Token] = []
    for noun in objects:
        if noun.pos_ != "NOUN" or noun.i in r.by_token or ended(noun):
            continue
        owners = [c for c in noun.children if c.dep_ == "poss"] + prep_objects(noun, {"at", "of"}) \
            + [p for p in prep_objects(verb, {"at"}) if p.i > noun.i]
        out += [o for o in owners if (m := r.mention_of(o)) is not None and r.leading(m) == r.t.organization_class]
    return out


#: Adverbs of a part: 'partly owned by Orbis'.
PARTIAL_WORDS = {"partly", "partially"}


#: The words a share ends in: '57%', '57 per cent', '57 percent'.
PERCENT_WORDS = {"%", "cent", "percent", "pct"}


def percent_of(tok: Token) -> float | None:
    """The share a word of percentage tells, with the number written before it: '57%' (one token), '57 %', '57
    percent', '57 per cent'; None for any other word, or a number not written in digits."""
    text = tok.text
    if text.endswith("%") and len(text) > 1:
        number = text[:-1]
    elif tok.lower_ in PERCENT_WORDS and (tok.lower_ != "cent" or tok.i > 0 and tok.doc[tok.i - 1].lower_ == "per"):
        numbers = [w for w in tok.doc[tok.left_edge.i:tok.i] if w.like_num]
        if not numbers:
            return None
        number = numbers[-1].text
    else:
        return None
    try:
        return float(number.replace(",", ""))
    except ValueError:
        return None


def _minority_share(r: DocReader, verb: Token) -> list[Cue]:
    """'Vexa, which is 30%-owned by Orbis', 'Vexa is 30 percent owned by Orbis': a share of half or less is a stake,
    what the ontology's stake noun states, not ownership ('65%-owned' is); so is a part ('partly owned by Orbis'); no
    cues where the verb carries no share."""
    if any(c.dep_ == "advmod" and c.lower_ in PARTIAL_WORDS for c in verb.children):
        return [Cue(p) for p in share_properties(r.t, MAJORITY_SHARE / 2)]
    # (or the share the parser made the verb's head: 'Vexa is 30 percent owned by Orbis', 'owned' on 'percent')
    told = [c for c in verb.children if c.dep_ in {"advmod", "npadvmod", "nummod"}] \
        + ([verb.head] if verb.dep_ == "acl" and verb.head.i < verb.i else [])
    shares = [share for c in told if (share := percent_of(c)) is not None]
    if not shares:
        return []
    return [Cue(p) for p in share_properties(r.t, shares[0])] if shares[0] <= MAJORITY_SHARE else []


def _listed_past_apposition(r: DocReader, name: Token) -> list[Token]:
    """'by Ana Ruiz, the chief executive, and Tom Hale, the chief technology officer': the names the parser joined
    to the apposition of the first rather than to the first itself."""
    return [c for ap in name.children if ap.dep_ == "appos" and ap.i not in r.by_token
            for c in ap.conjuncts if c.i > ap.i and c.i in r.by_token]


#: Nouns of a new form of a made thing: 'released the second version of Tala'.
VERSION_NOUNS = {"version", "update", "upgrade", "edition", "iteration", "generation", "release"}
#: Words for the whole of a company's shares: 'all of the outstanding shares of Y', 'the remaining stock of Y'.
WHOLE_WORDS = {"all", "remaining", "outstanding", "rest", "remainder", "entire", "whole"}
SHARE_NOUNS = {"share", "stock", "equity", "capital", "stake"}


def whole_of(r: DocReader, obj: Token) -> list[Token]:
    """'acquire all of the outstanding shares of Y', 'buy the rest of Y', 'buy the remaining shares of Y': the
    company whose whole is bought. Not 'bought shares of Y' (some of them)."""
    if obj.i in r.by_token:
        return []
    words = {obj.lower_} | {c.lower_ for c in obj.children if c.dep_ in {"amod", "det", "predet", "compound"}}
    whole = bool(words & WHOLE_WORDS)
    tok = obj
    for _ in range(3):
        nxt = prep_objects(tok, {"of"})
        if not nxt:
            return []
        tok = nxt[0]
        if tok.i in r.by_token:
            return r.with_conjuncts(tok) if whole else []
        if tok.lemma_.lower() not in SHARE_NOUNS:
            return []
        whole = whole or bool({c.lower_ for c in tok.children if c.dep_ in {"amod", "det"}} & WHOLE_WORDS)
    return []


#: Nouns of a governing body whose members serve the organization it governs: 'joined the board of Vexa'.
BOARD_NOUNS = BODY_NOUNS - {"shareholders", "stockholders"} | {"boards"}


def board_of(r: DocReader, noun: Token) -> list[Token]:
    """'the board of Vexa', 'Vexa's board', 'the Vexa executive board': the organization whose governing body a
    noun that names none is (a name the NER took for any kind: the body says whose it is)."""
    if noun.pos_ != "NOUN" or noun.i in r.by_token or noun.lower_ not in BOARD_NOUNS or ended(noun):
        return []
    owners = [c for c in noun.children if c.dep_ == "poss" or c.dep_ == "compound" and c.i in r.by_token]
    for o in prep_objects(noun, {"of"}):
        # ('the board of directors of Vexa')
        owners += board_of(r, o) if o.lower_ in BOARD_NOUNS and o.i not in r.by_token else [o]
    # (a name or a pronoun: 'the club's board' may be another's than the club the reader would bind it to)
    return [o for o in owners if (o.i in r.by_token or o.pos_ == "PRON") and (m := r.mention_of(o)) is not None
            and r.is_orgish(m)]


def unit_owner(r: DocReader, tok: Token) -> Token | None:
    """'an affiliate of Vexa', 'a unit of Vexa': the name whose unit a noun that names none is (a noun of the
    property 'own' states, ``kg:nounCue``), which acts through it; None for any other token."""
    if tok.pos_ != "NOUN" or tok.i in r.by_token or ended(tok) \
            or any(c.dep_ in {"relcl", "acl"} for c in tok.children):
        return None  # ('a former unit of Vexa', 'a unit of Vexa that Orbis sold': no longer Vexa's)
    owning = {c.prop for c in r.t.verbs.get("own", ())}
    if not any(prop in owning for _, prop in r.t.nouns.get(tok.lemma_.lower(), ())):
        return None
    owners = [p for p in prep_objects(tok, {"of"}) if p.i in r.by_token]
    return owners[0] if owners else None


def partners(r: DocReader, verb: Token, subjects: list[Token], purpose: bool = False,
             agent_class: str | None = None, objects: Sequence[Token] = ()) -> list[Token]:
    """Names the subject did it with: 'X founded Vexa with Y' (and 'together with', 'along with', 'alongside'),
    when they are names of the subject's kind (people with a person, organizations with an organization). A
    partner nothing typed, not even the NER, is taken to be of that kind ('X co-founded Vexa with Ana Ruiz').
    Subjects nothing has typed yet are of ``agent_class`` (the class the verb's property wants of its subject,
    when the caller knows it): 'Ana Ruiz co-founded Vexa with Tom Hale', the NER seeing no name in Ana Ruiz.
    People are partners of people also where the parser hung their 'with' on the verb's ``objects``: 'left to
    co-found Vexa with Tom Hale and Li Wei'."""
    kinds = {r.leading(m) for s in subjects if (m := r.mention_of(s)) is not None}
    if kinds == {None} and agent_class is not None:
        kinds = {agent_class}
    kind = next(iter(kinds)) if len(kinds) == 1 else None
    if kind is None:
        return []
    out = []
    # (the preposition on the verb or on the name: 'founded by X, together with Y'; or on the verb of a
    # coordination the verb ends, when it comes after the verb: 'leaving X and founding Y, along with Z', not
    # 'worked at X along with Z and founded Y')
    def preps_of(heads: list[Token]) -> list[Token]:
        heads = heads + [c for h in heads for c in h.children if c.lower_ in {"along", "together"}]
        return [c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in {"with", "alongside"}]

    preps = preps_of([verb, *subjects, *(objects if kind == r.t.person_class else ())])
    if verb.dep_ == "conj":
        preps += [c for c in preps_of([verb.head]) if c.i > verb.i]
    to_verb = verb.dep_ in {"xcomp", "advcl"} and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if purpose and to_verb and verb.head.lemma_.lower() in PARTNERING_VERBS and not ended(verb.head) \
            and not (verb.head.dep_ == "xcomp" and ended(verb.head.head)):
        # 'X worked with Y to develop Z', 'X teamed up with Y to build Z': the partner of the verb a making is
        # the purpose of (``purpose``; not 'worked with Y to buy Z', nor 'refused to work with Y to ...')
        preps += [c for c in preps_of([verb.head]) if c.i < verb.i]
    for prep in preps:
        for p in (c for c in prep.children if c.dep_ == "pobj"):
            # (and the names a common noun lists: 'with fellow entrepreneurs Tom Hale and Ana Ruiz')
            for x in r.with_conjuncts(p) + r.named_list(p):
                if x.i not in r.by_token or x.i not in r.in_names:
                    continue
                partner = r.mentions[r.by_token[x.i]]
                if not partner.scores and not partner.ner_label:
                    partner.add(kind, PARTNER_WEIGHT, strong=False)
                if r.leading(partner.id) == kind:
                    out.append(x)
    return out


#: Verbs of working together, whose 'with' names a partner in what they were done to do.
PARTNERING_VERBS = {"work", "team", "partner", "collaborate", "join", "cooperate", "ally"}

#: The weight of the class a partner nothing else typed takes from the subject it did something with.
PARTNER_WEIGHT = 1.0


def shared_objects(r: DocReader, verb: Token) -> list[Token]:
    """'X shot and killed Y': a bare verb right before 'and' shares the object of the verb after it. Not 'X
    started in a garage and later bought Y': a verb with a preposition, particle, adverb or clause of its
    own is complete; and only 'and' (with the second verb's own adverbs: 'shot and fatally wounded') may
    stand between the two."""
    if any(c.dep_ in {"prep", "prt", "advmod", "npadvmod", "agent", "dative", "ccomp", "xcomp"} for c in verb.children):
        return []
    nxt = r.doc[verb.i + 1] if verb.i + 1 < len(r.doc) else None
    if nxt is None or nxt.lower_ != "and" or nxt.dep_ != "cc":
        return []
    second = next((c for c in verb.conjuncts if c.i > verb.i), None)
    if second is None or second.pos_ != "VERB" or any(d.dep_ in SUBJECT_DEPS for d in second.children):
        return []
    # ('shot and fatally wounded': only the second verb's own adverbs may come between)
    if any(r.doc[j].head.i != second.i or r.doc[j].dep_ != "advmod" for j in range(verb.i + 2, second.i)):
        return []
    return [x for o in second.children if o.dep_ == "dobj" for x in r.with_conjuncts(o)][:1]


#: Verbs by which what an act is done to agrees to it: 'Vexa agreed to a takeover by Orbis'.
AGREE_VERBS = {"agree", "accept", "approve", "back", "recommend", "support", "endorse", "welcome"}


def event_rule(r: DocReader, noun: Token, props: list[str]) -> None:
    """'X's acquisition of Y', 'the acquisition of Y by X', 'Y's assassination by X': property(X, Y)."""
    # ('a $4.5 billion cash and stock buyout by Orvane', parsed as 'cash' and 'stock buyout' with the 'by' on 'cash':
    # the phrase's first noun stands in for the act's)
    anchor = noun.head if noun.dep_ == "conj" and noun.head.pos_ == "NOUN" and noun.head.i < noun.i \
        and noun.head.i not in r.by_token and not match_phrase(r.t.events, cue_words(noun.head))[0] else noun

    def objects(*preps: str) -> list[Token]:
        # ('the acquisition of firms such as A and B': the names a noun of organizations lists; not 'of customers
        # such as A')
        return [x for c in dict.fromkeys([*noun.children, *anchor.children])
                if c.dep_ in {"prep", "agent"} and c.lower_ in preps
                for p in c.children if p.dep_ == "pobj" for o in r.with_conjuncts(p)
                for x in [o, *(r.listed(o) if r.t.organization_class in match_phrase(r.t.head_nouns, cue_words(o))[1]
                               else [])]]
    of, by = objects("of"), objects("by")
    if by and not of:
        # ('the $1.6 billion purchase by Kelvo of Zarvia', the parser hanging the 'of' on the buyer's name)
        of = [x for b in by if b.i in r.by_token for c in b.children if c.dep_ == "prep" and c.lower_ == "of"
              for p in c.children if p.dep_ == "pobj" and p.i in r.by_token and r.by_token[p.i] != r.by_token[b.i]
              for x in r.with_conjuncts(p)]
    of += [x for o in of for x in whole_of(r, o)]  # ('its purchase of the rest of Y': Y's, all of it now)
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if owners and all(o.pos_ == "PRON" for o in owners) and noun.dep_ == "dobj":
        # 'Vexa, which completed its takeover of Y': the verb's subject, whatever 'its' alone would be read as
        owners = r.subjects_of(noun.head) or owners
    # 'the Hale assassination': a name compounded with the act is who it was done to
    named = [c for c in noun.children if c.dep_ in {"compound", "nmod"} and c.i in r.by_token]
    if owners and not of and not by:
        # 'Orvane's Tarvik takeover', 'its Zentrix security and Brenta cloud acquisitions': the names compounded
        # with the act are what the possessor did it to
        of = [t for c in noun.children if c.dep_ in {"compound", "nmod"} for t in c.subtree
              if t.i in r.by_token and t.i < noun.i and r.spans[r.by_token[t.i]].root.i == t.i]
    doers, done = (by or owners, of) if of else (by, owners or named)
    if by and not done:
        # 'Vexa agreed to a takeover by Orbis', 'Vexa's board backed the takeover by Orbis': the one that agreed
        verb = anchor.head.head if anchor.dep_ == "pobj" and anchor.head.dep_ == "prep" else \
            anchor.head if anchor.dep_ == "dobj" else None
        if verb is not None and verb.lemma_.lower() in AGREE_VERBS and not ended(verb):
            done = r.subjects_of(verb)
    if not doers and done:
        # 'X was convicted of Y's killing', 'X pleaded guilty to the assassination of Y'
        doers = r.doers_of_act(noun)
    cues = [Cue(p) for p in props]
    for d in doers:
        for o in done:
            r.add(r.mention_of(d), r.mention_of(o), cues, noun, "event-noun")
