"""Round 40, helper ka: actors kg does not find, by frequency in real text (Terminus, ir and
the readable dev articles). Sentences written for the tests."""

from __future__ import annotations

from tests.data.sentences import events_of

# -- a ministry named bare at an article's head, before any country, is China's ---------------
# (16 occurrences in 15 articles: rthk, nbd, chinanews, mnd, k5l077, huanqiu, quamnet, mofcom…)


def test_bare_ministry_opening_an_article_is_chinas() -> None:
    """外交部:…, 国防部敦促菲方…: with no country named before it and no dateline, the act of
    the headline was lost (the ministry had no country to belong to). Once the article has
    named a country the rule says nothing (the organ of the country in focus, as before)."""
    events = events_of(
        "国防部敦促菲方停止在南海的挑衅行为\n国防部新闻发言人今天在例行记者会上答问。"
    )
    assert ("中国国防部", "REQUEST", "菲律宾", "asserted") in events
    events = events_of("外交部:强烈谴责美方对中国企业的无理打压\n发言人在记者会上作出回应。")
    assert ("中国外交部", "ACCUSE", "美国", "asserted") in events
    events = events_of(
        "日本政府今天召开内阁会议。\n外交部宣布召见俄罗斯驻日大使,抗议俄军机侵犯领空。"
    )
    assert not any(s == "中国外交部" for s, _, _, _ in events)


def test_bare_commerce_ministry_at_the_head() -> None:
    """商务部:对原产于美国的…发起反倾销调查 (the first words of an article, no dateline): the
    ministry's act on the country named after it. Before a post (外交部发言人…) the rule says
    nothing: the one who holds the post speaks, as before."""
    events = events_of("商务部:对原产于美国的进口丙酸发起反倾销调查\n调查自今日起进行。")
    assert ("中国商务部", "SANCTION", "美国", "asserted") in events
    events = events_of("外交部发言人表示,美方的做法严重违反国际法。")
    assert not any(s == "中国外交部" for s, _, _, _ in events)
