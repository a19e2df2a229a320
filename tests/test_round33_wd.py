"""Round 33, helper wd: constructions that recurred on fresh pages about Africa, Latin America,
South Asia, the UN and other multilateral bodies, and sanctions and tariffs (session 33)."""

from tests.data.sentences import events_of


def test_separately_with_a_pair_of_countries_after_a_comma() -> None:
    """An adverb saying each side is met on its own (分别, 先后) may open the clause after a
    comma; the two countries after 与 are the leader's partners, not a pair talking."""
    events = events_of("印度总理莫迪28日,分别与中俄两国领导人举行会谈。")
    assert ("莫迪", "CONSULT", "中国", "asserted") in events
    assert ("莫迪", "CONSULT", "俄罗斯", "asserted") in events
    assert ("中国", "CONSULT", "俄罗斯", "asserted") not in events
    events = events_of("巴西总统卢拉当天,先后与中印两国领导人通电话。")
    assert ("卢拉", "CONSULT", "中国", "asserted") in events
    assert ("中国", "CONSULT", "印度", "asserted") not in events


def test_a_threat_verb_after_a_bare_title_is_no_name() -> None:
    """巴西總統揚言反制: jieba tags 扬言 as a name; a word that ends names (words.tsv
    name_stop) opens none, so the president's country threatens and no person 扬言 acts."""
    events = events_of("阿根廷總統揚言將對美國商品課徵反制關稅。")
    assert ("阿根廷", "THREATEN", "美国", "asserted") in events
    assert not any(e[0] == "扬言" for e in events)


def test_the_chairing_country_after_its_body_is_the_partner() -> None:
    """与东盟轮值主席国文莱外长: the body only says which country chairs it (words.tsv
    member_noun, as 与美国盟友日本); the chair's minister is the partner, each of a list met
    分别 on its own, and the two ministers do not talk to each other."""
    events = events_of("外交部长王毅分别与非盟轮值主席国安哥拉外长和南非外长通电话。")
    assert ("王毅", "CONSULT", "安哥拉", "asserted") in events
    assert ("王毅", "CONSULT", "南非", "asserted") in events
    assert ("安哥拉", "CONSULT", "南非", "asserted") not in events


def test_a_country_rebel_descriptor_before_a_quoted_group_name() -> None:
    """盧安達支持的民主剛果叛軍團體「3月23日運動」: the country's rebels (a composed group)
    and 团体 only describe the group named in quotes, which the relative clause backs."""
    events = events_of("乌干达支持的民主刚果叛军团体「3月23日运动」（M23）攻占布卡武。")
    assert ("乌干达", "SUPPORT", "M23运动", "asserted") in events
    assert not any(e[2] == "刚果民主共和国叛军" for e in events)
    events = events_of("美国谴责卢旺达支持的叛军组织“3月23日运动”。")
    assert ("卢旺达", "SUPPORT", "M23运动", "asserted") in events


def test_a_statement_opening_a_clause_after_in_a_statement() -> None:
    """美国国务院在一份声明中批评…。声明呼吁…: the actor that spoke 在…声明中 issued the
    statement, which then speaks for it as after 发表声明."""
    events = events_of("英国外交部在一份声明中强烈批评苏丹快速支援部队。声明呼吁苏丹立即停火。")
    assert ("英国外交部", "REQUEST", "苏丹", "asserted") in events


def test_a_verb_quoted_alone_keeps_its_target_after_the_quote() -> None:
    """非盟“强烈谴责”马里军方: a quotation that holds only the speaker's verb (with an adverb
    before it) closes before the target, which is still the verb's."""
    events = events_of("非盟“强烈谴责”马里军方扣押总统。")
    assert ("非盟", "ACCUSE", "马里军队", "asserted") in events
    assert ("埃及", "ACCUSE", "以色列", "asserted") in events_of("埃及“强烈谴责”以色列。")


