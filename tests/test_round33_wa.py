"""Round 33, helper wa: constructions that recurred on fresh pages about Iran's summonses,
Israel and its neighbours, the Houthis, NATO's enlargement and the Russia–Ukraine war (sentences
written for the tests, in the style of those pages)."""

from tests.data.sentences import events_of


def test_a_clause_opening_with_dui_x_de_noun_and_a_light_verb_borrows_its_subject() -> None:
    """美国财政部宣布,对伊朗的5个实体实施制裁: the 对-phrase ends in the noun the light verb
    实施 puts the sanctions on; it is no noun-phrase subject, so 美国财政部 acts."""
    events = events_of("美国财政部10日宣布,对伊朗的5个实体和3名个人实施制裁。")
    assert ("美国财政部", "SANCTION", "伊朗", "asserted") in events
    events = events_of("欧盟理事会表示,对俄罗斯的多名官员和企业采取限制措施。")
    assert ("欧盟", "SANCTION", "俄罗斯", "asserted") in events or any(
        e[1] == "SANCTION" and e[2] == "俄罗斯" for e in events
    )
    # the near miss: 对俄国的新一轮制裁|可能无法通过 has the measure as its subject
    events = events_of("泽连斯基坦言,对俄国的新一轮制裁可能无法通过。")
    assert not any(e[1] == "SANCTION" for e in events)
    # nor does an act a copula judges (…,对俄罗斯的能源设施进行打击|是合理的)
    events = events_of("泽连斯基表示,对俄罗斯的能源设施进行打击是合理的。")
    assert not any(e[0] == "泽连斯基" and e[1] == "ASSAULT" for e in events)


def test_zhendui_a_group_and_its_leaders_aims_the_attack_at_the_group() -> None:
    """以色列针对哈马斯领导人的袭击: a short noun of the group's people between the actor and 的."""
    events = events_of("以色列针对哈马斯领导人的袭击造成6人死亡。")
    assert ("以色列", "ASSAULT", "哈马斯", "asserted") in events
    events = events_of("以军针对真主党指挥官的空袭持续了两天。")
    assert any(e[1] == "ASSAULT" and e[2] == "真主党" for e in events)
    # the near miss: a verb between the actor and 的 (针对伊朗提出的指控) aims no attack
    assert not any(e[1] == "ASSAULT" for e in events_of("美国针对伊朗提出的指控进行调查。"))


def test_the_doer_of_an_aimed_attack_inside_a_condemnation_is_not_attacked() -> None:
    """沙特外交部对以色列针对平民的袭击表示谴责: 以色列 attacks; the condemner attacks no one."""
    events = events_of("沙特外交部对以色列针对平民的袭击表示强烈谴责。")
    assert ("沙特阿拉伯外交部", "ACCUSE", "以色列", "asserted") in events
    assert not any(e[1] == "ASSAULT" and e[2] == "以色列" for e in events)
    events = events_of("俄罗斯对乌克兰针对平民的恐怖袭击予以强烈谴责。")
    assert ("俄罗斯", "ACCUSE", "乌克兰", "asserted") in events
    assert not any(e[1] == "ASSAULT" and e[0] == "俄罗斯" for e in events)


def test_a_right_reserved_to_take_measures_answering_someone_threatens_them() -> None:
    """俄方保留采取最严厉的措施来回应基辅政权的恐怖袭击的权利: a threat aimed at 基辅政权."""
    events = events_of("俄方保留采取最严厉的措施来回应基辅政权的恐怖袭击的权利。")
    assert ("俄罗斯", "THREATEN", "乌克兰", "asserted") in events
    events = events_of("伊朗外交部表示,伊朗保留采取一切必要措施回击以色列的权利。")
    assert ("伊朗", "THREATEN", "以色列", "asserted") in events


def test_the_kyiv_regime_is_ukraine() -> None:
    """基辅政权, 基辅当局: what Russian statements call Ukraine's government."""
    events = events_of(
        "俄外交部表示,西方对基辅政权的支持正推动乌克兰领导层实施更加鲁莽的犯罪行为。"
    )
    assert ("西方", "SUPPORT", "乌克兰", "asserted") in events
    events = events_of("俄罗斯国防部谴责基辅当局对莫斯科发动无人机袭击。")
    assert any(e[0] == "俄罗斯国防部" and e[1] == "ACCUSE" and e[2] == "乌克兰" for e in events)


