"""kg query as a user runs it: result formats, injection attempts through --param, refusals,
timeouts and bad graph files, each a clear one-line error with its exit status."""

from __future__ import annotations

import csv
import io
import json
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from kg.cli import cli
from kg.query import load_graph

SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


@pytest.fixture(scope="module")
def graph_file(seeds_build) -> Path:
    return seeds_build / "graph.ttl"


def _query(graph: Path, *args: str):
    return CliRunner().invoke(cli, ["query", *args, "-g", str(graph)])


def _one_line_error(result, exit_code: int = 1) -> str:
    assert result.exit_code == exit_code, result.output
    assert result.output.startswith("Error: ") and "Traceback" not in result.output
    assert len(result.output.splitlines()) == 1, result.output
    return result.output


# --------------------------------------------------------------------------- pages


def test_a_listing_comes_a_page_at_a_time(graph_file) -> None:
    def timeline(*params: str):
        args = ["query", "timeline", "-g", str(graph_file), "--format", "csv"]
        for param in params:
            args += ["--param", param]
        result = CliRunner().invoke(cli, args)
        return result.stdout.splitlines()[1:], result.stderr

    rows, note = timeline("limit=0")
    assert len(rows) > 5 and note == ""
    assert timeline("limit=2") == (
        rows[:2],
        "rows 1-2: --param offset=2 for the next page, --param limit=0 for every row\n",
    )
    assert timeline("limit=2", "offset=2")[0] == rows[2:4]
    assert timeline(f"offset={len(rows) - 1}") == (rows[-1:], "")  # the last page is not full
    bad = _query(graph_file, "timeline", "--param", "limit=ten")
    assert "parameter 'limit' must be a whole number" in _one_line_error(bad)


# --------------------------------------------------------------------------- formats


def test_every_result_format(graph_file) -> None:
    table = _query(graph_file, "who-sanctions-whom").output
    assert table.splitlines()[0].split() == [
        "actor",
        "predicate",
        "target",
        "events",
        "first",
        "last",
    ]
    assert table.endswith("rows)\n")

    raw = _query(graph_file, "who-sanctions-whom", "--format", "csv").stdout_bytes
    assert raw.startswith(b"actor,predicate,target,events,first,last\r\n")  # RFC 4180 line ends
    text = raw.decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert {"actor": "美国", "target": "朝鲜"}.items() <= rows[0].items()

    text = _query(graph_file, "who-sanctions-whom", "--format", "tsv").output
    assert text.splitlines()[0] == "?actor\t?predicate\t?target\t?events\t?first\t?last"
    assert '"美国"@zh' in text  # TSV terms are in SPARQL syntax
    assert '"3"^^<http://www.w3.org/2001/XMLSchema#integer>' in text

    document = json.loads(_query(graph_file, "who-sanctions-whom", "--format", "json").output)
    first = document["results"]["bindings"][0]
    assert first["actor"] == {"type": "literal", "value": "美国", "xml:lang": "zh"}

    xml = _query(graph_file, "who-sanctions-whom", "--format", "xml").output
    root = etree.fromstring(xml.encode("utf-8"))
    ns = "{http://www.w3.org/2005/sparql-results#}"
    assert root.tag == f"{ns}sparql"
    assert [v.get("name") for v in root.iter(f"{ns}variable")][:3] == [
        "actor",
        "predicate",
        "target",
    ]
    literal = next(root.iter(f"{ns}literal"))
    assert literal.get("{http://www.w3.org/XML/1998/namespace}lang") == "zh"


def test_ask_and_construct(graph_file) -> None:
    assert _query(graph_file, "ASK { ?a kgo:sanctions ?b }", "--format", "json").output == (
        '{"head": {}, "boolean": true}\n'
    )
    construct = "CONSTRUCT { ?a kgo:sanctions ?b } WHERE { ?a kgo:sanctions ?b }"
    assert "kgo:sanctions" in _query(graph_file, construct).output  # Turtle
    result = _query(graph_file, construct, "--format", "csv")
    assert "SELECT only" in _one_line_error(result)


# --------------------------------------------------------------------------- parameters


INJECTIONS = [
    '金正恩" } ; DROP ALL ; #',
    '金正恩"@zh } UNION { ?s ?p ?o } #',
    "金正恩' } #",
    "<http://evil.example/> } SERVICE <http://evil.example/sparql> { ?s ?p ?o } #",
    "x> <y",
    "{ } } {",
    "金正恩\n} ; INSERT DATA { <a:b> <a:c> <a:d> } #",
    'back\\slash\\" }',
]


