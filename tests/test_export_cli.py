"""kg export: the graph kg build wrote, as GraphML, GEXF, CSV and RDF, checked the way the
files are used: validated against the XSDs, read back by networkx, igraph and rdflib."""

from __future__ import annotations

import csv
import json
from collections import Counter
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner
from lxml import etree
from rdflib import Dataset
from rdflib.compare import isomorphic

from kg.cli import cli
from kg.export import GEXF_NAMESPACE, csv_paths
from kg.network import date_bounds
from kg.query import load_graph

SCHEMAS = Path(__file__).parent / "data" / "schemas"
GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"
GEXF = f"{{{GEXF_NAMESPACE}}}"


def _schema(name: str) -> etree.XMLSchema:
    parser = etree.XMLParser(no_network=True)
    return etree.XMLSchema(etree.parse(str(SCHEMAS / name), parser))


def _valid(name: str, path: Path) -> etree._Element:
    schema = _schema(name)
    tree = etree.parse(str(path), etree.XMLParser(no_network=True))
    assert schema.validate(tree), schema.error_log
    return tree.getroot()


def _export(graph: Path, *args: str) -> str:
    result = CliRunner().invoke(cli, ["export", str(graph), *args])
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture(scope="module")
def graph_file(seeds_build) -> Path:
    return seeds_build / "graph.ttl"


