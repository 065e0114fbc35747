"""Relation rules read off how two names are joined: a possessive ('Vexa's Orion phone'), a preposition
('X Park in Y', 'Rome is in Lazio'), a hyphenated participle ('Lyon-based Lumora') or an apposition
('Bergen, western Norway's Vestland County'), with the walk that tells an apposition from a list.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .business import ENDED, PREDECESSOR_NOUNS, REPORT_VERBS, left
from .cues import Cue, match_phrase
from .deals import ROUND_NOUNS
from .mentions import (
    COPULAS,
    COUNTRY_NER,
    DEFINITE,
    MODIFIER_DEPS,
    PEER_WORDS,
    bracketed_at,
    cue_words,
    demonym_of,
    is_versioned_name,
    list_noun,
    listed_by_verb,
    prep_objects,
    ranks,
)
from .reader import DocReader

# Class evidence a name gets from an apposition to a member of the apposition property's range
# (more than an NER label, less than a cue word).
APPOSITION_WEIGHT = 2.0

def possessive_rule(r: DocReader, poss: Token) -> None:
    head = poss.head
    words = cue_words(head) if head.pos_ == "NOUN" else []  # (the possessed noun's words, if it is a noun)
    if match_phrase(r.t.titles, words)[0]:
        return  # 'X's parent company, Y', 'X's chief executive, Y': the title says how (role_rule)
    if head.pos_ == "NOUN" and head.lemma_.lower() in ROUND_NOUNS:
        return  # ('In addition to Kelvo, Tarvik's new round ...': a round is no thing of a name it is set beside)
    owner = r.mention_of(poss)
    owned = r.mention_of(head) if head.i > poss.i else None
    after = poss.i + 2 if poss.i + 1 < len(r.doc) and r.doc[poss.i + 1].dep_ == "case" else poss.i + 1
    if owned is not None and after in r.by_token and r.by_token[after] != owned \
            and any(t.dep_ == "case" for t in r.doc[after:r.spans[owned].start]):
        # ('Orvane's Tarvik Air and Kelvo's Brenta Air', the parser hanging the first possessive on the last name):
        # another's possessive between them, the name right after the possessive is the one it owns
        owned = r.by_token[after]
    scanned = owned is None
    j = poss.i + 1
    while owned is None and j < min(poss.i + 7, len(r.doc)):
        tok = r.doc[j]
        if tok.pos_ in {"VERB", "AUX", "ADP", "CCONJ", "SCONJ", "PRON"} \
                or (tok.is_punct and tok.text not in {"-", "–"}) or tok.is_space or tok.is_sent_start:
            break  # (nor past the sentence's end: 'under its compute strategy' ending a headline's line)
        owned = r.by_token.get(j)
        j += 1
    if owner is None or owned is None:
        return
    root = r.spans[owned].root
    by_noun = match_phrase(r.t.possessive_nouns, words)[1]
    if not words and head.i == root.i:
        # ('its chatbot Tarla', the parser hanging the possessive on the name: the noun before the name says how)
        nouns = [t for t in r.doc[after:r.spans[owned].start] if t.pos_ == "NOUN" and t.head.i == root.i]
        if nouns and match_phrase(r.t.titles, cue_words(nouns[-1]))[0]:
            return  # ('its South African parent company Kelvo': the title says how, the title rules' reading)
        by_noun = match_phrase(r.t.possessive_nouns, cue_words(nouns[-1]))[1] if nouns else []
    if scanned and words and root.dep_ == "compound" and root.head == head and not by_noun \
            and not match_phrase(r.t.head_nouns, words)[0] and not match_phrase(r.t.nouns, words)[0]:
        return  # 'its Norvik Stock Exchange debut', 'Vexa's Oslo sales': the name only says of what
    if any(t.lower_ in ENDED or t.lemma_.lower() in PREDECESSOR_NOUNS for t in r.doc[poss.i + 1:r.spans[owned].start]) \
            or left(root):
        # 'Vexa's former chief executive Ana Ruiz'; 'their predecessors A and B'; 'Vexa's CEO Ana Ruiz stepped down',
        # 'its chairman, Tom Hale, died'
        return
    if any(t.lemma_.lower() in PEER_WORDS for t in r.doc[poss.i + 1:r.spans[owned].start]) \
            or root.dep_ in MODIFIER_DEPS and root.head.lemma_.lower() in PEER_WORDS \
            or head.pos_ == "NOUN" and head.lemma_.lower() in PEER_WORDS:
        # 'its rival Kestrel', 'Vexa's biggest customer Orrin': another company, in a relation of its own; 'its Tala
        # rival': a thing of its own, that the name only says what it rivals; 'Kestrel, its biggest rival': the
        # noun that stands for the name, written after it
        return
    # ('Vexa's Orion and Tarvo phones', 'Vexa's Nova and Tala': things joined to the first are the owner's too, up
    # to one with an owner of its own: 'Germany's Delvana and India's Tessaly'; not companies or people: in
    # 'Vexa's Tarvo Labs and Orbis Inc.' Orbis is Vexa's peer)
    joined: list[int] = []
    for t in sorted((t for t in root.conjuncts if t.i > root.i), key=lambda t: t.i):
        if any(c.dep_ in {"poss", "case"} for c in t.subtree if c.i < t.i or c.head.i == t.i and c.dep_ == "case") \
                or (m := r.by_token.get(t.i)) is None or m == owner:
            break
        if by_noun or r.leading(m) not in {None, r.t.organization_class, r.t.person_class, r.t.place_class}:
            joined.append(m)
    for item in dict.fromkeys([owned, *joined]):
        if by_noun:
            # 'its Nova chatbot', 'Vexa's Orion phone': the noun says how the thing is the owner's
            r.add(owner, item, [Cue(p) for p in by_noun], poss, "possessive")
        elif r.t.version_possessive and is_versioned_name(r.mentions[item].text.split()):
            # 'Vexa's Nova-4': a version of a thing is made by the one it is of
            r.add(owner, item, r.t.version_possessive, poss, "possessive")
        else:
            r.add(owner, item, _made_by_named_owner(r, poss, after == r.spans[owned].start), poss, "possessive")
            if not (r.leading(owner) == r.t.place_class and r.spans[owner].root.ent_type_ != "GPE"
                    and r.leading(item) != r.t.place_class
                    and ranks(r.doc[poss.i + 1:max(r.spans[item].start, head.i)])):
                # (not a ranking among a region's companies: 'Europe's largest online retailer Kelvo' is no more based
                # in Europe than its rivals; a country's or a city's largest bank is most often its own, and a region's
                # tallest building is in it)
                r.add(item, owner, r.t.possessive_object, poss, "possessive")
            thing = r.mentions[item]
            if r.t.version_possessive and poss.pos_ != "PRON" and not thing.scores and not thing.ner_label \
                    and r.leading(owner) == r.t.organization_class and not _company_like(r.spans[item].root):
                # 'users flocked to Vexa's Nova': a possessed name nothing typed, not even the NER, of a company
                # named, is a thing it makes (as a version is: kg:versionPossessiveCue); not a name that only
                # modifies a noun ('Vexa's Oslo unit')
                for cue in r.t.version_possessive:
                    if (made := r.t.signature.get(cue.prop, (None, None))[1]) is not None:
                        thing.add(made, MADE_THING_WEIGHT, strong=False)
                r.add(owner, item, r.t.version_possessive, poss, "possessive")


def _made_by_named_owner(r: DocReader, poss: Token, bare: bool) -> list[Cue]:
    """The possessive cues for a thing right after a company's name: a product of the class the made-thing cue
    (kg:versionPossessiveCue) ranges over is one it makes ('users flocked to Vexa's Nova'), as a news writer names
    a company's own products; after 'its', or with words between ('its Nova', 'Vexa's e-commerce platform Tarn'),
    the class cues as the ontology gives them (a platform a company runs it owns)."""
    if not bare or poss.pos_ == "PRON" or not r.t.version_possessive:
        return r.t.possessive
    made = r.t.version_possessive[0].prop
    made_class = r.t.signature.get(made, (None, None))[1]
    return [Cue(made, object_class=c.object_class) if c.object_class == made_class else c for c in r.t.possessive]


def _company_like(root: Token) -> bool:
    """Whether a name stands where a company does, or only modifies a noun: 'Vexa's Nova said', 'shares of
    Vexa's Nova', 'Vexa's Oslo unit'."""
    if root.dep_ in MODIFIER_DEPS:
        return True
    if root.dep_ == "nsubj" and root.head.lemma_.lower() in REPORT_VERBS:
        return True
    return root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in {"share", "stock"}


