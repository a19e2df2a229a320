"""Round 58 (f58a): leaving an international body, and Latin American names of the dev58
sets, checked on sentences written for these tests."""

from __future__ import annotations

from sentences import events_of, roles_of

# -- names of 2025-26 ----------------------------------------------------------------------------


def test_argentine_foreign_minister_in_taiwan_rendering() -> None:
    assert ("基尔诺", "阿根廷", "外交部长") in roles_of("阿根廷外交部长季里诺周二抵达华盛顿。")


def test_peruvian_president_full_name_not_cut_short() -> None:
    found = events_of("迪娜·博卢阿特邀请日本首相访问秘鲁。")
    assert any(
        e[0] in {"博鲁阿尔特", "迪娜·博卢阿特", "博卢阿特"} and e[1] == "REQUEST" for e in found
    )
    assert not any(e[0] == "迪娜·博卢阿" for e in found)


# -- 退出 an international body ends its membership -----------------------------------------


def test_leaving_an_international_body_ends_membership() -> None:
    found = events_of("巴西宣布退出世界卫生组织。")
    assert ("巴西", "SANCTION", "世界卫生组织", "asserted") in found
    assert not {e for e in found if e[1] == "REJECT"}


def test_leaving_a_deal_is_still_a_rejection() -> None:
    found = events_of("美国与伊朗签署核协议。特朗普宣布退出。")
    assert ("特朗普", "REJECT", "伊朗", "asserted") in found


def test_a_body_left_before_is_left_again_not_the_asker() -> None:
    found = events_of(
        "东盟在雅加达举行会议。缅甸宣布退出东盟。印尼总统敦促缅甸重新考虑。缅甸宣布退出后，东盟只剩九国。"
    )
    assert ("缅甸", "SANCTION", "东盟", "asserted") in found
    assert not any(e[0] == "缅甸" and e[2] == "印尼" for e in found)
