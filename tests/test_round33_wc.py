"""Round 33, helper wc: Chinese foreign- and defence-ministry briefings, leaders' calls and
visits (sentences written for the tests, in the style of the audit pages)."""

from tests.data.sentences import events_of, roles_of


def test_posts_listed_before_a_known_spokesman_are_his_ministry() -> None:
    """国防部新闻局副局长、国防部新闻发言人|张晓刚: the bare 国防部 before the list of posts
    is the ministry of the spokesman the list runs on to, not of the country the headline named
    (日方), so his role is in China's ministry of defence."""
    text = (
        "国防部敦促日方停止挑衅\n"
        "11月16日下午,国防部新闻局副局长、国防部新闻发言人张晓刚大校就近期涉军问题发布消息。"
    )
    roles = roles_of(text)
    assert roles and {org for _, org, _ in roles} == {"中国国防部"}


def test_a_post_list_broken_by_a_comma_is_left_to_the_old_rules() -> None:
    """The near miss: 国防部 then a comma: no list of one person's posts follows the ministry,
    so the new rule gives it no home (the role of the spokesman named after it still does)."""
    text = "日方宣布新的防卫计划。国防部对此回应,新闻局副局长张晓刚说,中方坚决反对。"
    assert roles_of(text) == {("张晓刚", "中国", "副局长")}


def test_the_new_defence_spokesmen_speak_for_china() -> None:
    """蒋斌 and 谭克非, the defence ministry's spokesmen, are in the gazetteer: 我们 in their
    answer is China's ministry, so 我们敦促菲方 is a demand on the Philippines, not a
    Philippine ministry asking its own country."""
    events = events_of(
        "菲律宾拉拢域外国家开展联合巡航。国防部新闻发言人蒋斌说,我们敦促菲方停止侵权挑衅。"
    )
    assert any(e[1] == "REQUEST" and e[2] == "菲律宾" for e in events)
    events = events_of(
        "美国批准对台军售。国防部新闻发言人谭克非表示,我们奉劝美方停止与台湾的军事联系。"
    )
    assert any(e[1] == "REQUEST" and e[2] == "美国" for e in events)


def test_the_defence_spokesman_title_is_one_title() -> None:
    """国防部新闻发言人 is the title the ministry uses (titles.tsv), so the ministry of a known
    spokesman is his country's even after another country was named."""
    text = "菲律宾拉拢域外国家开展联合巡航。国防部新闻发言人张晓刚说,中方坚决反对。"
    assert ("张晓刚", "中国国防部") in {(p, o) for p, o, _ in roles_of(text)}
