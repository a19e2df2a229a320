"""Round 54, branch f54f: a demand named as a noun and answered.

When a verb that answers a demand (同意, 接受, 拒绝, 满足…) takes an actor's demand whose noun a
phrase of what it asks or how heavy it is precedes (同意美国遣返非法移民的要求, 同意特朗普的所有
要求, 满足了美方更多要求), the actor asked the one who answers (REQUEST, asserted whatever the
mood of the answer, as the db, wf and sv golds code it); who met the demand acts on in the next
clause. A standard to meet names no owner and stays silent (满足技术要求). The sentences are
written for these tests."""

from __future__ import annotations

import pytest
from sentences import events_of


def _events(text: str) -> set[tuple[str, str, str, str]]:
    return {(s, t, o, st) for s, t, o, st in events_of(text) if t != "ROLE"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("秘鲁已同意美国遣返非法移民的要求。", ("美国", "REQUEST", "秘鲁", "asserted")),
        ("秘鲁已同意美国总统特朗普的所有要求。", ("特朗普", "REQUEST", "秘鲁", "asserted")),
        ("越南政府满足了美方更多要求。", ("美国", "REQUEST", "越南", "asserted")),
        ("印度满足了美国提出的所有要求。", ("美国", "REQUEST", "印度", "asserted")),
        ("基辅愿意接受俄方对乌东领土的重大要求。", ("俄罗斯", "REQUEST", "乌克兰", "asserted")),
        ("伊朗拒绝美国的过分要求。", ("美国", "REQUEST", "伊朗", "asserted")),
        ("越南拒绝了中国和菲律宾的无理要求。", ("菲律宾", "REQUEST", "越南", "asserted")),
    ],
)
def test_the_owner_of_a_demand_answered_asked_who_answers(text, expected) -> None:
    assert expected in _events(text)


def test_an_answer_still_to_come_leaves_the_demand_made() -> None:
    found = _events("秘鲁已同意美国的要求。")
    assert ("美国", "REQUEST", "秘鲁", "asserted") in found
    assert ("美国", "REQUEST", "秘鲁", "intended") not in found


def test_who_met_the_demand_acts_on() -> None:
    found = _events("巴西总统表示，他的政府满足了美方更多要求，将12名被通缉的嫌犯移交给美国。")
    assert ("美国", "REQUEST", "巴西", "asserted") in found
    assert ("巴西", "COOPERATE", "美国", "asserted") in found


@pytest.mark.parametrize(
    "text",
    [
        "俄罗斯满足了安全要求。",  # a standard, no owner
        "这些武器满足乌克兰军队的作战要求。",  # a need named, not a demand answered
        "以色列满足了停火协议的要求。",  # a deal's terms, no actor's demand
        "中国拒绝了让检察官登船调查的要求。",  # whose demand is not said
    ],
)
def test_no_request_without_an_actor_owning_the_demand(text: str) -> None:
    assert not any(t == "REQUEST" for _, t, _, _ in _events(text))