@pytest.mark.parametrize("value", INJECTIONS)
def test_a_parameter_stays_one_literal(graph_file, value) -> None:
    size = len(load_graph(graph_file))
    result = _query(graph_file, "events-of-actor", "--param", f"actor={value}", "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["results"]["bindings"] == []  # no actor has that name
    assert len(load_graph(graph_file)) == size  # nothing written


def test_a_parameter_finds_its_actor(graph_file) -> None:
    result = _query(graph_file, "events-of-actor", "--param", "actor=金正恩", "--format", "csv")
    assert result.exit_code == 0, result.output
    assert len(result.output.splitlines()) > 3


@pytest.mark.parametrize(
    ("args", "message", "exit_code"),
    [
        (["events-of-actor", "--param", "actor=x\\u0022 }"], "contains a \\u escape", 1),
        (["events-of-actor"], "needs a value for parameter 'actor'", 1),
        (["events-of-actor", "--param", "actor=x", "--param", "year=1"], "unknown parameter", 1),
        (["events-of-actor", "--param", "actor"], "expected NAME=VALUE", 2),
    ],
)
def test_bad_parameters_are_one_line(graph_file, args, message, exit_code) -> None:
    result = _query(graph_file, *args)
    assert result.exit_code == exit_code, result.output
    assert message in result.output and "Traceback" not in result.output


# --------------------------------------------------------------------------- refusals


@pytest.mark.parametrize(
    ("sparql", "message"),
    [
        ("SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }", "FROM <file:///etc/passwd> is"),
        ("SELECT * FROM <https://example.org/data.ttl> WHERE { ?s ?p ?o }", "FROM <https://"),
        ("SELECT * FROM NAMED <http://e.example/g> WHERE { GRAPH ?g { ?s ?p ?o } }", "FROM <"),
        ("SELECT * WHERE { SERVICE <http://e.example/sparql> { ?s ?p ?o } }", "SERVICE <http"),
        ("SELECT * WHERE { SERVICE SILENT <http://e.example/q> { ?s ?p ?o } }", "SERVICE"),
        ("LOAD <http://e.example/data.ttl>", "LOAD is a SPARQL update"),
        (
            "INSERT DATA { <http://a.example/s> <http://a.example/p> 1 }",
            "INSERT is a SPARQL update",
        ),
        ("DELETE WHERE { ?s ?p ?o }", "DELETE is a SPARQL update"),
    ],
)
def test_refusals_are_one_line(graph_file, sparql, message) -> None:
    size = len(load_graph(graph_file))
    output = _one_line_error(_query(graph_file, sparql))
    assert message in output and ("refused" in output or "read-only" in output)
    assert len(load_graph(graph_file)) == size


def test_from_a_graph_of_the_loaded_dataset_is_allowed(graph_file, tmp_path) -> None:
    graph = load_graph(graph_file)
    named = "https://w3id.org/kg-events/id/article/one"
    trig = tmp_path / "g.trig"
    body = graph.serialize(format="nt")
    trig.write_text(f"<{named}> {{\n{body}\n}}\n", encoding="utf-8")
    allowed = f"SELECT (COUNT(*) AS ?n) FROM <{named}> WHERE {{ ?s ?p ?o }}"
    result = _query(trig, allowed, "--format", "csv")
    assert result.exit_code == 0, result.output
    assert int(result.output.splitlines()[1]) == len(graph)
    named_query = f"ASK FROM NAMED <{named}> {{ GRAPH <{named}> {{ ?s ?p ?o }} }}"
    assert _query(trig, named_query).output == "true\n"
    other = allowed.replace("/one", "/two")
    assert "FROM <https://w3id.org/kg-events/id/article/two> is refused" in _one_line_error(
        _query(trig, other)
    )


# --------------------------------------------------------------------------- timeouts


def test_a_long_query_stops_at_its_timeout(graph_file) -> None:
    """Within 4.5 s of what a query that ends at once takes: reading the graph is not the
    query's time, and on a busy machine (the suite runs on every core) it can take seconds."""
    started = time.monotonic()
    assert _query(graph_file, "ASK {}").exit_code == 0
    reading = time.monotonic() - started
    started = time.monotonic()
    output = _one_line_error(_query(graph_file, SLOW, "--timeout", "0.5"))
    assert output == "Error: query text: stopped after the 0.5 s timeout\n"
    assert time.monotonic() - started < reading + 4.5


def test_the_same_query_really_runs_long(graph_file) -> None:
    """The timeout test is meaningful only if the query would run on: it still runs at 2 s."""
    started = time.monotonic()
    _one_line_error(_query(graph_file, SLOW, "--timeout", "2"))
    assert time.monotonic() - started >= 2


def test_timeout_must_be_positive(graph_file) -> None:
    result = _query(graph_file, "ASK {}", "--timeout", "0")
    assert result.exit_code == 2 and "--timeout" in result.output


# --------------------------------------------------------------------------- graph files


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("graph.ttl", b"<html><head><title>not RDF</title></head></html>", "not valid turtle"),
        ("graph.ttl", b"\x89PNG\r\n\x1a\n\x00\x00", "not turtle (not UTF-8 text)"),
        ("graph.ttl", b"", None),
        ("graph.jsonld", b'{"@context": "https://schema.org/", "name": "x"}', "remote JSON-LD"),
        ("graph.nt", b"<a> <b> .\n", "not valid nt"),
        ("graph.xlsx", b"PK\x03\x04", "unknown graph format '.xlsx'"),
    ],
)
def test_a_graph_file_that_is_not_rdf_is_one_line(tmp_path, name, content, message) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    result = _query(path, "ASK { ?s ?p ?o }")
    if message is None:  # an empty file is an empty graph: a valid answer, not an error
        assert result.exit_code == 0 and result.output == "false\n"
        return
    output = _one_line_error(result)
    assert output.startswith(f"Error: {path}: ") and message in output


def test_a_missing_graph_or_a_folder_is_one_line(tmp_path) -> None:
    output = _one_line_error(_query(tmp_path / "nope.ttl", "ASK {}"))
    assert "graph file not found" in output
    output = _one_line_error(_query(tmp_path, "ASK {}"))
    assert "is a folder, not a graph file" in output
