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

from .errors import RenderError
from .files import atomic_write
from .network import local_name, select, to_networkx
from .sources import open_graph
from .templating import asset, render_template

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
    h, light, s = colorsys.rgb_to_hls(r, g, b)
    shift = (int(hashlib.sha1(seed.encode()).hexdigest()[:4], 16) % 60 - 30) / 360
    r, g, b = colorsys.hls_to_rgb((h + shift) % 1.0, min(0.75, max(0.3, light + 0.1)), s)
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
    base = resources.files("pyvis") / "templates" / "lib" / VIS_VERSION
    path = base.joinpath(name)
    if not path.is_file():
        raise RenderError(f"pyvis does not ship {VIS_VERSION}/{name}; reinstall pyvis (pip install 'pyvis>=0.3.2')")
    return path.read_text(encoding="utf-8")


def script_json(data: Any) -> str:
    """JSON safe inside an HTML ``<script>`` element: no '<', '>' or '&' (so no '</script>'), no U+2028/9."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for char, esc in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"), ("\u2028", "\\u2028"),
                      ("\u2029", "\\u2029")):
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
    app_js = asset("graph.js")
    csp = ("default-src 'none'; "
           f"script-src {_csp_hash(vis_js)} {_csp_hash(app_js)}; "
           "style-src 'unsafe-inline'; img-src data:; font-src data:; connect-src 'none'; "
           "form-action 'none'; base-uri 'none'")
    return render_template("graph.html", title=title, csp=html.escape(csp, quote=False).replace('"', "&quot;"),
                           vis_css=vis_css, vis_js=vis_js, app_js=app_js, data=script_json(data))


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
        def legend_order(item: tuple[str, list[Any]]) -> tuple[int, str]:
            return -len(item[1]), class_labels.get(item[0], local_name(item[0]))

        for cls, nodes in sorted(by_class.items(), key=legend_order):
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
    """Render a graph (a KnowledgeGraph, an rdflib Graph, or a source: :func:`kg.sources.open_graph`) to HTML.

    Returns the page and the networkx graph that was drawn; writes the page to ``output`` if given.
    With ``format`` "png" or "svg" (or an output with that suffix) a static picture is written instead,
    and the returned page is empty.
    """
    from .ontology import load_ontology_graph

    if isinstance(graph, (str, Path)):
        name = Path(graph).name
        with open_graph(graph) as opened:
            full = to_networkx(opened, load_ontology_graph(ontology))
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


__all__ = ["CLASS_STYLES", "LAYOUT_THRESHOLD", "class_style", "compute_layout", "page_data", "render", "render_html",
           "script_json", "write_html"]
