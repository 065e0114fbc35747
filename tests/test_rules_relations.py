"""Relation rules on small sentences (written for these tests; the names are invented).

Most tests check one rule and fail without it (checked against the commit before the rule was added);
those marked as regression tests pin behaviour the rules had already, which a change to them must keep.
The tests under "not facts" are news sentences that overfitted rules once read wrongly.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from spacy.tokens import Doc

from kg.builder import Builder
from kg.documents import Document

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parent.parent
CONFLICT = ROOT / "ontology" / "examples" / "conflict.ttl"
PERSON = "https://w3id.org/kg/ontology#Person"


@pytest.fixture(scope="module")
def conflict():
    return Builder(ontology=[CONFLICT])


def read(builder: Builder, text: str):
    [dg] = list(builder.document_graphs([Document("t", text)]))
    facts = {(dg.entities[f.subject].name, f.predicate.rsplit("#", 1)[1], dg.entities[f.object].name) for f in dg.facts}
    entities = {e.name: e for e in dg.entities}
    return facts, entities


def facts_of(builder: Builder, text: str) -> set[tuple[str, str, str]]:
    return read(builder, text)[0]


def is_person(entities: dict, name: str) -> bool:
    return name in entities and entities[name].cls == PERSON


def offered(doc: Doc) -> set[tuple[str, str, str]]:
    """Every relation candidate the rules read, before entity resolution: (subject, property, object) for
    every property offered."""
    state = doc._.kg
    text = [m.text for m in state["mentions"]]
    return {(text[r.subject], p.rsplit("#", 1)[1], text[r.object]) for r in state["relations"] for p, _, _ in r.properties}


def leading_classes(doc: Doc) -> dict[str, str | None]:
    """Each mention's best-scored class (local name), before entity resolution."""
    return {m.text: max(m.scores, key=m.scores.get).rsplit("#", 1)[1] if m.scores else None for m in doc._.kg["mentions"]}


def parsed(builder: Builder, rows: list[tuple[str, str, str, str, str, int, str]]) -> Doc:
    """The kg components run on a parse given token by token (word, lemma, pos, tag, dep, head, NER IOB),
    for rules meant to survive the parser's mistakes, or for an NER label the model may not give."""
    words, lemmas, pos, tags, deps, heads, ents = map(list, zip(*rows))
    doc = Doc(builder.nlp.vocab, words=words, lemmas=lemmas, pos=pos, tags=tags, deps=deps, heads=heads, ents=ents)
    for name in ("kg_mentions", "kg_relations"):
        doc = builder.nlp.get_pipe(name)(doc)
    return doc


def candidates(builder: Builder, rows: list[tuple[str, str, str, str, str, int, str]]) -> set[tuple[str, str, str]]:
    return offered(parsed(builder, rows))


# -- one sentence, one fact it must give: the same-shaped rule tests as tables ----------------------------------
#: (sentence, fact) read with the conflict extension of the ontology (kg:killed); ids name what each shows
CONFLICT_FACTS = [
    # regression test: 'pleaded guilty to killing' was read before the rules for the adjective's own subject
    pytest.param("In 1981 , Mark Pellman pleaded guilty to killing the singer Jonas Ravel outside a hotel .",
                 ("Mark Pellman", "killed", "Jonas Ravel"), id="gerund_after_adjective_takes_the_clause_subject"),
    pytest.param("In 1964 , a jury found Tom Sorrel guilty of murdering Peter Haskins .",
                 ("Tom Sorrel", "killed", "Peter Haskins"), id="gerund_after_an_adjective_with_its_own_subject"),
    # regression test: 'him' is not Tom Sorrel, the subject of its own clause
    pytest.param("Robert Haskins was leaving the hotel when Tom Sorrel shot him .",
                 ("Tom Sorrel", "killed", "Robert Haskins"), id="object_pronoun_is_not_its_own_clause_subject"),
    pytest.param("The commission concluded that Lee Oswin fired the shots that killed Peter Haskins .",
                 ("Lee Oswin", "killed", "Peter Haskins"), id="the_thing_that_did_it_was_used_by_the_subject"),
    pytest.param("Jack Rudd shot and killed Lee Oswin .",
                 ("Jack Rudd", "killed", "Lee Oswin"), id="coordinated_verbs_share_the_object"),
    pytest.param("Jack Rudd shot and mortally wounded Lee Oswin in a garage .",
                 ("Jack Rudd", "killed", "Lee Oswin"), id="coordinated_verbs_share_the_object_2"),
]

#: (sentence, fact) read with the core ontology
FACTS = [
    pytest.param("Dana Whitfield was named publisher of the Riverton Gazette on Monday .",
                 ("Dana Whitfield", "worksFor", "Riverton Gazette"), id="named_to_a_post"),
    pytest.param("Mara Olsen is from Springfield .",
                 ("Mara Olsen", "livesIn", "Springfield"), id="copula_with_a_preposition"),
    pytest.param("Lake Orta is in Italy .", ("Lake Orta", "locatedIn", "Italy"), id="copula_with_a_preposition_2"),
    pytest.param("Officials in Perugia in Umbria province said five people were arrested .",
                 ("Perugia", "locatedIn", "Umbria"), id="name_compounded_with_a_place_noun"),
    pytest.param("The company said the Velmora city of Orvane is the center of the industry .",
                 ("Orvane", "locatedIn", "Velmora"),
                 id="a_city_of_the_place_before_its_kind"),
]


