"""How a name is written: words with the prefix 'co-' joined into one token, names written with a version, and
possessives written with a typographic apostrophe (kg/extract/prefixed.py, kg/extract/mentions.py)."""

from __future__ import annotations

import pytest
import spacy

from kg.documents import Document
from kg.extract.mentions import is_versioned_name
from kg.extract.prefixed import add_prefixed_words, split_prefixed
from test_rules_relations import read

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nlp():
    from kg.extract.pipeline import DEFAULT_MODELS

    for name in DEFAULT_MODELS:
        try:
            pipeline = spacy.load(name)
            break
        except OSError:
            continue
    add_prefixed_words(pipeline)
    return pipeline


@pytest.mark.parametrize("text,word,lemma", [
    ("Vexa was co-founded by Ana Ruiz in 2019.", "co-founded", "co-found"),
    ("Ana Ruiz left to co-found Orbis.", "co-found", "co-found"),  # (not the past of 'find')
    ("The board replaced co-founders Ana Ruiz and Tom Hale.", "co-founders", "co-founder"),
    ("Co-founder Ana Ruiz said sales rose.", "Co-founder", "co-founder"),
])
def test_a_word_with_the_prefix_co_is_one_token_with_the_prefix_and_the_words_lemma(nlp, text, word, lemma):
    doc = nlp(text)
    [tok] = [t for t in doc if t.text == word]
    assert tok.lemma_ == lemma
    assert tok.norm_ == word.split("-", 1)[1].lower()  # (what the tagger, the parser and the NER read)
    assert doc.text == text


@pytest.mark.parametrize("text,word,lemma,norm", [
    ("The start-up raised money.", "start-up", "start-up", "startup"),
    ("Two start-ups merged.", "start-ups", "start-up", "startups"),
    ("Vexa announced a spin-off of its unit.", "spin-off", "spin-off", "spinoff"),
])
def test_a_noun_written_with_a_particle_is_one_token(nlp, text, word, lemma, norm):
    doc = nlp(text)
    [tok] = [t for t in doc if t.text == word]
    assert (tok.lemma_, tok.norm_) == (lemma, norm)
    assert doc.text == text
    # (the verb and its particle, written apart, stay two words)
    assert [t.text for t in nlp("Vexa will start up a plant.")][2:4] == ["start", "up"]


def test_other_hyphenated_words_are_left_as_the_tokenizer_splits_them(nlp):
    doc = nlp("The co-op hired an ex-banker from a Vexa-owned unit.")
    assert "co-op" not in {t.text for t in doc} and "ex-banker" not in {t.text for t in doc}
    assert [t.text for t in nlp("A co - founder spoke.")][:4] == ["A", "co", "-", "founder"]  # (spaced: 3 words)


def test_a_joined_word_is_matched_as_the_cue_tables_write_it():
    assert split_prefixed(["co-owner"]) == ["co", "-", "owner"]
    assert split_prefixed(["chief", "executive"]) == ["chief", "executive"]
    assert split_prefixed(["ex-owner", "co-op"]) == ["ex-owner", "co-op"]


@pytest.mark.parametrize("name", ["Nova 2", "Tala-4", "q3-mini", "q1", "Orbix-4o", "Kestrel 180B", "Tarvo V3",
                                  "Tarvix Large 3", "iTarv 15"])
def test_a_name_written_with_a_version(name):
    assert is_versioned_name(name.split())


@pytest.mark.parametrize("name", ["Vexa", "Expo 2030", "Formula One", "3M", "8-Twelve", "Ana Ruiz", "KOV28"])
def test_a_name_without_a_version(name):
    assert not is_versioned_name(name.split())


def test_a_name_with_a_version_is_a_made_thing(builder):
    _, entities = read(builder, "Kessler Labs said its new model beat Tala-4 and Orvix 2 on every test.")
    assert entities["Tala-4"].cls.endswith("#Product") and entities["Orvix 2"].cls.endswith("#Product"), entities


def test_a_title_before_a_name_that_modifies_a_noun_says_nothing_of_the_name(builder):
    # the parser's compound 'head' before 'Tarvik' of 'Tarvik operations'; but 'chief executive Tom Hale' is a person
    rows = [("They", "they", "PRON", "PRP", "nsubj", 1, "O"), ("head", "head", "NOUN", "NN", "compound", 2, "O"),
            ("Tarvik", "Tarvik", "PROPN", "NNP", "compound", 3, "B-ORG"),
            ("operations", "operation", "NOUN", "NNS", "ROOT", 3, "O"), (".", ".", "PUNCT", ".", "punct", 3, "O")]
    from test_rules_relations import parsed

    [tarvik] = [m for m in parsed(builder, rows)._.kg["mentions"] if m.text == "Tarvik"]
    assert not any(c.endswith("#Person") for c in tarvik.scores), tarvik.scores
    rows = [("They", "they", "PRON", "PRP", "nsubj", 1, "O"), ("met", "meet", "VERB", "VBD", "ROOT", 1, "O"),
            ("head", "head", "NOUN", "NN", "compound", 3, "O"), ("Tarvik", "Tarvik", "PROPN", "NNP", "dobj", 1, "B-ORG"),
            (".", ".", "PUNCT", ".", "punct", 1, "O")]
    [tarvik] = [m for m in parsed(builder, rows)._.kg["mentions"] if m.text == "Tarvik"]
    assert any(c.endswith("#Person") for c in tarvik.scores), tarvik.scores


def test_a_person_title_before_a_name_with_an_organizations_suffix_does_not_make_it_a_person(builder):
    facts, entities = read(builder, "Orbis Capital is buying a stake in electric-car producer Kelda Motors Inc.")
    assert entities["Kelda Motors Inc."].cls.endswith("#Organization"), entities
    assert ("Orbis Capital", "investsIn", "Kelda Motors Inc.") in facts, facts
    _, entities = read(builder, "Orbis Capital hired film producer Tom Hale last year.")
    assert entities["Tom Hale"].cls.endswith("#Person"), entities


def test_a_person_noun_before_a_name_with_an_organizations_suffix_does_not_make_it_a_person(builder):
    # ('manager' is a person's head noun, not a title: the same rule as the title's above)
    text = "Vexa will sell $100m of stock to an affiliate of hedge fund manager Kestrel Investment Group."
    _, entities = read(builder, text)
    assert entities["Kestrel Investment Group"].cls.endswith("#Organization"), entities
    _, entities = read(builder, "Vexa will sell $100m of stock to hedge fund manager Tom Hale.")
    assert entities["Tom Hale"].cls.endswith("#Person"), entities


@pytest.mark.parametrize("text, typed", [
    ("Orbis shares fell when Chinese startup Kelvex said it could build chips more cheaply.", True),
    ("Orbis shares fell when Chinese analysts Kelvex said it could build chips more cheaply.", False)])
