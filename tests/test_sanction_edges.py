"""Who-sanctions-whom reads the edges kg writes on asserted sanctions (kgo:sanctionEdge,
kg.ttl): it must give what the query that looked up the actor, target, predicate and date of
every asserted sanction gave (tests/data/who-sanctions-whom-by-event.rq): the same columns,
the same rows in the same order, on every page, on a store (Oxigraph) and on a Turtle file
(rdflib)."""

from __future__ import annotations

from pathlib import Path

from same_pages import PAGES, assert_same_pages, rows_of

from kg.pipeline import build
from kg.query import load_graph, open_graph, run_query

ROOT = Path(__file__).resolve().parents[1]
SAVED = ROOT / "ontology" / "queries" / "who-sanctions-whom.rq"
BY_EVENT = Path(__file__).parent / "data" / "who-sanctions-whom-by-event.rq"


def _same_as_by_event(graph, least_rows: int) -> None:
    assert_same_pages(graph, SAVED, BY_EVENT, least_rows)


def test_the_same_pages_as_looking_up_every_sanction_on_a_store(seeds_store):
    with open_graph(seeds_store[0]) as source:
        _same_as_by_event(source, 5)


def test_the_same_pages_as_looking_up_every_sanction_on_a_turtle_file(seeds_store):
    _same_as_by_event(load_graph(seeds_store[1]), 5)


def test_the_same_pages_on_a_synthetic_store_with_many_ties(ties_store):
    """The benchmark's graph, small: hundreds of edges, most with one event, so the order of
    the names decides the pages; undated sanctions among them."""
    with open_graph(ties_store) as source:
        _same_as_by_event(source, 50)


_EDGES_WRONG = [
    # an asserted sanction without an edge for one of its predicates
    "SELECT (COUNT(*) AS ?n) WHERE { ?e kgo:assertedType kgo:Sanction ; kgo:predicate ?p"
    " FILTER NOT EXISTS { ?e kgo:sanctionEdge ?g . ?g kgo:edgePredicate ?p } }",
    # an edge on an event that is not an asserted sanction
    "SELECT (COUNT(*) AS ?n) WHERE { ?e kgo:sanctionEdge ?g"
    " FILTER NOT EXISTS { ?e kgo:assertedType kgo:Sanction } }",
    # an edge whose actor, target or predicate is not the event's
    "SELECT (COUNT(*) AS ?n) WHERE { ?e kgo:sanctionEdge ?g ; kgo:actor ?a ; kgo:target ?b ."
    " ?g kgo:edgeActor ?ga ; kgo:edgeTarget ?gb ; kgo:edgePredicate ?gp"
    " FILTER(?ga != ?a || ?gb != ?b || NOT EXISTS { ?e kgo:predicate ?gp }) }",
    # two edge nodes for one actor, predicate and target; an edge with two of a part
    "SELECT (COUNT(*) AS ?n) WHERE { ?g kgo:edgeActor ?a ; kgo:edgePredicate ?p ;"
    " kgo:edgeTarget ?b . ?h kgo:edgeActor ?a ; kgo:edgePredicate ?p ; kgo:edgeTarget ?b"
    " FILTER(?g != ?h) }",
    "SELECT (COUNT(*) AS ?n) WHERE { ?g kgo:edgeActor ?x , ?y FILTER(?x != ?y) }",
    "SELECT (COUNT(*) AS ?n) WHERE { ?g kgo:edgePredicate ?x , ?y FILTER(?x != ?y) }",
    "SELECT (COUNT(*) AS ?n) WHERE { ?g kgo:edgeTarget ?x , ?y FILTER(?x != ?y) }",
]


def _edges_are_right(store: Path) -> None:
    with open_graph(store) as source:
        edges = "SELECT (COUNT(*) AS ?n) WHERE { ?e kgo:sanctionEdge ?g }"
        assert int(run_query(source, edges).rows[0][0]) > 0
        for sparql in _EDGES_WRONG:
            assert int(run_query(source, sparql).rows[0][0]) == 0, sparql


def test_every_asserted_sanction_has_the_edges_of_its_predicates(seeds_store):
    _edges_are_right(seeds_store[0])


def _pages(store: Path) -> list:
    with open_graph(store) as source:
        text = SAVED.read_text(encoding="utf-8")
        return [rows_of(source, text, page) for page in PAGES]


def test_edges_follow_changed_and_deleted_articles(tmp_path):
    """An edge belongs to its events, so every article graph that holds such an event holds
    it: when an article goes (an event another article shares keeps its edge) or changes (a
    sanction is no longer asserted), the store holds exactly what a fresh build does, and
    every page agrees."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for seed in (ROOT / "seeds").iterdir():
        (corpus / seed.name).write_bytes(seed.read_bytes())
    text = "美国财政部11月4日宣布制裁朝鲜。日本11月4日宣布制裁俄罗斯。"
    (corpus / "a.md").write_text(f"---\ntitle: 甲\ndate: 2025-11-04\n---\n{text}\n", "utf-8")
    (corpus / "b.md").write_text(f"---\ntitle: 乙\ndate: 2025-11-05\n---\n{text}\n", "utf-8")
    store = tmp_path / "store"
    build([corpus], None, store=store)
    _edges_are_right(store)
    (corpus / "b.md").unlink()
    changed = "美国财政部11月4日宣布制裁朝鲜。日本考虑制裁俄罗斯。"  # no longer asserted
    (corpus / "a.md").write_text(f"---\ntitle: 甲\ndate: 2025-11-04\n---\n{changed}\n", "utf-8")
    build([corpus], None, store=store)
    _edges_are_right(store)
    build([corpus], None, store=tmp_path / "fresh")
    with open_graph(store) as source, open_graph(tmp_path / "fresh") as fresh:
        every = (
            "SELECT ?s ?p ?o WHERE { VALUES ?p { kgo:sanctionEdge kgo:edgeActor"
            " kgo:edgePredicate kgo:edgeTarget } ?s ?p ?o }"
        )
        assert set(run_query(source, every).rows) == set(run_query(fresh, every).rows)
    assert _pages(store) == _pages(tmp_path / "fresh")
