"""Recall on a blind round of classic international-relations events (ties cut and restored,
envoys recalled and summoned, statements on nuclear tests, ceasefires broken): the partner a
joint act names by 其 (与其断交), a statement whose paragraph opens with the document it was
made in (声明说:“…。我们敦促…”), and the short forms of Armenia that follow the country
the article names (亚方).

Sentences are written for these tests in the style of Chinese international news.
"""

from __future__ import annotations

import pytest
from sentences import events_of


def _pairs(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text)}


# -- 与其|断交, 同其|举行会谈: 其 after 与/同 is the partner of the joint act ------------------

PARTNER = [
    ("卡塔尔长期支持极端组织。巴林政府决定与其断交。", ("巴林", "SANCTION", "卡塔尔")),
    ("多米尼加宣布同台湾当局断交。中国随即同其建立外交关系。", ("中国", "AGREE", "多米尼加")),
    (
        "委内瑞拉指责哥伦比亚干涉内政,并宣布与其断绝外交关系。",
        ("委内瑞拉", "SANCTION", "哥伦比亚"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARTNER)
def test_qi_after_yu_is_the_partner_of_the_act(text, expected) -> None:
    subject, kind, obj = expected
    assert (subject, kind, obj) in _pairs(text) or (obj, kind, subject) in _pairs(text)


def test_yu_qi_rather_than_names_no_partner() -> None:
    found = _pairs("伊朗外长表示,美国与其对伊朗施压,不如回到谈判桌。")
    assert not any(o == "美国" for _, _, o in found)
    assert ("美国", "SANCTION", "美国") not in found


def test_yu_qi_ta_is_other_countries() -> None:
    assert events_of("巴林外交部说,巴林将与其他海湾国家协调立场。") == set()


# -- (new paragraph) 声明说:“…。我们敦促…”: the paragraph goes on with the statement ----------

STATEMENT = (
    "中国外交部12日发表声明,批评朝鲜再次进行核试验。\n\n"
    "声明说:“维护东北亚和平与稳定,是中方的坚定立场。我们强烈敦促朝方信守无核化承诺。”"
)


def test_quoted_statement_in_its_own_paragraph_is_its_issuers() -> None:
    assert ("中国外交部", "REQUEST", "朝鲜", "asserted") in events_of(STATEMENT)


def test_statement_goes_on_in_a_later_sentence_of_its_paragraph() -> None:
    text = (
        "俄罗斯外交部当天发表声明,谴责乌克兰袭击核电站。\n\n"
        "声明指出,这一行为极其危险。我们呼吁国际原子能机构作出客观评估。"
    )
    assert ("俄罗斯外交部", "REQUEST", "国际原子能机构") in _pairs(text)


def test_a_paragraph_opened_by_someone_else_is_not_the_statements() -> None:
    text = (
        "中国外交部12日发表声明,批评朝鲜再次进行核试验。\n\n"
        "一名韩国学者说:“局势令人担忧。我们呼吁朝方保持克制。”"
    )
    assert ("中国外交部", "REQUEST", "朝鲜") not in _pairs(text)


# -- 亚方: Armenia, once the article names it; 阿方 is never Armenia -----------------------------


def test_ya_fang_is_armenia_in_a_report_on_armenia() -> None:
    text = "阿塞拜疆与亚美尼亚再次交火。阿塞拜疆国防部指责亚方违反停火协议。"
    assert ("阿塞拜疆国防部", "ACCUSE", "亚美尼亚") in _pairs(text)


def test_ya_fang_names_nobody_when_armenia_is_not_named() -> None:
    text = "日本与东南亚国家举行会谈。日本批评亚方代表的发言。"
    assert not any("亚美尼亚" in (s, o) for s, _, o in _pairs(text))


def test_a_fang_is_not_armenia() -> None:
    text = "亚美尼亚总理帕希尼扬表示愿意谈判。阿方随后指责俄罗斯维和部队失职。"
    assert not any(s == "亚美尼亚" for s, _, _ in _pairs(text))


# -- 宣布停火, 单方面停火 with nobody named: a truce with the other side of the fight --------------

TRUCE = [
    ("以色列与哈马斯在加沙激战多日。哈马斯18日宣布单方面停火。", ("哈马斯", "CONCEDE", "以色列")),
    ("以色列与真主党连日交火。以色列政府20日宣布停火。", ("以色列", "CONCEDE", "真主党")),
]


@pytest.mark.parametrize(("text", "expected"), TRUCE)
def test_truce_declared_alone_is_with_the_other_side(text, expected) -> None:
    assert expected in _pairs(text)


def test_truce_after_which_attacks_go_on_is_no_truce_of_the_accuser() -> None:
    text = "以色列与哈马斯激战多日。哈马斯指责以色列在宣布停火后仍发动空袭。"
    assert ("哈马斯", "CONCEDE", "以色列") not in _pairs(text)


def test_truce_declared_with_no_fight_in_focus_names_nobody() -> None:
    assert events_of("联合国秘书长古特雷斯表示欢迎。哈马斯宣布单方面停火。") == set()


# -- 中美|日内瓦会谈, 中美|斯德哥尔摩会谈: the city a pair meets in keeps its compound ------

VENUE = [
    ("中美日内瓦经贸会谈取得实质性进展。", ("中国", "CONSULT", "美国")),
    ("美俄日内瓦峰会结束后,两国元首分别举行记者会。", ("美国", "CONSULT", "俄罗斯")),
    ("中美斯德哥尔摩经贸会谈取得积极进展。", ("中国", "CONSULT", "美国")),
    ("美伊日内瓦会谈未能打破僵局。", ("美国", "CONSULT", "伊朗")),
]


@pytest.mark.parametrize(("text", "expected"), VENUE)
def test_a_compound_before_the_city_it_meets_in(text, expected) -> None:
    subject, kind, obj = expected
    assert (subject, kind, obj) in _pairs(text) or (obj, kind, subject) in _pairs(text)


def test_three_short_forms_before_a_count_stay_three() -> None:
    found = _pairs("中美日三国外长举行会谈。")
    assert ("中国", "CONSULT", "日本") in found or ("日本", "CONSULT", "中国") in found


def test_geneva_names_no_japan() -> None:
    assert not any("日本" in (s, o) for s, _, o in _pairs("中美日内瓦会谈达成共识。"))


def test_a_compound_before_a_zone_that_is_no_city_names_no_visit() -> None:
    found = _pairs("美国副总统将访问韩朝非军事区韩方一侧。")
    assert not any(o == "朝鲜" for _, _, o in found)


# -- 落实…会晤共识: the meeting whose consensus is carried out was held, and its consensus made --

IMPLEMENTED = [
    "双方同意落实中美元首会晤共识。",
    "中方愿同美方一道落实两国元首会晤共识。",
    "中方希望美方切实落实中美日内瓦经贸会谈共识。",
]


@pytest.mark.parametrize("text", IMPLEMENTED)
def test_the_meeting_of_a_consensus_carried_out_was_held(text) -> None:
    found = events_of(text)
    assert ("中国", "CONSULT", "美国", "asserted") in found
    assert ("中国", "AGREE", "美国", "asserted") in found


def test_a_meeting_planned_beside_a_consensus_carried_out_is_still_planned() -> None:
    found = events_of("中方愿同俄方举行会谈,落实两国元首共识。")
    assert ("中国", "CONSULT", "俄罗斯", "intended") in found
    assert ("中国", "CONSULT", "俄罗斯", "asserted") not in found


# -- 谴责此举, 批评这一行为: a move referred back to is whoever made it, as 对此 is -------------

MOVE = [
    ("朝鲜8日发射了一枚洲际弹道导弹。美方强烈谴责此举。", ("美国", "ACCUSE", "朝鲜")),
    ("朝鲜当天进行了第六次核试验。日本政府强烈谴责这一行为。", ("日本", "ACCUSE", "朝鲜")),
    ("伊朗宣布将浓缩铀丰度提高到60%。法国外交部批评这一做法。", ("法国外交部", "ACCUSE", "伊朗")),
]


@pytest.mark.parametrize(("text", "expected"), MOVE)
def test_a_move_referred_back_to_is_its_maker(text, expected) -> None:
    assert expected in _pairs(text)


def test_a_move_judged_in_a_statement_is_no_response_to_it() -> None:
    text = "朝鲜8日发射了一枚洲际弹道导弹。韩国总统表示,此举严重威胁地区和平。"
    assert not any(kind == "ACCUSE" and s == "朝鲜" for s, kind, _ in _pairs(text))


def test_a_move_with_no_maker_before_names_nobody() -> None:
    assert events_of("美方强烈谴责此举。") == set()


COUNTED = [
    "美日韩三国外长举行紧急磋商。",
    "中日韩三国领导人会议在首尔举行。",
    "美日菲三国领导人举行峰会。",
]


@pytest.mark.parametrize("text", COUNTED)
def test_three_short_forms_before_their_count_stay_a_compound(text) -> None:
    assert len({frozenset((s, o)) for s, kind, o in _pairs(text) if kind == "CONSULT"}) == 3


# -- 对…将…|表示强烈|遗憾: a light verb and an adverb close the 对-phrase for the inner trigger


def test_ba_jiang_inside_a_dui_phrase_is_no_intention_of_the_regret() -> None:
    found = events_of("韩国政府对日本政府将核污染水排海的决定表示强烈遗憾。")
    assert ("韩国", "ACCUSE", "日本", "asserted") in found
    assert ("韩国", "ACCUSE", "日本", "intended") not in found


def test_a_regret_still_to_be_expressed_stays_intended() -> None:
    text = "日本政府决定将核污染水排海。韩国政府表示,将对此表示强烈遗憾。"
    assert ("韩国", "ACCUSE", "日本", "asserted") not in events_of(text)


# -- 加强/提高…警戒: an alert raised against the side a 对-phrase names, as 戒备 is -------------

ALERT = [
    ("韩军加强对朝警戒。", ("韩军", "MOBILIZE", "朝鲜")),
    ("韩军提高对朝警戒级别。", ("韩军", "MOBILIZE", "朝鲜")),
    ("朝鲜试射导弹后,韩国军方进入高度警戒状态。", ("韩军", "MOBILIZE", "朝鲜")),
]


@pytest.mark.parametrize(("text", "expected"), ALERT)
def test_an_alert_raised_against_a_side(text, expected) -> None:
    assert expected in _pairs(text)


def test_a_police_cordon_is_no_alert_against_anyone() -> None:
    assert events_of("警方加强了首都的安全警戒。") == set()
