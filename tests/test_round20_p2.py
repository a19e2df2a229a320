"""Precision, round 20 (p2): the false positives an audit of emitted events found again and
again in Chinese news — a country's short form before its weapon (俄无人机, 美舰), a side named
inside a fronted time frame (在印方发动空袭后) taken for the place an attack is made in.

Sentences are written for these tests in the style of Chinese international news.
"""

from __future__ import annotations

import pytest
from sentences import article, events_of

from kg.extract import extract_article


def _pairs(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text)}


# -- 俄|无人机, 以|战机, 美|舰: the short form names the country whose weapon acts ------------

ARMED_SHORT = [
    (
        "泽连斯基说,普京宣布暂停袭击,但当晚俄无人机仍对乌方能源设施发动攻击。",
        ("俄罗斯", "ASSAULT", "乌克兰"),
    ),
    ("当天凌晨,俄战机轰炸了乌克兰东部城市哈尔科夫。", ("俄罗斯", "ASSAULT", "乌克兰")),
    ("乌克兰空军称,乌军当晚击落了俄无人机。", ("乌军", "ASSAULT", "俄罗斯")),
]


@pytest.mark.parametrize(("text", "expected"), ARMED_SHORT)
def test_short_form_before_a_weapon_is_the_country_that_acts(text, expected) -> None:
    found = _pairs(text)
    assert expected in found
    assert not any(s == "普京" and t == "ASSAULT" for s, t, _ in found)


YI_BY_MEANS_OF = [
    "俄军以无人机袭击了乌克兰西部的能源设施。",
    "俄军19日凌晨发动大规模空袭,以导弹和无人机攻击乌克兰能源设施。",
]


@pytest.mark.parametrize("text", YI_BY_MEANS_OF)
def test_yi_before_a_weapon_is_by_means_of(text) -> None:
    """以无人机, ,以导弹…: 以 is "by means of", not Israel."""
    found = _pairs(text)
    assert ("俄军", "ASSAULT", "乌克兰") in found
    assert not any("以色列" in (s, o) for s, _, o in found)


def test_short_form_word_before_a_weapon_is_no_country() -> None:
    """中美|军舰: the run of short forms stays what it was; 中|部队 of 集中部队 is no China."""
    found = _pairs("俄罗斯在乌克兰边境集中部队。")
    assert not any(s == "中国" or o == "中国" for s, _, o in found)


# -- 在印方发动空袭后,巴方…: a side inside a time frame acts, it is not where the attack is made ---


SIDE_IN_FRAME = [
    ("据报道,在美方发动空袭后,伊朗随即宣布进入紧急状态。", ("伊朗", "美国")),
    ("在以方发动空袭后,哈马斯宣布暂停谈判。", ("哈马斯", "以色列")),
]


@pytest.mark.parametrize(("text", "pair"), SIDE_IN_FRAME)
def test_side_inside_a_time_frame_is_not_the_place_attacked(text, pair) -> None:
    """The attack of the frame is the side's own: the main clause's subject does not make it
    on the side."""
    subject, side = pair
    assert (subject, "ASSAULT", side) not in _pairs(text)


def test_main_clause_attack_after_a_side_frame_is_kept() -> None:
    found = _pairs("报道称,在印方发动空袭后,巴基斯坦随即对印度发动了猛烈炮击。")
    assert ("巴基斯坦", "ASSAULT", "印度") in found


PLACES_STILL_STRUCK = [
    ("以色列在叙利亚发动空袭。", ("以色列", "ASSAULT", "叙利亚")),
    ("以色列在叙利亚政府控制区发动空袭。", ("以色列", "ASSAULT", "叙利亚")),
    ("以军在加沙发动空袭后,哈马斯谴责以色列。", ("以军", "ASSAULT", "加沙")),
]


@pytest.mark.parametrize(("text", "expected"), PLACES_STILL_STRUCK)
def test_a_place_named_after_zai_is_still_struck(text, expected) -> None:
    assert expected in _pairs(text)


# -- X表示Y…发表挑衅言论,…,进行武力威胁: the threat is the one whose deeds the statement tells -----

STATED_THREATS = [
    (
        "中方指,吴江浩表示高市早苗在国会答辩时悍然发表挑衅言论,违反基本常识,进行武力威胁。",
        "吴江浩",
        "高市早苗",
    ),
    (
        "外交部副部长孙卫东召见日本驻华大使。孙卫东表示日本首相石破茂在国会答辩时悍然发表挑衅言论,"
        "违反国际法,进行武力威胁。",
        "孙卫东",
        "石破茂",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "told"), STATED_THREATS)
def test_threat_told_in_a_statement_is_not_the_speakers(text, speaker, told) -> None:
    found = _pairs(text)
    assert not any(s == speaker and t == "THREATEN" for s, t, _ in found)
    assert (speaker, "ACCUSE", told) in found or told in {s for s, _, _ in found}


def test_speakers_own_answer_after_a_told_deed_stays_the_speakers() -> None:
    """…,中方将予以坚决回击: what will be done is the speaker's answer."""
    found = _pairs(
        "外交部发言人表示,美国近日宣布对台军售,严重违反一个中国原则,中方将予以坚决回击。"
    )
    assert ("中国", "THREATEN", "美国") in found


