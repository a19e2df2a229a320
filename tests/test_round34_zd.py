"""Round 34, helper zd: pairs and groups across the thirteen fresh sets (audit33 w?, audit34
y?): who acts with whom when two or more sides are named together, or by a pair word."""

from tests.data.sentences import events_of


def test_a_fight_breaking_out_at_the_border_of_two_states_joined_by_yu() -> None:
    """亚美尼亚与阿塞拜疆边境地区爆发两年来最为激烈的交火: the border of two states joined by 与
    where a fight breaks out, however fierce, makes them its sides, as with 和."""
    events = events_of("12日晚,亚美尼亚与阿塞拜疆边境地区爆发两年来最为激烈的交火,造成多人死亡。")
    assert ("亚美尼亚", "ASSAULT", "阿塞拜疆", "asserted") in events
    assert ("阿塞拜疆", "ASSAULT", "亚美尼亚", "asserted") in events
    events = events_of("泰国与柬埔寨边境地区爆发激烈交火。")
    assert ("泰国", "ASSAULT", "柬埔寨", "asserted") in events
    _a_fight_in_a_border_area_named_as_a_place_stays_silent()


def _a_fight_in_a_border_area_named_as_a_place_stays_silent() -> None:
    """泰国与柬埔寨边境地区的冲突: the border named with 的 is where, not a fight breaking out."""
    events = events_of("泰国与柬埔寨边境地区的冲突造成多人死亡。")
    assert not any(e[1] == "ASSAULT" for e in events)


def test_a_joint_announcement_is_agreed_by_all_its_makers() -> None:
    """布基纳法索、马里和尼日尔联合宣布退出西共体: a joint announcement, as a joint statement, is
    pairwise AGREE among its makers."""
    events = events_of("布基纳法索、马里和尼日尔联合宣布退出西共体,以回应制裁。")
    assert ("布基纳法索", "AGREE", "马里", "asserted") in events
    assert ("马里", "AGREE", "尼日尔", "asserted") in events
    assert ("布基纳法索", "AGREE", "尼日尔", "asserted") in events
    events = events_of("美国与日本共同宣布对朝鲜实施新的制裁。")
    assert ("美国", "AGREE", "日本", "asserted") in events
    _an_announcement_by_one_maker_agrees_with_nobody()


def _an_announcement_by_one_maker_agrees_with_nobody() -> None:
    """美国宣布联合日本…: 联合 + a partner is acting together, no joint announcement."""
    events = events_of("美国宣布联合日本对朝鲜实施制裁。")
    assert not any(e[1] == "AGREE" for e in events)


def test_a_capital_dated_by_a_year_still_acts() -> None:
    """埃里温和巴库2022年在…的斡旋下开始讨论: a year followed by a coverb dates the capital's
    act (no dateline), so 巴库 is the second side and each mediator talks with both."""
    events = events_of("埃里温和巴库2022年在俄罗斯、美国和欧盟的斡旋下开始讨论未来的和平条约。")
    assert ("亚美尼亚", "CONSULT", "阿塞拜疆", "asserted") in events
    assert ("俄罗斯", "CONSULT", "阿塞拜疆", "asserted") in events
    assert ("欧盟", "CONSULT", "阿塞拜疆", "asserted") in events
    _a_capital_before_a_year_and_an_event_names_the_event()


def _a_capital_before_a_year_and_an_event_names_the_event() -> None:
    """北京2022年冬奥会: a year then a noun names an event held in the city, nobody acts."""
    events = events_of("北京2022年冬奥会开幕前,美国宣布外交抵制。")
    assert not any(e[0] == "中国" for e in events)


def test_leaders_of_states_at_war_agree_a_truce_for_their_states() -> None:
    """泰柬边境冲突…川普与阿努廷及洪马内通话…双方已同意停止交火: the two leaders called
    stand for their fighting states in the truce 双方 agrees."""
    events = events_of(
        "泰国与柬埔寨边境冲突再度升温。川普形容他与阿努廷及柬埔寨总理洪马内的通话相当顺利，"
        "并发文表示，双方已同意自当晚起停止交火。"
    )
    assert ("泰国", "AGREE", "柬埔寨", "asserted") in events
    assert not any(e[0] == "阿努廷" and e[2] == "洪玛奈" for e in events)
    _leaders_of_states_not_at_war_keep_their_names_in_a_truce()


def _leaders_of_states_not_at_war_keep_their_names_in_a_truce() -> None:
    """普京与埃尔多安通电话。双方同意在伊德利卜停火: no fight between Russia and Turkey was
    reported; the leaders agree in their own names."""
    events = events_of("普京与埃尔多安通电话。双方同意在伊德利卜停火。")
    assert ("普京", "AGREE", "埃尔多安", "asserted") in events
    assert not any(e[0] == "俄罗斯" and e[1] == "AGREE" for e in events)


