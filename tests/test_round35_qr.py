"""Round 35, helper qr: review of the round's merged rules. Sentences written for the tests."""

from tests.data.sentences import events_of


def test_letters_that_name_a_kind_of_firm_name_no_firm() -> None:
    """多家AI公司, 一家IT公司: letters that name a trade (words.tsv latin_kind) before 公司 are a
    kind of firm, not one firm's Latin name as PVH集团 or AEVEX航天公司 is."""
    events = events_of("美国商务部宣布制裁多家AI公司和一家IT公司。")
    assert not any(e[2] in {"AI公司", "IT公司"} for e in events)
    events = events_of("美国财政部当天还制裁了AEVEX航天公司。")
    assert ("美国财政部", "SANCTION", "AEVEX航天公司", "asserted") in events