#: The weight of the class a possessed name nothing else typed takes as a thing its company makes.
MADE_THING_WEIGHT = 1.0


#: Directions, which before 'of' put a place outside another: 'Spring, north of Houston'.
DIRECTIONS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
              "north-east", "north-west", "south-east", "south-west"}


def possessed_list_rule(r: DocReader) -> None:
    """'Its brands include A, B and C', 'Vexa's games such as A and B', 'Vexa products A, B and C': each name of
    the list is the possessor's (or the name's before the noun), as 'its A brand' would say (the noun's own
    cue, else the class cues); titles are title_list_rule's ('its investors include ...')."""
    for noun in r.doc:
        if noun.pos_ != "NOUN" or noun.tag_ != "NNS":
            continue
        words = cue_words(noun)
        classes = match_phrase(r.t.head_nouns, words)[1]
        if match_phrase(r.t.titles, words)[0] or noun.lemma_.lower() in PEER_WORDS \
                or not (classes or match_phrase(r.t.possessive_nouns, words)[0]):
            continue  # (not 'its rivals include A and B': companies in a relation of their own)
        owners = [c for c in noun.children if c.dep_ == "poss"]
        members = [x for c in listed_by_verb(noun) for x in r.with_listed(c)]
        members += [x for m in r.listed(noun) for x in r.with_listed(m)]
        members = [m for m in members if (listed_in := list_noun(m)) is not None and listed_in.i == noun.i]
        if not owners and noun.dep_ == "compound" and noun.head.i in r.by_token \
                and not {r.t.person_class, r.t.place_class} & set(classes):
            # 'Vexa products A, B and C': the name before the noun makes the names after it
            owners = [c for c in noun.children if c.dep_ == "compound" and c.i in r.by_token and c.i < noun.i]
            members = r.with_listed(noun.head) if owners else []
        if not owners or not members:
            continue
        by_noun = match_phrase(r.t.possessive_nouns, words)[1]
        cues = [Cue(p) for p in by_noun] if by_noun else r.t.possessive
        owner = r.mention_of(owners[0])
        for i in dict.fromkeys(m.i for m in members):
            r.add(owner, r.mention_of(r.doc[i]), cues, noun, "possessive")


