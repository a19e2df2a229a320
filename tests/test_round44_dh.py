"""Round 44, helper dh: actors a sentence leaves out because an earlier sentence named them.
Sentences written for the tests in the style of Chinese international news."""

from __future__ import annotations

import pytest

from tests.data.sentences import events_of


def _triples(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text)}


# -- a deed named by a demonstrative and a noun of no kind is the last hostile act ----------
# (此次行动, 这一举措, 该措施, 这种做法, 此举 after a statement verb: the judgement is about
# whoever did the last hostile act of the sentences before)

DEED_JUDGED = [
    (
        "美国特种部队周六在加拉加斯抓捕了委内瑞拉总统马杜罗。法国表示此次行动严重违反了国际法。",
        ("法国", "ACCUSE", "美国"),
    ),
    (
        "美国特种部队周六在加拉加斯抓捕了委内瑞拉总统马杜罗。法国表示该军事行动严重违反了国际法。",
        ("法国", "ACCUSE", "美国"),
    ),
    (
        "美国特种部队周六在加拉加斯抓捕了委内瑞拉总统马杜罗。法国表示此举严重违反了国际法。",
        ("法国", "ACCUSE", "美国"),
    ),
    ("美国宣布对古巴实施新制裁。古巴政府表示，这些措施是非法的。", ("古巴", "ACCUSE", "美国")),
    ("美国宣布对古巴实施新制裁。古巴政府表示，这一做法令人失望。", ("古巴", "ACCUSE", "美国")),
    (
        "美国宣布对古巴实施新制裁。古巴外长说:“我们认为这种做法是非法的。”",
        ("古巴", "ACCUSE", "美国"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), DEED_JUDGED)
def test_a_deed_named_after_a_statement_verb_is_the_last_hostile_act(text, expected) -> None:
    found = _triples(text)
    judge, _, judged = expected
    assert any(t == "ACCUSE" and o == judged for s, t, o in found if s != judged)
    assert not any(t == "ACCUSE" and o == judge for _, t, o in found)


def test_a_deed_with_no_hostile_act_before_judges_nobody() -> None:
    """中美签署了协议。美国表示，这一做法令人失望: no hostile act in focus, no one judged."""
    found = _triples("中美两国周五签署了贸易协议。美国表示，这一做法令人失望。")
    assert not any(t == "ACCUSE" for _, t, _ in found)


def test_a_deed_after_an_actor_of_its_own_is_that_actors() -> None:
    """古巴政府表示,美方的这一做法…: the owner named before the deed is judged, as before."""
    found = _triples("欧盟宣布对俄罗斯实施新制裁。古巴政府表示，美方的这一做法令人失望。")
    assert ("古巴", "ACCUSE", "美国") in found
    assert ("古巴", "ACCUSE", "欧盟") not in found
