"""Where two branches of the twenty-ninth round met (session 31's merge)."""

from tests.data.sentences import events_of


def test_yielding_to_any_pressure_refuses_the_side_in_focus() -> None:
    """ua's 屈服于 trigger took 任何压力 for an object meaning anyone, which the challenge set's
    accuse-30 caught: any pressure names no party, so the presser in focus is refused."""
    events = events_of("美国威胁伊朗。伊朗表示不会屈服于任何威胁。")
    assert ("伊朗", "REJECT", "美国", "asserted") in events


def test_yielding_to_anyone_still_names_no_target() -> None:
    """The near misses: anyone at all, and nobody in focus, give no refusal."""
    assert not any(e[1] == "REJECT" for e in events_of("伊朗不会屈服于任何国家。"))
    assert not any(e[1] == "REJECT" for e in events_of("伊朗表示不会屈服于任何压力。"))
