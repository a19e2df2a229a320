"""Round 49, helper zc: events written inside noun phrases (对X的N, X的N as the object of a
verb). Sentences written for the tests in the style of Chinese international news."""

from __future__ import annotations

from tests.data.sentences import events_of


def _events(text: str) -> set[tuple[str, str, str, str]]:
    return set(events_of(text))


# -- a levy put off, or its grace period lengthened, named after the verb -----------------------
# (延长对墨西哥关税的缓冲期 wf, 延后对墨西哥加征关税的期限 vc: the tariff's owner eases it)


def test_grace_period_of_a_tariff_lengthened_is_an_easing() -> None:
    found = _events("白宫宣布，特朗普再次延长对加拿大关税的宽限期。")
    assert ("特朗普", "CONCEDE", "加拿大", "asserted") in found


def test_levy_put_off_after_the_verb_is_an_easing() -> None:
    found = _events("美国政府宣布延后对墨西哥加征关税一个月。")
    assert ("美国", "CONCEDE", "墨西哥", "asserted") in found


def test_waiver_period_of_a_sanction_lengthened_is_an_easing() -> None:
    found = _events("美国国务院宣布延长对伊拉克电力进口制裁的豁免期。")
    assert ("美国国务院", "CONCEDE", "伊拉克", "asserted") in found


def test_a_visit_put_off_is_no_easing() -> None:
    found = _events("日本外相推迟对韩国的访问。")
    assert not any(t == "CONCEDE" for _, t, _, _ in found)


# -- a short quotation in the speaker's own voice holds no subject of the clause after it -------


def test_actor_inside_a_first_person_quote_does_not_go_on() -> None:
    found = _events(
        "墨西哥总统辛鲍姆多次与白宫周旋。特朗普直呼“我很喜欢她”，还一再延长对墨西哥关税的缓冲期。"
    )
    assert ("特朗普", "CONCEDE", "墨西哥", "asserted") in found
    assert not any(s == "辛鲍姆" and t == "CONCEDE" for s, t, _, _ in found)


def test_a_quoted_phrase_without_a_speaker_pronoun_is_unchanged() -> None:
    found = _events("特朗普称赞辛鲍姆是“了不起的女性”，并延长对墨西哥关税的缓冲期。")
    assert ("特朗普", "CONCEDE", "墨西哥", "asserted") in found


# -- two acts named as nouns, joined: the second noun's doer stands before its own 对 ----------
# (仅次于美国对委内瑞拉的军事攻击和美国对…的海上封锁 wf, 以色列的行动及美国对伊朗核设施的攻击 ya)


def test_doer_of_a_second_joined_nominal_is_its_own() -> None:
    found = _events("伊朗谴责以色列对叙利亚的袭击和美国对伊拉克的空袭。")
    assert ("以色列", "ASSAULT", "叙利亚", "asserted") in found
    assert ("美国", "ASSAULT", "伊拉克", "asserted") in found
    assert ("以色列", "ASSAULT", "伊拉克", "asserted") not in found


def test_doer_of_a_second_joined_nominal_is_no_target_of_the_first() -> None:
    found = _events("墨西哥的出口仅次于美国对委内瑞拉的军事攻击和美国对古巴的海上封锁。")
    assert ("美国", "ASSAULT", "委内瑞拉", "asserted") in found
    assert not any(t == "ASSAULT" and o == "美国" for _, t, o, _ in found)


def test_partner_joined_before_one_act_named_as_a_noun_owns_it_too() -> None:
    found = _events("中国反对美国和欧盟对伊朗的制裁。")
    assert ("中国", "ACCUSE", "美国", "asserted") in found
    assert ("中国", "ACCUSE", "欧盟", "asserted") in found


def test_owner_of_a_joined_noun_acts_and_the_first_target_stays_the_first_nouns() -> None:
    found = _events("空袭和伊朗的报复发生后，油价大涨。以色列对伊朗的袭击和伊朗的报复引发担忧。")
    assert ("以色列", "ASSAULT", "伊朗", "asserted") in found
    assert ("以色列", "SANCTION", "伊朗", "asserted") not in found


def test_owner_after_and_as_well_as_owns_the_second_noun() -> None:
    found = _events("菲丹在美国和以色列对伊朗的袭击以及德黑兰的报复措施期间进行了外交斡旋。")
    assert ("美国", "ASSAULT", "伊朗", "asserted") in found
    assert not any(s in {"美国", "以色列"} and t == "SANCTION" for s, t, _, _ in found)


def test_a_thing_owned_after_the_noun_is_no_second_act() -> None:
    found = _events("俄罗斯谴责美国对伊朗的制裁和欧盟的立场。")
    assert ("俄罗斯", "ACCUSE", "美国", "asserted") in found
    assert not any(s == "欧盟" for s, _, _, _ in found)
