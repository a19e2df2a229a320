"""Round 35, helper qo: CONSULT in context — mediators whose sides are named elsewhere, visits
whose partner is only implied by the trip, and talks that someone only makes room for. The
sentences are written for the tests in the style of the pages (ya, qc, qh, audit33 we)."""

from tests.data.sentences import events_of


def _consults(text: str) -> set[tuple[str, str]]:
    return {(e[0], e[2]) for e in events_of(text) if e[1] == "CONSULT"}


def test_mediators_pass_over_their_own_joint_statement() -> None:
    """埃及、卡塔尔和美国发表联合声明…。尽管埃及和卡塔尔进行了调解努力: the mediators' own joint
    statement is no deal they brought about; they mediate between the sides of the talks
    before it."""
    text = (
        "以色列谈判小组计划下周前往卡塔尔，与哈马斯进行间接谈判，希望达成停火协议。"
        "此前埃及、卡塔尔和美国发表联合声明，共同呼吁哈马斯和以色列尽快达成停火协议。"
        "哈马斯在声明中表示，尽管埃及和卡塔尔进行了调解努力，以色列仍未能达成协议。"
    )
    consults = _consults(text)
    assert ("埃及", "以色列") in consults
    assert ("埃及", "哈马斯") in consults
    assert ("埃及", "卡塔尔") not in consults  # fellow mediators do not mediate each other
    assert ("埃及", "美国") not in consults
    # near miss: 强调|停火 holds the letters 调停 but no mediation of 泰国's
    text = "美国总统特朗普曾调停，泰柬签署停火协议。泰国政府强调停火协议没有奏效。"
    assert not any(s == "泰国" and o != "柬埔寨" for s, o in _consults(text))


def test_meeting_unnamed_partners_after_a_trip_is_with_the_host() -> None:
    """卡塔尔首相启程赴埃及，同调解方会晤: the partner of the meeting names no actor; the meeting
    is held in the country travelled to, with it."""
    assert ("卡塔尔", "埃及") in _consults("卡塔尔首相当天启程赴埃及，同调解方会晤。")
    assert ("卡塔尔", "埃及") in _consults("卡塔尔首相下周将前往埃及，与有关方面会面。")
    # near misses: a partner the meeting names is the one met, not the host; no travel verb
    # before the comma, no country met
    consults = _consults("卡塔尔首相将前往埃及，与以色列总理会晤。")
    assert ("卡塔尔", "以色列") in consults
    assert ("卡塔尔", "埃及") not in consults
    assert ("卡塔尔", "埃及") not in _consults("卡塔尔首相在埃及停留期间，同调解方会晤。")


def test_talks_room_is_made_for_are_no_talks() -> None:
    """批评英法德美并未为外交与对话创造必要空间: the dialogue is what room is (not) made for;
    the four named are no partners of each other, and no talks are reported."""
    text = "声明批评英法德美并未为外交与对话创造必要空间，反而选择对抗与制造危机。"
    assert not _consults(text)
    text = "芬兰代表强调，应该推迟落实制裁，避免破坏乌俄停火协议，为和谈创造条件。"
    assert not _consults(text)
    # near misses: talks that make room for something else are held (the 为 phrase follows them)
    assert ("中国", "美国") in _consults("中美会谈为两国合作创造了条件。")
    assert ("中国", "美国") in _consults("中美双方举行会谈，为两国合作创造条件。")


def test_ties_are_no_contact() -> None:
    """否认与M23集团有任何联系, 与俄罗斯保持商业联系的德国公司: 联系 here names ties (a link denied,
    business ties, which are trade as 经济联系 is), not a contact made."""
    text = "这可能会给卢旺达施加压力，该国政府一再否认与M23集团有任何联系。"
    assert not _consults(text)
    events = events_of("泽连斯基指责那些仍与俄罗斯保持商业联系的德国公司。")
    assert ("德国", "COOPERATE", "俄罗斯", "asserted") in events
    assert not any(e[1] == "CONSULT" for e in events)
    # near miss: keeping in touch is still a contact
    assert ("中国", "美国") in _consults("中美两国外长同意就共同关心的问题保持联系。")
