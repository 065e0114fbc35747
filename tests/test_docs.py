"""The README's commands are true: the example command runs and prints the answers."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def sh_blocks() -> list[str]:
    return [b.strip() for b in re.findall(r"```sh\n(.*?)\n```", README, re.S)]


def test_two_commands_come_first():
    blocks = sh_blocks()
    assert blocks[0] == "pip install . && sh examples/run.sh"
    assert blocks[1] == "pip install -e '.[test]' && python -m pytest"


@pytest.mark.slow
def test_example_command_prints_the_answers(tmp_path):
    # the part after the install, as a user runs it
    run = sh_blocks()[0].split("&&", 1)[1].strip()
    p = subprocess.run(run, shell=True, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr
    out = p.stdout
    for answer in ["Amelie Laurent", "Aster", "Parlo", "Veridian Labs", "2500000000", "EUR", "2700000000",
                   "Auvergne-Rhone-Alpes", "Lyon", "France", "title"]:
        assert answer in out, answer


def test_readme_query_examples_parse():
    import kg

    graph = kg.KnowledgeGraph()
    for q in re.findall(r"```sparql\n(.*?)\n```", README, re.S):
        graph.query(q)  # raises QueryError on a syntax error


def test_readme_shows_the_real_help():
    import os
    import sys

    block = re.search(r"```text\n\$ kg --help\n(.*?)\n```", README, re.S)
    assert block, "README has no 'kg --help' block"
    p = subprocess.run([sys.executable, "-m", "kg", "--help"], capture_output=True, text=True,
                       env={**os.environ, "COLUMNS": "80"}, timeout=60)
    assert p.stdout.rstrip("\n").replace("Usage: python -m kg", "Usage: kg") == block.group(1)


def test_the_reliability_section_is_there_and_every_test_it_cites_exists():
    # the promises of issue 18 and the tests that show them (the section was once lost in an unrelated edit)
    section = re.search(r"^## Reliability\n(.*?)(?=^## )", README, re.S | re.M)
    assert section, "README has no '## Reliability' section"
    text = section.group(1)
    for promise in ("written whole or not at all", "fetches nothing", "No query crashes kg", "Output parses everywhere",
                    "Entity IRIs", "Long documents"):
        assert promise in text, promise
    cited = re.findall(r"`((?:test_\w+\.py)?(?:::)?(?:test_\w*)?\*?)`", text)
    names = [c for c in cited if c.startswith("test_")]
    assert len(names) >= 30, names
    tests = ROOT / "tests"
    missing = []
    for name in names:
        module, _, function = name.rpartition("::") if "::" in name else ("", "", name)
        if name.endswith(".py"):  # a whole test module
            module, function = name, ""
        path = tests / (module or "test_reliability.py")  # "all in tests/test_reliability.py unless named"
        source = path.read_text(encoding="utf-8") if path.is_file() else ""
        prefix = function.rstrip("*")
        if not source or (prefix and not re.search(rf"^def {prefix}" + ("" if function.endswith("*") else r"\("),
                                                    source, re.M)):
            missing.append(name)
    assert not missing, f"the README's Reliability section cites tests that do not exist: {missing}"


# -- every kg command the README and ontology/README.md show runs, as written ------------------------------
import json  # noqa: E402
import os  # noqa: E402
import shlex  # noqa: E402
import shutil  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402

from conftest import EXAMPLE, SEED_GOLD, needs_shared  # noqa: E402
from kgcli import run_kg  # noqa: E402

ONTOLOGY_README = (ROOT / "ontology" / "README.md").read_text(encoding="utf-8")
#: invented articles the commands build from, beside the example article
MORE = {"more/pellam.txt": "Pellam Foods names a new chief\n\nNadia Orr, Pellam Foods' CEO, said the Dunmore-based "
                           "company would open two bakeries this year.\n",
        "feed/a-lumora.txt": EXAMPLE.read_text(encoding="utf-8"),
        "feed/b-lisbon.txt": "An office in Lisbon\n\nShares of Lumora Systems Inc. rose on Monday. Lumora "
                             "Systems Inc. is based in Lisbon, where Rita Sousa leads its office.\n",
        "feed/old-story.txt": "Pellam Foods names a new chief\n\nNadia Orr, Pellam Foods' CEO, said the Dunmore-based "
                              "company would open two bakeries this year.\n",
        "news/wind.txt": "Veltro Energy teams up on wind\n\nVeltro Energy teamed up with Marwick Holdings to build wind "
                         "farms. Marwick Holdings, a partner of Veltro Energy, said on Monday that Ada Brook, the "
                         "CEO of Veltro Energy, would lead the project.\n"}
FEED_JSONL = [{"id": "tarn-1", "text": "Corvo Ltd, the Tarn-based robotics company, said Ada Brook is its CEO."},
              {"id": "tarn-2", "text": "Felix Marr founded Corvo Ltd in 2019."}]
GOLD = [{"id": "wind", "text": MORE["news/wind.txt"],
         "entities": [{"name": "Veltro Energy", "type": "Organization", "aliases": []},
                      {"name": "Marwick Holdings", "type": "Organization", "aliases": []},
                      {"name": "Ada Brook", "type": "Person", "aliases": []}],
         "triples": [["Veltro Energy", "partnersWith", "Marwick Holdings"], ["Ada Brook", "ceoOf", "Veltro Energy"]]}]

#: what each command prints (stdout and stderr together), checked beside its exit code 0
EXPECT = {
    "kg build article.txt more/ -o graph.ttl": "kg: built 2 documents, ",
    "kg build feed.jsonl -o graph.nt": "kg: built 2 documents, ",
    "kg query graph.ttl -f question.rq --format csv": "Amelie Laurent",
    'kg query graph.ttl SELECT ?ceo WHERE { ?ceo kg:ceoOf ?org . ?org rdfs:label "Lumora Systems" }': "amelie-laurent",
    "kg query kgstore/ SELECT ?name WHERE { ?org a kg:Organization ; rdfs:label ?name }": "Lumora Systems",
    "kg build feed/ --store kgstore/ --workers 2": "kg: built 3 documents, ",
    "kg build feed/ --store kgstore/": "3 unchanged documents skipped",
    "kg remove feed/old-story.txt --store kgstore/": "kg: removed feed/old-story.txt",
    "kg unmerge Lumora Systems Inc. --store kgstore/": "kg: unmerged Lumora Systems Inc. (",
    "kg render graph.ttl -o graph.html --focus Lumora Systems --depth 2": "kg: drew ",
    "kg analyze graph.ttl --path Amelie Laurent Lyon": "Shortest path: Amelie Laurent -> Lyon (2 steps)",
    "kg ontology check my-ext.ttl": "my-ext.ttl: no problems",
    "kg build news/ -o graph.ttl --ontology my-ext.ttl": "kg: built 1 document, ",
    "kg validate graph.ttl": "graph.ttl: conforms",
    "kg query graph.ttl --infer SELECT ?p WHERE { ?p kg:worksFor ?o }": "ada-brook",
    "kg query graph.ttl --infer --ontology my-ext.ttl SELECT ?a ?b WHERE { ?a kg:partnersWith ?b }": "marwick-holdings",
    "kg evaluate gold.jsonl --ontology my-ext.ttl": "facts",
}


def kg_commands(text: str) -> list[list[str]]:
    """The ``kg`` command lines of a Markdown file's sh blocks, as argument lists (comments dropped)."""
    return [shlex.split(line, comments=True) for block in re.findall(r"```sh\n(.*?)\n```", text, re.S)
            for line in block.splitlines() if line.startswith("kg ")]