# -- 任何…都将…: a warning to anyone is aimed at the side in focus, not at a listed one ----------


def test_collective_quantified_by_any_is_no_actor() -> None:
    found = _pairs("中方表示,任何外部势力干预台海都将面临中方坚决有力的反制。")
    assert not any(o == "外部势力" for _, _, o in found)


def test_collective_without_any_is_no_actor_either() -> None:
    """Round 41 (ge): 外部势力 is no named group (GUIDELINES); none of the outsider golds codes
    the events kg gave it (uc-10, ud-03), nor does any readable gold."""
    assert not any("外部势力" in (s, o) for s, _, o in _pairs("中方坚决反对外部势力干涉中国内政。"))


def test_warning_after_a_list_of_companies_answers_their_country() -> None:
    found = _pairs(
        "中国宣布制裁波音公司和洛克希德·马丁公司。"
        "外交部发言人林剑表示,任何参与对台售武的企业都要为其错误付出代价。"
    )
    assert ("林剑", "THREATEN", "美国") in found
    assert ("林剑", "THREATEN", "洛克希德·马丁公司") not in found


def test_warning_after_one_company_answers_that_company() -> None:
    """One company named: the side in focus is that company."""
    found = _pairs(
        "中国宣布制裁波音公司。外交部发言人林剑表示,任何参与对台售武的企业都要为其错误付出代价。"
    )
    assert ("林剑", "THREATEN", "波音公司") in found


# -- 马、铁二人: a pair named by initials is those two people, not the last two named -----------


def test_pair_named_by_initials_is_those_people() -> None:
    found = _pairs(
        "美国国务卿布林肯会见了日本外务大臣上川阳子,韩国外长赵兑烈也出席;布、赵二人随后举行会谈。"
    )
    assert ("布林肯", "CONSULT", "赵兑烈") in found or ("赵兑烈", "CONSULT", "布林肯") in found


def test_pair_named_by_initials_never_falls_back_to_the_last_two_named() -> None:
    """铁欧多洛 is no actor the gazetteer knows: the talks are not given to 马勒斯 and 贝沙明
    (their meeting, 会见, is theirs; since round 29 马勒斯 is read as a name)."""
    text = (
        "澳大利亚国防部长马勒斯22日会见菲律宾总统府文官长贝沙明,铁欧多洛也一同出席;"
        "马、铁二人稍后举行防长会谈。"
    )
    talks = [e for e in extract_article(article(text)).events if e.trigger.endswith("会谈")]
    assert talks == []
    assert ("理查德·马尔斯", "CONSULT", "贝沙明") in _pairs(text)  # (Marles, round 42)


def test_pair_without_initials_is_still_the_pair_in_focus() -> None:
    found = _pairs("美国国务卿布林肯会见了中国外长王毅。两人随后举行会谈。")
    assert ("布林肯", "CONSULT", "王毅") in found or ("王毅", "CONSULT", "布林肯") in found


# -- 苏菲: a name made of two short forms is no compound -------------------------------------


def test_name_of_two_short_forms_is_no_compound() -> None:
    assert _pairs("苏菲和男子通过书信进行智识层面的沟通。") == set()


def test_listed_short_forms_still_make_a_compound() -> None:
    assert ("苏联", "CONSULT", "菲律宾") in _pairs("苏、菲两国进行会谈。")


# -- 拒不释放, 拒绝撤出: the refusal is REJECT and the release or withdrawal refused is negated ---

REFUSED_RETREATS = [
    ("哈马斯拒不释放加沙地带以方被扣押人员。", "哈马斯", "以色列"),
    ("以色列拒绝释放巴勒斯坦囚犯。", "以色列", "巴勒斯坦"),
    ("以色列拒不撤出黎巴嫩南部。", "以色列", "黎巴嫩"),
]


@pytest.mark.parametrize(("text", "subject", "obj"), REFUSED_RETREATS)
def test_refused_release_is_rejected_and_negated(text, subject, obj) -> None:
    found = events_of(text)
    assert (subject, "REJECT", obj, "asserted") in found
    assert (subject, "RETREAT", obj, "negated") in found
    assert (subject, "RETREAT", obj, "asserted") not in found


def test_refused_recognition_stays_a_rejection_only() -> None:
    assert events_of("美国拒绝承认马杜罗。") == {("美国", "REJECT", "马杜罗", "asserted")}


# -- 联系荷兰导师, 会见日本学者: a person named by their country is no act on the country --------

NATIONALS = [
    "陶崇园私自联系了荷兰导师。",
    "王毅会见了日本学者。",
    "卢刚在校园中射杀了其导师、导师助理、中国籍同学、系主任等。",
    "中国政府第一次向非洲学生提供奖学金。",
]


@pytest.mark.parametrize("text", NATIONALS)
def test_national_of_a_country_is_not_the_country(text) -> None:
    found = _pairs(text)
    assert not any(o in {"荷兰", "日本", "中国", "非洲"} for _, _, o in found)


