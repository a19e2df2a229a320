"""Round 35, helper qh: who the actors are in pairs, groups, compounds and lists."""

from __future__ import annotations

from sentences import events_of


def _consults(found: set[tuple[str, str, str, str]]) -> set[tuple[str, str, str, str]]:
    return {event for event in found if event[1] == "CONSULT"}


def test_cross_strait_exchanges_with_words_between_name_a_field_of_policy() -> None:
    found = events_of(
        "国台办发言人就台湾问题答问时表示，大陆将采取有力措施促进两岸正常、健康交流往来。"
    )
    assert not _consults(found)


def test_cross_strait_exchanges_as_a_common_basis_are_no_contact() -> None:
    found = events_of(
        "國民黨副主席在北京表示，大陸與台灣都反對台獨，這是兩岸繼續交流的共同政治基礎。"
    )
    assert not _consults(found)
    hoped = events_of("陆委会主委表示，中国大陆不放弃对台湾使用武力，但希望两岸官方能正常对话。")
    assert ("中国", "CONSULT", "台湾", "intended") in hoped  # dialogue is still contact


def test_backing_a_deal_named_by_a_states_programme_backs_no_state() -> None:
    found = events_of("英国、法国和德国三国外长发表联合声明，表示三国支持伊核协议的立场不变。")
    assert not {event for event in found if event[1] == "SUPPORT"}


def test_blaming_parties_to_a_deal_blames_not_the_state_it_is_named_by() -> None:
    found = events_of(
        "伊朗外交部副部长塔赫特·拉万奇召见欧盟成员国驻伊朗大使。"
        "塔赫特·拉万奇强烈批评了伊核协议中三个欧洲国家的背信弃义、履职不力。"
    )
    assert ("塔赫特·拉万奇", "ACCUSE", "伊朗", "asserted") not in found
    left = events_of("美国总统特朗普8日宣布,美国将退出伊核协议。")
    assert ("美国", "REJECT", "伊朗", "intended") in left  # leaving the deal still rejects Iran


def test_three_sides_after_a_compound_of_three_are_its_countries() -> None:
    found = events_of(
        "美日韩国安首长在夏威夷举行会谈。三方同意，朝鲜倘再核试，它们将一同强力应对。"
    )
    assert ("美国", "AGREE", "日本", "asserted") in found
    assert ("日本", "AGREE", "韩国", "asserted") in found


def test_three_states_officials_after_a_compound_act_for_each_state() -> None:
    found = events_of("美日韩国安首长在夏威夷举行会谈。三国官员谴责朝鲜持续发展弹道导弹。")
    assert {("美国", "ACCUSE", "朝鲜", "asserted"), ("韩国", "ACCUSE", "朝鲜", "asserted")} <= found
    kept = events_of("美日韩三国外长在波恩举行会谈。")  # an apposition: the compound itself acts
    assert ("美国", "CONSULT", "日本", "asserted") in kept


def test_cooperation_of_the_two_sides_of_a_meeting_is_their_states() -> None:
    found = events_of(
        "新西兰总理拉克森会见中国外长王毅。王毅表示,中新建交以来,双方始终坚持相互尊重,聚焦合作。"
    )
    assert ("拉克森", "COOPERATE", "王毅", "asserted") not in found
    assert ("新西兰", "COOPERATE", "中国", "asserted") in found or (
        "中国",
        "COOPERATE",
        "新西兰",
        "asserted",
    ) in found
    assert ("拉克森", "CONSULT", "王毅", "asserted") in found  # the meeting stays the people's
