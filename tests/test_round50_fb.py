"""Round 50, helper fb: sanctions and coercion. Sentences written for the tests in the style of
Chinese international news."""

from __future__ import annotations

import pytest

from tests.data.sentences import events_of


def _events(text: str) -> set[tuple[str, str, str, str]]:
    return set(events_of(text))


# -- 欧盟国家 and 欧盟各国 are the EU itself, as 东盟国家 is ASEAN -------------------------------
# (pa-measure, qa, va-measure, we-dev alias them to the EU, ve-measure gives the EU as alt; only
# 欧盟成员国 is read apart once, in ub-measure, and stays the collective)


@pytest.mark.parametrize(
    "text",
    [
        "欧盟国家外长周一举行会议，决定对白俄罗斯实施新一轮制裁。",
        "欧盟各国领导人同意对白俄罗斯实施新的制裁措施。",
    ],
)
def test_eu_states_acting_together_are_the_eu(text: str) -> None:
    assert any(e[:3] == ("欧盟", "SANCTION", "白俄罗斯") for e in _events(text))


def test_eu_member_states_stay_a_collective() -> None:
    found = _events("法国与其他欧盟成员国举行会谈。")
    assert ("法国", "CONSULT", "欧盟成员国", "asserted") in found
