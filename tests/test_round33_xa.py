"""Round 33, helper xa: status and mood across the fresh sets of this round (sentences written
for the test, in the style of the pages where the constructions recurred)."""

from data.sentences import events_of


def test_cooperation_called_important_is_intended():
    # 加强与美国合作对他们非常重要: the cooperation is one to be done, not one reported
    found = events_of("冰岛外交部长强调，加强与日本合作对他们非常重要。")
    assert ("冰岛", "COOPERATE", "日本", "intended") in found
    assert ("冰岛", "COOPERATE", "日本", "asserted") not in found
    # 取得了非常重要的成果 judges the result, not the cooperation, which was done
    found = events_of("法国和德国的合作取得了非常重要的成果。")
    assert ("法国", "COOPERATE", "德国", "asserted") in found


def test_talks_called_important_are_intended():
    found = events_of("土耳其总统表示，亚美尼亚和阿塞拜疆恢复直接对话非常重要。")
    assert ("亚美尼亚", "CONSULT", "阿塞拜疆", "intended") in found
    assert ("亚美尼亚", "CONSULT", "阿塞拜疆", "asserted") not in found
    # 保持防务交流很重要: the exchanges go on already; the importance makes nothing planned
    found = events_of("韩日两国保持防务交流很重要。")
    assert not any(t == "CONSULT" and st == "intended" for _, t, _, st in found)


def test_what_both_sides_must_do_is_proposed():
    # 两国必须…密切合作: a proposal of both sides, intended, not dropped as an obligation
    found = events_of("菲律宾总统会晤越南总理,强调两国必须为了地区的和平与繁荣密切合作。")
    assert ("菲律宾", "COOPERATE", "越南", "intended") in found


def test_sides_said_then_modal_after_comma_is_intended():
    # 双方强调,|应加强地区性合作: the 应 goes on from 双方强调 across the comma
    found = events_of(
        "约旦外交大臣萨法迪与阿曼外交大臣巴德尔举行了会谈。双方强调,应加强地区性合作,以保障地区安全。"
    )
    assert ("萨法迪", "COOPERATE", "巴德尔", "intended") in found
    assert ("萨法迪", "COOPERATE", "巴德尔", "asserted") not in found


def test_attempt_does_not_reach_a_clause_with_its_own_relative_subject():
    # 试图加强合作,|访安卡拉的希腊外长…昨天获…接见: the visitor named after 访X的 is the clause's
    # own subject; the attempt of the clause before does not make the reception intended
    found = events_of(
        "两国试图加强合作,访北京的美国国务卿布林肯昨天获中国国家主席习近平接见,"
        "并与中国外长王毅会谈。"
    )
    assert ("布林肯", "CONSULT", "王毅", "asserted") in found
    assert not any(s == "intended" for _, t, _, s in found if t == "CONSULT")


def test_turmoil_is_no_harassment():
    # 试图放下错综复杂的扰攘: 扰攘 is turmoil, a noun; no act of 扰 to carry an attempt on
    found = events_of("两国试图放下错综复杂的扰攘,访雅典的土耳其外长恰武什奥卢昨天与希腊外长会谈。")
    assert not any(t == "COERCE" for _, t, _, _ in found)
    assert not any(s == "intended" for _, t, _, s in found if t == "CONSULT")


def test_what_a_planned_meeting_becomes_is_planned_too():
    # 将…与王文涛会晤,|成为两人3年多来首度对话: the talks named again are the same, still ahead
    found = events_of(
        "新西兰贸易部长麦克莱表示,他将在下周以视讯方式,与中国商务部长王文涛会晤,"
        "成为两人3年多来首度对话。"
    )
    assert ("麦克莱", "CONSULT", "王文涛", "intended") in found
    assert ("麦克莱", "CONSULT", "王文涛", "asserted") not in found


def test_drill_announced_for_a_later_day_fronted_by_a_comma_is_planned():
    # 宣布本月13日,|展开…联合军演 in an article of the 10th: the drill has not begun
    found = events_of("美日近日宣布本月13日,展开长达11天联合军演。", date="2024-05-10")
    assert ("美国", "COOPERATE", "日本", "intended") in found
    assert ("美国", "COOPERATE", "日本", "asserted") not in found


def test_deal_near_in_place_that_never_came_into_force_is_negated():
    # 协议接近落实,但…,协议并未生效: the deal came near, then did not come about
    found = events_of("新西兰与斐济的安全协议去年接近落实，但在斐济大选后，协议并未生效。")
    assert ("新西兰", "AGREE", "斐济", "negated") in found
    assert ("新西兰", "AGREE", "斐济", "asserted") not in found


def test_dialogue_named_as_a_frame_is_no_talks():
    # 在…政治对话框架下,两国副外长将举行会谈: the frame is a standing mechanism, not talks held
    found = events_of(
        "土耳其外交部10日发布消息称,在土耳其和希腊外交部政治对话框架下,"
        "两国副外长将于11日在安卡拉举行会谈。"
    )
    assert not any(s == "asserted" for _, t, _, s in found if t == "CONSULT")


def test_intention_inside_a_reason_does_not_reach_the_main_act():
    # 由于…试图不承认…,|要求…外交人员撤出: the expulsion is done; the attempt is the reason's
    found = events_of(
        "尼加拉瓜外交部当天发表声明表示,由于哥斯达黎加、巴拿马等国试图不承认尼大选结果,"
        "要求这些国家的外交人员从尼加拉瓜撤出。"
    )
    assert any(
        s == "尼加拉瓜外交部" and t == "SANCTION" and st == "asserted" for s, t, _, st in found
    )
    assert not any(t == "SANCTION" and st == "intended" for _, t, _, st in found)


def test_sanctions_in_a_package_put_forward_are_proposed():
    # 提出制裁俄罗斯的新方案: the package is on the table, the sanctions not yet imposed
    found = events_of("欧盟委员会主席9月28日提出制裁白俄罗斯的新方案。")
    assert any(t == "SANCTION" and o == "白俄罗斯" and st == "intended" for _, t, o, st in found)
    assert not any(t == "SANCTION" and st == "asserted" for _, t, _, st in found)
    # a package adopted is imposed
    found = events_of("欧盟通过了新一轮对白俄罗斯制裁方案。")
    assert ("欧盟", "SANCTION", "白俄罗斯", "asserted") in found


def test_plan_opening_a_relative_phrase_reaches_its_act():
    # 批评了|计划对俄罗斯实施更多制裁的欧洲领导人: the leaders plan the sanctions, not impose them
    found = events_of("美国财政部长批评了计划对白俄罗斯实施更多制裁的欧洲领导人。")
    assert any(t == "SANCTION" and o == "白俄罗斯" and st == "intended" for _, t, o, st in found)
    assert not any(t == "SANCTION" and st == "asserted" for _, t, _, st in found)
    # with no plan word the sanctions described are in force
    found = events_of("美国批评了对白俄罗斯实施制裁的欧洲国家。")
    assert any(t == "SANCTION" and st == "asserted" for _, t, _, st in found)
