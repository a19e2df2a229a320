"""Round 50, helper ib: relief (CONCEDE) and ceasefires. Sentences written for the tests in the
style of Chinese international news."""

from __future__ import annotations

from tests.data.sentences import events_of


def _events(text: str) -> set[tuple[str, str, str, str]]:
    return set(events_of(text))


# -- a measure eased that names its owner before 对 (放宽|美国对俄罗斯的|制裁): the side after
# 对 is relieved; the owner lays the sanction, it is not relieved ---------------------------------


def test_easing_an_owned_sanction_relieves_the_side_after_dui() -> None:
    found = _events("欧洲担心特朗普可能会放宽美国对俄罗斯的制裁。")
    assert ("特朗普", "CONCEDE", "俄罗斯", "intended") in found
    assert ("美国", "SANCTION", "俄罗斯", "asserted") in found
    assert not any(t == "CONCEDE" and o == "美国" for _, t, o, _ in found)


def test_lifting_an_owned_tariff_relieves_the_side_after_dui() -> None:
    found = _events("拜登宣布取消美国对越南的关税。")
    assert ("拜登", "CONCEDE", "越南", "asserted") in found


def test_easing_without_an_owner_is_unchanged() -> None:
    found = _events("特朗普宣布解除对叙利亚的制裁。")
    assert ("特朗普", "CONCEDE", "叙利亚", "asserted") in found


def test_easing_a_list_after_dui_keeps_every_side() -> None:
    found = _events("西共体宣布取消对尼日尔、马里等国实施的部分制裁。")
    assert ("西非国家经济共同体", "CONCEDE", "尼日尔", "asserted") in found
    assert ("西非国家经济共同体", "CONCEDE", "马里", "asserted") in found


# -- a ceasefire that an agreement is about (就…停火…达成一致) is not yet made, and is made by
# the sides named before it inside the 就-phrase, not by those who agree ----------------------


def test_ceasefire_agreed_on_is_the_named_sides_intended() -> None:
    found = _events("美国总统拜登与以色列总理通电话，就以色列和黎巴嫩实施停火达成一致。")
    assert ("以色列", "CONCEDE", "黎巴嫩", "intended") in found
    assert ("黎巴嫩", "CONCEDE", "以色列", "intended") in found
    assert not any(t == "CONCEDE" and s == "拜登" for s, t, _, _ in found)


def test_ceasefire_agreed_on_by_its_own_sides_is_their_agreement() -> None:
    found = _events("印度和巴基斯坦就停火达成一致。")
    assert ("印度", "AGREE", "巴基斯坦", "asserted") in found
    assert not any(t == "CONCEDE" for _, t, _, _ in found)


def test_ceasefire_declared_outside_an_agreement_is_unchanged() -> None:
    found = _events("以色列在周日与哈马斯停火。")
    assert ("以色列", "CONCEDE", "哈马斯", "asserted") in found


# -- tariffs waived (免除…关税, 减免…关税) are eased, as sanctions waived are ----------------------


def test_waiving_tariffs_relieves_the_side_whose_goods_they_hit() -> None:
    found = _events("欧盟将免除所有对美国工业产品关税。")
    assert ("欧盟", "CONCEDE", "美国", "intended") in found


def test_tariff_relief_as_a_noun_is_no_event() -> None:
    found = _events("日本公布了关税减免的商品清单。")
    assert not any(t == "CONCEDE" for _, t, _, _ in found)


# -- a ceasefire in a place that the subject brings about or keeps (促成|在苏丹|立即停火,
# 在加沙|巩固|停火): the place's fighters make it, the subject declares no truce with the place


def test_bringing_about_a_ceasefire_in_a_place_is_no_truce_of_the_broker() -> None:
    found = _events("欧盟表示将继续施加压力，以促成在也门立即停火。")
    assert not any(t == "CONCEDE" for _, t, _, _ in found)


def test_keeping_a_ceasefire_in_a_place_is_no_truce_of_the_speaker() -> None:
    found = _events("英国警告，这些袭击可能破坏在黎巴嫩巩固停火的努力。")
    assert not any(t == "CONCEDE" for _, t, _, _ in found)


def test_a_ceasefire_made_in_a_place_is_still_read() -> None:
    found = _events("以色列军队周日在加沙实施停火。")
    assert any(t == "CONCEDE" for _, t, _, _ in found)
