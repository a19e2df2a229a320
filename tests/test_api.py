"""The Python API a notebook or a script uses: kg.EventGraph and its page."""

from __future__ import annotations

import html
import re
from pathlib import Path

import networkx as nx
import pytest

import kg
from kg.exceptions import InputError, OutputError, QueryError
from kg.query import format_result

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="module")
def fresh() -> kg.EventGraph:
    return kg.EventGraph.from_articles(SEEDS)


@pytest.fixture(scope="module")
def opened(seeds_build) -> kg.EventGraph:
    return kg.EventGraph.open(seeds_build / "graph.ttl")


def _key(event: dict) -> tuple:
    return (
        event["source"],
        event["sentence_start"],
        event["subject"]["key"],
        event["predicate"],
        event["object"]["key"],
        event["status"],
        event.get("date"),
    )


def test_from_articles_and_open_give_the_same_events(fresh, opened, seeds_build) -> None:
    assert fresh.skipped == []
    assert any(e["event_type"] == "ROLE" for e in fresh.events)
    assert sorted(map(_key, fresh.events)) == sorted(map(_key, opened.events))
    assert len(fresh.rdf) == len(opened.rdf)
    assert re.fullmatch(
        r"EventGraph\('kg: .*seeds': \d+ events, \d+ roles, \d+ triples\)", repr(fresh)
    )


def test_iterating_events(opened) -> None:
    sanctions = [
        (e["subject"]["label"], e["object"]["label"])
        for e in opened.events
        if e["predicate"] == "sanctions"
    ]
    assert ("美国财政部", "朝鲜") in sanctions
    assert all({"sentence", "source", "status", "event_type"} <= e.keys() for e in opened.events)


def test_query_saved_with_parameters_and_as_text(opened) -> None:
    rows = opened.query("events-of-actor", {"actor": "金正恩"}).records()
    assert rows and all(isinstance(row, dict) for row in rows)
    result = opened.query("who-sanctions-whom")
    assert result.records()[0]["actor"] == "美国"
    assert "美国" in format_result(result, "csv")
    assert opened.query("ASK { ?a kgo:sanctions ?b }").boolean is True
    with pytest.raises(QueryError, match="SERVICE"):
        opened.query("SELECT * WHERE { SERVICE <http://e.org/> { ?s ?p ?o } }")
    with pytest.raises(QueryError, match="timeout"):
        opened.query(
            "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", timeout=0.3
        )


def test_networkx_graph(opened) -> None:
    per_event = opened.network()
    bundled = opened.network(aggregate=True)
    assert isinstance(per_event, nx.MultiDiGraph)
    from kg.network import event_id

    events = {event_id(e) for e in opened.events}  # reports of one event are one edge
    assert per_event.number_of_edges() == len(events) < len(opened.events)
    assert bundled.number_of_edges() < per_event.number_of_edges()
    weights = sum(d["weight"] for _, _, d in per_event.edges(data=True))
    assert sum(d["weight"] for _, _, d in bundled.edges(data=True)) == weights
    assert per_event.nodes["PRK"]["label"] == "朝鲜"


def test_page_file_and_notebook_view(opened, tmp_path) -> None:
    path = opened.write_page(tmp_path / "graph.html", title="我的图")
    page = path.read_text(encoding="utf-8")
    assert "<title>我的图</title>" in page and "vis.Network" in page
    shown = opened.page(height=500)._repr_html_()
    match = re.fullmatch(
        r'<iframe srcdoc="([^"]*)" sandbox="([^"]*)" style="[^"]*500px[^"]*"[^>]*></iframe>', shown
    )
    assert match, shown[:300]
    assert html.unescape(match.group(1)) == opened.page().html  # the whole page, escaped
    assert "<" not in match.group(1)
    assert "allow-scripts" in match.group(2) and "allow-same-origin" not in match.group(2)


def test_export_by_suffix(opened, tmp_path) -> None:
    assert opened.export(tmp_path / "g.gexf") == [tmp_path / "g.gexf"]
    written = opened.export(tmp_path / "g.csv", aggregate=True)
    assert [p.name for p in written] == ["g.nodes.csv", "g.edges.csv"]
    assert opened.export(tmp_path / "g.data", "nt")[0].read_text(encoding="utf-8").count(
        "\n"
    ) == len(opened.rdf)
    with pytest.raises(OutputError, match="cannot tell the format"):
        opened.export(tmp_path / "g.svg")


def test_bad_inputs(tmp_path) -> None:
    with pytest.raises(InputError, match="no article could be read"):
        kg.EventGraph.from_articles([tmp_path / "missing"])
    (tmp_path / "g.ttl").write_text("not turtle {", encoding="utf-8")
    with pytest.raises(InputError, match="not valid turtle"):
        kg.EventGraph.open(tmp_path / "g.ttl")
