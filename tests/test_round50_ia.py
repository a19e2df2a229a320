"""Round 50, helper ia: modals before an act, and two acts joined by "or". Sentences written
for the tests in the style of Chinese international news."""

from __future__ import annotations

from tests.data.sentences import events_of


def _events(text: str) -> set[tuple[str, str, str, str]]:
    return set(events_of(text))


# -- a modal whose act jieba tags a noun (制裁, 会见) still asks the one before it ------------


def test_should_sanction_is_the_speakers_demand() -> None:
    found = _events("中国外交部长王毅说，美国应该制裁以色列。")
    assert ("王毅", "REQUEST", "美国", "asserted") in found
    assert not any(t == "SANCTION" for _, t, _, _ in found)


def test_must_meet_is_the_speakers_demand() -> None:
    found = _events("中国外交部长王毅说，美国必须会见伊朗领导人。")
    assert ("王毅", "REQUEST", "美国", "asserted") in found


def test_should_sanction_reads_as_should_aid() -> None:
    sanction = _events("中国外交部长王毅说，美国应当制裁以色列。")
    aid = _events("中国外交部长王毅说，美国应当援助乌克兰。")
    assert ("王毅", "REQUEST", "美国", "asserted") in sanction
    assert ("王毅", "REQUEST", "美国", "asserted") in aid


def test_must_with_no_act_still_asks_nothing() -> None:
    found = _events("中国外交部长王毅说，美国必须更加聪明。")
    assert not any(t == "REQUEST" for _, t, _, _ in found)


def test_a_one_letter_trigger_after_a_modal_asks_nothing() -> None:
    found = _events("美国国务卿鲁比奥说，欧洲必须挺过去。")
    assert not any(t == "REQUEST" for _, t, _, _ in found)


# -- 或 between two acts is "or", not the "may" of 或|访台; both acts share the object --------


def test_criticise_or_condemn_is_asserted() -> None:
    found = _events("日本外相批评或谴责朝鲜。")
    assert ("日本", "ACCUSE", "朝鲜", "asserted") in found
    assert ("日本", "ACCUSE", "朝鲜", "intended") not in found


def test_or_alone_before_an_act_is_still_may() -> None:
    found = _events("美国总统或访问朝鲜。")
    assert ("美国", "CONSULT", "朝鲜", "intended") in found


def test_two_acts_joined_by_or_share_the_object() -> None:
    found = _events("美国谴责或制裁朝鲜。")
    assert ("美国", "ACCUSE", "朝鲜", "asserted") in found
    assert ("美国", "SANCTION", "朝鲜", "asserted") in found


def test_two_acts_joined_by_ji_share_the_object() -> None:
    found = _events("日本援助及支持以色列。")
    assert ("日本", "AID", "以色列", "asserted") in found
    assert ("日本", "SUPPORT", "以色列", "asserted") in found


def test_a_negation_reaches_both_acts_joined_by_or() -> None:
    found = _events("美国没有谴责或制裁朝鲜。")
    assert ("美国", "ACCUSE", "朝鲜", "negated") in found
    assert ("美国", "SANCTION", "朝鲜", "negated") in found
