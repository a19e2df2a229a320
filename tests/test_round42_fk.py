"""Round 42, helper fk: actors of the Korean peninsula and Japan the gazetteer did not know, and
a Japanese name in a list cut to its family name. Sentences written for the tests."""

from __future__ import annotations

from kg.actors import find_actors
from kg.articles import normalise
from kg.gazetteer import load_gazetteer


def _keys(text: str) -> dict[str, str]:
    norm, _ = normalise(text)
    found = find_actors(norm, 0, len(norm), load_gazetteer())
    return {m.text: m.actor.key for m in found.mentions}


def test_korean_presidential_office_and_joint_chiefs() -> None:
    """大통령실 and 합동참모본부 in the forms the press of Seoul and Taipei write."""
    assert _keys("韩国总统室当天发表声明。")["韩国总统室"] == "KOR_PRESIDENTIAL_OFFICE"
    assert _keys("南韓總統室表示歡迎。")["南韩总统室"] == "KOR_PRESIDENTIAL_OFFICE"
    assert _keys("南韓合同參謀本部指出，北韓今晨發射飛彈。")["南韩合同参谋本部"] == "KOR_JCS"
    assert _keys("韩国军联合参谋本部当天表示。")["韩国军联合参谋本部"] == "KOR_JCS"
    assert "总统室" not in _keys("他在总统室工作了十年。")  # (no country named: no organ)


def test_north_korean_organs() -> None:
    assert _keys("朝外务省发表声明谴责韩方。")["朝外务省"] == "PRK_MFA"
    assert _keys("朝鲜国务委员会发布命令。")["朝鲜国务委员会"] == "PRK_SAC"
    assert _keys("朝鲜祖国和平统一委员会发表谈话。")["朝鲜祖国和平统一委员会"] == "PRK_CPRF"
    keys = _keys("朝鲜中央军事委员会召开会议。")
    assert keys.get("朝鲜中央军事委员会") == "WPK"
    assert "CHN_CMC" not in keys.values()  # (not China's Central Military Commission)


def test_japanese_bodies_and_companies() -> None:
    keys = _keys("东电公司开始排放处理水，日本国际协力机构(JICA)和五十铃汽车公司未予回应。")
    assert keys["东电公司"] == "TEPCO"
    assert keys["日本国际协力机构"] == "JICA"
    assert keys["五十铃汽车公司"] == "ISUZU"
    assert "TEPCO" not in _keys("山东电视台报道了此事。").values()  # (山东电视: no 东电)


def test_japanese_name_in_a_list_keeps_its_given_name() -> None:
    """日本驻德国大使甲、前任驻德国大使|乙: the item names no country of its own; the country of
    the items before it is Japan's, and the Japanese name runs to four letters."""
    keys = _keys("名单包括日本驻德国大使森本和夫、前任驻德国大使川口信彦等人。")
    assert "川口信彦" in keys
    assert "川口" not in keys
    keys = _keys("韩国总统李在明、前任驻日本大使朴英洙出席。")  # (a Korean list: three letters)
    assert "朴英洙" in keys


def test_korean_and_north_korean_people() -> None:
    assert _keys("卢光铁发表谈话。")["卢光铁"] == "NO_KWANGCHOL"
    assert _keys("张虎镇当天表示。")["张虎镇"] == "CHANG_HOJIN"
