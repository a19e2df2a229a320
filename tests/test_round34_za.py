"""Round 34 (za): recall of events kg missed entirely on the eight audit33 sets, fixed as
lexicon and gazetteer data where the gap is a word or a name any news page can hit: a tour's
走访, troops sent to help a side fight (派兵协助), 共同努力 as cooperation, the Taiwan press's
names of the Palestinian Authority, and leaders or officials news names by the bare surname.
Sentences are written for the test, with near misses that must stay without an event."""

from __future__ import annotations

import pytest
from sentences import events_of


def _pairs(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text)}


# 走访: a tour visits each country it lists, as 出访 does (wg: 依序走访以色列、…、菲律宾).
@pytest.mark.parametrize(
    "text, events",
    [
        (
            "日本外相茂木敏充依序走访以色列、卡塔尔、菲律宾。",
            {
                ("茂木敏充", "CONSULT", "以色列"),
                ("茂木敏充", "CONSULT", "卡塔尔"),
                ("茂木敏充", "CONSULT", "菲律宾"),
            },
        ),
        (
            "中国外长王毅本周走访越南和柬埔寨。",
            {("王毅", "CONSULT", "越南"), ("王毅", "CONSULT", "柬埔寨")},
        ),
    ],
)
def test_a_tour_visits_each_country_it_names(text, events) -> None:
    assert events <= _pairs(text)


def test_a_visit_to_a_place_names_no_actor() -> None:
    assert not events_of("记者走访了当地的难民营和医院。")


# 派兵协助 / 协助…对抗: troops sent to help a side fight aid that side
# (wd: 蒲隆地已派兵協助民主剛果對抗M23).
@pytest.mark.parametrize(
    "text, event",
    [
        ("布隆迪已派兵协助刚果民主共和国对抗M23。", ("布隆迪", "AID", "刚果民主共和国")),
        ("乍得派兵协助马里政府。", ("乍得", "AID", "马里")),
        ("俄罗斯协助叙利亚对抗反对派武装。", ("俄罗斯", "AID", "叙利亚")),
    ],
)
def test_troops_sent_to_help_a_side_fight_are_aid(text, event) -> None:
    assert event in _pairs(text)


def test_help_with_an_inquiry_stays_no_aid() -> None:
    assert not {e for e in _pairs("日本警方协助韩国调查此案。") if e[1] == "AID"}


# 共同努力: working together toward a goal is cooperation, as 共同应对
# (wf: 两国将共同努力,维护…和平).
@pytest.mark.parametrize(
    "text, event",
    [
        (
            "俄罗斯总统普京与新西兰总理会谈。两国将共同努力,维护地区和世界的和平与稳定。",
            ("俄罗斯", "COOPERATE", "新西兰", "intended"),
        ),
        (
            "中国愿同东盟国家共同努力,推动南海行为准则磋商。",
            ("中国", "COOPERATE", "东盟", "intended"),
        ),
    ],
)
def test_working_together_is_cooperation(text, event) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize(
    "text",
    ["国际社会应共同努力应对气候变化。", "古特雷斯呼吁各方共同努力,实现停火。"],
)
def test_working_together_with_no_named_partner_is_no_event(text) -> None:
    assert not {e for e in _pairs(text) if e[1] == "COOPERATE"}


# The Taiwan press's names of the Palestinian Authority (wg: 巴勒斯坦自治區): a list that names
# it goes on past it, where 自治区 left unread ended the list.
@pytest.mark.parametrize(
    "text, event",
    [
        (
            "日本外相茂木敏充先后访问以色列、巴勒斯坦自治区、卡塔尔和菲律宾。",
            ("茂木敏充", "CONSULT", "卡塔尔"),
        ),
        ("美国向以色列、巴勒斯坦自治政府和埃及派出特使。", ("美国", "CONSULT", "埃及")),
        ("以色列、巴勒斯坦自治区、约旦三方举行会谈。", ("巴勒斯坦", "CONSULT", "约旦")),
    ],
)
def test_palestinian_authority_in_taiwan_press(text, event) -> None:
    assert event in _pairs(text)


# Leaders and officials named by the bare surname (wf, wi: 纳扎尔巴耶夫; wd: 穆塔基; wi: 索加瓦雷).
@pytest.mark.parametrize(
    "text, event",
    [
        ("托卡耶夫赞扬纳扎尔巴耶夫对两国关系作出的贡献。", ("托卡耶夫", "SUPPORT", "纳扎尔巴耶夫")),
        ("穆塔基谴责巴基斯坦的空袭。", ("穆塔基", "ACCUSE", "巴基斯坦")),
        ("索加瓦雷会见了澳大利亚外长。", ("索加瓦雷", "CONSULT", "澳大利亚")),
        ("穆尔西批评以色列。", ("穆尔西", "ACCUSE", "以色列")),
        ("阿库福-阿多呼吁马里军政府尽快举行选举。", ("阿库福-阿多", "REQUEST", "马里")),
        ("卡纳尼谴责美国的制裁。", ("卡纳尼", "ACCUSE", "美国")),
        ("格鲁什科批评北约。", ("格鲁什科", "ACCUSE", "北约")),
        ("马西莫夫会见了中国外长王毅。", ("马西莫夫", "CONSULT", "王毅")),
        ("兰斯伯吉斯敦促欧盟拒绝俄罗斯新任大使。", ("兰斯伯吉斯", "REQUEST", "欧盟")),
    ],
)
def test_leaders_named_by_the_bare_surname(text, event) -> None:
    assert event in _pairs(text)


