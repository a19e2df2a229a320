"""Round 55, helper f55c: refusals (REJECT) and accusations (ACCUSE). Sentences written for the
tests in the style of Chinese international news."""

from __future__ import annotations

from tests.data.sentences import events_of


def _events(text: str) -> set[tuple[str, str, str, str]]:
    return set(events_of(text))


def _rejects(found: set[tuple[str, str, str, str]]) -> set[tuple[str, str, str, str]]:
    return {e for e in found if e[1] == "REJECT"}


# -- ruling out a possibility (排除…的可能性) refuses it: the one it would involve, else the side
# the sentence answers; 不排除 (not ruling out) refuses nothing


def test_ruling_out_talks_with_a_named_side_rejects_it() -> None:
    found = _events("智利总统表示，已排除在与阿根廷外长的会晤中讨论边界问题的可能性。")
    assert ("智利", "REJECT", "阿根廷", "asserted") in found


def test_ruling_out_talks_answers_the_statement_it_responds_to() -> None:
    found = _events(
        "针对法国政府的声明，阿尔及利亚外长周二表示，阿尔及利亚排除了与大国重启谈判的可能性。"
    )
    assert ("阿尔及利亚", "REJECT", "法国", "asserted") in found


def test_ruling_out_a_person_is_asserted_not_intended() -> None:
    found = _events("美国总统排除了委内瑞拉反对派领导人参加过渡政府的可能性。")
    assert {s for s, _, _, status in _rejects(found) if status != "asserted"} == set()


def test_not_ruling_out_refuses_nothing() -> None:
    found = _events("土耳其总统并未排除与叙利亚总统举行会晤的可能性。")
    assert not _rejects(found)


def test_not_ruling_out_force_refuses_nothing() -> None:
    found = _events("俄罗斯不排除对乌克兰采取进一步行动的可能性。")
    assert not _rejects(found)


def test_cannot_rule_out_refuses_nothing() -> None:
    found = _events("芬兰官员说，不能排除俄罗斯蓄意破坏的可能性。")
    assert not _rejects(found)


def test_ruling_out_interference_without_a_possibility_refuses_nothing() -> None:
    found = _events("韩国军方排除了朝鲜方面的电子干扰，演习照常进行。")
    assert not _rejects(found)


def test_ruling_out_the_son_is_not_ruling_out_the_father() -> None:
    found = _events("美国总统排除了伊朗最高领袖之子继承职位的可能性。")
    assert not {e for e in _rejects(found) if e[2] == "伊朗"}
