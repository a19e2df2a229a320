"""Round 23 (c1): classes found on the Chinese services of foreign and overseas outlets (RFI,
VOA, Zaobao, Oriental Daily, HK01, Dong-A) reporting Europe, Russia–Ukraine, Iran and Korea.

- a party to a treaty (缔约方, 缔约国) names states and concludes nothing: it is no AGREE, and as
  a descriptor it stands between 与 and the states it names (与欧洲缔约方英国、法国举行会谈);
- 会 (will) before a verb of going (会前往, 会前去) is an intention cue; it is not the look-alike
  会前 (before the meeting);
- a trip planned for a day (朴振21日将前往东京,|与…会谈; …之后,|21日会转到日内瓦,|与…会面) makes
  the meeting the clause after it goes on to a plan, as a trip planned with no day does;
- short forms listed with 、 before a title or a closing 等 (与德、英、法外长会谈, 召见美、英、法等
  北约国家大使) are a compound, each member a side, as they are before 三国;
- a region right before allies with no 的 (敦促欧洲盟友…, 呼吁西方盟友…) says who the allies are
  and is the target, while the actor before 的盟友 (要求以色列的盟友…) still is not;
- telling someone on the phone (在电话中告诉普京) is a call with the one told, and telling someone
  in talks or a call (在首脑会谈中向尹锡悦总统表示, 在通话中向X表示) meets the one told;
- the one notified (以色列已通知美国,|将对伊朗发动报复性打击; 告知, 知会) does not act in what
  follows; the one who notifies does, as with a summons;
- concern, worry or displeasure voiced deeply or highly (深表关切, 深表担忧, 深感担忧, 表示高度关切)
  is disapproval of the actor in focus, as 表示关切 is; 深表 and 深感 close a 对-phrase that names
  an act (对朝鲜发射导弹深表担忧: 朝鲜 launches, nobody attacks it);
- an actor inside a 对-phrase that names the matter responded to (中方对[立陶宛允许台湾设立代表处]
  一事提出抗议,并召回…) does not go on to act in the next clause; the one who responds does;
- an allegation (指称, the overseas press's 指控: 以色列指称伊朗向真主党提供武器) accuses the one
  it names, whose alleged act is still read;
- envoys deported in the passive (两名俄罗斯外交官被挪威驱逐出境) are an expulsion of their
  country's diplomats (SANCTION), as in the active; other people deported stay a deportation;
- 欧方 is the EU (中方愿同欧方加强沟通, 欧方应停止干涉中国内政), as 美方 is the US;
- talks with someone named after 对 (莫斯科仍对与华盛顿的对话持开放态度) are the subject's
  talks with them; only a verb between the partner and 的 makes a relative clause
  (对与伊朗有贸易往来的企业);
- the Malaysian, Singaporean and Hong Kong renderings of leaders' names (普汀, 肖尔茨, 波瑞尔,
  贝尔博克) are the same people;
- a 对-phrase closed by 的 and a condemnation noun (对X空袭Y的强力谴责, 对X轰炸Y的批评) names the
  act condemned: X does it, the one who condemns does not; a condemnation a clause reports as a
  consequence (对X空袭引发Y的谴责) leaves the 对 to the act.

Sentences are written for these tests (new names and details), in the style of wire reports.
"""

from __future__ import annotations

import pytest
from sentences import events_of

D = "2024-05-10"


def _pairs(found: set, kind: str) -> set[frozenset]:
    return {frozenset((s, o)) for s, t, o, _ in found if t == kind}


# --- a party to a treaty is no agreement --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "伊朗下周将与欧洲缔约方英国、法国和德国在维也纳举行会谈。",
        "伊朗下周将与核协议欧洲缔约方英国、法国和德国在维也纳举行会谈。",
        "《不扩散核武器条约》缔约国大会期间,伊朗外长会见了法国外长。",
        "伊朗呼吁核协议其他缔约方继续履行承诺。",
    ],
)
def test_a_party_to_a_treaty_concludes_nothing(text: str) -> None:
    assert not any(t == "AGREE" for _, t, _, _ in events_of(text, D))


