"""Drawing a kg graph as one self-contained, offline HTML page (vis-network, as bundled by pyvis).

The page links nothing: the vis-network script and stylesheet that the pyvis package ships are
inlined, the graph is embedded as JSON escaped for a ``<script>`` element, and a Content-Security-Policy
lets only the page's own scripts (by hash) run and no request leave the page. Every text that came
from a document is put on the page with ``textContent``, never parsed as HTML.

The layout is computed here (igraph's Fruchterman-Reingold when installed, else networkx). Up to
``LAYOUT_THRESHOLD`` nodes vis-network's physics starts from it and stays on (nodes can be dragged
about); above, physics is off and the positions are final, so pages of thousands of nodes open in seconds.

Does not import spaCy.
"""

from __future__ import annotations

import base64
import colorsys
import hashlib
import html
import json
import math
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx

from .files import atomic_write
from .errors import RenderError
from .network import local_name, select, to_networkx

#: Above this many nodes the layout is computed in Python and physics is off.
LAYOUT_THRESHOLD = 300
#: Above this many nodes, nodes without any edge are hidden at first (a toggle shows them, with their count).
HIDE_ISOLATED_ABOVE = 40
#: Above this many edges, edges are hidden while dragging or zooming.
LIGHT_EDGES_THRESHOLD = 1500
VIS_VERSION = "vis-9.1.2"

#: Colour and vis-network shape of the core classes (by local name); other classes derive theirs
#: from their nearest styled ancestor (same shape, shifted hue) or from a hash of their IRI.
CLASS_STYLES: dict[str, tuple[str, str]] = {
    "Organization": ("#4e79a7", "square"),
    "Person": ("#f28e2b", "dot"),
    "Product": ("#59a14f", "triangle"),
    "AIModel": ("#b07aa1", "hexagon"),
    "Place": ("#9c755f", "diamond"),
    "Event": ("#e15759", "star"),
    "Investment": ("#edc948", "box"),
    "Agent": ("#76b7b2", "dot"),
    "Entity": ("#bab0ac", "dot"),
}


def _hue_shift(colour: str, seed: str) -> str:
    r, g, b = (int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5))
    h, l, s = colorsys.rgb_to_hls(r, g, b)
    shift = (int(hashlib.sha1(seed.encode()).hexdigest()[:4], 16) % 60 - 30) / 360
    r, g, b = colorsys.hls_to_rgb((h + shift) % 1.0, min(0.75, max(0.3, l + 0.1)), s)
    return "#{:02x}{:02x}{:02x}".format(*(round(c * 255) for c in (r, g, b)))


def class_style(cls: str, ancestors: Iterable[str] = ()) -> tuple[str, str]:
    """(colour "#rrggbb", vis shape) for a class IRI, given its ancestors nearest first or in any order."""
    name = local_name(cls)
    if name in CLASS_STYLES:
        return CLASS_STYLES[name]
    styled = [a for a in ancestors if local_name(a) in CLASS_STYLES and local_name(a) not in ("Entity", "Agent")]
    styled = styled or [a for a in ancestors if local_name(a) in CLASS_STYLES]
    if styled:
        colour, shape = CLASS_STYLES[local_name(styled[0])]
        return _hue_shift(colour, cls), shape
    hue = int(hashlib.sha1(cls.encode()).hexdigest()[:4], 16) / 0xFFFF
    r, g, b = colorsys.hls_to_rgb(hue, 0.55, 0.55)
    return "#{:02x}{:02x}{:02x}".format(round(r * 255), round(g * 255), round(b * 255)), "dot"


