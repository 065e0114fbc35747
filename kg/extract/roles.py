"""Relation rules read off titles, relational nouns and head nouns: 'X, Y's CEO', 'Y CEO X', 'X is CEO of Y',
'X, a subsidiary of Y', 'X, a Hong Kong construction firm'; and who a predicate noun is said of.
"""

from __future__ import annotations

from spacy.tokens import Token

from .business import (
    PUBLIC_OFFICES,
    ended,
    holder_gone,
    is_one_off_title,
    title_children,
    topic_if_alone,
    topic_organization,
)
from .cues import Cue, match_phrase
from .mentions import COPULAS, PEER_WORDS, SUBJECT_DEPS, cue_words, ranks
from .reader import RELATIVE_TAGS, DocReader
from .verbs import partners

#: Words naming a part of a plural title's holders: 'one of the founders', 'two of its investors'.
PART_WORDS = {"one", "two", "three", "four", "five"}


def _part_of(noun: Token) -> Token | None:
    """The word a plural noun is the 'of' of, when it names some of them ('one' of 'one of the founders')."""
    if noun.tag_ == "NNS" and noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.dep_ == "prep" \
            and noun.head.head.lower_ in PART_WORDS:
        return noun.head.head
    return None


def role_rule(r: DocReader, noun: Token, props: list[str], holder_is_subject: bool, rule: str) -> None:
    """'X, Y's CEO' / 'Y CEO X' / 'X is CEO of Y' / 'X, a subsidiary of Y'."""
    holders: list[Token] = []
    comma_org: Token | None = None
    # 'X, CEO of Vexa and chairman of Kessler': the second title is X's as the first is
    anchor = noun
    while anchor.dep_ == "conj" and anchor.head.pos_ in {"NOUN", "PROPN"} and anchor.head.i not in r.in_names \
            and (r.is_role_noun(anchor.head) or anchor.head.dep_ == "appos" and anchor.head.pos_ == "NOUN"):
        # (a title standing for a name is no name: 'X, co-founder and CEO'; nor a noun in apposition to one: 'X,
        # a chip firm and a subsidiary of Y')
        anchor = anchor.head
    title_before = anchor.head.head.head if anchor.dep_ == "conj" and anchor.head.i in r.in_names \
        and anchor.head.dep_ == "pobj" and anchor.head.head.dep_ == "prep" else None
    if title_before is not None and title_before.pos_ == "NOUN" and title_before.i not in r.in_names \
            and r.is_role_noun(title_before) and title_before.dep_ in {"appos", "attr"}:
        # 'X, a professor at Vexa College and honorary president of the Kelvo Society', the parser joining the
        # second title to the first one's organization: the second is X's as the first is
        anchor = title_before
    listed_after = anchor.head.head.head if anchor.dep_ == "appos" and anchor.head.dep_ == "pobj" \
        and anchor.head.i in r.in_names and anchor.head.head.dep_ == "prep" else None
    role_props = {c.prop for c in r.t.role}
    # (not a title only an organization holds: 'X became a partner in Kelvo Games, the developer of Tarla' says what
    # Kelvo Games makes)
    organization_title = r.held_by_organizations([p for p in props if p not in role_props])
    if listed_after is not None and listed_after.pos_ == "NOUN" and listed_after.i not in r.in_names \
            and r.is_role_noun(listed_after) and listed_after.dep_ in {"appos", "attr"} \
            and rule == "title" and not r.is_relational_noun(anchor) and not organization_title:
        # 'X is chairman of the Velmora Board, president of the Kelvo Association, ...': a list of titles the parser
        # hung on the first one's organization, each X's as the first is (the organization holds none)
        anchor = listed_after
    if anchor.dep_ in {"appos", "compound"}:
        holders.append(anchor.head)
        if anchor.dep_ == "appos" and anchor.tag_ == "NNS":
            # ('A and B, co-founders of Vexa': a plural title set beside names joined by 'and' is each one's; so is
            # one set beside a noun that names them: 'two entrepreneurs, A and B, co-founders of Vexa')
            holders.extend(c for c in anchor.head.conjuncts if c.i < anchor.i and c.i in r.in_names)
            holders.extend(x for x in r.named_list(anchor.head) if x.i < anchor.i and x not in holders)
    holders.extend(r.appositions(noun))
    if not holders and (set_off := r.name_set_off_before(anchor)) is not None:
        holders.append(set_off)
    part = _part_of(anchor)
    if part is not None:
        # 'Tom Hale, one of the founders of Vexa', 'one of Vexa's early investors, Kelda Capital': the name set off
        # by commas beside the part is one of those the title names
        holders.extend(([part.head] if part.dep_ == "appos" else []) + r.appositions(part))
    if noun.tag_ == "NNS":
        # ('across its affiliates such as A and B', 'its affiliates, A, B and C', 'its affiliates A and B': the names
        # the plural lists, each of them)
        # (but a place before a plural noun that lists names is the kind, not where each is: 'Tessaly Valley firms
        # such as A and B', 'US rivals like A')
        listed = r.listed(noun) if rule != "head-noun" else []
        holders.extend(h for h in listed + r.named_list(noun) if h not in holders)
    holders.extend(predicate_holders(r, anchor))
    if not holders and anchor.dep_ == "nsubj" and anchor.head.lemma_ in COPULAS \
            and not any(c.dep_ == "neg" for c in anchor.head.children):
        # 'Its three co-founders are A, B and C', 'Vexa's backers are A, along with B': the names the title
        # is said to be
        named = [x for c in anchor.head.children if c.dep_ == "attr" and c.i > anchor.i and c.i in r.by_token
                 for x in r.with_listed(c)]
        # ('Among its backers are several tech giants, including A and B': the names the common noun lists)
        named = named or [x for c in anchor.head.children if c.dep_ == "attr" and c.i > anchor.i
                          and c.pos_ == "NOUN" and c.tag_ == "NNS" for x in r.names_of(c) if x.i in r.by_token]
        holders.extend(named + partners(r, anchor.head, named) if named else [])
    if not holders:
        # 'Reyes , the Veltro Corp. attorney , said': an apposition the parser missed, read from the commas (the
        # title's phrase runs back to the comma, whatever the parser hung before it: 'said Ana Ruiz, Vexa
        # chairman', parsed with the name as the title's modifier)
        start = noun.i
        while start - 1 >= noun.left_edge.i and not r.doc[start - 1].is_punct:
            start -= 1
        end = noun.right_edge.i + 1
        if start >= 2 and r.doc[start - 1].text == "," and start - 2 in r.by_token \
                and (end >= len(r.doc) or r.doc[end].is_punct):
            holders.append(r.doc[start - 2])
            if start < noun.i and noun.i - 1 in r.by_token and not any(
                    c.i == noun.i - 1 for c in title_children(noun)):
                comma_org = r.doc[noun.i - 1]  # (the name before the title, which the parser hung elsewhere)
    if not holders and rule == "title" and noun.dep_ in {"pobj", "dobj"}:
        # 'Ana Ruiz met Kelvo's chief executive, Tom Hale.': the apposition after the title, which the parser
        # hung on the verb; a person's name set off by the comma alone, ending the clause
        end = noun.right_edge.i + 1
        after = r.doc[end + 1] if end + 1 < len(r.doc) and r.doc[end].text == "," else None
        m = r.by_token.get(after.i) if after is not None else None
        if after is not None and m is not None and r.is_person(m):
            last = after.i
            while last + 1 < len(r.doc) and r.by_token.get(last + 1) == m:
                last += 1
            if r.doc[last].dep_ in {"npadvmod", "appos"} and last + 1 < len(r.doc) and r.doc[last + 1].is_punct:
                holders.append(r.doc[last])
    others: list[Token] = []
    preps = [c for c in noun.children if c.dep_ == "prep"]
    if not preps and noun.dep_ == "conj" and noun.head.i in r.in_names and noun.head.dep_ == "pobj" \
            and anchor is not noun:
        # ('Tom Hale -- founder of Brenta and CEO of Tarvik': the parser, taking the second title for a conjunct of
        # the first one's organization, hangs the title's 'of' on that name)
        preps = [c for c in noun.head.children if c.dep_ == "prep" and c.i > noun.i]
    if not preps and anchor is noun and rule == "title":
        # ('Tom Hale, CEO and co-founder of Kelvo': the 'of' the parser hangs on the last title of a chain written
        # without a name between is the first one's too)
        chain = [c for c in noun.conjuncts if c.i > noun.i and c.pos_ in {"NOUN", "PROPN"} and r.is_role_noun(c)
                 and c.i not in r.in_names]
        if chain and not any(w.i in r.in_names or w.pos_ in {"VERB", "AUX", "DET"} or w.is_punct and w.text != ","
                             for w in r.doc[noun.i + 1:chain[-1].i]):
            preps = [c for c in chain[-1].children if c.dep_ == "prep" and c.lower_ in {"of", "at"}]
    if anchor is not noun and not preps and not ended(anchor):
        # ('the founder and chief executive of Kelvo', the parser hanging the 'of' after the last title on the first:
        # it is of both)
        preps = [c for c in anchor.children if c.dep_ == "prep" and c.i > noun.i]
    if noun.dep_ in {"attr", "oprd"}:
        # 'X was acting comptroller at Y', the preposition attached to the verb
        preps.extend(c for c in noun.head.children if c.dep_ == "prep" and c.i > noun.i)
    if rule == "head-noun" and (noun.lemma_.lower() in PEER_WORDS or r.is_relational_noun(noun)):
        # ('Tarvik, a rival of Brenta': the peer, in a relation of its own; 'Tarvik, a unit of Brenta': what the
        # noun says, the relational-noun rule's reading; neither where Tarvik is)
        preps = [c for c in preps if c.lower_ != "of"]
    for c in preps:
        # ('a shareholder in Y': a preposition the ontology gives the title's property, kg:titlePrepositionCue)
        if c.lower_ in {"of", "at", "for", "with"} or r.t.title_prepositions.get(c.lower_, set()) & set(props):
            # ('an early backer of companies including A, B and C': the names the common noun lists)
            others.extend(x for p in c.children if p.dep_ == "pobj"
                          for x in r.with_conjuncts(p) + (r.listed(p) if p.i not in r.by_token else []))
        # ('CEO of AI startup Tarvik', the parser losing the name after the kind's words: read word by word)
        if c.lower_ in {"of", "at"} and not any(p.i in r.by_token for p in c.children if p.dep_ == "pobj") \
                and (after_kind := r.name_after_kind(c)) is not None:
            others.append(after_kind)
    if rule == "title" and others and any(c.dep_ == "prep" and c.lower_ == "of" for c in preps):
        # ('the CEO of Kelvo and Zarvia', the parser joining the second name to the title: of both)
        others.extend(c for c in noun.children if c.dep_ == "conj" and c.i > others[-1].i and c.i in r.by_token
                      and any(a.dep_ == "cc" and others[-1].i < a.i < c.i for a in noun.children)
                      and (m := r.mention_of(c)) is not None and not r.is_person(m))
    of_objects = {o.i for o in others}  # (the preposition objects: 'maker of X')
    # (the objects of 'at': where one works, not where one lives, whatever the NER took the name for: 'VP at Kredo';
    # and of 'for': what one works for, or the region one answers for, not where one lives: 'editor for Europe')
    at_objects = {p.i for c in preps if c.lower_ in {"at", "for"} for p in c.children if p.dep_ == "pobj"}
    for c in title_children(noun):
        if c.dep_ == "poss" and rule == "head-noun" and c.ent_type_ != "GPE" \
                and ranks(r.doc[noun.left_edge.i:noun.i]):
            # ('Europe's largest online retailer Kelvo', 'one of Africa's fastest growing companies': a ranking among
            # a region's companies, said of those based elsewhere as often as of its own; a country's or a city's
            # largest bank is most often its own)
            continue
        if c.dep_ == "poss" or (c.dep_ in {"compound", "nmod"} and c.i in r.by_token):
            others.append(c)
        elif c.dep_ == "amod" and c.i in r.in_names and c.i in r.by_token and c.text[:1].isupper() \
                and not (c.i and r.doc[c.i - 1].text in {"-", "–"}) \
                and r.t.organization_class in {r.leading(r.by_token[c.i]), r.name_class(r.by_token[c.i])}:
            # ('Brentax downstream president': a company's name the tagger took for an adjective; not 'non-Brentax')
            others.append(c)
        elif c.dep_ in {"compound", "nmod"}:
            # 'a Bergen operations manager'
            others.extend(cc for cc in c.children if cc.dep_ in {"compound", "nmod"} and cc.i in r.by_token)
    if not others and anchor is not noun and noun.dep_ == "conj" and rule == "title" and not ended(noun) \
            and not (not is_one_off_title(noun) and (ended(anchor) or holder_gone(anchor))):
        # ('Tom Hale, Kelvo's executive vice chairman and co-CEO': the organization written before the first title
        # is the last one's too; not when the chain's holder has left, or its first title says the chain is past:
        # 'Kelvo's former chairman and CEO')
        others.extend(c for c in title_children(anchor)
                      if c.dep_ == "poss" or c.dep_ in {"compound", "nmod"} and c.i in r.by_token)
    if not others and holders and anchor.dep_ == "appos":
        # 'said Tom Hale, chief executive, Vexa Labs': the organization set off by commas after a title in
        # apposition to the holder (not a person: 'Tom Hale, CEO, and Ana Ruiz')
        # ('said Tom Hale, MD and CEO, Vexa Labs', the organization taken for the titles' last conjunct)
        # (or hung on the holder, as a second apposition: 'said Tom Hale, chief executive, Brenta Corp.')
        others.extend(c for t in dict.fromkeys((noun, anchor, anchor.head)) for c in t.children
                      if c.dep_ in {"appos", "conj"} and c.i > noun.i
                      and c.i in r.by_token and r.doc[c.left_edge.i - 1].text == ","
                      and (m := r.mention_of(c)) is not None and not r.is_person(m))
    if noun.dep_ == "compound":
        others.extend(c for c in noun.head.children
                      if c.dep_ in {"compound", "poss"} and c.i < noun.i and c.i in r.by_token)
    if not others and holders and noun.dep_ == "dobj" and noun.head.lemma_.lower() == "have" \
            and not ended(noun.head):
        # 'Zentrix had initial backers such as A and B': the title's names are those of whoever has them
        others.extend(r.subjects_of(noun.head))
    if comma_org is not None:
        held = {r.mention_of(h) for h in holders}
        others = [o for o in others if r.mention_of(o) not in held] or [comma_org]
    cues = [Cue(p) for p in props]
    # ('X, co-founder and CEO': a title joined to one that names no organization either; not 'X is an investor in
    # Vexa and a lawyer in Oslo')
    lone_anchor = anchor is noun or not any(c.dep_ in {"prep", "poss"} for c in anchor.children)
    if holders and not others and rule == "title" and anchor.dep_ in {"attr", "oprd", "appos"} and lone_anchor \
            and not ended(noun) and noun.lemma_.lower() not in PUBLIC_OFFICES \
            and all(r.is_person(m) for h in holders if (m := r.mention_of(h)) is not None):
        # 'Ana Ruiz is chief executive', 'Ana Ruiz, chairman, said': the company the article is about
        topic = topic_if_alone(r, noun)
        if topic is None:
            topic = organization_of_antecedent(r, holders)
        if topic is None:
            topic = organization_held_before(r, holders, noun)
        if topic is not None:
            for h in holders:
                r.add(r.mention_of(h), topic, cues, noun, "title-topic")
        return
    if holders and not others and rule == "relational-noun" and noun.dep_ in {"attr", "appos"} \
            and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children) and not ended(noun):
        # 'Kessler of America, a wholly owned subsidiary based in Redmond': of the company the article is about
        topic = topic_organization(r)
        for h in holders:
            hm = r.mention_of(h)
            if topic is not None and hm is not None and hm != topic and not r.is_person(hm):
                r.add(topic, hm, cues, noun, "relational-topic")
        return
    own_cues = [c for c in cues if c.prop not in role_props]
    # (the objects of 'for' after the title of an organization that makes things: whom or what it serves, not what
    # it makes: 'an app developer for Zenix devices and the Velmac')
    makes_things = bool(own_cues) and all(r.t.signature.get(c.prop, (None, None))[1] in r.t.thing_classes
                                          for c in own_cues)
    for_objects = {x.i for c in preps if c.lower_ == "for" for p in c.children if p.dep_ == "pobj"
                   for x in r.with_conjuncts(p)} if makes_things else set()
    holder_ids = [r.mention_of(h) for h in holders]
    if not holders and rule == "title" and noun.dep_ in SUBJECT_DEPS \
            and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) and own_cues \
            and all(r.t.signature.get(c.prop, (None, None))[0] == r.t.organization_class for c in own_cues):
        # 'The Denver-based maker of Tarvix and Omvela cut its forecast': the company the article is about
        holder_ids = [r.definite_antecedent(noun)]
    for hm in holder_ids:
        for o in others:
            # ('A and B are among its investors': 'its' is none of them)
            om = r.mention_of(o, exclude={h for h in holder_ids if h is not None})
            if om is None:
                om = r.named_or_owner(o)
            if o.i in for_objects and hm is not None and not r.is_person(hm):
                continue
            if holder_is_subject and rule == "title" and o.i in of_objects and own_cues and hm is not None \
                    and not r.is_person(hm):
                # 'Rockpine, maker of Grand Slam Racer': what an organization is the maker of is no place it
                # is in, whatever the NER took the name for
                r.add(hm, om, own_cues, noun, rule)
            elif holder_is_subject and o.i not in of_objects and o.dep_ in {"compound", "nmod"} and om is not None \
                    and r.t.place_class in r.t.ner.get(o.ent_type_, ()) and own_cues and rule == "title":
                # 'the US phone maker': a place the NER sees before the title is where the holder is, not what
                # the title is of; but a person's specific role an organization gives ('Vexa CEO Ana Ruiz', the NER
                # taking Vexa for a place; 'Norway CEO', a region's head) says nothing of where they live
                # (nor a region's head at an organization the title names: 'Asia president at Kelvo')
                if not _specific_person_role(r, own_cues) and not any(x.i in of_objects | at_objects for x in others):
                    r.add(hm, om, [c for c in cues if c.prop in role_props], noun, rule)
            elif holder_is_subject and o.i in at_objects and own_cues:
                r.add(hm, om, own_cues, noun, rule)
            elif holder_is_subject and o.i in of_objects and rule == "title":
                # ('Tom Hale, the mayor of Oslo', 'the 31st president of the country': the place an office is of is
                # where it is held, not where its holder lives; 'a native of Oslo' says that, a title of its own)
                titled = match_phrase(r.t.titles, cue_words(noun))[1]
                r.add(hm, om, cues, noun, rule, void=r.office_void(cues, titled))
            elif holder_is_subject:
                r.add(hm, om, cues, noun, rule)
            else:
                r.add(om, hm, cues, noun, rule)