def test_a_part_of_a_place_named_before_its_kind_is_inside_the_place_after(builder):
    # 'the Velmora district of Brenta': the district is in the city, not the city in the district
    facts = facts_of(builder, "The station is in the Velmo district of Orvane City .")
    assert ("Orvane City", "locatedIn", "Velmo") not in facts, facts


@pytest.mark.parametrize("text,fact", CONFLICT_FACTS)
def test_conflict_sentence_gives_the_fact(conflict, text, fact):
    assert fact in facts_of(conflict, text)


@pytest.mark.parametrize("text,fact", FACTS)
def test_sentence_gives_the_fact(builder, text, fact):
    assert fact in facts_of(builder, text)


# -- who did an act: gerunds and event nouns completing a verb ------------------------------------

def test_event_noun_governed_by_a_verb_with_an_object_takes_the_object(conflict):
    for text in ("Prosecutors charged Tom Sorrel with the murder of Peter Haskins .",
                 "Prosecutors accused Tom Sorrel of the murder of Peter Haskins ."):
        facts = facts_of(conflict, text)
        assert ("Tom Sorrel", "killed", "Peter Haskins") in facts, text
        # the object of 'charged', not its subject, did the act
        assert {s for s, p, _ in facts if p == "killed"} == {"Tom Sorrel"}, text


def test_event_noun_governed_by_a_verb_takes_its_subject(conflict):
    # 'killing' tagged as a verb, with a name compounded with it: the act all the same, done to that name
    facts, entities = read(conflict, "Carl Medina was convicted in the Haskins killing and is serving a life sentence .")
    assert ("Carl Medina", "killed", "Haskins") in facts
    assert ("Haskins", "killed", "Carl Medina") not in facts
    # regression tests: an 'of' object and a possessor of the act are who it was done to
    assert ("Carl Medina", "killed", "Peter Haskins") in facts_of(conflict, "Carl Medina was convicted of the murder of Peter Haskins .")
    facts = facts_of(conflict, "Carl Medina was convicted of Robert Haskins 's killing and is serving a life sentence .")
    assert ("Carl Medina", "killed", "Robert Haskins") in facts
    assert ("Robert Haskins", "killed", "Carl Medina") not in facts


def test_name_compounded_with_the_act_is_the_victim_and_typed_by_the_range(conflict):
    facts, entities = read(conflict, "Lee Oswin acted alone in the Haskins assassination .")
    assert ("Lee Oswin", "killed", "Haskins") in facts
    # 'Haskins' has no NER label: the range of killed types it
    assert entities["Haskins"].cls.endswith("#Person")


# -- verbs -------------------------------------------------------------------------------------

def test_a_verb_with_a_subject_of_its_own_does_not_share_the_object(conflict):
    # (coordinated verbs sharing the object: CONFLICT_FACTS)
    facts = facts_of(conflict, "Jack Rudd shot at the car and Tom Sorrel wounded Lee Oswin .")
    assert ("Jack Rudd", "killed", "Lee Oswin") not in facts


# -- roles, predicates and appositions -----------------------------------------------------------

def test_apposition_attached_to_the_of_object_belongs_to_the_title(builder):
    facts = facts_of(builder, "In 1872 , the 30th president of the Freedonia Republic , Calvin Marsh , was born in Plymouth .")
    assert ("Calvin Marsh", "livesIn", "Plymouth") in facts
    assert not any(s == "Freedonia Republic" for s, _, _ in facts)