def test_the_persian_gulf_cooperation_council_is_the_gcc() -> None:
    """Iranian outlets' name for the GCC (波斯湾合作委员会)."""
    events = events_of("波斯湾合作委员会与欧盟发表联合声明。")
    assert ("欧盟", "AGREE", "海合会", "asserted") in events or (
        "海合会",
        "AGREE",
        "欧盟",
        "asserted",
    ) in events


def test_being_glad_to_host_talks_is_an_intention() -> None:
    """埃尔多安表示非常乐意接待俄乌代表团: 乐意 is a willingness, as 愿意."""
    events = events_of("埃尔多安表示非常乐意在土耳其境内接待俄乌代表团开展和平谈判。")
    assert ("埃尔多安", "CONSULT", "俄罗斯", "intended") in events
    assert ("埃尔多安", "CONSULT", "俄罗斯", "asserted") not in events


def test_applying_to_join_an_alliance_is_an_intention() -> None:
    """瑞典和芬兰申请加入北约: the joining has not happened yet (dev-07's 想加入北约)."""
    events = events_of("2022年5月,瑞典和芬兰同时申请加入北约。")
    assert ("瑞典", "COOPERATE", "北约", "intended") in events
    assert ("芬兰", "COOPERATE", "北约", "intended") in events
    # near misses: 正式加入北约 is done; 申请召开 is a request made
    assert ("芬兰", "COOPERATE", "北约", "asserted") in events_of("芬兰正式加入北约。")
    events = events_of("俄罗斯申请召开安理会紧急会议。")
    assert ("俄罗斯", "REQUEST", "安理会", "asserted") in events


def test_a_guarantor_state_before_its_name_is_the_one_urged() -> None:
    """敦促担保国美国和法国承担责任: 担保国 describes the states the demand is put to."""
    events = events_of("黎巴嫩总统奥恩敦促担保国美国和法国承担起责任。")
    assert ("奥恩", "REQUEST", "美国", "asserted") in events
    assert ("奥恩", "REQUEST", "法国", "asserted") in events


def test_an_act_called_a_terrorist_attack_or_a_war_crime_is_judged_by_the_caller() -> None:
    """X称,A的袭击是恐怖袭击/是战争罪/构成战争罪: the one who so names the act accuses its doer."""
    events = events_of("俄罗斯国防部当天称,乌克兰当局针对莫斯科市设施的攻击是恐怖袭击。")
    assert ("俄罗斯国防部", "ACCUSE", "乌克兰", "asserted") in events
    assert ("伊朗", "ACCUSE", "以色列", "asserted") in events_of("伊朗称,以色列的袭击是战争罪。")
    events = events_of("叙利亚外交部表示,以色列军队的行为构成战争罪。")
    assert any(e[0] == "叙利亚外交部" and e[1] == "ACCUSE" for e in events)


def test_a_joint_statement_that_acts_later_speaks_for_all_its_authors() -> None:
    """…内塔尼亚胡和国防部长卡茨发表联合声明说,…。声明还要求黎巴嫩政府…: 声明 stands for both
    authors, not only the last one named before 发表 (a single author is unchanged)."""
    events = events_of(
        "以色列总理内塔尼亚胡和国防部长卡茨27日发表联合声明说,袭击针对的是真主党的设施。"
        "声明还要求黎巴嫩政府负责防止此类威胁。"
    )
    assert ("内塔尼亚胡", "REQUEST", "黎巴嫩", "asserted") in events
    assert ("卡茨", "REQUEST", "黎巴嫩", "asserted") in events
    events = events_of("俄罗斯、土耳其和伊朗发表联合声明。声明谴责以色列的袭击。")
    assert {"俄罗斯", "土耳其", "伊朗"} <= {e[0] for e in events if e[1] == "ACCUSE"}
    assert ("朝鲜外务省", "THREATEN", "美国", "asserted") in events_of(
        "朝鲜外务省发表声明。声明警告美国。"
    )


def test_a_group_based_in_a_country_is_no_organ_of_it_in_a_passive() -> None:
    """库尔德工人党被土耳其列为恐怖组织: PKK is based in Turkey but is not Turkey's organ, so the
    passive's agent acts on it (as 俄罗斯外交官遭俄外交部… still acts on no one of its own)."""
    events = events_of("土耳其一直不满瑞典的态度。库尔德工人党被土耳其列为恐怖组织。")
    assert ("土耳其", "SANCTION", "库尔德工人党", "asserted") in events
    events = events_of("快速支援部队遭到苏丹政府的制裁。")
    assert ("苏丹", "SANCTION", "快速支援部队", "asserted") in events