# -- layout ---------------------------------------------------------------------------------------
def compute_layout(G: nx.MultiDiGraph, seed: int = 7) -> dict[Any, tuple[float, float]]:
    """Node positions in screen pixels (about 70 px between neighbours), for pages with physics off."""
    nodes = list(G)
    n = len(nodes)
    if n == 0:
        return {}
    index = {v: i for i, v in enumerate(nodes)}
    pairs = sorted({(min(index[a], index[b]), max(index[a], index[b])) for a, b in G.edges() if a != b})
    try:
        import igraph  # grid Fruchterman-Reingold in C: 10,000 nodes in about a second

        ig = igraph.Graph(n=n, edges=pairs)
        coords = [tuple(p) for p in ig.layout_fruchterman_reingold(niter=500, grid=n > 200, seed=None)]
    except ImportError:
        simple = nx.Graph()
        simple.add_nodes_from(range(n))
        simple.add_edges_from(pairs)
        pos = nx.spring_layout(simple, seed=seed, iterations=50 if n <= 2000 else 20, method="force")
        coords = [tuple(pos[i]) for i in range(n)]
    xs = [c[0] for c in coords]
    ys = [c[1] for c in coords]
    span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    side = 70.0 * math.sqrt(n) + 100
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    return {v: ((x - cx) / span * side, (y - cy) / span * side) for v, (x, y) in zip(nodes, coords)}


# -- the page ---------------------------------------------------------------------------------------
def _vis_asset(name: str) -> str:
    base = resources.files("pyvis").joinpath("templates", "lib", VIS_VERSION)
    path = base.joinpath(name)
    if not path.is_file():
        raise RenderError(f"pyvis does not ship {VIS_VERSION}/{name}; reinstall pyvis (pip install 'pyvis>=0.3.2')")
    return path.read_text(encoding="utf-8")


