"""kg build --store: one named graph per article, incremental rebuilds, readers during writes.

Every test builds real stores (pyoxigraph on disk) from real article files.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.pipeline import OUTPUTS, build
from kg.query import open_graph, resolve_query, run_query
from kg.store import StoreWriter, is_store, read_manifest

ROOT = Path(__file__).resolve().parents[1]
PUTIN = "<https://w3id.org/kg-events/id/actor/PUTIN>"
TREASURY = "<https://w3id.org/kg-events/id/actor/USA_TREASURY>"
PRK = "<https://w3id.org/kg-events/id/actor/PRK>"
SEEDS = ROOT / "seeds"

ARTICLES = {
    "a.md": "---\ntitle: 甲\ndate: 2025-11-05\n---\n"
    "美国财政部11月4日对朝鲜实施制裁。朝鲜外交部11月5日谴责美国。\n",
    "b.md": "---\ntitle: 乙\ndate: 2025-11-06\n---\n美国财政部11月4日宣布对朝鲜实施制裁。\n",
    "c.md": "---\ntitle: 丙\ndate: 2025-11-07\n---\n"
    "俄罗斯总统普京11月6日会见了朝鲜领导人金正恩。\n",
}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    for seed in SEEDS.iterdir():
        shutil.copy(seed, folder / seed.name)
    return folder


def _q(sparql: str) -> str:
    """Actor IRIs by name: {PUTIN}, {TREASURY}, {PRK}."""
    for name, iri in (("PUTIN", PUTIN), ("TREASURY", TREASURY), ("PRK", PRK)):
        sparql = sparql.replace("{" + name + "}", iri)
    return sparql


def _count(source, sparql: str) -> int:
    result = run_query(source, _q(sparql))
    return int(result.rows[0][0])


def _events(source) -> int:
    return _count(source, "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a kgo:Event }")


def _graph_text(store: Path, iri: str) -> bytes:
    with open_graph(store) as source:
        data = source.store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(iri))
    return b"\n".join(sorted(data.splitlines()))


def _sanction_weight(graphml: Path) -> float:
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    root = ET.parse(graphml).getroot()
    keys = {k.get("attr.name"): k.get("id") for k in root.findall("g:key", ns)}
    for edge in root.iter("{http://graphml.graphdrawing.org/xmlns}edge"):
        data = {d.get("key"): d.text for d in edge.findall("g:data", ns)}
        if data.get(keys["predicate"]) == "sanctions" and data.get(keys["date"]) == "2025-11-04":
            return float(data[keys["weight"]])
    raise AssertionError("no sanction edge")


def test_store_build_writes_the_same_files_as_a_memory_build(corpus, tmp_path):
    build([corpus], tmp_path / "memory")
    result = build([corpus], tmp_path / "stored", store=tmp_path / "store")
    assert is_store(tmp_path / "store")
    assert result.extracted == 5 and result.generation == "gen-000001"
    for name in OUTPUTS:
        assert (tmp_path / "memory" / name).read_bytes() == (
            tmp_path / "stored" / name
        ).read_bytes(), name


def test_one_named_graph_per_article_and_the_default_graph_is_their_merge(corpus, tmp_path):
    build([corpus], None, store=tmp_path / "store")
    manifest = read_manifest(tmp_path / "store")
    assert sorted(manifest["articles"]) == sorted(
        str(p).replace(os.sep, "/") for p in sorted(corpus.iterdir())
    )
    with open_graph(tmp_path / "store") as source:
        graphs = {g.value for g in source.store.named_graphs()}
        assert {e["graph"] for e in manifest["articles"].values()} < graphs
        assert len(graphs) == 6  # five articles and the ontology
        # a triple stated by several articles is in the default graph once
        usa = "SELECT (COUNT(*) AS ?n) WHERE { {TREASURY} rdfs:label ?l }"
        assert _count(source, usa) == 1
        in_graphs = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { {TREASURY} a kgo:Actor } }"
        assert _count(source, in_graphs) == 3  # a.md, b.md and a seed name it


def test_the_same_event_from_two_articles_is_one_event_of_weight_two(corpus, tmp_path):
    result = build([corpus], tmp_path / "out", store=tmp_path / "store")
    assert result.counts["multi_source"] >= 1
    with open_graph(tmp_path / "store") as source:
        sources = _count(
            source,
            "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?e a kgo:Sanction ; kgo:date ?d ;"
            ' kgo:actor {TREASURY} ; kgo:source ?a FILTER(STR(?d) = "2025-11-04") }',
        )
        assert sources == 2
    assert _sanction_weight(tmp_path / "out" / "graph.graphml") == 2.0


def test_an_unchanged_rebuild_reads_nothing_and_writes_nothing(corpus, tmp_path):
    out, store = tmp_path / "out", tmp_path / "store"
    first = build([corpus], out, store=store)
    stamps = {name: (out / name).stat().st_mtime_ns for name in OUTPUTS}
    again = build([corpus], out, store=store)
    assert (again.extracted, again.unchanged, again.removed) == (0, 5, 0)
    assert again.generation == first.generation
    assert again.counts == first.counts
    assert {name: (out / name).stat().st_mtime_ns for name in OUTPUTS} == stamps
    os.utime(corpus / "a.md")  # touched, not changed: the content hash decides
    touched = build([corpus], out, store=store)
    assert touched.extracted == 0


def test_a_changed_article_is_extracted_alone_and_only_its_events_replaced(corpus, tmp_path):
    store = tmp_path / "store"
    build([corpus], tmp_path / "out", store=store)
    manifest = read_manifest(store)
    graphs = {k: e["graph"] for k, e in manifest["articles"].items()}
    before = {k: _graph_text(store, g) for k, g in graphs.items()}
    changed = str(corpus / "c.md").replace(os.sep, "/")
    (corpus / "c.md").write_text(
        "---\ntitle: 丙\ndate: 2025-11-07\n---\n俄罗斯11月6日谴责美国。\n", encoding="utf-8"
    )
    result = build([corpus], tmp_path / "out", store=store)
    assert (result.extracted, result.unchanged, result.removed) == (1, 4, 0)
    after = {k: _graph_text(store, g) for k, g in graphs.items()}
    assert [k for k in graphs if before[k] != after[k]] == [changed]
    with open_graph(store) as source:
        meets = "SELECT (COUNT(*) AS ?n) WHERE { ?e a kgo:Consult ; kgo:actor|kgo:target {PUTIN} }"
        assert _count(source, meets) == 0
        condemns = 'SELECT (COUNT(*) AS ?n) WHERE { ?rus kgo:condemns ?x ; rdfs:label "俄罗斯"@zh }'
        assert _count(source, condemns) == 1
    # the incremental store holds exactly what a fresh build of the folder holds
    fresh = build([corpus], tmp_path / "fresh", store=tmp_path / "fresh-store")
    assert fresh.counts == result.counts
    assert (tmp_path / "out" / "graph.ttl").read_bytes() == (
        tmp_path / "fresh" / "graph.ttl"
    ).read_bytes()


def test_a_deleted_articles_events_disappear_but_shared_ones_stay(corpus, tmp_path):
    store = tmp_path / "store"
    build([corpus], tmp_path / "out", store=store)
    (corpus / "b.md").unlink()  # b.md reported the sanction a.md also reports
    (corpus / "c.md").unlink()  # c.md alone named 普京
    result = build([corpus], tmp_path / "out", store=store)
    assert (result.extracted, result.removed) == (0, 2)
    with open_graph(store) as source:
        assert (
            _count(
                source,
                "SELECT (COUNT(*) AS ?n) WHERE { ?x ?p {PUTIN} }",
            )
            == 0
        )
        assert (
            _count(
                source,
                "SELECT (COUNT(*) AS ?n) WHERE { {PUTIN} ?p ?o }",
            )
            == 0
        )
        sanction = (
            "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?e a kgo:Sanction ; kgo:source ?a ;"
            " kgo:actor {TREASURY} ; kgo:target {PRK} }"
        )
        assert _count(source, sanction) >= 1
        assert len(list(source.store.named_graphs())) == 4
    assert _sanction_weight(tmp_path / "out" / "graph.graphml") == 1.0
    build([corpus], tmp_path / "fresh", store=tmp_path / "fresh-store")
    assert (tmp_path / "out" / "graph.ttl").read_bytes() == (
        tmp_path / "fresh" / "graph.ttl"
    ).read_bytes()


_SHORTCUTS_WRONG = [
    # an event without its one kgo:dateText, or with two
    "SELECT (COUNT(*) AS ?n) WHERE { ?e a kgo:Event FILTER NOT EXISTS { ?e kgo:dateText ?t } }",
    "SELECT (COUNT(*) AS ?n) WHERE { ?e kgo:dateText ?t , ?u FILTER(?t != ?u) }",
    # a dateText that is not the event's date, or on something that is no event
    "SELECT (COUNT(*) AS ?n) WHERE { ?e kgo:dateText ?t OPTIONAL { ?e kgo:date ?d }"
    ' FILTER(?t != COALESCE(STR(?d), "")) }',
    "SELECT (COUNT(*) AS ?n) WHERE { ?x kgo:dateText ?t FILTER NOT EXISTS { ?x a kgo:Event } }",
    # an asserted event without kgo:assertedType, or one that is not asserted or not its class
    "SELECT (COUNT(*) AS ?n) WHERE { ?e kgo:status kgo:asserted"
    " FILTER NOT EXISTS { ?e kgo:assertedType ?c } }",
    "SELECT (COUNT(*) AS ?n) WHERE { ?e kgo:assertedType ?c"
    " FILTER NOT EXISTS { ?e kgo:status kgo:asserted ; a ?c } }",
]


def _shortcuts_are_right(store: Path) -> None:
    with open_graph(store) as source:
        assert _count(source, "SELECT (COUNT(*) AS ?n) WHERE { ?e kgo:assertedType ?c }") > 0
        for sparql in _SHORTCUTS_WRONG:
            assert _count(source, sparql) == 0, sparql


def _listings(store: Path) -> dict[str, list]:
    with open_graph(store) as source:
        return {
            name: run_query(source, resolve_query(name, params | {"limit": "3"})).rows
            for name, params in (
                ("timeline", {}),
                ("timeline", {"offset": "3"}),
                ("events-of-actor", {"actor": "朝鲜"}),
                ("edge-evidence", {"actor": "朝鲜", "target": "美国"}),
                ("who-sanctions-whom", {}),
                ("conflict-pairs", {}),
            )
        }


def test_dates_as_text_and_asserted_types_follow_changed_and_deleted_articles(corpus, tmp_path):
    """kgo:dateText and kgo:assertedType belong to the event, so every article graph that holds
    the event holds them too: when an article changes (an event moves to another day) or goes
    (an event another article shares stays), the store holds exactly what a fresh build does,
    and the first pages of the listings agree."""
    store = tmp_path / "store"
    build([corpus], None, store=store)
    _shortcuts_are_right(store)
    (corpus / "c.md").write_text(
        "---\ntitle: 丙\ndate: 2025-11-07\n---\n俄罗斯总统普京11月9日会见了朝鲜领导人金正恩。\n",
        encoding="utf-8",
    )
    (corpus / "b.md").unlink()  # b.md reported the sanction a.md also reports
    result = build([corpus], None, store=store)
    assert (result.extracted, result.removed) == (1, 1)
    _shortcuts_are_right(store)
    with open_graph(store) as source:
        moved = (
            "SELECT (COUNT(*) AS ?n) WHERE { ?e kgo:actor|kgo:target {PUTIN} ; kgo:dateText ?t }"
        )
        assert _count(source, moved.replace("?t", '"2025-11-09"')) == 1
        assert _count(source, moved.replace("?t", '"2025-11-06"')) == 0
        shared = (
            "SELECT (COUNT(*) AS ?n) WHERE { ?e kgo:assertedType kgo:Sanction ;"
            ' kgo:actor {TREASURY} ; kgo:dateText "2025-11-04" }'
        )
        assert _count(source, shared) == 1
    build([corpus], None, store=tmp_path / "fresh")
    assert _listings(store) == _listings(tmp_path / "fresh")


def test_a_new_extractor_rebuilds_everything(corpus, tmp_path, monkeypatch):
    store = tmp_path / "store"
    build([corpus], None, store=store)
    monkeypatch.setenv("KG_SEGMENTER", "jieba")  # another segmenter: another fingerprint
    result = build([corpus], None, store=store)
    assert result.extracted == 5 and result.unchanged == 0


def test_readers_see_the_last_complete_build_while_a_build_writes(corpus, tmp_path):
    store = tmp_path / "store"
    build([corpus], None, store=store)
    with StoreWriter(store) as writer:
        graph = writer.begin()
        graph.clear()  # the writer's new generation is empty for now
        with open_graph(store) as source:  # ... but readers still see the published one
            assert _events(source) > 0
            assert source.generation == "gen-000001"
        writer.abort()
    with open_graph(store) as source:
        assert source.generation == "gen-000001" and _events(source) > 0


def test_a_reader_keeps_its_generation_across_later_builds(corpus, tmp_path):
    store = tmp_path / "store"
    build([corpus], None, store=store)
    with open_graph(store) as reader:
        before = _events(reader)
        for text in (
            "俄罗斯11月6日谴责美国。",
            "俄罗斯11月6日谴责日本。",
            "俄罗斯11月6日谴责英国。",
        ):
            (corpus / "c.md").write_text("---\ndate: 2025-11-07\n---\n" + text, encoding="utf-8")
            build([corpus], None, store=store)
        assert (store / "gen-000001").is_dir()  # held by this reader
        assert _events(reader) == before
    build([corpus], None, store=store)  # now it may go
    assert not (store / "gen-000001").exists()
    assert len(list(store.glob("gen-*"))) == 2


def test_kg_query_reads_a_store(corpus, tmp_path):
    store = tmp_path / "store"
    build([corpus], None, store=store)
    done = subprocess.run(
        [sys.executable, "-m", "kg", "query", "who-sanctions-whom", "-g", str(store)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "美国财政部" in done.stdout and "朝鲜" in done.stdout


def test_a_second_build_on_a_store_being_written_is_a_clear_error(corpus, tmp_path):
    store = tmp_path / "store"
    build([corpus], None, store=store)
    with StoreWriter(store):  # another build holds the store
        done = subprocess.run(
            [sys.executable, "-m", "kg", "build", str(corpus), "--store", str(store)],
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        f"Error: {store}: another kg build (pid {os.getpid()}) is writing this store; "
        "wait for it to finish"
    ]
    with open_graph(store) as source:
        assert _events(source) > 0  # nothing was damaged


@pytest.mark.parametrize(
    "prepare, message",
    [
        (lambda p: p.write_text("x"), "is a file, not a store folder"),
        (lambda p: (p.mkdir(), (p / "notes.txt").write_text("x")), "is a folder with other files"),
    ],
)
def test_a_store_path_that_is_not_a_store_is_refused(corpus, tmp_path, prepare, message):
    target = tmp_path / "target"
    prepare(target)
    with pytest.raises(Exception, match=message):
        build([corpus], None, store=target)


def test_a_folder_that_is_not_a_store_is_not_a_graph(tmp_path):
    with pytest.raises(Exception, match="is a folder, not a graph file"):
        open_graph(tmp_path)


def test_kg_export_reads_a_store_the_rdf_and_the_network(corpus, tmp_path):
    store, out = tmp_path / "store", tmp_path / "out"
    build([corpus], out, store=store)
    for fmt, name in (("graphml", "graph.graphml"), ("gexf", "graph.gexf")):
        done = subprocess.run(
            [sys.executable, "-m", "kg", "export", str(store), "--format", fmt],
            capture_output=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        assert done.stdout == (out / name).read_bytes()  # what kg build wrote from the store
    trig = tmp_path / "graph.trig"
    done = subprocess.run(
        [sys.executable, "-m", "kg", "export", str(store), "--format", "trig", "-o", str(trig)],
        capture_output=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    dataset = ox.Store()
    dataset.load(path=str(trig), format=ox.RdfFormat.TRIG)
    graphs = {g.value for g in dataset.named_graphs()}
    assert graphs == {e["graph"] for e in read_manifest(store)["articles"].values()} | {
        "https://w3id.org/kg-events/ontology"
    }


def test_kg_serve_answers_from_a_store_while_a_build_writes_it(corpus, tmp_path):
    store = tmp_path / "store"
    build([corpus], None, store=store)
    process = subprocess.Popen(
        [sys.executable, "-m", "kg", "serve", "-g", str(store), "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        endpoint = None
        for _ in range(20):
            line = process.stdout.readline()
            if line.startswith("SPARQL"):
                endpoint = line.split()[1]
                break
        assert endpoint, process.stderr.read()
        query = "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a kgo:Event }"

        def served() -> int:
            request = urllib.request.Request(
                endpoint + "?" + urllib.parse.urlencode({"query": query}),
                headers={"Accept": "application/sparql-results+json"},
            )
            with urllib.request.urlopen(request, timeout=30) as response:
                return int(json.load(response)["results"]["bindings"][0]["n"]["value"])

        before = served()
        with open_graph(store) as source:
            assert before == _events(source)
        (corpus / "d.md").write_text("---\ndate: 2025-11-08\n---\n日本11月7日谴责朝鲜。\n")
        build([corpus], None, store=store)  # a new generation; the server keeps its own
        assert served() == before
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_turtle_names_blank_nodes_by_content_and_keeps_literals_that_look_blank(tmp_path):
    """graph.ttl is the same file whatever labels and order the store's blank nodes have;
    a literal holding "_:" is text, not a blank node, and comes out unchanged."""
    from rdflib import Graph
    from rdflib.compare import isomorphic

    from kg.pipeline import write_store_turtle

    lines = [
        "<http://x/C> <http://x/sub> _:{a} .",
        "_:{a} <http://x/on> <http://x/p> .",
        "_:{a} <http://x/all> <http://x/D> .",
        "<http://x/E> <http://x/sub> _:{b} .",
        "_:{b} <http://x/on> <http://x/q> .",
        '<http://x/s> <http://x/note> "not a node: _:n1 . or _:z" .',
        '<http://x/s> <http://x/label> "普通"@zh .',
    ]
    written = []
    for number, (a, b) in enumerate((("n1", "n2"), ("zz", "aa"))):
        text = "\n".join(line.format(a=a, b=b) for line in (lines if number else lines[::-1]))
        store = ox.Store()
        store.load(text.encode(), ox.RdfFormat.N_TRIPLES)
        write_store_turtle(store, tmp_path / f"{number}.ttl")
        written.append((tmp_path / f"{number}.ttl").read_bytes())
    assert written[0] == written[1]
    expected = Graph().parse(data="\n".join(x.format(a="n1", b="n2") for x in lines), format="nt")
    result = Graph().parse(data=written[0].decode(), format="turtle")
    assert isomorphic(result, expected)
