"""Round 31 (tb): short wire items on South and Central Asia, Turkey and the Caucasus, and
military and defence news.

Constructions kg got wrong on an audit batch of short unseen pages, fixed by general rules.
Sentences are written for the test in the construction the pages used, with near misses that must
not change.
"""

from __future__ import annotations

import pytest
from sentences import events_of


# A denial of an accusation whose author stands right after 否认 (否认美方的指控, 否认巴基斯坦关于
# …的指控): the denier rejects the author, as with 驳斥.
@pytest.mark.parametrize(
    "text, event",
    [
        ("中方否认美方的指控。", ("中国", "REJECT", "美国", "asserted")),
        ("俄罗斯否认了乌克兰的指控。", ("俄罗斯", "REJECT", "乌克兰", "asserted")),
        ("巴基斯坦否认印度的指责。", ("巴基斯坦", "REJECT", "印度", "asserted")),
        ("中方否认美方提出的指控。", ("中国", "REJECT", "美国", "asserted")),
        ("中方否认美方指控。", ("中国", "REJECT", "美国", "asserted")),
        (
            "印度外交部发言人表示,印度否认巴基斯坦关于印度参与当天校车遇袭事件的指控,"
            "称这一指控是毫无根据的。",
            ("印度", "REJECT", "巴基斯坦", "asserted"),
        ),
        # the denied deed stays negated beside the rejection
        ("伊朗否认美国关于伊朗向俄罗斯提供导弹的指控。", ("伊朗", "AID", "俄罗斯", "negated")),
        ("伊朗否认美国关于伊朗向俄罗斯提供导弹的指控。", ("伊朗", "REJECT", "美国", "asserted")),
    ],
)
def test_denial_rejects_the_accuser(text, event) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize(
    "text, absent",
    [
        # the accuser is the one who denies, not the denier (the reversed reading before)
        (
            "印度外交部发言人表示,印度否认巴基斯坦关于印度参与当天校车遇袭事件的指控,"
            "称这一指控是毫无根据的。",
            ("巴基斯坦", "REJECT", "印度"),
        ),
        # a denial of a deed rejects nobody: the one the deed reaches is no accuser
        ("伊朗否认向俄罗斯提供导弹的指控。", ("伊朗", "REJECT", "俄罗斯")),
        ("伊朗否认关于其向俄罗斯提供导弹的指控。", ("伊朗", "REJECT", "俄罗斯")),
        ("伊朗否认向俄罗斯提供导弹。", ("伊朗", "REJECT")),
        # an actor followed by a verb is the accused, not the author
        ("印度否认巴基斯坦参与袭击的指控。", ("印度", "REJECT", "巴基斯坦")),
        # no claim noun: nothing is rejected
        ("俄罗斯否认乌克兰。", ("俄罗斯", "REJECT")),
    ],
)
def test_no_rejection_from_a_denial(text, absent) -> None:
    assert not any(e[: len(absent)] == absent for e in events_of(text))


def test_denied_deed_stays_negated() -> None:
    assert ("伊朗", "AID", "俄罗斯", "negated") in events_of("伊朗否认向俄罗斯提供导弹。")


# An arms sale that names the maker of the goods inside the sale (出售…由洛克希德·马丁公司制造的
# 战机): the maker is not the buyer; the buyer introduced by 向 is.
@pytest.mark.parametrize(
    "text, event",
    [
        (
            "美国批准向巴基斯坦出售8架由洛克希德-马丁公司制造的F-16战机。",
            ("美国", "AID", "巴基斯坦", "asserted"),
        ),
        ("美国向台湾出售洛克希德·马丁公司生产的F-16战机。", ("美国", "AID", "台湾", "asserted")),
        (
            "美国国务院批准向波兰出售由雷神公司制造的爱国者导弹。",
            ("美国国务院", "AID", "波兰", "asserted"),
        ),
        # no maker: unchanged
        ("美国向台湾出售F-16战机。", ("美国", "AID", "台湾", "asserted")),
    ],
)
def test_the_maker_is_not_the_buyer(text, event) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize(
    "text, absent",
    [
        (
            "美国批准向巴基斯坦出售8架由洛克希德-马丁公司制造的F-16战机。",
            ("美国", "AID", "洛克希德·马丁公司"),
        ),
        ("美国向台湾出售由波音公司制造的导弹。", ("美国", "AID", "波音公司")),
        # with no buyer named, the maker is still no recipient
        ("美国批准出售由洛克希德·马丁公司生产的F-16战机。", ("美国", "AID")),
    ],
)
def test_no_sale_to_the_maker(text, absent) -> None:
    assert not any(e[: len(absent)] == absent for e in events_of(text))


