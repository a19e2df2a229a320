"""Round 36, helper fa: conventions the independent (first) golds of audit34/audit35 share and
kg did not follow. Sentences written for the tests in the style of those pages."""

from __future__ import annotations

import pytest

from tests.data.sentences import events_of


def _attacks(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, t, o, _ in events_of(text) if t == "ASSAULT"}


# -- a war wars.tsv says is fought one way: its attacker's alone ------------------------------

ONE_WAY_WARS = [
    # 俄乌冲突 as background: Russia attacks Ukraine (yb-10, qa-04, qc-06, qk-07 first golds)
    ("西方国家向乌克兰提供先进武器只会延长俄乌冲突。", ("俄罗斯", "乌克兰")),
    ("俄乌战争爆发以来,欧盟已通过多轮对俄制裁。", ("俄罗斯", "乌克兰")),
    # 巴以冲突: Israel attacks; the Palestinian state wages no war (ya-09, yc-11, qd-01)
    ("去年10月新一轮巴以冲突持续升级,约旦多次呼吁停火。", ("以色列", "巴勒斯坦")),
    # 以黎冲突 beside Hezbollah's attack: the attack is Hezbollah's, not Lebanon's (qd-01, qd-03)
    (
        "黎巴嫩真主党不时向以色列北部发动袭击。本轮以黎冲突已造成大量居民流离失所。",
        ("以色列", "黎巴嫩"),
    ),
]


@pytest.mark.parametrize(("text", "pair"), ONE_WAY_WARS)
def test_a_one_way_war_named_by_its_sides_is_its_attackers_alone(text, pair) -> None:
    found = _attacks(text)
    assert (pair[1], pair[0]) not in found
    assert pair in found or "以黎" in text  # (以黎冲突 here names no attack of its own)


def test_only_a_listed_war_unsaid_the_other_way_is_one_way() -> None:
    """The near misses: a state's own forces said to strike back make the war both sides'
    again, and a war wars.tsv does not list (泰柬, ye-04/05/06 first golds) stays mutual."""
    assert _attacks("俄乌冲突仍在持续。") == {("俄罗斯", "乌克兰")}
    text = "乌克兰军队炮击俄罗斯别尔哥罗德州。俄乌冲突仍在持续。"
    assert ("乌克兰", "俄罗斯") in _attacks(text)
    found = _attacks("泰柬边境冲突持续,双方预计明天讨论停火。")
    assert {("泰国", "柬埔寨"), ("柬埔寨", "泰国")} <= found


# -- 个别国家 / 少数国家: a veiled, unnamed group is no actor ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "外交部发言人表示,少数国家和组织对中方的指责罔顾事实,中方坚决反对。",
        "一段时间以来,个别国家泛化国家安全概念,对中国半导体产业实施制裁打压。",
        "中方坚决反对个别国家侵权挑衅。",
    ],
)
def test_a_veiled_unnamed_group_is_no_actor(text) -> None:
    """GUIDELINES counts a named group; the first golds (qb-01, yc-12, yn-06/11/12) give none."""
    labels = {x for s, _, o, _ in events_of(text) for x in (s, o)}
    assert not labels & {"少数国家", "个别国家"}
    # the near miss: 有关国家 (dev-24's RELEVANT_STATES) stays a party
    assert ("中国", "REQUEST", "有关国家", "asserted") in events_of(
        "中国促请有关国家停止军事行动。"
    )
