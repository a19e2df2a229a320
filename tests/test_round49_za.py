"""Round 49, helper za: accusations made as judgements, with no accusing verb. Sentences written
for the tests in the style of Chinese international news."""

from __future__ import annotations

from tests.data.sentences import events_of


def _events(text: str) -> set[tuple[str, str, str, str]]:
    return set(events_of(text))


# -- deceit said of someone is the speaker's charge against the deceiver ------------------------
# (欺骗, 欺瞒: jk-01, qc-08, wf-12, yo-01 code the speaker's ACCUSE of the one said to deceive)


def test_deceit_said_of_a_state_is_a_charge() -> None:
    found = _events("伊朗外长表示，伊朗不会同美国谈判，因为美国“意在欺骗伊朗”。")
    assert any(s == "伊朗" and t == "ACCUSE" and o == "美国" for s, t, o, _ in found)


def test_a_claim_called_deceptive_charges_its_maker() -> None:
    found = _events("英国代表称马杜罗对权力的主张是具有欺骗性的。")
    assert ("英国", "ACCUSE", "马杜罗", "asserted") in found


def test_a_stance_called_a_deception_charges_the_government() -> None:
    found = _events("金正恩表示，“韩国现任执政政权表面标榜的柔和态度，是拙劣的欺瞒戏码”。")
    assert any(t == "ACCUSE" and o == "韩国" for _, t, o, _ in found)


def test_deceit_suffered_charges_no_one_without_a_deceiver() -> None:
    found = _events("他说，伊朗曾多次遭到欺骗。")
    assert not any(t == "ACCUSE" for _, t, _, _ in found)


def test_deceit_in_a_report_with_no_speaker_is_no_event() -> None:
    found = _events("这名男子涉嫌欺骗老人钱财。")
    assert not any(t == "ACCUSE" for _, t, _, _ in found)


# -- an act said to lack a legal basis is the speaker's charge against whoever did it ------------


def test_an_attack_without_any_legal_basis_is_a_charge() -> None:
    found = _events("委内瑞拉常驻联合国代表称美国此次行动是“一次没有任何法律依据的非法武装袭击”。")
    assert any(t == "ACCUSE" and o == "美国" for _, t, o, _ in found)


def test_sanctions_without_a_basis_in_international_law_are_a_charge() -> None:
    found = _events("中国对美国的新制裁表示反对，并称这些制裁“没有国际法依据”。")
    assert ("中国", "ACCUSE", "美国", "asserted") in found


# -- a bare 这 before a judgement points back at the deed of the clause before -------------------
# (not at the last act of the judgement's own type: an accusation a sentence before)


def test_this_before_a_judgement_is_the_deed_of_the_clause_before() -> None:
    found = _events(
        "菲律宾指控中国海警船使用水炮攻击一艘民用船只。"
        "菲律宾外交部指出，中国不断干预菲律宾的例行活动，这令人无法接受。"
    )
    assert ("菲律宾外交部", "ACCUSE", "中国", "asserted") in found


def test_this_before_a_judgement_with_no_doer_before_keeps_the_last_accusation() -> None:
    found = _events("美方指责中方操纵汇率。中方回应说，这毫无道理。")
    assert ("中国", "ACCUSE", "美国", "asserted") in found


# -- a reason that names no actor but says a wrong was done blames whom the act is done to -------
# (以“破坏乌克兰东部稳定”为由…对俄罗斯实施制裁, 以干涉内政为由要求埃塞俄比亚外交官离境,
# 以违反安理会决议为由向朝方抗议: pa-12, uc-11, lb-05 code the charge)


def test_a_wrong_given_as_the_reason_of_sanctions_is_a_charge_of_the_target() -> None:
    found = _events("2014年7月，欧盟以“破坏乌克兰东部稳定”为由，开始对俄罗斯实施经济制裁。")
    assert ("欧盟", "ACCUSE", "俄罗斯", "asserted") in found
    assert ("欧盟", "SANCTION", "俄罗斯", "asserted") in found


def test_meddling_given_as_the_reason_of_an_expulsion_is_a_charge() -> None:
    found = _events("索马里外交部周二以干涉内政为由要求一名埃塞俄比亚高级外交官在72小时内离境。")
    assert ("索马里外交部", "ACCUSE", "埃塞俄比亚", "asserted") in found


def test_a_reason_that_says_no_wrong_blames_no_one() -> None:
    found = _events("日本政府以安全为由对中国海鲜颁布禁令。")
    assert not any(t == "ACCUSE" for _, t, _, _ in found)
