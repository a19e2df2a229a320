"""Round 42, helper fh: a relative clause with no subject of its own that opens with a
preposition and its actors (制裁|向俄罗斯提供无人机的|伊朗), after an act that takes a noun phrase:
the head does the inner act, never the sentence's subject. Sentences written for the tests."""

from __future__ import annotations

from tests.data.sentences import events_of


def test_coverb_relative_head_acts() -> None:
    """制裁|向俄罗斯提供无人机的|伊朗: Iran gives, the US sanctions Iran; the same with 对, 为,
    给 and 与 opening the clause, a light verb before the act, or 了 after the outer act."""
    events = events_of("美国制裁向俄罗斯提供无人机的伊朗。")
    assert ("美国", "SANCTION", "伊朗", "asserted") in events
    assert ("伊朗", "AID", "俄罗斯", "asserted") in events
    assert not any(s == "美国" and t == "AID" for s, t, _, _ in events)
    events = events_of("美国谴责向俄罗斯和白俄罗斯提供无人机的伊朗。")
    assert ("美国", "ACCUSE", "伊朗", "asserted") in events
    assert ("伊朗", "AID", "白俄罗斯", "asserted") in events
    events = events_of("美国制裁给俄罗斯提供无人机零部件的伊朗。")
    assert ("伊朗", "AID", "俄罗斯", "asserted") in events
    assert not any(s == "美国" and t == "AID" for s, t, _, _ in events)
    events = events_of("美国制裁为俄罗斯提供无人机的伊朗。")
    assert ("伊朗", "AID", "俄罗斯", "asserted") in events
    events = events_of("美国制裁与俄罗斯合作生产无人机的伊朗。")
    assert ("伊朗", "COOPERATE", "俄罗斯", "asserted") in events
    assert not any(s == "美国" and t == "COOPERATE" for s, t, _, _ in events)
    events = events_of("美国谴责对乌克兰发动大规模袭击的俄罗斯。")
    assert ("俄罗斯", "ASSAULT", "乌克兰", "asserted") in events
    assert ("美国", "ACCUSE", "俄罗斯", "asserted") in events
    events = events_of("美国批评向以色列出售武器的德国和英国。")
    assert ("英国", "AID", "以色列", "asserted") in events
    assert ("美国", "ACCUSE", "英国", "asserted") in events
    assert not any(s == "美国" and t == "AID" for s, t, _, _ in events)
    events = events_of("美国对向俄罗斯提供无人机的伊朗实施制裁。")
    assert ("伊朗", "AID", "俄罗斯", "asserted") in events
    assert ("美国", "SANCTION", "伊朗", "asserted") in events


def test_coverb_relative_of_unnamed_doers() -> None:
    """…的实体, …的两家伊朗公司, …的商人, …的行为: firms, people or a deed no actor names do the
    act inside; the subject does not, and the preposition's actor is not what it acts on."""
    events = events_of("美国制裁向俄罗斯提供无人机的实体。")
    assert not any(t in {"AID", "SANCTION"} for _, t, _, _ in events)
    events = events_of("美国制裁向俄罗斯提供无人机的两家伊朗公司。")
    assert ("美国", "SANCTION", "伊朗", "asserted") in events
    assert not any(t == "AID" for _, t, _, _ in events)
    events = events_of("美国逮捕了向俄罗斯出口芯片的商人。")
    assert not any(o == "俄罗斯" for _, _, o, _ in events)
    events = events_of("日本谴责对乌克兰发动袭击的行为。")
    assert not any(t == "ASSAULT" for _, t, _, _ in events)


def test_firms_of_an_actor_head_the_clause() -> None:
    """制裁|资助哈马斯的伊朗|公司 (fa's gapped clause): the firms fund Hamas, not Iran; the
    sanction still reaches Iran, as 制裁伊朗公司 does."""
    events = events_of("美国制裁资助哈马斯的伊朗公司。")
    assert ("美国", "SANCTION", "伊朗", "asserted") in events
    assert not any(t == "AID" for _, t, _, _ in events)
    events = events_of("美国制裁向俄罗斯提供无人机的伊朗公司。")
    assert ("美国", "SANCTION", "伊朗", "asserted") in events
    assert not any(t == "AID" for _, t, _, _ in events)


def test_subject_keeps_its_own_act() -> None:
    """美国向俄罗斯提供无人机 and 美国向俄罗斯提供的无人机: the subject gives (no act that takes
    a noun phrase before the preposition); 俄罗斯对乌克兰实施的袭击 is Russia's."""
    assert ("美国", "AID", "俄罗斯", "asserted") in events_of("美国向俄罗斯提供无人机。")
    assert ("美国", "AID", "俄罗斯", "asserted") in events_of("美国向俄罗斯提供的无人机抵达。")
    events = events_of("美国谴责俄罗斯对乌克兰实施的袭击。")
    assert ("俄罗斯", "ASSAULT", "乌克兰", "asserted") in events
    events = events_of("美国宣布向以色列提供援助。")
    assert ("美国", "AID", "以色列", "asserted") in events
