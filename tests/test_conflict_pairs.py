"""The conflict-pairs ranking reads the pairs of names kg writes on asserted conflict events
(kgo:conflictPairForward/Backward, kg.ttl): it must give what the query that named every
event's actors from their labels gave (tests/data/conflict-pairs-by-label.rq): the same
columns, the same rows in the same order, on every page, on a store (Oxigraph) and on a
Turtle file (rdflib). The event types of a row are compared as a set: GROUP_CONCAT gives them
in whatever order the engine met them."""

from __future__ import annotations

from pathlib import Path

from same_pages import assert_same_pages

from kg.query import load_graph, open_graph, run_query

ROOT = Path(__file__).resolve().parents[1]
SAVED = ROOT / "ontology" / "queries" / "conflict-pairs.rq"
BY_LABEL = Path(__file__).parent / "data" / "conflict-pairs-by-label.rq"


def _row(row) -> tuple:
    """The event types of a row as a set: GROUP_CONCAT gives them in any order."""
    return (*row[:5], frozenset(str(row[5]).split()))


def _same_as_by_label(graph, least_rows: int) -> None:
    assert_same_pages(graph, SAVED, BY_LABEL, least_rows, row=_row)


def test_the_same_pages_as_naming_every_event_on_a_store(seeds_store):
    with open_graph(seeds_store[0]) as source:
        _same_as_by_label(source, 5)


def test_the_same_pages_as_naming_every_event_on_a_turtle_file(seeds_store):
    _same_as_by_label(load_graph(seeds_store[1]), 5)


def test_the_same_pages_on_a_synthetic_store_with_many_ties(ties_store):
    """The benchmark's graph, small: hundreds of pairs, most with one or two events, so the
    order of the names decides the pages."""
    with open_graph(ties_store) as source:
        _same_as_by_label(source, 300)


def test_a_pair_is_named_by_the_labels_whatever_the_direction(seeds_store):
    """Every asserted conflict event has exactly one pair; its names are the labels of its
    actor and target, the actor's first when the event is forward; no other event has one."""
    checks = [
        # an asserted conflict event without a pair, or with two
        "SELECT (COUNT(*) AS ?n) WHERE { ?c kgo:polarity kgo:conflict . ?e kgo:assertedType ?c"
        " FILTER NOT EXISTS { ?e kgo:conflictPairForward|kgo:conflictPairBackward ?p } }",
        "SELECT (COUNT(*) AS ?n) WHERE { ?e kgo:conflictPairForward|kgo:conflictPairBackward"
        " ?p , ?q FILTER(?p != ?q) }",
        # a pair on an event that is not an asserted conflict event
        "SELECT (COUNT(*) AS ?n) WHERE { ?e kgo:conflictPairForward|kgo:conflictPairBackward ?p"
        " FILTER NOT EXISTS { ?e kgo:assertedType ?c . ?c kgo:polarity kgo:conflict } }",
        # names that are not the labels of the actor and target, in code-point order
        "SELECT (COUNT(*) AS ?n) WHERE { ?e kgo:conflictPairForward ?p ; kgo:actor/rdfs:label ?a ;"
        " kgo:target/rdfs:label ?b . ?p kgo:firstName ?f ; kgo:secondName ?s"
        " FILTER(?f != STR(?a) || ?s != STR(?b) || ?f > ?s) }",
        "SELECT (COUNT(*) AS ?n) WHERE { ?e kgo:conflictPairBackward ?p ; kgo:actor/rdfs:label ?a ;"
        " kgo:target/rdfs:label ?b . ?p kgo:firstName ?f ; kgo:secondName ?s"
        " FILTER(?f != STR(?b) || ?s != STR(?a) || ?f >= ?s) }",
    ]
    with open_graph(seeds_store[0]) as source:
        pairs = "SELECT (COUNT(*) AS ?n) WHERE { ?e kgo:conflictPairForward ?p }"
        assert int(run_query(source, pairs).rows[0][0]) > 0
        for sparql in checks:
            assert int(run_query(source, sparql).rows[0][0]) == 0, sparql
