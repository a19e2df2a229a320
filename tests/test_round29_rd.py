"""Round 29 (rd): recall on unseen Chinese diplomacy news (Xinhua and MFA readouts, summonses,
countermeasures, and the Taiwan, Hong Kong and Singapore press on the same).

Sentences are written for the test, in the constructions the audit pages used; each rule has
near misses that must not change.
"""

from __future__ import annotations

import pytest
from sentences import events_of


# Criticising without naming the target (不点名批评) is a manner of the act, not its negation.
@pytest.mark.parametrize(
    "text, event",
    [
        ("王毅不点名批评美国向各国征收高额关税的做法。", ("王毅", "ACCUSE", "美国", "asserted")),
        ("王毅又不點名批評美國濫施關稅。", ("王毅", "ACCUSE", "美国", "asserted")),
        ("中国外交部不指名抨击日本。", ("中国外交部", "ACCUSE", "日本", "asserted")),
    ],
)
def test_criticism_without_naming_is_asserted(text, event) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize(
    "text, event",
    [
        ("王毅没有批评美国。", ("王毅", "ACCUSE", "美国", "negated")),
        ("王毅不批评美国。", ("王毅", "ACCUSE", "美国", "negated")),
    ],
)
def test_a_plain_negation_still_negates(text, event) -> None:
    assert event in events_of(text)


# Singapore's foreign minister and two members of China's leadership are known by name; a
# seat in a party's secretariat (书记处书记) is a title before an unknown name.
@pytest.mark.parametrize(
    "text, event",
    [
        ("王毅与维文在北京举行会谈。", ("王毅", "CONSULT", "维文", "asserted")),
        ("王毅与蔡奇会面。", ("王毅", "CONSULT", "蔡奇", "asserted")),
        ("新方期待丁薛祥访问新加坡。", ("丁薛祥", "CONSULT", "新加坡", "intended")),
        ("外长维文与中央书记处书记李明会面。", ("维文", "CONSULT", "李明", "asserted")),
    ],
)
def test_named_leaders_and_secretariat_titles(text, event) -> None:
    assert event in events_of(text)


# 就[X对Y实施制裁]向Z提出交涉: the actor after 向 that a response is lodged with closes the matter
# phrase; it is no target of the act inside the phrase.
@pytest.mark.parametrize(
    "text, event",
    [
        (
            "秦刚就英国对中国实施单边制裁向英方提出严正抗议。",
            ("英国", "SANCTION", "中国", "asserted"),
        ),
        (
            "外交部副部长就澳大利亚对中国企业实施制裁向澳方提出强烈抗议。",
            ("澳大利亚", "SANCTION", "中国", "asserted"),
        ),
    ],
)
def test_the_addressee_of_a_protest_is_no_target_of_the_matter(text, event) -> None:
    found = events_of(text)
    assert event in found
    reversed_ = (event[2], event[1], event[0], event[3])
    assert reversed_ not in found


@pytest.mark.parametrize(
    "text, event",
    [
        ("中方就日方扣押中国渔船向日方提出强烈抗议。", ("中国", "PROTEST", "日本", "asserted")),
        ("美国宣布向乌克兰提供援助。", ("美国", "AID", "乌克兰", "asserted")),
        ("中方向美方提出严正交涉。", ("中国", "ACCUSE", "美国", "asserted")),
        (
            "王毅在会谈中向鲁比奥表示,美方应停止打压中国企业。",
            ("王毅", "CONSULT", "鲁比奥", "asserted"),
        ),
    ],
)
def test_acts_aimed_with_xiang_keep_their_target(text, event) -> None:
    assert event in events_of(text)


# A reason in quotation marks (以“中俄军事合作”为由) is still a reason: the actors inside it do
# not act the sanction after it.
@pytest.mark.parametrize(
    "text, event",
    [
        ("美方以“中俄合作”为由制裁中国企业。", ("美国", "SANCTION", "中国", "asserted")),
        ("英国以“香港问题”为由对中国官员实施制裁。", ("英国", "SANCTION", "中国", "asserted")),
    ],
)
def test_a_quoted_reason_lends_no_subject(text, event) -> None:
    found = events_of(text)
    assert event in found
    assert not any(e[1] == "SANCTION" and e[0] != event[0] for e in found)


@pytest.mark.parametrize(
    "text, event",
    [
        ("俄罗斯以“北约东扩”为由,对乌克兰发动攻击。", ("俄罗斯", "ASSAULT", "乌克兰", "asserted")),
        ("美国以伊朗支持恐怖主义为由制裁伊朗。", ("美国", "SANCTION", "伊朗", "asserted")),
    ],
)
def test_quotes_outside_a_reason_change_nothing(text, event) -> None:
    assert event in events_of(text)


# A representation lodged over a matter (就[X对Y实施制裁]提出严正交涉, …一事展开交涉) closes the
# 就-phrase as an answer or a protest does: the actor the phrase opens with does the act inside.
@pytest.mark.parametrize(
    "text, event",
    [
        (
            "中国外交部就美国对中国实施制裁提出严正交涉。",
            ("美国", "SANCTION", "中国", "asserted"),
        ),
        (
            "双方就美方对中国企业实施制裁一事展开交涉。",
            ("美国", "SANCTION", "中国", "asserted"),
        ),
        (
            "中国外交部就日本对中国实施出口管制提出严正交涉。",
            ("日本", "SANCTION", "中国", "asserted"),
        ),
    ],
)
def test_a_representation_closes_the_matter_phrase(text, event) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize(
    "text, event",
    [
        ("中方就美国对中国企业实施制裁表示不满。", ("美国", "SANCTION", "中国", "asserted")),
        ("中方向美方提出严正交涉。", ("中国", "ACCUSE", "美国", "asserted")),
    ],
)
def test_matter_phrases_closed_otherwise_are_unchanged(text, event) -> None:
    assert event in events_of(text)


# A necessary or legitimate response promised (将对英方错误行径做出必要、正当反应) is a threat, as a
# fitting or resolute one already is.
@pytest.mark.parametrize(
    "text, event",
    [
        ("中方将对英方错误行径做出必要、正当反应。", ("中国", "THREATEN", "英国", "asserted")),
        ("中方将对美方的挑衅作出必要的反应。", ("中国", "THREATEN", "美国", "asserted")),
        ("俄罗斯表示将对北约扩张作出必要反应。", ("俄罗斯", "THREATEN", "北约", "asserted")),
    ],
)
def test_a_necessary_response_promised_threatens(text, event) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize(
    "text",
    ["中国对此作出反应。", "美国认为有必要对中国作出回应。"],
)
def test_a_response_with_no_judgement_threatens_nobody(text) -> None:
    assert not any(e[1] == "THREATEN" for e in events_of(text))
