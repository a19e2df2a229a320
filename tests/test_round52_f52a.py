"""Round 52, branch f52a: speech acts whose speaker kg missed.

A smear (抹黑, 污蔑, 诬蔑) is a judgement of its speaker's (汪文斌表示,日本恶意抹黑中国: 汪文斌
ACCUSE 日本) and the smearer's own act on whom it names (日本 ACCUSE 中国), as the golds code it
(vb, qb, ql, ud, yc, yo, ld). The sentences are written for these tests."""

from __future__ import annotations

import pytest
from sentences import events_of


def _plain(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text) if t != "ROLE"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("英国议会近日发表报告,再次颠倒黑白,蓄意抹黑中国。", ("英国国会", "ACCUSE", "中国")),
        ("澳大利亚恶意诬蔑中国。", ("澳大利亚", "ACCUSE", "中国")),
        ("加拿大以调查为借口,污蔑印度。", ("加拿大", "ACCUSE", "印度")),
    ],
)
def test_a_smear_told_by_no_speaker_is_the_smearers_act(text, expected) -> None:
    assert expected in _plain(text)


def test_a_smear_in_a_speakers_words_is_both_the_charge_and_the_act() -> None:
    found = _plain("林剑表示,日本恶意抹黑中国。")
    assert ("林剑", "ACCUSE", "日本") in found
    assert ("日本", "ACCUSE", "中国") in found


def test_a_smear_of_a_third_side_keeps_its_speakers_judgement() -> None:
    found = _plain("普京表示,西方抹黑俄罗斯。")
    assert ("普京", "ACCUSE", "西方") in found
    assert ("西方", "ACCUSE", "俄罗斯") in found


def test_a_smear_whose_clause_names_only_its_object_keeps_the_speakers_charge() -> None:
    """(test_recall_blind_rows: the speaker's charge against the statement's owner stays.)"""
    found = _plain("林剑表示,英方的报告充斥着偏见,对中方进行污蔑抹黑。")
    assert ("林剑", "ACCUSE", "英国") in found


@pytest.mark.parametrize(
    "text",
    [
        "林剑表示,这是对中国的恶意抹黑。",  # nobody named smears
        "林剑表示,抹黑中国是徒劳的。",
        "“要警惕有人散布谣言抹黑中国同两国的友谊,”王毅对两国外长说。",  # someone unnamed
    ],
)
def test_a_smear_with_no_named_smearer_is_no_act(text: str) -> None:
    assert not any(t == "ACCUSE" and o == "中国" for s, t, o in _plain(text))


def test_a_judgement_after_a_smear_in_a_headline_is_the_headline_speakers() -> None:
    """外交部驻港公署：美方报告抹黑… 罔顾事实: 罔顾事实 is the office's judgement of the US, not
    the US's of the office."""
    found = _plain("外交部驻港公署：英方报告抹黑香港法治 罔顾事实")
    assert ("英国", "ACCUSE", "香港") in found
    assert not any(s == "英国" and o != "香港" for s, t, o in found)


def test_a_blame_after_a_smear_answers_the_smearer() -> None:
    found = _plain("英国议会发表报告抹黑香港法治。香港特区政府对此表示强烈不满。")
    assert ("香港", "ACCUSE", "英国国会") in found


def test_a_smear_after_the_judged_clauses_is_the_judged_ones() -> None:
    found = _plain("郭嘉昆回应称,北约峰会罔顾事实,粗暴干涉中国内政,恶意污蔑抹黑中国。")
    assert ("北约", "ACCUSE", "中国") in found
    assert not any(s == "郭嘉昆" and o == "中国" for s, t, o in found)


def test_a_smear_after_a_bare_report_keeps_the_speakers_own_acts() -> None:
    """The speaker's own demand after a smear stays the speaker's (林剑 REQUEST 日本)."""
    found = _plain("林剑表示,日本霸凌成性,我们敦促日方停止抹黑中国。")
    assert ("林剑", "REQUEST", "日本") in found
    assert ("林剑", "ACCUSE", "日本") in found