def test_a_meeting_of_three_people_then_san_fang_issues_a_joint_statement() -> None:
    """斯托尔滕贝格与埃尔多安、克里斯特松举行三方会谈。三方在会后发表声明: 三方 are the three
    people listed last (no list of three countries before), and a statement the group word
    issues is their joint statement."""
    events = events_of(
        "斯托尔滕贝格与土耳其总统埃尔多安、瑞典首相克里斯特松举行了三方会谈。"
        "三方在会后发表声明说,瑞典和土耳其同意继续开展合作。"
    )
    assert ("斯托尔滕贝格", "AGREE", "埃尔多安", "asserted") in events
    assert ("斯托尔滕贝格", "AGREE", "克里斯特松", "asserted") in events
    assert ("埃尔多安", "AGREE", "克里斯特松", "asserted") in events
    events = events_of("中国和俄罗斯举行会谈。双方在会后发表声明。")
    assert ("中国", "AGREE", "俄罗斯", "asserted") in events
    _a_statement_by_a_list_of_names_or_one_side_is_no_agreement()
    _san_fang_before_talks_names_the_talks_not_the_sides()


def _a_statement_by_a_list_of_names_or_one_side_is_no_agreement() -> None:
    """英国、法国和德国外长同日发表声明: each issues its own; 美国发表声明: one side."""
    events = events_of("英国、法国和德国外长同日发表声明,指责伊朗。")
    assert ("英国", "ACCUSE", "伊朗", "asserted") in events
    assert not any(e[1] == "AGREE" for e in events)
    assert not any(e[1] == "AGREE" for e in events_of("美国发表声明,谴责俄罗斯。"))


def test_two_dated_visits_joined_by_he_are_two_visits() -> None:
    """纳扎尔巴耶夫总统去年12月访华和胡锦涛主席今年8月访哈: each visits the other's country;
    the second leader is no one the first visits."""
    events = events_of(
        "纳扎尔巴耶夫总统去年12月访华和胡锦涛主席今年8月访哈,对两国关系发展具有积极推动作用。"
    )
    assert ("纳扎尔巴耶夫", "CONSULT", "中国", "asserted") in events
    assert ("胡锦涛", "CONSULT", "哈萨克斯坦", "asserted") in events
    assert not any(e[2] == "胡锦涛" for e in events)
    _targets_joined_by_he_without_a_date_stay_targets()


def _targets_joined_by_he_without_a_date_stay_targets() -> None:
    """美国制裁伊朗和俄罗斯, 王毅会见了巴西总统和阿根廷外长: no date and act after the second
    item, both are targets."""
    events = events_of("王毅会见了巴西总统和阿根廷外长。")
    assert ("王毅", "CONSULT", "巴西", "asserted") in events
    assert ("王毅", "CONSULT", "阿根廷", "asserted") in events


def _san_fang_before_talks_names_the_talks_not_the_sides() -> None:
    """举行三方会谈: 三方 right before the talks is one noun with them; the people listed keep
    their names (not their countries)."""
    events = events_of("土耳其总统埃尔多安与俄罗斯总统普京和伊朗总统莱希举行三方会谈。")
    assert ("埃尔多安", "CONSULT", "普京", "asserted") in events
    assert not any(e[0] == "土耳其" for e in events)


def test_a_mediator_of_a_fight_with_no_talks_in_focus_deals_with_both_sides() -> None:
    """巴基斯坦对阿富汗发动空袭。中方…又说一直通过自身渠道斡旋调解: with no deal or talks in
    focus, the mediator mediates the fight, with each of its sides; 又说 opens a statement of
    its own, not part of the appeal before it."""
    events = events_of(
        "巴基斯坦对阿富汗发动空袭。中方呼吁冲突双方通过对话谈判妥善解决分歧,尽快停火,"
        "又说一直通过自身渠道斡旋调解。"
    )
    assert ("中国", "CONSULT", "巴基斯坦", "asserted") in events
    assert ("中国", "CONSULT", "阿富汗", "asserted") in events
    _a_mediator_of_talks_in_focus_keeps_their_sides()


def _a_mediator_of_talks_in_focus_keeps_their_sides() -> None:
    """以色列与哈马斯举行间接谈判…埃及斡旋: the talks in focus give the sides, as before."""
    events = events_of("以色列对加沙发动空袭。以色列与哈马斯举行间接谈判。埃及斡旋了这次谈判。")
    assert ("埃及", "CONSULT", "哈马斯", "asserted") in events
    assert ("埃及", "CONSULT", "以色列", "asserted") in events


def test_a_deal_a_mediator_brings_about_is_the_sides_agreement() -> None:
    """亚美尼亚与阿塞拜疆爆发战争。随后普京斡旋达成停火协议: the mediator deals with each side,
    and the sides of the fight in focus reach the deal with each other."""
    events = events_of("亚美尼亚与阿塞拜疆爆发战争。随后俄罗斯总统普京斡旋达成停火协议。")
    assert ("阿塞拜疆", "AGREE", "亚美尼亚", "asserted") in events
    assert ("普京", "CONSULT", "亚美尼亚", "asserted") in events
    assert not any(e[0] == "普京" and e[1] == "AGREE" for e in events)