def test_a_head_noun_the_tagger_took_for_a_verb_compounded_with_a_name_types_it(builder, text, typed):
    # ('startup' a past tense the parser hung on the name as a compound)
    _, entities = read(builder, text)
    assert (entities.get("Kelvex") is not None and entities["Kelvex"].cls.endswith("#Organization")) == typed, \
        entities


@pytest.mark.parametrize("word, typed", [("startup", True), ("joined", False)])
def test_a_head_noun_the_tagger_took_for_a_verb_before_a_name_types_it(builder, word, typed):
    # '... invested in vehicle startup Tarvo', the tagger's past tense 'startup' with the name as its object
    from test_rules_relations import parsed

    rows = [("Orbis", "Orbis", "PROPN", "NNP", "nsubj", 1, "B-ORG"), ("invested", "invest", "VERB", "VBD", "ROOT", 1, "O"),
            ("in", "in", "ADP", "IN", "prep", 1, "O"), ("vehicles", "vehicle", "NOUN", "NNS", "pobj", 2, "O"),
            (word, word, "VERB", "VBD", "conj", 1, "O"), ("Tarvo", "Tarvo", "PROPN", "NNP", "dobj", 4, "B-ORG"),
            (".", ".", "PUNCT", ".", "punct", 1, "O")]
    [tarvo] = [m for m in parsed(builder, rows)._.kg["mentions"] if m.text == "Tarvo"]
    assert (tarvo.strong and max(tarvo.scores, key=tarvo.scores.get).endswith("#Organization")) == typed, tarvo


def test_a_possessive_with_a_typographic_apostrophe_is_two_names(builder):
    text = "Kessler Labs makes software. Its model beat Vexa Corp.’s Tala-4 on every test."
    facts, entities = read(builder, text)
    assert "Tala-4" in entities and "Vexa Corp." in entities, entities
    assert ("Vexa Corp.", "develops", "Tala-4") in facts, facts  # (a version is its maker's: kg:versionPossessiveCue)


def test_the_names_a_typographic_possessive_cut_apart_keep_the_ners_label(builder):
    # 'Tarvik’s Kelda', one ORG span: Kelda keeps the NER's label, an organization too, not a name nothing typed
    # (the mentions, not the entities: what the typer makes of the bare possessor is another question)
    from test_rules_relations import parsed

    rows = [("Providers", "provider", "NOUN", "NNS", "nsubj", 5, "O"), ("like", "like", "ADP", "IN", "prep", 0, "O"),
            ("Tarvik", "Tarvik", "PROPN", "NNP", "poss", 4, "B-ORG"), ("’s", "’s", "PART", "POS", "case", 2, "I-ORG"),
            ("Kelda", "Kelda", "PROPN", "NNP", "pobj", 1, "I-ORG"), ("grew", "grow", "VERB", "VBD", "ROOT", 5, "O"),
            (".", ".", "PUNCT", ".", "punct", 5, "O")]
    mentions = {m.text: m for m in parsed(builder, rows)._.kg["mentions"]}
    assert mentions["Kelda"].ner_label == "ORG" and "Tarvik" in mentions, mentions


def test_a_possessor_the_parser_took_for_a_modifier_is_not_named_by_the_noun(builder):
    # 'Li Wei’s AI startup, Zentrix, grew', the ending parsed as a compound of 'startup': Li Wei is no startup
    from test_rules_relations import parsed

    rows = [("Li", "Li", "PROPN", "NNP", "compound", 1, "B-PERSON"), ("Wei", "Wei", "PROPN", "NNP", "nmod", 4, "I-PERSON"),
            ("’s", "’s", "PART", "POS", "compound", 4, "I-PERSON"), ("AI", "AI", "PROPN", "NNP", "compound", 4, "O"),
            ("startup", "startup", "NOUN", "NN", "nsubj", 8, "O"), (",", ",", "PUNCT", ",", "punct", 4, "O"),
            ("Zentrix", "Zentrix", "PROPN", "NNP", "appos", 4, "B-ORG"), (",", ",", "PUNCT", ",", "punct", 4, "O"),
            ("grew", "grow", "VERB", "VBD", "ROOT", 8, "O"), (".", ".", "PUNCT", ".", "punct", 8, "O")]
    mentions = {m.text: m for m in parsed(builder, rows)._.kg["mentions"]}
    assert "Li Wei" in mentions and not mentions["Li Wei"].strong, mentions
    assert mentions["Zentrix"].strong, mentions  # (the startup in apposition is named by the noun)


def _mention_texts(builder, rows) -> list[str]:
    from test_rules_relations import parsed

    return [m.text for m in parsed(builder, rows)._.kg["mentions"]]


def test_a_name_the_ner_ran_across_a_verb_is_cut_at_the_verb_and_the_commas(builder):
    # 'Backers included Orrin, Tessaly Labs.', the NER's one span from 'Backers' to 'Labs'
    rows = [("Backers", "backer", "PROPN", "NNP", "nsubj", 1, "B-ORG"),
            ("included", "include", "VERB", "VBD", "ROOT", 1, "I-ORG"),
            ("Orrin", "Orrin", "PROPN", "NNP", "dobj", 1, "I-ORG"),
            (",", ",", "PUNCT", ",", "punct", 2, "I-ORG"),
            ("Tessaly", "Tessaly", "PROPN", "NNP", "compound", 5, "I-ORG"),
            ("Labs", "Labs", "PROPN", "NNP", "conj", 2, "I-ORG"),
            (".", ".", "PUNCT", ".", "punct", 1, "O")]
    assert {"Orrin", "Tessaly Labs"} <= set(_mention_texts(builder, rows))
    # a name with a lower-case word that is no verb stays whole
    rows = [("Bank", "Bank", "PROPN", "NNP", "nsubj", 3, "B-ORG"), ("of", "of", "ADP", "IN", "prep", 0, "I-ORG"),
            ("Orrin", "Orrin", "PROPN", "NNP", "pobj", 1, "I-ORG"), ("grew", "grow", "VERB", "VBD", "ROOT", 3, "O"),
            (".", ".", "PUNCT", ".", "punct", 3, "O")]
    assert "Bank of Orrin" in _mention_texts(builder, rows)


def test_the_names_a_plural_noun_lists_are_of_its_class(builder):
    _, entities = read(builder, "Kessler Group makes cigarettes. Its brands include Tarvo Gold, Rennick and Dalby.")
    assert all(entities[n].cls.endswith("#Product") for n in ("Tarvo Gold", "Rennick", "Dalby")), entities