def test_the_states_a_party_names_are_the_partners_of_talks() -> None:
    found = events_of("伊朗下周将与欧洲缔约方英国和法国举行会谈。", D)
    pairs = _pairs(found, "CONSULT")
    assert frozenset(("伊朗", "英国")) in pairs and frozenset(("伊朗", "法国")) in pairs
    assert frozenset(("英国", "法国")) not in pairs


def test_concluding_a_treaty_with_someone_is_still_an_agreement() -> None:
    found = events_of("哈萨克斯坦与吉尔吉斯斯坦去年缔约,划定两国边界。", D)
    assert _pairs(found, "AGREE") == {frozenset(("哈萨克斯坦", "吉尔吉斯斯坦"))}


# --- 会 before a verb of going --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "韩国外交部称,朴振会前往东京与日本外相林芳正会谈。",
        "据报道,马克龙会前去柏林与德国总理朔尔茨会晤。",
    ],
)
def test_will_go_to_meet_is_intended(text: str) -> None:
    found = events_of(text, D)
    assert any(t == "CONSULT" and st == "intended" for _, t, _, st in found)
    assert not any(t == "CONSULT" and st == "asserted" for _, t, _, st in found)


def test_before_the_meeting_is_no_intention() -> None:
    found = events_of("会前,朴振在东京与日本外相林芳正会谈。", D)
    assert any(t == "CONSULT" and st == "asserted" for _, t, _, st in found)


# --- the act a condemnation names --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "act", "condemned"),
    [
        (
            "荷兰外交大臣重申对俄罗斯炮击哈尔科夫居民区的强烈谴责。",
            ("俄罗斯", "ASSAULT", "乌克兰"),
            ("荷兰", "ACCUSE", "俄罗斯"),
        ),
        (
            "瑞典首相表达了对以色列空袭黎巴嫩的谴责。",
            ("以色列", "ASSAULT", "黎巴嫩"),
            ("瑞典", "ACCUSE", "以色列"),
        ),
        (
            "挪威外长也呼应对俄罗斯空袭轰炸乌克兰平民的强力谴责。",
            ("俄罗斯", "ASSAULT", "乌克兰"),
            ("挪威", "ACCUSE", "俄罗斯"),
        ),
    ],
)
def test_the_one_condemned_does_the_act(text: str, act: tuple, condemned: tuple) -> None:
    found = {(s, t, o) for s, t, o, _ in events_of(text, D)}
    assert act in found and condemned in found
    speaker = condemned[0]
    assert not any(s == speaker and t == "ASSAULT" for s, t, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "美国对叙利亚空袭引发俄罗斯的强烈谴责。",
        "美国对叙利亚空袭遭到俄罗斯的批评。",
    ],
)
def test_a_condemnation_the_act_provokes_leaves_the_act_its_target(text: str) -> None:
    found = {(s, t, o) for s, t, o, _ in events_of(text, D)}
    assert ("美国", "ASSAULT", "叙利亚") in found
    assert ("叙利亚", "ASSAULT", "俄罗斯") not in found


# --- a trip planned for a day, then the meeting it is for ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "朴振21日将前往东京,与日本外相林芳正会谈。",
        "王毅下周将赴柏林,同德国外长贝尔伯克举行会谈。",
        "韩国外交部称,朴振结束访问美国之后,21日会转到东京,与日本外相林芳正会谈。",
    ],
)
def test_a_meeting_after_a_planned_trip_is_intended(text: str) -> None:
    found = events_of(text, D)
    assert any(t == "CONSULT" and st == "intended" for _, t, _, st in found)
    assert not any(
        t == "CONSULT" and st == "asserted" and o in {"林芳正", "贝尔伯克"} for _, t, o, st in found
    )


@pytest.mark.parametrize(
    "text",
    [
        "朴振21日前往东京,与日本外相林芳正会谈。",
        "朴振昨天会见日本外相林芳正,与其讨论朝鲜问题。",
    ],
)
def test_a_trip_with_no_plan_word_stays_done(text: str) -> None:
    found = events_of(text, D)
    assert any(t == "CONSULT" and st == "asserted" for _, t, _, st in found)


