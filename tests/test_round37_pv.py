"""Round 37, helper pv: acts inside noun phrases and the speaker a subjectless demand goes on
with. Sentences written for the tests in the style of the first golds' pages."""

from __future__ import annotations

from tests.data.sentences import events_of


def test_a_for_frame_relative_clause_is_its_heads_act() -> None:
    """为俄罗斯撑腰的中国 (qb-11): the head of the relative backs the one 为 names."""
    found = events_of("乌克兰总统呼吁至今仍在为俄罗斯撑腰的中国对袭击作出回应。")
    assert ("中国", "SUPPORT", "俄罗斯", "asserted") in found


def test_carping_is_no_statement_that_takes_the_speaker_over() -> None:
    """说三道四 holds 说 but reports no statement (qk-09; the word on qb-03, ql-08 too): the
    demand with no subject after it goes on with the spokesman, not with the one judged."""
    text = (
        "外交部发言人林剑强调，中国从未向冲突任何一方提供致命性武器。"
        "欧方根本没有资格对中俄正常贸易说三道四。敦促欧方停止拿中国说事。"
    )
    found = events_of(text)
    assert ("林剑", "REQUEST", "欧盟", "asserted") in found


def test_a_statement_verb_still_names_the_speaker_after_carping() -> None:
    """The near miss: a real statement verb in the sentence still hands the words on."""
    text = "欧盟发言人说，中方对欧方说三道四。敦促中方停止向俄罗斯提供军民两用物项。"
    found = events_of(text)
    assert any(s == "欧盟" and t == "REQUEST" and o == "中国" for s, t, o, _ in found)


def test_three_officials_stand_for_the_three_countries_just_listed() -> None:
    """三位官员 (qh-05), 三位领导人 (we-42): three people named by their count act for the last
    three countries listed, as 两位领导人 does for a pair and 三国 for three."""
    found = events_of(
        "美国、日本和韩国国家安全官员在夏威夷举行会议。三位官员谴责朝鲜持续发展弹道导弹。"
    )
    assert {("美国", "朝鲜"), ("日本", "朝鲜"), ("韩国", "朝鲜")} <= {
        (s, o) for s, t, o, _ in found if t == "ACCUSE"
    }
    found = events_of("普京说，俄罗斯、亚美尼亚和阿塞拜疆可以达成一致。三位领导人随后举行了会谈。")
    assert any(t == "CONSULT" and {s, o} == {"亚美尼亚", "阿塞拜疆"} for s, t, o, _ in found)


def test_what_the_patient_was_doing_stands_between_it_and_the_passive() -> None:
    """在…时 between the patient and 遭 (ql-09 在明尼苏达抗议时; qj-06 在上海报道示威时): a frame of
    time, no distance that cuts the patient off."""
    found = events_of("德国之声记者日前在明尼苏达抗议时两度遭美国警方开枪警告。")
    assert ("美国警方", "ASSAULT", "德国之声", "asserted") in found