@pytest.mark.parametrize("text, name", [
    ("Chipmaker Vexa Electronics Corp. said it would buy Kelda Inc. Vexa will pay $49 a share.", "Vexa Electronics Corp."),
    # (a name the text never writes without the word: the word is the name's own)
    ("Rainmaker Capital Partners said it would buy Kelda Inc. for $49 a share.", "Rainmaker Capital Partners"),
    ("Dreammaker Studios said it would buy Kelda Inc. Dreammaker will pay $49 a share.", "Dreammaker Studios")])
def test_a_title_written_onto_a_word_that_starts_a_sentence_is_no_part_of_the_name(builder, text, name):
    _, entities = read(builder, text)
    assert name in entities, entities


def test_a_name_after_a_lower_case_noun_the_ner_took_into_it_is_the_name_alone(builder):
    # 'French start-up Tavren', the NER's one span: the name is what comes after the noun
    rows = [("French", "french", "ADJ", "JJ", "amod", 2, "B-ORG"),
            ("start-up", "start-up", "NOUN", "NN", "compound", 2, "I-ORG"),
            ("Tavren", "Tavren", "PROPN", "NNP", "nsubj", 3, "I-ORG"),
            ("grew", "grow", "VERB", "VBD", "ROOT", 3, "O"), (".", ".", "PUNCT", ".", "punct", 3, "O")]
    assert "Tavren" in _mention_texts(builder, rows)
    # ... but a number before a name is part of it
    rows = [("6th", "6th", "ADJ", "JJ", "amod", 1, "B-ORG"), ("Flotilla", "Flotilla", "PROPN", "NNP", "nsubj", 2, "I-ORG"),
            ("sailed", "sail", "VERB", "VBD", "ROOT", 2, "O"), (".", ".", "PUNCT", ".", "punct", 2, "O")]
    assert "6th Flotilla" in _mention_texts(builder, rows)


def test_a_name_the_ner_ran_across_with_is_two_names(builder):
    # 'co-found Orvex with Mike Allard', the NER's one span 'Orvex with Mike Allard'
    rows = [("Orvex", "Orvex", "PROPN", "NNP", "nsubj", 4, "B-ORG"), ("with", "with", "ADP", "IN", "prep", 0, "I-ORG"),
            ("Mike", "Mike", "PROPN", "NNP", "compound", 3, "I-ORG"),
            ("Allard", "Allard", "PROPN", "NNP", "pobj", 1, "I-ORG"),
            ("grew", "grow", "VERB", "VBD", "ROOT", 4, "O"), (".", ".", "PUNCT", ".", "punct", 4, "O")]
    assert {"Orvex", "Mike Allard"} <= set(_mention_texts(builder, rows))


def test_a_name_the_ner_ran_across_and_after_an_organizations_suffix_is_two_names(builder):
    # 'backed by Tarvik Ventures and Lumen Fund', the NER's one span over both
    rows = [("backed", "back", "VERB", "VBN", "ROOT", 0, "O"), ("by", "by", "ADP", "IN", "agent", 0, "O"),
            ("Tarvik", "Tarvik", "PROPN", "NNP", "compound", 3, "B-ORG"),
            ("Ventures", "Ventures", "PROPN", "NNPS", "pobj", 1, "I-ORG"), ("and", "and", "CCONJ", "CC", "cc", 3, "I-ORG"),
            ("Lumen", "Lumen", "PROPN", "NNP", "compound", 6, "I-ORG"),
            ("Fund", "Fund", "PROPN", "NNP", "conj", 3, "I-ORG"), (".", ".", "PUNCT", ".", "punct", 0, "O")]
    assert {"Tarvik Ventures", "Lumen Fund"} <= set(_mention_texts(builder, rows))


@pytest.mark.parametrize("join", ["and", ","])
def test_a_name_the_ner_ran_across_a_join_after_a_suffix_is_two_names_however_short(builder, join):
    # 'backed by Tarvik Ventures and Birchwood', 'backed by Tarvik Ventures, Birchwood and ...'
    # (not 'Kelda Oil and Gas', whose last word is a suffix too)
    rows = [("backed", "back", "VERB", "VBN", "ROOT", 0, "O"), ("by", "by", "ADP", "IN", "agent", 0, "O"),
            ("Tarvik", "Tarvik", "PROPN", "NNP", "compound", 3, "B-ORG"),
            ("Ventures", "Ventures", "PROPN", "NNPS", "pobj", 1, "I-ORG"),
            (join, join, "CCONJ" if join == "and" else "PUNCT", "CC" if join == "and" else ",",
             "cc" if join == "and" else "punct", 3, "I-ORG"),
            ("Birchwood", "Birchwood", "PROPN", "NNP", "conj", 3, "I-ORG"), (".", ".", "PUNCT", ".", "punct", 0, "O")]
    assert {"Tarvik Ventures", "Birchwood"} <= set(_mention_texts(builder, rows))


def test_a_legal_form_after_a_comma_is_part_of_the_name(builder):
    rows = [("Tarvik", "Tarvik", "PROPN", "NNP", "compound", 1, "B-ORG"),
            ("Capital", "Capital", "PROPN", "NNP", "nsubj", 4, "I-ORG"), (",", ",", "PUNCT", ",", "punct", 1, "I-ORG"),
            ("Inc.", "Inc.", "PROPN", "NNP", "appos", 1, "I-ORG"), ("grew", "grow", "VERB", "VBD", "ROOT", 4, "O"),
            (".", ".", "PUNCT", ".", "punct", 4, "O")]
    assert "Tarvik Capital , Inc." in _mention_texts(builder, rows)  # (the rows put a space after every word)


@pytest.mark.parametrize("words", [("Orbis", "Securities", "and", "Exchange", "Commission"),
                                   ("Securities", "and", "Lumen", "Fund"), ("Orbis", "Ventures", "and", "Partners"),
                                   ("Kelda", "Oil", "and", "Gas")])
def test_an_and_inside_one_organizations_name_is_no_cut(builder, words):
    # (the word after 'and' a suffix itself, or one word before the suffix)
    last = len(words) - 1
    rows = [(w, w, "CCONJ" if w == "and" else "PROPN", "CC" if w == "and" else "NNP",
             "nsubj" if k == last else "compound", last if k < last else len(words), "B-ORG" if k == 0 else "I-ORG")
            for k, w in enumerate(words)]
    rows += [("sued", "sue", "VERB", "VBD", "ROOT", len(words), "O"), (".", ".", "PUNCT", ".", "punct", len(words), "O")]
    assert " ".join(words) in _mention_texts(builder, rows)


