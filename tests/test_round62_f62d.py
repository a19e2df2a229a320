"""Round 62 (f62d): the secretary of a council (最高国家安全委员会秘书拉里贾尼) holds a post in
it; Ukraine's National Security and Defense Council is a body of the gazetteer; checked on
sentences written for these tests."""

from __future__ import annotations

from sentences import roles_of

# -- 秘书 after a council: the post is in the council --


def test_secretary_of_a_security_council_holds_a_post_in_it() -> None:
    found = roles_of("伊朗最高国家安全委员会秘书拉里贾尼周日抵达贝鲁特。")
    assert ("拉里贾尼", "伊朗最高国家安全委员会", "秘书") in found


def test_secretary_of_ukraines_defense_council() -> None:
    found = roles_of("乌克兰国家安全与国防委员会秘书乌梅罗夫周三抵达日内瓦。")
    assert ("乌梅罗夫", "乌克兰国家安全与国防委员会", "秘书") in found


def test_a_secretariat_is_no_secretary() -> None:
    assert not roles_of("联合国秘书处周五发表声明。")


def test_the_press_secretary_stays_one_post() -> None:
    found = roles_of("白宫新闻秘书莱维特周二表示，总统将出席峰会。")
    assert all(title == "新闻秘书" for _, _, title in found)
