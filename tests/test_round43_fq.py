"""Round 43, helper fq: first persons inside quoted and reported speech. Sentences written for
the tests in the style of Chinese international news."""

from __future__ import annotations

import pytest

from tests.data.sentences import events_of


def _triples(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text)}


# -- 我们 of one who holds a state's post is the state, in an act beyond words ---------------
# (annotators code the state first: lc-05 TUR SANCTION ISR, vc-10 USA ASSAULT VEN, qi-05 EGY
# COOPERATE QAT, qj-10 DEU AID UKR; the person only as an alternative)

STATE_WE = [
    ("马克龙说：“我们将向乌克兰提供防空系统。”", ("法国", "AID", "乌克兰")),
    ("馬克宏說：「我們將向烏克蘭提供防空系統。」", ("法国", "AID", "乌克兰")),
    ("土耳其外长菲丹说：“我们已全面中止同以色列的贸易。”", ("土耳其", "SANCTION", "以色列")),
    ("台湾外长吴钊燮说：“中国准备侵略我们。”", ("中国", "ASSAULT", "台湾")),
]


@pytest.mark.parametrize(("text", "expected"), STATE_WE)
def test_we_of_a_state_official_is_the_state_in_acts_beyond_words(text, expected) -> None:
    found = _triples(text)
    assert expected in found
    assert not any({s, o} & {"马克龙", "菲丹", "吴钊燮"} for s, _, o in found)


def test_we_in_a_state_officials_words_stays_his_act() -> None:
    """我们谴责…: the words themselves are the speaker's act, as before."""
    assert ("马克龙", "ACCUSE", "俄罗斯") in _triples("马克龙说：“我们谴责俄罗斯的袭击。”")


def test_we_of_two_leaders_who_talk_stays_the_leaders() -> None:
    """我刚刚与普京通了电话，我们…达成共识: the 我们 of a pair of leaders is no state."""
    found = _triples("特朗普说：“我刚刚与普京通了电话，我们就停火达成共识。”")
    assert ("特朗普", "AGREE", "普京") in found
    assert ("美国", "AGREE", "普京") not in found


def test_we_of_an_international_official_is_not_his_country() -> None:
    found = _triples("联合国秘书长古特雷斯说：“我们将向苏丹提供援助。”")
    assert ("古特雷斯", "AID", "苏丹") in found
    assert not any(s == "葡萄牙" for s, _, _ in found)


def test_we_of_a_private_person_is_no_state() -> None:
    assert not _triples("一名当地居民说：“我们将向乌克兰提供援助。”")


# -- 他说：“我们…”: a quotation whose speaker is named by a pronoun alone ------------------
# (we-dev 08: 他說：「我們將持續與美國聯手為烏克蘭提供安全保障。」 had no speaker)

PRONOUN_SPEAKER = [
    "法国总统马克龙周二会见记者。他说：“我们将向乌克兰提供防空系统。”",
    "法国总统马克龙周二会见记者。他还表示：“我们将向乌克兰提供防空系统。”",
    "法國總統馬克宏週二會見記者。他說：「我們將向烏克蘭提供防空系統。」",
]


@pytest.mark.parametrize("text", PRONOUN_SPEAKER)
def test_a_quotation_said_by_he_is_the_persons(text) -> None:
    assert ("法国", "AID", "乌克兰") in _triples(text)


def test_a_quotation_said_by_he_takes_the_partner_as_no_subject() -> None:
    found = _triples(
        "法國總統馬克宏週二會見記者。他說：「我們將持續與美國聯手為烏克蘭提供安全保障。」"
    )
    assert ("法国", "AID", "乌克兰") in found
    assert ("法国", "COOPERATE", "美国") in found


# -- a later item of a governed list is no topic: 与X、Y及Z会晤。他… is not Y ---------------


@pytest.mark.parametrize(
    "text",
    [
        "马克龙表示，他将前往伦敦，与泽连斯基、英国首相斯塔默及德国总理默茨会晤。他谴责俄罗斯。",
        "马克龙表示，他将前往伦敦，与泽连斯基（Volodymyr Zelensky）、英国首相斯塔默（Keir "
        "Starmer）及德国总理默茨会晤。他谴责俄罗斯。",
    ],
)
def test_he_after_a_with_list_is_the_subject(text) -> None:
    found = _triples(text)
    assert ("马克龙", "ACCUSE", "俄罗斯") in found
    assert ("斯塔默", "ACCUSE", "俄罗斯") not in found


def test_he_after_a_list_of_calls_is_who_called() -> None:
    found = _triples(
        "泽连斯基称,他当天分别与美国总统特朗普、北约秘书长吕特进行了通话。他与特朗普讨论了援助问题。"
    )
    assert ("吕特", "CONSULT", "特朗普") not in found


def test_a_listed_subject_is_still_a_topic() -> None:
    """马克龙、默茨和斯塔默会晤: a list no preposition governs opens the clause."""
    found = _triples("马克龙和默茨周二在柏林会晤。他谴责俄罗斯。")
    assert any(s in {"马克龙", "默茨"} and t == "ACCUSE" for s, t, _ in found)


# -- 他 after a sentence that names a person and reports no act: that person ----------------


def test_he_after_an_unread_sentence_is_its_person() -> None:
    """特朗普扬言…。鲁比奥则明显放软语气。他…: the sentence between reports no act and was not
    read, yet it names the person 他 refers to, more recent than 特朗普."""
    found = _triples("美国总统特朗普扬言夺取格陵兰。鲁比奥则明显放软语气。他谴责俄罗斯。")
    assert ("鲁比奥", "ACCUSE", "俄罗斯") in found
    assert ("特朗普", "ACCUSE", "俄罗斯") not in found


def test_he_after_a_read_sentence_keeps_its_topic() -> None:
    found = _triples("美国总统特朗普扬言夺取格陵兰。他谴责俄罗斯。")
    assert ("特朗普", "ACCUSE", "俄罗斯") in found
