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
