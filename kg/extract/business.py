"""Relation rules for the shapes business news writes roles and titles in.

- Title chains before a name: 'Vexa chair and chief executive Ana Ruiz', 'Vexa's founder & CEO Li Wei',
  'co-CEOs A and B', with the organization before the chain, 'of Y' after the name, or the organization
  that the clause is about ('Vexa, led by chief executive Ana Ruiz', 'Vexa named Ana Ruiz chief executive').
- Coordinated titles after a name: 'Li Wei, the founder and CEO of Vexa': every title in the coordination.
- Titles after 'as': 'X runs Vexa as chairman and chief executive', 'joins Vexa as president' (not after
  'stepped down as').
- Appointments: 'Vexa named Ana Ruiz (as) chief executive', 'Vexa announced the appointment of Ana Ruiz as its
  chief executive'.
- Titled speakers: 'Vexa will open three plants, chief executive Ana Ruiz said' (the company said of).
- Title lists: 'its investors include A, B and C', 'a group of backers including A and B'.
- Deals and stakes: :mod:`.deals`, which uses this module's readings of time ('former', 'previously').

Every cue word that names a relation comes from the ontology (titles, stakes, verbs of acquisition); the few
fixed words here are grammar: connectors of a title chain, verbs of appointing and leading, words that end a
role ('former', 'outgoing'). The rules run inside ``kg_relations`` and add candidates through its reader.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ..schema import local_name
from .cues import Cue, hyphen_parts, match_phrase
from .mentions import QUOTES, SUBJECT_DEPS, cue_words, is_list_prep, listed_by_verb, prep_objects
from .model import leading_class, votes_by_name
from .prefixed import prefixed_word

if TYPE_CHECKING:
    from .reader import DocReader

#: Words that say a role or holding has ended: a fact read with one of them is not a current fact.
ENDED = {"former", "ex", "erstwhile", "onetime", "one-time", "outgoing", "previous", "then"}
#: Adverbs on a verb that say what it states has ended ('previously ran', 'formerly owned').
ENDED_ADVERBS = {"previously", "formerly", "once"}
#: Nouns of one who held a post before its holder: 'their predecessors A and B'.
PREDECESSOR_NOUNS = {"predecessor"}
#: Verbs of acts done once, which an adverb of the past does not undo: 'previously co-founded Vexa', 'once bought
#: Kelda' (but 'previously ran Vexa' has ended).
ONE_OFF_VERBS = {"found", "co-found", "cofound", "establish", "create", "acquire", "buy", "purchase"}
#: Nouns of acts done once (as :data:`ONE_OFF_VERBS`), which a word of the past only dates: 'its previous acquisition
#: of Kelda' was made (but 'its former unit Kelda' is no longer its).
ONE_OFF_NOUNS = {"acquisition", "purchase", "takeover", "buyout"}
#: Verbs of an act whose result may last, which 'previously' only dates ('has previously invested in Kelda'; but
#: 'formerly invested', 'once invested' tell of a holding that ended).
DATED_VERBS = {"invest"}
#: Titles named for an act done once (:data:`ONE_OFF_VERBS`): one who leaves or is removed stays its holder ('Tom Hale,
#: the co-founder of Vexa, stepped down' ends no founding; 'former co-founder' is still read as ended).
ONE_OFF_TITLES = {"founder", "co-founder", "cofounder", "creator", "co-creator"}
#: Words that join the titles of a chain ('chair and chief executive', 'president & CEO', 'co-founder').
CHAIN_JOINS = {"and", "&", ","}
#: Verbs by which someone leaves a role ('stepped down as', 'resigned as', 'retired as').
LEAVE_VERBS = {"step", "resign", "quit", "retire", "leave", "depart", "exit"}
#: Nouns of leaving a post or being removed from it, said 'of' the one who held it: 'the resignation of Ana Ruiz'.
LEAVE_NOUNS = {"resignation", "departure", "exit", "retirement", "dismissal", "ouster", "firing", "removal",
               "sacking", "death"}
#: Words that put a leaving still to come: 'the planned departure of Ana Ruiz'.
NOT_YET = {"planned", "upcoming", "expected", "impending", "proposed", "pending", "possible"}
#: Verbs of dying, with the particle some need ('passed away'): one who died holds no role any more (a founder stays
#: the founder: :data:`ONE_OFF_TITLES`).
DEATH_VERBS = {"die": "", "pass": "away"}
#: Verbs by which someone is removed from a role ('fired its chief executive', 'was ousted as chairman').
REMOVE_VERBS = {"fire", "dismiss", "oust", "sack", "depose", "remove", "axe"}
#: Verbs whose by-agent heads what the verb is said of ('Vexa, led by chief executive Ana Ruiz').
LEAD_VERBS = {"lead", "head", "run", "helm", "manage", "chair", "steer"}
#: Verbs by which someone holds a role or a holding for a time: 'X, who ran Vexa, has left' says it has ended.
HOLD_VERBS = LEAD_VERBS | {"serve", "work", "own", "hold", "control"}
#: Verbs that give their object a title ('Vexa named Ana Ruiz (as) chief executive').
APPOINT_VERBS = {"name", "appoint", "hire", "tap", "pick", "elect", "promote", "choose", "select", "install",
                 "designate", "announce", "welcome"}
#: Nouns for a company's governing body, which acts for the company: 'Vexa's board named Ana Ruiz chief
#: executive', 'the board of Vexa appointed ...'.
BODY_NOUNS = {"board", "directors", "trustees", "governors", "shareholders", "stockholders"}
MAX_CHAIN = 8
#: Words that may stand before a title without changing what it states.
TITLE_MODIFIERS = {"co", "-", "acting", "interim", "new", "next", "incoming", "permanent", "current", "global", "group",
                   "executive", "deputy", "senior", "joint"}


def _state_ended_before(verb: Token) -> bool:
    """A past perfect with 'since': a state that held until a point in the past ('had run Vexa since
    2017', 'had been its chief executive since 2021'), told of someone who has since moved on; a past state
    'until' a point ('was chief executive until 2019', 'ran Vexa until last year') or 'for' a time ('worked
    for Vexa for 23 years'; not 'has worked for Vexa for 23 years')."""
    if any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children) \
            and any(c.lower_ == "since" for c in verb.subtree):
        return True
    if verb.tag_ == "VBD" and verb.lemma_ in {"be", "serve", "work"} \
            and any(c.dep_ == "prep" and c.lower_ == "before" for c in verb.children):
        return True  # 'before that was president of Vexa', 'was chief executive before joining Orbis'
    # (so of a past passive: 'was owned by Kelvo until 2017'; and of a state between two dates: 'Between 2013 and
    # 2017, the company was owned by Kelvo')
    past = verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ in {"was", "were"}
                                                             for c in verb.children)
    return past and any(c.dep_ == "prep" and (c.lower_ == "until" or c.lower_ == "for" and any(
        p.dep_ == "pobj" and p.lemma_.lower() in DURATION_NOUNS for p in c.children)
        or c.lower_ == "between" and verb.lemma_.lower() in STATE_VERBS
        and any(p.dep_ == "pobj" and p.ent_type_ == "DATE" for p in c.children))
        for c in verb.children)


#: Verbs of a state that lasts, which a period with an end bounds ('Between 2013 and 2017, Kelvo owned Zentrix'; not
#: what was done in the period: 'Between 2015 and 2018, Kelvo bought five startups').
STATE_VERBS = {"own", "hold", "control", "run", "lead", "head", "work", "serve", "be", "manage", "chair", "employ"}


#: Nouns of a length of time: 'worked for Vexa for 23 years'.
DURATION_NOUNS = {"year", "month", "decade", "week", "day"}
#: Verbs whose infinitive is not done: 'tried to buy', 'sought to acquire', 'failed to buy', 'was looking to control'.
UNDONE = {"try", "seek", "attempt", "fail", "hope", "want", "consider", "threaten", "refuse", "decline",
          "abandon", "propose", "offer", "look", "aim"}


#: Verbs that stand against what their object names, which their negation lets be: 'will not oppose the takeover'.
OPPOSE_VERBS = {"oppose", "block", "challenge", "veto", "reject", "stop", "prevent", "halt", "contest"}


#: Pronouns of one who holds a post: 'who was its chief executive'.
HOLDER_PRONOUNS = {"he", "she", "who", "they"}
#: Nouns of one who put money in: what they did stays done ('was an early backer of Kelda').
BACKER_NOUNS = {"backer", "investor", "funder", "financier"}
#: Words that rank or time a backer, beside the TITLE_MODIFIERS: 'early investors', 'its largest backer'.
BACKER_MODIFIERS = {"early", "initial", "existing", "lead", "major", "largest", "biggest", "key", "strategic",
                    "main", "founding", "minority", "anchor", "longtime", "long-time"}


