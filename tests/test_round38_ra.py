"""Round 38, helper ra: gold actors kg did not find (named organisations it lacked, a short
form of a country with 政权). Sentences written for the tests."""

from __future__ import annotations

from tests.data.sentences import events_of

# -- 1. named organisations and the forms the pages write them in (na, nb, ya, yo) ----------


def test_the_coalition_against_the_islamic_state_is_an_actor() -> None:
    """打击“伊斯兰国”的国际联盟 / 以美国为首的国际联盟 (ya-04, ya-08): the coalition, not nobody."""
    assert ("叙利亚", "AGREE", "打击伊斯兰国国际联盟", "asserted") in events_of(
        "叙利亚上月与打击“伊斯兰国”的国际联盟签署了一份合作宣言。"
    )
    assert ("打击伊斯兰国国际联盟", "ASSAULT", "伊斯兰国", "asserted") in events_of(
        "以美国为首的国际联盟上周在叙利亚东部打击了“伊斯兰国”。"
    )


def test_the_multilateral_sanctions_monitoring_team_is_an_actor() -> None:
    """“多边制裁监测组” (na-09), the eleven states' team watching sanctions on North Korea."""
    assert ("朝鲜外务省", "ACCUSE", "多边制裁监测组", "asserted") in events_of(
        "朝鲜外务省周日发表谈话，谴责“多边制裁监测组”。"
    )


def test_written_forms_of_known_organisations() -> None:
    """多國維安任務支援團 (nb-12, the Haiti mission as Taiwan's press writes it), 拉丁美洲與加勒比海
    國家聯盟 (nb-08, CELAC)."""
    assert ("多国安全支助团", "AID", "海地", "asserted") in events_of(
        "多國維安任務支援團去年援助了海地。"
    )
    assert ("卢拉", "CONSULT", "拉美和加勒比国家共同体", "intended") in events_of(
        "巴西总统卢拉将出席拉丁美洲与加勒比海国家联盟峰会。"
    )


# -- 2. a country's short form with 政权 (ya: 敘政權 ×3; qk: 缅甸军政权) ------------------------


def test_short_form_with_regime_names_the_country() -> None:
    """叙政权 is Syria as 叙政府 is: the act it does is Syria's."""
    assert ("叙利亚", "ASSAULT", "伊斯兰国", "asserted") in events_of(
        "叙政权近日在东部多地发起打击“伊斯兰国”的行动。"
    )


# -- 3. people after a title kg did not read as names (na: 尚达曼; yo: 总召傅崐萁) --------------


def test_singapore_president_is_a_known_person() -> None:
    """新加坡总统尚达曼 (na-05): the meeting is with the president, not only with Singapore."""
    events = events_of("马来西亚首相安华周五抵达新加坡。安华还将拜会新加坡总统尚达曼。")
    assert any(e[1:] == ("CONSULT", "尚达曼", "intended") for e in events)


def test_caucus_whip_is_a_title() -> None:
    """立法院国民党团总召傅崐萁 (yo-07): 总召 is a post, the name after it a person, who is then
    found alone in the next sentence."""
    events = events_of("立法院国民党团总召傅崐萁昨日率团访问大陆。傅崐萁今早参访小米汽车工厂。")
    assert ("傅崐萁", "CONSULT", "小米", "asserted") in events


def test_syria_leader_by_the_name_the_press_writes() -> None:
    """敘利亞政權領導人沙拉 (ya-04 ×2): 沙拉 is al-Sharaa after a title no short name
    passes (领导人); 沙拉 in a dish names nobody."""
    assert ("特朗普", "CONSULT", "艾哈迈德·沙拉", "asserted") in events_of(
        "特朗普周一与叙利亚领导人沙拉在白宫会谈。"
    )
    assert not any("沙拉" in e[2] for e in events_of("沙拉酱涨价了，特朗普批评了它。"))
    assert not any("沙拉" in e[2] for e in events_of("特朗普批评了水果沙拉。"))


# -- 4. a mission to a state or body named with 驻 (qk: 中国驻欧盟使团; ya: 驻伊朗外交使团;
#       wh: 伊拉克驻联合国代表团) -----------------------------------------------------------------


def test_a_mission_abroad_stays_its_country() -> None:
    """驻X使团 stays the sending country (test_round23_c1: 中国驻欧盟使团 speaks for China); the
    merge of the round dropped ra's rows that made it the sender's embassy, which moved no score."""
    assert ("中国", "ACCUSE", "欧盟", "asserted") in events_of("中国驻欧盟使团周二谴责欧盟的制裁。")


# -- 5. 中央政府 is the state itself, as 过渡政府 and 军政府 are (yo: 中央政府堅定支持…) --


def test_central_government_is_the_state() -> None:
    """伊拉克中央政府 is Iraq; bare 中央政府 is the country in focus, as a bare 过渡政府 is."""
    assert ("伊拉克", "ACCUSE", "土耳其", "asserted") in events_of(
        "伊拉克中央政府周日谴责土耳其的空袭。"
    )
    assert ("伊拉克", "ACCUSE", "土耳其", "asserted") in events_of(
        "伊拉克总理苏达尼周日访问埃尔比勒。中央政府谴责土耳其的空袭。"
    )
