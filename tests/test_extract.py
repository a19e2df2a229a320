"""Extraction, end to end on single sentences written for these tests.

Each row is a sentence and the (subject, type, object, status) events it must give; events
are compared on actor labels. Sentences are invented or paraphrased news style — never seed
sentences — so that the rules are tested for what they generalise to.
"""

from __future__ import annotations

import pytest
from build_kind import pure_only
from sentences import article as _article
from sentences import events_of

from kg.extract import extract_article


def roles_of(text: str) -> set[tuple[str, str, str]]:
    result = extract_article(_article(text))
    return {(r.person.actor.label, r.org.actor.label, r.title) for r in result.roles}


CASES = [
    # direct target after the trigger
    ("欧盟宣布制裁俄罗斯。", {("欧盟", "SANCTION", "俄罗斯", "asserted")}),
    # target introduced by 对, organ composed from country + ministry (the label takes the
    # suffix institutions.tsv lists for the country, whatever the article calls it)
    ("日本外务省5日对伊朗实施新的制裁。", {("日本外务省", "SANCTION", "伊朗", "asserted")}),
    ("日本外交部5日对伊朗实施新的制裁。", {("日本外务省", "SANCTION", "伊朗", "asserted")}),
    # short form after 对 in a nominal event
    ("美方再次加强对华出口管制。", {("美国", "SANCTION", "中国", "asserted")}),
    # target introduced by 与, symmetric type
    # an unnamed official stands for the country (德国总理 → 德国)
    ("法国总统马克龙与德国总理会晤。", {("马克龙", "CONSULT", "德国", "asserted")}),
    ("马克龙当天与普京通电话。", {("马克龙", "CONSULT", "普京", "asserted")}),
    # intention cue in the clause
    ("印度表示愿意与巴基斯坦举行谈判。", {("印度", "CONSULT", "巴基斯坦", "intended")}),
    # negation reaches across a prepositional phrase
    ("土耳其至今未与叙利亚举行会谈。", {("土耳其", "CONSULT", "叙利亚", "negated")}),
    # condition opens hypothetical scope to the end of the sentence
    ("如果伊朗继续浓缩铀,以色列将袭击伊朗。", {("以色列", "ASSAULT", "伊朗", "hypothetical")}),
    # compound of short forms → pairwise symmetric events
    ("中俄合作不断深化。", {("中国", "COOPERATE", "俄罗斯", "asserted")}),
    # topic chain: the subject of a later clause is the sentence topic
    ("英国外交部发表声明,批评伊朗扣押油轮。", {("英国外交部", "ACCUSE", "伊朗", "asserted")}),
    # a reporting outlet is never an actor
    ("据路透社报道,菲律宾抗议中国。", {("菲律宾", "PROTEST", "中国", "asserted")}),
    # a plain statement is not an event
    ("韩国学者表示,日本经济正在复苏。", set()),
    # coordinated targets share the action
    (
        "伊朗外长将访问俄罗斯和土耳其。",
        {("伊朗", "CONSULT", "俄罗斯", "intended"), ("伊朗", "CONSULT", "土耳其", "intended")},
    ),
    # a question reports nothing
    ("记者问美国是否会制裁印度。", set()),
    # double negation: 没有放弃 keeps the plan alive
    ("日本没有放弃与朝鲜接触的可能性。", {("日本", "CONSULT", "朝鲜", "intended")}),
    # refusal
    ("以色列拒绝接受联合国的决议。", {("以色列", "REJECT", "联合国", "asserted")}),
    # a refusal that names no object refuses the side that asked (不接受, 不能接受)
    (
        "日本要求韩国撤回判决，韩方不接受。",
        {("日本", "REQUEST", "韩国", "asserted"), ("韩国", "REJECT", "日本", "asserted")},
    ),
    (
        "欧盟要求塞尔维亚承认科索沃。塞尔维亚表示不能接受。",
        {("欧盟", "REQUEST", "塞尔维亚", "asserted"), ("塞尔维亚", "REJECT", "欧盟", "asserted")},
    ),
    # paying a fine yields to the side that punished; pleading guilty yields to whom it is made
    (
        "美国对中兴实施制裁。中兴只能缴纳罚款。",
        {("美国", "SANCTION", "中兴通讯", "asserted"), ("中兴通讯", "CONCEDE", "美国", "asserted")},
    ),
    ("保罗·马纳福特向美国司法部认罪。", {("保罗·马纳福特", "CONCEDE", "美国司法部", "asserted")}),
    # the actor inside a reason (因为…俄罗斯…) is not the subject the next clause borrows
    (
        "欧盟起诉谷歌。谷歌因为纵容俄罗斯黑客传播虚假信息，支付了5亿欧元罚款。",
        {
            ("欧盟", "COERCE", "谷歌", "asserted"),
            ("谷歌", "CONCEDE", "欧盟", "asserted"),
            ("欧盟", "SANCTION", "谷歌", "asserted"),  # the fine paid was imposed (round 24)
        },
    ),
    # courts and prosecutors named by their country act; 判处 is a verb, not a unit (处)
    (
        "美国联邦法院判处保罗·马纳福特入狱四年。",
        {("美国法院", "COERCE", "保罗·马纳福特", "asserted")},
    ),
    ("美国检方起诉华为。", {("美国检察机关", "COERCE", "华为", "asserted")}),
    # passive: the actor after 遭到 acts on the topic
    ("委内瑞拉遭到美国制裁。", {("美国", "SANCTION", "委内瑞拉", "asserted")}),
    # traditional Chinese is matched after conversion
    ("美國對伊朗實施制裁。", {("美国", "SANCTION", "伊朗", "asserted")}),
    # a word with a body inside it (入世 = joining the WTO): who joins is the country before it
    ("越南在入世谈判中同意降低汽车关税。", {("越南", "CONSULT", "世界贸易组织", "asserted")}),
    ("俄罗斯的入世承诺包括开放银行业。", {("俄罗斯", "AGREE", "世界贸易组织", "asserted")}),
    ("塞尔维亚希望尽快重启入盟谈判。", {("塞尔维亚", "CONSULT", "欧盟", "intended")}),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_events(sentence: str, expected: set) -> None:
    assert events_of(sentence) == expected


def test_pronoun_resolves_to_last_topic_person() -> None:
    text = "土耳其总统埃尔多安12日会见了到访的伊朗外长。他随后谴责以色列。"
    assert ("埃尔多安", "ACCUSE", "以色列", "asserted") in events_of(text)


def test_first_person_in_quotation_is_the_speaker() -> None:
    text = "马克龙对记者说:“我愿意与普京见面。”"
    assert events_of(text) == {("马克龙", "CONSULT", "普京", "intended")}


def test_invitation_by_hosts() -> None:
    text = "应法国外交部邀请,印度外长将访问法国。"
    found = events_of(text)
    assert ("法国外交部", "REQUEST", "印度", "asserted") in {
        (s, t, o, st) for s, t, o, st in found
    } or any(s == "法国外交部" and t == "REQUEST" for s, t, _, _ in found)


ROLE_CASES = [
    ("中国外交部发言人毛宁10日表示,中方反对制裁。", {("毛宁", "中国外交部", "外交部发言人")}),
    ("美国国务卿布林肯抵达北京。", {("布林肯", "美国", "国务卿")}),
    (
        "越南共产党总书记、国家主席苏林会见来访的老挝总理。",
        {("苏林", "越南共产党", "总书记"), ("苏林", "越南", "国家主席")},
    ),
    # a judge holds a post in the country named before the title
    ("美国联邦法官詹姆斯·博斯伯格裁定政府违法。", {("詹姆斯·博斯伯格", "美国", "法官")}),
    # a transliterated name after a title runs on over its foreign syllables (-夫, 欧-, 班, 济)
    ("吉尔吉斯斯坦总统扎帕罗夫会见中国外长。", {("扎帕罗夫", "吉尔吉斯斯坦", "总统")}),
    ("英国首相府发言人欧内斯特5日说,英方反对制裁。", {("欧内斯特", "英国", "发言人")}),
    ("塞尔维亚驻联合国大使涅班济亚说,塞方反对该决议。", {("涅班济亚", "塞尔维亚", "大使")}),
    # a short form before 驻 names the state that sends the mission (俄|驻美大使)
    ("俄驻美大使达尔钦耶夫表示,俄方反对制裁。", {("达尔钦耶夫", "俄罗斯", "大使")}),
]


@pytest.mark.parametrize(("sentence", "expected"), ROLE_CASES)
def test_roles(sentence: str, expected: set) -> None:
    assert expected <= roles_of(sentence)


def test_event_keeps_original_sentence_and_dates() -> None:
    result = extract_article(_article("美國財政部3日對伊朗實施制裁。", date="2024-05-10"))
    (event,) = result.events
    assert event.sentence_body == "美國財政部3日對伊朗實施制裁。"
    assert event.date == "2024-05-03" and event.date_from == "text"


def test_undated_event_keeps_article_date_and_says_so() -> None:
    (event,) = extract_article(_article("欧盟宣布制裁俄罗斯。", date="2024-05-10")).events
    assert (event.date, event.date_from) == ("2024-05-10", "article")


def test_group_reference_acts_as_each_member() -> None:
    text = "法国、德国、英国和意大利的外长在柏林会晤。四国谴责俄罗斯袭击乌克兰。"
    found = events_of(text)
    for country in ("法国", "德国", "英国", "意大利"):
        assert (country, "ACCUSE", "俄罗斯", "asserted") in found
    assert ("法国", "CONSULT", "德国", "asserted") in found  # the list meets, pairwise


def test_they_refers_to_a_list_in_an_earlier_sentence() -> None:
    text = "马里、布基纳法索和尼日尔宣布退出西共体。他们指责法国干涉内政。"
    assert {e for e in events_of(text) if e[1] == "ACCUSE"} == {
        ("马里", "ACCUSE", "法国", "asserted"),
        ("布基纳法索", "ACCUSE", "法国", "asserted"),
        ("尼日尔", "ACCUSE", "法国", "asserted"),
    }


def test_demonstrative_refers_to_the_body_just_named() -> None:
    assert events_of("美国财政部周四发表声明。该部门宣布制裁伊朗。") == {
        ("美国财政部", "SANCTION", "伊朗", "asserted")
    }
    assert events_of("朝鲜再次试射导弹。联合国安理会谴责该国。") == {
        ("安理会", "ACCUSE", "朝鲜", "asserted")
    }


def test_nested_unit_belongs_to_its_body_and_title_names_follow() -> None:
    text = "美国国务院东亚及太平洋事务局副助理国务卿凯文·金访问韩国。"
    assert roles_of(text) == {("凯文·金", "美国国务院", "副助理国务卿")}
    result = extract_article(_article(text))
    assert result.roles[0].org.text == "美国国务院东亚及太平洋事务局"
    assert ("凯文·金", "CONSULT", "韩国", "asserted") in events_of(text)


def test_title_after_a_unit_introduces_a_name() -> None:
    text = "中国外交部亚洲司司长刘劲松会见日本驻华大使。"
    assert roles_of(text) == {("刘劲松", "中国外交部", "司长")}
    assert events_of(text) == {("刘劲松", "CONSULT", "日本", "asserted")}


def test_unnamed_official_speaks_for_the_country() -> None:
    result = extract_article(_article("中国驻欧盟大使警告,欧盟的制裁将导致直接对抗。"))
    (event,) = result.events
    assert (event.subject.actor.label, event.event_type, event.object.actor.label) == (
        "中国",
        "THREATEN",
        "欧盟",
    )
    assert event.subject.text == "中国驻欧盟大使"


def test_subject_is_not_the_target_named_earlier() -> None:
    text = "特朗普称泽连斯基应该更加感恩,并指责泽连斯基拿世界大战赌博。"
    assert ("特朗普", "ACCUSE", "泽连斯基", "asserted") in events_of(text)


def test_short_form_after_a_preposition_in_a_nominal_event() -> None:
    text = "美国不断扩大对委经济、金融和贸易制裁。"
    assert events_of(text) == {("美国", "SANCTION", "委内瑞拉", "asserted")}


def test_family_name_refers_to_the_person_named_in_full() -> None:
    text = "日本首相小泉纯一郎表示支持美国。小泉在记者会上表示:“我们谴责伊拉克。”"
    assert ("小泉纯一郎", "ACCUSE", "伊拉克", "asserted") in events_of(text)


def test_news_outlet_named_after_a_place_is_not_an_actor() -> None:
    assert events_of("香港新闻网10月18日电 美国宣布制裁伊朗。") == {
        ("美国", "SANCTION", "伊朗", "asserted")
    }


def test_postponed_meeting_is_negated() -> None:
    """The summit does not take place, and postponing it reduces relations (PLOVER)."""
    assert events_of("中方决定推迟与欧盟举行峰会。") == {
        ("中国", "CONSULT", "欧盟", "negated"),
        ("中国", "SANCTION", "欧盟", "asserted"),
    }


def test_one_unknown_person_alone_acts_on_nobody() -> None:
    """A sentence that names one person found by a pattern and nobody else reports no event
    (the action stage is skipped there); the person stays the topic a later 他 refers to."""
    from kg.actors import Actor
    from kg.extract import _one_unknown_person
    from kg.model import Mention

    name = Actor(key="王小明", label="王小明", type="Person", known=False)
    other = Actor(key="李建华", label="李建华", type="Person", known=False)
    japan = Actor(key="JPN", label="日本", type="Country")
    assert _one_unknown_person([Mention(name, "王小明", 0, 3), Mention(name, "他", 9, 10)])
    assert not _one_unknown_person([Mention(name, "王小明", 0, 3), Mention(other, "李建华", 5, 8)])
    assert not _one_unknown_person([Mention(japan, "日本", 0, 2)])
    assert not _one_unknown_person([])
    text = "王小明说，他愿意合作。他随后谴责了日本政府。"
    assert ("王小明", "ACCUSE", "日本", "asserted") in events_of(text)


@pure_only("extract")
def test_one_side_alone_skips_the_action_stage_without_changing_anything(monkeypatch) -> None:
    """A sentence with one actor and no side the discourse could add skips the action stage;
    the events and roles of every article of the repo are those of the full stage."""
    from pathlib import Path

    import kg.extract as extraction
    from kg.articles import iter_articles
    from kg.gazetteer import load_gazetteer

    root = Path(__file__).resolve().parent.parent
    folders = [root / "seeds", root / "eval" / "dev", root / "eval" / "terminus-dev"]
    articles = list(iter_articles([str(folder) for folder in folders]))
    assert len(articles) >= 20
    gaz = load_gazetteer()
    skipped = []
    check = extraction._no_second_side

    def counted(ctx, sentence, mentions):
        result = check(ctx, sentence, mentions)
        skipped.append(result)
        return result

    monkeypatch.setattr(extraction, "_no_second_side", counted)
    fast = [extraction.extract_article(a, gaz) for a in articles]
    assert any(skipped)
    monkeypatch.setattr(extraction, "_no_second_side", lambda ctx, sentence, mentions: False)
    full = [extraction.extract_article(a, gaz) for a in articles]
    assert [(r.events, r.roles) for r in fast] == [(r.events, r.roles) for r in full]
    # the other side comes from an earlier event (the counterpart of a response)
    assert ("中国", "ACCUSE", "美国", "asserted") in events_of(
        "美国宣布对中国商品加征关税。中方对此坚决反对。"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "美国国务院新闻发言人普赖斯在记者会上说，美国欢迎两国恢复对话。",
            ("普赖斯", "美国国务院", "新闻发言人"),
        ),
        (
            "欧盟委员会新闻发言人马梅尔说，欧盟将对俄罗斯实施新制裁。",
            ("马梅尔", "欧盟委员会", "新闻发言人"),
        ),
        ("五角大楼新闻秘书柯比表示，美国将向乌克兰提供援助。", ("柯比", "美国国防部", "新闻秘书")),
    ],
)
def test_a_press_title_after_a_body_is_no_news_outlet(text: str, expected: tuple) -> None:
    """X新闻发言人, X新闻秘书: the title's 新闻 does not make X a news outlet (X新闻)."""
    assert expected in roles_of(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("中国人民银行行长潘功胜在论坛上发表演讲。", ("潘功胜", "中国人民银行", "行长")),
        ("非洲开发银行行长阿德西纳访问肯尼亚。", ("阿德西纳", "非洲开发银行", "行长")),
        ("世界银行行长彭安杰访问印度。", ("彭安杰", "世界银行", "行长")),
        (
            "俄罗斯直接投资基金首席执行官德米特里耶夫抵达利雅得。",
            ("德米特里耶夫", "俄罗斯直接投资基金", "首席执行官"),
        ),
    ],
)
def test_bank_and_fund_heads_hold_posts(text: str, expected: tuple) -> None:
    """行长 of a central or development bank, the head of a state fund: posts in bodies that
    act in sanctions and aid news."""
    assert expected in roles_of(text)