def _removed(tok: Token) -> bool:
    """Whether a noun is who a removal verb removes: its object, or what it was removed 'as'."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "as":
        head = head.head
    elif tok.dep_ != "dobj":
        return False
    lemma = head.lemma_.lower()
    # ('Ana Ruiz replaced chief executive Tom Brandt'; not 'will replace': he holds it still)
    return head.pos_ == "VERB" and (lemma in REMOVE_VERBS or lemma in SUCCEED_VERBS and not _to_come(head)) \
        and not any(c.dep_ == "neg" for c in head.children)


#: Nouns of talks, which what they are about has not been done: 'in talks to buy Kelda'.
NEGOTIATION_NOUNS = {"talk", "negotiation"}


def _negotiated(verb: Token) -> bool:
    """Whether a verb is what talks are about ('is in talks to buy Kelda', 'was said to be in late-stage talks to buy
    Kelda', which the parser may hang on the verb that has the talks): not done."""
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in NEGOTIATION_NOUNS:
        return True
    return verb.dep_ == "advcl" and any(p.lemma_.lower() in NEGOTIATION_NOUNS
                                        for c in verb.head.children if c.dep_ == "prep" and c.lower_ == "in"
                                        for p in c.children if p.dep_ == "pobj")


def _with_shared_adverbs(verb: Token) -> list[Token]:
    """A verb's children, with those of the verb it is joined to when it is told in the past with no subject nor
    adverb of its own: 'Previously, Tom Hale held posts in banking and worked at Vexa' (not '... and now works at
    Vexa', nor '... and today he runs Vexa')."""
    children = list(verb.children)
    if verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"} and verb.tag_ in {"VBD", "VBN"} \
            and not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "advmod" and c.lower_ not in {"also"} for c in children):
        children += list(verb.head.children)
    return children


#: Verbs that keep who they name from what their 'from' says: 'bars them from investing in rivals'.
PREVENT_VERBS = {"prevent", "bar", "ban", "stop", "block", "prohibit", "keep", "restrict", "discourage", "deter",
                 "refrain", "preclude", "forbid"}


def _kept_from(verb: Token) -> bool:
    """'which prevents them from investing in Zentrix', 'refrained from buying': what one is kept from is not done."""
    return verb.dep_ == "pcomp" and verb.head.lower_ == "from" and verb.head.head.lemma_.lower() in PREVENT_VERBS


#: Adverbs by which a verb tells what came close to happening and did not: 'almost bought', 'nearly sold'.
NEAR_MISS_ADVERBS = {"almost", "nearly"}


def ended(tok: Token) -> bool:
    """Whether a cue word is marked as past: 'former CEO', 'ex-chairman', 'former Vexa chief executive',
    'previously ran', 'formerly of', 'had run ... since 2017'."""
    doc = tok.doc
    if tok.pos_ in {"VERB", "AUX"}:
        one_off = tok.lemma_.lower() in ONE_OFF_VERBS  # ('previously co-founded Vexa': a founder still)
        past = ENDED_ADVERBS - {"previously"} if tok.lemma_.lower() in DATED_VERBS else ENDED_ADVERBS
        return (not one_off and any(c.lower_ in past for c in _with_shared_adverbs(tok) if c.dep_ == "advmod")
                or any(c.dep_ == "neg" for c in tok.children)  # ('did not buy', 'never made an investment')
                # ('almost bought Y', 'nearly sold Y to Z': what came close to being done was not)
                or any(c.dep_ == "advmod" and c.lower_ in NEAR_MISS_ADVERBS for c in tok.children)
                or _state_ended_before(tok)
                or (tok.dep_ == "xcomp" and tok.head.lemma_ in UNDONE)  # (what was only tried is no fact either)
                or (tok.dep_ == "ccomp" and tok.head.lemma_ == "wish")  # ('wished that it had bought Y': it did not)
                or _kept_from(tok)
                or _negotiated(tok)
                or _held_by_one_who_left(tok))
    if any(c.lower_ in ENDED or c.lower_ in ENDED_ADVERBS for c in tok.children
           if c.dep_ in {"amod", "advmod", "compound", "nmod"}) and tok.lemma_.lower() not in ONE_OFF_NOUNS:
        return True
    if any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
        return True  # 'has no stake in Vexa'
    if not is_one_off_title(tok) and holder_gone(tok):
        return True
    if tok.dep_ in {"dobj", "attr"} and tok.head.pos_ in {"VERB", "AUX"} \
            and any(c.dep_ == "neg" for c in tok.head.children) and tok.head.lemma_.lower() not in OPPOSE_VERBS:
        return True  # 'did not receive any investment', 'is not chief executive' (not 'will not block the purchase')

    if tok.dep_ in {"attr", "acomp"} and tok.head.pos_ in {"VERB", "AUX"} \
            and (_state_ended_before(tok.head)
                 or any(c.lower_ in ENDED_ADVERBS for c in tok.head.children if c.dep_ == "advmod")):
        return True  # 'was chief executive until 2019', 'was formerly chief executive of Vexa'
    if tok.dep_ == "attr" and tok.head.lemma_ == "be" and tok.head.tag_ == "VBD" and not is_one_off_title(tok) \
            and tok.lemma_.lower() not in BACKER_NOUNS \
            and any(c.dep_ == "nsubj" and (c.pos_ == "PROPN" or c.lower_ in HOLDER_PRONOUNS)
                    for c in tok.head.children):
        # 'Ana Ruiz was the non-executive chairman of Vexa', 'who was its chief executive': a post someone held, told
        # in the past, held no more (not what was done once: 'was an early backer of Kelda', 'was a co-founder of
        # Vexa'; nor a deal: 'the latest was its acquisition of Y')
        return True
    # the words of the noun phrase before the cue ('former Vexa chief executive', 'ex-CEO')
    for j in range(tok.i - 1, max(-1, tok.i - 7), -1):
        w = doc[j]
        if w.lower_ in ENDED and tok.lemma_.lower() not in ONE_OFF_NOUNS:
            return True
        if (w.is_punct and w.text not in {"-", "–"}) or w.pos_ in {"VERB", "AUX", "ADP", "CCONJ", "PRON", "DET"}:
            break
    return False


def title_props(r: DocReader, words: list[str]) -> list[str]:
    """The properties a phrase states when it is a title with at most modifiers before it ('chief
    executive', 'interim CEO', 'co-CEOs', 'executive chairman')."""
    words = hyphen_parts(words)  # 'co-chief' as 'co - chief'
    forms = [words]
    if words and words[-1].endswith("s"):
        forms.append(words[:-1] + [words[-1][:-1]])  # 'co-CEOs'
    for form in forms:
        n, props = match_phrase(r.t.titles, form)
        # (a backer's modifiers too: 'early investors', 'its largest shareholder')
        modifiers = TITLE_MODIFIERS | BACKER_MODIFIERS if form and form[-1] in BACKER_NOUNS else TITLE_MODIFIERS
        if n and all(w in modifiers for w in form[:-n]):
            return props
        if n and form[0] == "chief" and form[-1] == "officer" and len(form) <= 5:
            return props  # 'chief revenue officer', 'chief people officer': what 'officer' states
    return []


def organization_of(r: DocReader, m_id: int | None) -> int | None:
    """The mention, unless a cue word makes it a person's: the NER's label alone decides nothing here (it
    often calls a company a person), and the resolver checks the class the name ends up with."""
    if m_id is None or (r.is_person(m_id) and r.mentions[m_id].strong):
        return None
    return m_id


def chain_before(r: DocReader, start: int, m_id: int) -> tuple[int, list[tuple[list[str], Token]]]:
    """The title chain right before token ``start`` of mention ``m_id``: its first token and its titles
    (words, last token). A title the mention finder already took as standing for the name is part of it."""
    doc = r.doc
    j = start - 1
    if j >= 2 and doc[j].text == ")" and doc[j - 2].text == "(" and doc[j - 1].is_alpha and doc[j - 1].is_upper:
        j -= 3  # ('Chief Technology Officer (CTO) Tom Hale': the title's acronym in brackets)
    parts: list[tuple[list[str], Token | None]] = []
    words: list[str] = []
    last: Token | None = None
    while j >= 0 and start - j <= MAX_CHAIN and r.by_token.get(j, m_id) == m_id:
        tok = doc[j]
        if tok.lower_ in CHAIN_JOINS:
            if not words and tok.text == "," and doc[j + 1].lower_ in {"and", "&"} and parts:
                j -= 1
                continue  # (the comma before a list's 'and': 'President, Chairman, and CEO Tom Hale')
            if not words:
                break
            parts.append((words, last))
            words, last = [], None
        elif tok.text in {"-", "–"} \
                or ((tok.is_alpha or prefixed_word(tok))
                    and (tok.is_lower or tok.text.isupper() or title_props(r, [tok.lower_]))):
            words.insert(0, tok.lower_)
            last = last or tok
        else:
            break
        j -= 1
    if words:
        parts.append((words, last))
    # the chain is what is titles: cut it where a part is not one ('said chief executive X': 'said' ends it)
    titled: list[tuple[list[str], Token]] = []
    name_root = r.spans[m_id].root
    for k, (ws, part_tok) in enumerate(parts):
        if part_tok is None:
            break
        # (a word of a phrase the name is no part of, nor it of the name's, is none of its titles: 'In a letter to
        # employees and investors, CEO Tom Hale said')
        # (but titles joined by an 'and' of their own are one chain however the parser hung them: 'Kelvo CEO and
        # co-founder Tom Hale said', parsed as two subjects of 'said')
        if k and not (part_tok.is_ancestor(name_root) or name_root.is_ancestor(part_tok)) \
                and not _joined_by_and(part_tok, parts[k - 1][1]):
            break
        drop = 0
        while drop < len(ws) and not title_props(r, ws[drop:]):
            drop += 1
        if drop == len(ws):
            # 'Vexa's head of global payments Ana Ruiz': a title with an 'of' complement of its own
            k = ws.index("of") if "of" in ws else 0
            if k and title_props(r, ws[:k]):
                titled.append((ws[:k], doc[part_tok.i - (len(ws) - k)]))
            break
        titled.append((ws[drop:], part_tok))
        # (lower-case words that qualify the title in its own phrase end no chain: 'Kelvo President and retail
        # business chief Ana Ruiz'; a word of another phrase does: 'said chief executive X')
        qualifiers = doc[part_tok.i - len(ws) + 1:part_tok.i - len(ws) + 1 + drop]
        if drop and not all(t.is_lower and t.pos_ in {"NOUN", "ADJ"} and part_tok.is_ancestor(t) for t in qualifiers):
            break
    if not titled:
        return start, []
    first_words, first_tok = titled[-1]
    first = first_tok.i - len(first_words) + 1
    return max(first, 0), titled


def _joined_by_and(title: Token, nearer: Token | None) -> bool:
    """Whether the title word ``title`` is followed, right after its phrase, by an 'and' of its own that leads
    to the chain's ``nearer`` part ('CEO and co-founder')."""
    if nearer is None:
        return False
    join = title.doc[title.i + 1] if title.i + 1 < len(title.doc) else None
    return join is not None and join.lower_ in {"and", "&"} and join.head == title and join.i < nearer.i


def title_chain_rule(r: DocReader) -> None:
    """'Vexa chair and chief executive Ana Ruiz': each title of the chain, of the organization before it,
    after the name ('of Vexa'), or of the organization the clause is about. Names joined to a titled name
    ('co-CEOs A and B') share its titles."""
    doc = r.doc
    read: dict[int, tuple[int, list[tuple[list[str], Token]]]] = {}  # name's root token -> (organization, titles)
    # in text order, so that a name's titles are read before the names joined to it
    for m, span in sorted(zip(r.mentions, r.spans), key=lambda ms: ms[1].start):
        # (a name nothing typed, joined to a titled person's, is another holder: 'co-founders Tom Hale and Ana Ruiz',
        # the NER leaving out the second)
        joined = not m.scores and span.root.dep_ == "conj" and span.root.head.i in read
        if not r.is_person(m.id) and not joined:
            continue
        first, titled = chain_before(r, span.start, m.id)
        if titled:
            _chain_of_another(r, first, m.id)
        org: int | None
        if not titled and span.root.dep_ == "conj" and span.root.head.i in read \
                and any(_plural(r, t) for _, t in read[span.root.head.i][1]):
            # (of a title written in the plural: 'co-CEOs A and B'; not 'founded by CEO A, B and C')
            org, titled = read[span.root.head.i]
        elif not titled or any(w in ENDED for w in titled[-1][0]):
            continue  # ('former chairman and CEO X': the whole chain has ended)
        elif left(span.root) and not (titled := [(ws, t) for ws, t in titled if is_one_off_title(t)]):
            continue  # ('CEO X stepped down'; but 'co-founder and CEO X stepped down' is still the co-founder)
        else:
            org = organization_before(r, first)
            if org is None and span.end + 1 < len(doc) and doc[span.end].lower_ in {"of", "at"}:
                org = organization_of(r, r.by_token.get(span.end + 1))
            if org is None:
                # 'co-founders A, B and C of Vexa': the organization after the list's last name is each one's
                final = max(span.root.conjuncts, key=lambda t: t.i, default=None)
                last = r.by_token.get(final.i) if final is not None and final.i > span.root.i else None
                end = r.spans[last].end if last is not None else len(doc)
                if end + 1 < len(doc) and doc[end].lower_ in {"of", "at"}:
                    org = organization_of(r, r.by_token.get(end + 1))
            props = {p for words, _ in titled for p in title_props(r, words)}
            if org is None:
                org = clause_organization(r, span.root, props)
            if org is None:
                org = under_organization(r, span.root, props)
            if org is None:
                org = fronted_organization(r, span.root)
            if org is None and span.root.dep_ in {"nsubj", "nsubjpass"} and any(local_name(p) != GENERIC_ROLE
                                                                                for p in props):
                # 'Vexa said founder Tom Hale would step down as chairman': the organization telling the news (a
                # title of its own, not one outsiders hold: 'Vexa said analyst Tom Hale expects ...')
                org = reporting_organization(r, span.root.head)
                if org is None:
                    org = quoted_organization(r, span.root.head)
            rule = "title-chain"
            if org is None and not any(w in PUBLIC_OFFICES for words, _ in titled for w in words):
                # 'Chief executive Ana Ruiz said ...' in an article about one company: that company's (not a
                # minister's: 'lauded by government minister Tom Hale')
                org, rule = topic_if_alone(r, span.root), "title-topic"
            if org is None:
                continue
        read[span.root.i] = (org, titled)
        for words, tok in titled:
            if not any(w in ENDED for w in words):
                r.add(m.id, org, [Cue(p) for p in title_props(r, words)], tok, rule)


def left(name: Token) -> bool:
    """Whether a name's holder has left (:func:`has_left`), said of the name or of the noun it is joined or in
    apposition to: 'Tom Hale stepped down', 'Tom Hale and Ana Ruiz resigned', 'co-founder and chief executive Ana
    Ruiz stepped down' as the parser may read it (the name joined to the title)."""
    while not has_left(name) and name.dep_ in {"appos", "conj"} and name.head.i < name.i \
            and name.head.pos_ in {"NOUN", "PROPN"}:
        name = name.head
    return has_left(name)


def _chain_of_another(r: DocReader, first: int, m_id: int) -> None:
    """'Vexa CEO and former Orbis executive Ana Ruiz': a title chain of another organization before the one
    of the chain that begins at token ``first`` (after the organization's name and the words that say the later
    role ended), joined to it by 'and'."""
    doc = r.doc
    org = r.by_token.get(first - 1)
    if org is None:
        return
    j = r.spans[org].start - 1
    while j >= 0 and doc[j].lower_ in ENDED:
        j -= 1
    if j < 1 or doc[j].lower_ not in {"and", "&"}:
        return
    first2, titled = chain_before(r, j, m_id)
    other = organization_before(r, first2) if titled else None
    if other is None or other == org:
        return
    for words, tok in titled:
        if not any(w in ENDED for w in words):
            r.add(m_id, other, [Cue(p) for p in title_props(r, words)], tok, "title-chain")


def _lead_subject(r: DocReader) -> str | None:
    """The name that is the subject of the main verb of the article's first sentence with one (after a
    dateline, which has a sentence of its own), when it is no person's (or only the NER's lone person name,
    :attr:`DocReader.lone_names`)."""
    for sent in r.sents[:2]:
        root = sent.root
        if root.pos_ not in {"VERB", "AUX"}:
            continue
        for c in root.children:
            if c.dep_ in {"nsubj", "nsubjpass"}:
                m = r.by_token.get(c.i)
                if m is not None and r.mentions[m].sentence == r.sent_of_token[c.i] \
                        and (not r.is_person(m) or m in r.lone_names):
                    return r.mentions[m].text
        return None
    return None


#: Titles of public office, held in a government, not in the company an article is about: 'Shinzo Abe, prime
#: minister, urged companies to ...'.
PUBLIC_OFFICES = {"minister", "governor", "mayor", "senator", "premier", "lawmaker", "legislator", "congressman",
                  "congresswoman", "ambassador", "chancellor"}


def topic_if_alone(r: DocReader, tok: Token, holders: Collection[int] = ()) -> int | None:
    """The article's topic organization (:func:`topic_organization`) for a title in a sentence that
    names no organization ('Chief executive Ana Ruiz said', 'Ruiz remains chairman'); else None. (The ``holders``
    of the title, names nothing typed yet, are not organizations it names.)"""
    n = r.sent_of_token[tok.i]
    topic = topic_organization(r)
    if topic is None:
        return None
    # (the topic itself may be named there as a subject or a possessor: 'Vexa is not disclosing its valuation, but
    # Ana Ruiz, the founder and CEO, said ...'; not as what the holders join, 'co-founders A and B are joining Vexa',
    # nor in a quotation, which anyone may speak of it)
    name = r.mentions[topic].text
    # (a place named there is no organization: '750 jobs are moving to Norvik, said spokeswoman Ana Ruiz'; nor a made
    # thing: 'CEO Ana Ruiz says the cash will fund a browser dubbed Tarla')
    if any(m.sentence == n and m.id not in holders and r.is_neither_person_nor_place(m.id)
           and r.leading(m.id) not in r.t.thing_classes
           and (m.text != name or r.spans[m.id].root.dep_ not in SUBJECT_DEPS | {"poss"} or _quoted(r.spans[m.id]))
           for m in r.mentions):
        return None
    # (but a made thing beside a name only the NER took for a person's may be that company's: 'the leadership of
    # Kelda Works, the studio behind the game Tarla', the NER calling Kelda Works a person)
    own = r.mention_of(tok)
    if any(m.sentence == n and r.leading(m.id) in r.t.thing_classes for m in r.mentions) \
            and any(m.sentence == n and m.id != own and m.id not in holders and r.is_person(m.id) and not m.strong
                    for m in r.mentions):
        return None
    return topic


def _quoted(span: Span) -> bool:
    """Whether a name stands inside quotation marks in its sentence ('"Vexa is a fine rival," said CEO Tom Hale':
    said of the company by anyone, its own people or a rival's)."""
    before = [t.text for t in span.sent if t.i < span.start and t.text in QUOTES]
    return len(before) % 2 == 1


#: How many more mentions than any other organization the topic of an article needs (see topic_organization).
TOPIC_DOMINANCE = 2.0


def topic_organization(r: DocReader) -> int | None:
    """The organization an article is about, when one clearly is: the subject of its first sentence, when
    named at least twice; else the one named most often (a short name counting for the longer names it is
    part of, 'Vexa' for 'Vexa Holdings'), at least three times and at least :data:`TOPIC_DOMINANCE` times
    as often as any other. Its first mention, or None."""
    if r.topic is not False:
        return r.topic
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    lead = _lead_subject(r)
    # (the classes each name's mentions vote for together, as they stand now: not the reader's cached votes, which
    # the rules still to run would find stale)
    votes = votes_by_name(r.mentions)
    for m in r.mentions:
        # (and the first sentence's subject that is a one-word name nothing typed, or that only the NER took for
        # a person's: 'Sennvik, a freight forwarder, raised ...'; two unlabelled words are as often a person's)
        # (or a mention only the NER took for a person's, of a name its mentions together call an organization:
        # 'Kelvo, a startup, ...' before 'Kelvo is not disclosing ...')
        if r.leading(m.id) == r.t.organization_class or (m.ner_label == "ORG" and not r.is_person(m.id)) \
                or (not m.strong and leading_class(votes[m.text]) == r.t.organization_class) \
                or (m.text == lead and (not m.scores and len(m.text.split()) == 1 or m.id in r.lone_names)):
            counts[m.text] += 1
            first.setdefault(m.text, m.id)
    words = {t: t.split() for t in counts}

    def within(short: str, long: str) -> bool:
        a, b = words[short], words[long]
        return any(b[k:k + len(a)] == a for k in range(len(b) - len(a) + 1))

    totals = {t: sum(c for u, c in counts.items() if within(u, t)) for t in counts}
    ranked = sorted(totals, key=lambda t: (-totals[t], -len(words[t]), t))
    topic = None
    if lead is not None and lead in first:
        # the subject of the article's first sentence, named again later ('Vexa agreed to buy Kessler ...'), in
        # full or by its first words, whatever the NER calls those ('Blenko Mobility Ltd' ... 'Blenko'), when
        # no cue makes them a person's
        head = lead.split()
        again = sum(1 for m in r.mentions if m.text.split() == head[:len(m.text.split())]
                    and not (m.strong and r.is_person(m.id)))
        if again >= 2 or \
                totals[max((t for t in totals if within(lead, t) or within(t, lead)), key=lambda t: totals[t])] >= 2:
            topic = first[lead]
    if topic is None and ranked and totals[ranked[0]] >= 3:
        top = ranked[0]
        rivals = [totals[t] for t in ranked[1:] if not within(t, top) and not within(top, t)]
        if not rivals or totals[top] >= TOPIC_DOMINANCE * max(rivals):
            topic = first[top]
    r.topic = topic
    return topic


def title_children(noun: Token) -> list[Token]:
    """A title noun's children, with those of a 'co' the parser split from it and set beside it rather than
    under it ('a Vexa co-founder' as 'co', '-', 'founder': 'Vexa' hangs on 'co')."""
    doc = noun.doc
    children = list(noun.children)
    if noun.i >= 2 and doc[noun.i - 1].text == "-" and doc[noun.i - 2].lower_ == "co" \
            and doc[noun.i - 2].head.i != noun.i:
        children += [c for c in doc[noun.i - 2].children if c.i < noun.i - 2]
    return children


def title_organization(r: DocReader, noun: Token, preps: tuple[str, ...] = ("of", "at"),
                       holders: frozenset[int] = frozenset()) -> int | None:
    """The organization a title noun names itself: its possessor ('Vexa's chairman'), a name compounded
    with it ('Vexa chief executive'), or the object of 'of'/'at' ('chairman of Vexa'); not one of the mentions
    ``holders``, who hold the title ('named Ana Ruiz chief executive', parsed with the name on the title)."""
    for c in title_children(noun):
        if c.dep_ == "poss" or (c.dep_ in {"compound", "nmod"} and c.i in r.in_names):
            if (org := organization_of(r, r.mention_of(c))) is not None and org not in holders:
                return org
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in preps):
        for p in (c for c in prep.children if c.dep_ == "pobj"):
            if (org := organization_of(r, r.mention_of(p))) is not None:
                return org
    return None


