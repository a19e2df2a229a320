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
