"""The shortcuts of the eighteenth speed pass give what the long way gives.

- a sentence that reports no act is searched once for a vote or an organ: the one regex
  finds something exactly where one of the two finds something;
- an actor's alternative labels and names are quoted once per run: the triples are those
  the plain loops made, in the same order;
- a build that writes files alone does not hash kg's code and the ontology; a store build
  still keeps the fingerprint in its manifest.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import kg.pipeline
from kg.actors import organ_pattern
from kg.extract import _vote_or_organ_pattern, _vote_scene_pattern
from kg.gazetteer import load_gazetteer
from kg.graph import _ALT_LABEL, _NAME, _name_triples, _plain, _text
from kg.model import Actor
from kg.pipeline import build
from kg.store import read_manifest

# written for the test, in the style of international news and commentary
SENTENCES = [
    "安理会当天就该决议草案进行表决。",
    "决议以13票赞成、2票弃权获得通过。",
    "台外交部今天回应称，此事与台湾无关。",
    "国防部随后发表声明。",
    "军方没有进一步说明。",
    "这是一个漫长而寒冷的冬天。",
    "他在文章中回顾了自己的童年。",
    "表面上看，双方的分歧并不大。",
    "议会大厦前聚集了数百人。",
    "",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_one_search_finds_a_vote_or_an_organ_where_either_does(text: str) -> None:
    gaz = load_gazetteer()
    either = _vote_scene_pattern().search(text) or organ_pattern(gaz).search(text)
    assert bool(_vote_or_organ_pattern(gaz).search(text)) == bool(either)


def test_sentences_with_neither_are_told_apart() -> None:
    gaz = load_gazetteer()
    assert _vote_or_organ_pattern(gaz).search("安理会当天就该决议草案进行表决。")
    assert _vote_or_organ_pattern(gaz).search("国防部随后发表声明。")
    assert not _vote_or_organ_pattern(gaz).search("这是一个漫长而寒冷的冬天。")


def _plain_loops(node: str, actor: Actor, surface: str) -> list[tuple[str, str, str]]:
    """The triples as _add_actor made them before they were cached."""
    triples = []
    for alias in (*actor.aliases, surface):
        if alias and alias != actor.label:
            triples.append((node, _ALT_LABEL, _text(alias)))
    for name in (actor.label, actor.label_en, *actor.aliases, surface):
        if name:
            triples.append((node, _NAME, _plain(name)))
    return triples


ACTORS = [
    (Actor("USA", "美国", "Country", ("美方", "美", "USA"), label_en="United States"), "美方"),
    (Actor("USA", "美国", "Country", ("美方", "美"), label_en="United States"), "美国"),
    (Actor("王小明", "王小明", "Person", known=False), "王小明"),
    (Actor("NATO", "北约", "Organization", ("北大西洋公约组织",)), 'NATO "北约"'),
]


@pytest.mark.parametrize(("actor", "surface"), ACTORS)
def test_the_cached_name_triples_are_those_of_the_plain_loops(actor: Actor, surface: str) -> None:
    node = f"<https://w3id.org/kg-events/id/actor/{actor.key}>"
    assert list(_name_triples(node, actor, surface)) == _plain_loops(node, actor, surface)
    assert _name_triples(node, actor, surface) is _name_triples(node, actor, surface)


ARTICLE = "---\ntitle: 甲\ndate: 2025-11-05\n---\n美国财政部11月4日对朝鲜实施制裁。\n"


def test_a_build_that_writes_files_alone_hashes_no_code(tmp_path: Path, monkeypatch) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.md").write_text(ARTICLE, encoding="utf-8")

    def no_fingerprint() -> str:
        raise AssertionError("a build without a store or a push hashed kg's code")

    monkeypatch.setattr(kg.pipeline, "extraction_fingerprint", no_fingerprint)
    result = build([corpus], tmp_path / "out")
    assert result.articles == 1
    assert (tmp_path / "out" / "graph.ttl").exists()


def test_a_store_build_keeps_the_fingerprint(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.md").write_text(ARTICLE, encoding="utf-8")
    build([corpus], None, store=tmp_path / "store")
    fingerprint = read_manifest(tmp_path / "store")["fingerprint"]
    assert fingerprint == kg.pipeline.extraction_fingerprint()