@pytest.mark.parametrize("tag, split", [("POS", True), ("''", False)])
def test_a_name_the_ner_ran_across_a_plurals_apostrophe_is_two_names(builder, tag, split):
    # 'Vexa Labs' Nova grew.', the NER's one span over both names (not a closing quote inside a name)
    rows = [("Vexa", "Vexa", "PROPN", "NNP", "compound", 1, "B-ORG"), ("Labs", "Labs", "PROPN", "NNP", "poss", 3, "I-ORG"),
            ("'", "'", "PART", tag, "case", 1, "I-ORG"), ("Nova", "Nova", "PROPN", "NNP", "nsubj", 4, "I-ORG"),
            ("grew", "grow", "VERB", "VBD", "ROOT", 4, "O"), (".", ".", "PUNCT", ".", "punct", 4, "O")]
    texts = set(_mention_texts(builder, rows))
    assert ({"Vexa Labs", "Nova"} <= texts) == split


@pytest.mark.parametrize("last, name", [("Labs", "Kelda Labs"), ("Norse", None)])
def test_a_nationality_the_ner_saw_in_a_name_with_an_organizations_suffix_is_a_name(builder, last, name):
    # 'Kelda Labs founders praised it.', the NER's NORP over 'Kelda Labs' (not over 'Kelda Norse')
    rows = [("Kelda", "Kelda", "PROPN", "NNP", "compound", 1, "B-NORP"), (last, last, "PROPN", "NNP", "compound", 2, "I-NORP"),
            ("founders", "founder", "NOUN", "NNS", "nsubj", 3, "O"), ("praised", "praise", "VERB", "VBD", "ROOT", 3, "O"),
            ("it", "it", "PRON", "PRP", "dobj", 3, "O"), (".", ".", "PUNCT", ".", "punct", 3, "O")]
    texts = _mention_texts(builder, rows)
    assert (name in texts) if name else not any(t.startswith("Kelda") for t in texts)


def test_an_organization_before_a_place_noun_is_whose_place_it_is(builder):
    facts, entities = read(builder, "Ana Ruiz, the chief executive of Corvo, said she would move Corvo "
                                    "headquarters to Tarvik.")
    assert entities["Corvo"].cls.endswith("#Organization"), entities
    assert ("Ana Ruiz", "ceoOf", "Corvo") in facts, facts
    # a place's name before a place noun is still a place ('the Tarvik harbour district')
    _, entities = read(builder, "Ships left the Tarvik district on Monday.")
    assert "Tarvik" not in entities or not entities["Tarvik"].cls.endswith("#Organization"), entities


def test_a_version_and_a_variant_word_after_it_are_one_name(builder):
    facts, entities = read(builder, "The smaller Tala-3 Mini model, which Kessler Labs released recently, is fast.")
    assert "Tala-3 Mini" in entities and ("Kessler Labs", "develops", "Tala-3 Mini") in facts, (entities, facts)
    # a name after a version in another phrase is a name of its own
    _, entities = read(builder, "Kessler Labs compared its Tala-3 model with Orbis Tarvo in tests.")
    assert "Tala-3" in entities and not any(n.startswith("Tala-3 ") for n in entities), entities


def test_an_indefinite_noun_after_a_names_comma_is_said_of_the_name(builder):
    # 'the launch of Tala, a chatbot ...': the parser hangs 'a chatbot' on 'launch'
    _, entities = read(builder, "The launch of Tala, a chatbot from Kessler Labs, was delayed.")
    assert entities["Tala"].cls.endswith("#Product"), entities
    # (a noun after a comma that follows no name's 'of' is left alone)
    _, entities = read(builder, "Ana Ruiz met Tom Gill on Monday, a holiday in Tarvik.")
    assert not entities.get("Tom Gill") or entities["Tom Gill"].cls.endswith("#Person"), entities


def _texts(builder, text: str) -> set[str]:
    [dg] = list(builder.document_graphs([Document("t", text)]))
    return {m.text for e in dg.entities for m in e.mentions}


def test_parts_written_onto_a_versioned_name_with_hyphens_are_of_the_name(builder):
    # the tokenizer and the NER see 'Tarvo' and 'NX-120b', 'q4' and 'mini'
    _, entities = read(builder, "Kessler Labs released two open models, Tarvo-NX-120b and Tarvo-NX-20b, in May.")
    assert {"Tarvo-NX-120b", "Tarvo-NX-20b"} <= set(entities), entities
    _, entities = read(builder, "Kessler Labs said its smaller reasoning models, q4-mini and q3-mini, are cheaper.")
    assert {"q4-mini", "q3-mini"} <= set(entities), entities


def test_hyphens_join_no_names_without_a_version_nor_a_participle(builder):
    texts = _texts(builder, "Tala-4-powered apps, Tala-4-class phones and Oslo-based Brightwave grew.")
    assert not any(w in t for t in texts for w in ("powered", "class", "based")), texts


def test_each_name_of_a_list_in_apposition_to_a_plural_noun_is_of_its_class(builder):
    _, entities = read(builder, "Kessler Labs unveiled two new models, Tarvo and Rennick, on Monday.")
    assert all(entities[n].cls.endswith("#AIModel") for n in ("Tarvo", "Rennick")), entities
    # (a list that is no apposition of the noun takes nothing from it)
    _, entities = read(builder, "The models beat Ana Ruiz and Tom Hale at chess.")
    assert not any(e.cls.endswith("#AIModel") for e in entities.values()), entities


def test_a_versioned_name_the_ner_took_for_a_nationality_is_the_name_before_a_cue_noun(builder):
    doc = builder.nlp("Kessler Labs introduced its Orvi T1 reasoning model.")
    ners = {e.text: e.label_ for e in doc.ents}
    texts = {m.text for m in doc._.kg["mentions"]}
    assert "Orvi T1" in texts, (ners, texts)
    # a nationality before a noun stays no name
    doc = builder.nlp("Kessler Labs sold its Czech business.")
    assert {e.text: e.label_ for e in doc.ents}.get("Czech") == "NORP"
    assert "Czech" not in {m.text for m in doc._.kg["mentions"]}


def test_names_of_one_list_carry_the_classes_cues_gave_the_others(builder):
    doc = builder.nlp("Investors included Tiger Lane, Heron Rock, Orrin Capital and Vexa Partners.")
    syntax = {m.text: m.syntax for m in doc._.kg["mentions"]}
    assert "list=Organization" in syntax["Heron Rock"], syntax
    # an apposition is no list: 'the Ponte Vale, Florida-based Tour'
    doc = builder.nlp("The Tarvik Beach, Florida-based Golf Circuit said talks continue.")
    assert not any(s.startswith("list=") for m in doc._.kg["mentions"] for s in m.syntax)


