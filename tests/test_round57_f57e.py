"""Round 57, branch f57e: leads left by the last round.

蒙古 alone (not only 蒙古国) names Mongolia: without it as a form, 蒙古 was read as the two
short forms 蒙|古 and named Cuba as well. Inner Mongolia (内蒙古) and the Mongol people and
their tongue (蒙古族, 蒙古语) name no state. Pressure (施压) is no sanction; right before its
demand (施压要求…) it is that demand. A bare organ the article's opening gave China stays
China's. The sentences are written for these tests."""

from __future__ import annotations

import pytest
from sentences import article, events_of

from kg.extract import extract_article


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


# 施压 (pressure put on someone) is no sanction wherever its target stands: before it (向…施压),
# right after it (施压西班牙,促使其…) or after it with a demand (施压…要求…, the demand is
# the event). Sanctions named as such stay.
@pytest.mark.parametrize(
    "text",
    [
        "法国总统表示，欧洲各国需施压匈牙利，促使其放弃否决。",
        "美国正向哥伦比亚总统施压，要求他加强禁毒合作。",
        "日本施压删除了部分韩国网站的内容。",
        "英国持续对伊朗施压。",
    ],
)
def test_pressure_is_no_sanction(text: str) -> None:
    assert not any(t == "SANCTION" for _, t, _ in _plain(text))


def test_sanction_named_with_pressure_stays() -> None:
    found = _plain("欧盟宣布对俄罗斯实施新一轮制裁，以继续施压。")
    assert ("欧盟", "SANCTION", "俄罗斯") in found


def test_pressure_with_its_demand_keeps_the_demand() -> None:
    found = _plain("美国持续施压伊朗与以色列，要求双方停止交火。")
    assert ("美国", "REQUEST", "伊朗") in found
    assert not any(t == "SANCTION" for _, t, _ in found)


# A bare organ the article's opening gave China (no country named before it) stays China's
# for the article's later bare mentions, however often the body names the state acted on.
def test_opening_organ_stays_its_state() -> None:
    text = (
        "商务部把12家日企纳入出口管制名单\n"
        "【本台消息】商务部周五发布公告，把12家日本企业纳入出口管制名单。"
        "商务部称，为维护国家安全，决定把日本企业川崎重工等12家日本企业纳入出口管制名单。"
        "此外，商务部还把3家企业列入不可靠实体清单，禁止其从事与中国有关的进出口活动。"
    )
    result = extract_article(article(text, "2024-05-10"))
    organs = {e.subject.actor.label for e in result.events if e.subject.text.startswith("商务部")}
    assert organs == {"中国商务部"}, organs


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("英国施压要求挪威暂停对俄出口。", ("英国", "挪威")),
        ("特朗普说，他正在向越南总理施压要求其开放市场。", None),
    ],
)
def test_pressure_right_before_its_demand_is_the_demand(
    text: str, pair: tuple[str, str] | None
) -> None:
    found = _plain(text)
    assert not any(t == "SANCTION" for _, t, _ in found)
    if pair is not None:
        assert (pair[0], "REQUEST", pair[1]) in found
    else:
        assert any(t == "REQUEST" and o == "越南" for _, t, o in found)