def preposition_rule(r: DocReader, prep: Token) -> None:
    """'X Park in Y', 'Z of Y'; and, for adjacency cues, 'Bedford in southern Indiana' however it is parsed."""
    if prep.head.lower_ in DIRECTIONS and not any(c.dep_ == "det" for c in prep.head.children):
        return  # 'Spring, north of Houston' is outside Houston (but 'the north of England' is in it)
    word, head = prep.lower_, prep.head
    if word == "of" and head.lower_ == "out" and head.dep_ == "prep" and head.head.pos_ == "NOUN":
        word, head = "from", head.head  # ('a startup out of Nigeria': where it comes from, as 'from' says)
    cues = r.t.prepositions.get(word, [])
    # (a title written in capitals is one too, when it is no word of a name: 'Tom Hale, the Co-Founder of Vexa')
    titled = match_phrase(r.t.titles, cue_words(head))[1] \
        if head.pos_ == "NOUN" or head.pos_ == "PROPN" and head.i not in r.in_names else []
    if r.held_by_organizations(titled) and word != "of":
        # ('Tarvik, a mobile network operator in Kenya': a title only an organization holds says what it is, as a
        # head noun does, and where, not whom it is of)
        titled = []
    if titled and not any(c.prop in r.t.generalisations.get(p, ()) for p in titled for c in cues):
        # ('Ana Ruiz, co-founder of Vexa': the title rules read what a title states, and 'Ana Ruiz of Vexa' adds what
        # it does not; but 'chief executive of Vexa' does say she works there)
        return
    if head.pos_ == "NOUN" and not titled:
        # (a noun for a person that is no title says no role at what its 'of' names: 'Tom Hale, a graduate of Orvane
        # University', 'a fan of Kelvo'; where they come from it may: 'a native of Oslo')
        cues = [c for c in cues if c.prop not in r.t.person_roles]
        if head.lemma_.lower() in PEER_WORDS:
            return  # ('Tarvik, a rival of Brenta': a peer, in a relation of its own; not where Tarvik is)
        if word == "of" and r.is_relational_noun(head):
            return  # ('Tarvik, a unit of Brenta': what the noun says, the relational-noun rule's reading)
    left = r.mention_of(head) if head.pos_ in {"NOUN", "PROPN"} else None
    predicate = False
    if head.lemma_ in COPULAS and head.pos_ == "AUX" \
            and all(t.pos_ in {"ADV", "PART"} for t in r.doc[head.i + 1:prep.i]):
        # 'Rome is in Lazio', 'Mara Olsen is from Springfield': what the copula's subject is. Only where
        # a place lies or where a person comes from: 'the president was in Paris', 'Vexa is in Las
        # Vegas this week' tell where someone was, not where they live or are based.
        subjects = r.subjects_of(head)
        left = r.mention_of(subjects[0]) if len(subjects) == 1 else None
        predicate = True
        domain = r.t.person_class if word == "from" else r.t.place_class
        cues = [c for c in cues if r.t.signature.get(c.prop, (None, None))[0] == domain]
        if left is not None and r.leading(left) in {r.t.organization_class, r.t.person_class} - {domain}:
            left = None
    if left is None and word in r.t.adjacent:
        left, cues = r.by_token.get(prep.i - 1), r.t.adjacent[word]
    # (people listed before the phrase do not share it: 'Ann Reyes and Tom Gill of Vexa Corp.' may name a
    # guest beside a Vexa employee)
    for pobj in (c for c in prep.children if c.dep_ == "pobj"):
        objects = [pobj] if predicate else r.with_conjuncts(pobj)
        if left is not None and head.pos_ == "NOUN" and left in {r.mention_of(o) for o in objects}:
            continue  # ('the states of A, B and C', 'the islands of A and B': the noun stands for the list itself)
        # ('Tom Hale, the mayor of Oslo': where an office is held, not where its holder lives; as the title rule)
        void = r.office_void(cues, titled) if titled and word == "of" else frozenset()
        for o in objects:
            r.add(left, r.named_or_owner(o), cues, prep, "preposition", void=void)


