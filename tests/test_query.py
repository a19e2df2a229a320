"""kg.query: saved queries and their answers, safe parameters, refusals, timeouts, formats."""

from __future__ import annotations

import csv
import io
import json
import threading
import time
import unicodedata
from pathlib import Path

import pytest
from lxml import etree
from rdflib import BNode, Dataset, Graph, Literal, URIRef

import kg.query
from kg.exceptions import InputError, OntologyError, QueryError, QueryRefused
from kg.graph import KGO, build_graph, write_rdf
from kg.model import Actor, Event, Mention, Role, Sentence
from kg.query import (
    QueryResult,
    apply_page,
    check_query,
    format_csv,
    format_graph,
    format_json,
    format_result,
    format_table,
    format_tsv,
    format_xml,
    graph_names,
    list_saved_queries,
    load_graph,
    open_graph,
    resolve_query,
    run_query,
)

USA = Actor("USA", "美国", "Country", aliases=("美方",), label_en="United States")
PRK = Actor("PRK", "朝鲜", "Country", aliases=("朝方",))
ROK = Actor("ROK", "韩国", "Country")
TRUMP = Actor("TRUMP", "特朗普", "Person", country="USA")
KIM = Actor("KIM_JONGUN", "金正恩", "Person", country="PRK")
HEGSETH = Actor("HEGSETH", "赫格塞思", "Person", country="USA")
PENTAGON = Actor("USA_MOD", "美国国防部", "Organization", country="USA")

_CAMEO = {"sanctions": "163", "condemns": "111", "meets": "040", "rejects": "120"}
_TYPE = {"sanctions": "SANCTION", "condemns": "ACCUSE", "meets": "CONSULT", "rejects": "REJECT"}


def _event(
    subj: Actor,
    pred: str,
    obj: Actor,
    status: str,
    source: str,
    index: int,
    date: str | None = None,
) -> Event:
    text = f"{subj.label}{pred}{obj.label}。"
    sentence = Sentence(text, index * 100, index * 100 + len(text), index)
    return Event(
        Mention(subj, subj.label, sentence.start, sentence.start + len(subj.label)),
        Mention(obj, obj.label, sentence.end - len(obj.label) - 1, sentence.end - 1),
        pred,
        _TYPE[pred],
        _CAMEO[pred],
        status,
        pred,
        sentence.start + 2,
        sentence,
        source,
        date=date,
        date_from="text" if date else "none",
    )


EVENTS = [
    _event(USA, "sanctions", PRK, "asserted", "a.txt", 0, "2025-11-04"),
    _event(USA, "sanctions", PRK, "asserted", "b.txt", 0, "2025-11-10"),
    _event(PRK, "condemns", USA, "asserted", "a.txt", 1, "2025-11-05"),
    _event(TRUMP, "meets", KIM, "intended", "a.txt", 2, "2025"),
    _event(KIM, "rejects", ROK, "asserted", "b.txt", 1),
]
ROLES = [
    Role(
        Mention(HEGSETH, "赫格塞思", 6, 10),
        Mention(PENTAGON, "美国国防部", 0, 5),
        "部长",
        Sentence("美国国防部长赫格塞思说。", 300, 312, 3),
        "b.txt",
    ),
]


@pytest.fixture(scope="module")
def graph() -> Graph:
    return build_graph(EVENTS, ROLES)


def _run(graph: Graph, spec: str, **params: str) -> list[tuple]:
    result = run_query(graph, resolve_query(spec, params), name=spec)
    return [tuple(None if v is None else v.toPython() for v in row) for row in result.rows]


# --------------------------------------------------------------------------- saved queries


def test_saved_queries_are_listed_with_their_headers() -> None:
    saved = {q.name: q for q in list_saved_queries()}
    assert {
        "who-sanctions-whom",
        "events-of-actor",
        "timeline",
        "top-actors",
        "roles",
        "conflict-pairs",
        "status-breakdown",
        "edge-evidence",
    } <= set(saved)
    for query in saved.values():
        assert query.title and query.description, query.name
        check_query(query.text, name=query.name)  # parses, and is not refused
    assert [p.name for p in _required(saved["events-of-actor"])] == ["actor"]
    assert "金正恩" in saved["events-of-actor"].params[0].description
    assert [p.name for p in _required(saved["edge-evidence"])] == ["actor", "target"]
    paged = {name for name, query in saved.items() if query.params and query.params[-1].default}
    assert paged == set(saved) - {"status-breakdown"}  # every listing comes a page at a time
    limits = {name: {p.name: p.default for p in saved[name].params}["limit"] for name in paged}
    assert limits == dict.fromkeys(paged, "100") | {"top-actors": "50"}