@pytest.mark.parametrize(
    "text", ["示威者聚集在俄罗斯驻纽约总领事馆门外。", "抗议者聚集在美国驻上海总领事馆门前。"]
)
def test_a_consulate_is_no_consul_followed_by_a_name(text: str) -> None:
    """总领事|馆门前: 馆 begins no name, the consulate holds no post."""
    assert not roles_of(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("欧盟外交与安全政策高级代表卡拉斯周一谴责了伊朗。", ("卡拉斯", "欧盟", "高级代表")),
        ("欧盟贸易事务发言人吉尔周一批评了中国。", ("吉尔", "欧盟", "发言人")),
    ],
)
def test_a_policy_field_stands_between_body_and_title(text: str, expected: tuple) -> None:
    """欧盟|外交与安全政策|高级代表: the field of the post does not cut the body off its title
    (nor does the official fall back to the country of birth)."""
    assert expected in roles_of(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("中国代表张伟在会上批评了美国。", ("张伟", "中国", "代表")),
        ("朝鲜劳动党高层官员朴明浩昨天警告美国。", ("朴明浩", "朝鲜劳动党", "官员")),
        ("俄罗斯外交部官员王力在会上批评了日本。", ("王力", "俄罗斯外交部", "官员")),
    ],
)
def test_a_name_after_a_title_that_mostly_ends_a_phrase(text: str, expected: tuple) -> None:
    """代表, 官员 are mostly followed by no name (官员表示, 代表团), but a family name that jieba
    tags as a person is one."""
    assert expected in roles_of(text)


@pytest.mark.parametrize("text", ["美国官员表示将制裁伊朗。", "中国学者李明认为美国错了。"])
def test_no_post_after_a_bare_official_or_a_scholar(text: str) -> None:
    """官员表示 names nobody; a scholar's nationality is no post in the country."""
    assert not roles_of(text)
