"""The learned pair classifier (kg/extract/pairs.py): relations between names of a sentence that no rule
links. Sentences are invented for these tests."""

from __future__ import annotations

from importlib import resources

import pytest
from click.testing import CliRunner

from conftest import SHARED, needs_shared
from kg.builder import Builder
from kg.cli import cli
from kg.documents import Document
from kg.evaluate import GoldDoc, evaluate
from kg.extract.pairs import NONE, PairModel, default_pair_model
from kg.train import gold_pair_labels

pytestmark = [pytest.mark.model, pytest.mark.slow]  # the learned pair classifier: its own model, F1 on dev sets

CONLL_TRAIN = SHARED / "eval" / "conll04" / "train.jsonl"
CONLL_DEV = SHARED / "eval" / "conll04" / "dev.jsonl"
NEWS = SHARED / "eval" / "news-dev.jsonl"
REDOCRED_DEV = SHARED / "eval" / "redocred" / "dev.jsonl"


def facts(builder: Builder, text: str) -> set[tuple[str, str, str, str]]:
    [dg] = list(builder.document_graphs([Document("t", text)]))
    return {(dg.entities[f.subject].name, f.predicate.rsplit("#", 1)[1], dg.entities[f.object].name, f.evidence.rule)
            for f in dg.facts}


def toy_model(weight: float) -> PairModel:
    """A model that says worksFor, with a strength of ``weight``, for a name before 'at' and a name after it."""
    return PairModel(classes=[NONE, "worksFor"],
                     weights={"bias": [0.0, -6.0], "btw_last=at": [0.0, weight], "order=ab": [0.0, 3.0]})


@pytest.fixture(scope="module")
def toy_builders():
    return Builder(pair_model=toy_model(6.0)), Builder(pair_model=toy_model(2.0)), Builder(pair_model=None)


def test_a_pair_no_rule_links_is_read_by_the_model(toy_builders):
    strong, weak, off = toy_builders
    text = "Maria Gonzalez spoke at Dornfeld Pumps Ltd. on Monday."
    assert ("Maria Gonzalez", "worksFor", "Dornfeld Pumps Ltd.", "learned") in facts(strong, text)
    # below the threshold (p = 0.27 < 0.4 for the weak one), and with no model, the sentence states nothing
    assert not any(f[3] == "learned" for f in facts(weak, text))
    assert not any(f[3] == "learned" for f in facts(off, text))


def test_a_learned_reading_must_fit_the_domain_and_range(toy_builders):
    strong, _, _ = toy_builders
    # worksFor needs a person or organisation at a company: a city after 'at' is no employer
    found = facts(strong, "Maria Gonzalez arrived at Lisbon on Monday.")
    assert not any(f[1] == "worksFor" for f in found)


def test_learned_facts_carry_their_evidence_and_a_lower_confidence(toy_builders):
    strong, _, _ = toy_builders
    [dg] = list(strong.document_graphs([Document("t", "Maria Gonzalez spoke at Dornfeld Pumps Ltd. on Monday.")]))
    [fact] = [f for f in dg.facts if f.evidence.rule == "learned"]
    assert fact.evidence.sentence == "Maria Gonzalez spoke at Dornfeld Pumps Ltd. on Monday."
    assert 0 < fact.evidence.confidence < 1


def test_where_a_rule_places_a_nearer_name_the_model_places_no_farther_one():
    # a model that says basedIn for any organisation and place of a sentence: the rules read where the startup in
    # apposition is, so the buyer, whose path to the city passes through the startup, is not placed there too
    model = PairModel(classes=[NONE, "basedIn"], weights={"bias": [0.0, -6.0], "types=Organization>Place": [0.0, 9.0]})
    found = facts(Builder(pair_model=model), "Kelvo Labs acquired Zarvia, a startup based in Oslo.")
    assert ("Zarvia", "basedIn", "Oslo") in {f[:3] for f in found}
    assert not any(f[0] == "Kelvo Labs" and f[1] == "basedIn" for f in found), found
    # with no rule reading the nearer name's place, the same model places the company it is given
    found = facts(Builder(pair_model=model), "Kelvo Labs opened an office in Oslo.")
    assert ("Kelvo Labs", "basedIn", "Oslo", "learned") in found, found


def test_the_shipped_model_adds_nothing_to_an_unrelated_visit(builder):
    # a negative: visiting two companies is working for neither
    found = facts(builder, "Sven Holt visited Brightwater Ltd. and Kestrel Corp. last week.")
    assert not any(p == "worksFor" for _, p, _, _ in found)


@pytest.mark.slow
@pytest.mark.parametrize("gold", [str(CONLL_DEV), f"{REDOCRED_DEV}[300:]"], ids=["conll04-dev", "redocred-dev[300:]"])
def test_the_shipped_model_raises_f1_where_it_was_not_trained(builder, gold):
    # measured, not assumed: the shipped pair model on data it was not trained on, against the rules alone
    needs_shared()
    rules_only = Builder(pair_model=None)
    with_model = evaluate(gold, builder=builder).facts
    without = evaluate(gold, builder=rules_only).facts
    assert with_model.f1 > without.f1
    assert with_model.tp > without.tp


