"""The shortcuts of the hot-path speed pass of round twenty-one give what the long way gives.

- a 他们 looks back at an earlier sentence for a list of countries only where an actor may
  start right after a list joiner (和|美国, 、|俄), or where a title may teach a leader: in
  every other sentence the look back finds no list (checked on every sentence of seeds,
  dev and terminus-dev, and on sentences written for the test).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.actors import find_actors
from kg.articles import iter_articles
from kg.extract import _country_lists, _may_join_countries
from kg.model import Skipped
from kg.sentences import split_sentences

ROOT = Path(__file__).resolve().parents[1]
SETS = ["seeds", "eval/dev", "eval/terminus-dev"]

# written for the test, in the style of international news and commentary
LISTS = [
    "中国和俄罗斯在联合国安理会投票反对该决议。",
    "法国、德国以及意大利外长发表联合声明。",
    "美国与日本举行了联合军事演习。",
    "中国、美国和俄罗斯三国代表出席会议。",
    "会议由英国和法国共同主持。",
]
NO_LISTS = [
    "他表示和平进程不会因此中断。",  # 和平: no actor after the joiner
    "双方同意继续保持沟通与协调。",  # 与协调
    "此前及此后都没有人提出异议。",  # 及此后
    "这一决定引发了广泛关注和讨论。",
]


@pytest.mark.parametrize("text", LISTS)
def test_a_list_passes(gaz, text: str) -> None:
    assert _may_join_countries(gaz, text)
    assert _country_lists(text, find_actors(text, 0, len(text), gaz, {}).mentions)


@pytest.mark.parametrize("text", NO_LISTS)
def test_no_actor_after_a_joiner_stays_silent(gaz, text: str) -> None:
    assert not _may_join_countries(gaz, text)
    assert not _country_lists(text, find_actors(text, 0, len(text), gaz, {}).mentions)


def test_no_list_where_the_gate_says_none(gaz) -> None:
    """On every sentence of the gold sets' articles, a look back finds a list of countries
    only where the gate lets it look."""
    checked = passed = 0
    for item in iter_articles([str(ROOT / s) for s in SETS]):
        if isinstance(item, Skipped):
            continue
        for sentence in split_sentences(item):
            checked += 1
            if _may_join_countries(gaz, sentence.text):
                passed += 1
                continue
            found = find_actors(item.text, sentence.start, sentence.end, gaz, {})
            assert not _country_lists(item.text, found.mentions), sentence.text
    assert checked > 300 and passed < checked
