"""Shared fixtures: the real spaCy pipeline is loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "000_76c38209ffc8dee7.txt"
SEED_GOLD = SHARED / "eval" / "seed-gold.jsonl"
EXAMPLE = ROOT / "examples" / "article.txt"


def needs_shared() -> None:
    if not SEED.is_file():
        pytest.skip("../shared (seed article and gold data) is not beside the checkout")


@pytest.fixture(scope="session")
def builder():
    from kg.builder import Builder

    return Builder()


@pytest.fixture(scope="session")
def seed_graph(builder):
    needs_shared()
    from kg.documents import Document

    return builder.build([Document(id="seed", text=SEED.read_text(encoding="utf-8"), source=str(SEED))])


@pytest.fixture(scope="session")
def example_graph(builder):
    from kg.documents import Document

    return builder.build([Document(id="example", text=EXAMPLE.read_text(encoding="utf-8"), source=str(EXAMPLE))])


# -- real SPARQL servers (tests/servers.py), one per test module that asks -------------------------------------
@pytest.fixture(scope="module")
def oxigraph_server(tmp_path_factory):
    from servers import OxigraphServer

    server = OxigraphServer(tmp_path_factory.mktemp("oxigraph-server"))
    yield server
    server.stop()


@pytest.fixture(scope="module")
def virtuoso_server(tmp_path_factory):
    from servers import VirtuosoServer

    server = VirtuosoServer(tmp_path_factory.mktemp("virtuoso"))
    yield server
    server.stop()
