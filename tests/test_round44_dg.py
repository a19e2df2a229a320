"""Round 44, helper dg: words that point back to a side or to an act (对方, 此举). Sentences
written for the tests."""

from __future__ import annotations

from tests.data.sentences import events_of

# -- a move referred back to stays the object of a response, whatever is said of it after -----
# (谴责此举|侵犯主权: 此举 was read as the subject of a clause of its own, the condemnation left
# with no target; 该行为, 这一行为 were already read as the move)


def test_condemning_this_move_with_a_judgement_after_it() -> None:
    """巴基斯坦空军轰炸了喀布尔。阿富汗谴责此举侵犯主权: Afghanistan condemns who bombed."""
    events = events_of("巴基斯坦空军周五轰炸了喀布尔。阿富汗谴责此举违反国际法。")
    assert ("阿富汗", "ACCUSE", "巴基斯坦", "asserted") in events
    events = events_of("阿富汗谴责此举违反国际法。")  # nobody named before: nobody condemned
    assert not any(t == "ACCUSE" for _, t, _, _ in events)


# -- 对方 after the verb of a pair subject that each acts: each side to the other -------------


def test_each_side_shot_down_the_others_jets() -> None:
    """印度和巴基斯坦都击落了对方的战机: both ways, 对方 across 了 and before 的."""
    events = events_of("印度和巴基斯坦都击落了对方的战机。")
    assert ("印度", "ASSAULT", "巴基斯坦", "asserted") in events
    assert ("巴基斯坦", "ASSAULT", "印度", "asserted") in events


def test_each_side_of_a_compound_after_an_earlier_pair() -> None:
    """A pair in focus before (an official and a country) is no side: 印巴…都声称击落了对方."""
    events = events_of(
        "国防部发言人张晓刚与巴基斯坦官员举行了会谈。"
        "印巴这两个长期敌对的国家星期三都声称击落了对方的战机。"
    )
    assert ("印度", "ASSAULT", "巴基斯坦", "asserted") in events
    assert ("巴基斯坦", "ASSAULT", "印度", "asserted") in events
    assert not any(o == "张晓刚" for _, t, o, _ in events if t == "ASSAULT")


def test_other_side_of_a_pair_in_focus_still_resolved() -> None:
    """特朗普说,他将很快与对方会面: one side named in the clause, 对方 is the other."""
    events = events_of("特朗普与普京通电话。特朗普说，他将很快与对方会面。")
    assert ("特朗普", "CONSULT", "普京", "intended") in events
