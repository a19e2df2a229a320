"""Round 49, helper zb: CONSULT (meetings, talks, visits, mediation).
Sentences written for the tests in the style of Chinese international news."""

from __future__ import annotations

from tests.data.sentences import events_of


def _events(text: str) -> set[tuple[str, str, str, str]]:
    return set(events_of(text))


def _pairs(found, event_type: str = "CONSULT") -> set[frozenset[str]]:
    return {frozenset((s, o)) for s, t, o, _ in found if t == event_type}


# -- a second mediator mediates between the sides, not with the first mediator -------------------


def test_second_mediation_is_between_the_fighting_sides() -> None:
    found = _events(
        "泰国与柬埔寨近日在边境地区再度爆发激烈冲突。美国总统特朗普声称已成功斡旋停火。"
        "马来西亚总理安华随后出面调解。"
    )
    pairs = _pairs(found)
    assert frozenset(("安华", "泰国")) in pairs
    assert frozenset(("安华", "柬埔寨")) in pairs
    assert frozenset(("安华", "特朗普")) not in pairs


def test_mediation_headline_does_not_pair_the_mediators() -> None:
    found = _events("泰柬再爆冲突 特朗普斡旋破局 马来西亚出面调解")
    pairs = _pairs(found)
    assert frozenset(("马来西亚", "泰国")) in pairs
    assert not any("特朗普" in p and "马来西亚" in p for p in pairs)


def test_mediation_after_talks_still_reaches_their_sides() -> None:
    found = _events("以色列与哈马斯在多哈举行新一轮间接谈判。卡塔尔和埃及继续居中斡旋。")
    pairs = _pairs(found)
    assert frozenset(("卡塔尔", "以色列")) in pairs
    assert frozenset(("埃及", "哈马斯")) in pairs


# -- an object pronoun after a verb and its aspect particle is an object (会见了他) -----


def test_pronoun_after_aspect_particle_is_the_visitor() -> None:
    found = _events("法国总统马克龙抵达北京。习近平当天会见了他。")
    assert ("习近平", "CONSULT", "马克龙", "asserted") in found


def test_pronoun_after_aspect_particle_with_titled_subject() -> None:
    found = _events("法国总统马克龙抵达北京。国家主席习近平当天会见了他。")
    assert ("习近平", "CONSULT", "马克龙", "asserted") in found


def test_pronoun_subject_still_acts() -> None:
    found = _events("美国总统特朗普表示，他将会见普京。")
    assert ("特朗普", "CONSULT", "普京", "intended") in found


# -- a titled subject and those listed with it are not the object pronoun ------------------------


def test_titled_subject_is_not_the_object_pronoun() -> None:
    found = _events("英国首相斯塔默将访华。国务院总理李强将同他会谈。")
    assert ("李强", "CONSULT", "斯塔默", "intended") in found


def test_listed_subjects_each_meet_the_pronoun_person() -> None:
    found = _events(
        "英国首相斯塔默将访华。国务院总理李强、全国人大常委会委员长赵乐际将分别同他会谈、会见。"
    )
    pairs = _pairs(found)
    assert frozenset(("李强", "斯塔默")) in pairs
    assert frozenset(("赵乐际", "斯塔默")) in pairs
    assert frozenset(("李强", "赵乐际")) not in pairs


def test_same_object_pronoun_again_is_the_same_person() -> None:
    found = _events(
        "英国首相斯塔默将访华。访问期间，国家主席习近平将同他会见，"
        "李强总理、赵乐际委员长将分别同他会谈、会见。"
    )
    pairs = _pairs(found)
    assert frozenset(("习近平", "斯塔默")) in pairs
    assert frozenset(("李强", "斯塔默")) in pairs
    assert frozenset(("赵乐际", "斯塔默")) in pairs
    assert frozenset(("李强", "习近平")) not in pairs


def test_list_of_a_clause_before_is_not_held_as_fellows() -> None:
    # the list opens the clause before: the pronoun is read as before (the other one named)
    found = _events("普京和特朗普在阿拉斯加举行会谈，拜登随后批评了他。")
    accused = {o for s, t, o, _ in found if t == "ACCUSE" and s == "拜登"}
    assert accused and "拜登" not in accused


# -- 与 before a visit joins a second visitor (a visit has no partner introduced by 与) ------------
# (ua-measure-11, na-measure-04 and vd-measure-05 code both people of "A与B…访问/前往 C")


def test_two_leaders_joined_by_yu_both_visit() -> None:
    found = _events("美国总统特朗普与中国国家主席习近平将于下周访问韩国。")
    assert ("特朗普", "CONSULT", "韩国", "intended") in found
    assert ("习近平", "CONSULT", "韩国", "intended") in found


def test_two_ministers_joined_by_yu_both_arrive() -> None:
    found = _events("德国外长贝尔伯克与法国外长巴罗抵达大马士革。")
    assert ("贝尔伯克", "CONSULT", "叙利亚", "asserted") in found
    assert ("巴罗", "CONSULT", "叙利亚", "asserted") in found


def test_yu_before_a_meeting_still_names_the_partner() -> None:
    found = _events("美国总统特朗普与中国国家主席习近平在釜山会晤。")
    assert ("特朗普", "CONSULT", "习近平", "asserted") in found
