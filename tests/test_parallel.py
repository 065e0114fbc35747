"""Parallel extraction (--workers N): the same output as one worker."""

from __future__ import annotations

import pytest

from kg.builder import build_to_file, build_to_store
from kg.store import open_store

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


def test_dask_local_cluster(docs, tmp_path):
    distributed = pytest.importorskip("distributed")
    build_to_file([docs], tmp_path / "one.ttl")
    build_to_store([docs], tmp_path / "one")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        build_to_file([docs], tmp_path / "dask.ttl", scheduler=cluster.scheduler_address)
        r = build_to_store([docs], tmp_path / "dask", scheduler=cluster.scheduler_address)
    assert (tmp_path / "one.ttl").read_bytes() == (tmp_path / "dask.ttl").read_bytes()
    assert r.documents == len(TEXTS) and not r.failures
    assert quads(tmp_path / "one") == quads(tmp_path / "dask")  # the cluster's facts in the same store layout
