"""The roles listing reads the role nodes kg writes on posts (kgo:role, kg.ttl): it must give
what the query that joined the holder, title and organisation of every post gave
(tests/data/roles-by-post.rq): the same columns, the same rows in the same order, on every
page, on a store (Oxigraph) and on a Turtle file (rdflib). The article files of a row are
compared as a set: GROUP_CONCAT gives them in whatever order the engine met them."""

from __future__ import annotations

from pathlib import Path

from same_pages import PAGES, assert_same_pages, rows_of

from kg.pipeline import build
from kg.query import load_graph, open_graph, run_query

ROOT = Path(__file__).resolve().parents[1]
SAVED = ROOT / "ontology" / "queries" / "roles.rq"
BY_POST = Path(__file__).parent / "data" / "roles-by-post.rq"


def _row(row) -> tuple:
    """The article files of a row as a set: GROUP_CONCAT gives them in any order."""
    return (*row[:4], frozenset(str(row[4]).split()))


def _same_as_by_post(graph, least_rows: int) -> None:
    assert_same_pages(graph, SAVED, BY_POST, least_rows, row=_row)


def test_the_same_pages_as_joining_every_post_on_a_store(seeds_store):
    with open_graph(seeds_store[0]) as source:
        _same_as_by_post(source, 5)


def test_the_same_pages_as_joining_every_post_on_a_turtle_file(seeds_store):
    _same_as_by_post(load_graph(seeds_store[1]), 5)


def test_the_same_pages_on_a_synthetic_store_with_many_ties(ties_store):
    """The benchmark's graph, small: hundreds of people, most with a few posts, in
    organisations that hold many, so the order of the names decides the pages."""
    with open_graph(ties_store) as source:
        _same_as_by_post(source, 100)


def test_every_post_has_the_role_of_its_holder_title_and_organisation(seeds_store):
    """Every post links to exactly one role, whose parts are the post's; one role node per
    holder, title and organisation; nothing but a post has a role."""
    checks = [
        # a post without a role, or with two
        "SELECT (COUNT(*) AS ?n) WHERE { ?post a kgo:Post"
        " FILTER NOT EXISTS { ?post kgo:role ?r } }",
        "SELECT (COUNT(*) AS ?n) WHERE { ?post kgo:role ?r , ?s FILTER(?r != ?s) }",
        # a role on something that is no post
        "SELECT (COUNT(*) AS ?n) WHERE { ?x kgo:role ?r FILTER NOT EXISTS { ?x a kgo:Post } }",
        # a role whose holder, title or organisation is not the post's
        "SELECT (COUNT(*) AS ?n) WHERE { ?post kgo:role ?r ; kgo:holder ?p ; kgo:postTitle ?t ;"
        " kgo:postIn ?o . ?r kgo:roleHolder ?rp ; kgo:roleTitle ?rt ; kgo:roleIn ?ro"
        " FILTER(?rp != ?p || ?rt != ?t || ?ro != ?o) }",
        # two role nodes for one holder, title and organisation; a role with two of a part
        "SELECT (COUNT(*) AS ?n) WHERE { ?r kgo:roleHolder ?p ; kgo:roleTitle ?t ; kgo:roleIn ?o ."
        " ?s kgo:roleHolder ?p ; kgo:roleTitle ?t ; kgo:roleIn ?o FILTER(?r != ?s) }",
        "SELECT (COUNT(*) AS ?n) WHERE { ?r kgo:roleHolder ?p , ?q FILTER(?p != ?q) }",
        "SELECT (COUNT(*) AS ?n) WHERE { ?r kgo:roleTitle ?p , ?q FILTER(?p != ?q) }",
        "SELECT (COUNT(*) AS ?n) WHERE { ?r kgo:roleIn ?p , ?q FILTER(?p != ?q) }",
    ]
    with open_graph(seeds_store[0]) as source:
        roles = "SELECT (COUNT(*) AS ?n) WHERE { ?post kgo:role ?r }"
        assert int(run_query(source, roles).rows[0][0]) > 0
        for sparql in checks:
            assert int(run_query(source, sparql).rows[0][0]) == 0, sparql


def _roles_pages(store: Path) -> list:
    with open_graph(store) as source:
        text = SAVED.read_text(encoding="utf-8")
        return [rows_of(source, text, page, _row) for page in PAGES]


def test_roles_follow_changed_and_deleted_articles(tmp_path):
    """A role node belongs to its posts, so every article graph that states a role holds it:
    when an article goes (its posts' roles stay if another article states them) or changes
    (a new post), the store holds exactly what a fresh build does, and every page agrees."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for seed in (ROOT / "seeds").iterdir():
        (corpus / seed.name).write_bytes(seed.read_bytes())
    posts = "美国国防部长赫格塞思11月3日表示将访问韩国。美国国防部长赫格塞思4日会见了韩国总统。"
    (corpus / "a.md").write_text(f"---\ntitle: 甲\ndate: 2025-11-04\n---\n{posts}\n", "utf-8")
    (corpus / "b.md").write_text(f"---\ntitle: 乙\ndate: 2025-11-05\n---\n{posts}\n", "utf-8")
    store = tmp_path / "store"
    build([corpus], None, store=store)
    with open_graph(store) as source:
        shared = (
            "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p kgo:role ?r . ?q kgo:role ?r"
            " FILTER(?p != ?q) }"
        )
        assert int(run_query(source, shared).rows[0][0]) >= 2  # one role, stated in a.md and b.md
    (corpus / "b.md").unlink()
    (corpus / "a.md").write_text(
        "---\ntitle: 甲\ndate: 2025-11-04\n---\n朝鲜外务省副相金恩哲11月4日批评美国。\n", "utf-8"
    )
    build([corpus], None, store=store)
    build([corpus], None, store=tmp_path / "fresh")
    with open_graph(store) as source, open_graph(tmp_path / "fresh") as fresh:
        every = (
            "SELECT ?s ?p ?o WHERE { VALUES ?p { kgo:role kgo:roleHolder kgo:roleTitle kgo:roleIn }"
            " ?s ?p ?o }"
        )
        assert set(run_query(source, every).rows) == set(run_query(fresh, every).rows)
    assert _roles_pages(store) == _roles_pages(tmp_path / "fresh")