def agent_hyphen_rule(r: DocReader, participle: Token) -> None:
    """'Orbis-backed Tessaly Labs', 'Musk-founded Vexa': the name written onto a participle of a verb cue did what
    the verb says to the name the participle stands before, as 'Tessaly Labs, backed by Orbis' would say."""
    i = participle.i
    if i < 2 or r.doc[i - 1].text not in {"-", "–"} or r.doc[i - 1].whitespace_ or r.doc[i - 2].whitespace_:
        return
    cues = [Cue(c.prop) for c in r.t.verbs[participle.lemma_.lower()] if not c.particles and not c.preposition]
    agent = r.by_token.get(i - 2)
    if not cues or agent is None:
        return
    # (before a name only: 'the Abu Dhabi-backed investor' is as likely another company as the last one named; the
    # name right after the participle, however the parser hung it: 'Orbis-backed Tessaly and Kelda-owned Vexa'; or
    # a noun in apposition to a name: 'Vexa, an Orbis-backed startup')
    # (and the names the hyphened one ends a list of: 'the Orbis and Kelda-backed startup', which the parser hangs on
    # the list's first name)
    agents = [agent, *(m for m in names_joined_before(r, agent) if r.leading(m) == r.leading(agent))]
    head = participle.head
    if r.by_token.get(head.i) in agents and len(agents) > 1:
        head = r.spans[agents[-1]].root.head
    target = r.name_starting_at(i + 1)
    if target is None and head.i in r.in_names:
        target = r.by_token.get(head.i)
    if target is None and head.pos_ == "NOUN" and head.dep_ == "appos" and head.head.i in r.in_names:
        target = r.by_token.get(head.head.i)
    if target is None or target in agents or r.is_person(target):
        return  # ('Tom Hale, a Kestrel-backed founder': the founder's company is backed, not the person)
    root = r.spans[target].root
    if root.dep_ in MODIFIER_DEPS and root.head.pos_ == "NOUN" and root.head.i > root.i:
        return  # ('the Kestrel-backed Velto bid': the bid is backed, the name only says whose)
    for a in agents:
        r.add(a, target, cues, participle, "agent-hyphen")


def names_joined_before(r: DocReader, m_id: int) -> list[int]:
    """The names a name ends a list of, nearest first, when an 'and' joins it to the one before it: 'Orbis' of 'Orbis
    and Kelda-backed', 'A' and 'B' of 'A, B and Kelda-owned'; none where no 'and' comes before the name ('Orbis,
    Kelda-backed ...', a name set off before another phrase)."""
    out: list[int] = []
    start = r.spans[m_id].start
    while start >= 2 and (r.doc[start - 1].lower_ in {"and", "&"} if not out else r.doc[start - 1].text == ","):
        before = r.by_token.get(start - 2)
        if before is None or r.spans[before].end != start - 1 or before in out or before == m_id:
            break
        out.append(before)
        start = r.spans[before].start
    return out


