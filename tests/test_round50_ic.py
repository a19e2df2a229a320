"""Round 50, helper ic: the doer of a deed in a clause of time (在…后, 在…之际, 在…期间). Sentences
written for the tests in the style of Chinese international news."""

from __future__ import annotations

import pytest

from tests.data.sentences import events_of

# -- a passive inside 在…后/之际/期间/时 keeps its own target: 在 opens a clause of time there, not
# the frame of an invitation or a mediation (在中方斡旋下), whose actors are named after it


@pytest.mark.parametrize(
    ("text", "doer", "victim", "bystander"),
    [
        ("在乌克兰遭俄罗斯入侵后，美国呼吁国际社会团结。", "俄罗斯", "乌克兰", "美国"),
        ("在伊朗被以色列空袭后，土耳其呼吁各方保持克制。", "以色列", "伊朗", "土耳其"),
        ("在叙利亚受到以色列空袭后，俄罗斯呼吁停火。", "以色列", "叙利亚", "俄罗斯"),
        ("在黎巴嫩遭到以色列轰炸之后，法国呼吁各方保持克制。", "以色列", "黎巴嫩", "法国"),
        ("在乌克兰遭到俄罗斯导弹袭击之际，欧盟宣布制裁俄罗斯。", "俄罗斯", "乌克兰", "欧盟"),
        ("在伊朗遭以色列空袭期间，卡塔尔呼吁双方停火。", "以色列", "伊朗", "卡塔尔"),
        ("在伊朗遭以色列空袭时，俄罗斯呼吁各方保持克制。", "以色列", "伊朗", "俄罗斯"),
        ("在韩国遭到朝鲜导弹袭击后，日本谴责朝鲜。", "朝鲜", "韩国", "日本"),
        ("在伊朗受到美国制裁之际，俄罗斯宣布向伊朗提供援助。", "美国", "伊朗", "俄罗斯"),
        ("在烏克蘭遭俄羅斯入侵後，美國呼籲國際社會團結。", "俄罗斯", "乌克兰", "美国"),
    ],
)
def test_a_passive_in_a_clause_of_time_keeps_its_target(text, doer, victim, bystander) -> None:
    found = events_of(text)
    pairs = {(s, o) for s, _, o, _ in found}
    assert (doer, victim) in pairs
    assert (doer, bystander) not in pairs


def test_an_active_deed_in_a_clause_of_time_is_unchanged() -> None:
    found = events_of("在俄罗斯入侵乌克兰之际，美国宣布对俄罗斯实施制裁。")
    assert ("俄罗斯", "ASSAULT", "乌克兰", "asserted") in found
    assert ("美国", "SANCTION", "俄罗斯", "asserted") in found


def test_a_mediation_frame_still_acts_on_the_parties_after_it() -> None:
    found = events_of("在中方斡旋下，沙特与伊朗达成协议。")
    assert ("中国", "CONSULT", "伊朗", "asserted") in found


def test_an_invitation_inside_a_clause_of_time_still_invites_who_comes_after() -> None:
    found = events_of("在应美国总统邀请访问美国期间，日本首相会见了美国国会领袖。")
    assert ("美国", "REQUEST", "日本", "asserted") in found


@pytest.mark.parametrize(
    ("text", "doer", "victim"),
    [
        ("在遭到以色列空袭后，伊朗向以色列发射导弹。", "以色列", "伊朗"),
        ("在被美国制裁后，伊朗宣布退出协议。", "美国", "伊朗"),
        ("在受到中国批评之际，菲律宾总统表示将继续巡航。", "中国", "菲律宾"),
    ],
)
def test_a_passive_in_a_clause_of_time_naming_no_victim_befalls_the_next_subject(
    text, doer, victim
) -> None:
    found = events_of(text)
    assert (doer, victim) in {(s, o) for s, _, o, _ in found}


def test_a_clause_of_time_with_no_comma_after_it_keeps_its_target() -> None:
    found = events_of("在伊朗遭以色列空袭后土耳其呼吁各方保持克制。")
    assert ("以色列", "ASSAULT", "伊朗", "asserted") in found