NATIONALS_KEPT = [
    ("王毅会见了日本外相。", ("王毅", "CONSULT", "日本")),
    ("美国制裁了中国企业。", ("美国", "SANCTION", "中国")),
    ("以色列战机袭击图拉镇居民区,造成一名黎巴嫩男子死亡。", ("以色列", "ASSAULT", "黎巴嫩")),
]


@pytest.mark.parametrize(("text", "expected"), NATIONALS_KEPT)
def test_country_before_an_official_or_a_casualty_is_still_the_target(text, expected) -> None:
    assert expected in _pairs(text)


# -- 承认了与X发生过…: X is the partner of the act admitted, not whom 承认 recognises -----------


def test_partner_of_an_admitted_act_is_no_object() -> None:
    assert _pairs("沈阳承认了与高岩发生过男女关系。") == set()


def test_recognition_of_an_actor_is_still_support() -> None:
    assert ("美国", "SUPPORT", "瓜伊多") in _pairs("美国承认瓜伊多为委内瑞拉临时总统。")


def test_welcoming_cooperation_with_a_partner_still_welcomes_it() -> None:
    """Only an admission names a partner that is no object: 欢迎与中方加强合作 welcomes China."""
    assert ("巴西", "SUPPORT", "中国") in _pairs("巴西欢迎与中方加强合作。")


# -- 两国 after a fight of an army and an armed group: the group stands for no country ---------


def test_pair_of_countries_is_not_made_of_an_armed_group() -> None:
    found = _pairs(
        "美军对胡塞武装发动空袭。胡塞武装随后袭击美军航母。"
        "这意味着两国之间的冲突已经从陆地延伸到了海洋。"
    )
    assert not any("也门" in (s, o) for s, _, o in found)
    assert ("胡塞武装", "ASSAULT", "美军") in found


def test_pair_of_countries_of_two_leaders_is_kept() -> None:
    found = _pairs("印度总理莫迪会见了巴基斯坦总理谢里夫。两国同意恢复对话。")
    assert ("印度", "AGREE", "巴基斯坦") in found or ("巴基斯坦", "AGREE", "印度") in found


# -- X表示拒绝接受两国之间…: a pair object that holds the subject leaves it the subject ---------


def test_pair_object_holding_the_subject_leaves_it_free_to_act() -> None:
    found = _pairs(
        "黎巴嫩总统奥恩表示,以色列在黎巴嫩南部犯下罪行,他补充道,"
        "在此期间以色列表示拒绝接受两国之间透过谈判达成的任何解决方案。"
    )
    assert ("以色列", "REJECT", "黎巴嫩") in found
    assert ("奥恩", "REJECT", "以色列") not in found


# -- a country that answers an organ answers its state, in the label and in the mention ------


def test_response_to_an_organ_names_the_state_in_its_mention() -> None:
    """The scorer reads the mention first: 日本外务省 kept as the mention of 日本 would score the
    ministry, not the state the response is aimed at."""
    from sentences import article

    from kg.extract import extract_article

    result = extract_article(
        article("日本外务省召见中国驻日大使吴江浩并提出抗议。中方之后表示严正交涉。")
    )
    answer = [e for e in result.events if e.subject.actor.label == "中国"]
    assert answer
    assert all(e.object.actor.label == "日本" and e.object.text == "日本" for e in answer)


# -- 军方 after a military organ of another country: its forces, not those of the country in focus


def test_bare_military_after_a_joint_staff_is_its_countrys() -> None:
    found = _pairs(
        "韩国联合参谋本部表示,朝鲜当天在平壤一带发射2枚短程弹道导弹。朝鲜此前多次发射导弹。"
        "军方强调,在加强对朝监视的同时,与美方保持紧密合作。"
    )
    assert not any(s == "朝鲜人民军" for s, _, _ in found)
    assert any(s == "韩军" and t == "COOPERATE" for s, t, _ in found)


def test_bare_military_with_no_organ_named_is_the_focus_countrys() -> None:
    found = _pairs("以色列对加沙发动空袭。以色列多次空袭加沙。军方表示,将继续打击哈马斯。")
    assert not any(s == "韩军" for s, _, _ in found)


# -- 要求其驱逐…: an expulsion the demand asks of someone named is not theirs, not even intended --

ASKED_EXPULSIONS = [
    "华盛顿正在向这位委内瑞拉临时总统施压,要求其驱逐来自中国、俄罗斯、伊朗和古巴的情报人员。",
    "美国要求委内瑞拉驱逐中国外交官。",
]


@pytest.mark.parametrize("text", ASKED_EXPULSIONS)
def test_expulsion_asked_of_someone_is_no_event(text) -> None:
    found = events_of(text)
    assert not any(t == "SANCTION" and s == "委内瑞拉" for s, t, _, _ in found)
    assert any(t == "REQUEST" and o == "委内瑞拉" for _, t, o, _ in found)


def test_expulsion_called_for_with_nobody_asked_stays_intended() -> None:
    assert ("欧洲议会", "SANCTION", "俄罗斯", "intended") in events_of(
        "欧洲议会呼吁驱逐俄罗斯外交官。"
    )
