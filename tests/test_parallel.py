"""Parallel extraction (--workers N): the same output as one worker."""

from __future__ import annotations

import json

import pytest

from kg.builder import build_to_file, build_to_store
from kg.store import open_store

pytestmark = pytest.mark.slow

TEXTS = [
    "Lumora Systems said on Monday that Dana Whitfield will lead its research lab in Oslo. Lumora is based in Oslo.",
    "Shares of Lumora Inc. rose on Monday. Lumora Inc. is based in Oslo.",
    "Northwind Bank, based in Leeds, acquired Quinn Analytics for $12 million. Anna Keller is the CEO of Northwind Bank.",
    "Apple Inc. is headquartered in Cupertino. Tim Cook is the chief executive of Apple.",
    "Boris Petrov, the founder of Petrov Robotics, said the company is based in Graz.",
]


@pytest.fixture(scope="module")
def docs(tmp_path_factory):
    d = tmp_path_factory.mktemp("docs")
    for i, t in enumerate(TEXTS):
        (d / f"{i}.txt").write_text(t, encoding="utf-8")
    return d


def test_two_workers_write_the_same_file(docs, tmp_path):
    build_to_file([docs], tmp_path / "one.ttl")
    build_to_file([docs], tmp_path / "two.ttl", workers=2)
    assert (tmp_path / "one.ttl").read_bytes() == (tmp_path / "two.ttl").read_bytes()


def quads(location) -> set:
    with open_store(location) as st:
        return {tuple(r.values()) for r in st.select("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }")}


def test_two_workers_fill_the_same_store(docs, tmp_path):
    build_to_store([docs], tmp_path / "one")
    r = build_to_store([docs], tmp_path / "two", workers=2)
    assert r.documents == len(TEXTS)
    assert quads(tmp_path / "one") == quads(tmp_path / "two")


SUES = """
@prefix kg:   <https://w3id.org/kg/ontology#> .
@prefix owl:  <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
kg:sues a owl:ObjectProperty ; rdfs:label "sues"@en ; rdfs:domain kg:Organization ; rdfs:range kg:Organization ;
    kg:verbCue "sue" .
"""


def test_dask_local_cluster(docs, tmp_path):
    distributed = pytest.importorskip("distributed")
    sues = tmp_path / "sues.ttl"
    sues.write_text(SUES, encoding="utf-8")
    (tmp_path / "sued").mkdir()
    (tmp_path / "sued" / "s.txt").write_text("Nimbus Robotics Inc. sued Corvid Motors Corp. in Boston.", encoding="utf-8")
    build_to_file([docs], tmp_path / "one.ttl")
    build_to_store([docs], tmp_path / "one")
    build_to_file([tmp_path / "sued"], tmp_path / "sues-one.ttl", ontology=[sues])
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        build_to_file([docs], tmp_path / "dask.ttl", scheduler=cluster.scheduler_address)
        r = build_to_store([docs], tmp_path / "dask", scheduler=cluster.scheduler_address)
        # the same workers, another ontology: they extract with it, not with the one they loaded first
        build_to_file([tmp_path / "sued"], tmp_path / "sues-dask.ttl", ontology=[sues],
                      scheduler=cluster.scheduler_address)
    assert (tmp_path / "one.ttl").read_bytes() == (tmp_path / "dask.ttl").read_bytes()
    assert r.documents == len(TEXTS) and not r.failures
    assert quads(tmp_path / "one") == quads(tmp_path / "dask")  # the cluster's facts in the same store layout
    assert "kg:sues" in (tmp_path / "sues-one.ttl").read_text(encoding="utf-8")
    assert (tmp_path / "sues-one.ttl").read_bytes() == (tmp_path / "sues-dask.ttl").read_bytes()


def test_an_unknown_model_is_kgs_error_not_a_broken_pool(docs, tmp_path):
    from kg.errors import ModelError

    with pytest.raises(ModelError):
        build_to_store([docs], tmp_path / "store", workers=2, model="no_such_model_xx")


def test_a_repeated_document_is_written_once_whatever_the_workers(tmp_path):
    feed = tmp_path / "feed.jsonl"
    lines = [{"id": f"d{i}", "text": t} for i, t in enumerate(TEXTS)]
    lines[3:3] = [lines[0], lines[1], lines[0]]  # repeats close together: inside the extraction window
    feed.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    one = build_to_store([feed], tmp_path / "one")
    two = build_to_store([feed], tmp_path / "two", workers=2)
    # (the repeats are dropped as they are read, each reported: kg.documents.distinct_ids)
    assert (one.documents, one.skipped, len(one.repeats)) == (two.documents, two.skipped, len(two.repeats)) \
        == (len(TEXTS), 0, 3)
    assert quads(tmp_path / "one") == quads(tmp_path / "two")


