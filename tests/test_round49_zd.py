"""Round 49, helper zd: a third party's doer or target taken as the actor (precision on new
text). Sentences written for the tests in the style of Chinese news."""

from __future__ import annotations

from tests.data.sentences import events_of


def _events(text: str) -> set[tuple[str, str, str, str]]:
    return set(events_of(text))


# -- a one-character short form after a verb morpheme is the compound's object -----------------
# (反美姿态, 援华集团, 援乌计划, 亲美势力: what the thing is for or against, never a doer)


def test_short_form_after_anti_is_no_doer() -> None:
    found = _events("朝鲜方面不愿让步，反而摆出强硬的反美姿态来威胁韩国。")
    assert not any(s == "美国" for s, _, _, _ in found)


def test_short_form_after_aid_morpheme_is_no_doer() -> None:
    found = _events("法国宣布新一轮援乌计划，提供价值5亿欧元的军事援助。")
    assert not any(s == "乌克兰" for s, _, _, _ in found)


def test_compound_noun_subject_borrows_no_earlier_actor() -> None:
    found = _events("朝鲜谴责美国，亲美势力则支持韩国。")
    assert ("朝鲜", "ACCUSE", "美国", "asserted") in found
    assert not any(t == "SUPPORT" for _, t, _, _ in found)


def test_full_name_after_anti_still_acts() -> None:
    found = _events("美国反对俄罗斯的做法，并谴责俄罗斯。")
    assert ("美国", "ACCUSE", "俄罗斯", "asserted") in found


# -- a speech act that goes on after a statement is the speaker's, not the said actor's ----------


def test_warning_after_an_order_is_the_one_who_orders() -> None:
    found = _events(
        "普京早前下令俄军对乌克兰发动大规模打击，并警告北约如果再提供武器，"
        "将追究幕后支持者波兰的责任。"
    )
    assert ("普京", "THREATEN", "北约", "asserted") in found
    assert not any(s == "俄军" and t == "THREATEN" for s, t, _, _ in found)


def test_statement_after_a_plan_is_the_proposers() -> None:
    found = _events("特朗普20日提出“收购”格陵兰岛计划，称希望丹麦认真考虑。")
    assert ("特朗普", "REQUEST", "丹麦", "asserted") in found


def test_said_subject_goes_on_after_a_statement_verb() -> None:
    found = _events("世界贸易组织表示菲律宾已请求启动与越南的争端磋商，指控越南违反贸易规则。")
    assert ("菲律宾", "ACCUSE", "越南", "asserted") in found
    assert ("世界贸易组织", "ACCUSE", "越南", "asserted") not in found


def test_statement_after_a_proposal_is_the_proposers() -> None:
    found = _events("特朗普10日提出“接管”加沙地带方案，称希望约旦接收更多难民。")
    assert ("特朗普", "REQUEST", "约旦", "asserted") in found
    assert not any(s == "加沙" for s, _, _, _ in found)


def test_said_condemnation_goes_on_with_its_own_doer() -> None:
    found = _events("发言人指出，中方谴责以色列的袭击，呼吁以色列立即停火。")
    assert ("中国", "ACCUSE", "以色列", "asserted") in found