@pytest.fixture(scope="module")
def workdir(tmp_path_factory):
    d = tmp_path_factory.mktemp("readme")
    shutil.copy(EXAMPLE, d / "article.txt")
    for name, text in MORE.items():
        (d / name).parent.mkdir(exist_ok=True)
        (d / name).write_text(text, encoding="utf-8")
    (d / "feed.jsonl").write_text("".join(json.dumps(r) + "\n" for r in FEED_JSONL), encoding="utf-8")
    (d / "gold.jsonl").write_text("".join(json.dumps(r) + "\n" for r in GOLD), encoding="utf-8")
    shutil.copy(ROOT / "examples" / "questions" / "ceo.rq", d / "question.rq")
    shutil.copy(ROOT / "ontology" / "examples" / "partnership.ttl", d / "my-ext.ttl")
    return d


def _special(argv: list[str]) -> bool:
    """Run by their own tests below: the server, the remote store, evaluation of the shared gold data."""
    return argv[1] == "serve" or any(a.startswith("http://") for a in argv) or "../shared/" in " ".join(argv)


def _check(argv: list[str], r) -> None:
    line = " ".join(argv)
    assert r.code == 0, f"{line}: exit {r.code}: {r.err}"
    if line in EXPECT:
        assert EXPECT[line] in r.out + r.err, f"{line}: {r.out}{r.err}"


