"""Round 37, helper nl: faults the last round's closing note left open. Sentences written for
the tests."""

from __future__ import annotations

from kg.extract import extract_article
from kg.graph import build_graph, events_from_graph
from tests.data.sentences import article

# -- 1. a ROLE record's title as the article writes it -----------------------------------------


def test_a_roles_title_is_written_as_the_traditional_page_writes_it() -> None:
    """An annotator of a traditional page writes 國防部長; the graph's role keeps 国防部长."""
    text = "美國國防部長赫格塞思週二在華盛頓會見了日本防衛大臣中谷元。"
    result = extract_article(article(text))
    titles = {r.to_json()["title"] for r in result.roles}
    assert titles == {"國防部長", "防衛大臣"}
    assert {r.title for r in result.roles} == {"国防部长", "防卫大臣"}
    graph = build_graph(result.events, result.roles)
    read_back = [r for r in events_from_graph(graph) if r["event_type"] == "ROLE"]
    assert {r["title"] for r in read_back} == titles


def test_a_roles_title_on_a_simplified_page_is_as_before() -> None:
    result = extract_article(article("美国国防部长赫格塞思在华盛顿会见了日本防卫大臣中谷元。"))
    assert {r.to_json()["title"] for r in result.roles} == {"国防部长", "防卫大臣"}
