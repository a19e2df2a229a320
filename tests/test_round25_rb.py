"""Round 25 (rb): people lost to jieba's cuts, party leaders, reciprocal 各, agreements listed on.

- 总理安华同|印尼总统…, 外长赛夫|丁同|泰国外长: jieba joins the 同/和/跟 that opens a partner to
  the name after a title (as it joins 在/对/向/与/及, handled before); the name ends before it
  when a noun (the partner, a title) follows, not in a name that ends in the letter (李叔同的).
- 副主任冯子|健对…, 冯子|健则说, 主任徐家|新|说: the name's last letter glued to the particle
  after it (or read as an adverb before 说) was cut off the name; not a word of its own (李强|绝对).
- 乔治·凯南仍对…: an adverb after a dotted name (仍, 已, 曾, 又, 还, 就; no transliteration
  letter) ends it; jieba tags 仍 as a morpheme, so its tag did not. A country's name across
  two of jieba's words (凯南|非常: 南非) does not end it.
- 副教授陈伟要|写…, 教授佟新老师: a modal jieba joins to a name (要, 仍) and the honorific 老师
  (words.tsv name_stop, as 先生 and 女士) end it.
- 学生扬·帕勒克: a common noun before a dotted name (no transliteration letter in it) describes
  the person and is no part of the given name.
- 外长蕾|特诺同|中国外长: the same 同 glued to the second part of a name jieba joins.
- 副部长刘振民下|月访问: jieba joins a time word's first letter to the name (words.tsv
  glued_time); not 明 (明天), which ends many names (王德明天将…).
- 公明党党首山口那津男: a Japanese party's leader has a Japanese name, which runs to five
  letters (as after 日本首相); the name was cut, and the party's official (公明党党首) acted.
- 党魁山口那津男原定…访问: an intention word (原定, 计划, 准备…) ends a name, as a statement
  verb does (words.tsv name_stop); a Japanese name ran on into it and was lost.
- 总统温敏、国务资政昂山素季及民盟部分高级官员被军方扣押: a list of patients that goes on with
  people no actor names (及…官员) put the named ones too far from 被; each named one suffers it.
- 郑义溶向林芳正致祝贺信: 祝贺 took the letter for its object and found nobody; the message
  named with 祝贺 (致祝贺信, 祝贺电) is a trigger of its own, like 致贺信.
- 俄乌双方各释放100名战俘, 两国各驱逐5名外交官: 各/各自 right before an act with no target
  named is reciprocal, as 相互/互相 are (each side on the other); a target named (各自对朝鲜
  实施制裁) is whom each acts on.

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
        ("英国保守党领袖巴德诺克批评中国。", ("凯米·巴德诺赫", "ACCUSE", "中国", "asserted")),
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


PAIR = {("俄罗斯", "RETREAT", "乌克兰", "asserted"), ("乌克兰", "RETREAT", "俄罗斯", "asserted")}


@pytest.mark.parametrize(
    "text",
    [
        "俄罗斯和乌克兰各释放100名战俘。",
        "俄乌双方各释放了100名战俘。",
        "俄罗斯和乌克兰23日各自释放了90名战俘。",
    ],
)
def test_each_releases_the_other_s_prisoners(text) -> None:
    assert PAIR <= events_of(text)


def test_each_expels_the_other_s_diplomats() -> None:
    events = events_of("俄罗斯与立陶宛关系恶化。两国各驱逐5名外交官。")
    assert {
        ("俄罗斯", "SANCTION", "立陶宛", "asserted"),
        ("立陶宛", "SANCTION", "俄罗斯", "asserted"),
    } <= events


def test_each_acting_on_a_named_target_is_no_pair() -> None:
    assert events_of("美国和日本各自对朝鲜实施制裁。") == {
        ("美国", "SANCTION", "朝鲜", "asserted"),
        ("日本", "SANCTION", "朝鲜", "asserted"),
    }


def test_every_country_is_no_each() -> None:
    assert not events_of("美国和英国各国释放了人质。")


@pytest.mark.parametrize(
    "text, event",
    [
        (
            "日本公明党党魁山口那津男原定周一访问中国。",
            ("山口那津男", "CONSULT", "中国", "intended"),
        ),
        ("日本首相石田健太郎计划下月访问中国。", ("石田健太郎", "CONSULT", "中国", "intended")),
        ("外交部长张建华原定下周访问日本。", ("张建华", "CONSULT", "日本", "intended")),
    ],
)
def test_an_intention_word_ends_a_name(text, event) -> None:
    assert event in events_of(text)


def test_a_passive_reaches_a_list_that_goes_on_unnamed() -> None:
    events = events_of("几内亚总统孔戴、总理卡苏里以及政府部分高级官员被军方扣押。")
    assert {
        ("几内亚军队", "COERCE", "孔戴", "asserted"),
        ("几内亚军队", "COERCE", "卡苏里", "asserted"),
    } <= events


def test_a_time_span_is_still_no_list() -> None:
    assert events_of("日本公民在1960年代与1970年代遭北韩绑架。") == {
        ("朝鲜", "COERCE", "日本", "asserted")
    }


@pytest.mark.parametrize(
    "text, event",
    [
        ("韩国外交部长官金承浩向日本外相致祝贺信。", ("金承浩", "SUPPORT", "日本", "asserted")),
        ("越南国家主席向中国领导人发去祝贺电。", ("越南", "SUPPORT", "中国", "asserted")),
    ],
)
def test_a_congratulation_letter_named_with_zhuhe(text, event) -> None:
    assert event in events_of(text)


def test_a_congratulation_letter_sent_to_nobody_named() -> None:
    assert not events_of("他写了一封祝贺信。")


@pytest.mark.parametrize(
    "text, event",
    [
        (
            "中国疾控中心副主任冯子健对美国的做法提出批评。",
            ("冯子健", "ACCUSE", "美国", "asserted"),
        ),
        ("中国疾控中心副主任冯子健则批评美国。", ("冯子健", "ACCUSE", "美国", "asserted")),
        (
            "最高法院政治部主任徐家新说，美国的指责毫无根据。",
            ("徐家新", "REJECT", "美国", "asserted"),
        ),
    ],
)
def test_a_last_letter_glued_to_a_particle_stays_in_the_name(text, event) -> None:
    assert event in events_of(text)


def test_a_word_after_a_two_letter_name_is_no_letter_of_it() -> None:
    assert {e[0] for e in events_of("国务院总理李强绝对不会访问日本。")} <= {"李强"}


@pytest.mark.parametrize(
    "text, name",
    [
        ("美国外交官约翰·史密斯仍对苏联提出批评。", "约翰·史密斯"),
        ("美国外交官约翰·史密斯已对苏联提出批评。", "约翰·史密斯"),
    ],
)
def test_an_adverb_ends_a_dotted_name(text, name) -> None:
    assert (name, "ACCUSE", "苏联", "asserted") in events_of(text)


def test_a_country_across_two_words_does_not_cut_a_dotted_name() -> None:
    assert ("乔治·凯南", "ACCUSE", "苏联", "asserted") in events_of("乔治·凯南非常不满，批评苏联。")


def test_a_known_name_after_a_dotted_name_still_ends_it() -> None:
    assert ("特雷莎·梅", "CONSULT", "默克尔", "asserted") in events_of(
        "特雷莎·梅和德国总理默克尔会谈。"
    )


@pytest.mark.parametrize(
    "text, name",
    [
        ("中国人民大学副教授陈伟要写文章批评美国。", "陈伟"),
        ("北京大学教授佟新老师批评美国。", "佟新"),
    ],
)
def test_a_modal_or_an_honorific_ends_a_name(text, name) -> None:
    assert {e[0] for e in events_of(text)} == {name}


@pytest.mark.parametrize(
    "text, name",
    [
        ("学生扬·帕勒克抗议苏联入侵。", "扬·帕勒克"),
        ("工人马丁·路德·金批评美国政府。", "马丁·路德·金"),
    ],
)
def test_a_common_noun_before_a_dotted_name_describes_the_person(text, name) -> None:
    assert {e[0] for e in events_of(text)} == {name}


def test_a_partner_word_glued_to_a_joined_name_part() -> None:
    assert ("蕾特诺", "CONSULT", "中国", "asserted") in events_of("印尼外长蕾特诺同中国外长会谈。")