# --- short forms listed with 、 before a title or 等 ----------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "others"),
    [
        ("卢比奥在巴黎与德、英、法外长举行会谈。", "CONSULT", {"德国", "英国", "法国"}),
        ("李在明分别会见美、日、澳领导人。", "CONSULT", {"美国", "日本", "澳大利亚"}),
        ("塞尔维亚外长召见了美、英、法等北约国家大使。", "PROTEST", {"美国", "英国", "法国"}),
    ],
)
def test_short_forms_listed_before_a_title_are_each_a_side(
    text: str, kind: str, others: set[str]
) -> None:
    found = events_of(text, D)
    assert others <= {o for _, t, o, _ in found if t == kind}


@pytest.mark.parametrize(
    "text", ["他能说中、英、法三种语言。", "中、日、韩文字的报纸在这里都能买到。"]
)
def test_short_forms_listed_before_other_words_name_no_sides(text: str) -> None:
    assert not events_of(text, D)


# --- allies named by their region ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("泽连斯基敦促西方盟友加快交付防空系统。", "西方"),
        ("美国国务卿敦促欧洲盟友对伊朗启动快速恢复制裁机制。", "欧洲"),
    ],
)
def test_allies_named_by_their_region_are_asked(text: str, target: str) -> None:
    found = events_of(text, D)
    assert any(t == "REQUEST" and o == target for _, t, o, _ in found)


def test_the_one_whose_allies_are_asked_is_not() -> None:
    found = events_of("伊朗要求以色列的盟友停止向其提供武器。", D)
    assert not any(t == "REQUEST" and o == "以色列" for _, t, o, _ in found)


# --- told on the phone ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("据法新社报道,朔尔茨在电话中告诉普京,德国将继续支持乌克兰。", {"朔尔茨", "普京"}),
        ("白宫说,拜登在通话中告诉石破茂,美日同盟坚如磐石。", {"拜登", "石破茂"}),
    ],
)
def test_told_on_the_phone_is_a_call(text: str, pair: set[str]) -> None:
    found = events_of(text, D)
    assert any(t == "CONSULT" and {s, o} == pair for s, t, o, _ in found)


def test_told_with_no_call_is_no_meeting() -> None:
    found = events_of("朔尔茨告诉记者,德国将继续支持乌克兰。", D)
    assert not any(t == "CONSULT" for _, t, _, _ in found)


# --- the one notified does not act -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "以色列已通知美国,将对伊朗发动报复性打击。",
        "据报道,以色列事先告知美国,将对伊朗发动报复性打击。",
    ],
)
def test_the_one_who_notifies_acts(text: str) -> None:
    found = {(s, t, o) for s, t, o, _ in events_of(text, D)}
    assert ("以色列", "ASSAULT", "伊朗") in found
    assert ("美国", "ASSAULT", "伊朗") not in found


def test_an_act_of_the_one_notified_named_again_is_its_own() -> None:
    found = {
        (s, t, o) for s, t, o, _ in events_of("俄罗斯通知美国,美国必须停止向乌克兰提供武器。", D)
    }
    assert not any(s == "俄罗斯" and t == "AID" for s, t, _ in found)


# --- deep concern --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("美国国务院发言人说,美方对中方的做法“深表关切”。", ("美国", "中国")),
        ("欧盟对以色列扩大定居点表示高度关切。", ("欧盟", "以色列")),
        ("澳大利亚政府对朝鲜再次发射导弹深表担忧。", ("澳大利亚", "朝鲜")),
    ],
)
def test_deep_concern_disapproves(text: str, pair: tuple[str, str]) -> None:
    found = {(s, t, o) for s, t, o, _ in events_of(text, D)}
    assert (pair[0], "ACCUSE", pair[1]) in found
    assert (pair[0], "ASSAULT", pair[1]) not in found


def test_concern_with_nobody_in_focus_names_nobody() -> None:
    found = events_of("这位外长对记者说,他对全球粮食危机深表担忧。", D)
    assert not any(t == "ACCUSE" for _, t, _, _ in found)


# --- told in talks -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("石破茂首相在首脑会谈中向李在明总统表示,日方愿与韩方加强合作。", {"石破茂", "李在明"}),
        ("王毅在会谈中向卢比奥表示,美方应停止打压中国企业。", {"王毅", "鲁比奥"}),
        ("马克龙在电话中向普京提出停火建议。", {"马克龙", "普京"}),
    ],
)
def test_told_in_talks_meets_the_one_told(text: str, pair: set[str]) -> None:
    found = events_of(text, D)
    assert any(t == "CONSULT" and {s, o} == pair for s, t, o, _ in found)