def _required(query) -> list:
    return [p for p in query.params if p.default is None]


def test_who_sanctions_whom(graph: Graph) -> None:
    rows = _run(graph, "who-sanctions-whom")
    assert rows == [("美国", "sanctions", "朝鲜", 2, "2025-11-04", "2025-11-10")]


def test_events_of_actor_by_name_and_by_alias(graph: Graph) -> None:
    rows = _run(graph, "events-of-actor", actor="金正恩")
    assert [(r[0], r[1], r[2], r[3], r[5]) for r in rows] == [
        ("2025", "CONSULT", "intended", "特朗普", "金正恩"),
        (None, "REJECT", "asserted", "金正恩", "韩国"),  # undated events last
    ]
    by_alias = _run(graph, "events-of-actor.rq", actor="朝方")
    assert [r[0] for r in by_alias] == ["2025-11-04", "2025-11-05", "2025-11-10"]
    by_english = _run(graph, "events-of-actor", actor="United States")
    assert len(by_english) == 3
    assert _run(graph, "events-of-actor", actor="金正") == []  # exact names only


def test_timeline_is_in_date_order(graph: Graph) -> None:
    rows = _run(graph, "timeline")
    assert [r[0] for r in rows] == ["2025", "2025-11-04", "2025-11-05", "2025-11-10", None]
    assert rows[1][1:6] == ("SANCTION", "asserted", "美国", "sanctions", "朝鲜")
    assert rows[1][6:] == (1, "美国sanctions朝鲜。", "a.txt")  # one article reports it


def test_top_actors(graph: Graph) -> None:
    rows = {r[0]: r[1:] for r in _run(graph, "top-actors")}
    assert rows["朝鲜"] == ("Country", 3, 1, 2)
    assert rows["美国"] == ("Country", 3, 2, 1)
    # a symmetric event (meets) lists its actors in key order: KIM_JONGUN before TRUMP
    assert rows["金正恩"] == ("Person", 2, 2, 0)
    assert list(rows)[:2] == ["朝鲜", "美国"]  # most events first, then by name


def test_roles(graph: Graph) -> None:
    assert _run(graph, "roles") == [("赫格塞思", "部长", "美国国防部", 1, "b.txt")]


def test_conflict_pairs(graph: Graph) -> None:
    rows = _run(graph, "conflict-pairs")
    assert [r[:5] for r in rows] == [("朝鲜", "美国", 3, 1, 2), ("金正恩", "韩国", 1, 1, 0)]
    assert set(rows[0][5].split()) == {"ACCUSE", "SANCTION"}


def test_status_breakdown(graph: Graph) -> None:
    rows = {r[0]: r[1:] for r in _run(graph, "status-breakdown")}
    assert rows["SANCTION"] == ("conflict", 2, 0, 0, 0, 2)
    assert rows["CONSULT"] == ("cooperation", 0, 1, 0, 0, 1)
    assert set(rows) == {"SANCTION", "CONSULT", "ACCUSE", "REJECT"}


def test_edge_evidence_either_direction(graph: Graph) -> None:
    rows = _run(graph, "edge-evidence", actor="朝鲜", target="美国")
    assert [(r[1], r[2], r[3]) for r in rows] == [
        ("美国", "sanctions", "朝鲜"),
        ("朝鲜", "condemns", "美国"),
        ("美国", "sanctions", "朝鲜"),
    ]
    assert {r[7] for r in rows} == {"a.txt", "b.txt"}


# --------------------------------------------------------------------------- resolving


def test_query_specs(tmp_path: Path) -> None:
    saved = resolve_query("timeline")
    assert saved == resolve_query("timeline.rq")
    file = tmp_path / "mine.rq"
    file.write_text("SELECT ?s WHERE { ?s ?p ?o } LIMIT 1", encoding="utf-8")
    assert resolve_query(f"@{file}") == file.read_text(encoding="utf-8")
    assert resolve_query(str(file)) == file.read_text(encoding="utf-8")
    assert resolve_query("ASK { ?s ?p ?o }") == "ASK { ?s ?p ?o }"


