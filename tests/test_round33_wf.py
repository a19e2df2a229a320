"""Round 33, helper wf: constructions that recurred on fresh pages about the EU and its members,
Latin American diplomacy, Gulf mediation, the Arctic, Russia–Central Asia and the Pacific
(sentences written for the tests, in the style of those pages)."""

import json

from click.testing import CliRunner

from kg.cli import cli
from tests.data.sentences import events_of


def test_envoys_told_to_withdraw_from_the_host_are_expelled() -> None:
    """要求X的外交人员从委内瑞拉撤出: envoys told to pull out are expelled, as with 撤离/离境;
    the order asks nothing besides, even when the ministry expels and the state asks."""
    events = events_of("玻利维亚外交部要求秘鲁的外交人员从玻利维亚撤出。")
    assert ("玻利维亚外交部", "SANCTION", "秘鲁", "asserted") in events
    assert not any(e[1] == "REQUEST" for e in events)
    # the near miss: troops that pull out of a place withdraw from it
    events = events_of("以军从黎巴嫩撤出。")
    assert any(e[1] == "RETREAT" for e in events)
    assert not any(e[1] == "SANCTION" for e in events)


def test_the_envoys_of_these_countries_are_each_countrys_envoys() -> None:
    """从阿根廷、智利等国召回外交人员,同时要求这些国家的外交人员撤出: each member of the
    group word 这些国家 has its envoys expelled, not the last one only."""
    events = events_of(
        "尼加拉瓜外交部宣布从哥斯达黎加、巴拿马等国召回外交人员,"
        "同时要求这些国家的外交人员从尼加拉瓜撤出。"
    )
    for state in ("哥斯达黎加", "巴拿马"):
        assert any(e[1] == "SANCTION" and e[2] == state for e in events), state
    assert not any(e[1] == "REQUEST" for e in events)


def test_a_name_after_a_title_ends_before_the_light_verb_jinxing() -> None:
    """阿尔及利亚总统特本进行通话: 进行 opens the act, so the name is 特本, not 特本进."""
    events = events_of("法国总统马克龙和阿尔及利亚总统特本进行通话。")
    assert ("马克龙", "CONSULT", "特本", "asserted") in events
    assert not any("特本进" in (e[0], e[2]) for e in events)
    events = events_of("乌兹别克斯坦总统米尔济约耶夫与土库曼斯坦总统卡德罗夫进行会谈。")
    assert not any(e[2].endswith("进") or e[0].endswith("进") for e in events)


def test_a_long_transliterated_name_split_in_three_tokens_stays_whole(tmp_path) -> None:
    """所长朱拉夫列夫认为: jieba cuts 朱|拉夫|列夫; the name is all five letters."""
    page = tmp_path / "zhuravlev.txt"
    page.write_text(
        "来源：x\n\n标题\n俄地区政治研究所所长朱拉夫列夫认为,哈萨克斯坦总统将访问俄罗斯。\n"
    )
    result = CliRunner().invoke(cli, ["extract", str(page)])
    assert result.exit_code == 0, result.output
    people = {json.loads(line)["subject"]["label"] for line in result.output.splitlines()}
    assert "朱拉夫列夫" in people
    assert "朱拉夫" not in people


def test_a_six_letter_name_found_after_a_title_is_known_when_named_bare() -> None:
    """丹麦首相弗雷德里克森…。弗雷德里克森批评…: transliterated names run to six letters; the
    bare name later in the article is the same person."""
    events = events_of("丹麦首相弗雷德里克森发表声明。弗雷德里克森批评美国。")
    assert ("弗雷德里克森", "ACCUSE", "美国", "asserted") in events
    events = events_of("乌兹别克斯坦总统米尔济约耶夫出席会议。普京赞扬米尔济约耶夫。")
    assert ("普京", "SUPPORT", "米尔济约耶夫", "asserted") in events


def test_respect_expressed_to_someone_praises_them() -> None:
    """表达了对…纳扎尔巴耶夫的敬意: respect shown to a person is praise (as 致敬)."""
    events = events_of("俄罗斯总统普京表达了对哈萨克斯坦首任总统托卡耶夫的敬意。")
    assert ("普京", "SUPPORT", "托卡耶夫", "asserted") in events
    # the near miss: respect for a thing names no one
    assert not any(e[1] == "SUPPORT" for e in events_of("普京表达了对和平事业的敬意。"))


def test_a_figurative_blow_and_a_groups_supporters_are_no_events() -> None:
    """对乌克兰及其支持者造成打击: a blow dealt by a veto is harm, no strike; 支持者 names
    people, no act of support."""
    events = events_of("匈牙利总理欧尔班否决了援助方案,对乌克兰及其支持者造成打击。")
    assert not any(e[1] in {"ASSAULT", "SUPPORT"} for e in events)
    assert not any(e[1] == "ASSAULT" for e in events_of("美国的关税对中国出口造成沉重打击。"))
    # the near miss: a strike carried out stays one
    assert any(e[1] == "ASSAULT" for e in events_of("以军对哈马斯目标进行打击。"))


def test_refusing_to_rule_out_force_refuses_nothing() -> None:
    """拒绝排除以武力夺取格陵兰的可能性: as 不排除, what is not ruled out is intended."""
    events = events_of("美国总统特朗普拒绝排除以武力夺取格陵兰的可能性。")
    assert not any(e[1] == "REJECT" for e in events)
    assert not any(e[3] == "negated" for e in events)


def test_linking_two_things_in_thought_is_no_contact() -> None:
    """将格陵兰与委内瑞拉联系起来: a link made in words, no contact between the two."""
    events = events_of("丹麦首相批评美国总统将格陵兰与委内瑞拉联系起来。")
    assert not any(e[1] == "CONSULT" for e in events)
    assert any(e[1] == "CONSULT" for e in events_of("美国与伊朗保持联系。"))


def test_a_list_closed_by_a_count_and_a_region_noun_acts_member_by_member() -> None:
    """阿根廷、智利、秘鲁等7个拉美地区国家不承认…: the states listed act, not the region, also
    when a count (等7个) and 地区 stand between the list and 国家."""
    events = events_of("乌拉圭、巴拉圭、巴拿马等5个拉美地区国家谴责尼加拉瓜。")
    for state in ("乌拉圭", "巴拉圭", "巴拿马"):
        assert (state, "ACCUSE", "尼加拉瓜", "asserted") in events, state
    assert not any(e[0] == "拉美" for e in events)
    events = events_of("德国、法国等十几个欧洲国家谴责俄罗斯。")
    assert ("德国", "ACCUSE", "俄罗斯", "asserted") in events
    assert not any(e[0] == "欧洲" for e in events)


def test_a_refused_pullout_stays_a_negated_withdrawal() -> None:
    """拒不撤出/拒绝撤离: now that 撤出 reads envoys first, a refused pullout of troops is still
    the refusal plus the withdrawal negated."""
    events = events_of("以色列拒绝撤离黎巴嫩南部。")
    assert ("以色列", "REJECT", "黎巴嫩", "asserted") in events
    assert ("以色列", "RETREAT", "黎巴嫩", "negated") in events