def hyphen_rule(r: DocReader, tok: Token) -> None:
    """'Lyon-based Lumora': property(Lumora, Lyon); also written without the hyphen, the name a modifier of the
    participle, which modifies a noun ('a Hyderabad based AI firm Tarvo'; not 'Vexa based its decision on ...')."""
    doc = r.doc
    if tok.i >= 5 and doc[tok.i - 1].text in {"-", "–"} and bracketed_at(doc, tok.i - 4) is not None:
        # ('a United Arab Emirates (UAE)-based firm': the name before its acronym in brackets)
        place = r.mention_of(doc[tok.i - 5]) or r.mention_of(doc[tok.i - 3])
    elif tok.i >= 2 and doc[tok.i - 1].text in {"-", "–"}:
        place = r.mention_of(doc[tok.i - 2])
    elif tok.i >= 1 and tok.dep_ == "amod" and tok.head.i > tok.i and doc[tok.i - 1].dep_ == "npadvmod" \
            and doc[tok.i - 1].head.i == tok.i and tok.i - 1 in r.by_token:
        place = r.by_token[tok.i - 1]
    else:
        return
    subject = r.mention_of(tok.head)
    if subject is None and (set_off := r.name_set_off_before(tok.head)) is not None:
        subject = r.mention_of(set_off)  # ('to take over Orvane, the Oslo-based maker of Tarla', the noun misplaced)
    head = tok.head
    for _ in range(3):
        # ('US-based payments and lending services provider Vexa': the noun the participle modifies is itself a
        # modifier of the name)
        if subject is not None or head.dep_ not in {"nmod", "compound", "amod"} or head.head.i <= head.i:
            break
        head = head.head
        subject = r.by_token.get(head.i)
    if subject is None and place is not None and head.dep_ == "appos" and head.head.dep_ in {"appos", "conj"} \
            and r.mention_of(head.head) == place:
        # ('Kelvo, a United Arab Emirates (UAE)-based telecoms firm': the noun the parser hung on the place, in
        # apposition to the name the place is hung on)
        subject = r.mention_of(head.head.head)
    if subject is None:
        # 'UK-headquartered fintech startup Tarvo', parsed with 'startup' as a verb: the first name after
        # the participle, past lower-case nouns and adjectives only (a class's head noun whatever its tag)
        # ('US-based payments and lending services provider Vexa', the parser lost: 'and' between the nouns too)
        j = tok.i + 1
        while j < min(len(r.doc), tok.i + 8) and j not in r.by_token and r.doc[j].is_lower and r.doc[j].is_alpha \
                and (r.doc[j].pos_ in {"NOUN", "ADJ"} or match_phrase(r.t.head_nouns, [r.doc[j].lower_])[0]
                     or r.doc[j].lower_ == "and" and j > tok.i + 1 and r.doc[j + 1].is_lower):
            j += 1
        subject = r.by_token.get(j) if j > tok.i + 1 else None
    # ('US-based firms such as A and B', 'US-based leaders like A': each name the plural noun lists)
    listed = r.listed(tok.head)
    if tok.head.tag_ == "NNS":
        listed += [x for p in prep_objects(tok.head, {"like"}) for x in r.with_conjuncts(p)]
    subjects = [subject, *(r.mention_of(x) for x in listed)]
    # ('Oslo and Bergen-based Vexa': each place the hyphened one ends a list of)
    places = [place, *(m for m in names_joined_before(r, place) if r.leading(m) == r.t.place_class)] \
        if place is not None and tok.i >= 2 and doc[tok.i - 1].text in {"-", "–"} else [place]
    for s in subjects:
        for where in places:
            r.add(s, where, r.t.hyphen[tok.lower_], tok, "hyphen")
    if place is not None and r.leading(place) == r.t.place_class:
        # 'Waltham, Massachusetts-based Vexa': the city before the region is where, too
        start = r.spans[place].start
        city = r.by_token.get(start - 2) if start >= 2 and r.doc[start - 1].text == "," else None
        if city is not None and city not in subjects and not r.country_possessed(city) \
                and not _opening_phrase(r.spans[city]) \
                and not any(x is not None and r.in_one_list(city, x) for x in subjects):
            if not r.mentions[city].strong:
                # (a name written so is a place, whatever the NER took it for: 'McLean, Virginia-based Vexa')
                r.mentions[city].add(r.t.place_class, APPOSITION_WEIGHT, strong=False)
            if r.leading(city) == r.t.place_class:
                for s in subjects:
                    r.add(s, city, r.t.hyphen[tok.lower_], tok, "hyphen")


