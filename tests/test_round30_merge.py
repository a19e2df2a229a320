"""Round 30: mends made when the helpers' branches were merged, each where two branches' rules
met on another helper's audit pages (sentences written for the test)."""

from data.sentences import events_of


def test_pressure_said_by_a_speaker_keeps_its_demand():
    # rb's rule gives a speech act after a reported clause to the speaker; a pressure reported
    # there is followed by its own demand (the session-28 rule: who presses asks)
    assert ("西方", "REQUEST", "塞尔维亚", "asserted") in events_of(
        "武契奇表示，西方向塞尔维亚施加巨大压力，要求谴责俄罗斯。"
    )
