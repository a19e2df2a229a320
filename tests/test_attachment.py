"""Argument attachment: which actor a found trigger takes as subject or object.

Sentences are written for these tests in the style of Chinese international news.
"""

from __future__ import annotations

import pytest
from sentences import events_of
from test_capabilities import mentions_of

ARMED_FORCES_OF = [
    ("土耳其的军队炮击了叙利亚境内的目标。", ("土耳其的军队", "土耳其军队")),
    ("欧盟呼吁缅甸的军队立即释放被拘押的官员。", ("缅甸的军队", "缅甸军队")),
    ("叙利亚的武装部队与反对派交火。", ("叙利亚的武装部队", "叙利亚军队")),
]


@pytest.mark.parametrize(("text", "expected"), ARMED_FORCES_OF)
def test_armed_forces_joined_by_of_are_the_military_organ(text, expected) -> None:
    assert expected in mentions_of(text)


def test_armed_forces_joined_by_of_are_the_target_of_an_appeal() -> None:
    assert ("欧盟", "REQUEST", "缅甸军队", "asserted") in events_of(
        "欧盟呼吁缅甸的军队立即释放被拘押的官员。"
    )


@pytest.mark.parametrize("text", ["美国的军事援助抵达乌克兰。", "日本的外交政策引发争议。"])
def test_other_words_after_of_name_no_organ(text) -> None:
    assert all(label not in {"美国军队", "日本外交部"} for _, label in mentions_of(text))


INCLUDED = [
    (
        "包括美国和英国在内的西方国家谴责俄罗斯。",
        {("美国", "ACCUSE", "俄罗斯", "asserted"), ("英国", "ACCUSE", "俄罗斯", "asserted")},
    ),
    (
        "包括德国和法国在内的西方国家,周二发表声明谴责俄罗斯。",
        {("德国", "ACCUSE", "俄罗斯", "asserted"), ("法国", "ACCUSE", "俄罗斯", "asserted")},
    ),
    (
        "包括美国国务卿布林肯和英国外交大臣詹姆斯·克莱弗利在内的多名西方官员批评俄罗斯。",
        {
            ("布林肯", "ACCUSE", "俄罗斯", "asserted"),
            ("詹姆斯·克莱弗利", "ACCUSE", "俄罗斯", "asserted"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), INCLUDED)
def test_actors_listed_in_an_including_phrase_act_for_the_group_word(text, expected) -> None:
    assert events_of(text) == expected


ATTENDING = [
    (
        "法国财长表示不会出席下周在沙特首都举行的投资论坛。",
        {
            ("法国", "REJECT", "沙特阿拉伯", "asserted"),
            ("法国", "CONSULT", "沙特阿拉伯", "negated"),
        },
    ),
    ("德国经济部长仍然希望参加在伊朗举行的贸易博览会。", {("德国", "CONSULT", "伊朗", "intended")}),
]


@pytest.mark.parametrize(("text", "expected"), ATTENDING)
def test_attending_an_event_held_in_a_country_meets_the_host(text, expected) -> None:
    assert events_of(text) == expected


def test_attending_a_meeting_named_by_no_host_is_no_event() -> None:
    assert events_of("韩国总统出席亚太经合组织会议期间对记者表示,将继续推动对话。") == set()


# -- a passive's agent may be a compound or a list: each member acts --------------------------

PASSIVE_GROUPS = [
    ("伊朗的核试验遭到英法德三国的强烈谴责。", {"英国", "法国", "德国"}),
    ("缅甸军方的行为受到英国、加拿大和澳大利亚的谴责。", {"英国", "加拿大", "澳大利亚"}),
]


@pytest.mark.parametrize(("text", "agents"), PASSIVE_GROUPS)
def test_each_member_of_a_passive_agent_acts(text: str, agents: set) -> None:
    assert {s for s, t, _, _ in events_of(text) if t == "ACCUSE"} == agents


# -- 由X(和Y)斡旋/主持…: the actors after 由 do what follows them -------------------------------

BY_AGENTS = [
    "印度与巴基斯坦同意停火。这项协议主要由沙特及伊朗斡旋达成。",
    "印度与巴基斯坦同意停火。该协议由沙特和伊朗共同斡旋达成。",
]


@pytest.mark.parametrize("text", BY_AGENTS)
def test_the_mediators_after_you_reach_both_sides(text: str) -> None:
    found = {(s, o) for s, t, o, _ in events_of(text) if t == "CONSULT"}
    sides = {"印度", "巴基斯坦"}
    assert found == {(m, side) for m in ("沙特阿拉伯", "伊朗") for side in sides}


def test_you_before_a_place_and_a_journey_names_no_agent() -> None:
    assert events_of("代表团由北京出发前往莫斯科。") == set()
