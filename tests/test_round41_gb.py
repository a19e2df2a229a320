"""Round 41, helper gb: requests, endorsements, agreements and concessions as the outsider
annotators of the thirty-six readable sets read them (groups in
/work/notes/scratch41/gb/groups.md). Sentences written for the tests."""

from __future__ import annotations

from tests.data.sentences import events_of

# -- 须, the written 必须: what someone must do is no event of theirs -----------------------------


def test_act_owed_after_xu_is_not_reported_as_done() -> None:
    """泰国：柬埔寨须率先宣布停火 — the ceasefire is demanded, not declared (cues.tsv ought, as
    必须 already was); the demand itself stands."""
    events = events_of("泰国表示,柬埔寨须率先宣布停火,并展现配合态度。")
    assert not any(t == "CONCEDE" for _, t, _, _ in events)
    events = events_of("泽连斯基表示,他可与普京会面,但须先获得盟友同意提供安全保障。")
    assert not any(t in {"AGREE", "AID"} for _, t, _, _ in events)


def test_envoy_told_to_leave_by_a_deadline_is_expelled() -> None:
    """俄国使节须在2月27日前离境, 美国使馆人员必须在1月31日前离境: the must is how the order is
    told (flag deadline); the expulsion stands whichever word of must is used."""
    events = events_of("拉脱维亚外交部长表示,他们已告知俄国使节须在2月27日前离境。")
    assert ("拉脱维亚", "SANCTION", "俄罗斯", "asserted") in events
    events = events_of(
        "俄罗斯外交部发言人扎哈罗娃表示,美国驻俄罗斯大使馆人员必须在2022年1月31日前离境。"
    )
    assert any(t == "SANCTION" and o == "美国" for _, t, o, _ in events)


# -- a truce named is no truce declared; a side's own willingness is one offered to its foe -----


def test_truce_named_by_a_committee_process_or_talks_declares_none() -> None:
    """黎以停火监督委员会 (a body), 俄乌停火进程 (a course), 与以方停火的谈判 (talks, as
    停火谈判), 泰柬将讨论停火 (talks): the outsider annotators code none of them as CONCEDE (pc,
    sv, ue, ye), but talks as CONSULT."""
    events = events_of("黎巴嫩总统奥恩呼吁国际社会支持黎以停火监督委员会履行职责。")
    assert not any(t == "CONCEDE" for _, t, _, _ in events)
    events = events_of("德英法三国领袖昨天与美国总统特朗普就俄乌停火进程通话。")
    assert not any(t == "CONCEDE" for _, t, _, _ in events)
    events = events_of("哈马斯代表团将于7日返回开罗,以完成与以方停火的谈判。")
    assert not any(t == "CONCEDE" for _, t, _, _ in events)
    assert any(t == "CONSULT" and o == "以色列" for _, t, o, _ in events)
    events = events_of("泰国与柬埔寨边境冲突持续。泰柬将讨论停火。")
    assert ("泰国", "CONSULT", "柬埔寨", "intended") in events
    assert not any(t == "CONCEDE" for _, t, _, _ in events)


def test_side_willing_to_cease_fire_offers_it_to_its_foe() -> None:
    """柬埔寨宣称愿无条件停火, 柬泰双方都表达了降温停火的意愿: a truce offered with nobody named
    is offered to the other side of the fight told before (na, pa, ye code CONCEDE intended),
    not to whom the side last spoke with."""
    events = events_of("泰国与柬埔寨边境冲突持续。泰国外长指责柬埔寨对外宣称愿无条件停火。")
    assert ("柬埔寨", "CONCEDE", "泰国", "intended") in events
    events = events_of(
        "柬埔寨与泰国边境爆发冲突。柬泰双方都向王毅通报柬泰边境冲突最新进展,表达了降温停火的意愿。"
    )
    assert ("柬埔寨", "CONCEDE", "泰国", "intended") in events
    assert ("泰国", "CONCEDE", "柬埔寨", "intended") in events
    events = events_of("俄罗斯继续对乌克兰发动袭击。泽连斯基与特朗普通话,重申愿意接受全面停火。")
    assert ("泽连斯基", "CONCEDE", "俄罗斯", "intended") in events
    assert not any(t == "CONCEDE" and o == "美国" for _, t, o, _ in events)