def script_json(data: Any) -> str:
    """JSON safe inside an HTML ``<script>`` element: no '<', '>' or '&' (so no '</script>'), no U+2028/9."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for char, esc in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, esc)
    return text


def page_data(G: nx.MultiDiGraph, *, title: str = "kg graph", layout: bool | None = None) -> dict[str, Any]:
    """The compact JSON the page reads: class and property tables, nodes, edges, a shared sentence table."""
    if layout is None:
        layout = len(G) > LAYOUT_THRESHOLD
    positions = compute_layout(G)  # small graphs: the start that physics polishes; large ones: the layout
    class_labels: dict[str, str] = dict(G.graph.get("class_labels", {}))
    ancestors: dict[str, list[str]] = G.graph.get("class_ancestors", {})
    counts: dict[str, int] = {}
    for _, d in G.nodes(data=True):
        counts[d["cls"]] = counts.get(d["cls"], 0) + 1
    class_list = sorted(counts, key=lambda c: (-counts[c], class_labels.get(c, local_name(c))))
    class_index = {c: i for i, c in enumerate(class_list)}
    classes = []
    for c in class_list:
        colour, shape = class_style(c, ancestors.get(c, ()))
        classes.append({"iri": c, "name": local_name(c), "label": class_labels.get(c, local_name(c)),
                        "color": colour, "shape": shape, "count": counts[c]})

    sentences: dict[str, int] = {}

    def sid(items: Iterable[str]) -> list[int]:
        return [sentences.setdefault(s, len(sentences)) for s in items]

    documents: dict[str, int] = {}
    node_index = {v: i for i, v in enumerate(G)}
    degree = dict(G.degree())
    nodes = []
    for v, d in G.nodes(data=True):
        item: dict[str, Any] = {"l": d.get("label", local_name(v)), "c": class_index[d["cls"]], "i": v,
                                "n": d.get("names", []), "s": sid(d.get("sentences", ())),
                                "d": [documents.setdefault(x, len(documents)) for x in d.get("documents", ())],
                                "z": round(10 + 3 * math.sqrt(degree.get(v, 0)), 1)}
        extra = {k: d[k] for k in ("amount", "period", "target_text", "description") if d.get(k)}
        if extra:
            item["e"] = extra
        if v in positions:
            item["x"], item["y"] = round(positions[v][0], 1), round(positions[v][1], 1)
        if not degree.get(v, 0):
            item["u"] = 1  # unconnected
        nodes.append(item)
    props: dict[str, int] = {}
    prop_list: list[dict[str, str]] = []
    edges = []
    for s, o, k, d in G.edges(keys=True, data=True):
        p = d.get("predicate", k)
        if p not in props:
            props[p] = len(prop_list)
            prop_list.append({"iri": p, "label": d.get("label", local_name(p))})
        edge: dict[str, Any] = {"f": node_index[s], "t": node_index[o], "p": props[p], "s": sid(d.get("sentences", ()))}
        if d.get("confidence") is not None:
            edge["k"] = d["confidence"]
        edges.append(edge)
    isolated = sum(1 for n in nodes if n.get("u"))
    return {"title": title, "physics": not layout, "classes": classes, "properties": prop_list, "nodes": nodes,
            "edges": edges, "sentences": list(sentences), "documents": list(documents),
            "lightEdges": len(edges) > LIGHT_EDGES_THRESHOLD, "isolated": isolated,
            "hideIsolated": isolated > 0 and isolated < len(nodes) and len(nodes) > HIDE_ISOLATED_ABOVE}


def _csp_hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode() + "'"


def render_html(G: nx.MultiDiGraph, *, title: str = "kg graph", layout: bool | None = None) -> str:
    """The page for a networkx graph made by :func:`kg.network.to_networkx` (or :func:`~kg.network.select`)."""
    data = page_data(G, title=title, layout=layout)
    vis_js = _vis_asset("vis-network.min.js")
    vis_css = _vis_asset("vis-network.css")
    for text, what in ((vis_js, "script"), (vis_css, "style")):
        if f"</{what}" in text.lower():
            raise RenderError(f"the bundled vis-network {what} cannot be inlined safely")
    app_js = _APP_JS
    csp = ("default-src 'none'; "
           f"script-src {_csp_hash(vis_js)} {_csp_hash(app_js)}; "
           "style-src 'unsafe-inline'; img-src data:; font-src data:; connect-src 'none'; "
           "form-action 'none'; base-uri 'none'")
    return (_PAGE
            .replace("@@CSP@@", html.escape(csp, quote=False).replace('"', "&quot;"))
            .replace("@@TITLE@@", html.escape(title))
            .replace("@@VIS_CSS@@", vis_css)
            .replace("@@DATA@@", script_json(data))
            .replace("@@VIS_JS@@", vis_js)
            .replace("@@APP_JS@@", app_js))


def write_html(text: str, path: str | Path) -> None:
    """Write a page atomically (a temporary file beside the target, then renamed)."""
    with atomic_write(path, error=RenderError) as fh:
        fh.write(text)


#: Static picture formats (matplotlib), chosen by --format or the output's suffix.
STATIC_FORMATS = ("png", "svg")
#: Marker area in points squared (matplotlib's node_size) in static pictures.
NODE_SIZE = 300
_MPL_MARKERS = {"dot": "o", "square": "s", "triangle": "^", "diamond": "D", "star": "*", "hexagon": "h",
                "triangleDown": "v", "box": "s", "ellipse": "o"}


def render_static(G: nx.MultiDiGraph, output: str | Path, fmt: str, *, title: str = "") -> None:
    """Draw the graph as a PNG or SVG picture (for reports and READMEs): same layout, colours and shapes as the page."""
    if fmt not in STATIC_FORMATS:
        raise RenderError(f"unknown picture format {fmt!r}; choose one of: {', '.join(STATIC_FORMATS)}")
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError as exc:
        raise RenderError("PNG and SVG need matplotlib: pip install matplotlib") from exc
    from matplotlib.lines import Line2D

    positions = compute_layout(G)
    ancestors = G.graph.get("class_ancestors", {})
    class_labels = G.graph.get("class_labels", {})
    size = min(24.0, 6.0 + len(G) ** 0.5)
    fig, ax = plt.subplots(figsize=(size * 1.4, size))
    try:
        ax.set_axis_off()
        if title:
            ax.set_title(title)
        simple = nx.DiGraph()
        simple.add_nodes_from(G.nodes(data=True))
        for u, v, d in G.edges(data=True):
            label = d.get("label", "")
            if simple.has_edge(u, v):
                simple[u][v]["label"] += ", " + label
            else:
                simple.add_edge(u, v, label=label)
        nx.draw_networkx_edges(simple, positions, ax=ax, edge_color="#999999", arrows=True, arrowsize=10,
                               node_size=NODE_SIZE)
        if len(G) <= 300:
            nx.draw_networkx_edge_labels(simple, positions, ax=ax, font_size=7, font_color="#555555",
                                         edge_labels={(u, v): d["label"] for u, v, d in simple.edges(data=True)})
        by_class: dict[str, list[Any]] = {}
        for n, d in G.nodes(data=True):
            by_class.setdefault(d["cls"], []).append(n)
        handles = []
        for cls, nodes in sorted(by_class.items(), key=lambda item: (-len(item[1]), class_labels.get(item[0], local_name(item[0])))):
            colour, shape = class_style(cls, ancestors.get(cls, ()))
            marker = _MPL_MARKERS.get(shape, "o")
            nx.draw_networkx_nodes(G, positions, nodelist=nodes, node_color=colour, node_shape=marker,
                                   node_size=NODE_SIZE, ax=ax, edgecolors="#333333", linewidths=0.5)
            handles.append(Line2D([], [], linestyle="none", marker=marker, markersize=9, markerfacecolor=colour,
                                  markeredgecolor="#333333", markeredgewidth=0.5,
                                  label=f"{class_labels.get(cls, local_name(cls))} ({len(nodes)})"))
        if len(G) <= 300:  # each name below its marker (offset by the marker's radius), never over it
            below = -(NODE_SIZE ** 0.5) / 2 - 2
            for n, d in G.nodes(data=True):
                ax.annotate(d.get("label", ""), xy=positions[n], xytext=(0, below), textcoords="offset points",
                            ha="center", va="top", fontsize=8, gid=f"kg-label-{len(ax.texts)}")
        if handles:
            ax.legend(handles=handles, title="Classes", loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False,
                      fontsize=9)
        with matplotlib.rc_context({"svg.fonttype": "none"}):  # SVG text stays text: searchable, selectable
            fig.savefig(str(output), format=fmt, bbox_inches="tight", dpi=120)
    finally:
        plt.close(fig)


def render(graph: Any, output: str | Path | None = None, *, focus: str | None = None, depth: int = 2,
           max_nodes: int | None = None, classes: Iterable[str] | None = None,
           ontology: Iterable[str | Path] = (), title: str | None = None,
           format: str | None = None) -> tuple[str, nx.MultiDiGraph]:
    """Render a graph (a KnowledgeGraph, an rdflib Graph, or a path to a graph file) to HTML.

    Returns the page and the networkx graph that was drawn; writes the page to ``output`` if given.
    With ``format`` "png" or "svg" (or an output with that suffix) a static picture is written instead,
    and the returned page is empty.
    """
    from .graph import KnowledgeGraph
    from .ontology import load_ontology_graph

    if isinstance(graph, (str, Path)):
        name = Path(graph).name
        graph = KnowledgeGraph.load(graph)
    else:
        name = "graph"
    full = to_networkx(graph, load_ontology_graph(ontology))
    G = select(full, focus=focus, depth=depth, max_nodes=max_nodes, classes=classes)
    if title is None:
        title = f"{name}: {focus} (depth {depth})" if focus else name
        if len(G) < len(full):
            title += f" ({len(G)} of {len(full)} nodes)"
    fmt = format or (Path(output).suffix.lower().lstrip(".") if output is not None else "html")
    if fmt in STATIC_FORMATS:
        if output is None:
            raise RenderError(f"a {fmt} picture needs an output file")
        render_static(G, output, fmt, title=title)
        return "", G
    page = render_html(G, title=title)
    if output is not None:
        write_html(page, output)
    return page, G


_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="@@CSP@@">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>@@TITLE@@</title>
<style>@@VIS_CSS@@</style>
<style>
html, body { margin: 0; height: 100%; font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #222; }
body { display: flex; flex-direction: column; }
#kg-bar { display: flex; gap: 12px; align-items: center; padding: 6px 10px; border-bottom: 1px solid #ddd; background: #fafafa; flex-wrap: wrap; }
#kg-title { font-weight: 600; margin-right: auto; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; max-width: 40vw; }
#kg-search { width: 240px; padding: 4px 6px; }
#kg-search-msg { color: #a33; min-width: 8em; }
#kg-main { flex: 1; display: flex; min-height: 0; }
#kg-graph { flex: 1; position: relative; min-width: 0; }
#kg-side { width: 320px; border-left: 1px solid #ddd; overflow-y: auto; padding: 8px 10px; background: #fff; }
#kg-legend label { display: flex; align-items: center; gap: 6px; cursor: pointer; padding: 1px 0; }
.kg-swatch { display: inline-block; width: 12px; height: 12px; border-radius: 2px; border: 1px solid rgba(0,0,0,.3); }
.kg-count { color: #777; margin-left: auto; }
#kg-details h3 { margin: 12px 0 4px; font-size: 15px; word-break: break-word; }
#kg-details .kg-k { color: #666; font-size: 12px; text-transform: uppercase; letter-spacing: .04em; margin-top: 8px; }
#kg-details ul { margin: 2px 0; padding-left: 18px; }
#kg-details li { margin: 3px 0; word-break: break-word; }
#kg-tip { position: absolute; display: none; pointer-events: none; max-width: 360px; background: #fff; border: 1px solid #bbb; border-radius: 4px; box-shadow: 0 2px 6px rgba(0,0,0,.2); padding: 6px 8px; font-size: 13px; z-index: 10; word-break: break-word; }
#kg-tip .kg-k { color: #666; font-size: 11px; }
#kg-stats { color: #666; }
</style>
</head>
<body>
<div id="kg-bar">
  <span id="kg-title"></span>
  <span id="kg-stats"></span>
  <label id="kg-iso" hidden><input type="checkbox" id="kg-iso-box"> show <span id="kg-iso-count"></span> unconnected</label>
  <input id="kg-search" type="search" list="kg-names" placeholder="Find an entity by any name" aria-label="Find an entity" autocomplete="off">
  <datalist id="kg-names"></datalist>
  <span id="kg-search-msg" role="status"></span>
</div>
<div id="kg-main">
  <div id="kg-graph"><div id="kg-canvas" style="position:absolute;inset:0"></div><div id="kg-tip"></div></div>
  <div id="kg-side">
    <div class="kg-k">Classes (click to show or hide)</div>
    <div id="kg-legend"></div>
    <div id="kg-details"><p style="color:#777">Hover or click a node or an edge to see its names, type and evidence.</p></div>
  </div>
</div>
<script type="application/json" id="kg-data">@@DATA@@</script>
<script>@@VIS_JS@@</script>
<script>@@APP_JS@@</script>
</body>
</html>
"""