def test_a_noun_based_in_a_place_stands_for_an_organization(builder):
    _, entities = read(builder, "Tarvik, a Dovrik-based digital payments platform, raised $250 million on Monday.")
    assert entities["Tarvik"].cls.endswith("#Organization"), entities
    # (based on no place: a product still)
    _, entities = read(builder, "Vexa sells cloud-based accounting software Tarvik to banks.")
    assert entities["Tarvik"].cls.endswith("#Product"), entities
    # ... and so does a noun about a name said to be based in a place; not about a name said to be nowhere
    _, entities = read(builder, "Orbis Capital invested in Oslo-based Kelda, an online service for students.")
    assert entities["Kelda"].cls.endswith("#Organization"), entities
    _, entities = read(builder, "Students love Kelda, an online service for students.")
    assert entities["Kelda"].cls.endswith("#Product"), entities
    # (a person said to be based somewhere is still a person)
    _, entities = read(builder, "The fund is deepening ties with Oslo-based businessman Tom Halvorsen.")
    assert entities["Tom Halvorsen"].cls.endswith("#Person"), entities


def test_a_noun_that_modifies_another_before_a_name_does_not_type_it(builder):
    # 'vehicle' modifies 'startup' (which the tagger may take for a verb), not the name
    from test_rules_relations import parsed

    rows = [("electric", "electric", "ADJ", "JJ", "amod", 1, "O"),
            ("vehicle", "vehicle", "NOUN", "NN", "compound", 4, "O"),
            ("startup", "startup", "VERB", "VB", "compound", 4, "O"),
            ("Tarvik", "Tarvik", "PROPN", "NNP", "compound", 4, "B-ORG"),
            ("Inc.", "Inc.", "PROPN", "NNP", "nsubj", 5, "I-ORG"),
            ("grew", "grow", "VERB", "VBD", "ROOT", 5, "O"), (".", ".", "PUNCT", ".", "punct", 5, "O")]
    [scores] = [m.scores for m in parsed(builder, rows)._.kg["mentions"] if m.text == "Tarvik Inc."]
    assert not any(c.endswith("#Product") for c in scores), scores
    _, entities = read(builder, "Vexa said it would sell the electric vehicle Tarvo 5 next year.")
    assert entities["Tarvo 5"].cls.endswith("#Product"), entities


def test_a_title_written_in_capitals_is_no_name(builder):
    facts, entities = read(builder, "Vexa Corp named Ana Ruiz its Chief Financial Officer on Monday.")
    assert not any("Officer" in e for e in entities) and ("Ana Ruiz", "worksFor", "Vexa Corp") in facts, entities


@pytest.mark.parametrize("text, word", [
    ("Kelvo Motors raised $100 million from outside investors to resell its EV platform.", "EV"),
    ("Kelvo Motors raised $50 million to focus on producing an all-electric luxury SUV.", "SUV"),
    # (and the short form in brackets of the lower-case words before it)
    ("Kelvo Payments, the leading mobile points of sale (mPOS) company in Tessaly, raised $83 million.", "mPOS"),
    ("Zentrix Labs, which sells buy now pay later (BNPL) loans in Bergen, raised $5 million.", "BNPL"),
])
def test_a_common_abbreviation_is_no_name(builder, text, word):
    # (the ontology's kg:nonEntityName: words of the trade written in capitals)
    facts, entities = read(builder, text)
    assert word not in entities and not any(word in (s, o) for s, _, o in facts), (entities, facts)


def test_a_short_form_in_brackets_that_spells_no_words_before_it_is_a_name(builder):
    _, entities = read(builder, "The deal was cleared by the market regulator (Velmora) in Tessaly on Monday.")
    assert "Velmora" in entities, entities


def test_a_name_written_with_a_hyphen_before_a_cue_noun_is_one_name(builder):
    # (no NER label: the name is read off the noun 'chain' after it)
    doc = builder.nlp("The unit runs superstores including the Oto-Bakado chain.")
    assert "Oto-Bakado" in {m.text for m in doc._.kg["mentions"]}
    # (a place and a participle before the noun are no part of the name)
    doc = builder.nlp("Vexa sells the Oslo-based Tarvo chain.")
    assert not any("-" in m.text for m in doc._.kg["mentions"])


def test_a_given_name_written_with_a_hyphen_is_part_of_the_name(builder):
    _, entities = read(builder, "“There is no alternative,” said Marie-Anne Tolvik, a researcher at Vexa Labs.")
    assert "Marie-Anne Tolvik" in entities and "Marie" not in entities, entities


def test_a_lower_case_versioned_name_with_a_variant_is_a_name(builder):
    _, entities = read(builder, "Kessler Labs says it plans to bring q1-mini access to all the free users of its app.")
    assert "q1-mini" in entities, entities
    # (not a version before a participle)
    _, entities = read(builder, "Kessler Labs showed a v2-based design.")
    assert not any(n.startswith("v2") for n in entities), entities


def test_a_word_written_in_camel_case_is_a_name_whatever_its_tag(builder):
    rows = [("Users", "user", "NOUN", "NNS", "nsubj", 1, "O"), ("like", "like", "VERB", "VBP", "ROOT", 1, "O"),
            ("TalkBot", "talkbot", "NOUN", "NN", "dobj", 1, "O"), (".", ".", "PUNCT", ".", "punct", 1, "O")]
    assert "TalkBot" in _mention_texts(builder, rows)
    rows[2] = ("Robot", "robot", "NOUN", "NN", "dobj", 1, "O")  # (one capital, a word, tagged a noun: no name)
    assert "Robot" not in _mention_texts(builder, rows)


def _opening(word: str, lemma: str, pos: str = "NOUN", tag: str = "NN") -> list[tuple]:
    """'<word> named Ana Ruiz chief executive.', the NER seeing nothing, the word tagged as given."""
    return [(word, lemma, pos, tag, "nsubj", 1, "O"), ("named", "name", "VERB", "VBD", "ROOT", 1, "O"),
            ("Ana", "Ana", "PROPN", "NNP", "compound", 3, "O"), ("Ruiz", "Ruiz", "PROPN", "NNP", "dobj", 1, "O"),
            ("chief", "chief", "ADJ", "JJ", "amod", 5, "O"), ("executive", "executive", "NOUN", "NN", "oprd", 1, "O"),
            (".", ".", "PUNCT", ".", "punct", 1, "O")]


@pytest.mark.parametrize("pos, tag", [("NOUN", "NN"), ("ADJ", "JJ"), ("ADV", "RB"), ("VERB", "VB")])
def test_a_capitalised_word_no_dictionary_knows_is_a_name_whatever_its_tag(builder, pos, tag):
    # (the small model tags an unknown word that opens a sentence as a common noun, and its NER misses it)
    assert "Orvane" in _mention_texts(builder, _opening("Orvane", "orvane", pos, tag))


@pytest.mark.parametrize("word, lemma", [
    ("Analysts", "analyst"),  # a plural of a dictionary word
    ("Fintech", "fintech"),  # a word of the ontology's cues, which the dictionary does not have
    ("SMEs", "sme"),  # a plural of capitals
    ("orvane", "orvane"),  # not capitalised
])
def test_a_capitalised_dictionary_word_is_no_name_by_its_shape(builder, word, lemma):
    assert word not in _mention_texts(builder, _opening(word, lemma))