def phrase_props(r: DocReader, noun: Token) -> list[str]:
    """What a title noun states with the words before it in its phrase ('chief executive'), leaving out
    determiners, possessors (with their 's: 'Vexa's new CEO', parsed with 'Vexa' at the phrase's left edge) and
    names."""
    return title_props(r, [w.lower_ for w in r.doc[noun.left_edge.i:noun.i + 1]
                           if w.dep_ not in {"det", "poss", "case"} and w.i not in r.in_names])


def organization_before(r: DocReader, first: int) -> int | None:
    """The organization right before a title chain: 'Vexa chief executive', 'Vexa's', 'its', 'the
    company's'; none when the phrase says the role has ended ('former Vexa chief executive')."""
    doc = r.doc
    k = first - 1
    if k > 0 and doc[k].text == ")":
        # a ticker or acronym in parentheses between the name and the title: 'Vexa (NYSE: VX) chief executive'
        opened = next((j for j in range(k - 1, max(-1, k - 8), -1) if doc[j].text == "("), None)
        if opened is not None and all(not any(ch.islower() for ch in w.text) for w in doc[opened + 1:k]):
            k = opened - 1
    if k < 0:
        return None
    if k in r.by_token:
        org = organization_of(r, r.by_token[k])
    elif doc[k].text in {"'s", "’s", "'", "’"} and k >= 1:
        org = organization_of(r, r.mention_of(doc[k - 1]))
    elif doc[k].lower_ in {"its", "their"}:
        return organization_of(r, r.antecedent(doc[k], person=False))
    else:
        return None
    if org is not None:
        start = r.spans[org].start
        if start > 0 and doc[start - 1].lower_ in ENDED:
            return None
    return org


