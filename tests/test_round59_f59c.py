"""Round 59 (f59c): a body's meeting or a summit stayed away from (缺席…会议, 缺席…峰会),
checked on sentences written for these tests."""

from __future__ import annotations

from sentences import events_of


def test_a_body_meeting_stayed_away_from_is_negated() -> None:
    found = events_of("亚美尼亚总理帕希尼扬再次缺席集安组织会议。")
    hits = [e for e in found if e[1] == "CONSULT" and "集体安全条约组织" in {e[0], e[2]}]
    assert hits and all(e[3] == "negated" for e in hits)


def test_a_summit_stayed_away_from_is_negated() -> None:
    found = events_of("东盟在吉隆坡举行会议。缅甸领导人缺席此次东盟峰会。")
    hits = [e for e in found if e[1] == "CONSULT" and "东盟" in {e[0], e[2]}]
    assert hits and all(e[3] == "negated" for e in hits)


def test_a_meeting_someone_hears_of_is_no_meeting() -> None:
    found = events_of("记者询问了有关伊斯兰合作组织会议的安排。")
    assert not [e for e in found if e[1] == "CONSULT"]


def test_an_absence_from_a_forum_summit_meets_no_forum() -> None:
    found = events_of("美国总统缺席二十国集团峰会。")
    assert not [e for e in found if e[1] == "CONSULT" and "二十国集团" in {e[0], e[2]}]
