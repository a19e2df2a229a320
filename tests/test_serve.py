"""kg serve: a real server (``python -m kg serve`` in a subprocess, on a free port) queried with
SPARQLWrapper and curl, as a user's tools would."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree
from rdflib import Graph
from rdflib.compare import isomorphic
from SPARQLWrapper import CSV, JSON, JSONLD, POST, POSTDIRECTLY, TSV, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

from kg.cli import cli
from kg.exceptions import ServeError
from kg.query import load_graph, run_query
from kg.serve import Endpoint, make_server, negotiate

SANCTIONS = "SELECT ?a ?b WHERE { ?a kgo:sanctions ?b } ORDER BY ?a ?b"
CONSTRUCT = "CONSTRUCT { ?a kgo:sanctions ?b } WHERE { ?a kgo:sanctions ?b }"
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
RESULTS_NS = "{http://www.w3.org/2005/sparql-results#}"


def _as_from_a_terminal() -> None:
    """Ctrl-C as a terminal delivers it: a runner that starts the tests in the background
    (``nohup``, ``cmd &``) leaves SIGINT ignored, Python then installs no handler of its own,
    and kg would never see the interrupt these tests send."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


class Server:
    """``kg serve`` running in a subprocess; stopped by its own pid."""

    def __init__(self, graph: Path, log: Path, *args: str) -> None:
        self.log = log.open("w")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "kg", "serve", "-g", str(graph), "--port", "0", *args],
            stdout=subprocess.PIPE,
            stderr=self.log,
            text=True,
            encoding="utf-8",
            preexec_fn=_as_from_a_terminal,
        )
        self.lines: list[str] = []
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            line = self.process.stdout.readline()
            if not line:
                break
            self.lines.append(line.rstrip("\n"))
            if line.startswith("SPARQL"):
                self.sparql = line.split()[1]
                self.base = self.sparql.removesuffix("sparql")
                return
        self.stop()
        raise RuntimeError(f"kg serve did not start: {self.lines} {log.read_text()}")

    def stop(self) -> int:
        if self.process.poll() is None:
            self.process.terminate()
        code = self.process.wait(10)
        self.log.close()
        return code


@pytest.fixture(scope="module")
def graph_file(seeds_build) -> Path:
    return seeds_build / "graph.ttl"


@pytest.fixture(scope="module")
def local(graph_file) -> Graph:
    return load_graph(graph_file)


@pytest.fixture(scope="module")
def server(graph_file, tmp_path_factory) -> Iterator[Server]:
    running = Server(graph_file, tmp_path_factory.mktemp("serve") / "log", "--timeout", "1.5")
    yield running
    running.stop()


def _client(server: Server, query: str, fmt: str = JSON) -> SPARQLWrapper:
    client = SPARQLWrapper(server.sparql)
    client.setQuery(query)
    client.setReturnFormat(fmt)
    client.setTimeout(30)
    return client


def _local_rows(local: Graph, query: str) -> list[list[str]]:
    return [[str(v) for v in row] for row in run_query(local, query).rows]


def _curl(*args: str) -> tuple[int, dict[str, str], str]:
    """(status, headers, body) of one curl call."""
    result = subprocess.run(
        ["curl", "-s", "-S", "-i", "--max-time", "30", *args],
        capture_output=True,
        check=True,
    )
    head, _, body = result.stdout.partition(b"\r\n\r\n")
    while head.split(b" ", 2)[1].startswith(b"1"):  # 100 Continue, then the answer
        head, _, body = body.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    headers = {k.lower(): v.strip() for k, _, v in (x.partition(":") for x in lines[1:])}
    return status, headers, body.decode("utf-8")


needs_curl = pytest.mark.skipif(not shutil.which("curl"), reason="curl is not installed")


# --------------------------------------------------------------------------- SPARQLWrapper


def test_it_listens_on_loopback_by_default(server) -> None:
    assert server.sparql.startswith("http://127.0.0.1:")
    assert any(line.startswith("page    http://127.0.0.1:") for line in server.lines)
    assert server.lines[0].startswith("serving ") and "triples" in server.lines[0]


