"""The role and edge nodes (kgo:role, kgo:sanctionEdge) travel with their article graphs: after
kg build --push, and after a rebuild that sends only the changed articles, a real Oxigraph
server answers roles and who-sanctions-whom as the store does."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from kg.pipeline import build
from kg.query import open_graph, resolve_query, run_query

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location(
    "scale_tests", Path(__file__).parent / "test_scale.py"
)
_scale = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_scale)
oxigraph_server = _scale.oxigraph_server  # the fixture: a real `oxigraph serve`

COLUMNS = {
    "roles": ("person", "title", "organisation", "mentions", "sources"),
    "who-sanctions-whom": ("actor", "predicate", "target", "events", "first", "last"),
}


def _row(values: list) -> tuple:
    """The sources of a role (GROUP_CONCAT, in whatever order an engine met them) as a set."""
    return tuple(frozenset(v.split()) if n == 4 and v else v for n, v in enumerate(values))


def _same_on_the_server(store: Path, base: str) -> None:
    with open_graph(store) as source:
        for name, columns in COLUMNS.items():
            sparql = resolve_query(name, {"limit": "0"})
            local = [
                _row([None if term is None else str(term) for term in row])
                for row in run_query(source, sparql).rows
            ]
            remote = [_row([row.get(c) for c in columns]) for row in _scale._remote(base, sparql)]
            assert remote == local and local, name


def test_roles_and_sanction_edges_go_with_their_articles(oxigraph_server, tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for seed in (ROOT / "seeds").iterdir():
        (folder / seed.name).write_bytes(seed.read_bytes())
    text = "美国国防部长赫格塞思11月3日表示，美国财政部11月4日宣布制裁朝鲜。"
    text += "日本11月4日宣布制裁俄罗斯。"
    for name, day in (("a.md", "04"), ("b.md", "05")):
        (folder / name).write_text(
            f"---\ntitle: {name}\ndate: 2025-11-{day}\n---\n{text}\n", "utf-8"
        )
    store, url = tmp_path / "store", oxigraph_server + "/store"
    build([folder], None, store=store, push=url)
    _same_on_the_server(store, oxigraph_server)
    (folder / "b.md").unlink()
    changed = "美国财政部11月4日宣布制裁朝鲜。日本考虑制裁俄罗斯。"
    (folder / "a.md").write_text(f"---\ntitle: a\ndate: 2025-11-04\n---\n{changed}\n", "utf-8")
    result = build([folder], None, store=store, push=url)
    assert "1 article graphs sent, 1 removed" in result.pushed
    _same_on_the_server(store, oxigraph_server)
