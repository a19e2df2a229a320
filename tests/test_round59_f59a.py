"""Round 59 (f59a): warnings that name a side only in what they warn of, and names of the
dev59 sets (Africa; Russia, Ukraine and Europe), checked on sentences written for these tests."""

from __future__ import annotations

from sentences import events_of, roles_of

# -- a side named in what a warning warns of is not warned -----------------------------------


def test_side_in_a_plight_after_a_warning_is_not_accused() -> None:
    found = events_of("英国驻苏丹使馆周五警告,苏丹安全局势持续恶化,冲突不断升级。")
    assert not {e for e in found if e[2] == "苏丹" and e[1] in {"ACCUSE", "THREATEN"}}


def test_side_facing_a_campaign_from_another_is_not_threatened() -> None:
    found = events_of("北约曾警告格鲁吉亚面临来自俄罗斯的网络攻势。")
    assert not {e for e in found if e[1] == "THREATEN" and e[2] == "格鲁吉亚"}


def test_side_whose_supply_is_cut_is_not_threatened() -> None:
    found = events_of("巴西总统警告说,停止对委内瑞拉的粮食供应将引发饥荒。")
    assert not {e for e in found if e[1] == "THREATEN" and e[2] == "委内瑞拉"}


def test_side_harmed_by_renewed_fighting_is_not_threatened() -> None:
    found = events_of("印尼总统警告战火重燃可能破坏两国关系的改善。")
    assert not {e for e in found if e[1] == "THREATEN"}


def test_warning_of_own_response_still_threatens_the_side_named_further() -> None:
    found = events_of("朝鲜警告将对韩国的挑衅作出坚决回应。")
    assert ("朝鲜", "THREATEN", "韩国", "asserted") in found


def test_warning_addressed_to_a_side_still_threatens_it() -> None:
    found = events_of("土耳其警告希腊不要在争议海域采取单方面行动。")
    assert ("土耳其", "THREATEN", "希腊", "asserted") in found


def test_warning_that_a_side_faces_punishment_still_threatens_it() -> None:
    found = events_of("美国商务部长警告越南或面临更高关税。")
    assert any(e[1] == "THREATEN" and e[2] == "越南" for e in found)


# -- names of the dev59 sets -----------------------------------------------------------------


def test_libyan_rival_prime_minister_in_hong_kong_rendering() -> None:
    found = events_of("巴沙格哈批评德贝巴拒绝交出权力。")
    assert any(e[0] in {"巴沙加", "巴沙格哈"} and e[2] == "德贝巴" for e in found)


def test_belarusian_defence_minister_holds_his_post() -> None:
    found = roles_of("白俄罗斯国防部长赫列宁周二会见了中国代表团。")
    assert ("赫列宁", "白俄罗斯", "国防部长") in found
