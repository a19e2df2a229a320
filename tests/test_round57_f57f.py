"""Round 57, helper f57f: actors kg did not find. Sentences written for the tests in the style
of Chinese international news."""

from __future__ import annotations

from tests.data.sentences import events_of

# -- a general's rank before the name is a title ----------------------------------------------


def test_rank_before_a_name_makes_the_person_the_actor() -> None:
    found = events_of("俄军上将格拉西莫夫指责乌克兰。")
    assert ("格拉西莫夫", "ACCUSE", "乌克兰", "asserted") in found


def test_rank_word_inside_another_phrase_names_nobody() -> None:
    found = events_of("他说，这实际上将关闭南部边境，并批评墨西哥。")
    assert not any(o == "墨西哥" and s not in {"他"} for s, _, o, _ in found)


# -- forms the gazetteer lacked ---------------------------------------------------------------


def test_coalition_of_volunteers_is_the_coalition_of_the_willing() -> None:
    found = events_of("“志愿者联盟”承诺向乌克兰提供军事援助。")
    assert any(s == "意愿联盟" and o == "乌克兰" for s, _, o, _ in found)


def test_taiwan_rendering_of_fletcher() -> None:
    found = events_of("联合国人道事务主管佛莱彻谴责快速支援部队。")
    assert ("汤姆·弗莱彻", "ACCUSE", "快速支援部队", "asserted") in found


def test_hong_kong_high_court_sentences() -> None:
    found = events_of("香港特区高等法院判处被告10年有期徒刑，英国随即批评香港特区高等法院。")
    assert ("英国", "ACCUSE", "香港高等法院", "asserted") in found


def test_prime_ministers_office_in_taiwan_wording() -> None:
    found = events_of("西班牙首相办公室发表声明，反驳特朗普。")
    assert ("西班牙总理办公室", "REJECT", "特朗普", "asserted") in found
