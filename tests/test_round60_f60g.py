"""Round 60 (f60g): status of the cooperation that several signed papers set out, checked on
sentences written for these tests."""

from __future__ import annotations

from sentences import events_of

# -- several papers of cooperation signed: the signing is the deal, the cooperation is to come --


def test_several_cooperation_papers_signed_make_the_cooperation_intended() -> None:
    found = events_of("中国和越南签署了多项合作文件。")
    assert ("中国", "COOPERATE", "越南", "intended") in found
    assert ("中国", "COOPERATE", "越南", "asserted") not in found
    assert ("中国", "AGREE", "越南", "asserted") in found  # the signing is the deal, done


def test_a_counted_number_of_cooperation_agreements_is_intended() -> None:
    found = events_of("法国总统访问印度。两国政府部门签署了12项合作文件。")
    assert ("法国", "COOPERATE", "印度", "intended") in found
    assert ("法国", "COOPERATE", "印度", "asserted") not in found


def test_one_cooperation_paper_signed_stays_as_it_was() -> None:
    found = events_of("法国及印度签署合作备忘录。")
    assert ("法国", "COOPERATE", "印度", "asserted") in found


def test_cooperation_going_on_stays_asserted() -> None:
    found = events_of("法国与印度在反恐领域密切合作。")
    assert ("法国", "COOPERATE", "印度", "asserted") in found
