"""Round 48, helper fh: the attacks a side says it will keep up (将继续/将持续 + a strike with
no target in the clause) are an intended ASSAULT of their own, aimed at the side it is reported
striking. Sentences written for the tests in the style of Chinese international news."""

from __future__ import annotations

from tests.data.sentences import events_of


def _events(text: str) -> set[tuple[str, str, str, str]]:
    return set(events_of(text))


# (ue-09, vd-02, nc-10 code the continuation intended beside the asserted strike)


def test_a_strike_said_to_go_on_in_its_own_sentence_is_intended_too() -> None:
    found = _events("以军当天袭击了黎巴嫩南部的多处目标，并将持续进行打击。")
    assert ("以军", "ASSAULT", "黎巴嫩", "asserted") in found
    assert ("以军", "ASSAULT", "黎巴嫩", "intended") in found


def test_a_side_that_will_keep_fighting_aims_at_the_side_it_strikes() -> None:
    found = _events(
        "泰国对柬埔寨发动空袭。泰国总理随后表示，泰国将持续作战，直到国土安全不再受到威胁。"
    )
    assert ("泰国", "ASSAULT", "柬埔寨", "asserted") in found
    assert ("泰国", "ASSAULT", "柬埔寨", "intended") in found


def test_a_minister_of_the_striking_state_speaks_for_it() -> None:
    found = _events("美国对胡塞武装发动空袭。美国国防部长表示，会继续以导弹发动袭击。")
    assert ("美国", "ASSAULT", "胡塞武装", "intended") in found


def test_a_side_that_strikes_no_one_in_the_article_is_given_no_target() -> None:
    found = _events("以军袭击了叙利亚的坦克。伊朗表示将继续进行打击。")
    assert not any(s == "伊朗" and t == "ASSAULT" for s, t, _, _ in found)
    assert ("以军", "ASSAULT", "叙利亚", "intended") not in found


def test_how_long_strikes_last_is_no_further_strike() -> None:
    found = _events("以军袭击了叙利亚的坦克。以军称这类空袭将持续到威胁解除为止。")
    assert ("以军", "ASSAULT", "叙利亚", "intended") not in found


def test_help_that_goes_on_is_no_strike() -> None:
    found = _events("以军袭击了叙利亚的坦克，并将继续向叙利亚南部居民提供援助。")
    assert ("以军", "ASSAULT", "叙利亚", "intended") not in found


def test_another_side_that_speaks_after_a_strike_does_not_carry_it_on() -> None:
    found = _events("以军袭击叙利亚后，伊朗表示，将继续进行打击。")
    assert ("以军", "ASSAULT", "叙利亚", "intended") not in found


# -- 禁止 with a side's dealings: the side dealt with is sanctioned -----------------------------
# (qk-11, yd-11, tr-07, va-08 code the side dealt with as the target of SANCTION)


def test_a_ban_on_cooperating_with_a_side_sanctions_it() -> None:
    found = _events("美国国会参议院通过法案，禁止联邦政府资金与中国国有企业合作。")
    assert any(t == "SANCTION" and o == "中国" for _, t, o, _ in found)


def test_a_ban_on_trading_with_a_side_sanctions_it() -> None:
    found = _events("欧盟还禁止与俄罗斯的天然气管道进行交易。")
    assert ("欧盟", "SANCTION", "俄罗斯", "asserted") in found


def test_a_ban_on_buying_from_a_side_sanctions_it() -> None:
    found = _events("美国财政部宣布，禁止企业从俄罗斯购买设备。")
    assert ("美国财政部", "SANCTION", "俄罗斯", "asserted") in found


def test_a_ban_on_a_sides_own_activities_is_no_dealing() -> None:
    found = _events("黎巴嫩政府禁止真主党一切军事与安全活动。")
    assert not any(t == "SANCTION" for _, t, _, _ in found)
