"""Round 43, helper fr: the Americas and the UN system (wf-dev). Bugs and field actors the dev
set showed: a post read across 于, a name that swallowed 辩 of 辩称, an act after 仅次于 given to
the sentence's subject, a country's drug cartels or gangs read as the country, and the
president-elect's title. Sentences written for the tests."""

from __future__ import annotations

from tests.data.sentences import events_of, roles_of


def test_post_not_read_across_yu() -> None:
    """X民众于|美国国务卿鲁比奥访问前夕: 于 opens a phrase, so the post is in the country named
    right before the title, not in the one the sentence opens with."""
    roles = roles_of("墨西哥学生于美国国务卿鲁比奥到访前夕举行集会。")
    assert ("鲁比奥", "美国", "国务卿") in roles
    assert not any(org == "墨西哥" for _, org, _ in roles)


def test_bianchen_ends_a_name() -> None:
    """辩称 is a statement verb: the dotted name before it ends before 辩."""
    roles = roles_of("英国代表约翰·格林(John Green)辩称,这次行动是合法的。")
    assert ("约翰·格林", "英国", "代表") in roles
    assert not any(person.endswith("辩") for person, _, _ in roles)


def test_act_after_a_rank_keeps_its_doer() -> None:
    """仅次于|日本对菲律宾的援助: 于 of a rank governs no phrase; the act named with its doer
    and its 对-target is the doer's, not the subject of the sentence."""
    events = events_of("韩国已成为越南的第二大投资国,仅次于日本对越南的援助。")
    assert ("日本", "AID", "越南", "asserted") in events
    assert not any(s == "韩国" and t == "AID" for s, t, _, _ in events)


def test_president_elect_holds_a_post() -> None:
    """秘鲁总统当选人X: the title names the post of the one elected, in the country before it."""
    roles = roles_of("秘鲁总统当选人罗哈斯表示将加强与中国的合作。")
    assert ("罗哈斯", "秘鲁", "总统当选人") in roles