def test_a_place_and_a_kind_of_group_before_the_group_named() -> None:
    """支持刚果（金）东部武装组织M23: a place, a locative word and the kind of group (words.tsv
    group_noun) stand before the group backed; the group, not the place, is the target."""
    events = events_of("卢旺达支持刚果（金）东部武装组织M23。")
    assert ("卢旺达", "SUPPORT", "M23运动", "asserted") in events
    assert ("卢旺达", "SUPPORT", "刚果民主共和国", "asserted") not in events


def test_a_form_two_states_share_after_a_group_of_one_of_them() -> None:
    """刚果 names the Republic of the Congo or the DRC; once the article named an armed group of
    the DRC (M23) and neither state, the group's country is the one meant."""
    events = events_of("联合国谴责M23攻占戈马。刚果政府军和M23发生交火。")
    assert ("刚果民主共和国", "ASSAULT", "M23运动", "asserted") in events


def test_backers_in_an_under_frame_are_no_partners_of_the_subject() -> None:
    """安理会应委内瑞拉要求，并在俄罗斯与中国的支持下，召开紧急会议: the council is asked;
    the two states inside 在…的支持下 back it and are not asked along with it."""
    events = events_of("安理会应古巴要求，并在常任理事国俄罗斯与中国的支持下，召开了紧急会议。")
    assert ("古巴", "REQUEST", "安理会", "asserted") in events
    assert ("古巴", "REQUEST", "中国", "asserted") not in events
    assert ("古巴", "REQUEST", "俄罗斯", "asserted") not in events


def test_an_agreement_said_broken_in_quotes_is_no_deal_between_the_accused() -> None:
    """指控剛果與蒲隆地「蓄意違反」停火協議: the breach verb may be quoted; the truce it
    breaks is no agreement the two accused reach with each other."""
    events = events_of("卢旺达指控刚果（金）与布隆迪「蓄意违反」停火协议。")
    assert ("卢旺达", "ACCUSE", "布隆迪", "asserted") in events
    assert ("刚果民主共和国", "AGREE", "布隆迪", "asserted") not in events


def test_a_quoted_deed_after_a_blame_verb_blames_its_doer() -> None:
    """批评「刚果武装部队…轰炸平民村庄」: a quotation opened right after a blame verb that
    begins with an actor and goes on with a deed blames that actor; a name quoted alone after
    such a verb is still only a name."""
    events = events_of("卢旺达外交部批评「布隆迪武装部队以无人机轰炸边境村庄」。")
    assert ("卢旺达外交部", "ACCUSE", "布隆迪军队", "asserted") in events


def test_a_summit_hosted_meets_the_bloc() -> None:
    """马来西亚举办东盟峰会: the host meets the bloc as those who attend its summit do; but a
    forum's summit (二十国集团, words.tsv forum: round 48) names only the occasion."""
    assert not any(
        e[1] == "CONSULT" and "二十国集团" in e
        for e in events_of("南非将在下周主办二十国集团峰会。")
    )
    assert ("马来西亚", "CONSULT", "东盟", "asserted") in events_of(
        "马来西亚在吉隆坡举办东盟峰会。"
    )


def test_bare_rebels_after_an_armed_group_are_that_group() -> None:
    """M23攻占戈马。美国呼吁叛军停止…: a bare noun for rebels (words.tsv rebel_noun) names the
    armed group named before, not the rebels of the country in focus (卢旺达叛军)."""
    events = events_of("M23攻占戈马。美国呼吁叛军立即停止敌对行动。")
    assert ("美国", "REQUEST", "M23运动", "asserted") in events
    events = events_of("美国谴责卢旺达支持M23。美国国务院敦促叛乱分子撤离戈马。")
    assert ("美国国务院", "REQUEST", "M23运动", "asserted") in events
    assert not any(e[2].endswith("叛军") for e in events)


def test_joining_hands_to_blame_in_a_headline_is_no_cooperation() -> None:
    """中俄聯手批美: a headline's one-letter blame verb (批, 斥) after 联手 is speaking out
    together (words.tsv said_together), no material cooperation between the two."""
    assert ("中国", "COOPERATE", "俄罗斯", "asserted") not in events_of("中俄联手批美 力挺古巴")
    assert ("中国", "COOPERATE", "俄罗斯", "asserted") not in events_of("中俄联手斥美国。")
