"""Round 57, branch f57e: leads left by the last round.

蒙古 alone (not only 蒙古国) names Mongolia: without it as a form, 蒙古 was read as the two
short forms 蒙|古 and named Cuba as well. Inner Mongolia (内蒙古) and the Mongol people and
their tongue (蒙古族, 蒙古语) name no state. The sentences are written for these tests."""

from __future__ import annotations

import pytest
from sentences import events_of


def _plain(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text) if t != "ROLE"}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("法国总统马克龙周二访问蒙古。", ("马克龙", "CONSULT", "蒙古国")),
        ("蒙古外长与韩国外长举行会谈。", ("蒙古国", "CONSULT", "韩国")),
        ("日本和蒙古签署了经济伙伴关系协定。", ("日本", "AGREE", "蒙古国")),
    ],
)
def test_mongolia_named_bare_is_no_cuba(text: str, pair: tuple[str, str, str]) -> None:
    found = _plain(text)
    assert any(pair[1] == t and {pair[0], pair[2]} == {s, o} for s, t, o in found)
    assert not any("古巴" in (s, o) for s, _, o in found)


@pytest.mark.parametrize(
    "text",
    [
        "内蒙古自治区官员周三会见德国大使。",
        "蒙古族歌手同法国乐团签署演出协议。",
        "蒙古语教师代表团会见印度官员。",
    ],
)
def test_inner_mongolia_and_the_mongol_people_name_no_state(text: str) -> None:
    found = _plain(text)
    assert not any({"蒙古国", "古巴"} & {s, o} for s, _, o in found)