_APP_JS = r"""
(function () {
  "use strict";
  var D = JSON.parse(document.getElementById("kg-data").textContent);
  var byId = function (id) { return document.getElementById(id); };
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  byId("kg-title").textContent = D.title;
  document.title = D.title;
  var hideIsolated = !!D.hideIsolated;
  function stats() {
    byId("kg-stats").textContent = D.nodes.length + " nodes, " + D.edges.length + " edges" +
      (D.isolated ? " (" + D.isolated + " unconnected" + (hideIsolated ? ", hidden)" : ")") : "");
  }
  stats();
  if (D.isolated) {
    byId("kg-iso").hidden = false;
    byId("kg-iso-count").textContent = D.isolated;
    byId("kg-iso-box").checked = !hideIsolated;
  }

  var classes = D.classes, shown = classes.map(function () { return true; });
  var visNodes = D.nodes.map(function (n, i) {
    var c = classes[n.c];
    var node = { id: i, label: n.l, group: n.c, shape: c.shape, size: n.z,
      color: { background: c.color, border: "#333", highlight: { background: c.color, border: "#000" },
               hover: { background: c.color, border: "#000" } } };
    if (c.shape === "box") { node.font = { color: "#222" }; }
    if (n.x !== undefined) { node.x = n.x; node.y = n.y; }
    return node;
  });
  var visEdges = D.edges.map(function (e, i) {
    return { id: i, from: e.f, to: e.t, label: D.properties[e.p].label, arrows: "to" };
  });
  var nodes = new vis.DataSet(visNodes);
  var edges = new vis.DataSet(visEdges);
  var nodesView = new vis.DataView(nodes, { filter: function (n) {
    return shown[n.group] && !(hideIsolated && D.nodes[n.id].u);
  } });
  var big = !D.physics;
  var options = {
    nodes: { font: { size: 14, strokeWidth: 3, strokeColor: "#ffffff" }, borderWidth: 1 },
    edges: { font: { size: 13, align: "middle", color: "#444", strokeWidth: 4, strokeColor: "#ffffff" },
             color: { color: "#9a9a9a", highlight: "#333", hover: "#333" },
             smooth: big ? false : { type: "dynamic" }, width: 1, selectionWidth: 2 },
    interaction: { hover: true, tooltipDelay: 100, hideEdgesOnDrag: D.lightEdges, hideEdgesOnZoom: D.lightEdges,
                   navigationButtons: false, keyboard: false },
    layout: { improvedLayout: false, randomSeed: 7 },
    physics: big ? false : { solver: "forceAtlas2Based", forceAtlas2Based: { gravitationalConstant: -80, springLength: 120 },
                             stabilization: { iterations: 80, fit: false } }
  };
  var network = new vis.Network(byId("kg-canvas"), { nodes: nodesView, edges: edges }, options);
  window.kgNetwork = network; window.kgNodes = nodes; window.kgEdges = edges; window.kgData = D;

  // a graph large enough to hide its unconnected nodes is fitted to its connected part (whether they are shown
  // or not, they do not shrink the view), so that edge labels stay readable; a small one is fitted whole
  function fitConnected() {
    var ids = nodesView.getIds().filter(function (i) { return !D.hideIsolated || !D.nodes[i].u; });
    network.fit({ nodes: ids.length ? ids : nodesView.getIds(), animation: false });
    window.kgFitted = (window.kgFitted || 0) + 1;
  }
  window.kgFitConnected = fitConnected;
  network.on("stabilizationIterationsDone", fitConnected);
  network.once("afterDrawing", function () { fitConnected(); window.kgReady = true; });
  byId("kg-iso-box").addEventListener("change", function () {
    hideIsolated = !byId("kg-iso-box").checked; nodesView.refresh(); stats(); fitConnected();
  });

  // legend and class filter
  var legend = byId("kg-legend");
  classes.forEach(function (c, i) {
    var row = el("label"), box = el("input"), sw = el("span", null, "kg-swatch");
    box.type = "checkbox"; box.checked = true; box.dataset.cls = c.name;
    sw.style.background = c.color;
    if (c.shape === "dot") sw.style.borderRadius = "50%";
    box.addEventListener("change", function () { shown[i] = box.checked; nodesView.refresh(); });
    row.appendChild(box); row.appendChild(sw); row.appendChild(el("span", c.label));
    row.appendChild(el("span", c.count, "kg-count"));
    legend.appendChild(row);
  });

  // details: built as DOM text, never as HTML
  function list(parent, title, items) {
    if (!items || !items.length) return;
    parent.appendChild(el("div", title, "kg-k"));
    var ul = el("ul");
    items.forEach(function (t) { ul.appendChild(el("li", t)); });
    parent.appendChild(ul);
  }
  function sentencesOf(ids) { return (ids || []).map(function (k) { return D.sentences[k]; }); }
  function nodeInfo(i, short) {
    var n = D.nodes[i], c = classes[n.c], box = el("div");
    box.appendChild(el(short ? "strong" : "h3", n.l));
    box.appendChild(el("div", c.label, "kg-k"));
    var extra = n.e || {};
    if (extra.amount) list(box, "Amount", [extra.amount]);
    if (extra.period) list(box, "Period", [extra.period]);
    if (extra.target_text) list(box, "Target", [extra.target_text]);
    if (extra.description && !short) list(box, "Description", [extra.description]);
    list(box, "Names", n.n);
    var sents = sentencesOf(n.s);
    list(box, "Evidence", short && sents.length > 3 ? sents.slice(0, 3).concat(["\u2026 " + (sents.length - 3) + " more"]) : sents);
    if (!short) {
      list(box, "Documents", (n.d || []).map(function (k) { return D.documents[k]; }));
      list(box, "IRI", [n.i]);
    }
    return box;
  }
  function edgeInfo(j, short) {
    var e = D.edges[j], p = D.properties[e.p], box = el("div");
    box.appendChild(el(short ? "strong" : "h3", D.nodes[e.f].l + " \u2192 " + p.label + " \u2192 " + D.nodes[e.t].l));
    box.appendChild(el("div", "property: " + p.label + (e.k !== undefined ? "  \u00b7  confidence " + e.k : ""), "kg-k"));
    list(box, "Evidence", sentencesOf(e.s));
    if (!short) list(box, "Property", [p.iri]);
    return box;
  }
  var details = byId("kg-details"), tip = byId("kg-tip");
  function show(box) { details.replaceChildren(box); }
  function tipAt(box, pointer) {
    tip.replaceChildren(box);
    tip.style.display = "block";
    var w = byId("kg-graph").clientWidth;
    tip.style.left = Math.min(pointer.DOM.x + 14, Math.max(0, w - 370)) + "px";
    tip.style.top = (pointer.DOM.y + 14) + "px";
  }
  function hideTip() { tip.style.display = "none"; }
  network.on("hoverNode", function (p) { tipAt(nodeInfo(p.node, true), p.pointer); });
  network.on("hoverEdge", function (p) { tipAt(edgeInfo(p.edge, true), p.pointer); });
  network.on("blurNode", hideTip);
  network.on("blurEdge", hideTip);
  network.on("dragStart", hideTip);
  network.on("zoom", hideTip);
  network.on("click", function (p) {
    hideTip();
    if (p.nodes.length) show(nodeInfo(p.nodes[0], false));
    else if (p.edges.length) show(edgeInfo(p.edges[0], false));
  });

  // search by any name
  var dl = byId("kg-names"), seen = {};
  D.nodes.forEach(function (n) {
    n.n.forEach(function (name) {
      if (!seen[name]) { seen[name] = 1; var o = document.createElement("option"); o.value = name; dl.appendChild(o); }
    });
  });
  var folded = D.nodes.map(function (n) { return n.n.map(function (x) { return x.toLowerCase(); }); });
  function find(q) {
    q = q.trim().toLowerCase();
    if (!q) return -1;
    var tests = [function (x) { return x === q; }, function (x) { return x.indexOf(q) === 0; },
                 function (x) { return x.indexOf(q) >= 0; }];
    for (var t = 0; t < tests.length; t++) {
      for (var i = 0; i < folded.length; i++) { if (folded[i].some(tests[t])) return i; }
    }
    return -1;
  }
  function focusNode(i) {
    var c = D.nodes[i].c;
    if (hideIsolated && D.nodes[i].u) {  // found among the hidden unconnected nodes: show them
      hideIsolated = false; byId("kg-iso-box").checked = true; nodesView.refresh(); stats();
    }
    if (!shown[c]) {
      shown[c] = true; nodesView.refresh();
      var box = legend.querySelectorAll("input")[c]; if (box) box.checked = true;
    }
    network.selectNodes([i]);
    network.focus(i, { scale: Math.max(network.getScale(), 1.2), animation: big ? false : { duration: 400 } });
    show(nodeInfo(i, false));
    window.kgFocused = i;
  }
  window.kgFind = find; window.kgFocus = focusNode;
  var search = byId("kg-search"), msg = byId("kg-search-msg");
  function runSearch() {
    var i = find(search.value);
    msg.textContent = i < 0 ? (search.value.trim() ? "not found" : "") : "";
    if (i >= 0) focusNode(i);
  }
  search.addEventListener("keydown", function (ev) { if (ev.key === "Enter") { ev.preventDefault(); runSearch(); } });
  search.addEventListener("change", runSearch);
})();
"""


__all__ = ["CLASS_STYLES", "LAYOUT_THRESHOLD", "class_style", "compute_layout", "page_data", "render", "render_html",
           "script_json", "write_html"]
