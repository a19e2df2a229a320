"""Round 59 (f59f): a list of subjects joined by 和 before a partner named by 与 (A、B和C与D建交)
acts with D; the 和 only lists the subjects. Sentences written for these tests."""

from __future__ import annotations

from sentences import events_of


def test_list_closed_by_he_then_yu_partner_establishes_ties() -> None:
    found = events_of("当年荷兰、比利时和卢森堡与日本正式建交。")
    assert ("荷兰", "AGREE", "日本", "asserted") in found
    assert ("比利时", "AGREE", "日本", "asserted") in found
    assert ("卢森堡", "AGREE", "日本", "asserted") in found
    pairs = {frozenset((e[0], e[2])) for e in found if e[1] == "AGREE"}
    assert frozenset(("比利时", "卢森堡")) not in pairs
    assert frozenset(("荷兰", "卢森堡")) not in pairs


def test_two_subjects_joined_by_he_talk_with_the_yu_partner() -> None:
    found = events_of("挪威和瑞典与芬兰举行会谈。")
    assert ("挪威", "CONSULT", "芬兰", "asserted") in found
    assert ("瑞典", "CONSULT", "芬兰", "asserted") in found
    assert not any({e[0], e[2]} == {"挪威", "瑞典"} for e in found)


def test_yu_before_two_partners_joined_by_he_keeps_both() -> None:
    found = events_of("葡萄牙与西班牙和意大利签署协议。")
    assert ("葡萄牙", "AGREE", "西班牙", "asserted") in found or (
        "西班牙",
        "AGREE",
        "葡萄牙",
        "asserted",
    ) in found
    assert any({e[0], e[2]} == {"葡萄牙", "意大利"} and e[1] == "AGREE" for e in found)


def test_tong_still_governs_after_he() -> None:
    found = events_of("丹麦和挪威同冰岛签署协议。")
    assert any({e[0], e[2]} == {"丹麦", "冰岛"} and e[1] == "AGREE" for e in found)
    assert any({e[0], e[2]} == {"挪威", "冰岛"} and e[1] == "AGREE" for e in found)
    assert not any({e[0], e[2]} == {"丹麦", "挪威"} for e in found)
