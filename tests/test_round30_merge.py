"""Round 30: mends made when the helpers' branches were merged, each where two branches' rules
met on another helper's audit pages (sentences written for the test)."""

from data.sentences import events_of


def test_pressure_said_by_a_speaker_keeps_its_demand():
    # rb's rule gives a speech act after a reported clause to the speaker; a pressure reported
    # there is followed by its own demand (the session-28 rule: who presses asks)
    assert ("西方", "REQUEST", "塞尔维亚", "asserted") in events_of(
        "武契奇表示，西方向塞尔维亚施加巨大压力，要求谴责俄罗斯。"
    )


def test_day_of_a_bracketed_date_is_no_japan():
    # re's rule licenses a short form that opens its clause before a verb of saying or deciding
    # (美宣布…); the Taiwan press writes the day in brackets before 日 (昨（4）日宣布), which
    # opened a "clause" there and made Japan the actor of rf's pages
    assert events_of("厄瓜多昨（4）日宣布古巴大使为不受欢迎人物。") == {
        ("厄瓜多尔", "SANCTION", "古巴", "asserted")
    }
    assert events_of("外交部长吴钊燮今（20）日批评中国颠倒是非。") == {
        ("吴钊燮", "ACCUSE", "中国", "asserted")
    }


def test_short_form_after_a_bracketed_source_still_opens_a_headline():
    assert ("美国", "SANCTION", "伊朗", "asserted") in events_of("（路透）美宣布制裁伊朗。")
