"""kg.export: GraphML, GEXF and CSV that validate and open in Gephi, networkx and igraph."""

from __future__ import annotations

import csv
import doctest
from pathlib import Path

import network_sample as sample
import networkx as nx
import pytest
from lxml import etree

import kg.export
from kg.exceptions import OutputError
from kg.export import GEXF_NAMESPACE, write_csv, write_gephi, write_gexf, write_graphml
from kg.network import to_networkx

SCHEMAS = Path(__file__).parent / "data" / "schemas"
GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"
GEXF = f"{{{GEXF_NAMESPACE}}}"


def _schema(name: str) -> etree.XMLSchema:
    """The XSD with its imports (xlink.xsd, viz.xsd) read from disk; the network is off."""
    parser = etree.XMLParser(no_network=True)
    return etree.XMLSchema(etree.parse(str(SCHEMAS / name), parser))


def _assert_valid(schema: etree.XMLSchema, path: Path) -> etree._ElementTree:
    tree = etree.parse(str(path), etree.XMLParser(no_network=True))
    assert schema.validate(tree), schema.error_log
    return tree


def _events():
    # one more hostile detail: a control character XML cannot hold
    events = sample.sample_events()
    return [
        *events,
        sample._event(
            sample.CHN,
            sample.PRK,
            "supports",
            "SUPPORT",
            "051",
            "中国\x07支持朝鲜。",
            date="2025-06",
            start=300,
        ),
    ]


@pytest.fixture(params=[False, True], ids=["per-event", "aggregated"])
def graph(request) -> nx.MultiDiGraph:
    return to_networkx(_events(), sample.sample_roles(), aggregate=request.param)


@pytest.fixture(scope="module")
def graphml_schema():
    return _schema("graphml.xsd")


@pytest.fixture(scope="module")
def gexf_schema():
    return _schema("gexf.xsd")


# --- GraphML -------------------------------------------------------------------------------


def test_graphml_validates(graph, graphml_schema, tmp_path):
    write_graphml(graph, tmp_path / "g.graphml")
    _assert_valid(graphml_schema, tmp_path / "g.graphml")


def test_graphml_keys_follow_gephi_conventions(graph, tmp_path):
    write_graphml(graph, tmp_path / "g.graphml")
    root = etree.parse(str(tmp_path / "g.graphml")).getroot()
    keys = {(k.get("for"), k.get("attr.name")): k for k in root.iter(f"{GRAPHML}key")}
    assert all(k.get("id").startswith("d") and k.get("id")[1:].isdigit() for k in keys.values())
    assert keys[("node", "label")].get("attr.type") == "string"
    assert keys[("edge", "label")].get("attr.type") == "string"
    assert keys[("edge", "weight")].get("attr.type") == "double"
    assert ("edge", "source") not in keys  # Gephi would take it for the source node
    assert {("edge", "article"), ("edge", "articles")} & set(keys)
    edges = list(root.iter(f"{GRAPHML}edge"))
    ids = [e.get("id") for e in edges]
    assert all(ids) and len(set(ids)) == len(ids) == graph.number_of_edges()
    types = {k.get("id"): k.get("attr.type") for k in keys.values()}
    for data in root.iter(f"{GRAPHML}data"):
        assert data.text != "None"
        if types[data.get("key")] == "double":
            float(data.text)
        elif types[data.get("key")] in ("int", "long"):
            int(data.text)


def test_graphml_reads_back_in_networkx(graph, tmp_path):
    write_graphml(graph, tmp_path / "g.graphml")
    back = nx.read_graphml(tmp_path / "g.graphml", force_multigraph=True)
    assert back.number_of_nodes() == graph.number_of_nodes()
    assert back.number_of_edges() == graph.number_of_edges()
    assert sorted(d["label"] for _, d in back.nodes(data=True)) == sorted(
        d["label"] for _, d in graph.nodes(data=True)
    )
    assert {d["key"] for _, d in back.nodes(data=True)} == set(graph)
    assert {k for _, _, k in back.edges(keys=True)} == {k for _, _, k in graph.edges(keys=True)}
    weights = [d["weight"] for _, _, d in back.edges(data=True)]
    assert all(isinstance(w, float) for w in weights)
    assert sum(weights) == 8  # every event counted once, aggregated or not
    sentences = " ".join(
        d.get("sentence", d.get("sentences", "")) for _, _, d in back.edges(data=True)
    )
    assert "<script>alert(1)</script>" in sentences  # kept as text, escaped by the XML
    assert "中国支持朝鲜。" in sentences  # the control character is gone