@pytest.mark.parametrize(
    ("method", "request_method"),
    [(None, None), (POST, None), (POST, POSTDIRECTLY)],
    ids=["GET", "POST form", "POST sparql-query"],
)
def test_select_as_json_by_get_and_both_posts(server, local, method, request_method) -> None:
    client = _client(server, SANCTIONS)
    if method:
        client.setMethod(method)
    if request_method:
        client.setRequestMethod(request_method)
    answer = client.query()
    assert answer.response.headers["Content-Type"] == "application/sparql-results+json"
    document = answer.convert()
    assert document["head"]["vars"] == ["a", "b"]
    rows = [[b["a"]["value"], b["b"]["value"]] for b in document["results"]["bindings"]]
    assert rows == _local_rows(local, SANCTIONS) and rows


def test_select_as_xml_csv_and_tsv(server, local) -> None:
    expected = _local_rows(local, SANCTIONS)
    document = _client(server, SANCTIONS, XML).query().convert()  # a DOM document
    root = etree.fromstring(document.toxml().encode("utf-8"))
    assert [v.get("name") for v in root.iter(f"{RESULTS_NS}variable")] == ["a", "b"]
    xml_rows = [
        [b.find(f"{RESULTS_NS}uri").text for b in result]
        for result in root.iter(f"{RESULTS_NS}result")
    ]
    assert xml_rows == expected

    table = _client(server, SANCTIONS, CSV).query().convert().decode("utf-8")
    assert table.startswith("a,b\r\n")
    assert list(csv.reader(io.StringIO(table)))[1:] == expected

    tsv = _client(server, SANCTIONS, TSV).query().convert().decode("utf-8")
    lines = tsv.splitlines()
    assert lines[0] == "?a\t?b"
    assert [line.split("\t") for line in lines[1:]] == [[f"<{v}>" for v in r] for r in expected]


def test_ask_and_chinese_literals(server) -> None:
    client = _client(server, 'ASK { ?x rdfs:label "朝鲜"@zh }')
    assert client.query().convert() == {"head": {}, "boolean": True}
    labels = _client(server, "SELECT ?l WHERE { ?x a kgo:Country ; rdfs:label ?l }")
    values = {b["l"]["value"] for b in labels.query().convert()["results"]["bindings"]}
    assert {"朝鲜", "美国"} <= values


@pytest.mark.parametrize(("fmt", "syntax"), [(TURTLE, "turtle"), (JSONLD, "json-ld")])
def test_construct_gives_rdf(server, local, fmt, syntax) -> None:
    answer = _client(server, CONSTRUCT, fmt).query()
    body = answer.response.read() if syntax == "turtle" else None
    got = Graph().parse(data=body, format="turtle") if body else answer.convert()
    got = Graph() + got  # a ConjunctiveGraph from SPARQLWrapper's JSON-LD reader
    assert len(got) > 0
    assert isomorphic(got, run_query(local, CONSTRUCT).graph)


@needs_curl
def test_describe_gives_rdf_by_accept_header(server) -> None:
    describe = "DESCRIBE <https://w3id.org/kg-events/id/actor/PRK>"
    status, headers, body = _curl(
        "-G", "-H", "Accept: application/n-triples", "--data-urlencode", f"query={describe}",
        server.sparql,
    )  # fmt: skip
    assert status == 200 and headers["content-type"].startswith("application/n-triples")
    labels = {str(o) for _, p, o in Graph().parse(data=body, format="nt") if "label" in str(p)}
    assert "朝鲜" in labels


def test_an_update_gets_403_and_changes_nothing(server) -> None:
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    before = _client(server, count).query().convert()["results"]["bindings"][0]["n"]["value"]
    client = _client(server, "INSERT DATA { <http://a.example/s> <http://a.example/p> 1 }")
    client.setMethod(POST)
    with pytest.raises(urllib.error.HTTPError) as info:
        client.query()
    assert info.value.code == 403
    assert b"read-only" in info.value.read()
    after = _client(server, count).query().convert()["results"]["bindings"][0]["n"]["value"]
    assert after == before


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("SELECT * WHERE { SERVICE <http://evil.example/sparql> { ?s ?p ?o } }", "SERVICE"),
        ("SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }", "FROM <file:///etc/passwd>"),
        ("SELECT * FROM NAMED <http://e.example/g> WHERE { GRAPH ?g { ?s ?p ?o } }", "FROM"),
        # SPARQLWrapper sends these as updates (update=…): refused before any parsing
        ("LOAD <http://evil.example/data.ttl>", "read-only"),
        ("DROP ALL", "read-only"),
    ],
)
def test_refused_queries_get_403_with_the_reason(server, query, message) -> None:
    with pytest.raises(urllib.error.HTTPError) as info:
        _client(server, query).query()
    assert info.value.code == 403
    body = info.value.read().decode("utf-8")
    assert body.startswith("Error: ") and message in body and body.count("\n") == 1


