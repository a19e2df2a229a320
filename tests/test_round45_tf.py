"""Round 45, helper tf: leftovers of round 44 (easing a fight, invitations, 有关国家, Xinhua's
分别 boilerplate). Sentences written for the tests."""

from __future__ import annotations

from tests.data.sentences import events_of

# -- a third party that eases a fight between two sides is no side of it -----------------------


def test_easing_a_fight_between_two_sides_is_no_attack_by_the_helper() -> None:
    """中国帮助缓和印度与巴基斯坦之间的冲突: the 和 of 缓和 governs nobody (缓 blocks it as a
    coverb), so 印度 is no partner China fights with; the two sides fight each other."""
    for verb in ("缓和", "帮助缓和", "努力缓和"):
        events = events_of(f"中国{verb}印度与巴基斯坦之间的冲突。")
        assert ("印度", "ASSAULT", "巴基斯坦", "asserted") in events, verb
        assert not any(s == "中国" or o == "中国" for s, t, o, _ in events if t == "ASSAULT"), verb
    events = events_of("中国与印度发生冲突。")  # a real 与 still governs its partner
    assert ("中国", "ASSAULT", "印度", "asserted") in events


# -- an invitation received (受邀, 获邀) is the host's request, not the invitee's meeting ------
# (ve, qc twice, nb, ya: the host's REQUEST in each of the six 受邀/获邀 sentences of the readable
# sets, the attendance never; 应邀 is the invitation accepted: sw codes the attendance)


def test_invited_to_a_summit_is_asked_by_its_host() -> None:
    """七国集团峰会…。印度和巴西领导人也受邀出席此次峰会: the G7 asks each, nobody meets yet."""
    events = events_of("七国集团峰会16日在加拿大开幕。印度和巴西领导人也受邀出席此次峰会。")
    assert ("七国集团", "REQUEST", "印度", "asserted") in events
    assert ("七国集团", "REQUEST", "巴西", "asserted") in events
    assert not any(t == "CONSULT" for _, t, _, _ in events)


def test_not_invited_is_a_request_negated_and_no_refusal() -> None:
    """缅甸外长不获邀参加东盟外长会议: ASEAN does not ask him; he refuses nothing."""
    events = events_of("缅甸外长温纳貌伦不获邀参加东盟外长会议。")
    assert ("东盟", "REQUEST", "温纳貌伦", "negated") in events
    assert not any(t in {"CONSULT", "REJECT"} for _, t, _, _ in events)


def test_attending_at_invitation_is_still_attendance() -> None:
    """塞尔维亚总理将应邀出席开幕式 (应邀: the invitation accepted) and a visit with no
    invitation word keep their meeting."""
    events = events_of("应中国国家主席邀请,塞尔维亚总理马楚特将应邀访问中国。")
    assert any(t == "CONSULT" and o == "中国" for _, t, o, _ in events)
