"""Round 56, branch f56c: COOPERATE, AGREE and SUPPORT misses.

Ties developed, drawn closer or advanced with a partner a preposition names
(寻求与中国发展经济和友好关系, 寻求与俄罗斯拉近关系, 双方致力于推进战略互惠关系) are
cooperation, as 深化…关系 and 建立…关系 are; a relation that is only named (两国关系发展
良好) or an economy developed with nobody named stays silent. The sentences are written
for these tests."""

from __future__ import annotations

import pytest
from sentences import events_of


def _plain(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text) if t != "ROLE"}


def _has(plain: set[tuple[str, str, str]], s: str, t: str, o: str) -> bool:
    return (s, t, o) in plain or (o, t, s) in plain


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("泰国外长说，泰国会寻求与日本发展经贸和人文关系。", ("泰国", "日本")),
        ("中越双方正在致力于推进全面战略合作关系。", ("中国", "越南")),
        ("乍得领导人近来一直寻求与土耳其拉近关系。", ("乍得", "土耳其")),
        ("老挝仍希望与包括越南在内的国家发展良好关系。", ("老挝", "越南")),
    ],
)
def test_ties_developed_with_a_partner_are_cooperation(text, pair) -> None:
    assert _has(_plain(text), pair[0], "COOPERATE", pair[1])


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a relation only named, its development the subject of the clause
        ("越南和老挝的关系发展良好，贸易额逐年上升。", ("越南", "老挝")),
        # developing the economy is no tie with anybody
        ("泰国总理表示将大力发展经济，改善民生。", ("泰国", "日本")),
    ],
)
def test_no_tie_without_a_partner(text, pair) -> None:
    assert not _has(_plain(text), pair[0], "COOPERATE", pair[1])
