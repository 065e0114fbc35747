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
