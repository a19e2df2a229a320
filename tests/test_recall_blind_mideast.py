"""A blind round on Middle East diplomacy (Gulf rifts and reconciliations, the nuclear file,
normalisation with Israel, the Arab League): ministries named for cooperation, the clause that
names what an act rests on (将依据…协议,…), members expelled or suspended from a body, and
relations a state will not normalise.

Sentences are written for these tests in the style of Chinese international news.
"""

from __future__ import annotations

import pytest
from sentences import events_of


def pairs(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text)}


# -- 外交与国际合作部长: a ministry named for cooperation cooperates with nobody --------------


def test_cooperation_ministry_in_a_title_is_no_cooperation() -> None:
    text = "美国总统特朗普、阿联酋外交与国际合作部长阿卜杜拉出席了仪式。"
    assert not {t for _, t, _ in pairs(text)} & {"COOPERATE"}


def test_cooperation_ministry_in_a_list_of_attendees_is_no_cooperation() -> None:
    text = "以色列总理、约旦外交与国际合作部长萨法迪和埃及外长共同出席论坛开幕式。"
    assert not {t for _, t, _ in pairs(text)} & {"COOPERATE"}


def test_cooperation_itself_still_counts() -> None:
    assert ("阿拉伯联合酋长国", "COOPERATE", "法国") in pairs("阿联酋与法国在能源领域开展合作。")


# -- 将依据…协议,…: what an act rests on is a thing, its signers do not act after it --------

BASED_ACTS = [
    (
        "英国、法国和德国宣布，将依据美国、俄罗斯、中国及伊朗签署的协议中的机制，在30天内对伊朗"
        "恢复制裁。",
        {("英国", "SANCTION", "伊朗", "intended"), ("法国", "SANCTION", "伊朗", "intended")},
        {("俄罗斯", "SANCTION", "伊朗"), ("中国", "SANCTION", "伊朗")},
    ),
    (
        "欧盟表示，将根据安理会决议，对朝鲜实施新一轮制裁。",
        {("欧盟", "SANCTION", "朝鲜", "intended")},
        set(),
    ),
    (
        "英国和法国宣布，将按照双方签署的协定，在年底前从马里撤军。",
        {("英国", "RETREAT", "马里", "intended"), ("英国", "AGREE", "法国", "asserted")},
        {("英国", "AGREE", "法国", "intended")},
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), BASED_ACTS)
def test_act_after_its_basis(text, present, absent) -> None:
    found = events_of(text)
    assert present <= found
    assert not {(s, t, o) for s, t, o, _ in found} & {a[:3] for a in absent if len(a) == 3}
    assert not found & {a for a in absent if len(a) == 4}


def test_deal_an_act_rests_on_is_no_agreement_of_the_actors() -> None:
    text = "法国、德国和英国宣布，将依据核协议中的机制，在30天内对伊朗重新实施制裁。"
    assert not {t for _, t, _ in pairs(text)} & {"AGREE"}


def test_basis_opening_the_sentence_names_the_actor() -> None:
    text = "按照中国商务部此前公布的清单，反制的对象包括美国大豆和汽车。"
    assert ("中国商务部", "SANCTION", "美国") in pairs(text)


def test_according_to_a_deal_done_is_still_done() -> None:
    found = events_of("根据协议，以色列释放了30名巴勒斯坦囚犯。")
    assert ("以色列", "RETREAT", "巴勒斯坦", "asserted") in found


# -- 开除, 暂停会籍: a member expelled or suspended from a body --------------------------------

EXPELLED = [
    ("阿拉伯国家联盟当天宣布开除卡塔尔。", ("阿盟", "SANCTION", "卡塔尔")),
    ("以沙特为首的阿拉伯联盟发表声明，宣布将卡塔尔开除出该组织。", ("阿盟", "SANCTION", "卡塔尔")),
    ("非盟决定暂停马里的会籍。", ("非盟", "SANCTION", "马里")),
    ("阿盟于2011年对叙利亚作出暂停会籍处分。", ("阿盟", "SANCTION", "叙利亚")),
    ("国际刑警组织宣布将俄罗斯逐出该组织。", ("国际刑警组织", "SANCTION", "俄罗斯")),
]


@pytest.mark.parametrize(("text", "expected"), EXPELLED)
def test_member_expelled_or_suspended(text, expected) -> None:
    found = pairs(text)
    assert expected in found
    assert not any(o == expected[0] for _, _, o in found)  # the body is not hit


def test_worker_fired_is_no_event() -> None:
    assert events_of("该公司开除了三名员工。") == set()


# -- 不会跟X关系正常化: relations a state will not normalise are refused ------------------------