#: The tags of a plural noun.
PLURAL_TAGS = {"NNS", "NNPS"}


def _plural(r: DocReader, title: Token) -> bool:
    """Whether a title word is written in the plural ('co-CEOs', however the tagger took it; not 'boss')."""
    return title.tag_ in PLURAL_TAGS or title.lower_.endswith("s") and bool(title_props(r, [title.lower_[:-1]]))


#: The role a title must state for a founding's agent to hold it at what was founded: 'Vexa was founded by CEO X'
#: (not 'by film director X', 'by investor X', who are so elsewhere).
CHIEF_ROLE = "ceoOf"
#: Verbs of founding (see CHIEF_ROLE).
CLAUSE_FOUND_VERBS = {"found", "co-found", "cofound", "establish", "start", "create"}


def clause_organization(r: DocReader, name: Token, props: Collection[str] = ()) -> int | None:
    """The organization a clause about a titled name is about: 'Vexa, led by chief executive X' (the noun
    the participle modifies), 'Vexa is run by co-CEOs A and B' (the subject); 'Vexa was founded in 2017 by CEO X',
    of a chief executive's title (``props``, the title's properties; not one that tells what the founder is:
    'founded by film director X', 'by investor X')."""
    head = name
    while head.dep_ in {"conj", "appos"}:  # ('run by co-chief executives A and B': A in apposition to them)
        head = head.head
    founding = name.dep_ == "pobj" and any(local_name(p) == CHIEF_ROLE for p in props)
    if head.dep_ == "pobj" and head.head.dep_ == "agent" \
            and (head.head.head.lemma_.lower() in LEAD_VERBS
                 or founding and head.head.head.lemma_.lower() in CLAUSE_FOUND_VERBS):
        verb = head.head.head
        if verb.dep_ in {"acl", "relcl"}:
            return organization_of(r, r.mention_of(verb.head))
        subjects = r.subjects_of(verb)
        return organization_of(r, r.mention_of(subjects[0])) if subjects else None
    return None


def under_organization(r: DocReader, name: Token, props: set[str]) -> int | None:
    """'Vexa has grown under chief executive X', 'grew under the leadership of founder X': the subject of the
    clause, for a title of its own that no other title generalises (not 'under President X', 'under judge X'),
    and, the clause told in the past, one of founding (a role it tells of may have ended: 'collapsed under chief
    executive X')."""
    head = name
    while head.dep_ in {"conj", "appos"}:
        head = head.head
    under = head.head if head.dep_ == "pobj" else None
    if under is not None and under.lower_ == "of" and under.head.lemma_.lower() in LEADERSHIP_NOUNS \
            and under.head.dep_ == "pobj":
        under = under.head.head
    if under is None or under.lower_ != "under" or under.head.pos_ not in {"VERB", "AUX"} or ended(under.head):
        return None
    if not props or any(local_name(p) == GENERIC_ROLE for p in props):
        return None
    founding = set(r.verb_props("found"))
    if under.head.tag_ == "VBD" and not props <= founding:
        return None
    subjects = r.subjects_of(under.head)
    return organization_of(r, r.mention_of(subjects[0])) if subjects else None


def fronted_organization(r: DocReader, tok: Token) -> int | None:
    """'At Kelvo, Ana Ruiz reported to chief executive Tom Hale': the organization a sentence opens with 'At', set off
    by a comma, is where the titles that name none of their own are held (not a place, nor a time: 'At Oslo, ...',
    'At the meeting, ...')."""
    sent = r.sents[r.sentence_index(tok)]
    first = sent[0]
    if first.lower_ != "at" or first.dep_ != "prep" or len(sent) < 4:
        return None
    m = next((r.by_token[c.i] for c in first.children if c.dep_ == "pobj" and c.i in r.by_token), None)
    if m is None or r.spans[m].start != first.i + 1 or r.spans[m].end >= sent.end \
            or r.doc[r.spans[m].end].text != "," or r.leading(m) != r.t.organization_class:
        return None
    return organization_of(r, m)


#: Nouns of leading an organization, after 'under the ... of': 'under the leadership of founder X'.
LEADERSHIP_NOUNS = {"leadership", "stewardship", "helm", "direction", "guidance"}


def coordinated_titles_rule(r: DocReader) -> None:
    """'Li Wei, the founder and CEO of Vexa': the holder and organization of the coordination, for each
    title in it (the parser hangs 'of Vexa' on the last title and the name on the first)."""
    doc = r.doc
    for tok in doc:
        # ('Vexa's CEO and co-founder, Li Wei, said': the name in apposition to the coordination)
        named = [c for c in tok.children if c.dep_ == "appos" and c.i > tok.i and c.i in r.by_token]
        if tok.pos_ != "NOUN" or not (tok.dep_ == "appos" or named):
            continue
        group = [tok, *[c for c in tok.conjuncts if c.i > tok.i]]
        if len(group) < 2:
            continue
        # each title with the words before it ('chief executive'), else alone
        titles = [(t, phrase_props(r, t) or title_props(r, [t.lemma_.lower() if t.pos_ == "NOUN" else t.lower_]))
                  for t in group]
        titles = [(t, props) for t, props in titles if props]  # ('founder and chief scientist': a title and a job)
        if not titles:
            continue
        holder = r.mention_of(tok.head if tok.dep_ == "appos" else named[0])
        if holder is None or not r.is_person(holder) or ended(tok):
            continue  # ('the former chairman and CEO of Y': the whole coordination has ended)
        org = next((o for t in reversed(group) if (o := title_organization(r, t)) is not None), None)
        if org is None and tok.dep_ != "appos":
            continue
        if org is None:
            # 'X, founder and chief scientist at Vexa': the parser hangs 'at Vexa' on the name
            last = group[-1].right_edge.i
            org = next((o for p in prep_objects(tok.head, {"of", "at"}) if p.i > last
                        and (o := organization_of(r, r.mention_of(p))) is not None), None)
        if org is None:
            continue
        gone = holder_gone(tok)  # ('X, co-founder and chief executive of Vexa, resigned': the founder still)
        for t, props in titles:
            if not ended(t) and not (gone and not is_one_off_title(t)):
                r.add(holder, org, [Cue(p) for p in props], t, "title-chain")


#: The property of a title anyone, outsiders too, may hold ('analyst', 'lawyer'): no sign of whose it is.
GENERIC_ROLE = "worksFor"
#: Verbs by which someone takes over a role from its holder ('X will succeed Y as chief executive', 'named X to
#: replace Y').
SUCCEED_VERBS = {"succeed", "replace"}
#: Verbs by which an organization tells its own news ('Vexa said X would ...').
REPORT_VERBS = {"say", "announce", "confirm", "report"}


def reporting_organization(r: DocReader, verb: Token) -> int | None:
    """The organization that tells the clause a verb heads: 'Vexa said Ana Ruiz would succeed Tom Brandt as
    chief executive' (Vexa's chief executive)."""
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in REPORT_VERBS:
        return None
    for s in r.subjects_of(verb.head):
        m = r.mention_of(s)
        if m is not None and r.is_orgish(m) and not r.is_person(m):
            return m
    return None


