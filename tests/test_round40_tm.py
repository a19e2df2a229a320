"""Round 40, helper tm: event words kg did not know, found by frequency in real text (the verbs
standing between two actors in sentences of Terminus, ir and the dev sets where kg gave no event
on them). Sentences written for the tests, on the corpus's wordings."""

from __future__ import annotations

import pytest

from tests.data.sentences import events_of

# -- 1. a person's arrival in a country is a visit (抵达: 23 uses after a person in the corpora) --


@pytest.mark.parametrize(
    "text, event",
    [
        (
            "澳大利亚贸易部长法雷尔今天抵达北京,他将推动中国取消对澳洲商品的限制。",
            ("法雷尔", "CONSULT", "中国"),
        ),
        ("韩国总统李在明上午抵达日本,中午过后前往奈良。", ("李在明", "CONSULT", "日本")),
        ("埃及外长舒凯里周日抵达卡塔尔首都多哈。", ("舒克里", "CONSULT", "卡塔尔")),
    ],
)
def test_a_person_arriving_in_a_country_visits_it(text, event) -> None:
    assert event in {e[:3] for e in events_of(text)}


@pytest.mark.parametrize(
    "text",
    [
        "首批1500名朝鲜士兵已抵达俄罗斯。",
        "美国航母打击群周二抵达南海。",
    ],
)
def test_troops_or_ships_arriving_visit_no_one(text) -> None:
    assert not any(e[1] == "CONSULT" for e in events_of(text))


# -- 2. 协助 X: help to the actor named right after it (AID) --------------------------------


@pytest.mark.parametrize(
    "text, event",
    [
        ("特朗普在联合国大会场边表示,美国会协助阿根廷。", ("美国", "AID", "阿根廷")),
        ("日本将协助菲律宾海军打造收纳巡逻艇的设施。", ("日本", "AID", "菲律宾海军")),
    ],
)
def test_helping_an_actor_aids_it(text, event) -> None:
    assert event in {e[:3] for e in events_of(text)}


@pytest.mark.parametrize(
    "text",
    [
        "日本警方协助韩国调查此案。",
        "该公司协助美国联邦调查局追查黑客。",
        "欧盟领袖将敦促中国协助结束俄乌战争。",
        "该组织旨在协助落实联合国安理会涉朝鲜的决议。",
        "俄罗斯外交部宣布，将对“协助乌克兰军队”的英国公司采取反制措施。",
    ],
)
def test_help_to_an_inquiry_a_war_or_a_resolution_aids_no_one_named(text) -> None:
    assert not any(e[1] == "AID" for e in events_of(text))


def test_help_joined_to_support_of_an_inquiry_is_support_only() -> None:
    """协助、支持美国政府相关调查活动: the inquiry is helped; the US is supported."""
    found = {e[:3] for e in events_of("韩华海洋在美子公司协助、支持美国政府相关调查活动。")}
    assert not any(kind == "AID" for _, kind, _ in found)


# -- 3. 举报 X: denouncing someone to the authorities (ACCUSE), like 检举 ---------------------


def test_reporting_someone_to_the_authorities_accuses_them() -> None:
    events = events_of("2017年,罗茜茜挺身而出,举报了北航教授陈小武的长期性侵行为。")
    assert ("罗茜茜", "ACCUSE", "陈小武") in {e[:3] for e in events}