def test_refused_normalisation_is_a_rejection() -> None:
    found = events_of("卡塔尔则表态，不会跟大马士革政府关系正常化。")
    assert ("卡塔尔", "REJECT", "叙利亚", "asserted") in found


def test_normalisation_done_is_an_agreement() -> None:
    found = events_of("土耳其2016年与以色列关系正常化。")
    assert ("土耳其", "AGREE", "以色列", "asserted") in found


@pytest.mark.parametrize(
    "text",
    [
        "欧中关系正常化的障碍依然存在。",
        "美国推动沙特与以色列关系正常化进程。",
    ],
)
def test_normalisation_named_as_a_thing_is_no_agreement(text) -> None:
    assert not {t for _, t, _ in pairs(text)} & {"AGREE"}


# -- 拦截向X运送援助物资的Y船只: the ship's owner gives the aid, the interceptor hits the owner --


SHIPS_STOPPED = [
    (
        "以色列海军在公海拦截了一艘向加沙地带民众运送人道主义援助物资的土耳其船只。",
        {("以色列海军", "COERCE", "土耳其"), ("土耳其", "AID", "加沙")},
        {("以色列海军", "AID", "加沙")},
    ),
    (
        "伊朗革命卫队扣押一艘向以色列运送武器的英国货轮。",
        {("伊朗伊斯兰革命卫队", "COERCE", "英国"), ("英国", "AID", "以色列")},
        {("伊朗伊斯兰革命卫队", "AID", "以色列")},
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), SHIPS_STOPPED)
def test_ship_carrying_aid_is_its_owners(text, present, absent) -> None:
    found = pairs(text)
    assert present <= found
    assert not found & absent


def test_aid_plan_named_as_a_thing_stays_the_subjects() -> None:
    found = events_of("美国宣布向乌克兰提供援助物资的计划。")
    assert ("美国", "AID", "乌克兰", "intended") in found


# -- 造成X人丧生: the attacker kills the people it names ------------------------------------


def test_deaths_caused_by_an_armed_act_are_killings() -> None:
    found = pairs("以军空袭加沙北部一处难民营，造成20名巴勒斯坦人丧生。")
    assert ("以军", "ASSAULT", "巴勒斯坦") in found


def test_deaths_caused_by_a_disaster_are_no_event() -> None:
    assert events_of("强烈地震造成300人丧生。") == set()


# -- 在会见中强调X的立场: the meeting named as a time takes no target after it ----------------


def test_meeting_named_as_a_time_takes_no_target_after_it() -> None:
    found = pairs("格罗西在会见中强调国际原子能机构的中立立场。")
    assert ("格罗西", "CONSULT", "国际原子能机构") not in found


def test_visit_named_as_a_time_keeps_the_country_visited() -> None:
    assert ("普京", "CONSULT", "中国") in pairs("普京在访问中国时表示，俄方愿加强合作。")


# -- 穆罕默德·伊斯拉米: a known name inside a longer transliteration is no mention --------------


def test_head_of_iran_atomic_agency_is_one_person() -> None:
    found = events_of("格罗西当天会见了伊朗原子能组织主席穆罕默德·伊斯拉米。")
    assert ("格罗西", "CONSULT", "伊斯拉米", "asserted") in found


# -- 沙特、阿联酋和巴林与卡塔尔…。三国…: a group word counts the list, not the partner after 与 ----


def test_group_word_counts_the_list_before_its_partner() -> None:
    text = "埃及、约旦和伊拉克与叙利亚举行会谈。三国随后宣布召回驻叙利亚大使。"
    found = pairs(text)
    assert {
        ("埃及", "SANCTION", "叙利亚"),
        ("约旦", "SANCTION", "叙利亚"),
        ("伊拉克", "SANCTION", "叙利亚"),
    } <= found
    assert ("叙利亚", "SANCTION", "叙利亚") not in found


def test_group_that_issued_a_joint_statement_goes_on_acting() -> None:
    text = "沙特、阿联酋和巴林与卡塔尔关系紧张。三国发表联合声明，召回各自驻卡塔尔大使。"
    found = pairs(text)
    assert ("沙特阿拉伯", "SANCTION", "卡塔尔") in found
    assert ("巴林", "SANCTION", "卡塔尔") in found


# -- 理事会通过决议,要求伊朗与原子能机构合作: the body asks even when it is the partner --------


def test_body_asks_for_cooperation_with_itself() -> None:
    text = "国际原子能机构理事会通过决议，要求伊朗与国际原子能机构全面合作。"
    assert ("国际原子能机构", "REQUEST", "伊朗") in pairs(text)


def test_one_who_is_blamed_again_is_still_no_subject() -> None:
    text = "特朗普称泽连斯基是独裁者，并指责泽连斯基。"
    assert ("特朗普", "ACCUSE", "泽连斯基") in pairs(text)
    assert not any(s == "泽连斯基" for s, _, _ in pairs(text))


