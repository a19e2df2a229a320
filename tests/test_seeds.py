"""The main job on the seeds: `kg build seeds/` gives files a user can query, open and import.

Each saved query is run on the graph built from the two seed articles and its answer is
checked against what the articles say.
"""

from __future__ import annotations

import re
from pathlib import Path

import networkx as nx
import pytest
from lxml import etree

from kg.pipeline import build
from kg.query import list_saved_queries, load_graph, resolve_query, run_query

ROOT = Path(__file__).resolve().parent.parent
SCHEMAS = ROOT / "tests" / "data" / "schemas"


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("seeds-out")
    build([ROOT / "seeds"], folder)
    return folder


@pytest.fixture(scope="module")
def graph(out):
    return load_graph(out / "graph.ttl")


def ask(graph, name: str, **params) -> list[dict]:
    return run_query(graph, resolve_query(name, params)).records()


def test_every_saved_query_runs_on_the_seeds(graph) -> None:
    for query in list_saved_queries():
        params = {
            p.name: "朝鲜" if p.name == "actor" else "美国" for p in query.params if not p.default
        }
        run_query(graph, resolve_query(query.name, params))


def test_who_sanctions_whom(graph) -> None:
    rows = ask(graph, "who-sanctions-whom")
    pairs = {(str(r["actor"]), str(r["target"])) for r in rows}
    assert ("美国", "朝鲜") in pairs
    assert all(target == "朝鲜" for _, target in pairs)


def test_events_of_actor_with_parameter(graph) -> None:
    rows = ask(graph, "events-of-actor", actor="金正恩")
    consults = {str(r["status"]) for r in rows if str(r["type"]) == "CONSULT"}
    # a summit that happened, one that was planned, and one that did not take place
    assert {"asserted", "intended", "negated"} <= consults
    assert all("金正恩" in (str(r["subject"]), str(r["object"])) for r in rows)


def test_timeline_is_in_date_order(graph) -> None:
    dates = [str(r["date"]) for r in ask(graph, "timeline") if r.get("date") is not None]
    assert dates == sorted(dates)
    assert dates[0].startswith("2018")  # the Singapore summit is the earliest event


def test_top_actors(graph) -> None:
    rows = ask(graph, "top-actors")
    top = [str(r["actor"]) for r in rows[:4]]
    assert {"朝鲜", "美国", "特朗普"} <= set(top)


def test_roles(graph) -> None:
    rows = {
        (str(r["person"]), str(r["title"]), str(r["organisation"])) for r in ask(graph, "roles")
    }
    assert ("金正恩", "总书记", "朝鲜劳动党") in rows
    assert ("李在明", "总统", "韩国") in rows
    assert ("龚克瑜", "研究员", "上海大学朝鲜半岛研究中心") in rows


def test_graphml_and_gexf_validate(out) -> None:
    parser = etree.XMLParser(no_network=True)
    for name, xsd in (("graph.graphml", "graphml.xsd"), ("graph.gexf", "gexf.xsd")):
        schema = etree.XMLSchema(etree.parse(str(SCHEMAS / xsd), parser))
        doc = etree.parse(str(out / name))
        assert schema.validate(doc), (name, schema.error_log)
    graph = nx.read_graphml(out / "graph.graphml")
    assert "朝鲜" in {d["label"] for _, d in graph.nodes(data=True)}


def test_page_is_offline_and_utf8(out) -> None:
    html = (out / "graph.html").read_bytes().decode("utf-8")
    assert not re.search(r"""(src|href)\s*=\s*["']?https?:""", html, re.I)
    assert "朝鲜" in html or "\\u671d\\u9c9c" in html  # labels travel as JSON escapes