#: Verbs by which someone tells what is quoted: 'Vexa will grow, chief executive Ana Ruiz said'.
SAY_VERBS = {"say", "add", "tell", "note", "explain", "write"}


def quoted_organization(r: DocReader, verb: Token) -> int | None:
    """The organization a speaker's words are about, when it is the subject of what they said: 'Vexa will open three
    plants, chief executive Ana Ruiz said' (Vexa's chief executive); not words quoted as said ('"Vexa is a fine
    rival," said CEO Tom Hale': of another, as often as not)."""
    if verb.lemma_.lower() not in SAY_VERBS:
        return None
    doc = verb.doc
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        if any(doc[i].text in QUOTES for i in range(clause.left_edge.i, min(clause.right_edge.i + 2, len(doc)))) \
                or clause.left_edge.i > 0 and doc[clause.left_edge.i - 1].text in QUOTES:
            continue
        for s in r.subjects_of(clause):
            m = r.mention_of(s) if s.pos_ != "PRON" else None  # (a name: not 'CEO Tom Hale said it was good')
            if m is not None and r.is_orgish(m) and not r.is_person(m):
                return m
    return None


def is_one_off_title(tok: Token) -> bool:
    """A title named for an act done once (:data:`ONE_OFF_TITLES`): 'founder', 'co-founder'."""
    return tok.lemma_.lower() in ONE_OFF_TITLES or tok.lower_ in ONE_OFF_TITLES


def holder_gone(tok: Token) -> bool:
    """Whether the holder of a title has left it or was removed: 'Vexa CEO Ana Ruiz stepped down', 'fired its
    chief executive', 'dismissed chief executive Ana Ruiz', 'was ousted as CEO'."""
    named = tok.dep_ in {"compound", "appos"} and tok.head.pos_ == "PROPN"
    # (or the title is the subject, the name in apposition to it: 'Vexa chief executive Ana Ruiz stepped down' as
    # the parser may read it)
    return named and (has_left(tok.head) or _removed(tok.head)) or _removed(tok) or has_left(tok)


#: Verbs whose infinitive is still to come: 'plans to step down', 'is to retire', 'expects to leave'.
TO_COME = {"plan", "intend", "expect", "be", "agree", "decide", "announce", "prepare"}


def has_left(name: Token) -> bool:
    """'Vexa's CEO Ana Ruiz stepped down', 'Ana Ruiz, Vexa's chief executive, has resigned': the subject of a
    verb of leaving, in the past and with no object (not 'will step down', 'is to retire'; nor 'left for Paris',
    'left Orbis')."""
    verb = name.head
    if name.dep_ in {"nsubj", "nsubjpass"} and _died(verb):
        return True  # ('Tom Hale, Vexa's longtime chairman, died on Monday': his roles have ended)
    if any(c.dep_ == "amod" and c.lower_ == "late" for c in name.children) \
            and any(c.dep_ == "det" and c.lower_ == "the" for c in name.children):
        return True  # ('the late Tom Hale, Vexa's longtime vice chairman': he has died)
    if name.dep_ == "pobj" and verb.lower_ == "of" and verb.head.lemma_.lower() in LEAVE_NOUNS \
            and not any(c.lower_ in NOT_YET for c in verb.head.children):
        return True  # ('led to the dismissal of CEO Tom Hale', 'after the resignation of Ana Ruiz'; not 'the planned
        # departure of')
    if name.dep_ not in {"nsubj", "nsubjpass"} or verb.lemma_.lower() not in LEAVE_VERBS or _to_come(verb):
        return False
    # (or a headline's present: 'Vexa CEO Ana Ruiz resigns', with no time that may be to come: 'retires in May')
    headline = verb.tag_ == "VBZ" and verb.dep_ == "ROOT" \
        and not any(w.ent_type_ in {"DATE", "TIME"} for c in verb.children if c.dep_ != "nsubj" for w in c.subtree)
    if verb.tag_ != "VBD" and not headline and not (verb.tag_ == "VBN" and any(
            c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)):
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    # (what was left, when the verb says: 'X, chief executive of Vexa, left Orbis in 2020' keeps Vexa's title; but
    # 'left the role' is the title's)
    # ('left her post as chair of Orbis', 'left his job at Orbis': another post)
    described = any(c.dep_ == "prep" and c.lower_ in {"as", "at", "on"} and any(
        o.dep_ == "dobj" and o.i < c.i for o in verb.children) for c in verb.children)
    # ('left for Paris', 'defected to Orbis': somewhere else, a name; not 'stepped down for personal reasons')
    return not any(c.dep_ == "dobj" and (c.lemma_.lower() not in POST_NOUNS or described
                                         or any(g.dep_ == "prep" for g in c.children))
                   or (c.dep_ == "prep" and c.lower_ in {"for", "to"}
                       and any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children)) for c in verb.children)


def _died(verb: Token) -> bool:
    """Whether a verb says its subject died: 'died on Monday', 'passed away' (in the past; not 'did not die', not
    'passed the test')."""
    particle = DEATH_VERBS.get(verb.lemma_.lower())
    return particle is not None and verb.tag_ == "VBD" and not any(c.dep_ == "neg" for c in verb.children) \
        and (not particle or any(c.dep_ in {"prt", "advmod"} and c.lower_ == particle for c in verb.children))


def _held_by_one_who_left(verb: Token) -> bool:
    """'Tom Brandt, who led Vexa as chief executive, has stepped down': a role told in a relative clause on
    someone the sentence says has left (not 'will step down'). What such a clause says was done once stays true:
    'Ana Ruiz, who founded Vexa in 2019, has left'."""
    person = verb.head
    main = person.head
    holds = verb.lemma_.lower() in HOLD_VERBS or any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)
    return holds and verb.dep_ == "relcl" and person.dep_ in {"nsubj", "nsubjpass"} \
        and main.lemma_.lower() in LEAVE_VERBS and not _to_come(main)


def _to_come(verb: Token) -> bool:
    """Whether a verb tells what is still to happen: 'will step down', 'plans to retire', 'is to leave'."""
    if any(c.dep_ == "aux" and c.lower_ in {"will", "shall", "'ll"} for c in verb.children):
        return True
    # governed by a verb of intent in the present or future ('plans to', 'will decide to'), not 'planned to'
    head = verb.head
    return verb.dep_ == "xcomp" and head.lemma_.lower() in TO_COME and (head.tag_ in {"VBZ", "VBP", "VB"}
                                                                          or _to_come(head))


def as_title_rule(r: DocReader, round_recipient: RoundRecipient | None = None) -> None:
    """'X runs Vexa as chairman and chief executive', 'X joins Vexa as president', 'X returned as Vexa chief
    executive': each title after 'as', held by the verb's subject, at the verb's object or the title's own
    organization. A backer's title names no organization after a round ('Tarvo raised $5 million. Orbis joined as
    a new investor'): the round's recipient's, found by ``round_recipient``, and it may be an organization's."""
    doc = r.doc
    funded = set(r.verb_props("fund"))
    for prep in doc:
        if prep.lower_ != "as" or prep.dep_ != "prep" or prep.head.pos_ != "VERB" or ended(prep.head):
            continue
        verb = prep.head
        if verb.lemma_.lower() in LEAVE_VERBS and not _to_come(verb):
            continue  # 'X stepped down as chief executive of Vexa': a role that ends (but 'X will step down as
            # chief executive at the end of the year' holds it until then)
        titles = [x for p in prep.children if p.dep_ == "pobj" for x in r.with_conjuncts(p)]
        read = [(t, phrase_props(r, t)) for t in titles if t.pos_ in {"NOUN", "PROPN"} and t.i not in r.in_names]
        read = [(t, props) for t, props in read if props and not ended(t)]
        if not read:
            continue
        subjects = [h for s in r.subjects_of(verb) if (h := r.mention_of(s)) is not None]
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if objects and verb.lemma_.lower() in APPOINT_VERBS and not r.is_passive(verb):
            continue  # 'Vexa named Ana Ruiz as its chief executive': the one named holds it (appointment_rule)
        if verb.lemma_.lower() in SUCCEED_VERBS:
            objects = []  # 'X will succeed Y as chief executive': Y is the one who held it
        for t, props in read:
            backer = set(props) <= funded
            holders = [h for h in subjects if _may_be_person(r, h) or backer and r.is_orgish(h)]
            org = next((organization_of(r, r.mention_of(o)) for o in objects if r.mention_of(o) is not None), None)
            org = org if org is not None else title_organization(r, t)
            org = org if org is not None else reporting_organization(r, verb)
            org = org if org is not None else _with_clause_organization(r, verb)
            rule = "as-title"
            if org is None and backer and round_recipient is not None:
                org = round_recipient(r, r.sentence_index(t))
            if org is None:
                org, rule = topic_if_alone(r, t), "title-topic"
            if org is None:
                continue
            for h in holders:
                r.add(h, org, [Cue(p) for p in props], t, rule)


def _with_clause_organization(r: DocReader, verb: Token) -> int | None:
    """'Vexa introduced its first model, with Ana Ruiz and Tom Hale serving as initial investors': the organization
    that is the subject of the clause a 'with' clause hangs on, the one organization there."""
    if verb.dep_ != "pcomp" or verb.head.lower_ != "with" or ended(verb.head.head):
        return None
    orgs = [m for s in r.subjects_of(verb.head.head) if (m := r.mention_of(s)) is not None
            and r.is_orgish(m) and not r.is_person(m)]
    return orgs[0] if len(orgs) == 1 else None


#: Verbs by which the subject says what its object is to it: 'Vexa counts Orrin as a backer', 'Vexa counts
#: Orrin among its investors'.
COUNT_VERBS = {"count", "list", "number"}


def counts_as_rule(r: DocReader) -> None:
    """'Vexa, which counts Orrin Capital as a backer', 'Vexa counts Orrin among its investors': the object holds
    the title at the subject."""
    for verb in r.doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in COUNT_VERBS or ended(verb) or r.is_passive(verb):
            continue
        objects = [x for c in verb.children if c.dep_ == "dobj" for x in r.with_conjuncts(c)]
        titles = [p for p in prep_objects(verb, {"as", "among"}) if p.i not in r.in_names]
        subjects = r.subjects_of(verb)
        if not objects or not titles or len(subjects) != 1:
            continue
        org = organization_of(r, r.mention_of(subjects[0]))
        for t in titles:
            props = phrase_props(r, t)
            if not props or ended(t):
                continue
            for o in objects:
                r.add(r.mention_of(o), org, [Cue(p) for p in props], t, "as-title")


