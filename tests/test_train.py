"""kg train: the entity typer is trained reproducibly from gold data in ../shared, and the shipped one says
what it was trained on."""

from __future__ import annotations

import json
from importlib import resources

import pytest
from click.testing import CliRunner

from conftest import SHARED, needs_shared
from kg.cli import cli
from kg.typer import EntityTyper, default_typer

NEWS = SHARED / "eval" / "news-dev.jsonl"


@pytest.mark.slow
def test_training_is_reproducible(tmp_path):
    needs_shared()
    runner = CliRunner()
    outs = []
    for name in ("a.json", "b.json"):
        result = runner.invoke(cli, ["train", f"{NEWS}[:3]", "-o", str(tmp_path / name)])
        assert result.exit_code == 0, result.output
        assert "trained on" in result.output
        outs.append((tmp_path / name).read_bytes())
    assert outs[0] == outs[1]
    typer = EntityTyper.load(tmp_path / "a.json")
    assert {"Organization", "Person"} <= set(typer.classes)


def test_a_slice_takes_documents_of_a_file(tmp_path):
    needs_shared()
    from kg.train import read_gold_spec

    every = read_gold_spec(NEWS)
    assert [d.id for d in read_gold_spec(f"{NEWS}[2:4]")] == [d.id for d in every[2:4]]
    assert [d.id for d in read_gold_spec(f"{NEWS}[-2:]")] == [d.id for d in every[-2:]]


def test_the_shipped_typer_was_trained_on_train_splits_only():
    typer = default_typer()
    assert typer is not None
    # the documented command: news-dev's first 35 documents (the last 15 are the dev split; counted three times),
    # CoNLL04 train and Re-DocRED dev's first 300 documents (the last 121 are the dev split)
    assert typer.meta["trained_on"] == ["../shared/eval/news-dev.jsonl[:35]"] * 3 + [
        "../shared/eval/conll04/train.jsonl", "../shared/eval/redocred/dev.jsonl[:300]"]
    size = resources.files("kg").joinpath("models", "typer.json").read_bytes()
    assert len(size) < 5_000_000


@pytest.mark.parametrize("option,kind", [("--typer", "an entity typer model"), ("--pairs", "a pair classifier model")])
def test_a_file_that_is_no_model_is_a_clear_error(tmp_path, capsys, option, kind):
    from kg.cli import main

    needs_shared()
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"hello": 1}), encoding="utf-8")
    with pytest.raises(SystemExit) as exit_info:
        main(["evaluate", str(SHARED / "eval" / "seed-gold.jsonl"), option, str(bad)])
    assert exit_info.value.code != 0
    err = capsys.readouterr().err
    assert f"not {kind}" in err and "kg train" in err and len(err.strip().splitlines()) == 1


@pytest.mark.slow
@pytest.mark.parametrize("name", ["typer.json", "pairs.json"])
def test_the_readme_command_gives_the_shipped_model(tmp_path, monkeypatch, name):
    # the README's training command, as written but for where it writes, retrains the model kg ships
    import re
    import shlex

    from conftest import ROOT
    from kg.learn import LinearModel

    needs_shared()
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    (line,) = [ln for block in re.findall(r"```sh\n(.*?)\n```", readme, re.S) for ln in block.splitlines()
               if ln.startswith("kg train ") and ln.endswith(f"-o kg/models/{name}")]
    argv = shlex.split(line)
    argv[argv.index("-o") + 1] = str(tmp_path / name)
    monkeypatch.chdir(ROOT)  # ../shared beside the checkout, as the README says
    result = CliRunner().invoke(cli, argv[1:])
    assert result.exit_code == 0, result.output
    new = LinearModel.load(tmp_path / name)
    shipped = LinearModel.load(ROOT / "kg" / "models" / name)
    assert new.classes == shipped.classes and new.meta == shipped.meta
    assert new.weights.keys() == shipped.weights.keys()
    assert all(abs(a - b) < 1e-3 for k in new.weights for a, b in zip(new.weights[k], shipped.weights[k]))


def test_kg_build_takes_the_learned_parts_from_files(tmp_path, capsys):
    """kg train's models are used by kg build (--typer, --pairs), and a file that is no model is a one-line error."""
    from pathlib import Path

    from click.testing import CliRunner

    import kg
    from kg.cli import cli

    text = tmp_path / "a.txt"
    text.write_text("Vexa Group bought Kessler Labs in May. Tom Brandt is chief executive of Vexa Group.",
                    encoding="utf-8")
    typer = Path(kg.__file__).parent / "models" / "typer.json"
    runner = CliRunner()
    out = tmp_path / "g.nt"
    ok = runner.invoke(cli, ["build", str(text), "-q", "-o", str(out), "--typer", str(typer), "--pairs", "none"])
    assert ok.exit_code == 0, ok.output
    graph = out.read_text(encoding="utf-8")
    assert "ontology#ceoOf>" in graph and "ontology#acquired>" in graph
    bad = tmp_path / "bad.json"
    bad.write_text("[]", encoding="utf-8")
    from kg.cli import main

    with pytest.raises(SystemExit) as exit_:
        main(["build", str(text), "-q", "--pairs", str(bad)])
    assert exit_.value.code == 1
    err = capsys.readouterr().err
    assert "not a pair classifier model" in err and "kg train" in err and len(err.strip().splitlines()) == 1


def test_a_name_blind_copy_hides_the_names_own_words_and_ner_label():
    from collections import Counter

    from kg.typer import name_blind

    features = Counter({"bias": 1.0, "word=delvana": 1.0, "first=delvana": 1.0, "last=group": 1.0,
                        "ner=ORG": 1.6, "ner=GPE": 1.0, "next=said": 1.0, "rel=s:acquired": 1.0, "shape=Xx Xx": 1.0})
    assert name_blind(features) == Counter({"bias": 1.0, "ner=-": 2.6, "next=said": 1.0, "rel=s:acquired": 1.0,
                                            "shape=Xx Xx": 1.0})


def test_without_name_words_keeps_all_but_the_names_own_words():
    from collections import Counter

    from kg.typer import without_name_words

    features = Counter({"bias": 1.0, "word=delvana": 1.0, "first=delvana": 1.0, "last=group": 1.0, "ner=GPE": 1.0,
                        "prev=in": 1.0})
    assert without_name_words(features) == Counter({"bias": 1.0, "ner=GPE": 1.0, "prev=in": 1.0})


@pytest.mark.model
def test_the_typer_knows_a_name_by_its_words_only_when_they_were_seen_in_training(builder):
    from kg.documents import Document
    from kg.extractor import extract
    from kg.typer import entity_features, mention_slots

    resolver = builder._local().resolver
    if resolver.typer is None:
        pytest.skip("no typer shipped")
    text = "Orbis raised its stake in India, and bought a stake in Tarvik."
    _, ex = next(extract(builder._local().nlp, [Document(id="t", text=text)]))
    slots = mention_slots(ex.relations)
    known = {}
    for ms in resolver.groups(ex):
        features = entity_features(ms, text, slots)
        probs = resolver.typer.probabilities(features)
        known[ms[0].text] = resolver._knows_name(features, resolver.place, probs)
    assert known["India"] and not known["Tarvik"], known
