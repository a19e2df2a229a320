"""Round 34, helper yo: the Taiwan and Hong Kong press on cross-strait and Hong Kong affairs
(陆委会 and 国台办 exchanges, 海基会/海协会, the Hong Kong government and the MFA's office against
foreign states), in traditional-script sentences written for the tests in the style of those
pages."""

from tests.data.sentences import events_of, roles_of


def test_a_bracketed_day_after_a_name_is_no_letter_of_it() -> None:
    """發言人范麗青今（25）日…: the Taiwan press brackets the day after 今/昨, and jieba joins the
    今 to the name; the name is the three letters before it (words.tsv glued_time)."""
    text = "國台辦發言人范麗青今（25）日在例行記者會上批評陸委會。"
    assert ("范丽青", "ACCUSE", "大陆委员会", "asserted") in events_of(text)
    assert ("范丽青", "国务院台湾事务办公室", "发言人") in roles_of(text)
    text = "國台辦發言人范麗青昨（24）日批評陸委會。"
    assert ("范丽青", "ACCUSE", "大陆委员会", "asserted") in events_of(text)


def test_pan_hopes_as_xiwang_does() -> None:
    """盼國台辦未來謹慎對台發言: the one-letter 盼 of the Taiwan and Hong Kong press asks as
    希望 does (REQUEST), and the speaker of the sentence before is the one who asks."""
    text = "陸委會主委邱太三表示，這樣的發言非常不得體，盼國台辦未來謹慎對台發言。"
    events = events_of(text)
    assert any(e[1] == "REQUEST" and e[2] == "国务院台湾事务办公室" for e in events)


def test_zhuwei_heads_a_taiwan_council() -> None:
    """陸委會主委邱太三: 主委 (主任委員) is the post of the head of a Taiwan council."""
    text = "陸委會主委邱太三今天在立法院受訪時表示，國台辦應服務兩岸人民。"
    assert ("邱太三", "大陆委员会", "主委") in roles_of(text)


def test_cross_strait_exchanges_as_a_field_of_policy_are_no_contact() -> None:
    """要陸委會多做有利於推進兩岸交流的事: 兩岸交流 names a field of policy, no contact
    between the mainland and Taiwan; the demand on the council stays."""
    text = "大陸國台辦批評台灣陸委會，要陸委會「回歸正業」、多做有利於推進兩岸交流的事。"
    events = events_of(text)
    assert not any(e[1] == "CONSULT" for e in events)
    assert ("国务院台湾事务办公室", "ACCUSE", "大陆委员会", "asserted") in events


def test_hong_kong_offices_under_their_press_names() -> None:
    """駐港國家安全公署 (the OSNS) and 外交部駐港特派員公署 as the Hong Kong press names them."""
    events = events_of("駐港國家安全公署發言人強烈譴責美方。")
    assert ("中央人民政府驻香港特别行政区维护国家安全公署", "ACCUSE", "美国", "asserted") in events
    events = events_of("外交部駐港特派員公署發言人強烈譴責美方。")
    assert ("外交部驻香港特别行政区特派员公署", "ACCUSE", "美国", "asserted") in events


def test_the_commissioner_is_a_post_before_his_name() -> None:
    """中國外交部香港特派員崔建春約見…: 特派員 is a post, so the commissioner summons the consul
    general, not 香港 named inside his title."""
    text = "中國外交部香港特派員崔建春約見美國駐港總領事，提出嚴正交涉。"
    events = events_of(text)
    assert any(e[0] == "崔建春" and e[1] == "PROTEST" for e in events)
    assert not any(e[0] == "香港" for e in events)


def test_cross_strait_and_hong_kong_figures_named_without_a_title() -> None:
    """陳方安生 (four letters, a double family name) and 張志軍 are known people: without a
    title before them they are still actors."""
    assert ("美国", "CONSULT", "陈方安生", "asserted") in events_of("美國駐港總領事會晤陳方安生。")
    assert ("张志军", "ACCUSE", "海峡交流基金会", "asserted") in events_of(
        "海協會長張志軍批評海基會。"
    )


def test_the_separatist_forces_are_a_named_group() -> None:
    """縱容支持台獨勢力, 為「台獨」勢力撐腰: 台獨勢力 is a named group (organizations.tsv TAIDU), in
    the corner brackets of the Taiwan press too, that a state backs (SUPPORT), as the gold of
    the Taiwan pages reads it."""
    assert ("美国", "SUPPORT", "台独势力", "asserted") in events_of("美國縱容支持台獨勢力。")
    text = "美方為「台獨」分裂勢力撐腰打氣。"
    assert ("美国", "SUPPORT", "台独势力", "asserted") in events_of(text)
    # the near miss: bare 台獨, the cause, is no group
    events = events_of("國民黨堅持九二共識、反對台獨。")
    assert not any("台独" in e[2] for e in events)
