"""Round 41, helper gd: material-conflict events (SANCTION, ASSAULT, COERCE, MOBILIZE) read
the way outsider annotators of the thirty-six readable sets read them. Sentences written for
the tests."""

from __future__ import annotations

from tests.data.sentences import events_of

# -- a leader killed: the strike hits the state or armed body the leader serves -----------------
# (people.tsv org; annotators of pc, sv, pb, qd, ue, ya write the body, as an event or as the
# person's alternative)


def test_killing_a_states_leader_strikes_the_state() -> None:
    """击毙伊朗最高领袖哈梅内伊: the strike is on Iran too, not only on the man."""
    found = events_of("美国和以色列上周末联手空袭，击毙伊朗最高领袖哈梅内伊。")
    for striker in ("美国", "以色列"):
        assert (striker, "ASSAULT", "哈梅内伊", "asserted") in found
        assert (striker, "ASSAULT", "伊朗", "asserted") in found


def test_killing_an_armed_groups_leader_strikes_the_group() -> None:
    """炸死真主党领导人纳斯鲁拉: Hezbollah is struck; a meeting with a leader stays a meeting."""
    found = events_of("以色列空袭贝鲁特南郊，炸死黎巴嫩真主党领导人纳斯鲁拉。")
    assert ("以色列", "ASSAULT", "真主党", "asserted") in found
    met = events_of("俄罗斯总统普京在德黑兰会见伊朗最高领袖哈梅内伊。")
    assert not any(t == "ASSAULT" for _, t, _, _ in met)
