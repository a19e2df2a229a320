"""Round 37, helper sp: a speaker who tells of the other side's wrong against its own side
accuses it (first golds yb-13, ql-11). Sentences written for the tests."""

from __future__ import annotations

import pytest

from tests.data.sentences import events_of


@pytest.mark.parametrize(
    ("text", "charge", "act"),
    [
        (  # pressure told by the side pressed (ql-11: 王毅表示…围堵打压中国)
            "王毅表示，美方长期围堵打压中国，中方坚持对话。",
            ("王毅", "ACCUSE", "美国", "asserted"),
            ("美国", "SANCTION", "中国", "asserted"),
        ),
        (  # a verbal attack told by the side attacked (yb-13: 对…德国…进行煽动性攻击)
            "法国外交部表示，马里军政府近来一直对法国进行煽动性攻击。",
            ("法国外交部", "ACCUSE", "马里", "asserted"),
            ("马里", "ACCUSE", "法国", "asserted"),
        ),
    ],
)
def test_a_wrong_told_by_the_side_it_is_done_to_is_its_charge(text, charge, act) -> None:
    events = events_of(text)
    assert charge in events
    assert act in events  # the act itself stays


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # an armed attack told by the side hit is a fact reported, no charge
        (
            "乌克兰外交部表示，俄军昨夜攻击了乌克兰。",
            ("乌克兰外交部", "ACCUSE", "俄罗斯", "asserted"),
        ),
        # a third side's words charge no one here
        ("俄罗斯外交部表示，美国长期打压中国。", ("俄罗斯外交部", "ACCUSE", "美国", "asserted")),
        # the pressure is what another side's concern tells of, not the speaker's charge
        (
            "台湾外交部指出，感谢美方关切中国打压台湾国际空间。",
            ("台湾外交部", "ACCUSE", "中国", "asserted"),
        ),
        # a deed only supposed is no charge made
        ("王毅表示，如果美方打压中国，中方将坚决回应。", ("王毅", "ACCUSE", "美国", "asserted")),
    ],
)
def test_no_charge_where_the_words_do_not_make_one(text, absent) -> None:
    """Each beside a sentence that does make one, so the pair tells the rule's edge."""
    own = "王毅表示，美方长期围堵打压中国。"
    assert ("王毅", "ACCUSE", "美国", "asserted") in events_of(own)
    assert absent not in events_of(text)