@pytest.fixture(scope="module")
def records(seeds_build) -> list[dict]:
    lines = (seeds_build / "events.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def _events(records: list[dict]) -> dict[str, tuple[dict, int]]:
    """Each event (reports of the same actors, type, status and date are one; roles are
    their own) with its first report and the number of articles reporting it: its weight."""
    from kg.network import event_id

    first: dict[str, dict] = {}
    sources: dict[str, set] = {}
    for record in records:
        key = event_id(record)
        first.setdefault(key, record)
        sources.setdefault(key, set()).add(record["source"])
    return {key: (first[key], len(sources[key])) for key in first}


def _weights(records: list[dict]) -> int:
    """Every event counted once per article that reports it, every role once."""
    return sum(n for _, n in _events(records).values())


def _bundles(records: list[dict]) -> Counter:
    """Event weights per actor pair, predicate and status: the aggregated edges."""
    bundles: Counter = Counter()
    for record, n in _events(records).values():
        if record["event_type"] != "ROLE":
            key = (record["subject"]["key"], record["object"]["key"])
            bundles[(*key, record["predicate"], record["status"])] += n
    return bundles


# --------------------------------------------------------------------------- GraphML


def test_graphml_per_event_is_what_kg_build_wrote(graph_file, seeds_build, records, tmp_path):
    out = tmp_path / "events.graphml"
    _export(graph_file, "--format", "graphml", "-o", str(out))
    _valid("graphml.xsd", out)
    mine = nx.read_graphml(out, force_multigraph=True)
    built = nx.read_graphml(seeds_build / "graph.graphml", force_multigraph=True)
    assert set(mine.edges(keys=True)) == set(built.edges(keys=True))
    events = _events(records)
    assert mine.number_of_edges() == len(events)  # one edge per event and per role
    assert dict(mine.nodes(data="label")) == dict(built.nodes(data="label"))
    weights = {key: float(n) for key, (_, n) in events.items()}
    assert {k: d["weight"] for _, _, k, d in mine.edges(keys=True, data=True)} == weights


def test_graphml_aggregated_weights_and_dates(graph_file, records, tmp_path):
    out = tmp_path / "pairs.graphml"
    _export(graph_file, "--format", "graphml", "--aggregate", "-o", str(out))
    root = _valid("graphml.xsd", out)
    keys = {k.get("attr.name"): k.get("id") for k in root.iter(f"{GRAPHML}key")}
    assert not set(keys.values()) & {"label", "weight", "x", "y"}  # Gephi's reserved ids
    back = nx.read_graphml(out, force_multigraph=True)
    ids = {n: d["key"] for n, d in back.nodes(data=True)}
    got = Counter()
    for u, v, d in back.edges(data=True):
        if d["event_type"] != "ROLE":
            got[(ids[u], ids[v], d["predicate"], d["status"])] += int(d["weight"])
    assert got == _bundles(records)
    sanction = next(
        d for _, _, d in back.edges(data=True) if d["predicate"] == "sanctions" and d["weight"] > 1
    )
    dates = sorted(
        r["date"]
        for r in records
        if (r["predicate"], r["subject"]["key"], r["status"])
        == ("sanctions", "USA", sanction["status"])
        and r["date"]
    )
    assert sanction["first_date"] == dates[0] and sanction["last_date"] == dates[-1]


def test_graphml_reads_back_in_igraph(graph_file, tmp_path):
    igraph = pytest.importorskip("igraph")
    for flag in ("--per-event", "--aggregate"):
        out = tmp_path / f"g{flag}.graphml"
        _export(graph_file, "--format", "graphml", flag, "-o", str(out))
        back = igraph.Graph.Read_GraphML(str(out))
        assert back.is_directed() and back.ecount() > 0
        assert "朝鲜" in back.vs["label"]
        assert all(isinstance(w, float) and w >= 1 for w in back.es["weight"])
        assert {"label", "predicate", "event_type", "status"} <= set(back.es.attributes())
    assert {"first_date", "last_date"} <= set(back.es.attributes())  # the aggregated one


# --------------------------------------------------------------------------- GEXF


@pytest.mark.parametrize("flag", ["--per-event", "--aggregate"])
def test_gexf_validates_and_has_a_timeline(graph_file, records, tmp_path, flag):
    out = tmp_path / "g.gexf"
    _export(graph_file, "--format", "gexf", flag, "-o", str(out))
    root = _valid("gexf.xsd", out)
    body = root.find(f"{GEXF}graph")
    assert (body.get("mode"), body.get("timeformat")) == ("dynamic", "date")
    edges = list(root.iter(f"{GEXF}edge"))
    timed = [e for e in edges if e.get("start") or e.find(f"{GEXF}spells") is not None]
    assert timed, "dated events give the timeline its intervals"
    back = nx.read_gexf(out)
    assert "朝鲜" in {d["label"] for _, d in back.nodes(data=True)}
    weight = sum(float(e.get("weight")) for e in edges)
    assert weight == _weights(records)  # every event once per article, bundled or not


# --------------------------------------------------------------------------- CSV


def test_csv_writes_gephi_node_and_edge_tables(graph_file, records, tmp_path):
    output = _export(graph_file, "--format", "csv", "--aggregate", "-o", str(tmp_path / "g.csv"))
    nodes_path, edges_path = tmp_path / "g.nodes.csv", tmp_path / "g.edges.csv"
    assert output == f"wrote {nodes_path}\nwrote {edges_path}\n"  # on stderr
    with nodes_path.open(encoding="utf-8", newline="") as handle:
        nodes = list(csv.DictReader(handle))
    with edges_path.open(encoding="utf-8", newline="") as handle:
        edges = list(csv.DictReader(handle))
    assert list(nodes[0])[:2] == ["Id", "Label"]
    assert list(edges[0])[:8] == [
        "Source",
        "Target",
        "Type",
        "Id",
        "Label",
        "Weight",
        "Start",
        "End",
    ]
    ids = {n["Id"] for n in nodes}
    assert all(e["Source"] in ids and e["Target"] in ids for e in edges)
    assert sum(float(e["Weight"]) for e in edges) == _weights(records)
    dated = [e for e in edges if e["Start"]]
    assert dated and all(date_bounds(e["Start"]) and e["Start"] <= e["End"] for e in dated)


def test_csv_into_a_folder(graph_file, tmp_path):
    _export(graph_file, "--format", "csv", "-o", str(tmp_path))
    assert (tmp_path / "nodes.csv").stat().st_size and (tmp_path / "edges.csv").stat().st_size
    assert csv_paths(tmp_path / "x") == (tmp_path / "x.nodes.csv", tmp_path / "x.edges.csv")


# --------------------------------------------------------------------------- RDF


@pytest.mark.parametrize(
    ("fmt", "suffix"), [("turtle", ".ttl"), ("nt", ".nt"), ("jsonld", ".jsonld")]
)
def test_rdf_formats_give_the_same_graph(graph_file, tmp_path, fmt, suffix):
    out = tmp_path / f"graph{suffix}"
    _export(graph_file, "--format", fmt, "-o", str(out))
    assert isomorphic(load_graph(out), load_graph(graph_file))


def test_trig_and_stdout(graph_file, tmp_path):
    out = tmp_path / "graph.trig"
    _export(graph_file, "--format", "trig", "-o", str(out))
    dataset = load_graph(out)
    assert isinstance(dataset, Dataset) and len(dataset) == len(load_graph(graph_file))
    lines = _export(graph_file, "--format", "nt").splitlines()  # no -o: stdout
    assert len(lines) == len(load_graph(graph_file))
    assert any("朝鲜" in line for line in lines)


# --------------------------------------------------------------------------- errors


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--format", "csv"], "csv writes two tables: give -o NAME.csv"),
        (["--format", "nt", "--aggregate"], "--aggregate/--per-event apply to graphml, gexf"),
        (["--format", "svg"], "Invalid value for '--format'"),
        ([], "Missing option '--format'"),
    ],
)
def test_usage_errors_exit_2(graph_file, args, message):
    result = CliRunner().invoke(cli, ["export", str(graph_file), *args])
    assert result.exit_code == 2
    assert message in result.output


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"<html><body>not RDF</body></html>", "not valid turtle"), (b"\xff\xfe\x00", "not UTF-8")],
)
def test_a_graph_that_is_not_rdf_is_one_line(tmp_path, content, message):
    bad = tmp_path / "graph.ttl"
    bad.write_bytes(content)
    result = CliRunner().invoke(cli, ["export", str(bad), "--format", "gexf", "-o", "x.gexf"])
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: {bad}: ") and message in result.output
    assert len(result.output.splitlines()) == 1
    assert not Path("x.gexf").exists()


def test_an_unwritable_output_is_one_line(graph_file, tmp_path):
    (tmp_path / "taken.graphml").mkdir()
    result = CliRunner().invoke(
        cli,
        ["export", str(graph_file), "--format", "graphml", "-o", str(tmp_path / "taken.graphml")],
    )
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: {tmp_path / 'taken.graphml'}: cannot write")
    assert not list(tmp_path.glob(".*.tmp"))
