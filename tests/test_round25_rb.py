"""Round 25 (rb): people lost to jieba's cuts, party leaders, reciprocal 各, agreements listed on.

- 总理安华同|印尼总统…, 外长赛夫|丁同|泰国外长: jieba joins the 同/和/跟 that opens a partner to
  the name after a title (as it joins 在/对/向/与/及, handled before); the name ends before it
  when a noun (the partner, a title) follows, not in a name that ends in the letter (李叔同的).
- 副部长刘振民下|月访问: jieba joins a time word's first letter to the name (words.tsv
  glued_time); not 明 (明天), which ends many names (王德明天将…).
- 公明党党首山口那津男: a Japanese party's leader has a Japanese name, which runs to five
  letters (as after 日本首相); the name was cut, and the party's official (公明党党首) acted.

Sentences are written for these tests (new names and details), in the style of wire reports.
"""

from __future__ import annotations

import pytest
from sentences import events_of


@pytest.mark.parametrize(
    "text, event",
    [
        ("马来西亚总理安华同印尼总统佐科举行会谈。", ("安华", "CONSULT", "佐科", "asserted")),
        ("马来西亚外长赛夫丁同泰国外长会谈。", ("赛夫丁", "CONSULT", "泰国", "asserted")),
        ("越南总理范明正同老挝总理宋赛会谈。", ("范明正", "CONSULT", "宋赛", "asserted")),
        ("越南总理范明正和老挝总理宋赛会谈。", ("范明正", "CONSULT", "宋赛", "asserted")),
    ],
)
def test_a_name_ends_before_a_glued_partner_word(text, event) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize(
    "text, event",
    [
        ("外交部副部长刘振民下月访问日本。", ("刘振民", "CONSULT", "日本", "intended")),
        ("外交部副部长周国栋今天会见日本大使。", ("周国栋", "CONSULT", "日本", "asserted")),
        ("外交部长张建华本周访问日本。", ("张建华", "CONSULT", "日本", "asserted")),
    ],
)
def test_a_name_ends_before_a_glued_time_word(text, event) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("外长王德明天将访问日本。", "王德明"),  # 明 ends the name, 天 no time word of its own
    ],
)
def test_a_name_that_ends_in_the_letter_keeps_it(text, name) -> None:
    assert {e[0] for e in events_of(text)} == {name}


def test_a_famous_name_in_tong_is_no_glued_partner() -> None:
    assert not events_of("著名音乐家李叔同的作品在日本演出。")


@pytest.mark.parametrize(
    "text, event",
    [
        ("公明党党首山口那津男访问中国。", ("山口那津男", "CONSULT", "中国", "asserted")),
        ("日本公明党党首山口那津男17日访问中国。", ("山口那津男", "CONSULT", "中国", "asserted")),
        ("自民党总裁石破茂会见中国驻日大使。", ("石破茂", "CONSULT", "中国", "asserted")),
        ("英国保守党领袖巴德诺克批评中国。", ("巴德诺克", "ACCUSE", "中国", "asserted")),
        ("德国社民党主席克林拜尔访问中国。", ("克林拜尔", "CONSULT", "中国", "asserted")),
    ],
)
def test_a_party_leader_is_the_person_named(text, event) -> None:
    assert event in events_of(text)


def test_a_party_leader_holds_the_post_of_the_party() -> None:
    from sentences import article

    from kg.extract import extract_article

    roles = extract_article(article("公明党党首山口那津男访问中国。")).roles
    assert {(r.person.actor.label, r.org.actor.label) for r in roles} == {
        ("山口那津男", "日本公明党")
    }


def test_a_chinese_party_title_keeps_a_chinese_name() -> None:
    # not Japan's party: the name stops at three letters, not five
    assert ("夏立言", "CONSULT", "国务院台湾事务办公室", "asserted") in events_of(
        "国民党副主席夏立言今天会见国台办主任。"
    )
