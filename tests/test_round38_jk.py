"""Round 38, helper jk: Japan and the two Koreas. kg's errors on the jk dev set (eval/audit38/jk)
that recur on the first golds. Sentences written for the tests in the style of those pages."""

from __future__ import annotations

import pytest
from sentences import events_of

# -- 作出严正警告 / 发出了“强烈警告”: a warning with no target of its own ------------------------


@pytest.mark.parametrize(
    ("text", "warner", "warned"),
    [
        ("朝方强烈谴责美韩有关挑衅行为，并就由此导致的负面后果作出严正警告。", "朝鲜", "韩国"),
        (
            "美日韩外长谴责朝鲜射弹。三国发出了“强烈警告”，称不容忍挑衅。",
            "日本",
            "朝鲜",
        ),
        ("中方谴责菲律宾船只闯入黄岩岛海域，并发出严厉警告。", "中国", "菲律宾"),
    ],
)
def test_a_warning_with_no_target_falls_on_the_counterpart_in_focus(
    text: str, warner: str, warned: str
) -> None:
    """jk-05 (朝方…作出嚴正警告 after condemning 美韓), qh-05 (三国发出了“强烈警告” after a
    joint statement on North Korea): the warning is aimed at whoever the warner was acting on."""
    found = {(s, t, o) for s, t, o, _ in events_of(text)}
    assert (warner, "THREATEN", warned) in found


# -- 建交60周年 / 建交以来: ties established long ago, named as a date ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "外交部表明,马来西亚与新加坡在广泛领域保持密切的合作,今年也适逢两国建交60周年。",
        "韩国总统李在明访问日本，这是日韩1965年建交以来韩国总统首次先访日。",
        "王毅会见新西兰总理拉克森。王毅表示,中国同新西兰建交以来,双方始终坚持相互尊重。",
    ],
)
def test_ties_named_as_a_date_are_no_agreement(text: str) -> None:
    """na (两国建交60周年) and jk-04 (日韓1965年建交以來): the anniversary of ties is a measure
    of time; no annotator writes an AGREE for it."""
    assert not any(t == "AGREE" for _, t, _, _ in events_of(text))


# -- 季诺维也夫, 远藤和也: names with a letter that is also a particle ----------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "韩国外交部第一次官金烘均召见俄驻韩大使季诺维也夫,强烈敦促俄方立即安排朝军撤离。",
            ("金烘均", "PROTEST", "季诺维也夫"),
        ),
        (
            "日本候任驻菲律宾大使远藤和也通过社媒平台发表声明，谴责中国海警的危险行为。",
            ("远藤和也", "ACCUSE", "中国海警"),
        ),
    ],
)
def test_an_ambassador_named_with_a_particle_letter_is_named_whole(
    text: str, pair: tuple[str, str, str]
) -> None:
    """jk-03 (俄駐韓大使季諾維也夫) and ql-07 (駐菲律賓大使遠藤和也): the title-name reader cut
    the name at 也/和 (季诺维, 远藤); both ambassadors recur in the news and are listed."""
    found = {(s, t, o) for s, t, o, _ in events_of(text)}
    assert pair in found