def test_predicate_with_the_preposition_on_the_verb(builder):
    # 'Tamm is director at Lumen Institute', the preposition attached to 'is' (in the past, 'was director at', the
    # post is held no more: see test_rules_business)
    found = candidates(builder, [
        ("Tamm", "Tamm", "PROPN", "NNP", "nsubj", 1, "B-PERSON"),
        ("is", "be", "AUX", "VBZ", "ROOT", 1, "O"),
        ("director", "director", "NOUN", "NN", "attr", 1, "O"),
        ("at", "at", "ADP", "IN", "prep", 1, "O"),
        ("Lumen", "Lumen", "PROPN", "NNP", "compound", 5, "B-ORG"),
        ("Institute", "Institute", "PROPN", "NNP", "pobj", 3, "I-ORG"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ])
    assert ("Tamm", "worksFor", "Lumen Institute") in found


def test_where_a_person_was_is_not_where_they_live(builder):
    # (a copula with a preposition states a place: FACTS)
    assert not any(p == "livesIn" for _, p, _ in facts_of(builder, "Mara Olsen was in Springfield on Tuesday ."))


def test_apposition_read_from_commas_when_the_parser_misses_it(builder):
    # 'Reyes , the Veltro Corp. attorney , said ...' with the title noun parsed as the subject
    found = candidates(builder, [
        ("Reyes", "Reyes", "PROPN", "NNP", "npadvmod", 7, "B-PERSON"),
        (",", ",", "PUNCT", ",", "punct", 0, "O"),
        ("the", "the", "DET", "DT", "det", 5, "O"),
        ("Veltro", "Veltro", "PROPN", "NNP", "compound", 4, "B-ORG"),
        ("Corp.", "Corp.", "PROPN", "NNP", "compound", 5, "I-ORG"),
        ("attorney", "attorney", "NOUN", "NN", "nsubj", 7, "O"),
        (",", ",", "PUNCT", ",", "punct", 7, "O"),
        ("said", "say", "VERB", "VBD", "ROOT", 7, "O"),
        ("the", "the", "DET", "DT", "det", 9, "O"),
        ("valve", "valve", "NOUN", "NN", "nsubj", 10, "O"),
        ("failed", "fail", "VERB", "VBD", "ccomp", 7, "O"),
        (".", ".", "PUNCT", ".", "punct", 7, "O"),
    ])
    assert ("Reyes", "worksFor", "Veltro Corp.") in found


def test_a_list_is_not_an_apposition(builder):
    facts = facts_of(builder, "The minister left for a visit to Pakistan , Bangladesh , Nepal and Iran .")
    assert not any(p == "locatedIn" for _, p, _ in facts)
    facts = facts_of(builder, "The minister visited Pakistan, Bangladesh, Nepal, Iran, and then flew home.")
    assert not any(p == "locatedIn" for _, p, _ in facts), facts


def test_a_chain_of_places_between_commas_is_read_link_by_link(builder):
    facts = facts_of(builder, "Tarvik Solar is a small company in Dunmore, Alberta, Canada, run by two engineers.")
    assert {("Dunmore", "locatedIn", "Alberta"), ("Alberta", "locatedIn", "Canada")} <= facts, facts


def test_person_noun_after_a_place_apposition_is_not_about_the_first_place(builder):
    # fails without the check in kg_mentions (since 'daughter' is a person head noun, it would type Jamestown)
    facts, entities = read(builder, "Nora Vance was born in Jamestown , N.Y. , the daughter of a farmer .")
    assert entities["Jamestown"].cls.endswith("#Place")
    assert ("Nora Vance", "livesIn", "Jamestown") in facts


# -- names ---------------------------------------------------------------------------------------

def age_rows(ner: str) -> list[tuple[str, str, str, str, str, int, str]]:
    """'Vasquez , 44 , was arrested .', Vasquez with the given NER label."""
    return [
        ("Vasquez", "Vasquez", "PROPN", "NNP", "nsubjpass", 5, ner),
        (",", ",", "PUNCT", ",", "punct", 0, "O"),
        ("44", "44", "NUM", "CD", "appos", 0, "B-DATE"),
        (",", ",", "PUNCT", ",", "punct", 0, "O"),
        ("was", "be", "AUX", "VBD", "auxpass", 5, "O"),
        ("arrested", "arrest", "VERB", "VBN", "ROOT", 5, "O"),
        (".", ".", "PUNCT", ".", "punct", 5, "O"),
    ]


def test_age_in_apposition_marks_a_person(builder):
    # a name the NER left unlabelled
    assert leading_classes(parsed(builder, age_rows("O")))["Vasquez"] == "Person"


def test_title_before_a_name_gives_another_name(builder):
    _, entities = read(builder, "Senator Ruth Calder said the bill would pass .")
    assert "Senator Ruth Calder" in entities["Ruth Calder"].aliases


# -- not facts: news sentences the rules once read wrongly -------------------------------------------

def test_people_listed_before_an_of_phrase_do_not_share_it(builder):
    facts = facts_of(builder, "Ann Reyes and Tom Gill of Vexa Corp. spoke on stage .")
    assert ("Ann Reyes", "worksFor", "Vexa Corp.") not in facts
    facts = facts_of(builder, "Investors including Kenji Mori and Paul Hart of Ridgeline Capital Inc. backed the round .")
    assert ("Kenji Mori", "worksFor", "Ridgeline Capital Inc.") not in facts


def test_a_trade_noun_in_apposition_does_not_make_a_company_a_person(builder):
    for text, name in (("Korva Holdings , the British chip designer , is owned by Ridgeline Group .", "Korva Holdings"),
                       ("Streamly Inc. , the streaming king , raised prices .", "Streamly Inc."),
                       ("Corvel Health , the victim of a ransomware attack , paid the hackers .", "Corvel Health")):
        _, entities = read(builder, text)
        assert not is_person(entities, name), text
    facts, entities = read(builder, "Bexley Partners , the auditor of Korva AG , was fined .")
    assert not is_person(entities, "Bexley Partners")
    assert ("Bexley Partners", "worksFor", "Korva AG") not in facts
    # 'assistant' names products too
    facts, entities = read(builder, "Vexa 's voice assistant Lumo will get new features .")
    assert ("Lumo", "worksFor", "Vexa") not in facts
    assert not is_person(entities, "Lumo")


def test_a_trade_noun_does_not_type_a_name_the_ner_left_unlabelled(builder):
    # 'Korva , the British chip designer , is owned by Ridgeline Group .', Korva without an NER label
    doc = parsed(builder, [
        ("Korva", "Korva", "PROPN", "NNP", "nsubjpass", 8, "O"),
        (",", ",", "PUNCT", ",", "punct", 0, "O"),
        ("the", "the", "DET", "DT", "det", 5, "O"),
        ("British", "british", "ADJ", "JJ", "amod", 5, "B-NORP"),
        ("chip", "chip", "NOUN", "NN", "compound", 5, "O"),
        ("designer", "designer", "NOUN", "NN", "appos", 0, "O"),
        (",", ",", "PUNCT", ",", "punct", 0, "O"),
        ("is", "be", "AUX", "VBZ", "auxpass", 8, "O"),
        ("owned", "own", "VERB", "VBN", "ROOT", 8, "O"),
        ("by", "by", "ADP", "IN", "agent", 8, "O"),
        ("Ridgeline", "Ridgeline", "PROPN", "NNP", "compound", 11, "B-ORG"),
        ("Group", "Group", "PROPN", "NNP", "pobj", 9, "I-ORG"),
        (".", ".", "PUNCT", ".", "punct", 8, "O"),
    ])
    assert leading_classes(doc).get("Korva") != "Person"
    # 'Bexley , the auditor of Korva AG , was fined .'
    doc = parsed(builder, [
        ("Bexley", "Bexley", "PROPN", "NNP", "nsubjpass", 9, "O"),
        (",", ",", "PUNCT", ",", "punct", 0, "O"),
        ("the", "the", "DET", "DT", "det", 3, "O"),
        ("auditor", "auditor", "NOUN", "NN", "appos", 0, "O"),
        ("of", "of", "ADP", "IN", "prep", 3, "O"),
        ("Korva", "Korva", "PROPN", "NNP", "compound", 6, "B-ORG"),
        ("AG", "AG", "PROPN", "NNP", "pobj", 4, "I-ORG"),
        (",", ",", "PUNCT", ",", "punct", 0, "O"),
        ("was", "be", "AUX", "VBD", "auxpass", 9, "O"),
        ("fined", "fine", "VERB", "VBN", "ROOT", 9, "O"),
        (".", ".", "PUNCT", ".", "punct", 9, "O"),
    ])
    assert leading_classes(doc).get("Bexley") != "Person"


def test_an_age_after_a_name_of_another_class_is_a_count(builder):
    # the NER's label of another class stands ('Amazon , 29 ,' is a price target, not an age) ...
    assert leading_classes(parsed(builder, age_rows("B-ORG")))["Vasquez"] == "Organization"
    # ... unless the words after the age are said only of a person: 'Vasquez , 44 , of Springfield , was arrested .'
    doc = parsed(builder, [
        ("Vasquez", "Vasquez", "PROPN", "NNP", "nsubjpass", 8, "B-ORG"),
        (",", ",", "PUNCT", ",", "punct", 0, "O"),
        ("44", "44", "NUM", "CD", "appos", 0, "B-DATE"),
        (",", ",", "PUNCT", ",", "punct", 0, "O"),
        ("of", "of", "ADP", "IN", "prep", 0, "O"),
        ("Springfield", "Springfield", "PROPN", "NNP", "pobj", 4, "B-GPE"),
        (",", ",", "PUNCT", ",", "punct", 0, "O"),
        ("was", "be", "AUX", "VBD", "auxpass", 8, "O"),
        ("arrested", "arrest", "VERB", "VBN", "ROOT", 8, "O"),
        (".", ".", "PUNCT", ".", "punct", 8, "O"),
    ])
    assert leading_classes(doc)["Vasquez"] == "Person"
    _, entities = read(builder, "Vexa opened new stores in Paris , 3 , and Lyon , 1 .")
    assert not is_person(entities, "Paris")
    _, entities = read(builder, "Analysts raised targets for Vexa , 29 , and Korva , 25 , this week .")
    assert not is_person(entities, "Vexa") and not is_person(entities, "Korva")


def age_list_rows(first: str, second: str) -> list[tuple[str, str, str, str, str, int, str]]:
    """'Brandt , 3 , and Korva , 1 , were named .', the names with the given NER labels."""
    return [
        ("Brandt", "Brandt", "PROPN", "NNP", "nsubjpass", 10, first),
        (",", ",", "PUNCT", ",", "punct", 0, "O"),
        ("3", "3", "NUM", "CD", "appos", 0, "O"),
        (",", ",", "PUNCT", ",", "punct", 0, "O"),
        ("and", "and", "CCONJ", "CC", "cc", 0, "O"),
        ("Korva", "Korva", "PROPN", "NNP", "conj", 0, second),
        (",", ",", "PUNCT", ",", "punct", 5, "O"),
        ("1", "1", "NUM", "CD", "appos", 5, "O"),
        (",", ",", "PUNCT", ",", "punct", 5, "O"),
        ("were", "be", "AUX", "VBD", "auxpass", 10, "O"),
        ("named", "name", "VERB", "VBN", "ROOT", 10, "O"),
        (".", ".", "PUNCT", ".", "punct", 10, "O"),
    ]


def test_ages_in_a_list_are_of_one_kind(builder):
    assert leading_classes(parsed(builder, age_list_rows("O", "O"))) == {"Brandt": "Person", "Korva": "Person"}
    # 'stores in Paris , 3 , and Korva , 1': one item labelled a place makes the numbers counts for all
    assert leading_classes(parsed(builder, age_list_rows("B-GPE", "O")))["Korva"] != "Person"


def test_a_run_of_numbers_is_no_age(builder):
    doc = parsed(builder, [
        ("Brandt", "Brandt", "PROPN", "NNP", "pobj", 0, "O"),
        (",", ",", "PUNCT", ",", "punct", 0, "O"),
        ("3", "3", "NUM", "CD", "appos", 0, "O"),
        (",", ",", "PUNCT", ",", "punct", 0, "O"),
        ("4", "4", "NUM", "CD", "conj", 2, "O"),
        ("and", "and", "CCONJ", "CC", "cc", 4, "O"),
        ("5", "5", "NUM", "CD", "conj", 4, "O"),
        (".", ".", "PUNCT", ".", "punct", 0, "O"),
    ])
    assert leading_classes(doc).get("Brandt") != "Person"


def test_a_superscript_digit_is_no_age_and_no_crash(builder):
    # str.isdigit() is true for '²', which int() refuses
    _, entities = read(builder, "Dana Whitfield , ² , said she would resign .")
    assert "Dana Whitfield" in entities


def test_being_in_a_place_is_not_being_based_there(builder):
    for text in ("Vexa Corp. is in Las Vegas this week for a trade show .",
                 "Vexa Corp. , the phone maker , was in Barcelona for the show ."):
        assert not any(p == "basedIn" for _, p, _ in facts_of(builder, text)), text


def test_who_named_someone_to_a_post_does_not_hold_it(builder):
    # the parser makes 'Dana Whitfield' a compound of 'chairman': no object, yet the subject is not the holder
    text = "Vexa Corp. named Dana Whitfield chairman of Korva AG ."
    assert ("Dana Whitfield", "worksFor", "Korva AG") in facts_of(builder, text)
    assert not any(s == "Vexa Corp." for s, _, _ in offered(builder.nlp(text)))


def test_a_verb_with_a_phrase_of_its_own_does_not_share_the_next_object(builder):
    text = "Dana Whitfield started in a garage and later bought the Riverton Gazette ."
    assert ("Dana Whitfield", "founderOf", "Riverton Gazette") not in offered(builder.nlp(text))


def test_a_job_title_is_not_kept_as_a_name(builder):
    _, entities = read(builder, "CEO Dana Whitfield said the company would grow .")
    assert entities["Dana Whitfield"].aliases == []


def test_a_thing_someone_has_named_before_its_noun_is_that_thing(builder):
    # 'its Nova chatbot': a product whatever the NER took 'Nova' for; 'its Moscow office' is still no product
    _, entities = read(builder, "Vexa Corp. said on Monday that its Nova chatbot lets the public try open models.")
    assert entities["Nova"].cls.endswith("#Product")
    _, entities = read(builder, "Vexa Corp. said its Moscow office would close.")
    assert not entities["Moscow"].cls.endswith("#Product")


def test_a_name_only_the_ner_typed_takes_the_class_a_sure_rule_reads_it_at(builder):
    # 'maker of X' states develops, whose range is Product: X is a product, whatever the NER said
    facts, entities = read(builder, "Brightwave Studios, maker of Ember Legends Online, said sales rose.")
    assert entities["Ember Legends Online"].cls.endswith("#Product")
    assert ("Brightwave Studios", "develops", "Ember Legends Online") in facts
    # only made things: an organization the NER typed is not made a place or a person by a rule's reading
    facts, entities = read(builder, "Kessler Group, the owner of Brightwave Studios, said sales rose.")
    assert entities["Brightwave Studios"].cls.endswith("#Organization")


def test_the_place_noun_of_a_name_is_that_place(builder):
    # 'the administrative district of Gmina Strelno', 'the province of Tarvel': the name is a place, and what
    # is in the noun is in it (whatever the NER took the name for)
    facts, entities = read(builder, "Dorvik is a village in the administrative district of Gmina Strelno, in northern Poland.")
    assert entities["Gmina Strelno"].cls.endswith("#Place")
    assert ("Dorvik", "locatedIn", "Gmina Strelno") in facts
    facts, _ = read(builder, "The Senna is a river in the province of Tarvel, in Spain.")
    assert ("Senna", "locatedIn", "Tarvel") in facts
    # not a person's title: 'the president of Vexa Corp.' makes no place of the company
    _, entities = read(builder, "The president of Vexa Corp. said sales rose.")
    assert entities["Vexa Corp."].cls.endswith("#Organization")


def test_a_place_north_of_another_is_not_in_it(builder):
    facts = facts_of(builder, "The company moved its headquarters from Irving to Belmont, north of Tarvale, in 2023.")
    assert ("Belmont", "locatedIn", "Tarvale") not in facts, facts


def test_moving_somewhere_is_not_living_there(builder):
    # (no gold set reads a move as a home: one moves to a job, a rival or a city for a time)
    assert ("Ana Ruiz", "livesIn", "Tarvik") not in facts_of(builder, "Ana Ruiz moved to Tarvik in 2019.")
    facts = facts_of(builder, "Ana Ruiz, the chief executive of Corvo, said she would move Corvo headquarters to Tarvik.")
    assert not any(p == "livesIn" for _, p, _ in facts), facts
    assert ("Ana Ruiz", "livesIn", "Tarvik") in facts_of(builder, "Ana Ruiz has lived in Tarvik since 2019.")


def test_a_thing_from_an_organization_is_made_by_it(builder):
    # (read as the inverse, kg:developedBy, whose cue it is)
    assert ("Nova", "developedBy", "Orbis Labs") in facts_of(builder, "Nova, a new model from Orbis Labs, beat its rivals.")
    # (a person from a place lives there; an organization from a place is no product)
    facts = facts_of(builder, "Tarn Motors, a carmaker from Norway, grew.")
    assert not any(p in {"develops", "developedBy"} for _, p, _ in facts), facts


def test_a_maker_title_marks_an_organization(builder):
    facts, entities = read(builder, "Everyone tries to catch up to Nova creator Orbis.")
    assert ("Orbis", "develops", "Nova") in facts and entities["Orbis"].cls.endswith("#Organization"), entities
    # a title people hold still marks a person
    _, entities = read(builder, "Everyone tries to catch up to Vexa chairman Orbis.")
    assert entities["Orbis"].cls.endswith("#Person"), entities


def test_a_product_named_before_the_noun_product_is_made_by_its_possessor(builder):
    assert ("Vexa", "develops", "Nova") in facts_of(builder, "Vexa's Nova product is popular.")
    # (a platform is owned: 'its e-commerce platform Tarn')
    assert ("Vexa", "develops", "Tarn") not in facts_of(builder, "Vexa's e-commerce platform Tarn is popular.")


def test_a_product_right_after_a_companys_possessive_is_one_it_makes(builder):
    facts = facts_of(builder, "Reviewers praised Orvane's Zentrix, a budget laptop that went on sale in May.")
    assert ("Orvane", "develops", "Zentrix") in facts and ("Orvane", "owns", "Zentrix") not in facts, facts
    # after 'its', the class cues as the ontology gives them
    facts = facts_of(builder, "Orvane said its Zentrix, a budget laptop, sold well.")
    assert ("Orvane", "owns", "Zentrix") in facts and ("Orvane", "develops", "Zentrix") not in facts, facts


def test_a_phrase_the_parser_headed_by_its_city_stands_for_the_company_as_an_antecedent(builder):
    # 'Norvik, Tessaly-based Zentrix raised $15 million. It received investments from Tarvik Ventures.', the parser
    # making the city the subject and the company a conjunct of it, the NER taking the city for a person: 'it' is
    # the company
    rows = [("Norvik", "Norvik", "PROPN", "NNP", "nsubj", 7, "B-PERSON"), (",", ",", "PUNCT", ",", "punct", 0, "O"),
            ("Tessaly", "Tessaly", "PROPN", "NNP", "npadvmod", 4, "B-GPE"), ("-", "-", "PUNCT", "HYPH", "punct", 4, "O"),
            ("based", "base", "VERB", "VBN", "amod", 5, "O"), ("Zentrix", "Zentrix", "PROPN", "NNP", "conj", 0, "B-ORG"),
            ("had", "have", "AUX", "VBD", "aux", 7, "O"), ("raised", "raise", "VERB", "VBN", "ROOT", 7, "O"),
            ("cash", "cash", "NOUN", "NN", "dobj", 7, "O"), (".", ".", "PUNCT", ".", "punct", 7, "O"),
            ("It", "it", "PRON", "PRP", "nsubj", 11, "O"), ("received", "receive", "VERB", "VBD", "ROOT", 11, "O"),
            ("investments", "investment", "NOUN", "NNS", "dobj", 11, "O"), ("from", "from", "ADP", "IN", "prep", 12, "O"),
            ("Tarvik", "Tarvik", "PROPN", "NNP", "compound", 15, "B-ORG"),
            ("Ventures", "Ventures", "PROPN", "NNPS", "pobj", 13, "I-ORG"), (".", ".", "PUNCT", ".", "punct", 11, "O")]
    found = candidates(builder, rows)
    assert ("Tarvik Ventures", "investsIn", "Zentrix") in found, found
    assert not {f for f in found if f[1] == "investsIn" and f[2] == "Norvik"}, found


def test_a_companys_possessive_after_a_persons_subject_is_the_object_of_that_subjects_verb(builder):
    # 'Kelvo Labs moved. Tom Hale attacked Zentrix after its unit Brenta removed his posts.': 'its' cannot be his, and
    # is the company he attacked, not the last sentence's
    rows = [("Kelvo", "Kelvo", "PROPN", "NNP", "compound", 1, "B-ORG"), ("Labs", "Labs", "PROPN", "NNP", "nsubj", 2, "I-ORG"),
            ("moved", "move", "VERB", "VBD", "ROOT", 2, "O"), (".", ".", "PUNCT", ".", "punct", 2, "O"),
            ("Tom", "Tom", "PROPN", "NNP", "compound", 5, "B-PERSON"), ("Hale", "Hale", "PROPN", "NNP", "nsubj", 6, "I-PERSON"),
            ("attacked", "attack", "VERB", "VBD", "ROOT", 6, "O"), ("Zentrix", "Zentrix", "PROPN", "NNP", "dobj", 6, "B-ORG"),
            ("after", "after", "SCONJ", "IN", "mark", 12, "O"), ("its", "its", "PRON", "PRP$", "poss", 10, "O"),
            ("unit", "unit", "NOUN", "NN", "nsubj", 12, "O"), ("Brenta", "Brenta", "PROPN", "NNP", "appos", 10, "B-ORG"),
            ("removed", "remove", "VERB", "VBD", "advcl", 6, "O"), ("his", "his", "PRON", "PRP$", "poss", 14, "O"),
            ("posts", "post", "NOUN", "NNS", "dobj", 12, "O"), (".", ".", "PUNCT", ".", "punct", 6, "O")]
    found = candidates(builder, rows)
    assert ("Zentrix", "owns", "Brenta") in found and ("Kelvo Labs", "owns", "Brenta") not in found, found


@pytest.mark.parametrize("place_label, expected", [("B-GPE", "Organization"), ("O", "Event")])
def test_a_name_a_place_and_a_hyphen_cue_say_is_based_somewhere_is_an_organization(builder, place_label, expected):
    # 'Norvik-based Tarvik Kelvo grew.', the NER taking the name for an event: no event is based anywhere; not when the
    # word before the hyphen is no place ('App-based Tarvik Kelvo')
    rows = [("Norvik", "Norvik", "PROPN", "NNP", "npadvmod", 2, place_label), ("-", "-", "PUNCT", "HYPH", "punct", 2, "O"),
            ("based", "base", "VERB", "VBN", "amod", 4, "O"), ("Tarvik", "Tarvik", "PROPN", "NNP", "compound", 4, "B-EVENT"),
            ("Kelvo", "Kelvo", "PROPN", "NNP", "nsubj", 5, "I-EVENT"), ("grew", "grow", "VERB", "VBD", "ROOT", 5, "O"),
            (".", ".", "PUNCT", ".", "punct", 5, "O")]
    assert leading_classes(parsed(builder, rows))["Tarvik Kelvo"] == expected


def test_its_is_never_a_word_of_a_persons_name(builder):
    # 'Jonas Brevik left. Brevik sold its stake in Orvex.', the NER taking the second 'Brevik' for a
    # place: 'its' is not his
    from kg.extract.mentions import tables_of
    from kg.extract.reader import DocReader

    rows = [("Niklas", "Niklas", "PROPN", "NNP", "compound", 1, "B-PERSON"),
            ("Brevik", "Brevik", "PROPN", "NNP", "nsubj", 2, "I-PERSON"),
            ("left", "leave", "VERB", "VBD", "ROOT", 2, "O"), (".", ".", "PUNCT", ".", "punct", 2, "O"),
            ("Brevik", "Brevik", "PROPN", "NNP", "nsubj", 5, "B-GPE"),
            ("sold", "sell", "VERB", "VBD", "ROOT", 5, "O"), ("its", "its", "PRON", "PRP$", "poss", 7, "O"),
            ("stake", "stake", "NOUN", "NN", "dobj", 5, "O"), ("in", "in", "ADP", "IN", "prep", 7, "O"),
            ("Orvex", "Orvex", "PROPN", "NNP", "pobj", 8, "B-ORG"), (".", ".", "PUNCT", ".", "punct", 5, "O")]
    doc = parsed(builder, rows)
    comp = builder.nlp.get_pipe("kg_relations")
    r = DocReader(doc, tables_of(comp), comp.antecedent_window)
    assert r.mention_of(doc[6]) is None or r.mentions[r.mention_of(doc[6])].text != "Brevik"


@pytest.mark.parametrize("full_name, second, lone", [(True, "B-PERSON", True), (False, "B-PERSON", False),
                                                     (True, "O", True)])
def test_a_one_word_name_only_the_ner_calls_a_persons_is_a_lone_name(builder, full_name, second, lone):
    # 'Sennvik' taken for a person in an article that names people in full, never 'X Sennvik': as likely a company
    # (not in a text that names nobody in full, where a surname alone may be how it calls everyone); so when the NER
    # labelled only some of its mentions
    from kg.extract.reader import DocReader
    from kg.extract.relations import tables_of

    person = [("Ana", "Ana", "PROPN", "NNP", "compound", 1, "B-PERSON"),
              ("Ruiz", "Ruiz", "PROPN", "NNP", "nsubj", 2, "I-PERSON")] if full_name else \
        [("Ruiz", "Ruiz", "PROPN", "NNP", "compound", 1, "B-PERSON"), ("Bo", "Bo", "PROPN", "NNP", "nsubj", 2, "O")]
    rows = person + [("left", "leave", "VERB", "VBD", "ROOT", 2, "O"), (".", ".", "PUNCT", ".", "punct", 2, "O"),
                     ("Sennvik", "Sennvik", "PROPN", "NNP", "nsubj", 5, "B-PERSON"),
                     ("grew", "grow", "VERB", "VBD", "ROOT", 5, "O"), (".", ".", "PUNCT", ".", "punct", 5, "O"),
                     ("Sennvik", "Sennvik", "PROPN", "NNP", "nsubj", 8, second),
                     ("hired", "hire", "VERB", "VBD", "ROOT", 8, "O"), (".", ".", "PUNCT", ".", "punct", 8, "O")]
    doc = parsed(builder, rows)
    comp = builder.nlp.get_pipe("kg_relations")
    r = DocReader(doc, tables_of(comp), comp.antecedent_window)
    sennvik = {m.id for m in r.mentions if m.text == "Sennvik"}
    assert len(sennvik) == 2 and (sennvik <= r.lone_names) == lone, (r.mentions, r.lone_names)


def test_a_round_raised_by_a_lone_name_is_its_companys(builder):
    # 'Ana Ruiz spoke. Sennvik raised $5 million. The round was led by Orbis.', the NER taking Sennvik for a
    # person: a lone name may raise a round
    rows = [("Ana", "Ana", "PROPN", "NNP", "compound", 1, "B-PERSON"), ("Ruiz", "Ruiz", "PROPN", "NNP", "nsubj", 2, "I-PERSON"),
            ("spoke", "speak", "VERB", "VBD", "ROOT", 2, "O"), (".", ".", "PUNCT", ".", "punct", 2, "O"),
            ("Sennvik", "Sennvik", "PROPN", "NNP", "nsubj", 5, "B-PERSON"),
            ("raised", "raise", "VERB", "VBD", "ROOT", 5, "O"), ("$", "$", "SYM", "$", "nmod", 8, "B-MONEY"),
            ("5", "5", "NUM", "CD", "compound", 8, "I-MONEY"), ("million", "million", "NUM", "CD", "dobj", 5, "I-MONEY"),
            (".", ".", "PUNCT", ".", "punct", 5, "O"),
            ("The", "the", "DET", "DT", "det", 11, "O"), ("round", "round", "NOUN", "NN", "nsubjpass", 13, "O"),
            ("was", "be", "AUX", "VBD", "auxpass", 13, "O"), ("led", "lead", "VERB", "VBN", "ROOT", 13, "O"),
            ("by", "by", "ADP", "IN", "agent", 13, "O"), ("Orbis", "Orbis", "PROPN", "NNP", "pobj", 14, "B-ORG"),
            (".", ".", "PUNCT", ".", "punct", 13, "O")]
    assert ("Orbis", "investsIn", "Sennvik") in candidates(builder, rows)


def test_a_place_before_an_organizations_kind_is_where_it_is_based(builder):
    # however the parser hangs 'startup' after a city (the small model takes it for a verb)
    facts = facts_of(builder, "Berlin startup Tarvik raised $5 million from Kolt Capital.")
    assert ("Tarvik", "basedIn", "Berlin") in facts, facts
    facts = facts_of(builder, "Orvane Corp plans to use the technology of Cape Town startup Tarvik.")
    assert ("Tarvik", "basedIn", "Cape Town") in facts, facts
    facts = facts_of(builder, "Orvane Corp bought Oslo lender Kelvo Bank.")
    assert ("Kelvo Bank", "basedIn", "Oslo") in facts, facts


def test_a_place_set_off_from_an_organizations_kind_is_not(builder):
    facts = facts_of(builder, "Ana Ruiz flew to Paris, startup Tarvik said on Monday.")
    assert not any(p == "basedIn" for _, p, _ in facts), facts
    # nor a place before a person's description
    facts = facts_of(builder, "Tom Hale moved to Oslo. Oslo investor Ana Ruiz bought Kelvo Corp.")
    assert not any(p == "basedIn" for _, p, _ in facts), facts


def test_a_name_the_ner_calls_a_person_no_more_often_than_an_organization_gives_no_person_words(builder):
    # ('Kelvo Apps' the NER's organization once and its person once: 'Kelvo' stays a company's word, which 'its'
    # may stand for)
    from spacy.tokens import Span

    text = "Kelvo Apps sells tools. Ana Ruiz praised Kelvo Apps. Kelvo said its Brenta service grew."
    doc = builder.nlp.make_doc(text)
    for name, proc in builder.nlp.pipeline:
        if name == "kg_mentions":
            break
        doc = proc(doc)
    doc.ents = [Span(doc, 0, 2, label="ORG"), Span(doc, 5, 7, label="PERSON"), Span(doc, 8, 10, label="PERSON"),
                Span(doc, 11, 12, label="ORG")]
    for name in ("kg_mentions", "kg_relations"):
        doc = builder.nlp.get_pipe(name)(doc)
    assert any(s == "Kelvo" and o == "Brenta" for s, _, o in offered(doc)), offered(doc)