def test_a_syntax_error_gets_400(server) -> None:
    with pytest.raises(QueryBadFormed) as info:
        _client(server, "SELECT * WHERE { ?s ?p }").query()
    assert "syntax error at line 1" in str(info.value)


def test_a_long_query_is_stopped_with_503_and_others_still_answer(server) -> None:
    outcome: dict[str, object] = {}

    def slow() -> None:
        started = time.monotonic()
        try:
            _client(server, SLOW).query()
        except urllib.error.HTTPError as exc:
            outcome["status"], outcome["body"] = exc.code, exc.read().decode("utf-8")
        outcome["seconds"] = time.monotonic() - started

    worker = threading.Thread(target=slow)
    worker.start()
    time.sleep(0.2)
    started = time.monotonic()
    assert _client(server, "ASK { ?s ?p ?o }").query().convert()["boolean"] is True
    assert time.monotonic() - started < 1.0  # one thread per request
    worker.join(20)
    assert outcome["status"] == 503
    assert "stopped after the 1.5 s timeout" in outcome["body"]
    assert outcome["seconds"] < 6


# --------------------------------------------------------------------------- curl


@needs_curl
def test_curl_negotiates_csv_and_posts_a_query_body(server, local) -> None:
    status, headers, body = _curl(
        "-H", "Accept: text/csv", "--data-urlencode", f"query={SANCTIONS}", server.sparql
    )
    assert status == 200 and headers["content-type"] == "text/csv; charset=utf-8"
    assert body.splitlines()[1:] == [",".join(r) for r in _local_rows(local, SANCTIONS)]

    status, headers, body = _curl(
        "-H",
        "Content-Type: application/sparql-query",
        "-H",
        "Accept: application/sparql-results+xml;q=0.9, text/tab-separated-values;q=0.5",
        "--data-binary",
        SANCTIONS,
        server.sparql,
    )
    assert status == 200 and headers["content-type"].startswith("application/sparql-results+xml")
    etree.fromstring(body.encode("utf-8"))

    status, headers, body = _curl(
        "-G", "-H", "Accept: application/n-triples", "--data-urlencode", f"query={CONSTRUCT}",
        server.sparql,
    )  # fmt: skip
    assert status == 200 and headers["content-type"].startswith("application/n-triples")
    assert isomorphic(Graph().parse(data=body, format="nt"), run_query(local, CONSTRUCT).graph)


@needs_curl
@pytest.mark.parametrize(
    ("args", "status", "message"),
    [
        (["--data-urlencode", "update=DELETE WHERE { ?s ?p ?o }"], 403, "read-only"),
        (
            ["-H", "Content-Type: application/sparql-update", "--data-binary", "CLEAR ALL"],
            403,
            "read-only",
        ),
        (["-G", "--data-urlencode", "query=DELETE WHERE { ?s ?p ?o }"], 403, "DELETE"),
        (["-H", "Content-Type: text/plain", "--data-binary", "ASK {}"], 415, "cannot read"),
        (["-G", "-H", "Accept: text/csv", "--data-urlencode", f"query={CONSTRUCT}"], 406, "fits"),
        (["-G", "--data-urlencode", "query="], 400, "exactly one query"),
        (["-H", "Host: evil.example", "-G", "--data-urlencode", "query=ASK {}"], 403, "host"),
    ],
    ids=["update-form", "update-body", "update-as-query", "415", "406", "empty", "rebinding"],
)
def test_curl_gets_clear_4xx(server, args, status, message) -> None:
    got, headers, body = _curl(*args, server.sparql)
    assert got == status, body
    assert headers["content-type"] == "text/plain; charset=utf-8"
    assert body.startswith("Error: ") and message in body and body.count("\n") == 1


