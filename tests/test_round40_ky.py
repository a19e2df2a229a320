"""Round 40, helper ky: a second act on a pair kg reads with another type (first golds
annotated before anyone ran kg). Sentences written for the tests."""

from __future__ import annotations

from tests.data.sentences import events_of

# -- 1. calling to account in the future warns of an action (nc-11, qa-04) -------------------


def test_will_hold_accountable_is_a_threat() -> None:
    """将追究X的责任: a warning of what will be done, THREATEN (asserted: the warning is made),
    not a charge intended; 必须追究 stays a charge."""
    events = events_of("欧盟委员会主席冯德莱恩表示,我们将追究克里姆林宫的责任。")
    assert ("冯德莱恩", "THREATEN", "俄罗斯", "asserted") in events
    assert not any(e[1] == "ACCUSE" for e in events)
    assert ("中国", "THREATEN", "美国", "asserted") in events_of(
        "中方将依法追究美国有关企业的责任。"
    )
    # 必须追究X的责任 blames X now: no threat is made
    events = events_of("伊朗外长表示,必须追究华盛顿的责任。")
    assert not any(e[1] == "THREATEN" for e in events)


# -- 2. keeping the one-China principle supports China (nb-07, sw-08, sw-10) ------------------


def test_keeping_one_china_principle_is_support() -> None:
    """洪方将坚定恪守一个中国原则, 意方重申坚持一个中国政策: the keeper endorses China; not
    when the principle is asked of someone or names a consensus."""
    assert ("洪都拉斯", "SUPPORT", "中国", "intended") in events_of(
        "洪都拉斯外长表示,洪方将坚定恪守一个中国原则。"
    )
    assert ("意大利", "SUPPORT", "中国", "asserted") in events_of(
        "意大利总理梅洛尼表示,意方重申坚持一个中国政策。"
    )
    # 敦促菲方恪守一个中国原则 is the asker's demand only; 国际社会坚持一个中国原则的共识
    # describes the consensus: nobody named keeps it
    events = events_of("中方敦促菲方恪守一个中国原则。")
    assert ("中国", "REQUEST", "菲律宾", "asserted") in events
    assert not any(e[1] == "SUPPORT" for e in events)
    events = events_of(
        "同台湾当局保持所谓外交关系不符合巴拉圭的利益,也同国际社会坚持一个中国原则的普遍共识背道而驰。"
    )
    assert not any(e[1] == "SUPPORT" for e in events)
