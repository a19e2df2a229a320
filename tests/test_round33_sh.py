"""The output stage's exact speed pass (round 33, helper sh): each fast path against the old
one on the dev articles, and a test that fails if the fast path is gone."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg import pipeline
from kg.extract import extract_article
from kg.gazetteer import load_gazetteer
from kg.graph import PREFIX_IRIS, _parses_as_iri, _url, article_ntriples, ontology_ntriples
from kg.memgraph import Answers, MemoryGraph, add_ntriples
from tests.data.dev_articles import dev_articles


@pytest.fixture(scope="module")
def dev_graph() -> Answers:
    """The in-memory graph of a build of the dev articles (as kg build makes it)."""
    gaz = load_gazetteer()
    graph = MemoryGraph()
    add_ntriples(graph, "", ontology_ntriples())
    for article in dev_articles():
        extracted = extract_article(article, gaz)
        add_ntriples(graph, "", article_ntriples(extracted.events, extracted.roles, [article]))
    answers = graph.settle(pipeline._loaded_store)
    assert isinstance(answers, Answers)
    return answers


def _strict_turtle(data: bytes, lines: set[bytes], path) -> None:
    """The Turtle writer as it was: the sorted lines parsed with every IRI checked."""
    maybe_blank = pipeline._lines_holding(data, b"_:")
    lines.difference_update(maybe_blank)
    if maybe_blank:
        parsed = ox.parse(b"\n".join(maybe_blank) + b"\n", ox.RdfFormat.N_TRIPLES)
        renamed = ox.serialize(
            pipeline._canonical_blank_nodes(list(parsed)), format=ox.RdfFormat.N_TRIPLES
        )
        lines.update(renamed.splitlines())
    ordered = b"\n".join(sorted(lines)) + b"\n"
    with open(path, "wb") as handle:
        ox.serialize(
            ox.parse(ordered, ox.RdfFormat.N_TRIPLES),
            handle,
            ox.RdfFormat.TURTLE,
            prefixes=PREFIX_IRIS,
        )


def test_the_lenient_turtle_is_the_strict_one_on_the_dev_articles(dev_graph, tmp_path):
    pipeline._write_lines_as_turtle(dev_graph.data, set(dev_graph.lines), tmp_path / "new.ttl")
    _strict_turtle(dev_graph.data, set(dev_graph.lines), tmp_path / "old.ttl")
    new = (tmp_path / "new.ttl").read_bytes()
    assert new == (tmp_path / "old.ttl").read_bytes()
    assert new.count(b"\n") > 20_000


def test_the_turtle_writer_parses_lenient(monkeypatch, tmp_path):
    """The fast path itself: the graph's lines are not checked a second time."""
    seen = []
    parse = ox.parse

    def watched(*args, **kwargs):
        seen.append(kwargs.get("lenient", False))
        return parse(*args, **kwargs)

    monkeypatch.setattr(ox, "parse", watched)
    line = b'<https://w3id.org/kg-events/id/a> <https://w3id.org/kg-events/ontology#name> "x" .'
    pipeline._write_lines_as_turtle(line + b"\n", {line}, tmp_path / "g.ttl")
    assert seen == [True]
    assert (tmp_path / "g.ttl").read_bytes().endswith(b'kgid:a kgo:name "x" .\n')


@pytest.mark.parametrize(
    "url",
    ["http://a.example/%zz", "http://a.example:80x/", "http://[::1/x", "https://a.example/%E4%"],
)
def test_a_url_the_parser_refuses_is_kept_as_text(url):
    """_SAFE_URL let these through as IRIs: the build failed writing graph.ttl (and a store
    refused to load the article); the one IRI kg takes from its input is now checked."""
    assert not _parses_as_iri(url)
    assert _url(url) == f'"{url}"'


@pytest.mark.parametrize(
    "url", ["https://www.example.com/news/2024/01/a.html?id=3&x=%E4%B8%AD", "http://a.example/é"]
)
def test_a_well_formed_url_is_still_an_iri(url):
    assert _parses_as_iri(url)
    assert _url(f" {url} ") == f"<{url}>"


def test_an_article_with_a_broken_url_builds(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "url: http://a.example/%zz\ntitle: 测试\n\n"
        "美国总统拜登10月3日在华盛顿会见日本首相岸田文雄。\n",
        encoding="utf-8",
    )
    pipeline.build([folder], tmp_path / "out")
    turtle = (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")
    assert 'dcterms:source "http://a.example/%zz"' in turtle
