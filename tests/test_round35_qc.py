"""Round 35 (qc): REQUEST and REJECT on unseen news. Demands a spokesperson makes of the side a
condition names (美方如果真想谈，就应该停止施压: yn, qb). Sentences are written for the test,
with near misses that must stay without the event."""

from __future__ import annotations

import pytest
from sentences import events_of


def _pairs(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text)}


def _statuses(text: str, key: tuple[str, str, str]) -> set[str]:
    return {st for s, t, o, st in events_of(text) if (s, t, o) == key}


# 如果X…，就应该/应当…: the demand of the clause after a condition is asked of the side the
# condition is about, whether it stands before 如果 or right after it; the demand is made.
@pytest.mark.parametrize(
    "text, key",
    [
        (
            "发言人林剑表示，如果美方真的希望通过谈判解决问题，就应该停止极限施压。",
            ("林剑", "REQUEST", "美国"),
        ),
        (
            "毛宁说，日方如果真心希望改善两国关系，就应当恪守对中方所作的承诺。",
            ("毛宁", "REQUEST", "日本"),
        ),
        (
            "发言人郭嘉昆指出，菲律宾若真想缓和局势，那就应该立即撤走非法坐滩的军舰。",
            ("郭嘉昆", "REQUEST", "菲律宾"),
        ),
    ],
)
def test_a_demand_after_a_condition_asks_the_supposed_side(text, key) -> None:
    assert key in _pairs(text)
    assert _statuses(text, key) == {"asserted"}


def test_a_threat_after_a_condition_stays_a_threat() -> None:
    pairs = _pairs("外交部发言人表示，如果美方继续加征关税，中方将奉陪到底。")
    assert not any(t == "REQUEST" for _, t, _ in pairs)


# 应 alone before reflecting, taking a stance, restraining or explaining asks it of the side
# before it, adverbs aside (qb: 美国务院发言人首先应反思…; wc: 美方應採取理性務實態度).
@pytest.mark.parametrize(
    "text, key",
    [
        ("外交部发言人华春莹说，英国首先应反思自身的所作所为。", ("华春莹", "REQUEST", "英国")),
        ("王毅指出，美方应采取理性务实的态度，同中方相向而行。", ("王毅", "REQUEST", "美国")),
        ("伊朗外长表示，美国应控制以色列，避免冲突外溢。", ("伊朗外长", "REQUEST", "美国")),
    ],
)
def test_a_should_before_a_stance_asks_the_side_before_it(text, key) -> None:
    assert (key[1], key[2]) in {(t, o) for _, t, o in _pairs(text)}


def test_taking_measures_in_response_asks_nothing() -> None:
    assert not any(t == "REQUEST" for _, t, _ in _pairs("中方相应采取了反制措施。"))


# 不可接受 closing its clause (…完全不可接受, / 是不可接受、完全无法容忍的) is the speaker's verdict
# on the deed before it: nobody in that deed refuses anything (wf: 让法国成为阿尔及利亚情报机构的
# 游乐场是不可接受、…; qb: 泄露美外交官私人信息完全不可接受,).
@pytest.mark.parametrize(
    "text",
    [
        "英国外交部发言人称，俄罗斯扣押英国记者完全不可接受，只有不负责任的国家才会这样做。",
        "“让德国成为伊朗情报机构的游乐场是不可接受、完全无法容忍的”，德国内政部长说。",
    ],
)
def test_a_closing_verdict_is_no_refusal(text) -> None:
    assert not any(t == "REJECT" for _, t, _ in _pairs(text))


def test_unacceptable_with_an_object_still_refuses() -> None:
    assert ("REJECT", "美国") in {(t, o) for _, t, o in _pairs("中方不可接受美方的无理要求。")}