def test_a_killed_worker_stops_the_build_with_kgs_error_and_keeps_what_was_written(tmp_path, monkeypatch):
    import multiprocessing
    import os
    import signal

    from kg.errors import KGError
    from kg.store import OxigraphStore

    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps({"id": f"d{i}", "text": f"Report {i}. {TEXTS[i % len(TEXTS)]}"}) + "\n"
                            for i in range(400)), encoding="utf-8")
    real_put = OxigraphStore.put_many
    written, killed = [], []

    def put_then_kill(self, docs):  # (the store writer runs in this process; the workers are children)
        errors = real_put(self, docs)
        written.extend(docs)
        if len(written) >= 20 and not killed:
            killed.append(multiprocessing.active_children()[0].pid)
            os.kill(killed[0], signal.SIGKILL)
        return errors

    monkeypatch.setattr(OxigraphStore, "group_triples", 200)  # groups of a few documents
    monkeypatch.setattr(OxigraphStore, "put_many", put_then_kill)
    with pytest.raises(KGError, match=r"^a worker process stopped abruptly \(killed, or out of memory\?\)"):
        build_to_store([feed], tmp_path / "store", workers=2)
    monkeypatch.undo()
    with open_store(tmp_path / "store") as st:
        stored = len(st.hashes())
    assert 20 <= stored < 400
    r = build_to_store([feed], tmp_path / "store", workers=2)  # the re-run does the rest
    assert r.skipped == stored and r.documents == 400 - stored and not r.failures


def _page_faults_of_reused_memory() -> int:
    """Minor page faults while 50 MiB of medium-sized blocks are allocated and freed together, ten times over
    (spaCy's pattern per batch); the first round, which must fault its pages in, is not counted."""
    import resource

    def one_round() -> None:
        blocks = [bytearray(256 * 1024) for _ in range(200)]
        del blocks

    one_round()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    for _ in range(10):
        one_round()
    return resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before


def test_workers_keep_freed_memory_for_reuse():
    import multiprocessing
    import platform
    from concurrent.futures import ProcessPoolExecutor

    from kg import parallel

    if platform.libc_ver()[0] != "glibc":
        pytest.skip("the setting is glibc's")
    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(1, mp_context=ctx) as pool:
        plain = pool.submit(_page_faults_of_reused_memory).result()
    # a worker as ProcessPoolExtractor starts it
    with ProcessPoolExecutor(1, mp_context=ctx, initializer=parallel._init, initargs=(None, [])) as pool:
        worker = pool.submit(_page_faults_of_reused_memory).result()
    assert plain > 50_000  # without the setting, each round faults its 50 MiB in again (12,800 pages)
    assert worker < plain / 20


def test_workers_extract_with_the_learned_parts_given_as_files(docs, tmp_path):
    """kg train's models reach the worker processes as files: the same graph as one process with them."""
    from pathlib import Path

    import kg

    from test_pairs import toy_model

    typer = Path(kg.__file__).parent / "models" / "typer.json"
    build_to_file([docs], tmp_path / "one.ttl", typer=typer, pair_model="none")
    build_to_file([docs], tmp_path / "two.ttl", workers=2, typer=str(typer), pair_model="none")
    assert (tmp_path / "one.ttl").read_bytes() == (tmp_path / "two.ttl").read_bytes()
    # a pair model given as a file reads in the workers what it reads in one process, and 'none' reads nothing
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "talk.txt").write_text("Maria Gonzalez spoke at Dornfeld Pumps Ltd. on Monday.", encoding="utf-8")
    toy_model(6.0).save(tmp_path / "pairs.json")
    learned = {}
    for name, workers, pairs in (("a", 1, tmp_path / "pairs.json"), ("b", 2, str(tmp_path / "pairs.json")),
                                 ("c", 2, "none")):
        build_to_file([tmp_path / "in"], tmp_path / f"{name}.ttl", workers=workers, pair_model=pairs)
        learned[name] = '"learned"' in (tmp_path / f"{name}.ttl").read_text(encoding="utf-8")
    assert learned == {"a": True, "b": True, "c": False}
    assert (tmp_path / "a.ttl").read_bytes() == (tmp_path / "b.ttl").read_bytes()


def test_a_model_file_that_is_no_model_is_kgs_error_in_workers_too(docs, tmp_path):
    from kg.errors import InputError

    bad = tmp_path / "bad.json"
    bad.write_text("{}", encoding="utf-8")
    for workers in (1, 2):
        with pytest.raises(InputError, match="not an entity typer model"):
            build_to_file([docs], tmp_path / "out.ttl", workers=workers, typer=bad)
