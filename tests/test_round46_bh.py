"""Round 46, helper bh: reactions to a deed named by reference (对此, 该行为, 此举). Sentences
written for the tests in the style of Chinese international news."""

from __future__ import annotations

import pytest

from tests.data.sentences import events_of


def _pairs(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text)}


# -- a blame after the nearest blame of another side blames the same side, whatever its verb ---
# (wf-12 古巴代表批评美国…。俄罗斯谴责该行为; vb-10 …元首予以谴责…。中方反对…)

JOINED = [
    (
        "古巴代表批评美国动用武力干涉别国内政。俄罗斯谴责该行为侵犯了主权。",
        ("俄罗斯", "ACCUSE", "美国"),
        ("俄罗斯", "ACCUSE", "古巴"),
    ),
    (
        "安理会3日召开紧急会议，多国谴责委内瑞拉总统被美国特种部队绑架。"
        "古巴代表批评美国动用武力干涉别国内政。俄罗斯谴责该行为侵犯了主权和国际法。",
        ("俄罗斯", "ACCUSE", "美国"),
        ("俄罗斯", "ACCUSE", "委内瑞拉"),
    ),
]


@pytest.mark.parametrize(("text", "expected", "wrong"), JOINED)
def test_a_blame_of_this_joins_the_blame_just_reported(text, expected, wrong) -> None:
    found = _pairs(text)
    assert expected in found
    assert wrong not in found


def test_a_side_blamed_answers_its_blamer() -> None:
    found = _pairs("美国指责中国操纵汇率。中方对此表示强烈不满。")
    assert ("中国", "ACCUSE", "美国") in found


def test_an_objection_answers_who_proposed_not_whom_the_proposal_blamed() -> None:
    text = "日本谴责朝鲜试射导弹。美国起草了谴责朝鲜的声明草案。俄罗斯对此提出异议。"
    found = _pairs(text)
    assert ("俄罗斯", "ACCUSE", "美国") in found
    assert ("俄罗斯", "ACCUSE", "朝鲜") not in found


# -- 对此 after a sentence that names no event: the doer of its main clause, not the one who
# -- told of it (…表示,) nor the actor of a time clause (…推进后,) (ue-02, lc-08)

DOERS = [
    (
        "以色列总理内塔尼亚胡26日表示，以色列安全内阁批准在黎巴嫩停火。黎巴嫩政府对此表示欢迎。",
        "以色列安全内阁",
        "内塔尼亚胡",
    ),
    (
        "叙利亚政府军向北部推进后，总统夏拉宣布与库德族武装达成停火协议。美国对此表示欢迎。",
        "艾哈迈德·沙拉",  # (夏拉, by its canonical label)
        "叙利亚军队",
    ),
]


@pytest.mark.parametrize(("text", "doer", "aside"), DOERS)
def test_a_welcome_of_this_answers_the_main_clauses_doer(text, doer, aside) -> None:
    welcomed = {o for s, t, o in _pairs(text) if t == "SUPPORT"}
    assert doer in welcomed
    assert aside not in welcomed


def test_a_speaker_who_names_no_other_doer_stays_the_doer() -> None:
    found = _pairs("日本外相表示，日本政府决定向乌克兰提供新一轮援助。乌克兰对此表示欢迎。")
    assert ("乌克兰", "SUPPORT", "日本") in found
