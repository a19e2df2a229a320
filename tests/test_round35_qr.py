"""Round 35, helper qr: review of the round's merged rules. Sentences written for the tests."""

from tests.data.sentences import events_of


def test_letters_that_name_a_kind_of_firm_name_no_firm() -> None:
    """多家AI公司, 一家IT公司: letters that name a trade (words.tsv latin_kind) before 公司 are a
    kind of firm, not one firm's Latin name as PVH集团 or AEVEX航天公司 is."""
    events = events_of("美国商务部宣布制裁多家AI公司和一家IT公司。")
    assert not any(e[2] in {"AI公司", "IT公司"} for e in events)
    events = events_of("美国财政部当天还制裁了AEVEX航天公司。")
    assert ("美国财政部", "SANCTION", "AEVEX航天公司", "asserted") in events


def test_a_deal_settled_after_talks_that_jing_opens_is_reached() -> None:
    """经过三天谈判…商定停火: 经 opens the talks the deal came from, not 经双方商定 (as the sides
    settled it), which only plans a meeting; the deal is reached."""
    events = events_of("经过三天谈判俄罗斯与乌克兰商定自即日起停火。")
    assert ("俄罗斯", "AGREE", "乌克兰", "asserted") in events
    events = events_of("经多轮磋商后俄罗斯与乌克兰商定停火。")
    assert ("俄罗斯", "AGREE", "乌克兰", "asserted") in events


def test_a_plan_stands_when_a_later_clause_calls_off_something_else() -> None:
    """拜登原定于下周访问中国，白宫…宣布取消了对华加征的关税: 取消了 acts on the tariffs it names,
    so the planned visit is not called off; 因…而取消 with nothing after it still is."""
    events = events_of("拜登原定于下周访问中国，白宫周二宣布取消了对华加征的关税。")
    assert ("拜登", "CONSULT", "中国", "intended") in events
    events = events_of("拜登原定于下周访问中国，但白宫周二宣布该行程已经取消了。")
    assert ("拜登", "CONSULT", "中国", "negated") in events


def test_an_armed_group_used_for_an_attack_is_no_route_of_it() -> None:
    """伊朗利用胡塞武装袭击以色列: 利用 before a country is the attack's route (利用白俄罗斯领土),
    before an armed group it names who attacks."""
    events = events_of("伊朗利用胡塞武装袭击以色列。")
    assert ("胡塞武装", "ASSAULT", "以色列", "asserted") in events
    events = events_of("俄罗斯利用白俄罗斯领土袭击乌克兰。")
    assert not any(e[0] == "白俄罗斯" and e[1] == "ASSAULT" for e in events)
