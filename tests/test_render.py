"""kg render: RDF -> networkx (kg.network) -> one offline HTML page (kg.render).

Unit tests build graphs in code (no spaCy model). Browser tests drive Debian's chromium with
Playwright and are skipped when either is missing (pip: playwright; apt: chromium).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kg.errors import RenderError
from kg.graph import KnowledgeGraph
from kg.namespace import KG
from kg.network import find_nodes, select, to_networkx
from kg.render import page_data, render, script_json

from kgcli import run_kg
from kggraphs import ent, make_graph

XSS = [
    '<img src=x onerror="window.__xss=1">',
    "</script><script>window.__xss=1</script>",
    '"><svg onload="window.__xss=1">',
]


@pytest.fixture(scope="module")
def small() -> KnowledgeGraph:
    return make_graph(
        {"acme": (KG.Organization, ["Acme Corp", "Acme"]), "jane": (KG.Person, ["Jane Doe", "Doe"]),
         "rocket": (KG.Product, ["Rocket"]), "paris": (KG.Place, ["Paris"]), "lone": (KG.Event, ["Lone Fair"]),
         "bolt": (KG.AIModel, ["Bolt-1"])},
        [("jane", KG.ceoOf, "acme", "Jane Doe is the CEO of Acme."),
         ("acme", KG.develops, "rocket", "Acme makes the Rocket."),
         ("acme", KG.basedIn, "paris", "Acme is based in Paris."),
         ("acme", KG.develops, "bolt", "Acme built Bolt-1.")],
        [{"investor": "acme", "value": "2500000000", "currency": "USD", "target": "rocket",
          "sentence": "Acme will invest $2.5 billion in the Rocket."}])


@pytest.fixture(scope="module")
def xss_graph() -> KnowledgeGraph:
    entities = {f"x{i}": (KG.Organization, [p]) for i, p in enumerate(XSS)}
    entities["ok"] = (KG.Person, ["Plain Person"])
    facts = [("ok", KG.worksFor, f"x{i}", f"Plain Person works for {p}.") for i, p in enumerate(XSS)]
    return make_graph(entities, facts)


def synthetic(n: int, seed: int = 1) -> KnowledgeGraph:
    """n entities in a scale-free shape (for the layout path)."""
    import random

    rnd = random.Random(seed)
    classes = [KG.Organization, KG.Person, KG.Product, KG.Place]
    entities = {f"e{i}": (classes[i % 4], [f"Entity {i}"]) for i in range(n)}
    facts = [(f"e{i}", KG.locatedIn, f"e{rnd.randrange(i)}", f"Entity {i} is near entity.") for i in range(1, n)]
    return make_graph(entities, facts)


def entity_count(kg: KnowledgeGraph) -> int:
    q = "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { { ?e kg:mentionedIn ?d } UNION { ?e a kg:Investment } }"
    return int(kg.query(q).rows[0][0])


def embedded(page: str) -> dict:
    m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    assert m
    return json.loads(m.group(1))


# -- kg.network --------------------------------------------------------------------------------
def test_network_nodes_edges_and_attributes(small):
    G = to_networkx(small)
    assert len(G) == entity_count(small) == 7
    acme = G.nodes[str(ent("acme"))]
    assert acme["cls"] == str(KG.Organization) and acme["cls_label"] == "organization"
    assert acme["names"] == ["Acme Corp", "Acme"] and acme["label"] == "Acme Corp"
    assert "Jane Doe is the CEO of Acme." in acme["sentences"]
    edge = G.get_edge_data(str(ent("jane")), str(ent("acme")))[str(KG.ceoOf)]
    assert edge["label"] == "CEO of" and edge["sentences"] == ["Jane Doe is the CEO of Acme."]
    assert edge["confidence"] == pytest.approx(0.9)
    inv = [d for _, d in G.nodes(data=True) if d["kind"] == "investment"]
    assert len(inv) == 1 and inv[0]["label"] == "2.5 billion USD"
    assert inv[0]["sentences"] == ["Acme will invest $2.5 billion in the Rocket."]
    # no literal, document, evidence or amount node
    assert all(d["kind"] in ("entity", "investment") for _, d in G.nodes(data=True))
    assert not any("/doc/" in n or "/evidence/" in n or n.endswith("/amount") for n in G)


def test_find_nodes_any_name_case_insensitive(small):
    G = to_networkx(small)
    assert find_nodes(G, "acme") == [str(ent("acme"))]
    assert find_nodes(G, "DOE") == [str(ent("jane"))]
    with pytest.raises(RenderError, match="close names: 'Acme'"):
        find_nodes(G, "acmee")


def test_select_focus_depth_classes_max_nodes(small):
    G = to_networkx(small)
    assert set(select(G, focus="Jane Doe", depth=0)) == {str(ent("jane"))}
    assert set(select(G, focus="Jane Doe", depth=1)) == {str(ent("jane")), str(ent("acme"))}
    assert str(ent("rocket")) in select(G, focus="jane doe", depth=2)
    only = select(G, classes=["organization", "Person"])
    assert {d["cls"] for _, d in only.nodes(data=True)} == {str(KG.Organization), str(KG.Person)}
    assert len(only) == 2 and only.number_of_edges() == 1
    top = select(G, max_nodes=1)
    assert list(top) == [str(ent("acme"))]  # the hub has the highest PageRank
    with pytest.raises(RenderError, match="classes present"):
        select(G, classes=["Spaceship"])
    with pytest.raises(RenderError, match="no entity named"):
        select(G, focus="Nobody")


def test_agent_class_keeps_subclasses(small):
    G = to_networkx(small)
    assert {d["cls"] for _, d in select(G, classes=["Agent"]).nodes(data=True)} == {str(KG.Organization), str(KG.Person)}


# -- kg.render: the page ------------------------------------------------------------------------
def test_page_has_no_external_reference(small, tmp_path):
    page, G = render(small, tmp_path / "g.html")
    assert (tmp_path / "g.html").read_text(encoding="utf-8") == page
    attrs = re.findall(r"""\b(?:src|href|action|srcset|poster|data)\s*=\s*["']?\s*([^"'\s>)]+)""", page, re.I)
    assert not [a for a in attrs if re.match(r"(?:https?:)?//", a, re.I)], attrs
    assert not re.search(r"<(?:link|iframe|img|object|embed)\b", page, re.I)
    assert not re.search(r"<script[^>]*\bsrc\s*=", page, re.I)
    assert not re.search(r"""url\(\s*["']?(?:https?:)?//""", page, re.I)
    assert not re.search(r"@import", page)
    assert "cdn" not in page and "node_modules" not in page and "jsdelivr" not in page.lower()
    assert "default-src 'none'" in page  # the CSP forbids any request


def test_node_count_equals_entity_count(small):
    page, G = render(small)
    data = embedded(page)
    assert len(data["nodes"]) == len(G) == entity_count(small)
    assert len(data["edges"]) == G.number_of_edges() == 4 + 2  # four facts, investor and target edges
    assert data["physics"] is True and "x" in data["nodes"][0]  # a start for the physics
    labels = {data["properties"][e["p"]]["label"] for e in data["edges"]}
    assert {"CEO of", "develops", "based in", "investor", "target"} <= labels
    legend = {c["name"]: c for c in data["classes"]}
    assert legend["Organization"]["count"] == 1 and legend["Investment"]["shape"] == "box"


def test_xss_names_are_escaped(xss_graph):
    page, _ = render(xss_graph)
    for payload in XSS:
        assert payload not in page
    assert "<img" not in page and "<svg" not in page.lower()
    assert page.lower().count("</script") == 3  # data, vis-network, app: nothing closes a script early
    data = embedded(page)
    names = {n["l"] for n in data["nodes"]}
    assert set(XSS) <= names  # the payloads are still there, as text
    assert all(s.startswith("Plain Person works for ") for s in data["sentences"])
    assert "innerHTML" not in page.split('id="kg-data"')[1].split("</script>", 2)[2]  # the app script


def test_script_json_escapes_markup():
    text = script_json({"a": "</script><b>&\u2028"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == {"a": "</script><b>&\u2028"}


def test_large_graph_is_laid_out_in_python():
    kg = synthetic(400)
    G = to_networkx(kg)
    data = page_data(G)
    assert len(data["nodes"]) == 400 and data["physics"] is False
    xs = [n["x"] for n in data["nodes"]]
    assert all("x" in n and "y" in n for n in data["nodes"]) and max(xs) - min(xs) > 500


@pytest.mark.slow
def test_render_does_not_import_spacy(tmp_path):
    code = ("import sys\nfrom kg.cli import main\n"
            f"try:\n    main(['render', {str(tmp_path / 'g.ttl')!r}, '-o', {str(tmp_path / 'g.html')!r}])\n"
            "except SystemExit as e:\n    assert not e.code, e.code\n"
            "assert 'spacy' not in sys.modules, 'spaCy was imported'\n")
    make_graph({"a": (KG.Organization, ["A"])}, []).serialize(tmp_path / "g.ttl")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).resolve().parent.parent)
    assert (tmp_path / "g.html").is_file()


def test_cli_render_and_errors(small, tmp_path, capsys):
    from kg.cli import main

    small.serialize(tmp_path / "g.ttl")
    main(["render", str(tmp_path / "g.ttl"), "-o", str(tmp_path / "g.html"), "--focus", "acme", "--depth", "1"])
    assert "drew 6 nodes" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:
        main(["render", str(tmp_path / "g.ttl"), "-o", str(tmp_path / "h.html"), "--focus", "Jane Do"])
    assert exc.value.code == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no entity named 'Jane Do'" in err and "'Jane Doe'" in err
    assert not (tmp_path / "h.html").exists()
    with pytest.raises(SystemExit):
        main(["render", str(tmp_path / "g.ttl"), "-o", str(tmp_path / "h.html"), "--classes", "Person,Nope"])
    assert "no class 'Nope'" in capsys.readouterr().err


def test_example_article_renders(example_graph):
    page, G = render(example_graph)
    assert len(G) == entity_count(example_graph) == len(embedded(page)["nodes"])


# -- in a browser ----------------------------------------------------------------------------------
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


@pytest.fixture(scope="module")
def browser():
    playwright = pytest.importorskip("playwright.sync_api", reason="pip install playwright for browser tests")
    if not Path(CHROMIUM).is_file():
        pytest.skip("chromium is not installed (apt-get install chromium) for browser tests")
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


class Page:
    """A page opened offline: every request that is not file: or data: is aborted and recorded."""

    def __init__(self, browser, path: Path):
        self.page = browser.new_page(viewport={"width": 1200, "height": 800})
        self.errors: list[str] = []
        self.failed: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("requestfailed", lambda r: self.failed.append(r.url))
        self.page.on("dialog", lambda d: (self.errors.append("dialog: " + d.message), d.dismiss()))

        def route(r):
            if r.request.url.startswith(("file:", "data:")):
                r.continue_()
            else:
                self.failed.append(r.request.url)
                r.abort()

        self.page.route("**/*", route)
        self.page.goto(path.as_uri())
        self.page.wait_for_function("window.kgReady === true", timeout=30000)

    def node_point(self, index: int) -> tuple[float, float]:
        box = self.page.locator("#kg-canvas").bounding_box()
        p = self.page.evaluate(f"(() => {{ const n = window.kgNetwork; const q = n.getPositions([{index}])[{index}];"
                               f" return n.canvasToDOM(q); }})()")
        return box["x"] + p["x"], box["y"] + p["y"]


def test_browser_offline_load_and_node_count(browser, small, tmp_path):
    render(small, tmp_path / "g.html")
    pg = Page(browser, tmp_path / "g.html")
    assert pg.page.evaluate("window.kgNodes.length") == entity_count(small)
    assert pg.page.evaluate("window.kgEdges.length") == 6
    assert pg.failed == [] and pg.errors == []
    pg.page.close()


def test_browser_large_graph_offline(browser, tmp_path):
    kg = synthetic(600)
    render(kg, tmp_path / "big.html")
    pg = Page(browser, tmp_path / "big.html")
    assert pg.page.evaluate("window.kgNodes.length") == 600
    assert pg.failed == [] and pg.errors == []
    pg.page.close()


def test_browser_xss_payload_never_runs(browser, xss_graph, tmp_path):
    page, G = render(xss_graph, tmp_path / "x.html")
    data = embedded(page)
    pg = Page(browser, tmp_path / "x.html")
    for payload in XSS:
        i = next(k for k, n in enumerate(data["nodes"]) if n["l"] == payload)
        pg.page.evaluate(f"window.kgNetwork.moveTo({{position: window.kgNetwork.getPositions([{i}])[{i}], scale: 1.5}})")
        x, y = pg.node_point(i)
        pg.page.mouse.move(x, y)
        pg.page.wait_for_timeout(250)
        assert payload in pg.page.inner_text("#kg-tip")  # shown as text on hover
        pg.page.mouse.click(x, y)
        pg.page.wait_for_timeout(100)
        assert payload in pg.page.inner_text("#kg-details")  # and on click
    # click an edge: its sentence is shown as text
    pg.page.evaluate("window.kgNetwork.fit()")
    pg.page.evaluate("(() => { const n = window.kgNetwork; n.selectEdges([0]); })()")
    edge = data["edges"][0]
    (x1, y1), (x2, y2) = pg.node_point(edge["f"]), pg.node_point(edge["t"])
    pg.page.mouse.click((x1 + x2) / 2, (y1 + y2) / 2)
    pg.page.wait_for_timeout(100)
    assert "Plain Person works for " in pg.page.inner_text("#kg-details")
    assert pg.page.evaluate("window.__xss") is None
    assert pg.page.evaluate("document.querySelectorAll('#kg-side img, #kg-tip img, #kg-side svg, #kg-tip svg').length") == 0
    assert pg.errors == [] and pg.failed == []
    pg.page.close()


def test_browser_search_focuses_node_and_class_filter(browser, small, tmp_path):
    page, _ = render(small, tmp_path / "g.html")
    data = embedded(page)
    pg = Page(browser, tmp_path / "g.html")
    jane = next(k for k, n in enumerate(data["nodes"]) if n["l"] == "Jane Doe")
    pg.page.fill("#kg-search", "doe")  # an alternative name, lower case
    pg.page.press("#kg-search", "Enter")
    pg.page.wait_for_timeout(600)
    assert pg.page.evaluate("window.kgNetwork.getSelectedNodes()") == [jane]
    assert "Jane Doe is the CEO of Acme." in pg.page.inner_text("#kg-details")
    view = pg.page.evaluate("window.kgNetwork.getViewPosition()")
    pos = pg.page.evaluate(f"window.kgNetwork.getPositions([{jane}])[{jane}]")
    assert abs(view["x"] - pos["x"]) < 5 and abs(view["y"] - pos["y"]) < 5  # centred on the node
    pg.page.fill("#kg-search", "no such thing")
    pg.page.press("#kg-search", "Enter")
    assert pg.page.inner_text("#kg-search-msg") == "not found"
    # class filter: hide persons
    pg.page.uncheck('#kg-legend input[data-cls="Person"]')
    drawn = pg.page.evaluate("window.kgNetwork.body.nodeIndices.length")  # nodes the network draws
    assert drawn == len(data["nodes"]) - 1
    assert pg.errors == [] and pg.failed == []
    pg.page.close()


def test_static_pictures(tmp_path):
    """--format png|svg (or the suffix) writes a picture with matplotlib instead of a page."""
    from kg.graph import KnowledgeGraph
    from rdflib import RDF, RDFS, Literal, URIRef
    from kg.namespace import KG

    kg = KnowledgeGraph()
    a, b = URIRef("https://w3id.org/kg/id/entity/a"), URIRef("https://w3id.org/kg/id/entity/b")
    kg.graph.add((a, RDF.type, KG.Person))
    kg.graph.add((a, RDFS.label, Literal("<script>x</script> Ann")))
    kg.graph.add((b, RDF.type, KG.Organization))
    kg.graph.add((b, RDFS.label, Literal("Acme")))
    kg.graph.add((a, KG.worksFor, b))
    src = tmp_path / "g.ttl"
    kg.serialize(src)
    png, svg = tmp_path / "g.png", tmp_path / "pic.out"
    for args in (["-o", str(png)], ["-o", str(svg), "--format", "svg"]):
        p = run_kg("render", str(src), *args)
        assert p.code == 0, p.err
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    text = svg.read_text(encoding="utf-8")
    assert text.lstrip().startswith("<?xml") and "<svg" in text and "<script>" not in text


# -- the view of a real graph: unconnected nodes, readable edge labels, the static picture's legend ----------
def scattered(isolated: int = 60) -> KnowledgeGraph:
    """A connected part of 8 entities and ``isolated`` entities with no fact, as many articles give."""
    entities = {f"c{i}": ([KG.Organization, KG.Person][i % 2], [f"Linked {i}"]) for i in range(8)}
    entities.update({f"u{i}": (KG.Place, [f"Lonely {i}"]) for i in range(isolated)})
    facts = [(f"c{i}", KG.worksFor if i % 2 else KG.basedIn, f"c{i - 1}", f"Linked {i} and linked {i - 1}.")
             for i in range(1, 8)]
    return make_graph(entities, facts)


def test_page_data_marks_unconnected_nodes_and_hides_them_above_a_size(small):
    data = page_data(to_networkx(scattered()))
    assert data["isolated"] == 60 and data["hideIsolated"] is True
    assert sum(1 for n in data["nodes"] if n.get("u")) == 60
    small_data = page_data(to_networkx(small))  # 7 nodes, one unconnected: all shown
    assert small_data["isolated"] == 1 and small_data["hideIsolated"] is False


def test_browser_unconnected_nodes_hidden_with_toggle_and_view_fits_connected_part(browser, tmp_path):
    render(scattered(), tmp_path / "s.html")
    pg = Page(browser, tmp_path / "s.html")
    pg.page.wait_for_function("window.kgFitted >= 1", timeout=30000)
    assert pg.page.evaluate("window.kgNetwork.body.nodeIndices.length") == 8
    assert pg.page.inner_text("#kg-stats") == "68 nodes, 7 edges (60 unconnected, hidden)"
    assert pg.page.is_visible("#kg-iso") and pg.page.inner_text("#kg-iso").strip() == "show 60 unconnected"
    # edge labels readable at the default zoom: 13 px labels drawn at 9 px or more
    assert pg.page.evaluate("window.kgNetwork.getScale()") * 13 >= 9
    # every connected node is inside the canvas
    box = pg.page.locator("#kg-canvas").bounding_box()
    for i in range(8):
        x, y = pg.node_point(i)
        assert box["x"] <= x <= box["x"] + box["width"] and box["y"] <= y <= box["y"] + box["height"]
    pg.page.check("#kg-iso-box")
    pg.page.wait_for_function("window.kgNetwork.body.nodeIndices.length === 68", timeout=10000)
    assert pg.page.inner_text("#kg-stats") == "68 nodes, 7 edges (60 unconnected)"
    assert pg.page.evaluate("window.kgNetwork.getScale()") * 13 >= 9  # still fitted to the connected part
    pg.page.uncheck("#kg-iso-box")
    pg.page.wait_for_function("window.kgNetwork.body.nodeIndices.length === 8", timeout=10000)
    # searching a hidden node shows the unconnected ones
    pg.page.fill("#kg-search", "Lonely 3")
    pg.page.press("#kg-search", "Enter")
    pg.page.wait_for_function("window.kgNetwork.body.nodeIndices.length === 68", timeout=10000)
    assert pg.errors == [] and pg.failed == []
    pg.page.close()


def test_static_picture_has_a_legend_and_names_below_the_markers(tmp_path):
    small_graph = make_graph({"acme": (KG.Organization, ["Acme Corp"]), "jane": (KG.Person, ["Jane Doe"]),
                              "ada": (KG.Person, ["Ada Brook"])},
                             [("jane", KG.ceoOf, "acme", "Jane Doe is the CEO of Acme."),
                              ("ada", KG.worksFor, "acme", "Ada Brook works for Acme.")])
    out = tmp_path / "g.svg"
    render(small_graph, out)
    svg = out.read_text(encoding="utf-8")
    texts = re.findall(r"<text[^>]*>([^<]*)</text>", svg)
    assert "Classes" in texts and "person (2)" in texts and "organization (1)" in texts  # the classes' rdfs:label
    # each name is drawn below its marker: the top of the text is under the marker's centre plus its radius
    markers = [(float(x), float(y)) for x, y in re.findall(r'<use xlink:href="#[^"]+" x="([\d.]+)" y="([\d.]+)"', svg)]
    labels = {m.group(3): (float(m.group(1)), float(m.group(2)))
              for m in re.finditer(r'<g id="kg-label-\d+">\s*<text[^>]*x="([\d.]+)" y="([\d.]+)"[^>]*>([^<]*)</text>', svg)}
    assert set(labels) == {"Acme Corp", "Jane Doe", "Ada Brook"}, labels
    for name, (x, y) in labels.items():
        mx, my = min((m for m in markers if abs(m[0] - x) < 2), key=lambda m: abs(m[1] - y))
        assert y - 0.8 * 8 > my + 8.5, (name, y, my)  # the text's top (baseline less its 8 px font's ascent) is
        # below the marker (radius 8.7 px), not over it
