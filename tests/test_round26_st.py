"""Round 26 (st): status errors of recurring classes.

- An act named as the object of a verb that ends it (words.tsv ending: 结束, 停止, 取消, 解除,
  放松…) is going on: what a hope, plan or condition is about is its end, so the act itself
  is asserted (希望俄乌结束战争, 如果日本取消对韩国的出口管制, 不然不会放松对朝制裁). A visit or
  talks called off, a deal and the easing itself keep the status their clause gives.
- "No right to do it" (没有资格, 没有权力) judges an act done or claimed: no negation of it.

Sentences are written for these tests, in the style of wire reports.
"""

from __future__ import annotations

import pytest
from sentences import events_of


@pytest.mark.parametrize(
    "text, event",
    [
        # (the war named after the verb: sides that end their own war, 以色列与哈马斯在年底前
        # 结束战争, report none, as b1d-05's and c2d-1's golds read it; round 35 qv)
        ("美国希望在年底前结束以色列与哈马斯的战争。", ("以色列", "ASSAULT", "哈马斯", "asserted")),
        (
            "胡塞武装称,只有加沙停火才会结束对以色列的袭击。",
            ("胡塞武装", "ASSAULT", "以色列", "asserted"),
        ),
        (
            "首相表示,如果美国取消对日本的出口管制措施,日方将重新考虑。",
            ("美国", "SANCTION", "日本", "asserted"),
        ),
        ("欧盟要求伊朗停止浓缩铀,不然不会放松对伊制裁。", ("欧盟", "SANCTION", "伊朗", "asserted")),
        ("俄罗斯同意结束对乌克兰的军事行动。", ("俄罗斯", "ASSAULT", "乌克兰", "asserted")),
        (
            "如果以色列停止对黎巴嫩的空袭,真主党将撤出边境。",
            ("以色列", "ASSAULT", "黎巴嫩", "asserted"),
        ),
    ],
)
def test_an_act_whose_end_is_hoped_or_supposed_goes_on(text, event) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize(
    "text, event",
    [
        # the easing itself keeps the status of its clause
        (
            "首相表示,如果美国取消对日本的出口管制措施,日方将重新考虑。",
            ("美国", "CONCEDE", "日本", "hypothetical"),
        ),
        ("美国将放松对伊朗的制裁。", ("美国", "CONCEDE", "伊朗", "intended")),
        # a visit called off never took place
        ("普京将取消对土耳其的访问。", ("普京", "CONSULT", "土耳其", "negated")),
        # no verb of ending: a new measure planned or supposed stays so
        ("美国将对伊朗实施新的制裁。", ("美国", "SANCTION", "伊朗", "intended")),
        ("如果美国对中国实施制裁,中国将坚决反击。", ("美国", "SANCTION", "中国", "hypothetical")),
        # a planned end of strikes named with their target: the strikes are under way (the
        # nominal-events pass: only the ending is planned), as with 希望…结束战争 above
        ("以色列表示将停止对加沙的空袭。", ("以色列", "ASSAULT", "加沙", "asserted")),
    ],
)
def test_near_misses_keep_their_status(text, event) -> None:
    assert event in events_of(text)


def test_an_act_planned_after_an_ending_verb_of_another_clause_stays_planned() -> None:
    events = events_of("美国结束了对古巴的封锁,并将对委内瑞拉实施新的制裁。")
    assert ("美国", "SANCTION", "委内瑞拉", "intended") in events


