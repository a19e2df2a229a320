"""Round 61 (f61e): a plain 政府 opening a clause names the state its sentence named before it,
and a Honduran president Taiwan's press names 叶南德兹, checked on sentences written for these
tests."""

from __future__ import annotations

from sentences import events_of, roles_of

# -- a plain 政府 opening a clause: the state the sentence named before it --


def test_plain_government_after_a_speaker_is_the_speakers_state() -> None:
    found = events_of("阿根廷总统米莱表示,政府将向厄瓜多尔要求赔偿。")
    assert ("阿根廷", "REQUEST", "厄瓜多尔", "intended") in found


def test_plain_government_after_a_country_named_in_the_clause_before() -> None:
    found = events_of("一旦秘鲁资产遭到冻结,政府将向厄瓜多尔要求赔偿。")
    assert any(e[:3] == ("秘鲁", "REQUEST", "厄瓜多尔") for e in found)


def test_plain_government_with_no_state_before_it_names_nobody() -> None:
    found = events_of("英国外交部发表声明。新闻稿中,政府谴责了美国。")
    assert not any(e[1] == "ACCUSE" and e[2] == "美国" for e in found)


def test_government_after_another_word_is_not_the_state_named_before() -> None:
    found = events_of("摩尔多瓦总统指责俄罗斯密谋推翻政府。")
    assert ("俄罗斯", "ACCUSE", "俄罗斯", "asserted") not in found
    assert not any(e[0] == "摩尔多瓦" and e[2] == "俄罗斯" and e[1] != "ACCUSE" for e in found)


def test_government_modified_before_it_stays_silent() -> None:
    found = events_of("据智利媒体报道,西方支持的政府谴责了阿根廷。")
    assert not any(e[2] == "阿根廷" for e in found)


# -- Juan Orlando Hernández, 叶南德兹 in Taiwan's press --


def test_hernandez_is_found_whole_after_a_title() -> None:
    found = events_of("美國總統川普特赦宏都拉斯前總統葉南德茲。")
    assert ("特朗普", "RETREAT", "胡安·奥兰多·埃尔南德斯", "asserted") in found
    assert ("胡安·奥兰多·埃尔南德斯", "洪都拉斯", "总统") in roles_of(
        "宏都拉斯前總統葉南德茲出庭。"
    )


def test_hernandez_is_found_bare() -> None:
    found = events_of("美國檢方指控葉南德茲協助販毒。")
    assert any(e[1] == "ACCUSE" and e[2] == "胡安·奥兰多·埃尔南德斯" for e in found)