def test_graphml_reads_back_in_igraph(graph, tmp_path):
    igraph = pytest.importorskip("igraph")
    write_graphml(graph, tmp_path / "g.graphml")
    back = igraph.Graph.Read_GraphML(str(tmp_path / "g.graphml"))
    assert back.is_directed()
    assert (back.vcount(), back.ecount()) == (graph.number_of_nodes(), graph.number_of_edges())
    assert sorted(back.vs["label"]) == sorted(d["label"] for _, d in graph.nodes(data=True))
    assert all(isinstance(w, float) for w in back.es["weight"])
    assert "美国财政部" in back.vs["label"]


def test_graphml_node_ids_are_name_tokens(tmp_path, graphml_schema):
    graph = to_networkx(_events())
    write_graphml(graph, tmp_path / "g.graphml")
    root = _assert_valid(graphml_schema, tmp_path / "g.graphml").getroot()
    ids = {n.get("id") for n in root.iter(f"{GRAPHML}node")}
    assert {"美国财政部", "USA_TREASURY", "皮特·赫格塞思"} & ids == {"USA_TREASURY"}
    assert not any(" " in i or "<" in i for i in ids)


# --- GEXF ----------------------------------------------------------------------------------


def test_gexf_validates(graph, gexf_schema, tmp_path):
    write_gexf(graph, tmp_path / "g.gexf")
    root = _assert_valid(gexf_schema, tmp_path / "g.gexf").getroot()
    assert root.get("version") == "1.2"
    body = root.find(f"{GEXF}graph")
    assert (body.get("mode"), body.get("timeformat"), body.get("defaultedgetype")) == (
        "dynamic",
        "date",
        "directed",
    )


def test_gexf_edges_have_time_intervals(tmp_path):
    write_gexf(to_networkx(_events(), sample.sample_roles()), tmp_path / "g.gexf")
    root = etree.parse(str(tmp_path / "g.gexf")).getroot()
    spans = {
        e.get("label") + "@" + (e.get("start") or ""): (e.get("start"), e.get("end"))
        for e in root.iter(f"{GEXF}edge")
    }
    assert spans["制裁@2025-03-04"] == ("2025-03-04", "2025-03-04")
    assert spans["制裁@2025-05-01"] == ("2025-05-01", "2025-05-31")  # partial month
    assert spans["会晤@2025-01-01"] == ("2025-01-01", "2025-12-31")  # year only
    assert spans["支持@2024-02-01"] == ("2024-02-01", "2024-02-29")
    assert spans["批评@"] == (None, None)  # undated: always present
    labels = {n.get("label") for n in root.iter(f"{GEXF}node")}
    assert {"美国财政部", "朝鲜", "<b>X&Y</b> 公司"} <= labels


def test_gexf_aggregated_edges_have_spells(tmp_path, gexf_schema):
    write_gexf(to_networkx(_events(), aggregate=True), tmp_path / "g.gexf")
    root = _assert_valid(gexf_schema, tmp_path / "g.gexf").getroot()
    sanction = next(e for e in root.iter(f"{GEXF}edge") if e.get("label") == "制裁")
    assert sanction.get("weight") == "2.0"
    spells = [(s.get("start"), s.get("end")) for s in sanction.iter(f"{GEXF}spell")]
    assert spells == [("2025-03-04", "2025-03-04"), ("2025-05-01", "2025-05-31")]


def test_gexf_attributes_are_declared_with_types(tmp_path):
    write_gexf(to_networkx(_events()), tmp_path / "g.gexf")
    root = etree.parse(str(tmp_path / "g.gexf")).getroot()
    declared = {
        (a.getparent().get("class"), a.get("title")): a.get("type")
        for a in root.iter(f"{GEXF}attribute")
    }
    assert declared[("node", "n_events")] == "integer"
    assert declared[("node", "type")] == "string"
    assert declared[("edge", "confidence")] == "double"
    assert declared[("edge", "event_type")] == "string"
    assert ("edge", "label") not in declared and ("edge", "weight") not in declared


