"""The shortcuts of the extraction stage give what the slow path gives.

Each shortcut skips work on a precondition (a sentence that can hold no list of countries,
...); these tests run the slow path on sentences written for them and check that wherever
the precondition says "skip", the slow path would have found nothing and changed nothing.
"""

from __future__ import annotations

import pytest
from sentences import article, events_of

from kg.actions import UNDOES, agentless_passive, find_triggers
from kg.actors import find_actors
from kg.extract import (
    _acts_without_actors,
    _clauses_of,
    _Context,
    _country_lists,
    _may_list_or_teach,
    _pronouns,
    _referring_mentions,
    _referring_words,
)
from kg.gazetteer import load_gazetteer
from kg.lexicon import pronouns, words
from kg.sentences import split_sentences

LOOKED_BACK = [
    "法国、德国和意大利的外长在布鲁塞尔会晤。",
    "美国与日本举行了会谈。",
    "俄罗斯及白俄罗斯举行联合军演。",
    "美国总统拜登当天抵达东京。",
    "朝鲜领导人金正恩视察了导弹基地。",
    "国务委员兼外长王毅会见了他。",
    "伊朗今天宣布新的措施。",
    "这一决定引发广泛关注。",
    "他们随后离开了会场。",
    "外交部发言人表示，中方坚决反对。",
]


@pytest.mark.parametrize("text", LOOKED_BACK)
def test_a_skipped_look_back_finds_no_list_and_learns_no_leader(text: str) -> None:
    gaz = load_gazetteer()
    leaders: dict = {}
    found = find_actors(text, 0, len(text), gaz, leaders)
    if not _may_list_or_teach(gaz, text):
        assert _country_lists(text, found.mentions) == []
        assert leaders == {}


def test_sentences_with_a_list_or_a_title_are_read_again() -> None:
    gaz = load_gazetteer()
    assert _may_list_or_teach(gaz, "法国、德国和意大利的外长在布鲁塞尔会晤。")
    assert _may_list_or_teach(gaz, "美国总统拜登当天抵达东京。")
    assert not _may_list_or_teach(gaz, "伊朗今天宣布新的措施。")


def test_they_still_find_the_countries_listed_before() -> None:
    events = events_of("法国、德国和英国的外长今天发表联合声明。他们谴责伊朗发射导弹。")
    assert ("法国", "ACCUSE", "伊朗", "asserted") in events


def _acts_without_actors_slowly(ctx: _Context, sentence) -> bool:
    """_acts_without_actors as it was: find_triggers in every clause of the sentence."""
    text = ctx.article.text
    for clause in _clauses_of(ctx, sentence):
        for pos, trig in find_triggers(text, clause.start, clause.end):
            if isinstance(trig, str) or trig.objects & {"speaker", "asker"}:
                return True
            if trig.event_type in UNDOES and agentless_passive(text, clause, pos):
                return True
    return False


NAMELESS = [
    "据报道,这是赤裸裸的霸凌行径。",
    "有关人员表示,这种做法非常错误,令人失望。",
    "消息人士称,被扣押的14名船员今天被放还。",
    "会议期间,决议草案未获通过。",
    "金特会之后,局势有所缓和。",
    "他们随后表示,将继续推迟有关军事活动。",
    "声明说,这一做法干涉了别国内政,并威胁地区和平。",
    "当地时间周五,船员获释后返回了家乡。",
    "这名官员说,谈判仍在进行。",
]


@pytest.mark.parametrize("text", NAMELESS)
def test_acts_without_actors_as_every_clause_read(text: str) -> None:
    art = article(text)
    ctx = _Context(art, load_gazetteer())
    for sentence in split_sentences(art):
        expected = _acts_without_actors_slowly(ctx, sentence)
        assert _acts_without_actors(ctx, sentence) == expected


def test_every_referring_word_is_looked_for() -> None:
    for word in [*pronouns(), *words("statement_document"), "国家", "其"]:
        assert _referring_words().search(f"据报道,{word}。"), word


REFERRING = (
    "美国宣布制裁伊朗。该国随即表示强烈反对。他们还说,双方应当克制。"
    "伊朗外交部发表声明。声明谴责美国的做法,并称将对其采取反制措施。"
    "这个中东国家一向如此。会议宣布邀请埃及参加。今天天气晴朗,市场平稳。"
    "法国、德国和意大利举行会谈。三国领导人表示支持乌克兰。她没有回应。"
)


def test_pronouns_as_every_part_looked_for() -> None:
    art = article(REFERRING)
    gaz = load_gazetteer()
    fast, slow = _Context(art, gaz), _Context(art, gaz)
    for ctx in (fast, slow):
        ctx.sentences = split_sentences(art)
        ctx.starts = [s.start for s in ctx.sentences]
        ctx.ends = [s.end for s in ctx.sentences]
    for sentence in fast.sentences:
        found = find_actors(art.text, sentence.start, sentence.end, gaz, memory=fast.memory)
        again = find_actors(art.text, sentence.start, sentence.end, gaz, memory=slow.memory)
        expected = _referring_mentions(slow, sentence, again.mentions)
        assert _pronouns(fast, sentence, found.mentions) == expected
        if not _referring_words().search(sentence.text):
            assert expected == []