def test_a_word_the_text_writes_in_lower_case_is_no_name_by_its_shape(builder):
    # ('greenwashing' is in no dictionary of the model's; the text itself says it is a common word)
    _, entities = read(builder, "Greenwashing worries regulators. Critics say greenwashing is rife.")
    assert "Greenwashing" not in entities, entities


def test_a_name_the_tagger_took_for_a_common_noun_opening_a_sentence_takes_part_in_facts(builder):
    facts, entities = read(builder, "Orvane named Ana Ruiz chief executive.")
    assert ("Ana Ruiz", "ceoOf", "Orvane") in facts, (facts, entities)
    facts, _ = read(builder, "Orvane released Nova-3 on Monday.")
    assert ("Orvane", "develops", "Nova-3") in facts, facts


def test_a_name_found_by_its_shape_takes_the_label_the_ner_gives_it_elsewhere(builder):
    doc = builder.nlp("Orvane is run by Ana Ruiz. Shares of Orvane Corp rose. The deal valued Orvane at $2 billion.")
    labels = [m.ner_label for m in doc._.kg["mentions"] if m.text == "Orvane"]
    assert labels[0] == "ORG", labels  # (the short name of 'Orvane Corp', the label of the NER's)


def test_without_a_dictionary_no_word_is_a_name_by_not_being_in_it():
    from kg.extract.mentions import dictionary_words

    assert dictionary_words(spacy.blank("en")) == frozenset()


def test_a_hyphen_after_an_abbreviation_is_split_off(builder):
    doc = builder.nlp("Tarvik Falls, Minn.-based Vexa Corp said sales rose.")
    assert [t.text for t in doc][3:6] == ["Minn.", "-", "based"]
    facts, _ = read(builder, "Tarvik Falls, Minn.-based Vexa Corp said sales rose.")
    assert ("Vexa Corp", "basedIn", "Tarvik Falls") in facts, facts
    # (not before a capital, nor inside a word without a period)
    assert "Mr.-Smith" in [t.text for t in builder.nlp("He met Mr.-Smith.")]
    assert [t.text for t in builder.nlp("a Texas-based firm")] == ["a", "Texas", "-", "based", "firm"]


def test_a_name_ending_in_ai_is_an_organization_and_its_short_name_too(builder):
    _, entities = read(builder, "Kelda AI was set up in 2023 by Ana Ruiz. Kelda said it would hire 50 people.")
    assert entities["Kelda AI"].cls.endswith("#Organization") and "Kelda" in entities["Kelda AI"].aliases, entities
    # (a noun says otherwise: 'Vexa AI, an assistant')
    _, entities = read(builder, "Vexa launched Vexa AI, an assistant, on Monday.")
    assert entities["Vexa AI"].cls.endswith("#Product"), entities


@pytest.mark.parametrize("text, name, expected", [
    ("Activist investor Kelvar Group took a stake in Tarvo Labs.", "Activist", False),  # an adjective opening it
    ("Veteran banker Tom Hale joined Tarvo Labs.", "Veteran", False),
    ("Kelvar bought a stake in Tarvo Labs.", "Kelvar", True),
    ("Nordic bought Kelda Labs for $20 million.", "Nordic", True),  # (the subject, whatever its tag)
])
def test_a_capitalised_adjective_opening_a_sentence_is_no_name(builder, text, name, expected):
    _, entities = read(builder, text)
    assert (name in entities) == expected, entities


def test_a_named_bot_is_a_product(builder):
    _, entities = read(builder, "Tarvo Labs unveiled its Nova bot on Monday.")
    assert entities["Nova"].cls.endswith("#Product"), entities


def test_a_round_stage_is_no_name(builder):
    _, entities = read(builder, "Sennvik has raised $160m in Series D financing led by Orbis Capital.")
    assert not any(name.startswith("Series") for name in entities), entities


def test_a_noun_the_small_model_reads_as_a_verb_is_parsed_and_tagged_as_a_noun(builder):
    # ('electric vehicle startup Tarvo': 'startup' a past tense, which broke the parse around it)
    doc = builder.nlp("Orbis Motors is investing $500 million in electric vehicle startup Tarvo.")
    [startup] = [t for t in doc if t.lower_ == "startup"]
    assert startup.norm_ == "company" and startup.pos_ == "NOUN" and startup.tag_ == "NN"
    [other] = [t for t in doc if t.lower_ == "vehicle"]
    assert other.norm_ == "vehicle"


def _parsed(words: list[str], heads: list[int], deps: list[str], tags: list[str], ents: list[str]):
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    return Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags, ents=ents)


@pytest.mark.parametrize("name,place,after,merged", [
    ("Velto", "Tanzania", "said", True),       # 'Velto Tanzania said': a national unit
    ("Velto", "Tanzania", "'s", False),        # 'Velto Tanzania's unit': the country begins a possessive
])
def test_a_company_and_the_country_after_it_in_one_noun_phrase_is_one_name(name, place, after, merged):
    from kg.extract.mentions import _national_units

    doc = _parsed([name, place, after, "profit"], heads=[1, 2, 2, 2], deps=["compound", "nsubj", "ROOT", "dobj"],
                  tags=["NNP", "NNP", "VBD", "NN"], ents=["B-ORG", "B-GPE", "O", "O"])
    got = [(e.text, e.label_) for e in _national_units(doc.ents)]
    assert got == ([(f"{name} {place}", "ORG")] if merged else [(name, "ORG"), (place, "GPE")])


def test_two_places_or_a_company_set_off_from_the_country_stay_two_names():
    from kg.extract.mentions import _national_units

    # 'Nairobi Kenya grew' (two places); 'Velto, Kenya' is no noun phrase
    doc = _parsed(["Nairobi", "Kenya", "grew"], heads=[1, 2, 2], deps=["compound", "nsubj", "ROOT"],
                  tags=["NNP", "NNP", "VBD"], ents=["B-GPE", "B-GPE", "O"])
    assert len(_national_units(doc.ents)) == 2
    doc = _parsed(["Velto", ",", "Kenya", "grew"], heads=[3, 0, 0, 3], deps=["nsubj", "punct", "appos", "ROOT"],
                  tags=["NNP", ",", "NNP", "VBD"], ents=["B-ORG", "O", "B-GPE", "O"])
    assert len(_national_units(doc.ents)) == 2


def test_the_article_written_with_a_capital_before_a_name_is_kept_in_an_alias(builder):
    # ('publishes The Harbour Ledger': a newspaper's name may begin with it; not a name modifying a noun)
    _, entities = read(builder, "Kelvo Media publishes The Harbour Ledger and The Velmora Courier. The Oslo office grew.")
    assert "The Harbour Ledger" in entities["Harbour Ledger"].aliases
    assert "The Velmora Courier" in entities["Velmora Courier"].aliases
    assert entities["Oslo"].aliases == []


