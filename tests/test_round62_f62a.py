"""Round 62 (f62a): a draft rejected in a multilateral body is rejected on whoever put it
forward, when its sentence names them (否决美国提交的决议草案, 由中俄提出的决议草案遭到否决,
对该草案行使了否决权), not on the body it was put to; checked on sentences written for these
tests."""

from __future__ import annotations

from sentences import events_of

# -- a veto of a draft named with its proposer: the proposer is rejected --


def test_veto_of_a_proposers_draft_rejects_the_proposer() -> None:
    found = events_of("法国和英国否决了俄罗斯提交的安理会决议草案。")
    assert ("法国", "REJECT", "俄罗斯", "asserted") in found
    assert ("英国", "REJECT", "俄罗斯", "asserted") in found
    assert ("法国", "REJECT", "安理会", "asserted") not in found


def test_veto_of_a_draft_on_an_issue_skips_the_issue() -> None:
    found = events_of("俄方否决美方就叙利亚问题提交的安理会决议草案。")
    assert ("俄罗斯", "REJECT", "美国", "asserted") in found
    assert ("俄罗斯", "REJECT", "叙利亚", "asserted") not in found


def test_veto_of_a_draft_named_before_rejects_its_proposer() -> None:
    found = events_of(
        "安理会多数成员支持日本就朝鲜问题提交的决议草案,但俄罗斯对该草案行使了否决权。"
    )
    assert ("俄罗斯", "REJECT", "日本", "asserted") in found
    assert ("俄罗斯", "REJECT", "安理会", "asserted") not in found


def test_vote_against_a_draft_named_after_rejects_its_proposer() -> None:
    found = events_of("联合国安理会以9票否决,未通过中国提交的决议草案。")
    assert ("安理会", "REJECT", "中国", "asserted") in found


# -- a failed draft whose proposers the sentence names: the body rejects them --


def test_failed_draft_of_named_proposers_is_rejected_by_the_body() -> None:
    found = events_of("联合国安理会周五进行表决,由巴西和墨西哥提出的停火决议草案遭到否决。")
    assert ("安理会", "REJECT", "巴西", "asserted") in found
    assert ("安理会", "REJECT", "墨西哥", "asserted") in found


def test_failed_draft_of_proposers_before_a_comma() -> None:
    found = events_of(
        "联合国安理会周五进行表决,由巴西和墨西哥提出,关于加沙局势的决议草案遭到否决。"
    )
    assert ("安理会", "REJECT", "巴西", "asserted") in found


# -- near misses: no proposer named, the veto stays in the body --


def test_veto_with_no_proposer_stays_in_the_body() -> None:
    found = events_of("联合国安理会就决议草案进行表决,俄罗斯投了否决票。")
    assert ("俄罗斯", "REJECT", "安理会", "asserted") in found


def test_proposer_of_an_earlier_sentence_is_not_the_target() -> None:
    found = events_of("美国上周提交了一份决议草案。联合国安理会就另一份草案表决,俄罗斯投了否决票。")
    assert ("俄罗斯", "REJECT", "安理会", "asserted") in found
    assert ("俄罗斯", "REJECT", "美国", "asserted") not in found


# -- 、 listing two verbs: they share the clause's subject, not the first verb's object --


def test_second_listed_verb_is_the_subjects_not_the_objects() -> None:
    found = events_of("马克龙批评英国、谴责澳大利亚。")
    assert ("马克龙", "ACCUSE", "澳大利亚", "asserted") in found
    assert ("英国", "ACCUSE", "澳大利亚", "asserted") not in found


def test_listed_verbs_in_a_clause_that_borrows_its_subject() -> None:
    found = events_of("普京在会上发表讲话,回顾其执政成果、批评北约、谴责乌克兰。")
    assert ("普京", "ACCUSE", "乌克兰", "asserted") in found
    assert ("北约", "ACCUSE", "乌克兰", "asserted") not in found


def test_object_with_a_noun_tail_before_the_listed_verb() -> None:
    found = events_of("日本谴责朝鲜导弹试射、支持韩国加强防卫。")
    assert ("朝鲜", "SUPPORT", "韩国", "asserted") not in found


def test_listed_subjects_before_one_verb_still_act() -> None:
    found = events_of("美国、日本谴责朝鲜。")
    assert ("美国", "ACCUSE", "朝鲜", "asserted") in found
    assert ("日本", "ACCUSE", "朝鲜", "asserted") in found
