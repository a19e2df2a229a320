"""Round 60 (f60d): a secession is no refusal, checked on sentences written for these tests."""

from __future__ import annotations

from sentences import events_of

# -- a territory that breaks away (脱离…独立) refuses nobody; it still sets the focus ----------


def test_a_secession_is_no_refusal() -> None:
    found = events_of("南苏丹于2011年脱离苏丹独立，成为非洲最年轻的国家。")
    assert not any(e[1] == "REJECT" for e in found)


def test_a_declared_secession_is_no_refusal() -> None:
    found = events_of("阿布哈兹宣布脱离格鲁吉亚独立。")
    assert not any(e[1] == "REJECT" for e in found)


def test_the_refusal_to_recognise_a_secession_answers_the_territory() -> None:
    found = events_of("据报道，科索沃于2008年宣布脱离塞尔维亚独立，但塞尔维亚至今拒绝承认。")
    assert ("塞尔维亚", "REJECT", "科索沃", "asserted") in found
    assert ("科索沃", "REJECT", "塞尔维亚", "asserted") not in found


def test_leaving_a_body_is_still_a_refusal() -> None:
    found = events_of("马里、尼日尔和布基纳法索宣布脱离西非国家经济共同体。")
    assert ("马里", "REJECT", "西非国家经济共同体", "asserted") in found