def _specific_person_role(r: DocReader, cues: list[Cue]) -> bool:
    """Whether a title's own properties are all roles a person holds at an organization that no other property
    specialises (chief executive, founder; not 'president', 'director': worksFor, which ceoOf specialises; as
    the resolver's Resolver._specific_role)."""
    return bool(cues) and all(r.t.signature.get(c.prop, (None, None)) == (r.t.person_class, r.t.organization_class)
                              and c.prop not in r.t.specialised for c in cues)


def organization_held_before(r: DocReader, holders: list[Token], noun: Token) -> int | None:
    """'Vexa president Tom Hale will keep that post as he becomes chief executive': the one organization the
    rules read, so far, a role of the same person at in this sentence."""
    people = {m for h in holders if (m := r.mention_of(h)) is not None}
    sent = r.sents[r.sentence_index(noun)]
    roles = {c.prop for c in r.t.role} | {p for ps in r.t.titles.values() for _, p in ps}
    orgs = {rel.object for rel in r.relations if rel.subject in people
            and sent.start_char <= rel.evidence.start < sent.end_char and any(p in roles for p, _, _ in rel.properties)
            and not r.is_person(rel.object)}
    return next(iter(orgs)) if len(orgs) == 1 else None


def organization_of_antecedent(r: DocReader, holders: list[Token]) -> int | None:
    """'Vexa was founded by Tom Brandt, who remains chairman': the organization that is the subject of the
    passive verb whose agent the relative clause is about."""
    for h in holders:
        if h.tag_ in RELATIVE_TAGS and h.head.dep_ == "relcl":
            person = h.head.head
        elif any(c.dep_ == "relcl" for c in h.children):
            person = h  # (the parser's subject of the clause is already the name)
        else:
            continue
        verb = person.head
        if person.dep_ != "pobj" or verb.dep_ != "agent":
            continue  # (not 'Vexa sued Ana Ruiz, who is chief executive': of what, the sentence does not say)
        others = r.subjects_of(verb.head)
        orgs = [m for o in others if (m := r.mention_of(o)) is not None and r.is_orgish(m)
                and not r.is_person(m)]
        if len(orgs) == 1:
            return orgs[0]
    return None


