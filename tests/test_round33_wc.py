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


def test_an_otherwise_clause_that_foretells_a_fall_is_a_threat() -> None:
    """否则只能是跳得越高、摔得越狠, 否则只会自食苦果: what the spokesman foretells will befall
    the one he urges is a warning to it (THREATEN), as 否则必将付出代价 already was."""
    for tail in ("只能是跳得越高、摔得越狠", "只会自食苦果", "必将自食恶果"):
        events = events_of(f"张晓刚说,我们敦促日方停止军事扩张,否则{tail}。")
        assert ("张晓刚", "THREATEN", "日本", "asserted") in events


def test_consequences_a_country_will_face_if_it_helps_are_a_threat() -> None:
    """若中国向莫斯科提供协助,将面临后果: a consequence foretold to a country, said by a
    speaker who does not use the word 警告, is a threat to that country."""
    for consequence in ("将面临后果", "将面临严重后果"):
        events = events_of(f"布林肯表示,若中国向俄罗斯提供军事协助,{consequence}。")
        assert ("布林肯", "THREATEN", "中国", "asserted") in events


def test_consequences_with_no_speaker_threaten_nobody() -> None:
    """The near miss: a description of what a people will suffer has no speaker who warns."""
    events = events_of("加沙平民将面临严重的人道主义后果。")
    assert not any(e[1] == "THREATEN" for e in events)


def test_concern_said_as_a_verb_before_the_actor_criticises_it() -> None:
    """并关切中国在南海…的行为, 持续关切中国支持俄罗斯…: concern as a verb right before the
    actor whose deed it is about is a criticism of that actor, as 表达对…的关切 is."""
    events = events_of("布林肯向王毅强调台海和平的重要性,并关切中国在南海破坏稳定的行为。")
    assert ("布林肯", "ACCUSE", "中国", "asserted") in events
    events = events_of("布林肯强调美国持续关切中国支持俄罗斯国防工业基础。")
    assert ("美国", "ACCUSE", "中国", "asserted") in events


def test_concern_restated_about_a_deed_criticises_its_doer() -> None:
    """重申对中国支持俄罗斯的忧虑: a worry restated about an actor's deed criticises the actor,
    as 表达…忧虑 does."""
    events = events_of("布林肯对王毅重申对中国支持俄罗斯的忧虑。")
    assert ("布林肯", "ACCUSE", "中国", "asserted") in events


def test_a_concern_of_another_that_is_answered_is_no_criticism() -> None:
    """The near miss: 对美方关切的回应 restates an answer to someone's concern: nobody is blamed."""
    assert not any(e[1] == "ACCUSE" for e in events_of("中方重申对美方关切的回应。"))


def test_the_foreign_affairs_office_director_is_a_post_not_an_actor() -> None:
    """中共中央政治局委员、中央外办主任王毅: the director of the party's foreign affairs office
    is a post of 王毅 (titles.tsv), so the party named before it is no actor of his meeting."""
    text = "中共中央政治局委员、中央外办主任王毅同美国国务卿布林肯会面。"
    events = events_of(text)
    assert ("王毅", "CONSULT", "布林肯", "asserted") in events
    assert not any("中国共产党" in (e[0], e[2]) for e in events)
    assert ("王毅", "中国", "中央外办主任") in roles_of(text)  # the party's country (round 37)


def test_talks_within_the_months_to_come_are_planned() -> None:
    """在接下来数月内举行磋商: an act placed in a span of time still to come is intended."""
    text = "布林肯和王毅均认同,在接下来数月内在重要议题上举行磋商。"
    assert ("布林肯", "CONSULT", "王毅", "intended") in events_of(text)
    text = "布林肯和王毅同意在未来几个月举行高层会谈。"
    assert ("布林肯", "CONSULT", "王毅", "intended") in events_of(text)


def test_a_plan_inside_the_phrase_of_a_reaction_is_not_the_reactions_plan() -> None:
    """中方对美国计划对台出售武器表示强烈不满: the plan is the sale's, named inside the 对-phrase
    the reaction closes (the outer 对, not the inner 对台), so the displeasure is said, not
    planned; and the appeal that follows in the sentence is made, not planned."""
    events = events_of("中方对美国计划对台出售武器表示强烈不满。")
    assert ("中国", "ACCUSE", "美国", "asserted") in events
    events = events_of(
        "林剑表示,中方对以色列计划对拉法开展地面军事行动表示严重关切,强烈呼吁以色列停止进攻拉法。"
    )
    assert ("中国", "ACCUSE", "以色列", "asserted") in events
    assert ("中国", "REQUEST", "以色列", "asserted") in events


def test_a_plan_before_the_phrase_still_plans_the_reaction() -> None:
    """The near miss: a cue before the outer 对-phrase is the reaction's own (中方将对…表示)."""
    events = events_of("中方将对美国对台出售武器表示强烈不满。")
    assert ("中国", "ACCUSE", "美国", "intended") in events


def test_military_ties_are_cooperation_not_a_contact() -> None:
    """美台军事联系, 与民进党当局的军事联系: military ties are material cooperation (as 经济联系
    is), not a contact made (联系 alone, CONSULT)."""
    events = events_of("美方持续强化美台军事联系。")
    assert ("美国", "COOPERATE", "台湾", "asserted") in events
    assert not any(e[1] == "CONSULT" for e in events)
    events = events_of("美国与台湾加强军事联系。")
    assert ("美国", "COOPERATE", "台湾", "asserted") in events


def test_a_contact_that_is_not_military_stays_a_contact() -> None:
    """The near miss: 与…保持联系 without 军事 is a contact (CONSULT), as before."""
    events = events_of("美国与日本保持密切联系。")
    assert not any(e[1] == "COOPERATE" for e in events)


def test_sanctions_judged_illegal_that_are_to_be_lifted_are_in_force() -> None:
    """取消对华非法无理制裁, 取消对华单边制裁: the measure a demand asks to lift exists, though
    words that judge it stand between its target and the noun (as 对中国企业的制裁 was read)."""
    for measure in ("非法无理制裁", "单边制裁"):
        events = events_of(f"王毅要求美方停止对华科技打压,取消对华{measure}。")
        assert ("美国", "SANCTION", "中国", "asserted") in events


def test_the_consensus_of_a_summit_named_with_its_venue_is_the_pairs_agreement() -> None:
    """两国元首旧金山会晤共识, 峇里岛会晤共识: the venue between the pair and its meeting is
    where they met, so the consensus (a deal) is still the pair's, as without the venue."""
    for venue in ("旧金山", "峇里岛"):
        events = events_of(f"王毅说,美方需要把两国元首{venue}会晤共识转化为具体行动。")
        assert ("中国", "AGREE", "美国", "asserted") in events
