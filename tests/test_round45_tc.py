"""Round 45, helper tc: status errors (the strict score's gap). Sentences written for the
tests in the style of Chinese international news."""

from __future__ import annotations

import pytest

from tests.data.sentences import events_of

# -- 如果…,|X将…,|Y谴责…: a clause with an actor of its own and no cue, past the condition and
# its consequence, is said now (lb-dev 01, ub-measure 01: read hypothetical, gold asserted)

PAST_CONSEQUENCE = [
    (
        "如果美方一意孤行，中方将采取坚决反制措施，中国外交部强烈谴责美方的挑衅行为。",
        ("中国外交部", "ACCUSE", "美国", "asserted"),
    ),
    (
        "欧盟新关税一旦实施，将损害双方企业利益，中方对此坚决反对。",
        ("中国", "ACCUSE", "欧盟", "asserted"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), PAST_CONSEQUENCE)
def test_clause_past_the_consequence_is_outside_the_condition(text, expected) -> None:
    assert expected in events_of(text)


STILL_CONDITIONAL = [
    # the later clause holds 将: a consequence still
    ("如果伊朗遭到袭击，伊朗将进行报复，伊朗军队将打击美国基地。", ("伊朗", "ASSAULT", "美国")),
    # the consequence itself
    ("如果美国对中国加征关税，中国就会反制。", ("中国", "SANCTION", "美国")),
]


@pytest.mark.parametrize(("text", "triple"), STILL_CONDITIONAL)
def test_consequence_stays_hypothetical(text, triple) -> None:
    found = {e for e in events_of(text) if e[:3] == triple}
    assert found
    assert all(e[3] == "hypothetical" for e in found)


# -- a plan called off: 原本要…,最终取消这次出访; 原计划签署的协议亦未能成事; …峰会的计划破裂
# (lc-dev 05, nc-measure 07, va-measure 06: read intended, gold negated)

CALLED_OFF = [
    ("韩国总统原本要访问日本，他最终取消这次出访。", ("韩国", "CONSULT", "日本")),
    ("美国和印度原计划签署的贸易协定亦未能成事。", ("美国", "AGREE", "印度")),
    ("法国总统与俄罗斯总统举行峰会的计划破裂。", ("法国", "CONSULT", "俄罗斯")),
]


def _loose(triple, event) -> bool:
    """The actors by the start of their labels (韩国总统 for 韩国), symmetric types either way."""
    s, t, o = triple
    es, et, eo, _ = event
    return et == t and (
        (es.startswith(s) and eo.startswith(o)) or (es.startswith(o) and eo.startswith(s))
    )


@pytest.mark.parametrize(("text", "triple"), CALLED_OFF)
def test_plan_called_off_is_negated(text, triple) -> None:
    found = [e for e in events_of(text) if _loose(triple, e)]
    assert found
    assert all(e[3] == "negated" for e in found)


def test_calling_off_something_else_leaves_the_plan_intended() -> None:
    found = events_of("美国原计划与伊朗举行会谈，并宣布取消对伊朗的制裁。")
    talks = [e for e in found if e[1] == "CONSULT"]
    assert talks
    assert all(e[3] == "intended" for e in talks)


# -- …表示,…将…,|并要求X…; 一直期待此次会面,|并热烈欢迎X; …强调…将…,|并鼓励X: a speech act
# joined by 并 to a statement is said now, not planned (lb-dev 03, ua-measure 02, ya 02)

SAID_AFTER_AND = [
    ("韩国外长表示，政府将采取严厉措施，不排除召回驻俄大使，并要求俄方停止侵犯领空。", "REQUEST"),
    ("韩国总统表示，一直期待此次会面，并热烈欢迎日本首相访问韩国。", "SUPPORT"),
    ("秘书长与伊朗外长会晤，并强调联合国将继续推动对话，并鼓励伊朗与欧盟保持接触。", "SUPPORT"),
]


@pytest.mark.parametrize(("text", "kind"), SAID_AFTER_AND)
def test_speech_act_after_and_is_said_now(text, kind) -> None:
    found = [e for e in events_of(text) if e[1] == kind]
    assert found
    assert all(e[3] == "asserted" for e in found)


def test_act_after_and_under_a_plan_stays_planned() -> None:
    found = events_of("外交部长表示，中方将与美方举行会谈，并共同出席论坛。")
    assert any(e[1] == "CONSULT" for e in found)
    assert all(e[3] == "intended" for e in found if e[1] == "CONSULT")


# -- 未发布…会见的消息, 暂未公布…签署时间表, 没有具体说明…到访…的日期: the negation is the
# announcement's, not the act's (na-measure 07, oc-measure 07, pc-measure 07, pb-measure)

NEWS_WITHHELD = [
    ("截至发稿，韩国未发布尹锡悦与岸田文雄会见的消息。", "CONSULT", "asserted"),
    ("不过，日本和菲律宾暂未公布协定签署时间表。", "AGREE", "intended"),
    ("白宫没有具体说明拜登访问越南的日期。", "CONSULT", "intended"),
]


@pytest.mark.parametrize(("text", "kind", "status"), NEWS_WITHHELD)
def test_negated_announcement_leaves_the_act(text, kind, status) -> None:
    found = [e for e in events_of(text) if e[1] == kind]
    assert found
    assert all(e[3] == status for e in found)


def test_negated_act_itself_stays_negated() -> None:
    found = [e for e in events_of("美国没有宣布对伊朗实施制裁。") if e[1] == "SANCTION"]
    assert found
    assert all(e[3] == "negated" for e in found)