def test_a_mention_says_whether_its_words_are_dictionary_words(builder):
    doc = builder.nlp("Ana Ruiz left Orvane Bank for Tarvik, a rival in Paris.")
    lexicon = {m.text: m.lexicon for m in doc._.kg["mentions"]}
    assert lexicon["Paris"] == "known" and lexicon["Tarvik"] == "unknown", lexicon
    assert lexicon["Orvane Bank"] == "mixed", lexicon


def test_a_body_of_two_fields_is_one_name(builder):
    # the NER cuts 'Ministry of Forests and Fisheries' at the 'and'
    _, entities = read(builder, "Ana Ruiz left to become deputy at Norway's Ministry of Forests and Fisheries.")
    assert "Ministry of Forests and Fisheries" in entities, entities
    _, entities = read(builder, "The Ministry of Culture and ICT said it would fund the plan.")
    assert "Ministry of Culture and ICT" in entities, entities


def test_a_body_and_a_company_after_it_are_two_names(builder):
    _, entities = read(builder, "The Ministry of Finance and Orvane signed a deal.")
    assert "Orvane" in entities and "Ministry of Finance" in entities, entities
    _, entities = read(builder, "The University of Oslo and Kelvo Labs signed a deal.")
    assert "Kelvo Labs" in entities, entities


@pytest.mark.parametrize("first,second,split", [
    ("Quarnix", "Velbrio", True),    # two words no dictionary has: two companies the NER ran together
    ("Economy", "Finance", False),   # dictionary words: a body's name ('Minister of Economy and Finance')
])
def test_two_one_word_names_joined_by_and_are_two_names_unless_of_dictionary_words(first, second, split):
    import spacy
    from spacy.tokens import Doc

    from kg.extract.mentions import _split

    doc = Doc(spacy.blank("en").vocab, words=["like", first, "and", second], heads=[0, 0, 1, 1],
              deps=["ROOT", "pobj", "cc", "conj"], tags=["IN", "NNP", "CC", "NNP"],
              pos=["ADP", "PROPN", "CCONJ", "PROPN"], ents=["O", "B-ORG", "I-ORG", "I-ORG"])
    [joined] = doc.ents
    dictionary = frozenset({"like", "and", "economy", "finance"})
    assert [p.text for p in _split(joined, {}, words=dictionary)] == \
        ([first, second] if split else [f"{first} and {second}"])