@pytest.mark.parametrize(
    "text, event",
    [
        ("外长强调安理会没有权力要求日本撤回决定。", ("安理会", "REQUEST", "日本", "asserted")),
        ("发言人说,英国没有资格对中国横加指责。", ("英国", "ACCUSE", "中国", "asserted")),
    ],
)
def test_no_right_to_do_it_is_no_negation(text, event) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize(
    "text, event",
    [
        ("英国没有对中国横加指责。", ("英国", "ACCUSE", "中国", "negated")),
        ("中方没有要求日本道歉。", ("中国", "REQUEST", "日本", "negated")),
    ],
)
def test_a_plain_negation_still_negates(text, event) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize(
    "text, event",
    [
        # an adjective with 不 in it describes, it negates nothing
        ("伊朗以身体不适为由回绝了美国的邀请。", ("伊朗", "REJECT", "美国", "asserted")),
        # the act inside 因…而 is the cause; the negation is of the verb after 而
        ("美国对朝鲜的政策并没有因美朝会晤而改变。", ("美国", "CONSULT", "朝鲜", "asserted")),
    ],
)
def test_a_negation_that_is_not_of_the_act(text, event) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize(
    "text, event",
    [
        ("伊朗回绝了美国的邀请,因为它不适合谈判。", ("伊朗", "REJECT", "美国", "asserted")),
        # the act after 而 keeps the negation before 因
        ("美国没有因此而制裁伊朗。", ("美国", "SANCTION", "伊朗", "negated")),
        ("美国并没有因伊朗的挑衅而制裁伊朗。", ("美国", "SANCTION", "伊朗", "negated")),
    ],
)
def test_near_misses_of_the_cause_frame(text, event) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize(
    "text, event",
    [
        (
            "布林肯计划下周前往中东,并会见内塔尼亚胡。",
            ("布林肯", "CONSULT", "内塔尼亚胡", "intended"),
        ),
        ("马克龙将于下月抵达北京,随后会见习近平。", ("马克龙", "CONSULT", "习近平", "intended")),
        ("朔尔茨将于8日启程,对印度进行国事访问。", ("朔尔茨", "CONSULT", "印度", "intended")),
        (
            "欧盟酝酿在下一届峰会时通过决议,对伊朗施加进一步制裁。",
            ("欧盟", "SANCTION", "伊朗", "intended"),
        ),
    ],
)
def test_the_next_step_of_a_plan_is_planned(text, event) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize(
    "text, event",
    [
        # the trip was made: the step after it was too
        ("布林肯上周前往中东,并会见内塔尼亚胡。", ("布林肯", "CONSULT", "内塔尼亚胡", "asserted")),
        # 对此 opens a topic with a subject of its own
        ("美国将于下周公布报告,对此中方表示强烈反对。", ("中国", "ACCUSE", "美国", "asserted")),
    ],
)
def test_near_misses_of_a_plan_step(text, event) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize(
    "text, event",
    [
        ("日本和韩国表示将继续留在自贸协定内。", ("日本", "AGREE", "韩国", "asserted")),
        (
            "埃及和以色列发表声明,将继续遵守和平条约,并决心保证该协议的落实。",
            ("埃及", "AGREE", "以色列", "asserted"),
        ),
    ],
)
def test_a_deal_stayed_in_or_carried_out_was_made(text, event) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize(
    "text, event",
    [
        ("美国和伊朗将推动协议的达成。", ("美国", "AGREE", "伊朗", "intended")),
        ("日本和韩国将签署自贸协定。", ("日本", "AGREE", "韩国", "intended")),
    ],
)
def test_a_deal_to_be_reached_stays_intended(text, event) -> None:
    assert event in events_of(text)


def test_jiangjin_is_nearly_no_plan() -> None:
    events = events_of("日本向菲律宾提供了将近10亿美元的援助。")
    assert ("日本", "AID", "菲律宾", "asserted") in events
    assert ("日本", "AID", "菲律宾", "intended") not in events