def test_partner_named_twice_before_a_joint_act_is_still_no_subject() -> None:
    text = "当时的英国因为顶不住来自美国的压力同美国签署了贸易协定。"
    assert ("英国", "AGREE", "美国") in pairs(text) or ("美国", "AGREE", "英国") in pairs(text)


# -- 退出2015年伊朗核问题全面协议: the state a deal is named for is its other side --------------

QUIT_DEALS = [
    "美国2018年单方面退出伊朗核问题全面协议。",
    "美国于2018年5月宣布退出2015年伊朗核协议。",
]


@pytest.mark.parametrize("text", QUIT_DEALS)
def test_quitting_a_deal_named_for_a_state_rejects_it(text) -> None:
    assert ("美国", "REJECT", "伊朗") in pairs(text)


def test_nuclear_issue_is_still_a_topic() -> None:
    assert events_of("各方就伊朗核问题交换了意见。") == set()
    assert not pairs("中方期待伊朗核问题得到妥善解决。")


# -- 外交与国际合作部长: a minister's post, and guests at a signing are not each its party ------


def test_minister_of_foreign_affairs_and_cooperation_holds_a_post() -> None:
    from sentences import article

    from kg.extract import extract_article

    result = extract_article(article("阿联酋外交与国际合作部长阿卜杜拉当天抵达开罗。"))
    assert ("阿卜杜拉", "阿拉伯联合酋长国") in {
        (r.person.actor.label, r.org.actor.label) for r in result.roles
    }


def test_host_and_guests_at_a_signing_are_no_parties_to_each_other() -> None:
    text = (
        "美国总统、以色列总理内塔尼亚胡、阿联酋外交与国际合作部长阿卜杜拉和巴林外交大臣扎耶尼"
        "共同出席协议签字仪式。"
    )
    assert not {t for _, t, _ in pairs(text)} & {"AGREE"}


def test_two_leaders_at_a_signing_still_agree() -> None:
    assert ("中国", "AGREE", "俄罗斯") in pairs("中俄两国元首共同出席协议签字仪式。")


# -- 恢复参与阿拉伯联盟会议: a body's meetings taken part in meet the body ------------------------


def test_taking_part_in_a_bodys_meetings_meets_it() -> None:
    found = events_of("叙利亚代表团将恢复参与阿拉伯国家联盟会议。")
    assert ("叙利亚", "CONSULT", "阿盟", "intended") in found


def test_meeting_of_nobody_named_meets_nobody() -> None:
    assert events_of("他参加了一个学术会议。") == set()


# -- 召回该国驻X大使: a state recalling its own envoy cuts ties with the host ------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("约旦政府宣布召回该国驻以色列大使。", ("约旦", "SANCTION", "以色列")),
        ("巴林召回该国驻伊朗外交人员。", ("巴林", "SANCTION", "伊朗")),
    ],
)
def test_own_envoy_recalled_from_the_host(text, expected) -> None:
    found = pairs(text)
    assert expected in found
    assert not any(s == o for s, _, o in found)


def test_envoy_of_a_state_expelled_still_hits_the_sender() -> None:
    assert ("俄罗斯", "SANCTION", "美国") in pairs("俄罗斯宣布驱逐美国驻俄大使。")


# -- 应无视他国施加的压力: an act done by others no name tells has no actor ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "伊朗外长表示，国际原子能机构应无视他国施加的政治压力。",
        "伊拉克总理说，伊拉克不会屈服于某些国家施加的压力。",
    ],
)
def test_act_of_unnamed_others_is_no_event(text) -> None:
    assert not {t for _, t, _ in pairs(text)} & {"SANCTION"}


def test_act_of_a_named_state_beside_others_still_counts() -> None:
    assert ("美国", "SANCTION", "俄罗斯") in pairs("美国和其他国家对俄罗斯实施制裁。")


# -- 在美国斡旋下,以色列…分别与阿联酋、巴林达成协议: the mediator deals with every side ----------


def test_mediator_deals_with_each_partner_named_later() -> None:
    text = "在美国斡旋下，以色列在8月和9月，分别与阿联酋、巴林达成关系正常化协议。"
    found = pairs(text)
    assert {
        ("美国", "CONSULT", "以色列"),
        ("美国", "CONSULT", "阿拉伯联合酋长国"),
        ("美国", "CONSULT", "巴林"),
    } <= found


def test_mediator_of_talks_announced_after_another_act() -> None:
    found = pairs("在美国斡旋下，以色列宣布暂停军事行动，并与黎巴嫩展开谈判。")
    assert ("美国", "CONSULT", "黎巴嫩") in found