@pytest.mark.slow
def test_readme_kg_commands_run_as_written(workdir, monkeypatch):
    monkeypatch.chdir(workdir)
    ran = []
    for argv in kg_commands(README):
        if _special(argv):
            continue
        _check(argv, run_kg(*argv[1:]))
        ran.append(" ".join(argv))
    assert len(ran) >= 20 and "kg render graph.ttl -o graph.png" in ran
    assert (workdir / "graph.png").read_bytes()[:4] == b"\x89PNG"
    assert json.loads(run_kg("analyze", "graph.ttl", "--json").out)["summary"]["facts"] > 0
    assert (workdir / "dropped.jsonl").is_file() and (workdir / "graph.graphml").is_file()


@pytest.mark.slow
def test_ontology_readme_kg_commands_run_as_written(workdir, monkeypatch):
    monkeypatch.chdir(workdir)
    assert run_kg("build", "news/", "-o", "graph.ttl", "--ontology", "my-ext.ttl", "-q").code == 0
    for argv in kg_commands(ONTOLOGY_README):
        if not _special(argv):
            _check(argv, run_kg(*argv[1:]))


@pytest.mark.slow
def test_readme_evaluate_command(monkeypatch):
    needs_shared()
    monkeypatch.chdir(ROOT)  # ../shared beside the checkout, as the README says
    (argv,) = [a for a in kg_commands(README) if a[1] == "evaluate"]
    assert argv[2] == "../shared/eval/seed-gold.jsonl" and SEED_GOLD.is_file()
    r = run_kg(*argv[1:])
    assert r.code == 0, r.err
    assert "facts" in r.out


@pytest.mark.slow
def test_readme_remote_store_command(workdir, monkeypatch, oxigraph_server):
    monkeypatch.chdir(workdir)
    (argv,) = [a for a in kg_commands(README) if any(x.startswith("http://") for x in a)]
    assert argv[argv.index("--store") + 1] == "http://127.0.0.1:7878/query"
    argv[argv.index("--store") + 1] = oxigraph_server.url  # the same server on a free port
    _check(argv, run_kg(*argv[1:]))
    r = run_kg("query", oxigraph_server.url, "ASK { ?p kg:ceoOf ?o }")
    assert r.out.strip() == "true"