#: Nouns for where an organization is run from, and the verbs by which it moves them.
SEAT_NOUNS = {"headquarters", "headquarter", "hq", "seat"}
SEAT_OFFICES = {"head", "registered", "main"}  # 'head office', 'registered office'
MOVE_VERBS = {"move", "relocate", "shift", "transfer"}


#: Words for a seat that is not the organization's own: 'its European headquarters', 'a regional head office'.
PART_SEAT_WORDS = {"regional", "local", "divisional", "national", "area", "country", "unit", "branch"}


def _is_seat(noun: Token) -> bool:
    if any(c.dep_ in {"amod", "compound", "nmod"} and (c.lower_ in PART_SEAT_WORDS
                                                       or c.ent_type_ in {"NORP", "GPE", "LOC"})
           for c in noun.children):
        return False  # ('its European headquarters in Dublin', 'its U.S. headquarters')
    low = noun.lemma_.lower()
    return low in SEAT_NOUNS or (low == "office" and any(c.lower_ in SEAT_OFFICES for c in noun.children
                                                         if c.dep_ in {"amod", "compound"}))


#: Verbs by which a seat is where it is: 'its headquarters are in Oslo', 'will remain in Oslo'.
SEAT_VERBS = {"be", "remain", "stay", "sit", "lie"}
#: The weight of the place a name before a seat noun gets ('Vexa's Melbourne headquarters'): an apposition's.
SITE_WEIGHT = 2.0


def headquarters_rule(r: DocReader) -> None:
    """'Vexa moved its headquarters from Oslo to Bergen', 'Vexa's headquarters in Bergen', 'run from its
    headquarters in Bergen': what the ontology's verb 'headquarter in' states, of the holder and the place
    it is in (or moved to). Not the place it moved from."""
    props = [c.prop for c in r.t.verbs.get("headquarter", ()) if c.preposition == "in"]
    if not props:
        return
    cues = [Cue(p) for p in props]
    for noun in r.doc:
        if noun.pos_ not in {"NOUN", "PROPN"} or not _is_seat(noun) or ended(noun):
            continue
        owners = [c for c in noun.children if c.dep_ == "poss"]
        of = prep_objects(noun, {"of"})
        if any(o.pos_ == "NOUN" and o.i not in r.by_token for o in of):
            continue  # ('moved the headquarters of its rail division to London': a part's seat, not the company's)
        owners += of  # 'the headquarters of Vexa in Oslo'
        if not owners:
            # 'at Vexa headquarters in Rockville': an organization's name right before the seat noun occupies it
            owners = [c for c in noun.children if c.dep_ in {"compound", "nmod"} and c.i in r.by_token
                      and r.leading(r.by_token[c.i]) == r.t.organization_class]
        if noun.dep_ == "pobj" and noun.head.lower_ == "with":
            # 'Vexa, with headquarters in Oslo, ...', 'Vexa operates with headquarters in Oslo': the name or the
            # subject the phrase is said of
            holder = noun.head.head
            owners += [holder] if holder.i in r.by_token else r.subjects_of(holder) if holder.pos_ == "VERB" else []
        places = prep_objects(noun, {"in"}) + [p for o in owners for p in prep_objects(o, {"in"})]
        if not places and noun.i + 1 < len(r.doc) and (after := r.doc[noun.i + 1]).lower_ == "in" \
                and after.dep_ == "prep":
            # ('at a briefing at Vexa headquarters in nearby Rockville', the 'in' hung on the briefing)
            places = [c for c in after.children if c.dep_ == "pobj"]
        # 'Vexa's Melbourne headquarters': the name between the holder's possessive and the seat noun is the place
        # it is in, whatever the NER took it for (it reads 'Melbourne headquarters' as an organization's name)
        for c in noun.children:
            m = r.by_token.get(c.i)
            if c.dep_ in {"compound", "nmod"} and m is not None and any(o.dep_ == "poss" for o in owners) \
                    and (not r.mentions[m].strong or r.leading(m) == r.t.place_class) \
                    and r.mentions[m].ner_label != "PERSON":
                # (or one a cue already made a place: 'Kelvo Labs' Oslo headquarters', the seat noun's own cue)
                r.mentions[m].add(r.t.place_class, SITE_WEIGHT, strong=False)
                places.append(c)
        verb = noun.head
        if not places and noun.dep_ == "nsubj" and verb.lemma_.lower() in SEAT_VERBS and not ended(verb):
            places = prep_objects(verb, {"in"})  # ('Vexa's headquarters are in Oslo', '... will remain in Oslo')
        if noun.dep_ == "dobj" and verb.lemma_.lower() in MOVE_VERBS and not ended(verb):
            places = prep_objects(verb, {"to"})
            # 'Vexa moved its headquarters': whose they are is the mover's, whatever 'its' would be read as
            owners = r.subjects_of(verb) or owners
        for o in owners:
            org = organization_of(r, r.mention_of(o))
            for p in places:
                r.add(org, r.mention_of(p), cues, noun, "headquarters")


#: Nouns of where someone lives (or a company has its home): 'died at his home in Larchmont'.
HOME_NOUNS = {"home", "residence"}


def home_rule(r: DocReader) -> None:
    """'Tom Hale died at his home in Larchmont', 'Ana Ruiz's residence in Oslo': whose home it is lives in the place
    after 'in' (or, of a company, is based there): the ontology's role properties (``kg:roleCue``), the resolver
    keeping the one whose domain fits. Not a home that ended ('his former home in Oslo') nor a plural ('homes in
    Oslo' are houses someone builds or sells)."""
    if not r.t.role:
        return
    for noun in r.doc:
        if noun.pos_ != "NOUN" or noun.lower_ not in HOME_NOUNS or ended(noun):
            continue
        owners = [c for c in noun.children if c.dep_ == "poss"]
        places = prep_objects(noun, {"in"})
        for o in owners:
            for p in places:
                r.add(r.mention_of(o), r.mention_of(p), r.t.role, noun, "home")


#: Words of a sentence about raising money, where investors named with no company are the article's company's.
FUNDING_WORDS = {"round", "funding", "raise", "raised", "raising", "money", "financing", "capital"}


def title_list_members(r: DocReader, noun: Token) -> list[Token]:
    """The names a plural noun lists: 'its investors include A, B and C', 'its investors are A and B', 'investors
    including A and B'."""
    listed = listed_by_verb(noun)
    members = [x for c in listed for x in r.with_listed(c)]
    # ('Other backers included A and the existing funders B and C': a noun of the same title among them, naming more)
    same = set(title_props(r, [noun.lemma_.lower()]))
    members += [x for c in listed for k in c.conjuncts
                if k.pos_ == "NOUN" and same & set(title_props(r, [k.lemma_.lower()]))
                for n in r.names_of(k) + [a for a in k.children if a.dep_ == "appos" and a.i in r.by_token]
                for x in r.with_listed(n) if x not in members]
    # ('investors including A and B', 'investors like A and B', 'investors such as A and B')
    for prep in (c for c in noun.children if c.dep_ == "prep" and is_list_prep(c)):
        members += [x for c in prep.children if c.dep_ == "pobj" for x in r.with_listed(c) if x not in members]
    counting = counting_verb(noun)
    if counting is not None:
        # 'Vexa counts A, B and C among its investors'
        members += [x for c in counting.children if c.dep_ == "dobj" for x in r.with_listed(c) if x not in members]
    if listed:
        # (and the names written after the verb that the parser hung elsewhere, when it found one: 'Other backers
        # included an unnamed insurer, the Norwegian fund A, and the existing funders B and C'; up to a plural noun
        # of another title: 'Tarvik's investors include A and its rivals B and C')
        def other_title(t: Token) -> bool:
            return t.pos_ == "NOUN" and t.tag_ == "NNS" and not same & set(title_props(r, [t.lemma_.lower()]))
        members += [x for x in r.names_after(noun.head, other_title) if x not in members
                    and r.leading(r.by_token[x.i]) != r.t.place_class]
    return members


#: Verbs by which a company names those who hold a title at it: 'counts A and B among its investors'.
COUNT_VERBS = {"count", "number"}