@pytest.mark.parametrize(
    "text, event",
    [
        ("日本将近期对朝鲜实施制裁。", ("日本", "SANCTION", "朝鲜", "intended")),
        ("菲律宾总统将近日访问日本。", ("菲律宾", "CONSULT", "日本", "intended")),
    ],
)
def test_jiang_before_a_near_time_is_still_a_plan(text, event) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize(
    "text, event",
    [
        (
            "如果按照这样的逻辑,日本向美国出口汽车也成了恩惠。",
            ("日本", "COOPERATE", "美国", "asserted"),
        ),
        ("若以这样的标准,美国也制裁了伊朗。", ("美国", "SANCTION", "伊朗", "asserted")),
    ],
)
def test_a_condition_that_names_a_measure_supposes_nothing(text, event) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize(
    "text, event",
    [
        ("若以色列袭击伊朗,伊朗将报复。", ("以色列", "ASSAULT", "伊朗", "hypothetical")),
        (
            "如果按照协议,以色列将释放巴勒斯坦囚犯。",
            ("以色列", "RETREAT", "巴勒斯坦", "hypothetical"),
        ),
    ],
)
def test_near_misses_of_a_measure_frame_stay_conditions(text, event) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize(
    "text, event",
    [
        # 立即将/随即将: at once, and 将 is 把 (no 即将 "about to")
        ("美国随即将伊朗外交官驱逐出境。", ("美国", "SANCTION", "伊朗", "asserted")),
        (
            "王毅立即将两人的对话截图转发给布林肯，指责布林肯选择离开。",
            ("王毅", "ACCUSE", "布林肯", "asserted"),
        ),
        # a 将 that is 把 before a verb of passing on plans nothing for the clause after it
        (
            "美国将伊朗的报告转交给联合国,并指责伊朗违反协议。",
            ("美国", "ACCUSE", "伊朗", "asserted"),
        ),
    ],
)
def test_a_ba_jiang_plans_nothing(text, event) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize(
    "text, event",
    [
        ("美国立即将对伊朗实施制裁。", ("美国", "SANCTION", "伊朗", "intended")),
        ("美国将对伊朗实施制裁,并指责伊朗违反协议。", ("美国", "ACCUSE", "伊朗", "intended")),
        ("美国将发给伊朗一封信,并指责伊朗违反协议。", ("美国", "ACCUSE", "伊朗", "intended")),
    ],
)
def test_a_jiang_of_will_still_plans(text, event) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize(
    "text, event",
    [
        ("从未参战的瑞典加入了北约。", ("瑞典", "COOPERATE", "北约", "asserted")),
        ("原本不支持制裁的匈牙利批评了俄罗斯。", ("匈牙利", "ACCUSE", "俄罗斯", "asserted")),
    ],
)
def test_a_negation_describing_the_doer_does_not_reach_its_act(text, event) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize(
    "text, event",
    [
        ("芬兰不加入北约。", ("芬兰", "COOPERATE", "北约", "negated")),
        ("美国从未对伊朗的盟友叙利亚实施制裁。", ("美国", "SANCTION", "叙利亚", "negated")),
        ("美国不会对中国的华为实施制裁。", ("美国", "SANCTION", "华为", "negated")),
    ],
)
def test_a_negation_across_an_owner_still_reaches(text, event) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize(
    "text, event",
    [
        (
            "我怕家人会像之前普京威胁泽连斯基的那样遭到报复。",
            ("普京", "THREATEN", "泽连斯基", "asserted"),
        ),
        ("中国不会像美国制裁伊朗那样对待朝鲜。", ("美国", "SANCTION", "伊朗", "asserted")),
    ],
)
def test_an_act_a_comparison_points_to_happened(text, event) -> None:
    assert event in events_of(text)


def test_the_verb_after_a_comparison_keeps_its_cues() -> None:
    assert ("中国", "SANCTION", "伊朗", "negated") in events_of("中国不会制裁伊朗。")
    events = events_of("美国好像要制裁伊朗一样。")
    assert ("美国", "SANCTION", "伊朗", "asserted") not in events


@pytest.mark.parametrize(
    "text, event",
    [
        ("那日本为什么要答应美国的要求呢？", ("日本", "AGREE", "美国", "asserted")),
        ("美国为何要制裁古巴？", ("美国", "SANCTION", "古巴", "asserted")),
    ],
)
def test_asking_why_takes_the_act_for_granted(text, event) -> None:
    assert event in events_of(text)


def test_a_plain_yao_is_still_a_plan() -> None:
    assert ("日本", "AGREE", "美国", "intended") in events_of("日本要答应美国的要求。")