def test_a_list_the_ner_ran_into_one_name_is_split_where_a_member_of_two_words_begins():
    from kg.extract.mentions import _split

    # 'including Zelmo, Saint Tarvik and Balvo', the NER's one name 'Zelmo, Saint Tarvik': 'Saint' a compound of
    # 'Tarvik', the conjunct
    words = ["including", "Zelmo", ",", "Saint", "Tarvik", "and", "Balvo"]
    doc = _parsed(words, heads=[0, 0, 1, 4, 1, 4, 4], deps=["ROOT", "pobj", "punct", "compound", "conj", "cc", "conj"],
                  tags=["VBG", "NNP", ",", "NNP", "NNP", "CC", "NNP"],
                  ents=["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "B-ORG"])
    [merged, _] = doc.ents
    assert [p.text for p in _split(merged, {})] == ["Zelmo", "Saint Tarvik"]


@pytest.mark.parametrize("text,blanked", [
    ("Tarvik Taverns PLC (TTV.LN) said", True), ("Orvane Mining (NYSE, TSX: ORV) is", True),
    ("Kelvo Resources (TSX-V: KLV), which", True), ("Zelmo (PA:ZELM) from", True), ("Velto (8306.T)", True),
    ("Brenta (BRN_p.DE)", True), ("Velmo (VLM-V, VLMRF-O) is", True), ("Vexa (Nasdaq: VXC)", True),
    ("One Velmo Communications Ltd (OVC), the parent", False), ("(Photo: AP)", False), ("(Update: Monday)", False),
    ("the Velmo Health Organization (VHO) said", False),
])
def test_a_stock_ticker_in_brackets_is_blanked_before_parsing_and_an_acronym_is_not(text, blanked):
    from kg.extract.pipeline import blank_tickers

    out = blank_tickers(text)
    assert len(out) == len(text)  # (every offset stays)
    assert (out != text) == blanked, out


def test_a_ticker_after_a_name_does_not_break_the_sentence(builder):
    facts, entities = read(builder, "Pub group Tarvik Taverns PLC (TTV.LN) Wednesday named Kelvo Group PLC's (KGP.LN) "
                                    "finance director Tom Hale as chief executive.")
    assert ("Tom Hale", "ceoOf", "Tarvik Taverns PLC") in facts, facts
    assert "TTV.LN" not in entities and "KGP.LN" not in entities


@pytest.mark.parametrize("text", [
    'Kelvo launched the "Nova" phone in May.',  # (a lower-case word after the marks)
    'He joined the "Big Ten" Conference.',  # (no capitalised word before the marks but the article)
    'Kelvo said " Nova " Edition sold out.',  # (spaces inside the marks)
    '"Nova" Kelvo sold out.',  # (nothing before the marks)
])
def test_words_in_quotation_marks_between_others_are_no_nickname_unless_written_as_one(nlp, text):
    from kg.extract.mentions import nickname_span

    doc = nlp(text)
    assert [s for i in range(len(doc)) if (s := nickname_span(doc, i)) is not None] == []


@pytest.mark.parametrize("text, name, cls", [
    # a person's name written with a nickname in quotation marks (the NER cuts it apart, calling the given name an
    # organization)
    ('The fashion house was founded in Paris by Odile "Lulu" Brenta in 1921.', 'Odile "Lulu" Brenta', "Person"),
    ('Tarvik was founded by Gustav "Gus" Norvik in 1950.', 'Gustav "Gus" Norvik', "Person"),
    ('Many of the songs were sung by Odo "Bimbo" Velmora.', 'Odo "Bimbo" Velmora', "Person"),
    ('Ana Maria “Nina” Tessaly founded the studio in 1990.', "Ana Maria “Nina” Tessaly", "Person"),
    # a plural of people's possessive is part of a name
    ("The round was led by the Norvik State Teachers’ Retirement System, one of the largest funds.",
     "Norvik State Teachers’ Retirement System", "Organization"),
    ("Kelvo raised money from the Norvik Employees’ Pension Fund and Tarvik Partners.",
     "Norvik Employees’ Pension Fund", "Organization"),
    ("The Kelvo Farmers' Union backed the plan.", "Kelvo Farmers' Union", "Organization"),
    # a company named by its web address, whatever the NER took it for (a number) or the tagger (a pronoun)
    ("He began assembling the team for 09.AI in March and started operations in June.", "09.AI", "Organization"),
    ("Shares of 88.ai rose after Kelvo took a stake in the company.", "88.ai", "Organization"),
    # a name before 'investment vehicle' ('vehicle' alone is a made thing's noun: 'the Tarvik vehicle')
    ("Norvik's sovereign fund is taking a 50 per cent stake in his Kelvo investment vehicle.", "Kelvo", "Organization"),
    # the names a title only organizations hold lists (the NER took one for a person)
    ("Chinese developers such as Kelvo and Tarvik have overtaken their rivals.", "Kelvo", "Organization"),
    # a name after a bare noun of what a company offers is the company's, as news writes it; after the name, or with
    # a possessor, the thing's
    ("Tarvik invested in online marketplace Kelvo last year.", "Kelvo", "Organization"),
    ("Tom Hale, chief executive of ride-hailing app Tarvo, spoke.", "Tarvo", "Organization"),
    ("Kelvo Corp launched the Tarvo app in Oslo.", "Tarvo", "Product"),
    ("The company will keep advancing AI integration with its e-commerce platform Tarvo.", "Tarvo", "Product"),
    # (a title people hold too lists people)
    ("Its investors include Tom Hale and Tarvik.", "Tom Hale", "Person"),
    # a noun of one who holds a share, which people are as often as companies, leaves the name's class to the NER
    ("Existing Tarvik backer Tom Hale, a Bergen-based hedge fund investor, invested a further £25 million.",
     "Tom Hale", "Person"),
    ("Tarvik owner Kelvo Group said it would sell.", "Kelvo Group", "Organization"),
    # a legal form abbreviated as companies in some countries write it
    ("Kelvo Innovation Pvt., the operator of the Tarla app, raised $80 million.", "Kelvo Innovation Pvt.",
     "Organization"),
    ("Brenta Capital invested in Kelvo Innovation Pvt. Ltd. last year.", "Kelvo Innovation Pvt. Ltd.", "Organization"),
    # the peer noun of another name says only that the name rivals it, which may be a made thing
    ("Orvane Labs has released its own Chatly rival, dubbed Zenno.", "Zenno", "Product"),
    ("Kelvo Group bought Tarvik rival Orvane Systems.", "Orvane Systems", "Organization"),
    # a name ending in 'Games' is a game maker's, as business news writes it
    ("Orvane Games will use the funds to grow the team, said Ana Ruiz, CEO of Orvane Games.", "Orvane Games",
     "Organization"),
    ("Tarvik Capital invested in Orvane Games, the Bergen studio.", "Orvane Games", "Organization"),
    # a person the NER names, a partner 'in' a firm's office: 'partner' names organizations too, but not here
    ('"Tarvik grew fast," Tom Hale, a partner in the Oslo office of Kelvo Partners, told reporters.', "Tom Hale",
     "Person"),
    # (and one whose title's rank says it is a person's: 'managing partner')
    ("Kelvo Fund expects to close a fundraising, said Tom Hale, managing partner.", "Tom Hale", "Person"),
    # (a company the NER took for a person, a partner of another in a deal, stays a company)
    ("Orvane Labs, a partner of Kelvo Partners in the deal, said sales grew.", "Orvane Labs", "Organization"),
])
def test_a_name_written_so_is_one_name_of_its_class(builder, text, name, cls):
    _, entities = read(builder, text)
    assert entities[name].cls.endswith("#" + cls), entities


def test_a_plural_names_possessive_still_ends_the_name(builder):
    _, entities = read(builder, "Vexa Labs' Nova sold well.")
    assert {"Vexa Labs", "Nova"} <= set(entities), entities


def test_a_company_named_by_its_web_address_holds_its_titles(builder):
    facts, _ = read(builder, "Tom Hale is chief executive of 12.io, a start-up in Oslo.")
    assert ("Tom Hale", "ceoOf", "12.io") in facts, facts


@pytest.mark.parametrize("text", ["Visit www.kelvo.com for details.", "Prices rose 2.5 percent in May."])
def test_a_web_address_with_a_host_or_a_number_is_no_company_name(nlp, text):
    from kg.extract.mentions import web_name_span

    doc = nlp(text)
    assert [s for i in range(len(doc)) if (s := web_name_span(doc, i)) is not None] == []


def test_a_name_written_with_a_colon_inside_its_one_word_is_one_name(builder):
    facts, entities = read(builder, "Bergen-based Tarv:ai, which was founded in 2018 by CEO Tom Hale, has developed a "
                                    "system. Kelvo Corp’s acquisition of Norwegian company Tarv:ai was approved.")
    assert entities["Tarv:ai"].cls.endswith("#Organization"), entities
    assert {("Tom Hale", "founderOf", "Tarv:ai"), ("Kelvo Corp", "acquired", "Tarv:ai"),
            ("Tarv:ai", "basedIn", "Bergen")} <= facts, facts


@pytest.mark.parametrize("text", ["The meeting starts at 10:30 in Oslo.", "Shares of Kelvo (TYO:6594) rose.",
                                  "Note:prices rose in Oslo.", "Kelvo said:it will grow."])
def test_a_time_a_ticker_or_a_missing_space_after_a_colon_is_no_such_name(builder, text):
    _, entities = read(builder, text)
    assert not any(":" in name for name in entities), entities



@pytest.mark.parametrize("words, name", [
    (["the", "Tarvik", "board"], "Tarvik"),                                  # a body's lower-case noun run into it
    (["Tarvik", "'s", "Board", "of", "Directors"], "Tarvik"),                # the body the company's possessive names
    (["Tarvik", "Board", "of", "Directors"], "Tarvik Board of Directors"),   # (no possessive: a name of its own)
    (["Tarvik", "'s", "Nova"], "Tarvik 's Nova"),                            # (a thing possessed is no body)
])
def test_the_body_of_a_company_the_ner_ran_into_its_name_is_left_out(words, name):
    import spacy
    from spacy.tokens import Doc

    from kg.extract.mentions import _without_organ

    doc = Doc(spacy.blank("en").vocab, words=words)
    span = doc[1:] if words[0] == "the" else doc[:]
    assert _without_organ(span, frozenset({"board", "board of directors"})).text == name


def test_a_name_in_capitals_run_into_the_next_sentence_is_a_word_of_its_own(builder):
    words = [t.text for t in builder.nlp.make_doc("She is a director of KBN.After a review, Kelvo.AI and KELVO.AI grew.")]
    assert words[5:8] == ["KBN", ".", "After"], words
    # (not a name written with its web address's ending, in capitals or not; nor one of words that open no sentence)
    assert {"Kelvo.AI", "KELVO.AI"} <= set(words), words
    assert "KBN.Tarvik" in [t.text for t in builder.nlp.make_doc("It merged with KBN.Tarvik in May.")]