def place_before_kind_rule(r: DocReader) -> None:
    """'Berlin startup Tarvik', 'Cape Town chip firm Orvane': a place's name, the lower-case words of an
    organization's kind and a name, side by side, say where the named organization is, however the parser hung
    them (the small model takes 'startup' after a city for a verb). Not across a comma or a possessive ('Oslo's
    startup Tarvik', read by the possessive), nor a place the mention's votes do not make a place."""
    doc = r.doc
    for m, span in zip(r.mentions, r.spans):
        # (the NER's country, city or region: the place an organization is based in, before its kind)
        if span.root.ent_type_ not in COUNTRY_NER or r.leading(m.id) != r.t.place_class:
            continue
        j = span.end
        while j < min(len(doc), span.end + 3) and doc[j].is_lower and doc[j].is_alpha and j not in r.by_token:
            j += 1
        if j == span.end or j not in r.by_token:
            continue
        # (the kind's words, its last by its lemma: head nouns are keyed so)
        words = [tok.lower_ for tok in doc[span.end:j - 1]] + [doc[j - 1].lemma_.lower()]
        n, classes = match_phrase(r.t.head_nouns, words)
        name = r.by_token[j]
        if n == len(words) and r.t.organization_class in classes \
                and r.leading(name) not in {r.t.place_class, r.t.person_class}:
            r.add(name, m.id, r.t.role, doc[j - 1], "head-noun")


def demonym_rule(r: DocReader) -> None:
    """'Kenyan startup Tarvik', 'the Israeli company Orvane Labs', 'Swedish Kelvo Robotics': a word of nationality
    (the NER's NORP) right before an organization's name, or before the lower-case words of an organization's kind
    and a name, says where the organization is, when the text names the place the word is of ('Kenya' for
    'Kenyan', 'South Africa' for 'South African'), found by the words' shapes (:func:`demonym_of`), with no list of
    countries: 'a French bank' with no 'France' in the text says nothing. Not a person ('Kenyan entrepreneur Tom
    Hale'): where someone comes from is not where they live."""
    # (a country, city or state the NER knows as one: not a continent, 'European aircraft maker Kelvo')
    places = [m.id for m, span in zip(r.mentions, r.spans)
              if r.leading(m.id) == r.t.place_class and span.root.ent_type_ == "GPE"]
    if not places or not r.t.role:
        return
    for ent in r.doc.ents:
        if ent.label_ != "NORP":
            continue
        place = next((p for p in places if demonym_of(r.mentions[p].text, ent.text)), None)
        for name in _organizations_at(r, ent.end) if place is not None else []:
            r.add(name, place, r.t.role, ent.root, "demonym")


def _organizations_at(r: DocReader, i: int) -> list[int]:
    """The organization named from token i on, past the lower-case words of an organization's kind ('startup
    Tarvik', 'fintech company Orvane Pay'), and the names joined to it after a kind in the plural ('start-ups
    Tarvik and Kelvo'); none where no organization's name follows."""
    doc = r.doc
    j = i
    while j < min(len(doc), i + 4) and r.name_starting_at(j) is None \
            and doc[j].is_lower and doc[j].text.replace("-", "").isalpha():
        j += 1
    name = r.name_starting_at(j) if j < len(doc) else None
    if name is None or r.leading(name) != r.t.organization_class:
        return []
    if j == i:
        return [name]
    words = [t.lower_ for t in doc[i:j - 1]] + [doc[j - 1].lemma_.lower()]
    if r.t.organization_class not in match_phrase(r.t.head_nouns, words)[1]:
        return []
    if doc[j - 1].tag_ != "NNS":
        return [name]
    joined = (r.mention_of(c) for c in r.spans[name].root.conjuncts)
    return [name, *(m for m in joined if m is not None and r.leading(m) == r.t.organization_class)]


