"""Shared fixtures: the real spaCy pipeline is loaded once per test session.

Markers (pyproject.toml): a test using a server fixture gets ``server``, one using the browser ``browser``, and both
``slow``; one using the pipeline's fixtures gets ``model``. ``python -m pytest -m "not slow"`` is the quick check."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "000_76c38209ffc8dee7.txt"
SEED_GOLD = SHARED / "eval" / "seed-gold.jsonl"
EXAMPLE = ROOT / "examples" / "article.txt"


#: fixtures by the marker a test that uses them gets
SERVER_FIXTURES = {"oxigraph_server", "virtuoso_server", "server"}
BROWSER_FIXTURES = {"browser"}
MODEL_FIXTURES = {"builder", "seed_graph", "example_graph"}
#: parameters of fixtures that start a server on request (the store back-ends of the contract tests)
SERVER_PARAMS = {"oxigraph-server", "oxigraph_server", "virtuoso", "virtuoso_server"}


def pytest_collection_modifyitems(config, items):
    for item in items:
        used = set(getattr(item, "fixturenames", ()))
        params = {v for v in getattr(getattr(item, "callspec", None), "params", {}).values() if isinstance(v, str)}
        if used & SERVER_FIXTURES or params & SERVER_PARAMS or item.get_closest_marker("server"):
            item.add_marker(pytest.mark.server)
            item.add_marker(pytest.mark.slow)
        if used & BROWSER_FIXTURES or item.get_closest_marker("browser"):
            item.add_marker(pytest.mark.browser)
            item.add_marker(pytest.mark.slow)
        if used & MODEL_FIXTURES:
            item.add_marker(pytest.mark.model)


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