@pytest.mark.parametrize(
    ("spec", "params", "message"),
    [
        ("no-such-query", {}, "no saved query named 'no-such-query' (saved queries: "),
        ("@/nonexistent/q.rq", {}, "/nonexistent/q.rq: query file not found"),
        ("events-of-actor", {}, "events-of-actor: needs a value for parameter 'actor'"),
        ("events-of-actor", {"actor": "x", "year": "2025"}, "unknown parameter 'year'"),
        ("timeline", {"actor": "x"}, "unknown parameter 'actor' (parameters: limit, offset)"),
        ("status-breakdown", {"limit": "5"}, "unknown parameter 'limit' (parameters: none)"),
        ("timeline", {"limit": "-1"}, "parameter 'limit' must be a whole number (0 or more)"),
        ("timeline", {"limit": "1 } DROP ALL"}, "parameter 'limit' must be a whole number"),
        ("timeline", {"offset": "1e3"}, "parameter 'offset' must be a whole number"),
        ("SELECT * WHERE { ?s ?p ?o }", {"who": "x"}, "the query has no ?who"),
        ("SELECT * WHERE { ?s ?p ?o }", {"o} DROP": "x"}, "bad parameter name"),
    ],
)
def test_bad_specs_and_parameters(spec: str, params: dict, message: str) -> None:
    with pytest.raises(QueryError) as info:
        resolve_query(spec, params)
    assert message in str(info.value)


INJECTIONS = [
    '金正恩" } ; DROP ALL ; #',
    '金正恩" } } SERVICE <http://evil.example/> { ?s ?p ?o } #',
    "x' } #",
    "x> <y",
    "}",
    "line one\nline two\r\n",
    'back\\slash\\"',
    '""" triple',
    "?actor",
    "\t",
]


@pytest.mark.parametrize("value", INJECTIONS)
def test_parameters_stay_one_literal(graph: Graph, value: str) -> None:
    size = len(graph)
    text = resolve_query("SELECT ?v WHERE { }", {"v": value})
    result = run_query(graph, text)
    assert result.rows == ((Literal(value),),)
    assert _run(graph, "events-of-actor", actor=value) == []
    assert len(graph) == size


def test_a_unicode_escape_in_a_parameter_is_refused() -> None:
    with pytest.raises(QueryError, match=r"contains a \\u escape"):
        resolve_query("events-of-actor", {"actor": "金正恩\\u0022 }"})


def test_parameters_go_into_the_where_group_not_a_construct_template(graph: Graph) -> None:
    text = resolve_query(
        "CONSTRUCT { ?x <http://example.org/named> ?n } WHERE { ?x <http://www.w3.org/2000/01/"
        "rdf-schema#label> ?n . FILTER(STR(?n) = ?name) }",
        {"name": "韩国"},
    )
    result = run_query(graph, text)
    assert result.kind == "graph" and len(result.graph) == 1


def test_a_parameter_reaches_every_sub_select_that_uses_it(graph: Graph) -> None:
    """A sub-SELECT's variables are its own: the VALUES block goes into its group as well."""
    text = resolve_query(
        "SELECT ?n WHERE { { SELECT (COUNT(*) AS ?n) WHERE { ?x kgo:name ?who . "
        "?e kgo:actor ?x } } }",
        {"who": "朝鲜"},
    )
    assert text.count('VALUES ?who { "朝鲜" }') == 2
    assert [int(r[0]) for r in run_query(graph, text).rows] == [1]  # 朝鲜 condemns 美国


def test_several_parameters_are_one_values_row() -> None:
    text = resolve_query("edge-evidence", {"actor": "美国", "target": '朝"鲜'})
    assert 'VALUES (?actor ?target) { ("美国" "朝\\"鲜") }' in text


# --------------------------------------------------------------------------- pages


def test_page_clauses_follow_the_page_parameters() -> None:
    text = "SELECT * WHERE { ?s ?p ?o }\nLIMIT 10  # = limit\nOFFSET 0  # = offset\nLIMIT 3"
    paged = apply_page(text, {"limit": "5", "offset": "20"})
    assert "LIMIT 5  # = limit\nOFFSET 20  # = offset\nLIMIT 3" in paged
    every = apply_page(text, {"limit": "0", "offset": "0"})
    assert "\n# LIMIT 10 dropped" in every and "\nOFFSET 0  # = offset\nLIMIT 3" in every
    inner = apply_page(
        "SELECT * { { SELECT ?s { ?s ?p ?o } LIMIT 7  # = offset + limit + 1\n} }",
        {"limit": "5", "offset": "20"},
    )
    assert "LIMIT 26  # = offset + limit + 1" in inner
    with pytest.raises(QueryError, match="no LIMIT or OFFSET marked"):
        apply_page("SELECT * WHERE { ?s ?p ?o } LIMIT 10", {"limit": "5"})
    with pytest.raises(QueryError, match="'size', not a page parameter"):
        apply_page("SELECT * WHERE { ?s ?p ?o } LIMIT 10  # = size", {"limit": "5"})