#: Kinds of place a larger place holds, named after 'of': 'the Texas city of Houston', 'the Oslo suburb of Bekkestua'.
HELD_PLACE_KINDS = {"city", "town", "village", "port", "state", "province", "suburb", "neighbourhood", "neighborhood",
                    "borough"}
#: Kinds of part of a place, named before them: 'the Velmora district of Brenta', 'the Tarla region of Kenya'.
PART_PLACE_KINDS = {"district", "region"}


def place_of_kind_rule(r: DocReader) -> None:
    """'the Texas city of Houston', 'the US state of Ohio': the place named after 'of' a kind of place that a larger
    place holds is in the place that modifies the kind, or the place a word of nationality before it is of, when the
    text names it ('the Kenyan town of Tarla', with 'Kenya' in the text: :func:`demonym_of`); not 'the
    capital of Norway', with no place before the kind. A part of a place is named the other way round: 'the Velmora
    district of Brenta', the name before the kind inside the one after."""
    for tok in r.doc:
        kind = tok.lemma_.lower()
        if tok.pos_ != "NOUN" or kind not in HELD_PLACE_KINDS | PART_PLACE_KINDS:
            continue
        after = [m for p in prep_objects(tok, {"of"}) if (m := r.by_token.get(p.i)) is not None
                 and r.leading(m) == r.t.place_class]
        before = [m for c in tok.children if c.dep_ in {"compound", "nmod", "amod"} and c.i < tok.i
                  and (m := r.by_token.get(c.i)) is not None and r.leading(m) == r.t.place_class]
        if kind in PART_PLACE_KINDS:
            inner, outer = before, after
        else:
            inner, outer = after, before
            if not outer:
                words = [c.text for c in tok.children if c.dep_ == "amod" and c.ent_type_ == "NORP"]
                outer = [m.id for m in r.mentions for w in words
                         if r.leading(m.id) == r.t.place_class and demonym_of(m.text, w)][:1]
        for a in inner:
            for b in outer:
                if a != b:
                    r.add(a, b, r.t.apposition, tok, "place-kind")


def _opening_phrase(span: Span) -> bool:
    """Whether a name is all of a prepositional phrase that opens its sentence, set off by a comma: 'In Norway,' of
    'In Norway, Oslo-based Vexa ...' (no city before its region)."""
    doc = span.doc
    prep = doc[span.start - 1] if span.start > 0 else None
    return prep is not None and prep.dep_ == "prep" and bool(prep.is_sent_start) and span.root.dep_ == "pobj" \
        and span.root.head.i == prep.i and span.end < len(doc) and doc[span.end].text == ","


