"""Benchmark `kg render` against pyvis's defaults on synthetic graphs of 100, 1,000 and 10,000 nodes.

For each size: render time (RDF -> networkx -> HTML), file size, and time until interactive in
headless Chromium (navigation start to the first frame vis-network draws; with physics on, vis draws
once its stabilization is done), with every network request blocked. pyvis is run with its defaults
(physics on, 1,000 stabilization iterations) except cdn_resources="in_line": its default "local"
loads vis-network from a CDN and cannot draw offline at all.

    python benchmarks/render.py [--sizes 100,1000,10000] [--timeout 120]

Needs: pip install playwright pyvis networkx; apt-get install chromium. Prints one markdown table.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

from rdflib import RDF, RDFS, Literal, URIRef

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.graph import KnowledgeGraph  # noqa: E402
from kg.namespace import KG  # noqa: E402
from kg.network import to_networkx  # noqa: E402
from kg.ontology import load_ontology_graph  # noqa: E402
from kg.render import render_html, write_html  # noqa: E402

BASE = "https://w3id.org/kg/id/"
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
CLASSES = [KG.Organization, KG.Person, KG.Product, KG.Place, KG.AIModel, KG.Event]
PROPS = [KG.worksFor, KG.develops, KG.locatedIn, KG.owns, KG.investsIn]

#: Records the first frame vis-network draws (it clears its canvas first), for any page.
HOOK = """
(() => {
  const clear = CanvasRenderingContext2D.prototype.clearRect;
  CanvasRenderingContext2D.prototype.clearRect = function () {
    if (window.__firstDraw === undefined && this.canvas.width > 0) window.__firstDraw = performance.now();
    return clear.apply(this, arguments);
  };
})();
"""


def synthetic(n: int, seed: int = 1) -> KnowledgeGraph:
    """A scale-free news-like graph: n entities, about 1.5 facts each, one evidence sentence per fact."""
    rnd = random.Random(seed)
    kg = KnowledgeGraph()
    g = kg.graph
    doc = URIRef(f"{BASE}doc/bench")
    g.add((doc, RDF.type, KG.Document))
    ents = [URIRef(f"{BASE}entity/e{i}") for i in range(n)]
    for i, e in enumerate(ents):
        g.add((e, RDF.type, CLASSES[i % len(CLASSES)]))
        g.add((e, RDFS.label, Literal(f"Entity {i}")))
        g.add((e, KG.mentionedIn, doc))
    targets: list[int] = [0]
    for i in range(1, n):
        for _ in range(1 if rnd.random() < 0.5 else 2):
            j = rnd.choice(targets)
            p = PROPS[rnd.randrange(len(PROPS))]
            g.add((ents[i], p, ents[j]))
            ev = URIRef(f"{BASE}evidence/{i}-{j}")
            for t in ((RDF.type, KG.Evidence), (RDF.subject, ents[i]), (RDF.predicate, p), (RDF.object, ents[j]),
                      (KG.sentence, Literal(f"Entity {i} and Entity {j} appear together in sentence {i}.")),
                      (KG.document, doc)):
                g.add((ev, *t))
            targets += [i, j]
    return kg


def pyvis_page(kg: KnowledgeGraph, ontology, path: Path) -> float:
    """What a pyvis user writes: Network().from_nx(...) with labels and titles, then write_html."""
    import networkx as nx
    from pyvis.network import Network

    t = time.perf_counter()
    G = to_networkx(kg, ontology)
    simple = nx.DiGraph()
    for v, d in G.nodes(data=True):
        simple.add_node(v, label=d["label"], group=d["cls_label"],
                        title=d["cls_label"] + "\n" + "\n".join(d["names"] + d["sentences"]))
    for s, o, d in G.edges(data=True):
        simple.add_edge(s, o, label=d["label"], title="\n".join(d["sentences"]))
    net = Network(directed=True, cdn_resources="in_line")
    net.from_nx(simple)
    net.write_html(str(path), notebook=False)
    return time.perf_counter() - t


def kg_page(kg: KnowledgeGraph, ontology, path: Path) -> float:
    t = time.perf_counter()
    write_html(render_html(to_networkx(kg, ontology)), path)
    return time.perf_counter() - t


def time_to_interactive(browser, path: Path, timeout: float) -> float | None:
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.add_init_script(HOOK)
    page.route("**/*", lambda r: r.continue_() if r.request.url.startswith(("file:", "data:")) else r.abort())
    try:
        page.goto(path.as_uri(), timeout=timeout * 1000)
        page.wait_for_function("window.__firstDraw !== undefined", timeout=timeout * 1000, polling=50)
        return page.evaluate("window.__firstDraw") / 1000
    except Exception:  # a timeout: report it as such
        return None
    finally:
        page.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="100,1000,10000")
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds to wait for a page to become interactive")
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright

    ontology = load_ontology_graph()
    rows = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for n in (int(s) for s in args.sizes.split(",")):
            kg = synthetic(n)
            edges = to_networkx(kg, ontology).number_of_edges()
            for name, make in (("kg render", kg_page), ("pyvis defaults", pyvis_page)):
                path = Path(tmp) / f"{name.split()[0]}-{n}.html"
                secs = make(kg, ontology, path)
                tti = time_to_interactive(browser, path, args.timeout)
                rows.append((n, edges, name, secs, path.stat().st_size, tti))
                print(f"{n} {name}: {secs:.2f} s, {path.stat().st_size / 1e6:.2f} MB, "
                      f"interactive {'>%.0f' % args.timeout if tti is None else '%.2f' % tti} s", file=sys.stderr)
        browser.close()
    print("| nodes | edges | page | render (s) | file size (MB) | time to interactive (s) |")
    print("| ---: | ---: | --- | ---: | ---: | ---: |")
    for n, edges, name, secs, size, tti in rows:
        shown = f"> {args.timeout:.0f} (timed out)" if tti is None else f"{tti:.2f}"
        print(f"| {n:,} | {edges:,} | {name} | {secs:.2f} | {size / 1e6:.2f} | {shown} |")


if __name__ == "__main__":
    main()