# --- CSV -----------------------------------------------------------------------------------


def test_csv_tables_for_gephi(graph, tmp_path):
    write_csv(graph, tmp_path / "nodes.csv", tmp_path / "edges.csv")
    raw = (tmp_path / "nodes.csv").read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    with open(tmp_path / "nodes.csv", encoding="utf-8", newline="") as handle:
        nodes = list(csv.reader(handle))
    with open(tmp_path / "edges.csv", encoding="utf-8", newline="") as handle:
        edges = list(csv.reader(handle))
    assert nodes[0][:2] == ["Id", "Label"]
    assert edges[0][:8] == ["Source", "Target", "Type", "Id", "Label", "Weight", "Start", "End"]
    assert {"article", "articles"} & set(edges[0])
    assert "source" not in [h.lower() for h in edges[0][3:]]
    assert len(nodes) - 1 == graph.number_of_nodes()
    assert len(edges) - 1 == graph.number_of_edges()
    assert {row[2] for row in edges[1:]} == {"Directed"}
    assert len({row[3] for row in edges[1:]}) == graph.number_of_edges()
    assert ["USA_TREASURY", "美国财政部"] in [row[:2] for row in nodes]
    assert all(float(row[5]) >= 1 for row in edges[1:])


# --- graphs not built by kg.network ---------------------------------------------------------


def _hand_built() -> nx.MultiDiGraph:
    """networkx' own keys (0, 1 per pair), int nodes, missing and mixed attributes."""
    graph = nx.MultiDiGraph()
    graph.add_node(1, label="甲", score=3)
    graph.add_node(2)
    graph.add_node("a b/c", label=None, score=2.5)
    graph.add_edge(1, 2, date="2025-01", tags=["x", "y"], note=None)
    graph.add_edge(1, 2, weight="heavy", events=[{"date": "2025-02"}])
    graph.add_edge(2, "a b/c", flag=True)
    return graph


@pytest.mark.parametrize("build", [_hand_built, nx.MultiDiGraph], ids=["hand-built", "empty"])
def test_any_multigraph_exports_validly(build, tmp_path, graphml_schema, gexf_schema):
    graph = build()
    write_graphml(graph, tmp_path / "g.graphml")
    write_gexf(graph, tmp_path / "g.gexf")
    write_csv(graph, tmp_path / "n.csv", tmp_path / "e.csv")
    _assert_valid(graphml_schema, tmp_path / "g.graphml")
    root = _assert_valid(gexf_schema, tmp_path / "g.gexf").getroot()
    ids = [e.get("id") for e in root.iter(f"{GEXF}edge")]
    assert len(ids) == len(set(ids)) == graph.number_of_edges()
    back = nx.read_graphml(tmp_path / "g.graphml", force_multigraph=True)
    assert back.number_of_edges() == graph.number_of_edges()
    if graph:
        scores = {d["key"]: d.get("score") for _, d in back.nodes(data=True)}
        assert scores == {"1": 3.0, "2": None, "a b/c": 2.5}  # one type: double
        assert sorted(d["weight"] for _, _, d in back.edges(data=True)) == [1.0, 1.0, 1.0]


@pytest.mark.parametrize("build", [_hand_built, nx.MultiDiGraph], ids=["hand-built", "empty"])
def test_both_gephi_files_at_once_are_the_files_one_at_a_time(build, graph, tmp_path):
    """write_gephi flattens the graph once for both files: the same bytes as each alone."""
    for network in (build(), graph):
        write_graphml(network, tmp_path / "one.graphml")
        write_gexf(network, tmp_path / "one.gexf")
        write_gephi(network, tmp_path / "both.graphml", tmp_path / "both.gexf")
        for suffix in ("graphml", "gexf"):
            one, both = tmp_path / f"one.{suffix}", tmp_path / f"both.{suffix}"
            assert both.read_bytes() == one.read_bytes()


# --- errors and doctests -------------------------------------------------------------------


def test_unwritable_path_is_an_output_error(tmp_path):
    (tmp_path / "taken").mkdir()
    with pytest.raises(OutputError):
        write_graphml(to_networkx(_events()), tmp_path / "taken")


def test_doctests():
    assert doctest.testmod(kg.export).failed == 0
