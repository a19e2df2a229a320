"""Leftovers of earlier rounds, each a class of construction: acts only called for, names
hidden inside longer words, pairs of subjects acting on one target, organs named in passing.
Sentences written for these tests; events are compared on actor labels."""

from __future__ import annotations

import pytest
from sentences import events_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("立陶宛议员呼吁驱逐俄罗斯外交官。", ("立陶宛", "SANCTION", "俄罗斯", "intended")),
        ("波兰反对党要求驱逐白俄罗斯大使。", ("波兰反对党", "SANCTION", "白俄罗斯", "intended")),
        ("乌克兰呼吁欧盟驱逐俄罗斯外交官。", ("欧盟", "SANCTION", "俄罗斯", "intended")),
    ],
)
def test_an_expulsion_called_for_is_only_proposed(text, expected) -> None:
    events = events_of(text)
    assert expected in events
    assert not {e for e in events if e[1] == "SANCTION" and e[3] == "asserted"}


def test_ordering_an_envoy_out_is_still_the_expulsion() -> None:
    assert ("乌克兰", "SANCTION", "俄罗斯", "asserted") in events_of("乌克兰要求俄罗斯大使离境。")


@pytest.mark.parametrize(
    "text",
    [
        "日方回应韩方呼吁驱逐日本外交官一事。",
        "俄方回应波兰呼吁驱逐俄罗斯外交官。",
    ],
)
def test_an_answer_to_a_call_is_no_invitation(text) -> None:
    """回应/响应 end in 应, but are no 应X要求 (at X's request): nobody is asked by the caller."""
    events = events_of(text)
    assert not {e for e in events if e[1] == "REQUEST"}


def test_at_the_request_of_still_names_the_one_who_asks() -> None:
    events = events_of("应俄罗斯邀请,中国外长将访问莫斯科。")
    assert ("俄罗斯", "REQUEST", "中国", "asserted") in events