def counting_verb(noun: Token) -> Token | None:
    """The verb that counts names among a plural noun: 'counts' of 'Vexa counts A and B among its investors' (or 'as
    investors')."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in {"among", "as"}:
        return None
    verb = prep.head
    while verb.dep_ in {"dobj", "conj"} and verb.pos_ in {"PROPN", "NOUN"} and verb.head.i != verb.i:
        verb = verb.head  # (the parser may hang 'among' on the object: 'counts A among its investors')
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in COUNT_VERBS else None


#: Who got the round of funding the text told of last before sentence n, if it names one (deals' search).
RoundRecipient = Callable[["DocReader", int], "int | None"]


#: Verbs by which a company gets those who hold a title at it: 'Vexa has attracted investors including A and B'.
DRAW_VERBS = {"attract", "draw", "lure", "win", "count", "add"}


def title_list_rule(r: DocReader, round_recipient: RoundRecipient | None = None) -> None:
    """'Its investors include A, B and C', 'investors including A and B': each listed name holds the title
    at the possessor ('its', 'Vexa's') or the 'in'/'of' object of the title noun. Backers after a round
    ('Tarvo had raised $5 million. Its backers include A and B') are the round's recipient's, found by
    ``round_recipient``, when the possessor is the 'its' that opens the sentence (else the article's company)."""
    doc = r.doc
    funded = set(r.verb_props("fund"))
    for tok in doc:
        if tok.pos_ != "NOUN" or tok.tag_ != "NNS":
            continue
        props = title_props(r, [tok.lemma_.lower()])
        if not props or ended(tok):
            continue
        members = title_list_members(r, tok)
        if not members:
            continue
        org = None
        n = r.sentence_index(tok)
        if round_recipient is not None and set(props) <= funded and n > 0 and any(
                c.dep_ == "poss" and c.lower_ == "its" and c.i == r.sents[n].start for c in tok.children):
            # (the one that raised it, the subject of the sentence before: not 'Kestrel led a round in Tarvo. Its
            # investors include ...', the fund's own)
            org = round_recipient(r, n)
            if org is not None and not any(t.dep_ in {"nsubj", "nsubjpass"} and r.mention_of(t) == org
                                           for t in r.sents[n - 1]):
                org = None
        if org is None:
            org = title_organization(r, tok, ("in", "of", "at"))
        if org is None and (counting := counting_verb(tok)) is not None and not ended(counting):
            # 'The company counts A and B as investors': the subject's
            org = next((o for s in r.subjects_of(counting) if (o := organization_of(r, r.mention_of(s))) is not None),
                       None)
        if org is None and tok.dep_ == "dobj" and tok.head.lemma_.lower() in DRAW_VERBS and not ended(tok.head):
            # 'Vexa has attracted investors including A and B': the subject's
            org = next((o for s in r.subjects_of(tok.head) if (o := organization_of(r, r.mention_of(s))) is not None),
                       None)
        if org is None:
            # 'investors who took part in the round of funding for Vexa included A and B': the round's company
            org = next((o for w in tok.subtree if w.pos_ == "NOUN" and w.lower_ in FUNDING_WORDS
                        for p in prep_objects(w, {"for", "in", "into"})
                        if (o := organization_of(r, r.mention_of(p))) is not None), None)
        if org is None and any(w.lower_ in FUNDING_WORDS for w in r.sents[r.sentence_index(tok)]):
            # 'X led the round, with participation from backers including A and B': the article's company (after
            # a sentence about a round: deals.listed_backers_rule's)
            org = topic_organization(r)
        if org is None:
            continue
        for member in members:
            r.add(r.mention_of(member), org, [Cue(p) for p in props], tok, "title-list")


#: Nouns of a post named by its title: 'the CEO position', 'the post of chief executive'.
POST_NOUNS = {"position", "post", "role", "job", "seat", "office"}


def _post_titles(nouns: list[Token]) -> list[Token]:
    """The titles of the 'to' objects of an appointment: 'promoted X to chief executive', 'named X to the CEO
    post', 'to the post of chief executive'."""
    titles: list[Token] = []
    for noun in nouns:
        if noun.lemma_.lower() in POST_NOUNS:
            titles += [c for c in noun.children if c.dep_ in {"compound", "nmod"} and c.pos_ in {"NOUN", "PROPN"}]
            titles += prep_objects(noun, {"of"})
        else:
            titles.append(noun)
    return titles


def appointment_rule(r: DocReader) -> None:
    """'Vexa named Ana Ruiz (as) chief executive', 'Vexa has appointed Ana Ruiz as CEO': the title, of the
    organization that did the naming."""
    for verb in r.doc:
        if verb.pos_ != "VERB" or r.is_passive(verb):
            continue
        if verb.lemma_.lower() not in APPOINT_VERBS and not (
                verb.lemma_.lower() == "bring" and any(c.dep_ == "prt" and c.lower_ in {"on", "in", "aboard"}
                                                       for c in verb.children)):
            continue  # ('brought in X as chief executive' names X too)
        # (the parser makes the name an object predicate when an apposition follows it: 'named Ana Ruiz, head
        # of its cloud unit, as chief executive')
        people = [x for c in verb.children if c.dep_ == "dobj" or (c.dep_ == "oprd" and c.i in r.by_token
                  and _may_be_person(r, r.by_token[c.i])) for x in r.with_conjuncts(c)]
        titles = [c for c in verb.children if c.dep_ in {"oprd", "attr"} and c not in people]
        if any(a.lower_ == "as" for a in verb.children if a.dep_ == "prep"):
            # 'named recently departed boss of Orbis Bank Tom Hale as its chief executive': the name that ends the
            # object, a title (his post before), which the parser ran into the title's 'of'
            people = [p.right_edge if p.i not in r.by_token and r.is_title(p) and p.right_edge.i in r.by_token
                      and r.is_person(r.by_token[p.right_edge.i]) else p for p in people]
        # ('appointed Ana Ruiz chief executive officer' parsed with the title as the object, the name its modifier)
        titled_objects = [p for p in people if p.i not in r.by_token and match_phrase(r.t.titles, cue_words(p))[0]]
        if titled_objects and len(titled_objects) == len(people):
            titles, people = titles + titled_objects, []
        if not people:
            # 'named Ana Ruiz chief executive' parsed with the name as a modifier of the title
            people = [x for t in titles for c in t.children if c.dep_ in {"nmod", "compound"} and c.i < t.i
                      and c.i in r.by_token and _may_be_person(r, r.by_token[c.i]) for x in r.with_conjuncts(c)]
        # 'named X as chief executive'; 'hired X to serve as its finance chief', 'brought on X to lead sales as
        # chief revenue officer'
        clauses = [verb] + [c for c in verb.children if c.dep_ in {"xcomp", "advcl"} and c.pos_ == "VERB"
                            and any(a.lower_ == "to" for a in c.children if a.dep_ == "aux")]
        titles += [p for v in clauses for p in prep_objects(v, {"as"})]
        titles += _post_titles(prep_objects(verb, {"to"}))
        own_title: dict[int, int | None] = {}  # a title written before one name: that person's alone
        named_titles = bool(titles)
        for person in people:
            pm = r.mention_of(person)
            # 'named Ana Ruiz chief executive' parsed with the name as a compound of the title; 'announced Ana
            # Ruiz as its new CEO' with the 'as' hung on the name
            person_titles = [c for c in person.children if c.dep_ == "appos"] + prep_objects(person, {"as"}) \
                + _post_titles(prep_objects(person, {"to"}))
            titles += person_titles
            # 'hired new CEO Ana Ruiz': a title written before the name, of the one that named (not 'hired Orbis CEO
            # Ana Ruiz', another's title, nor one beside a title named with 'as')
            # ('hired CEO Ana Ruiz away from Orbis': the title she held there)
            before = [c for c in person.children if c.i < person.i]
            if not named_titles and not person_titles and not any(r.by_token.get(c.i, pm) != pm for c in before) \
                    and not prep_objects(verb, {"from"}) and not any(c.lower_ == "away" for c in verb.children):
                for c in before:
                    if c.dep_ == "compound" and r.is_title(c) and c.i not in r.in_names \
                            and c.left_edge.i - 1 not in r.by_token:
                        titles.append(c)
                        own_title[c.i] = pm
        subjects = r.subjects_of(verb)
        org = _appointer(r, subjects[0]) if subjects else None
        if org is None and subjects and subjects[0].lemma_.lower() in BODY_NOUNS \
                and any(c.dep_ == "det" and c.lower_ == "the" for c in subjects[0].children):
            org = topic_if_alone(r, subjects[0])  # 'the board named ...', in an article about one company
        _appoint(r, people, titles, org, own_title)


def _appoint(r: DocReader, people: list[Token], titles: list[Token], org: int | None,
             own_title: dict[int, int | None] | None = None) -> None:
    """Each of ``people`` named to each of ``titles`` (with the titles joined to them): the title, of the
    organization it names, else ``org``, the one that did the naming; ``own_title``: a title written before one
    name, that person's alone."""
    own_title = own_title or {}
    titles = titles + [c for t in titles for c in t.conjuncts if c not in titles]
    named_people = frozenset(m for p in people if (m := r.mention_of(p)) is not None)
    for title in titles:
        # 'named Ana Ruiz as president and chief executive of Tarvo': the organization the title (or the
        # titles joined to it) is 'of', else the one that did the naming
        # ('named X to the CEO job at Kelda': the organization of the post noun the title is compounded with)
        compounded = title.dep_ in {"compound", "nmod"} and title.head.lemma_.lower() in POST_NOUNS
        post = [title.head] if compounded else []
        named = [m for t in [title, *title.conjuncts, *post]
                 if (m := title_organization(r, t, holders=named_people)) is not None
                 and r.leading(m) != r.t.place_class]
        title_org = named[0] if named else org
        props = phrase_props(r, title)
        if title_org is None or not props or ended(title):
            continue
        for person in people:
            pm = r.mention_of(person)
            if pm is not None and _may_be_person(r, pm) and own_title.get(title.i, pm) == pm:
                r.add(pm, title_org, [Cue(p) for p in props], title, "appointment")


#: Nouns of naming someone to a post: 'the appointment of Ana Ruiz as chief executive'.
APPOINT_NOUNS = {"appointment", "nomination", "naming", "hiring", "promotion", "election", "elevation"}


def appointment_noun_rule(r: DocReader) -> None:
    """'Vexa announced the appointment of Ana Ruiz as chief executive', 'Vexa's appointment of Ana Ruiz as its CEO':
    the title, of the organization it names, else the one whose appointment it is (the noun's possessor, or the
    subject of the verb whose object the noun is)."""
    for noun in r.doc:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in APPOINT_NOUNS or ended(noun):
            continue
        people = [x for p in prep_objects(noun, {"of"}) if p.i in r.by_token and _may_be_person(r, r.by_token[p.i])
                  for x in r.with_conjuncts(p)]
        if not people:
            continue
        # ('the appointment of Ana Ruiz as CEO', the 'as' hung on the noun or on the name)
        titles = prep_objects(noun, {"as"}) + [t for p in people for t in prep_objects(p, {"as"})] \
            + _post_titles(prep_objects(noun, {"to"}))
        if noun.dep_ == "dobj":  # (or on the verb, after an apposition: 'announced the appointment of X, ..., as CEO')
            titles += [t for t in prep_objects(noun.head, {"as"}) if t.i > noun.i]
        possessors = [c for c in noun.children if c.dep_ == "poss"]
        subjects = r.subjects_of(noun.head) if noun.dep_ == "dobj" and noun.head.pos_ == "VERB" else []
        org = next((o for s in possessors + subjects[:1] if (o := _appointer(r, s)) is not None), None)
        _appoint(r, people, titles, org)


def passive_appointment_rule(r: DocReader) -> None:
    """'Ana Ruiz was named chief executive of Vexa', 'Ana Ruiz has been appointed CEO, Vexa said', 'was promoted to
    president': the title, of the organization the title names, else the appointing body's ('by Vexa's board'),
    else the one telling the news, else the article's (in a sentence that names no other organization)."""
    for verb in r.doc:
        if verb.pos_ != "VERB" or not r.is_passive(verb) or verb.lemma_.lower() not in APPOINT_VERBS \
                or ended(verb):
            continue
        people = frozenset(m for s in r.subjects_of(verb)
                           if (m := r.mention_of(s)) is not None and _may_be_person(r, m))
        if not people:
            continue
        titles = [c for c in verb.children
                  if c.dep_ in {"oprd", "attr", "xcomp", "dobj"} and c.pos_ in {"NOUN", "PROPN"}]
        titles += prep_objects(verb, {"as"}) + _post_titles(prep_objects(verb, {"to"}))
        titles += [c for t in titles for c in t.conjuncts if c not in titles]
        agents = [p for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
        for title in titles:
            props = phrase_props(r, title)
            if not props or ended(title) or title.i in r.in_names:
                continue
            org = title_organization(r, title, holders=people)
            org = org if org is None or r.leading(org) != r.t.place_class else None  # ('elected president of Oslo')
            rule = "appointment"
            if org is None:
                # ('appointed by Vexa', 'by Vexa's board'; the 'by' perhaps hung on the title: 'appointed chief
                # executive by Vexa's board')
                org = next((o for a in agents + prep_objects(title, {"by"}) if (o := _appointer(r, a)) is not None),
                           None)
            if org is None:
                org = reporting_organization(r, verb)
            if org is None:
                org, rule = topic_if_alone(r, title, people), "title-topic"
            if org is None:
                continue
            for pm in people:
                r.add(pm, org, [Cue(p) for p in props], title, rule)


def _appointer(r: DocReader, tok: Token) -> int | None:
    """The organization a token names that appoints someone: a name ('Vexa named ...', 'appointed by Vexa'), or a
    governing body's ('Vexa's board named ...', 'appointed by Vexa's board')."""
    org = organization_of(r, r.mention_of(tok))
    if org is None and tok.lemma_.lower() in BODY_NOUNS:
        org = organization_of(r, title_organization(r, tok))
    return org


def _may_be_person(r: DocReader, m_id: int) -> bool:
    """Whether a mention is a person's, or typed by nothing yet (a title's property will type it a person)."""
    return r.is_person(m_id) or not r.mentions[m_id].scores


def _held_titles(r: DocReader, person: Token, exclude: list[int]) -> list[Token]:
    """The title nouns a sentence gives a person, whether or not it says they are held still: 'chief executive
    Tom Brandt', 'Tom Brandt, the chief executive', 'Tom Brandt, who stepped down as chief executive'. (A pronoun
    stands for someone other than the ``exclude`` mentions.)"""
    m = r.mention_of(person, exclude=exclude)
    if m is None:
        return []
    root = r.spans[m].root
    if r.sent_of_token[root.i] != r.sent_of_token[person.i]:
        return []  # (a pronoun whose name is in another sentence: its titles are read there)
    nouns = [c for c in root.children if c.dep_ in {"compound", "appos", "nmod"} and c.i not in r.in_names]
    if root.dep_ == "appos" and root.head.i not in r.in_names:
        nouns.append(root.head)  # 'the chief executive, Tom Brandt'
    nouns += [t for c in root.children if c.dep_ == "relcl" for t in prep_objects(c, {"as"})]
    return [n for n in nouns if n.pos_ in {"NOUN", "PROPN"} and phrase_props(r, n)]


def succession_rule(r: DocReader) -> None:
    """'Ana Ruiz will succeed Tom Brandt as chief executive of Vexa', 'Vexa named Ana Ruiz to replace chief
    executive Tom Brandt': the successor holds the title named with 'as', or else the title the sentence gives the
    one replaced, of the organization that title names (else the one that did the naming, else the article's)."""
    for verb in r.doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in SUCCEED_VERBS \
                or any(c.dep_ == "neg" for c in verb.children):
            continue
        head = verb.head
        appointed = verb.dep_ in {"xcomp", "advcl"} and head.lemma_.lower() in APPOINT_VERBS
        if r.is_passive(verb):
            # ('Tom Brandt is being replaced as chief executive of Vexa by Ana Ruiz': the agent succeeds the subject)
            successors = [p for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
            replaced = r.subjects_of(verb)
        else:
            successors = [c for c in head.children if c.dep_ in {"dobj", "oprd"}] if appointed \
                else r.subjects_of(verb)
            replaced = [c for c in verb.children if c.dep_ == "dobj"]
        taking = [m for s in successors if (m := r.mention_of(s)) is not None]
        # ('as' on the verb, or on the one replaced, as the parser often hangs it: 'succeed Ana Ruiz as CEO')
        titles = prep_objects(verb, {"as"}) or [t for p in replaced for t in prep_objects(p, {"as"})] \
            or [t for p in replaced for t in _held_titles(r, p, taking)]
        titles += [c for t in titles for c in t.conjuncts if c not in titles]
        if not titles:
            _succeed_earlier_role(r, verb, replaced, taking)
        orgs: dict[int, int] = {}
        for title in titles:
            props = phrase_props(r, title)
            org = title_organization(r, title)
            if org is None and title.dep_ == "conj":
                org = orgs.get(title.head.i)  # ('as president and CEO of Vexa': the 'of' hung on the first title)
            # (else the organization that names or announces the successor: 'Vexa named X to replace Y', 'Vexa
            # said X would replace Y')
            clause = verb
            for _ in range(3):
                if org is not None or clause.head.i == clause.i:
                    break
                clause = clause.head
                subjects = r.subjects_of(clause)
                org = organization_of(r, r.mention_of(subjects[0])) if subjects else None
                if org is not None and (r.is_person(org) or r.leading(org) == r.t.place_class):
                    org = None
            if org is None:
                org = topic_if_alone(r, title)
            if org is not None:
                orgs[title.i] = org
            for pm in taking:
                if _may_be_person(r, pm) and props and org is not None:
                    r.add(pm, org, [Cue(p) for p in props], verb, "succession")


def _succeed_earlier_role(r: DocReader, verb: Token, replaced: list[Token], taking: list[int]) -> None:
    """'Tom Hale, chief executive of Vexa, will retire. He will be replaced by Ana Ruiz': the successor of a person
    a pronoun stands for, whose title an earlier sentence gives, takes the posts read there (``CueTables.posts``: a
    chief executive's; not the general role a title states besides, nor a founder's)."""
    for p in replaced:
        if p.tag_ != "PRP" or (m := r.mention_of(p, exclude=taking)) is None \
                or r.sent_of_token[r.spans[m].root.i] == r.sent_of_token[p.i]:
            continue
        name = r.mentions[m].text
        for rel in list(r.relations):
            prop = rel.properties[0][0] if rel.properties else None
            if prop in r.t.posts and rel.evidence.rule != "learned" \
                    and r.mentions[rel.subject].text == name:
                for pm in taking:
                    if _may_be_person(r, pm):
                        r.add(pm, rel.object, [Cue(prop)], verb, "succession")


#: Verbs by which someone has a seat on a board: 'joined the Kelvo board', 'sits on the board of Kelvo', 'will take
#: a seat on its board', 'will be on the board of Kelvo'.
BOARD_VERBS = {"join", "sit", "serve", "take", "be", "remain", "get", "hold"}


def board_rule(r: DocReader) -> None:
    """'Tom Hale will take a seat on the Kelvo board', 'sits on the board of Kelvo', 'will join Kelvo's board':
    the verb's subject holds a director's seat at the board's organization (the properties the ontology's title
    'director' states), as 'director of Kelvo' would say."""
    props = title_props(r, ["director"])
    if not props:
        return
    cues = [Cue(p) for p in props]
    for board in r.doc:
        if board.lemma_.lower() != "board" or board.pos_ not in {"NOUN", "PROPN"} or board.i in r.in_names \
                or ended(board):
            continue
        # whose board: its possessor, a name before it, or the name after 'of', as a title's organization
        org = title_organization(r, board, ("of",))
        if org is None:
            continue
        # the verb it hangs on: 'join the board', 'on the board' of 'sit', 'a seat on the board' of 'take'
        head = board.head
        if head.lower_ == "on" and head.dep_ == "prep":
            head = head.head
            if head.pos_ == "NOUN" and head.lemma_.lower() == "seat":
                head = head.head
            elif head.pos_ == "NOUN" and head.dep_ == "pobj" and head.head.lower_ == "as":
                head = head.head.head  # ('will sit as nominees on the Kelvo board')
        elif board.dep_ != "dobj":
            continue
        if head.pos_ not in {"VERB", "AUX"} or head.lemma_.lower() not in BOARD_VERBS or ended(head):
            continue
        for holder in r.subjects_of(head):
            for x in r.with_listed(holder):
                if (m := r.mention_of(x)) is not None and m != org:
                    r.add(m, org, cues, board, "board")


#: Verbs of making that, done by a person to a company, found it: 'Ana Ruiz launched a new startup, Tarvik'.
LAUNCH_VERBS = {"launch"}


def launch_rule(r: DocReader) -> None:
    """'Ana Ruiz has launched a new AI startup, Tarvik Lab', 'set out to launch a hedge fund called Tarvik': a person
    who launches what an organization's noun names founded it, as the ontology's founding verbs say (a company's
    launch is of a product: the verb's own cue, kg:develops)."""
    founds = [c.prop for c in r.t.verbs.get("found", ()) if not c.preposition and not c.particles]
    if not founds:
        return
    for verb in r.doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in LAUNCH_VERBS or ended(verb) or r.is_passive(verb):
            continue
        for obj in (c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"):
            if r.t.organization_class not in match_phrase(r.t.head_nouns, cue_words(obj))[1]:
                continue
            named = r.mention_of(obj)
            if named is None or r.spans[named].start < obj.i:
                continue  # (the name the noun is given after it, not a word before it: 'their own EV startup')
            for m in (r.mention_of(s) for s in r.subjects_of(verb)):
                if m is not None and r.is_person(m):
                    r.add(m, named, [Cue(p) for p in founds], verb, "verb")


def business_rules(r: DocReader, round_recipient: RoundRecipient | None = None) -> None:
    """The title and role rules of this module, on one parsed document (the deal rules: :mod:`.deals`, whose
    search for a round's recipient ``round_recipient`` is)."""
    title_chain_rule(r)
    coordinated_titles_rule(r)
    as_title_rule(r, round_recipient)
    counts_as_rule(r)
    headquarters_rule(r)
    home_rule(r)
    title_list_rule(r, round_recipient)
    appointment_rule(r)
    appointment_noun_rule(r)
    passive_appointment_rule(r)
    succession_rule(r)
    board_rule(r)
    launch_rule(r)
