"""Round 45, helper tg: a country's name or short form read inside a longer place or proper name
(马里|兰, 俄|亥俄, 乌|鲁木齐, 北|爱尔兰) is no actor: ontology/place_names.tsv lists such names,
one-character short forms guarded too. Sentences written for the tests."""

from __future__ import annotations

import pytest

from kg.actors import _inside_place_name, _read_place_names, find_actors
from kg.gazetteer import load_gazetteer
from kg.resources import ontology_file
from tests.data.sentences import events_of


def _keys(text: str) -> list[str]:
    found = find_actors(text, 0, len(text), load_gazetteer())
    return [m.actor.key for m in found.mentions]


HIDDEN = [
    ("马里兰州州长批评联邦政府削减预算。", "MLI"),
    ("他从俄亥俄州立大学毕业后回国任教。", "RUS"),
    ("俄勒冈州居民抗议伐木计划。", "RUS"),
    ("印第安纳波利斯警方逮捕了两名嫌疑人。", "IND"),
    ("从乌鲁木齐到上海要坐四十多个小时火车。", "UKR"),
    ("俄罗斯远东的哈巴罗夫斯克地区发生洪水。", "KAZ"),
    ("北爱尔兰的贝尔法斯特发生爆炸。", "IRL"),
    ("据《印度斯坦时报》报道,孟加拉国总理会见了记者。", "IND"),
    ("占领华尔街运动蔓延到其他城市。", "CHN"),
    ("一艘渔船在英吉利海峡沉没。", "GBR"),
    ("美方代表从日内瓦返回华盛顿。", "JPN"),
    ("俄克拉何马州议员批评白宫的关税政策。", "RUS"),
    ("他写过一本关于拉斯普京的小说。", "PUTIN"),
]


@pytest.mark.parametrize(("text", "country"), HIDDEN)
def test_a_place_that_holds_a_country_names_none(text, country) -> None:
    assert country not in _keys(text)


KEPT = [
    ("中俄两国签署合作协议。", ["CHN", "RUS"]),
    ("美国对俄实施新一轮制裁。", ["USA", "RUS"]),
    ("马里政府谴责法国。", ["MLI", "FRA"]),
    ("哈马斯袭击以色列。", ["HAMAS", "ISR"]),
    ("爱尔兰政府批评英国。", ["IRL", "GBR"]),
    ("乌克兰总统访问印度。", ["UKR", "IND"]),
    ("中美日三国外长举行会谈。", ["CHN", "USA", "JPN"]),
    ("美国对日本加征关税。", ["USA", "JPN"]),
]


@pytest.mark.parametrize(("text", "keys"), KEPT)
def test_the_country_outside_a_listed_place_is_kept(text, keys) -> None:
    assert _keys(text) == keys


def test_the_state_names_no_country_in_an_event() -> None:
    found = events_of("俄亥俄州州长谴责中国。")
    assert not any("俄罗斯" in s or s == "RUS" for s, _, _, _ in found)


def test_inside_place_name_needs_a_longer_name() -> None:
    text = "俄亥俄州"
    assert _inside_place_name(text, 0, 1)  # 俄 at the start of 俄亥俄
    assert _inside_place_name(text, 2, 1)  # 俄 at its end
    assert not _inside_place_name("俄罗斯", 0, 1)
    assert not _inside_place_name("马里兰", 0, 3)  # the whole name: nothing longer holds it


def test_every_row_holds_what_it_says() -> None:
    gaz = load_gazetteer()
    forms = set(gaz.surfaces) | set(gaz.shorts) | set(gaz.run_shorts) | set(gaz.list_shorts)
    rows = [
        line.split("\t")
        for line in ontology_file("place_names.tsv").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ][1:]
    assert rows
    for name, holds in rows:
        assert holds in name, name
        assert holds in forms, name
        assert name not in gaz.surfaces, name  # (a name the gazetteer knows needs no row)
    assert _read_place_names()
