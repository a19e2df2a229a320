"""Round 34, helper yb: a truce the pair in focus declares on each other (双方停火, 斡旋两国停火)
is one agreement between the two sides, as every gold reads it, not two concessions. Sentences
written for the test, in the style of the Caucasus and Southeast Asia wire briefs."""

from tests.data.sentences import events_of

_FIGHT = "亚美尼亚和阿塞拜疆边境地区爆发冲突。"


def _concessions(events) -> set[tuple[str, str]]:
    return {(s, o) for s, t, o, _ in events if t == "CONCEDE"}


def test_both_sides_ceasing_fire_agree_with_each_other() -> None:
    """双方…停火 after a fight: AGREE between the two, no CONCEDE either way."""
    events = events_of(_FIGHT + "双方在9月15日停火。")
    assert ("亚美尼亚", "AGREE", "阿塞拜疆", "asserted") in events or (
        "阿塞拜疆",
        "AGREE",
        "亚美尼亚",
        "asserted",
    ) in events
    assert not _concessions(events)


def test_a_mediated_truce_of_the_two_states_is_their_agreement() -> None:
    """俄罗斯斡旋两国停火: the mediator talks with each side and the sides agree."""
    events = events_of(_FIGHT + "俄罗斯随后斡旋两国停火。")
    agreed = {(s, o) for s, t, o, _ in events if t == "AGREE"}
    assert agreed & {("亚美尼亚", "阿塞拜疆"), ("阿塞拜疆", "亚美尼亚")}
    assert ("俄罗斯", "CONSULT", "亚美尼亚", "asserted") in events
    assert not _concessions(events)


def test_a_truce_forced_on_the_pair_is_agreed_not_conceded() -> None:
    """使两国同意停火: the agreement stays, and the truce it names is no concession each way."""
    events = events_of(_FIGHT + "美国以提高关税作为威胁,使两国同意停火。")
    assert not _concessions(events)
    assert any(t == "AGREE" for _, t, _, _ in events)


def test_one_side_declaring_a_truce_still_concedes() -> None:
    """Near miss in the same article: a truce of one named side (阿塞拜疆宣布停火) stays its
    CONCEDE, while the pair's later truce (双方…停火) is their agreement."""
    events = events_of(_FIGHT + "阿塞拜疆宣布停火。双方随后在9月15日停火。")
    assert ("阿塞拜疆", "CONCEDE", "亚美尼亚", "asserted") in events
    assert ("亚美尼亚", "CONCEDE", "阿塞拜疆", "asserted") not in events
    assert any(t == "AGREE" for _, t, _, _ in events)


def test_kosovo_serbs_are_an_actor_who_protests_and_is_urged() -> None:
    """Kosovo Serbs (塞族人, 塞族抗议者) act and are acted on in every Kosovo report (yb-05,
    fresh22 b3d-5): a gazetteer group, not a place or nobody."""
    events = events_of(
        "塞族人集会抗议科索沃当局指派当地市长。武契奇敦促科索沃北部的塞族人保持冷静。"
    )
    assert ("科索沃塞族人", "PROTEST", "科索沃", "asserted") in events
    assert ("武契奇", "REQUEST", "科索沃塞族人", "asserted") in events
    assert ("武契奇", "REQUEST", "科索沃", "asserted") not in events  # the place urges nobody


def test_protesters_driven_off_are_the_kosovo_serbs() -> None:
    """驱离塞族抗议者: the protesters are the group, so the force used on them has a target."""
    events = events_of("北约驻科索沃部队与科索沃特警一起使用暴力驱离塞族抗议者。")
    assert any(o == "科索沃塞族人" and t == "COERCE" for _, t, o, _ in events)


def test_tying_a_state_to_an_incident_blames_it() -> None:
    """认定/怀疑 X 与…事件有关(联): the one who ties X to an attack or sabotage accuses X (the
    blame of ye-01, the suspicion of yb-12)."""
    events = events_of(
        "立陶宛政府认定俄罗斯与铁路爆炸事件有关联。波兰怀疑这起破坏事件与白俄罗斯有关。"
    )
    assert ("立陶宛", "ACCUSE", "俄罗斯", "asserted") in events
    assert ("波兰", "ACCUSE", "白俄罗斯", "asserted") in events
    # near miss: a thing tied to a topic, no one named, blames nobody
    assert not events_of("美国认定该交易与国家安全有关。")
