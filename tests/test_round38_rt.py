"""Round 38 (rt): missed events against the first golds (annotated before their annotators saw
kg's output) where kg found both actors of the sentence and output nothing between them. The
sentences are written for the tests in the constructions the pages used."""

from __future__ import annotations

from tests.data.sentences import events_of

# -- 1. worry stressed, or said strongly as a verb ---------------------------------------------


def test_worry_stressed_about_an_actors_deed_criticises_it() -> None:
    """强调了对X…的担忧 criticises X as 表示对X…的担忧 does (qh-03)."""
    text = "日本外相强调了对朝鲜发射导弹及与俄罗斯军事合作的担忧。"
    assert ("日本", "ACCUSE", "朝鲜", "asserted") in events_of(text)


def test_worry_said_strongly_as_a_verb_criticises_the_actor_after_it() -> None:
    """华府强烈忧虑中方支持…: Washington criticises China (ql-11)."""
    text = "美国国务卿说，美国强烈忧虑中方支持俄罗斯国防工业。"
    assert ("美国", "ACCUSE", "中国", "asserted") in events_of(text)


# -- 2. a 对-phrase with 的 opening a said clause, its act counted ------------------------------


def test_act_counted_after_a_light_verb_is_still_the_speakers() -> None:
    """X表示,对Y的…发动4次袭击: the 对-phrase is the light verb's coverb, as with 发动袭击;
    a count or 了 between 发动 and 袭击 does not make the phrase the clause's subject (nc-09)."""
    text = "胡塞武装表示，截至星期三，对美军在红海的航母战斗群发动4次袭击。"
    assert ("胡塞武装", "ASSAULT", "美军", "asserted") in events_of(text)
    text = "胡塞武装称，对美军的航母发动了袭击。"
    assert ("胡塞武装", "ASSAULT", "美军", "asserted") in events_of(text)
    # 对俄国的新一轮制裁|可能无法通过: a noun phrase subject keeps the speaker out
    assert events_of("泽连斯基表示，对俄国的新一轮制裁可能无法通过。") == set()


# -- 3. a demand that opens its clause right after a condemnation, a criticism or a contact ----


def test_demand_after_a_condemnation_asks_the_condemned() -> None:
    """谴责X…,要求立刻释放…: the condemned side is asked (nb-01, qd)."""
    text = "西非经济共同体严正谴责几内亚比绍发生的军事接管行动，要求立刻释放总统和被拘留的官员。"
    assert ("西非国家经济共同体", "REQUEST", "几内亚比绍", "asserted") in events_of(text)
    # 呼吁国际社会…促使以方停止: put to the international community, asks no one condemned
    text = "黎巴嫩总理萨拉姆谴责以色列持续攻击，呼吁国际社会立即采取行动促使以方停止侵略行径。"
    assert not {e for e in events_of(text) if e[1] == "REQUEST"}
    # 反对X采取单方面行动,呼吁…: an act opposed, its doer not singled out (fresh22 dev)
    text = "中方反对普里什蒂纳临时自治机构采取单方面行动，呼吁将组建塞族城市联盟的义务落到实处。"
    assert not {e for e in events_of(text) if e[1] == "REQUEST"}


def test_demand_after_a_criticism_asks_the_criticised() -> None:
    """批评日本渲染操弄,敦促勿玩弄…: Japan is urged (ql-05)."""
    text = "中方批评日本渲染操弄，敦促勿玩弄政治把戏。"
    assert ("中国", "REQUEST", "日本", "asserted") in events_of(text)
    # 质疑与北京声称期望…: a demand word inside a clause with its own speaker is not carried
    text = "他又说，华府强烈忧虑中方支持俄罗斯国防工业，质疑与北京声称期望达致和平有所矛盾。"
    assert not {e for e in events_of(text) if e[1] == "REQUEST"}


def test_demand_after_a_contact_asks_the_one_contacted() -> None:
    """联络阿斯麦,要求立即停止…: ASML is asked (yn-05)."""
    text = "美国官员联络荷兰晶片制造商阿斯麦，要求立即停止向中国出口光刻机。"
    assert ("美国", "REQUEST", "阿斯麦", "asserted") in events_of(text)


# -- 4. 召唤, the Taiwan and Hong Kong press's word for summoning an envoy ----------------------


def test_an_envoy_summoned_with_zhaohuan_is_protested_to() -> None:
    """英國召喚中國大使抗議: as 召见 (qj-06)."""
    text = "英國政府今天召喚中國駐倫敦大使表達抗議。"
    assert ("英国", "PROTEST", "中国", "asserted") in events_of(text)


# -- 5. 贬抑, belittling, as 贬低 -----------------------------------------------------------------


def test_belittling_suffered_is_the_belittlers_criticism() -> None:
    """一直遭到川普政府的贬抑: the US criticises Petro (nb-11)."""
    text = "哥伦比亚总统裴卓长期以来一直遭到美国政府的贬抑。"
    assert ("美国", "ACCUSE", "佩特罗", "asserted") in events_of(text)