def test_a_bare_name_resolves_a_later_pronoun() -> None:
    text = (
        "日本外务大臣茂木敏充今天与菲律宾外交部长会谈。而茂木这次访问马尼拉,也代表他这次出访迈入尾声。"
        "他从本月10日起出国访问,依序走访以色列、卡塔尔、菲律宾。"
    )
    assert ("茂木敏充", "CONSULT", "卡塔尔") in _pairs(text)


# 对|与X有关的船只|进行攻击: the 对 governs the owner of a thing tied to an actor, as in
# 对以色列船只进行攻击 (wa: 將繼續對紅海航線上與以色列相關聯的船只進行攻擊).
@pytest.mark.parametrize(
    "text, event",
    [
        ("胡塞武装将继续对与以色列有关的船只进行攻击。", ("胡塞武装", "ASSAULT", "以色列")),
        (
            "胡塞武装将继续对红海航线上与以色列相关联的船只进行攻击。",
            ("胡塞武装", "ASSAULT", "以色列"),
        ),
        ("以色列对与哈马斯有关的目标发动空袭。", ("以色列", "ASSAULT", "哈马斯")),
    ],
)
def test_a_thing_tied_to_an_actor_after_dui(text, event) -> None:
    assert event in _pairs(text)


def test_a_matter_tied_to_an_actor_is_no_target() -> None:
    assert not events_of("中国对与台湾有关的问题表示关切。")


# 降低/下调/调降/削减…关税 with the target inside the tariff phrase (降低对中国电动汽车征收的关税:
# wi): the cut concedes to that country, as 提高…关税 imposes on it.
@pytest.mark.parametrize(
    "text, event",
    [
        ("欧盟委员会决定降低对中国电动汽车征收的关税。", ("欧盟委员会", "CONCEDE", "中国")),
        ("美国宣布降低对中国商品的关税。", ("美国", "CONCEDE", "中国")),
        ("美国同意下调对越南商品的关税。", ("美国", "CONCEDE", "越南")),
        ("美国宣布调降对台湾商品的关税。", ("美国", "CONCEDE", "台湾")),
        ("美国同意削减对中国商品的关税。", ("美国", "CONCEDE", "中国")),
    ],
)
def test_tariff_cuts_concede_to_the_country_inside(text, event) -> None:
    assert event in _pairs(text)


def test_a_tariff_cut_on_goods_names_no_country() -> None:
    assert not events_of("中国降低了进口汽车的关税。")


# 干预…内政 is the charge 干涉…内政 is (wg: 加拿大外交官員干預內政事務).
def test_meddling_in_internal_affairs_is_a_charge() -> None:
    text = "印度外交部说,加拿大外交官干预印度内政事务。"
    assert ("印度外交部", "ACCUSE", "加拿大") in _pairs(text)


# An envoy or a mission's staff expelled with no expeller named: the host after 驻 expels the
# state they serve (wi: 俄羅斯駐立陶宛大使館一名工作人員被驅逐).
@pytest.mark.parametrize(
    "text, event",
    [
        ("俄罗斯驻立陶宛大使馆一名工作人员被驱逐。", ("立陶宛", "SANCTION", "俄罗斯")),
        ("俄罗斯驻爱沙尼亚大使馆的一名外交官被驱逐出境。", ("爱沙尼亚", "SANCTION", "俄罗斯")),
        ("两名中国驻荷兰外交官被驱逐。", ("荷兰", "SANCTION", "中国")),
    ],
)
def test_agentless_expulsion_is_the_hosts(text, event) -> None:
    assert event in _pairs(text)


@pytest.mark.parametrize("text", ["两名中国公民被驱逐出境。", "日本驻华大使馆一名工作人员被拘留。"])
def test_no_host_expels_without_a_posted_envoy(text) -> None:
    assert not {e for e in _pairs(text) if e[1] == "SANCTION"}


# A charge denied or rebutted was made: its owner accuses the one who denies it
# (wg: 印度一直否認杜魯多的指控).
@pytest.mark.parametrize(
    "text, event",
    [
        ("印度一直否认特鲁多的指控。", ("特鲁多", "ACCUSE", "印度")),
        ("俄罗斯驳斥了美国的指控。", ("美国", "ACCUSE", "俄罗斯")),
        ("中方驳斥美方的无端指责。", ("美国", "ACCUSE", "中国")),
    ],
)
def test_a_denied_charge_was_made(text, event) -> None:
    assert event in _pairs(text)


@pytest.mark.parametrize("text", ["伊朗否认了以色列的说法。", "日方否认这一指控。"])
def test_a_denied_claim_is_no_charge(text) -> None:
    assert not {e for e in _pairs(text) if e[1] == "ACCUSE"}
