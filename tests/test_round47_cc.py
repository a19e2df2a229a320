"""Round 47, helper cc: actors kg did not see in the sentence of a missed event.
Sentences written for the tests in the style of Chinese international news."""

from __future__ import annotations

from kg.actors import ArticleMemory, find_actors
from kg.gazetteer import load_gazetteer
from tests.data.sentences import events_of


def _keys(text: str) -> list[str]:
    found = find_actors(text, 0, len(text), load_gazetteer(), memory=ArticleMemory())
    return [m.actor.key for m in found.mentions]


# -- a list_short paired with a plain short form before a word of their relation ------------------
# (中老, 中墨/墨中, 中孟, 中秘, 美墨/墨美 coded as the pair in sw, vb, wf, yd, pb: kg saw one side)


def test_a_listed_short_form_paired_before_relations_names_both() -> None:
    assert _keys("两国外长同意推动中老关系继续发展") == ["CHN", "LAO"]
    assert _keys("双方表示要丰富墨中关系内涵") == ["MEX", "CHN"]
    assert _keys("这是中秘两国友好合作的成果") == ["CHN", "PER"]


def test_a_pair_before_a_border_or_a_deal_names_both() -> None:
    assert _keys("五角大楼向美墨边境增派士兵")[-2:] == ["USA", "MEX"]
    assert _keys("她希望尽快达成墨美协议") == ["MEX", "USA"]


def test_the_letters_before_other_words_name_no_country() -> None:
    assert "LAO" not in _keys("中老年人和青少年都参加了活动")
    assert "LAO" not in _keys("高中老师指出了问题")
    assert "MEX" not in _keys("他用墨水写下了名字")


def test_the_letters_of_a_transliterated_name_name_no_pair() -> None:
    assert _keys("两国原本预计签署「纳卡马协议」") == []


def test_a_deal_of_a_listed_pair_is_an_event() -> None:
    found = set(events_of("墨西哥总统辛鲍姆表示,她将寻求与华盛顿达成墨美协议。"))
    assert any(s == "辛鲍姆" and t == "AGREE" and o in ("美国", "美") for s, t, o, _ in found)


# -- a country's short form with 国 (巴国, 墨国: Taiwan and Hong Kong press; coded as the country
#    in uc, vc, as 乌国 in we, qb, every time the form occurs in the readable sets) ---------------


def test_a_short_form_with_guo_names_its_country() -> None:
    assert _keys("印度下令减少巴国外交官员人数") == ["IND", "PAK"]
    assert "MEX" in _keys("墨国官员表示谈判仍在进行")


def test_a_country_name_before_guo_stays_that_country() -> None:
    assert _keys("美国禁止公民入住古巴国有酒店") == ["USA", "CUB"]