# A drill noun that closes the 对-phrase of a voiced stance
# (对…在半岛举行的军事演习表示关切, 对今年在中国举办的合作演习表示支持):
# the drill is what the stance is about, the speaker holds no drill against
# the one 对 or 在 names.
@pytest.mark.parametrize(
    "text, absent",
    [
        ("新加坡对今年在中国举办的两军合作演习表示支持。", ("新加坡", "MOBILIZE")),
        ("新加坡对今年在中国举办的两军合作演习和海上合作演习,表示支持。", ("新加坡", "MOBILIZE")),
        ("中方对美韩在半岛举行的军事演习表示关切。", ("中国", "MOBILIZE")),
        ("日本对今年在菲律宾举行的演习表示支持。", ("日本", "MOBILIZE")),
    ],
)
def test_no_drill_by_the_one_who_voices_a_stance(text, absent) -> None:
    assert not any(e[: len(absent)] == absent for e in events_of(text))


@pytest.mark.parametrize(
    "text, event",
    [
        # the stance itself stays
        ("中方对美韩在半岛举行的军事演习表示关切。", ("中国", "ACCUSE", "美国", "asserted")),
        # near misses: a drill held around or against a country, with no stance voiced on it
        ("中国在台湾岛周边举行演习。", ("中国", "MOBILIZE", "台湾", "asserted")),
        ("中国对台湾举行军事演习。", ("中国", "MOBILIZE", "台湾", "asserted")),
        (
            "解放军在台湾周边举行军事演习,对此美国表示关切。",
            ("中国人民解放军", "MOBILIZE", "台湾", "asserted"),
        ),
    ],
)
def test_drills_outside_a_stance_stay(text, event) -> None:
    assert event in events_of(text)


# Concern voiced about a deed named after 对 inside 表达…担忧/关切
# (表达了印方对美国向巴基斯坦出售战机的担忧): the doer after 对 is criticised,
# not the one the deed goes to (向) nor the holder of the concern.
@pytest.mark.parametrize(
    "text, event",
    [
        ("印度表达了对美国向巴基斯坦出售F-16战机的担忧。", ("印度", "ACCUSE", "美国", "asserted")),
        ("俄罗斯表达了对美国向乌克兰提供导弹的关切。", ("俄罗斯", "ACCUSE", "美国", "asserted")),
        (
            "苏杰生召见了美国驻印度大使,向其表达了印方对美国向巴基斯坦出售战机的担忧。",
            ("苏杰生", "ACCUSE", "美国", "asserted"),
        ),
        # near misses that stay: a deed with no 向, and a trade limited to a buyer
        ("中方向美方表达了对日本在东海行为的关切。", ("中国", "ACCUSE", "日本", "asserted")),
        ("美国限制阿斯麦向中国出口光刻机。", ("美国", "SANCTION", "中国", "asserted")),
    ],
)
def test_concern_about_the_doer(text, event) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize(
    "text, absent",
    [
        ("印度表达了对美国向巴基斯坦出售F-16战机的担忧。", ("印度", "ACCUSE", "巴基斯坦")),
        ("日本表达了对中国向俄罗斯提供无人机的担忧。", ("日本", "ACCUSE", "俄罗斯")),
    ],
)
def test_no_concern_about_the_recipient(text, absent) -> None:
    assert not any(e[: len(absent)] == absent for e in events_of(text))