@pytest.mark.slow
def test_the_shipped_model_adds_recall_on_news_it_was_not_trained_on_at_little_cost(builder):
    # on news-dev's last 15 articles the rules now read most of what the model used to add there (.715 alone,
    # .712 with it when this was written): it still finds facts the rules miss, and costs little F1
    needs_shared()
    gold = f"{NEWS}[35:]"
    with_model = evaluate(gold, builder=builder).facts
    without = evaluate(gold, builder=Builder(pair_model=None)).facts
    assert with_model.tp > without.tp
    assert with_model.f1 > without.f1 - 0.01


def test_gold_labels_close_transitive_properties_and_leave_out_ended_roles():
    gold = GoldDoc(id="g", text="", entities=[],
                   triples=[("Vel", "locatedIn", "Norland"), ("Norland", "locatedIn", "Europe"),
                            ("Ana Ruiz", "ceoOf", "Brightwave"), ("Ana Ruiz", "worksFor", "Brightwave"),
                            ("Li Wei", "ceoOf", "Hamlin")],
                   optional=[("Brightwave", "owns", "Tidefall")], investments=[],
                   former=[("Li Wei", "ceoOf", "Hamlin")])
    labels = gold_pair_labels(gold)
    assert labels[("Vel", "Europe")] == "locatedIn"
    assert labels[("Ana Ruiz", "Brightwave")] == "ceoOf"  # the most specific of what the gold says
    assert labels[("Brightwave", "Tidefall")] == "owns"
    assert ("Li Wei", "Hamlin") not in labels


@pytest.mark.slow
def test_training_the_pair_model_is_reproducible(tmp_path):
    needs_shared()
    runner = CliRunner()
    outs = []
    for name in ("a.json", "b.json"):
        result = runner.invoke(cli, ["train", "--component", "pairs", f"{CONLL_TRAIN}[:60]", "-o", str(tmp_path / name)])
        assert result.exit_code == 0, result.output
        assert "pairs of names" in result.output
        outs.append((tmp_path / name).read_bytes())
    assert outs[0] == outs[1]
    model = PairModel.load(tmp_path / "a.json")
    assert NONE in model.classes and "livesIn" in model.classes


def test_the_shipped_pair_model_was_trained_on_train_splits_only():
    model = default_pair_model()
    assert model is not None
    # (Re-DocRED has a dev set only: its first 300 documents are the project's train split, the last 121 its dev)
    assert model.meta["trained_on"] == ["../shared/eval/news-dev.jsonl[:35]", "../shared/eval/conll04/train.jsonl",
                                        "../shared/eval/redocred/dev.jsonl[:300]"]
    assert len(resources.files("kg").joinpath("models", "pairs.json").read_bytes()) < 50_000_000


def test_a_dateline_states_nothing(toy_builders):
    # a model that reads every pair as basedIn: still nothing from a sentence with no verb
    model = PairModel(classes=[NONE, "basedIn"], weights={"bias": [0.0, 5.0]})
    b = Builder(pair_model=model)
    found = facts(b, "LONDON (Norvik) - Vexa Corp. said on Monday that sales rose.")
    assert not any(s == "Norvik" or o == "Norvik" for s, _, o, _ in found), found


def test_a_pair_is_read_in_one_direction_only():
    # a model that reads every pair of places as locatedIn, whichever comes first: one fact per pair
    model = PairModel(classes=[NONE, "locatedIn"], weights={"bias": [0.0, 2.0], "order=ab": [0.0, 1.0]})
    found = facts(Builder(pair_model=model), "Travellers reach Lisbon from Madrid by boat.")
    learned = {(s, o) for s, p, o, rule in found if rule == "learned"}
    assert learned == {("Lisbon", "Madrid")}, found


def test_a_place_written_onto_a_participle_is_said_of_its_noun_only():
    # a model that reads every pair as basedIn: 'Oslo-based Vexa' says where Vexa is, not where Orbis is
    model = PairModel(classes=[NONE, "basedIn"], weights={"bias": [0.0, 5.0]})
    found = facts(Builder(pair_model=model), "Orbis Group said it will acquire Oslo-based Vexa Systems for $5 billion.")
    assert ("Orbis Group", "basedIn", "Oslo") not in {(s, p, o) for s, p, o, _ in found}, found
    # ... and the city before a region's name: 'Waltham, Massachusetts-based' (a learned locatedIn)
    model = PairModel(classes=[NONE, "locatedIn"], weights={"bias": [0.0, 5.0], "order=ab": [0.0, 1.0]})
    found = facts(Builder(pair_model=model), "Orbis Group will buy Waltham, Massachusetts-based Vexa Systems.")
    assert ("Waltham", "locatedIn", "Massachusetts") in {(s, p, o) for s, p, o, _ in found}, found