def test_told_the_press_in_talks_meets_nobody() -> None:
    found = events_of("石破茂在会谈后向记者表示,双方取得进展。", D)
    assert not any(t == "CONSULT" for _, t, _, _ in found)


# --- the matter responded to does not go on to act --------------------------------------------


@pytest.mark.parametrize(
    ("text", "act"),
    [
        (
            "中方对斯洛伐克允许台湾设立代表处一事提出强烈抗议,并召回驻斯洛伐克大使。",
            ("中国", "SANCTION", "斯洛伐克"),
        ),
        (
            "中方对菲律宾允许台湾官员过境一事表示强烈不满,并向菲方提出严正交涉。",
            ("中国", "ACCUSE", "菲律宾"),
        ),
    ],
)
def test_the_one_who_responds_goes_on(text: str, act: tuple) -> None:
    found = {(s, t, o) for s, t, o, _ in events_of(text, D)}
    assert act in found
    assert not any(s == "台湾" and t in {"SANCTION", "ACCUSE"} for s, t, _ in found)


def test_an_actor_before_the_matter_still_goes_on() -> None:
    found = {
        (s, t, o)
        for s, t, o, _ in events_of("日本政府宣布对俄罗斯实施制裁,并驱逐八名俄罗斯外交官。", D)
    }
    assert ("日本", "SANCTION", "俄罗斯") in found


# --- an allegation accuses ---------------------------------------------------------------------


def test_an_allegation_accuses_the_one_named() -> None:
    found = {(s, t, o) for s, t, o, _ in events_of("以色列国防部长指称伊朗向胡塞武装提供导弹。", D)}
    assert ("以色列", "ACCUSE", "伊朗") in found
    assert ("伊朗", "AID", "胡塞武装") in found


def test_an_outlet_that_alleges_accuses_nobody() -> None:
    assert not any(t == "ACCUSE" for _, t, _, _ in events_of("据路透社指称,会谈没有取得进展。", D))


# --- envoys deported, in the passive -------------------------------------------------------------


def test_envoys_deported_in_the_passive_are_expelled() -> None:
    found = {(s, t, o) for s, t, o, _ in events_of("两名俄罗斯外交官被瑞典驱逐出境。", D)}
    assert ("瑞典", "SANCTION", "俄罗斯") in found
    assert ("瑞典", "COERCE", "俄罗斯") not in found


def test_other_people_deported_in_the_passive_are_deported() -> None:
    found = {(s, t, o) for s, t, o, _ in events_of("三名中国渔民被印尼驱逐出境。", D)}
    assert not any(t == "SANCTION" for _, t, _ in found)


# --- 欧方 ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("中国驻欧盟使团发言人表示,欧方应停止干涉中国内政。", ("中国", "REQUEST", "欧盟")),
        ("王毅表示,中方愿同欧方加强沟通。", ("中国", "CONSULT", "欧盟")),
    ],
)
def test_the_eu_side_is_the_eu(text: str, act: tuple) -> None:
    assert act in {(s, t, o) for s, t, o, _ in events_of(text, D)}


# --- talks with someone after 对 ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "克里姆林宫发言人说,莫斯科仍对与华盛顿的对话持开放态度。",
        "伊朗对与欧洲的谈判感到乐观。",
    ],
)
def test_talks_with_someone_after_dui_are_the_subjects(text: str) -> None:
    found = events_of(text, D)
    assert any(t == "CONSULT" for _, t, _, _ in found)


def test_a_relative_clause_after_dui_describes_its_head() -> None:
    found = events_of("美国对与俄罗斯做生意的银行实施制裁。", D)
    assert not any(t == "CONSULT" for _, t, _, _ in found)


# --- overseas renderings of leaders' names ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("法国总统马克龙与俄罗斯总统普汀通电话。", {"马克龙", "普京"}),
        ("德国总理肖尔茨会见波兰总理图斯克。", {"朔尔茨", "图斯克"}),
        ("欧盟外交与安全政策高级代表波瑞尔会见王毅。", {"博雷利", "王毅"}),
    ],
)
def test_overseas_renderings_name_the_same_leaders(text: str, pair: set[str]) -> None:
    found = events_of(text, D)
    assert any(t == "CONSULT" and {s, o} == pair for s, t, o, _ in found)