@pytest.mark.slow
@pytest.mark.parametrize("readme", ["README.md", "ontology/README.md"])
def test_readme_serve_commands(workdir, readme, monkeypatch):
    import httpx
    from servers import free_port

    monkeypatch.chdir(workdir)
    assert run_kg("build", "news/", "-q", "-o", "graph.ttl", "--ontology", "my-ext.ttl").code == 0
    text = (ROOT / readme).read_text(encoding="utf-8")
    commands = [a for a in kg_commands(text) if a[1] == "serve"]
    assert commands
    for argv in commands:
        port = free_port()
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
        p = subprocess.Popen([sys.executable, "-m", "kg", *argv[1:], "--port", str(port)], cwd=workdir, env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        try:
            deadline = time.monotonic() + 120
            while True:
                assert p.poll() is None, p.communicate()[1]
                try:
                    r = httpx.get(f"http://127.0.0.1:{port}/sparql",
                                  params={"query": "SELECT ?o WHERE { ?o a kg:Organization }"},
                                  headers={"Accept": "text/csv"}, timeout=5)
                    break
                except httpx.TransportError:
                    assert time.monotonic() < deadline, f"{' '.join(argv)} did not start"
                    time.sleep(0.2)
            assert r.status_code == 200 and "veltro-energy" in r.text, r.text
        finally:
            p.terminate()
            p.wait(timeout=30)


@pytest.mark.slow
def test_readme_sparql_question_answers_on_the_example(example_graph):
    (question,) = [q for q in re.findall(r"```sparql\n(.*?)\n```", README, re.S) if "kg:ceoOf" in q]
    rows = example_graph.query(question).rows
    assert rows and "Amelie Laurent, Lumora Systems' CEO" in str(rows[0][0])


@pytest.mark.slow
def test_readme_python_block_runs(tmp_path, monkeypatch):
    pytest.importorskip("pandas")
    block = re.search(r"### From Python\n.*?```python\n(.*?)\n```", README, re.S).group(1)
    shutil.copytree(ROOT / "examples", tmp_path / "examples", ignore=shutil.ignore_patterns("example.ttl"))
    monkeypatch.chdir(tmp_path)
    scope: dict = {}
    exec(compile(block, "README.md", "exec"), scope)  # noqa: S102
    assert [str(r[0]) for r in scope["result"].rows] == ["Amelie Laurent"]
    assert len(scope["graph"]) > 50 and (tmp_path / "graph.ttl").is_file()


ONTOLOGY_PREFIXES = """@prefix kg: <https://w3id.org/kg/ontology#> . @prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
"""
#: the text each worked example of ontology/README.md is built with (the text its comments quote), and what it finds
ONTOLOGY_EXAMPLES = {
    "### A new class": ("The brewer Ostby opened a bar. Harrow Brewing sells its beer in Tarn.",
                        "ASK { ?o a kg:Brewery ; rdfs:label 'Ostby' . ?h a kg:Brewery ; rdfs:label 'Harrow Brewing' }"),
    "### A narrower class": ("Nimbus, a Paris startup, raised money. The startup Corvex was founded by Dana Lee.",
                             "ASK { ?n a kg:Startup ; rdfs:label 'Nimbus' . ?c a kg:Startup ; rdfs:label 'Corvex' . "
                             "?d kg:founderOf ?c ; rdfs:label 'Dana Lee' }"),
    "### A verb with a preposition": ("Acme Corp. hired engineers from Brightline Inc.",
                                      "ASK { ?a rdfs:label 'Acme Corp.' ; kg:hiresFrom ?b . ?b rdfs:label 'Brightline Inc.' }"),
    "### Known members (a gazetteer)": ("Corvo Ltd released Zephyr last week.",
                          "ASK { ?c rdfs:label 'Corvo Ltd' ; kg:develops ?z . ?z a kg:AIModel ; rdfs:label 'Zephyr-7' }"),
    "### A new relation": ("Veltro Energy teamed up with Marwick Holdings. Marwick Holdings, a partner of Veltro Energy, "
                           "said profits rose.",
                           "SELECT ?rule WHERE { ?e rdf:predicate kg:partnersWith ; kg:rule ?rule }"),
}


@pytest.mark.slow
@pytest.mark.parametrize("heading", list(ONTOLOGY_EXAMPLES))
def test_ontology_readme_examples_find_what_they_say(tmp_path, heading):
    block = re.search(re.escape(heading) + r"\n.*?```turtle\n(.*?)\n```", ONTOLOGY_README, re.S).group(1)
    ext = tmp_path / "ext.ttl"
    ext.write_text(ONTOLOGY_PREFIXES + block.replace('"..."@en', '"An example."@en') + "\n", encoding="utf-8")
    check = run_kg("ontology", "check", str(ext))
    assert check.code == 0, check.err
    text, question = ONTOLOGY_EXAMPLES[heading]
    (tmp_path / "news.txt").write_text(text + "\n", encoding="utf-8")
    assert run_kg("build", str(tmp_path / "news.txt"), "-q", "-o", str(tmp_path / "g.ttl"), "--ontology", str(ext)).code == 0
    r = run_kg("query", str(tmp_path / "g.ttl"), question, "--ontology", str(ext), "--format", "csv")
    assert r.code == 0, r.err
    if question.startswith("ASK"):
        assert r.out == "true\n"
        without = run_kg("query", str(_build_without(tmp_path)), question, "--ontology", str(ext))
        assert without.out == "false\n"  # the extension is what finds it
    else:  # both cues of the relation: the verb and the noun
        assert sorted(r.out.split()[1:]) == ["relational-noun", "verb"], r.out


def _build_without(tmp_path):
    out = tmp_path / "core.ttl"
    assert run_kg("build", str(tmp_path / "news.txt"), "-q", "-o", str(out)).code == 0
    return out


#: for every cue annotation of ontology/README.md's table, text (invented) that uses it with the core ontology, and
#: what it finds: ("entity", name, class), ("fact", subject, property, object), ("alias", name, alias) or ("none", name)
CUE_CASES = {
    "kg:nerLabel": ("Tomas Wilk met Ravel Ostrova in Oslo on Monday.", ("entity", "Ravel Ostrova", "Person")),
    "kg:headNoun": ("Corvo Ltd launched Skylark, a shopping platform, in May.", ("entity", "Skylark", "Product")),
    "kg:nameSuffix": ("Officials in Dunmore Province said the roads were closed.", ("entity", "Dunmore Province", "Place")),
    "kg:namePrefix": ("Dr. Ada Brook joined Corvo Ltd in March.", ("alias", "Ada Brook", "Dr. Ada Brook")),
    "kg:titlePrefix": ("Sen. Ruth Calder visited Tarn. Ruth Calder said the port would grow.",
                       ("alias", "Ruth Calder", "Sen. Ruth Calder")),
    "kg:versionedNames": ("Corvo Ltd said Tala-4 answers questions faster than Tala 3.", ("entity", "Tala-4", "Product")),
    "kg:operatorNoun": ("Corvo Ltd invested in online marketplace Skylark last year.",
                        ("entity", "Skylark", "Organization")),
    "kg:siteNoun": ("Corvo will move Corvo headquarters to Tarvik.", ("fact", "Corvo", "headquarteredIn", "Tarvik")),
    "kg:nonEntityName": ("Corvo Ltd said AI would change robotics.", ("none", "AI")),
    "kg:verbCue": ("Corvo Ltd developed Vireo, a language model.", ("fact", "Corvo Ltd", "develops", "Vireo")),
    "kg:titleCue": ('"We are growing," said Ada Brook, Corvo Ltd\'s CEO, at a meeting in Lisbon.',
                    ("fact", "Ada Brook", "ceoOf", "Corvo Ltd")),
    "kg:titlePrepositionCue": ("Ada Brook, a shareholder in Corvo Ltd, spoke in Lisbon.",
                               ("fact", "Ada Brook", "investsIn", "Corvo Ltd")),
    "kg:nounCue": ("Pellam Foods, a subsidiary of Corvo Ltd, opened a bakery.", ("fact", "Corvo Ltd", "owns", "Pellam Foods")),
    "kg:eventNounCue": ("Corvo Ltd's acquisition of Pellam Foods closed on Monday.",
                        ("fact", "Corvo Ltd", "acquired", "Pellam Foods")),
    "kg:possessiveCue": ("Corvo Ltd's Quill model can translate speech.", ("fact", "Corvo Ltd", "develops", "Quill")),
    "kg:possessiveNounCue": ("Corvo Ltd said its Quill chatbot answers questions.",
                             ("fact", "Corvo Ltd", "develops", "Quill")),
    "kg:versionPossessiveCue": ("Corvo Ltd's Tala-4 answers questions faster.", ("fact", "Corvo Ltd", "develops", "Tala-4")),
    "kg:possessiveObjectCue": ("Farmers in southern Spain's Velmora region expect a good harvest.",
                               ("fact", "Velmora", "locatedIn", "Spain")),
    "kg:prepositionCue": ("Visitors crowded Harlow Park in Lisbon on Sunday.", ("fact", "Harlow Park", "locatedIn", "Lisbon")),
    "kg:adjacentPrepositionCue": ("Corvo Ltd in Lisbon said sales rose.", ("fact", "Corvo Ltd", "basedIn", "Lisbon")),
    "kg:appositionCue": ("Corvo Ltd opened an office in Porto, Portugal, last year.",
                         ("fact", "Porto", "locatedIn", "Portugal")),
    "kg:hyphenCue": ("Corvo Ltd, the Lisbon-based robotics company, hired 30 engineers.",
                     ("fact", "Corvo Ltd", "basedIn", "Lisbon")),
    "kg:roleCue": ("Rita Sousa, a Lisbon resident, said the trams were late.", ("fact", "Rita Sousa", "livesIn", "Lisbon")),
    "kg:datelineCue": ("LEIRIA , Portugal ( Harbour Ledger )", ("fact", "Harbour Ledger", "basedIn", "Leiria")),
    "kg:creditCue": ("A worker repairs a tram in Lisbon. (Harbour Ledger/Mira Holt)",
                     ("fact", "Mira Holt", "worksFor", "Harbour Ledger")),
}


def test_every_cue_of_the_ontology_readme_has_a_case():
    table = re.search(r"## The cue vocabulary\n(.*?)\n\n", ONTOLOGY_README, re.S).group(1)
    assert re.findall(r"^\| `(kg:\w+)` \|", table, re.M) == list(CUE_CASES)


@pytest.mark.parametrize("cue", list(CUE_CASES))
def test_each_cue_kind_finds_what_it_says(builder, cue):
    from kg.documents import Document

    text, (kind, *want) = CUE_CASES[cue]
    dg = next(builder.document_graphs([Document("cue", text, "")]))
    names = [e.name for e in dg.entities]
    if kind == "entity":
        assert (want[0], want[1]) in [(e.name, e.cls.rsplit("#", 1)[1]) for e in dg.entities], dg.entities
    elif kind == "alias":
        assert want[1] in next(e for e in dg.entities if e.name == want[0]).aliases
    elif kind == "none":
        assert want[0] not in names and names
    else:
        facts = {(names[f.subject], f.predicate.rsplit("#", 1)[1], names[f.object]) for f in dg.facts}
        assert tuple(want) in facts, facts