def apposition_rule(r: DocReader) -> None:
    """'Bergen, western Norway's Vestland County': two names side by side, not in a list."""
    for m, span in zip(r.mentions, r.spans):
        nxt = span.end
        if nxt + 1 >= len(r.doc) or r.doc[nxt].text != ",":
            continue
        after = r.doc[nxt + 1]
        # the name whose noun phrase starts right after the comma ('western Norway's Vestland County')
        other, best = None, -1
        for j in range(nxt + 1, min(nxt + 14, len(r.doc))):
            cand = r.by_token.get(j)
            if cand is None:
                continue
            tok = r.doc[j]
            if any(h.text in {"-", "–"} and h.i + 1 < j and r.doc[h.i + 1].tag_ == "VBN" for h in r.doc[after.i:j]):
                continue  # ('Dublin, California-based Tarvo': the place and its region, then the company based there)
            if tok.left_edge.i <= after.i <= tok.right_edge.i or j == after.i:
                size = tok.right_edge.i - tok.left_edge.i
                if size > best:
                    other, best = cand, size
        if other is None or other == m.id or (r.country_possessed(m.id) or r.in_one_list(m.id, other)
                                              or m.strong and r.leading(m.id) != r.t.place_class) \
                and _before_hyphen_participle(r, other):
            # ('Sweden's Orvane, Dubai-based Kestrel', 'A, Oslo-based B and C', 'Tarvik Labs, Oslo-based B': a list,
            # not a city and its region)
            continue
        if r.spans[other].root.dep_ in {"nsubj", "nsubjpass"} and r.spans[other].root.head.i > r.spans[other].end - 1 \
                and span.root.dep_ not in {"nsubj", "nsubjpass"} \
                or _opening_phrase(span) and _before_hyphen_participle(r, other):
            continue  # ('Head of Operations in Brazil, Vexa will ...', 'In Norway, Oslo-based Vexa': a fronted phrase)
        # a list ("A, B and C") is not an apposition; nor are two names of one list the parser found ('important
        # cities are A, B, C (D), E and others', where the bracket breaks the run of commas)
        if r.mentions[m.id].list_id >= 0 and r.mentions[m.id].list_id == r.mentions[other].list_id \
                and m.sentence == r.mentions[other].sentence \
                and (list_noun(span.root) is not None or list_noun(r.spans[other].root) is not None):
            continue
        tail = r.doc[r.spans[other].end:r.spans[other].end + 2]
        if any(t.dep_ == "cc" or t.lower_ in {"and", "or"} for t in tail) or ends_list(r, other) \
                or (tail and tail[0].text == "," and r.doc[span.start - 1:span.start].text == ","
                    and not _place_chain(r, m.id, other)):
            continue
        r.add(m.id, other, r.t.apposition, span.root, "apposition")
        first = span.root.head
        if r.leading(m.id) == r.t.place_class and span.root.dep_ == "conj" and len(span.root.conjuncts) == 1 \
                and (fm := r.mention_of(first)) is not None and fm not in {m.id, other} \
                and r.leading(fm) == r.t.place_class and r.doc[first.i + 1].lower_ == "and" \
                and r.spans[m.id].start == first.i + 2 \
                and not any(c.dep_ == "appos" and r.mention_of(c) != other for c in first.children):
            # ('held in Tarla and Velmora, Kenya': the place after the second of two places joined by 'and' is where
            # the first is too; not in a longer list, where 'Tarla, Norway and ...' may be a city and its country)
            r.add(fm, other, r.t.apposition, span.root, "apposition")
        # 'MILLINOCKET , Maine ( AP )': a name with no cue of its own, beside a bare member of the
        # range, is of the domain
        other_span = r.spans[other]
        after_other = r.doc[other_span.end] if other_span.end < len(r.doc) else None
        if other_span.start != after.i \
                or not (after_other is None or after_other.is_punct or after_other.is_sent_start):
            continue
        for cue in r.t.apposition:
            if cue.subject_class and r.leading(other) == cue.object_class:
                if not m.strong:
                    m.add(cue.subject_class, APPOSITION_WEIGHT, strong=False)
                if r.leading(m.id) == cue.subject_class:
                    # 'Kinderhook , N.Y.' is also a name of Kinderhook
                    m.forms.append(r.doc[span.start:other_span.end].text)


def _before_hyphen_participle(r: DocReader, m_id: int) -> bool:
    """Whether a name is written onto a hyphenated participle: 'Dubai' of 'Dubai-based Kestrel'."""
    k = r.spans[m_id].end
    return k + 1 < len(r.doc) and r.doc[k].text in {"-", "–"} and r.doc[k + 1].lower_ in r.t.hyphen


def _place_chain(r: DocReader, a: int, b: int) -> bool:
    """Whether two names side by side in a run of commas are links of a chain ('a town in Okotoks, Alberta,
    Canada, with ...'): both of one class that an apposition cue relates to itself (locatedIn: Place, Place)."""
    cls = r.leading(a)
    return cls is not None and cls == r.leading(b) \
        and any(c.subject_class == cls and c.object_class == cls for c in r.t.apposition)


def ends_list(r: DocReader, m_id: int) -> bool:
    """Whether a name is followed by ', C, D and E': then it is an item of a list, not an apposition.

    Walks the list once: every comma passed on the way gets the same answer (kept in ``_list_ends``),
    so the items of a long list do not each walk to its end; the walk stops at the sentence's end."""
    doc, j = r.doc, r.spans[m_id].end
    if j + 1 >= len(doc) or doc[j].text != ",":
        return False
    stop = r.sents[r.sent_of_token[j]].end
    passed: list[int] = []
    found = False
    while j + 1 < stop and doc[j].text == ",":
        if j in r.list_ends:
            found = r.list_ends[j]
            break
        passed.append(j)
        k = j + 1
        if doc[k].lower_ in {"and", "or"}:
            found = True
            break
        k += doc[k].lower_ in DEFINITE
        if k >= stop or not doc[k].text[:1].isupper():
            break
        while k < stop and (doc[k].text[:1].isupper() or k in r.by_token):
            k += 1  # the next item: a name, or capitalised words
        if k < stop and doc[k].lower_ in {"and", "or"}:
            found = True
            break
        j = k
    for c in passed:
        r.list_ends[c] = found
    return found
