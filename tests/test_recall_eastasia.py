"""Recall on East Asian news: the Korean peninsula, the Taiwan Strait, Hong Kong, the South
China Sea, China–India and ASEAN, in the style of the mainland, Taiwan, Hong Kong and
Singapore press.

Constructions found missing on fresh East Asian articles; the sentences are written for these
tests.
"""

from __future__ import annotations

import pytest
from sentences import events_of

# -- a capital named right after its own country says where, it does not act -----------------

CITY_AFTER_COUNTRY = [
    ("美国国务卿在韩国首尔与韩国外长会晤。", ("美国", "CONSULT", "韩国", "asserted")),
    ("印度总理在中国北京与习近平会晤。", ("印度", "CONSULT", "习近平", "asserted")),
]


@pytest.mark.parametrize(("text", "expected"), CITY_AFTER_COUNTRY)
def test_a_capital_after_its_country_is_where_the_meeting_is(text, expected) -> None:
    assert expected in events_of(text)


def test_a_capital_that_acts_still_names_its_government() -> None:
    assert ("日本", "REJECT", "韩国", "asserted") in events_of("东京拒绝了首尔的要求。")


# -- Hong Kong: the central government's offices in the city, and the SAR government ----------

HONG_KONG = [
    ("港澳办发言人严厉谴责英国。", ("国务院港澳事务办公室", "ACCUSE", "英国", "asserted")),
    (
        "中联办发言人批评美国国会。",
        ("中央人民政府驻香港特别行政区联络办公室", "ACCUSE", "美国国会", "asserted"),
    ),
    (
        "驻港国安公署强烈谴责美国。",
        ("中央人民政府驻香港特别行政区维护国家安全公署", "ACCUSE", "美国", "asserted"),
    ),
    (
        "外交部驻港公署发言人批评英国外交部。",
        ("外交部驻香港特别行政区特派员公署", "ACCUSE", "英国外交部", "asserted"),
    ),
    ("美国宣布制裁香港官员。特区政府强烈谴责美国。", ("香港", "ACCUSE", "美国", "asserted")),
]


@pytest.mark.parametrize(("text", "expected"), HONG_KONG)
def test_hong_kong_organs_act(text, expected) -> None:
    assert expected in events_of(text)


# -- Taiwan and Korean press forms --------------------------------------------------------------

PRESS_FORMS = [
    ("宏國政府宣布與台灣斷交。", ("洪都拉斯", "SANCTION", "台湾", "asserted")),
    ("首尔当局拒绝了平壤的提议。", ("韩国", "REJECT", "朝鲜", "asserted")),
    ("共軍東部戰區譴責美國。", ("中国人民解放军东部战区", "ACCUSE", "美国", "asserted")),
]


@pytest.mark.parametrize(("text", "expected"), PRESS_FORMS)
def test_taiwan_and_korean_press_forms_name_actors(text, expected) -> None:
    assert expected in events_of(text)


# -- triggers: joint sailing, massing troops, serious concern, a joint press statement ---------

TRIGGERS = [
    ("日本与越南海军在南海联合航行。", ("日本", "COOPERATE", "越南海军", "asserted")),
    ("印度政府对美国表达严正关切。", ("印度", "ACCUSE", "美国", "asserted")),
    ("日美首脑会谈后发表共同新闻发表。", ("日本", "AGREE", "美国", "asserted")),
]


@pytest.mark.parametrize(("text", "expected"), TRIGGERS)
def test_east_asian_news_triggers(text, expected) -> None:
    assert expected in events_of(text)


def test_both_sides_massing_troops_face_each_other() -> None:
    found = events_of("印巴两军在边境交火。双方随后在边境集结重兵。")
    assert ("印度", "MOBILIZE", "巴基斯坦", "asserted") in found
    assert ("巴基斯坦", "MOBILIZE", "印度", "asserted") in found


def test_one_side_massing_troops_names_no_target() -> None:
    assert not any(t == "MOBILIZE" for _, t, _, _ in events_of("印度在边境集结重兵。"))


# -- a demand that opens a quotation asks whom the quotation begins with ------------------------

QUOTED_DEMANDS = [
    ("朝鲜要求“韩国立即道歉”。", ("朝鲜", "REQUEST", "韩国", "asserted")),
    ("中方敦促「日方停止挑衅」。", ("中国", "REQUEST", "日本", "asserted")),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED_DEMANDS)
def test_a_quoted_demand_asks_the_actor_it_opens_with(text, expected) -> None:
    assert expected in events_of(text)


# -- defying a warning: the one defied warned, and is refused -----------------------------------

DEFIED_WARNINGS = [
    ("越南渔船无视中方多次警告，驶入相关海域。", "越南", "中国"),
    ("日本不顾韩方再三警示，执意公布报告。", "日本", "韩国"),
]


@pytest.mark.parametrize(("text", "defier", "warner"), DEFIED_WARNINGS)
def test_a_defied_warning_was_given_and_is_refused(text, defier, warner) -> None:
    found = events_of(text)
    assert (defier, "REJECT", warner, "asserted") in found
    assert (warner, "THREATEN", defier, "asserted") in found


def test_defied_opposition_is_no_warning() -> None:
    found = events_of("美国不顾中方反对，宣布对台军售。")
    assert ("美国", "REJECT", "中国", "asserted") in found
    assert not any(t == "THREATEN" for _, t, _, _ in found)


# -- 陆方: the mainland side in Taiwan's press --------------------------------------------------


def test_the_mainland_side_is_china() -> None:
    assert ("中国", "ACCUSE", "台湾", "asserted") in events_of("陸方強烈譴責台灣。")


def test_a_land_direction_is_no_actor() -> None:
    assert not any("中国" in (s, o) for s, _, o, _ in events_of("俄军从陆方向进攻乌克兰。"))


# -- controls on exports to a country are a sanction, not trade ---------------------------------

EXPORT_CONTROLS = [
    ("日本政府自2019年7月起管制对韩出口。", ("日本", "SANCTION", "韩国", "asserted")),
    ("中国宣布管控对美稀土出口。", ("中国", "SANCTION", "美国", "asserted")),
]


@pytest.mark.parametrize(("text", "expected"), EXPORT_CONTROLS)
def test_controlled_exports_are_a_sanction_not_trade(text, expected) -> None:
    found = events_of(text)
    assert expected in found
    assert not any(t == "COOPERATE" for _, t, _, _ in found)


def test_a_controlled_item_does_not_stop_a_sanction() -> None:
    assert ("美国", "SANCTION", "中国", "asserted") in events_of(
        "美国对出售管制物项的中国企业实施制裁。"
    )


# -- what a speaker judges (是) is no subject of the clause that goes on after it ---------------

JUDGED = [
    ("中方表示台湾是中国领土，不接受美方的指责。", ("中国", "REJECT", "美国", "asserted")),
    ("中国驻日公使表示这是中国的领土，不接受日方的抗议。", ("中国", "REJECT", "日本", "asserted")),
]


@pytest.mark.parametrize(("text", "expected"), JUDGED)
def test_the_speaker_goes_on_after_a_judgement(text, expected) -> None:
    found = events_of(text)
    assert expected in found
    assert not any(s == "台湾" for s, *_ in found)


def test_an_act_said_of_another_goes_on_with_it() -> None:
    assert ("伊朗", "COOPERATE", "欧洲", "intended") in events_of(
        "外交部表示伊朗将继续履行协议，并与欧洲合作。"
    )