@needs_curl
def test_curl_too_large_a_body_gets_413(server, tmp_path) -> None:
    big = tmp_path / "big.rq"
    big.write_text("ASK {}" + " " * (1 << 21), encoding="utf-8")
    status, _, body = _curl(
        "-H", "Content-Type: application/sparql-query", "--data-binary", f"@{big}", server.sparql
    )
    assert status == 413 and "larger than" in body


@needs_curl
def test_curl_gets_the_network_page(server) -> None:
    status, headers, body = _curl(server.base)
    assert status == 200 and headers["content-type"] == "text/html; charset=utf-8"
    assert "vis.Network" in body and 'id="kg-events"' in body
    assert json.dumps("朝鲜") in body  # a node label, in the page's data
    assert "connect-src 'none'" in headers["content-security-policy"]
    assert not re.search(r"""\b(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", body)
    status, _, body = _curl(server.base + "nope")
    assert status == 404 and "/sparql" in body


# --------------------------------------------------------------------------- start and stop


def test_a_port_in_use_is_one_line(graph_file) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = CliRunner().invoke(cli, ["serve", "-g", str(graph_file), "--port", str(port)])
    assert result.exit_code == 1
    assert result.output == f"Error: 127.0.0.1:{port}: port already in use " + (
        "(is another server running? choose one with --port)\n"
    )


def test_a_graph_that_is_not_rdf_is_one_line(tmp_path) -> None:
    bad = tmp_path / "graph.ttl"
    bad.write_text("<html>this is not Turtle</html>", encoding="utf-8")
    result = CliRunner().invoke(cli, ["serve", "-g", str(bad), "--port", "0"])
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: {bad}: not valid turtle: ")
    assert len(result.output.splitlines()) == 1


def test_make_server_binds_where_asked(local) -> None:
    endpoint = Endpoint(local, "<!doctype html>", timeout=5)
    server = make_server(endpoint, port=0)
    try:
        assert server.server_address[0] == "127.0.0.1"
        with pytest.raises(ServeError, match="port already in use"):
            make_server(endpoint, port=server.server_address[1])
    finally:
        server.server_close()


def test_only_loopback_servers_check_the_host_header(local) -> None:
    endpoint = Endpoint(local, "<!doctype html>", timeout=5)
    for host, checked in (("127.0.0.1", True), ("localhost", True), ("0.0.0.0", False)):
        server = make_server(endpoint, host=host, port=0)  # bound, never served
        try:
            assert (server.RequestHandlerClass.allowed_hosts is not None) is checked, host
        finally:
            server.server_close()


@pytest.mark.skipif(os.name != "posix", reason="SIGINT is POSIX")
def test_ctrl_c_stops_it_cleanly(graph_file, tmp_path) -> None:
    running = Server(graph_file, tmp_path / "log")
    port = int(running.sparql.split(":")[2].split("/")[0])
    running.process.send_signal(signal.SIGINT)
    assert running.process.wait(10) == 0
    running.stop()
    with socket.socket() as again:
        again.bind(("127.0.0.1", port))  # the port was released


def test_accept_header_negotiation() -> None:
    offers = ["application/sparql-results+json", "text/csv", "text/tab-separated-values"]
    assert negotiate(None, offers) == offers[0]
    assert negotiate("*/*", offers) == offers[0]
    assert negotiate("text/*;q=0.9, text/csv;q=0.1", offers) == "text/tab-separated-values"
    assert negotiate("application/json, text/csv;q=0", ["text/csv"]) is None
    assert negotiate("TEXT/CSV", offers) == "text/csv"
    assert negotiate("text/csv;q=oops, */*;q=0.2", offers) == offers[0]


def test_json_results_are_the_same_as_kg_query(server, graph_file) -> None:
    result = CliRunner().invoke(
        cli, ["query", "who-sanctions-whom", "-g", str(graph_file), "--format", "json"]
    )
    from kg.query import resolve_query

    client = _client(server, resolve_query("who-sanctions-whom"))
    assert client.query().convert() == json.loads(result.output)


def test_doctests() -> None:
    import doctest

    import kg.serve

    assert doctest.testmod(kg.serve).failed == 0