def test_a_page_parameter_needs_a_whole_number_default(tmp_path: Path) -> None:
    query = tmp_path / "mine.rq"
    query.write_text(
        "# title: Mine\n# param: limit=many — rows\n"
        "SELECT * WHERE { ?s ?p ?o } LIMIT 1  # = limit\n",
        encoding="utf-8",
    )
    with pytest.raises(OntologyError, match="whole-number default"):
        resolve_query(f"@{query}")
    query.write_text(
        "# title: Mine\n# param: limit=2 — rows\nSELECT ?s WHERE { ?s ?p ?o } LIMIT 2  # = limit\n",
        encoding="utf-8",
    )
    assert "LIMIT 2" in resolve_query(f"@{query}")
    assert "LIMIT 9" in resolve_query(f"@{query}", {"limit": 9})  # numbers from Python too


ACTORS = [USA, PRK, ROK, TRUMP, KIM, HEGSETH, PENTAGON]
PREDICATES = ["sanctions", "condemns", "meets", "rejects"]
DATES = ["2025-11-04", "2025-11-04", "2025-11", "2025", None, "2025-10-30", "2024-01-02", None]


@pytest.fixture(scope="module")
def busy() -> Graph:
    """Enough events for several pages: ties on a date, precisions mixed, undated ones,
    events reported by two articles, posts in several articles."""
    events, roles = [], []
    for n in range(40):
        subj, obj = ACTORS[n % 7], ACTORS[(n * 3 + 1) % 7]
        if subj == obj:
            obj = ACTORS[(n + 1) % 7]
        status = ("asserted", "asserted", "intended", "negated")[n % 4]
        source = f"{'abcd'[n % 4]}.txt"
        events.append(_event(subj, PREDICATES[n % 4], obj, status, source, n, DATES[n % 8]))
        if n % 5 == 0:  # the same event from another article
            events.append(_event(subj, PREDICATES[n % 4], obj, status, "e.txt", n, DATES[n % 8]))
    for n, person in enumerate([HEGSETH, TRUMP, KIM] * 4):
        org, title = [PENTAGON, USA, PRK][(n // 3) % 3], ["部长", "主席"][n % 2]
        sentence = Sentence(
            f"{org.label}{title}{person.label}说。", 5000 + n * 50, 5010 + n * 50, n
        )
        roles.append(
            Role(
                Mention(person, person.label, 0, 2),
                Mention(org, org.label, 0, 2),
                title,
                sentence,
                f"{'xyz'[n % 3]}.txt",
            )
        )
    return build_graph(events, roles)


def test_the_pages_of_every_listing_make_up_the_whole_listing(busy: Graph) -> None:
    """Page after page (rdflib and Oxigraph alike) gives the rows of limit=0, in the same
    order, whichever page reaches the undated events or splits a day."""
    ox = pytest.importorskip("pyoxigraph")
    store = ox.Store()
    store.load(busy.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
    values = {"actor": "美国", "target": "朝鲜"}
    paged = [q for q in list_saved_queries() if {"limit", "offset"} <= {p.name for p in q.params}]
    assert len(paged) == 7
    for query in paged:
        params = {p.name: values[p.name] for p in query.params if p.default is None}
        whole = run_query(busy, resolve_query(query.name, {**params, "limit": "0"})).rows
        assert len(whole) > 3, query.name
        for graph in (busy, store):
            pages = []
            for offset in range(0, len(whole) + 3, 3):
                page = {**params, "limit": "3", "offset": str(offset)}
                pages += run_query(graph, resolve_query(query.name, page)).rows
            assert _in_order(pages) == _in_order(whole), (query.name, graph)
            every = run_query(graph, resolve_query(query.name, {**params, "limit": "0"})).rows
            assert _in_order(every) == _in_order(whole), (query.name, graph)
        first = run_query(store, resolve_query(query.name, params)).rows
        default = int({p.name: p.default for p in query.params}["limit"])
        assert _in_order(first) == _in_order(whole[:default]), query.name


def test_pages_count_events_once_when_a_name_fits_two_actors() -> None:
    """An event between two actors who share a name is found twice by that name: the days a
    page reaches are counted in events, not in matches, or a page would stop a day short."""
    first = Actor("X1", "甲国", "Country", aliases=("同名",))
    second = Actor("X2", "乙国", "Country", aliases=("同名",))
    events = [
        _event(first, "condemns", second, "asserted", "a.txt", n, f"2025-01-0{n + 1}")
        for n in range(4)
    ] + [_event(first, "condemns", USA, "asserted", "b.txt", 0)]
    graph = build_graph(events)
    for name, params in (
        ("events-of-actor", {"actor": "同名"}),
        ("edge-evidence", {"actor": "同名", "target": "同名"}),
    ):
        whole = _run(graph, name, **params, limit="0")
        pages = [
            row
            for n in range(len(whole))
            for row in _run(graph, name, **params, limit="1", offset=str(n))
        ]
        assert pages == whole and len(whole) >= 4, name


def test_the_timeline_puts_undated_events_last_on_every_page(busy: Graph) -> None:
    rows = [r[0] for r in _run(busy, "timeline", limit="0")]
    dated = [d for d in rows if d is not None]
    assert dated == sorted(dated) and rows == dated + [None] * (len(rows) - len(dated))
    assert len(dated) < len(rows) and rows.count("2025-11-04") > 3  # undated ones, a busy day
    last = _run(busy, "timeline", limit="4", offset=str(len(dated) - 2))
    assert [r[0] for r in last] == [dated[-2], dated[-1], None, None]


# --------------------------------------------------------------------------- refusals


@pytest.mark.parametrize(
    ("sparql", "message"),
    [
        ("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", "SERVICE"),
        (
            "select * where { { select ?s where { service <http://e.org/> { ?s ?p ?o } } } }",
            "SERVICE",
        ),
        ("SELECT * WHERE { \\u0053ERVICE <http://e.org/> { ?s ?p ?o } }", "SERVICE"),
        ("SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }", "FROM"),
        ("SELECT * FROM NAMED <http://example.org/g> WHERE { GRAPH ?g { ?s ?p ?o } }", "FROM"),
        ("LOAD <http://example.org/data.ttl>", "LOAD is a SPARQL update"),
        ("INSERT DATA { <http://a> <http://b> <http://c> }", "INSERT is a SPARQL update"),
        ("DELETE WHERE { ?s ?p ?o }", "DELETE is a SPARQL update"),
        ("PREFIX x: <http://x/> DROP ALL", "DROP is a SPARQL update"),
        ("CLEAR DEFAULT", "CLEAR is a SPARQL update"),
        ("CREATE GRAPH <http://example.org/g>", "CREATE is a SPARQL update"),
    ],
)
def test_refusals(graph: Graph, sparql: str, message: str) -> None:
    size = len(graph)
    with pytest.raises(QueryError) as info:
        run_query(graph, sparql, name="q")
    assert message in str(info.value)
    assert str(info.value).startswith("q: ")
    assert "refused" in str(info.value) or "read-only" in str(info.value)
    assert len(graph) == size


def test_refusals_are_query_refused_and_syntax_errors_are_not(graph: Graph) -> None:
    with pytest.raises(QueryRefused):
        run_query(graph, "SELECT * WHERE { SERVICE <http://e.org/> { ?s ?p ?o } }")
    with pytest.raises(QueryRefused):
        check_query("SELECT * FROM <http://e.org/g> WHERE { ?s ?p ?o }")
    with pytest.raises(QueryError) as info:
        run_query(graph, "SELECT * WHERE {")
    assert not isinstance(info.value, QueryRefused)


def test_rdflib_never_loads_a_from_graph() -> None:
    """The second lock: even a query that slipped past the checks could not fetch a graph."""
    import rdflib.plugins.sparql

    assert rdflib.plugins.sparql.SPARQL_LOAD_GRAPHS is False


def test_from_may_name_only_graphs_of_the_loaded_dataset(graph: Graph) -> None:
    dataset = Dataset()
    name = URIRef("https://w3id.org/kg-events/id/article/a")
    named_graph = dataset.graph(name)
    named_graph += graph
    assert graph_names(dataset) == {name} and graph_names(graph) == frozenset()
    count = f"SELECT (COUNT(*) AS ?n) FROM <{name}> WHERE {{ ?s ?p ?o }}"
    assert run_query(dataset, count).rows[0][0].toPython() == len(graph)
    assert check_query(count, graph=dataset) == "select"
    named = f"ASK FROM NAMED <{name}> {{ GRAPH ?g {{ ?s kgo:sanctions ?o }} }}"
    assert run_query(dataset, named).boolean is True
    with pytest.raises(QueryRefused, match="FROM"):
        run_query(graph, count)  # a graph file has no named graphs
    with pytest.raises(QueryRefused, match="article/b"):
        run_query(dataset, count.replace("/a>", "/b>"))


def test_open_graph_is_the_one_way_in(tmp_path: Path, graph: Graph) -> None:
    write_rdf(graph, tmp_path / "g.ttl")
    assert len(open_graph(tmp_path / "g.ttl")) == len(graph)
    with pytest.raises(InputError, match="is a folder, not a graph file"):
        open_graph(tmp_path)


def test_keywords_inside_strings_and_names_are_not_refused(graph: Graph) -> None:
    sparql = (
        "PREFIX load: <http://example.org/>\n"
        'SELECT ?from ?service WHERE { BIND("SERVICE <x> FROM INSERT" AS ?from) '
        "# DROP ALL\n BIND(load:drop AS ?service) }"
    )
    result = run_query(graph, sparql)
    assert result.rows == ((Literal("SERVICE <x> FROM INSERT"), URIRef("http://example.org/drop")),)


def test_syntax_error_names_the_query_in_one_line(graph: Graph) -> None:
    with pytest.raises(QueryError) as info:
        run_query(graph, "SELECT * WHERE {\n  ?s ?p \n}", name="mine.rq")
    message = str(info.value)
    assert message.startswith("mine.rq: syntax error at line ")
    assert "\n" not in message


def test_unknown_prefix_is_a_clear_error(graph: Graph) -> None:
    with pytest.raises(QueryError, match="Unknown namespace prefix"):
        run_query(graph, "SELECT * WHERE { ?s nope:thing ?o }")


def test_kg_prefixes_are_predeclared(graph: Graph) -> None:
    result = run_query(graph, "SELECT ?b WHERE { ?a kgo:sanctions ?b }")
    assert result.rows == ((URIRef("https://w3id.org/kg-events/id/actor/PRK"),),)


# --------------------------------------------------------------------------- timeouts

_SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def test_timeout_stops_a_long_query(graph: Graph) -> None:
    started = time.monotonic()
    with pytest.raises(QueryError, match="stopped after the 0.3 s timeout"):
        run_query(graph, _SLOW, timeout=0.3, name="slow")
    assert time.monotonic() - started < 3


def test_timeout_in_a_server_thread(graph: Graph) -> None:
    outcome: list[BaseException | None] = []

    def work() -> None:
        try:
            run_query(graph, _SLOW, timeout=0.3)
            outcome.append(None)
        except QueryError as exc:
            outcome.append(exc)

    started = time.monotonic()
    thread = threading.Thread(target=work)
    thread.start()
    thread.join(10)
    assert isinstance(outcome[0], QueryError) and "timeout" in str(outcome[0])
    assert time.monotonic() - started < 5


def test_timeout_without_asynchronous_exceptions(graph: Graph, monkeypatch) -> None:
    """Where the worker cannot be interrupted, the caller still gets its error in time."""
    monkeypatch.setattr("kg.query._SET_ASYNC_EXC", None)
    started = time.monotonic()
    with pytest.raises(QueryError, match="timeout"):
        run_query(graph, _SLOW, timeout=0.3)
    assert time.monotonic() - started < 3
    monkeypatch.undo()
    for thread in threading.enumerate():  # do not leave the abandoned query running
        if thread.name == "kg-query":
            kg.query._stop(thread)
            assert not thread.is_alive()


def test_no_timeout_fires_after_a_query_ends(graph: Graph) -> None:
    run_query(graph, "ASK { ?s ?p ?o }", timeout=0.1)
    end = time.monotonic() + 0.3
    while time.monotonic() < end:  # a stray asynchronous _Timeout would land here
        sum(range(100))


def test_a_quick_query_is_not_stopped(graph: Graph) -> None:
    assert _run(graph, "roles") == [("赫格塞思", "部长", "美国国防部", 1, "b.txt")]
    result = run_query(graph, resolve_query("roles"), timeout=30)
    assert len(result.rows) == 1
    with pytest.raises(QueryError, match="positive"):
        run_query(graph, "ASK {}", timeout=0)


# --------------------------------------------------------------------------- formats


@pytest.fixture(scope="module")
def sanctions(graph: Graph) -> QueryResult:
    return run_query(graph, resolve_query("who-sanctions-whom"))


def test_json_format(graph: Graph, sanctions: QueryResult) -> None:
    document = json.loads(format_json(sanctions))
    assert document["head"]["vars"] == ["actor", "predicate", "target", "events", "first", "last"]
    binding = document["results"]["bindings"][0]
    assert binding["actor"] == {"type": "literal", "value": "美国", "xml:lang": "zh"}
    assert binding["events"]["datatype"] == "http://www.w3.org/2001/XMLSchema#integer"
    iri = json.loads(format_json(run_query(graph, "SELECT ?b WHERE { ?a kgo:sanctions ?b }")))
    assert iri["results"]["bindings"][0]["b"]["type"] == "uri"
    assert json.loads(format_json(run_query(graph, "ASK { ?a kgo:sanctions ?b }"))) == {
        "head": {},
        "boolean": True,
    }


def test_csv_format(sanctions: QueryResult) -> None:
    text = format_csv(sanctions)
    assert text.startswith("actor,predicate,target,events,first,last\r\n")
    assert list(csv.reader(io.StringIO(text)))[1] == [
        "美国",
        "sanctions",
        "朝鲜",
        "2",
        "2025-11-04",
        "2025-11-10",
    ]


def test_tsv_format(sanctions: QueryResult) -> None:
    lines = format_tsv(sanctions).splitlines()
    assert lines[0] == "?actor\t?predicate\t?target\t?events\t?first\t?last"
    assert lines[1].split("\t")[:4] == [
        '"美国"@zh',
        '"sanctions"',
        '"朝鲜"@zh',
        '"2"^^<http://www.w3.org/2001/XMLSchema#integer>',
    ]


def test_tsv_and_csv_keep_awkward_values_in_one_cell() -> None:
    result = QueryResult("select", ("v",), ((Literal('a\t"b"\nc,d'),),))
    assert format_tsv(result) == '?v\n"a\\t\\"b\\"\\nc,d"\n'
    assert list(csv.reader(io.StringIO(format_csv(result)))) == [["v"], ['a\t"b"\nc,d']]


def test_table_aligns_chinese_and_drops_control_characters(sanctions: QueryResult) -> None:
    lines = format_table(sanctions).splitlines()
    assert lines[0].split() == ["actor", "predicate", "target", "events", "first", "last"]
    before = lines[2][: lines[2].index("sanctions")]  # "美国   ": 美国 is 4 columns wide
    assert sum(2 if unicodedata.east_asian_width(c) == "W" else 1 for c in before) == 7
    assert lines[0].index("predicate") == 7
    assert lines[-1] == "(1 row)"
    hostile = QueryResult("select", ("v",), ((Literal("red\x1b[31m\nnext"),),))
    assert "\x1b" not in format_table(hostile) and "\n" not in format_table(hostile).split("\n")[2]


def test_graph_results(graph: Graph) -> None:
    result = run_query(graph, "CONSTRUCT { ?a kgo:sanctions ?b } WHERE { ?a kgo:sanctions ?b }")
    assert "kgo:sanctions" in format_table(result)
    assert json.loads(format_json(result))
    with pytest.raises(QueryError, match="SELECT only"):
        format_csv(result)
    with pytest.raises(QueryError, match="unknown result format"):
        format_result(result, "yaml")
    rdf_xml = format_xml(result)
    assert Graph().parse(data=rdf_xml, format="xml").isomorphic(result.graph)
    assert "kg-events/ontology#sanctions" in format_graph(result, "nt")
    with pytest.raises(QueryError, match="unknown graph format"):
        format_graph(result, "svg")


def test_xml_format(sanctions: QueryResult) -> None:
    """SPARQL Query Results XML: head variables, one result per row, typed terms."""
    ns = "{http://www.w3.org/2005/sparql-results#}"
    root = etree.fromstring(format_xml(sanctions).encode("utf-8"))
    assert [v.get("name") for v in root.iter(f"{ns}variable")] == list(sanctions.columns)
    results = list(root.iter(f"{ns}result"))
    assert len(results) == len(sanctions.rows)
    actor = results[0].find(f"{ns}binding[@name='actor']/{ns}literal")
    assert (actor.text, actor.get("{http://www.w3.org/XML/1998/namespace}lang")) == ("美国", "zh")
    events = results[0].find(f"{ns}binding[@name='events']/{ns}literal")
    assert events.get("datatype") == "http://www.w3.org/2001/XMLSchema#integer"
    odd = QueryResult(
        "select",
        ("u", "b", "t", "missing"),
        ((URIRef("http://e.org/x"), BNode("b0"), Literal("a\x07<b>&"), None),),
    )
    root = etree.fromstring(format_xml(odd).encode("utf-8"))
    binding = {b.get("name"): b[0] for b in root.iter(f"{ns}binding")}
    assert binding["u"].tag == f"{ns}uri" and binding["b"].tag == f"{ns}bnode"
    assert binding["t"].text == "a\ufffd<b>&"  # escaped by the XML writer; \x07 cannot be XML
    assert "missing" not in binding
    ask = etree.fromstring(format_xml(QueryResult("ask", boolean=False)).encode("utf-8"))
    assert ask.find(f"{ns}boolean").text == "false" and ask.find(f"{ns}head") is not None


# --------------------------------------------------------------------------- loading graphs


def test_load_graph_by_suffix(tmp_path: Path, graph: Graph) -> None:
    for suffix in (".ttl", ".nt", ".jsonld"):
        path = tmp_path / f"graph{suffix}"
        write_rdf(graph, path)
        assert len(load_graph(path)) == len(graph)
    trig = tmp_path / "graph.trig"
    write_rdf(graph, trig)
    dataset = load_graph(trig)
    assert isinstance(dataset, Dataset)
    assert _run(dataset, "roles") == [("赫格塞思", "部长", "美国国防部", 1, "b.txt")]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("bad.ttl", "this is not turtle {", "not valid turtle"),
        ("bad.ttl", b"\xff\xfe\x00binary", "not turtle (not UTF-8 text)"),
        ("graph.csv", "a,b", "unknown graph format '.csv'"),
        ("remote.jsonld", '{"@context": "http://schema.org/", "name": "x"}', "remote JSON-LD"),
        ("import.jsonld", '{"@context": {"@import": "http://e.org/c"}}', "remote JSON-LD"),
    ],
)
def test_load_graph_errors(tmp_path: Path, name: str, content: str | bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    with pytest.raises(InputError) as info:
        load_graph(path)
    assert str(info.value).startswith(str(path))
    assert message in str(info.value)


def test_load_graph_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="graph file not found"):
        load_graph(tmp_path / "nope.ttl")


# --------------------------------------------------------------------------- other stores


def test_a_pyoxigraph_store_gives_the_same_answers(graph: Graph) -> None:
    ox = pytest.importorskip("pyoxigraph")
    store = ox.Store()
    store.load(graph.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
    for query in list_saved_queries():
        params = {p.name: "朝鲜" if p.name == "actor" else "美国" for p in _required(query)}
        text = resolve_query(query.name, params)
        ox_rows, rdflib_rows = run_query(store, text).rows, run_query(graph, text).rows
        assert _normal(ox_rows) == _normal(rdflib_rows), query.name
        if query.name != "status-breakdown":  # a listing: the same order, page by page
            assert _in_order(ox_rows) == _in_order(rdflib_rows), query.name
    with pytest.raises(QueryError, match="SERVICE"):
        run_query(store, "SELECT * WHERE { SERVICE <http://e.org/> { ?s ?p ?o } }")
    assert run_query(store, "ASK { ?a kgo:sanctions ?b }").boolean is True


def test_records_give_python_values(graph: Graph) -> None:
    result = run_query(graph, resolve_query("who-sanctions-whom"))
    assert result.records() == [
        {
            "actor": "美国",
            "predicate": "sanctions",
            "target": "朝鲜",
            "events": 2,
            "first": "2025-11-04",
            "last": "2025-11-10",
        },
    ]
    assert KGO.sanctions  # the namespace is importable from kg.graph


def _in_order(rows):
    """Rows in their order, each cell's concatenated parts sorted (GROUP_CONCAT has no order)."""
    return [
        tuple(None if v is None else " ".join(sorted(str(v).split(" "))) for v in row)
        for row in rows
    ]


def _normal(rows):
    """GROUP_CONCAT and ties in ORDER BY have no defined order in SPARQL: compare rows as a
    sorted list, with concatenated parts sorted too."""
    return sorted(
        (
            tuple(
                " ".join(sorted(str(v).split())) if v is not None and " " in str(v) else str(v)
                for v in row
            )
            for row in rows
        ),
    )


def test_doctests() -> None:
    import doctest

    assert doctest.testmod(kg.query).failed == 0
