"""Session 46, helper bd: the low-recall types (COERCE, CONCEDE, MOBILIZE, RETREAT, AID).

Sentences written for the test."""

from __future__ import annotations

from sentences import events_of


def test_aid_after_a_blame_stays_the_blamers_own_next_move() -> None:
    # the blamer's own next move (并…) stays its act
    events = events_of("美国谴责俄罗斯入侵乌克兰，并宣布向乌克兰提供10亿美元军事援助。")
    assert ("美国", "AID", "乌克兰", "asserted") in events
    assert not any(e[0] == "俄罗斯" and e[1] == "AID" for e in events)


def test_pretext_frame_lends_its_actor_to_the_next_clause() -> None:
    # 以…为借口, is the adverbial of the next clause's verb: its actor acts, not the speaker
    events = events_of("中方表示，美国以国家安全为借口，对华为实施制裁。")
    assert ("美国", "SANCTION", "华为", "asserted") in events
    assert not any(e[0] == "中国" and e[1] == "SANCTION" for e in events)
    events = events_of("俄罗斯外长拉夫罗夫表示，德国以在乌克兰生产武器为借口，向乌方提供武器。")
    assert ("德国", "AID", "乌克兰", "asserted") in events


def test_pretext_frame_inside_an_object_lends_nothing() -> None:
    # the speaker's view of a pretext with no clause after it: no deed of the one judged
    events = events_of("中方认为美国以人权为借口。")
    assert not any(e[1] in {"SANCTION", "AID"} for e in events)


def test_jia_guo_is_canada() -> None:
    # 加国 (Hong Kong and Taiwan press, three readable golds alias it to Canada)
    assert ("台湾", "ACCUSE", "加拿大", "asserted") in events_of("台湾指控加國違反國際貿易規則。")
    # but not the letters of 参加|国际 or 增加|国防
    events = events_of("中国代表团参加国际会议并会见美国代表。美国增加国防开支。")
    assert not any("加拿大" in (e[0], e[2]) for e in events)


def test_fighting_stopped_by_its_sides_is_their_truce() -> None:
    # those who wage it stop it: each side's truce with the other
    events = events_of("俄罗斯和乌克兰停止袭击能源设施。")
    assert ("俄罗斯", "CONCEDE", "乌克兰", "asserted") in events
    assert ("乌克兰", "CONCEDE", "俄罗斯", "asserted") in events


def test_fighting_asked_to_stop_goes_on() -> None:
    # a demand to stop attacks is no truce, and the attacks it names are still read
    events = events_of("联合国要求以色列停止对黎巴嫩的袭击。")
    assert ("联合国", "REQUEST", "以色列", "asserted") in events
    assert ("以色列", "ASSAULT", "黎巴嫩", "asserted") in events
    assert not any(e[1] == "CONCEDE" for e in events)
