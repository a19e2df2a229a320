"""Round 39, helper sr: bugs found reviewing the round's merged change (m39 at 513ba6c). Sentences
written for the tests; each test fails on 513ba6c."""

from __future__ import annotations

import pytest
from sentences import events_of

from kg.actors import find_actors
from kg.gazetteer import load_gazetteer


def _keys(text: str) -> set[str]:
    gaz = load_gazetteer()
    return {m.actor.key for m in find_actors(text, 0, len(text), gaz).mentions}


# -- 1. Taiwan's 盖达 (al-Qaeda) and 沙国 (Saudi Arabia) inside ordinary words ----------------


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("新冠疫苗接种覆盖达七成。", "AL_QAEDA"),
        ("该协定涵盖达100个国家和地区。", "AL_QAEDA"),
        ("汉初设长沙国,后来长沙国也改名了。", "SAU"),
    ],
)
def test_short_name_inside_a_word_names_nobody(text: str, key: str) -> None:
    """覆盖|达 (coverage reaches), 涵盖|达, 长沙国 (a Han kingdom): the added short forms 盖达 and
    沙国 straddle two words there."""
    assert key not in _keys(text)
    assert "AL_QAEDA" in _keys("盖达宣称对这次袭击负责。")  # (the short form itself still names it)


# -- 2. a response whose 对 belongs to a word is no response to a 对-phrase --------------------


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "美国宣布对中国企业实施制裁。中方表示将作出对等回应。",
            ("中国", "THREATEN", "美国", "asserted"),
        ),
        (
            "美国宣布对俄罗斯实施新一轮制裁。俄罗斯表示将作出相对应的反应。",
            ("俄罗斯", "THREATEN", "美国", "asserted"),
        ),
        (
            "以色列空袭了伊朗驻叙利亚使馆。伊朗表示绝对会作出强有力的回应。",
            ("伊朗", "THREATEN", "以色列", "asserted"),
        ),
        (
            "美国宣布对中国企业实施制裁。中方将对他们的错误行为作出坚决回应。",
            ("中国", "THREATEN", "美国", "asserted"),
        ),
    ],
)
def test_to_inside_a_word_opens_no_phrase(text: str, event: tuple) -> None:
    """_response_to_no_one took the 对 of 对等回应, 相对应的反应 or 绝对 for the opener of a
    对-phrase naming no actor, and a phrase opened by a pronoun (对他们…: resolved only after
    find_actions) for one naming nobody, and dropped the threat aimed at the side in focus."""
    assert event in events_of(text)
    unanswered = events_of("普京表示对官邸遇袭将作最严厉回应。")  # (sp's rule still holds)
    assert not any(t == "THREATEN" for _, t, _, _ in unanswered)


# -- 3. a damage word before a cooperation another verb takes ---------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("中俄两国将抵制外部干扰深化合作。", {"中国", "俄罗斯"}),
        ("在疫情冲击下中国与东盟深化合作。", {"中国", "东盟"}),
        ("中国和巴西抵御外部冲击合作应对挑战。", {"中国", "巴西"}),
    ],
)
def test_cooperation_that_wards_off_harm_stays(text: str, pair: set) -> None:
    """深化 (jieba tags it no verb) takes the cooperation, 冲击下 closes a frame, 抵御外部冲击
    wards the harm off: none of these cooperations is hurt."""
    assert any({s, o} == pair and t == "COOPERATE" for s, t, o, _ in events_of(text))
    damaged = events_of("美方行径严重破坏了中美两国经贸合作基础。")  # (sy's rule still holds)
    assert not any(t == "COOPERATE" for _, t, _, _ in damaged)


# -- 4. a compound after 与/同 in a relative clause is the head's partner ----------------------


def test_pair_after_with_in_a_relative_clause_meets_the_head() -> None:
    """同中俄举行会谈的美国代表团: the US delegation talks with China and Russia (main's reading);
    the dash-pair rule read 中 CONSULT 俄."""
    found = events_of("同中俄举行会谈的美国代表团抵达北京。")
    assert ("美国", "CONSULT", "中国", "asserted") in found
    assert not any({s, o} == {"中国", "俄罗斯"} for s, _, o, _ in found)
    dashed = events_of("习近平会见了来华举行中国-欧盟领导人会晤的科斯塔。")  # (sw's rule holds)
    assert ("中国", "CONSULT", "欧盟", "asserted") in dashed


# -- 5. territories.tsv: a person found by a pattern is no organ of the territory -------------


def test_beijing_charge_against_a_hong_kong_legislator_stays() -> None:
    """中联办谴责香港立法会议员毛孟静: an opposition legislator kg finds by the title is no part
    of Hong Kong's government; the charge is an event (main read it)."""
    found = events_of("中联办强烈谴责香港立法会议员毛孟静的言论。")
    assert any(t == "ACCUSE" and o == "毛孟静" for _, t, o, _ in found)


# -- 6. a handing over whose goods follow the recipient --------------------------------------


def test_goods_named_after_the_recipient_make_aid() -> None:
    assert ("德国", "AID", "乌克兰", "asserted") in events_of("德国已移交给乌克兰首批豹2坦克。")
    assert not any(t == "AID" for _, t, _, _ in events_of("卡特却将运河转交给巴拿马。"))


# -- 7. the compiled build's requirements: an editable install never compiles ----------------


def test_an_editable_install_asked_to_compile_fetches_no_mypy() -> None:
    """KG_BUILD=compiled pip install -e . fails in the hook (an editable install is pure
    Python); fetching mypy first only hides that message behind an index error offline."""
    from test_round39_pw import _needs_mypy, _requirements

    assert not _needs_mypy(_requirements(KG_BUILD="compiled")["editable"])