def partitive_copula(noun: Token) -> Token | None:
    """The copula of 'X is one of Vexa's investors', 'X is among the founders of Vexa' (the noun being
    'investors', 'founders'): X is one of what the noun names. None for any other noun."""
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return None
    prep = noun.head
    if prep.lower_ == "among" and prep.head.lemma_ in COPULAS:
        return prep.head
    one = prep.head
    if prep.lower_ == "of" and one.lower_ == "one" and one.dep_ == "attr" and one.head.lemma_ in COPULAS:
        return one.head
    return None


#: Verbs whose 'as' says what their subject is: 'operate as a subsidiary of Y', 'remain as its chairman'.
AS_VERBS = {"operate", "remain", "continue", "function", "serve", "stay", "keep", "run", "act", "exist"}


def predicate_holders(r: DocReader, noun: Token) -> list[Token]:
    """Who a predicate noun is said of: 'X is CEO', 'X, who became chairman', 'X was named publisher',
    'they named X publisher', 'they elected X to be chairman'."""
    if (copula := partitive_copula(noun)) is not None:
        # ('Among Vexa's investors are A and B', the names after the copula the parser's attribute)
        subjects = r.subjects_of(copula) or [c for c in copula.children if c.dep_ == "attr" and c.i > copula.i
                                             and noun.i < copula.i and c.i in r.by_token]
        return [x for subject in subjects for x in r.with_listed(subject)]
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "as" and verb.head.pos_ in {"VERB", "AUX"} \
            and verb.head.lemma_.lower() in AS_VERBS and r.is_relational_noun(noun) \
            and not any(c.dep_ == "dobj" and c.i in r.by_token for c in verb.head.children):
        # 'Kelvo will operate as a wholly owned subsidiary of Brenta', 'Kelvo keeps its brand as a unit of Brenta': the
        # subject is what the relational noun says (not 'Brenta kept Kelvo as its unit': the object is; a title's 'as'
        # is the as-title rule's)
        return r.subjects_of(verb.head)
    if noun.dep_ == "oprd" and verb.lemma_ not in COPULAS:
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if objects:
            return objects
        if r.is_passive(verb):
            subjects = [c for c in r.subjects_of(verb) if r.mention_of(c) is not None]
            if subjects:
                return subjects  # 'X was named publisher'
        # 'Vexa named Dana Whitfield chairman of Korva', the name parsed as a compound of the noun: the
        # name, never the subject, who did the naming
        return [c for c in noun.children if c.dep_ in {"compound", "appos"} and c.i in r.by_token
                and r.leading(r.by_token[c.i]) in {None, r.t.person_class}]
    if noun.dep_ not in {"attr", "oprd"} or verb.lemma_ not in COPULAS:
        return []
    if verb.dep_ == "xcomp" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        objects = [c for c in verb.head.children if c.dep_ == "dobj"]
        if objects:
            return objects
    return r.subjects_of(verb)
