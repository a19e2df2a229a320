"""Recall at scale (round 19, frames): gaps mined from the unannotated corpora, where a known
trigger and two actors stand in a sentence and no event came out.

- A statement whose sentence holds no trigger and no title (毛宁对此表示,中方注意到…) was
  not read, so its speaker never became the paragraph's: the first person or the judgement
  of the next sentence had nobody to be.

Sentences are written for these tests in the style of Chinese international news.
"""

from __future__ import annotations

import pytest
from sentences import events_of


def _pairs(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text)}


# -- a statement sentence that was not read still speaks for the next ------------------------

UNREAD_SPEAKER = [
    (
        "外交部发言人毛宁主持例行记者会。毛宁对此表示,中方注意到有关报道。"
        "我们敦促日方立即停止挑衅。",
        ("REQUEST", "日本"),
    ),
    (
        "国防部发言人张晓刚主持记者会。张晓刚说,中方已就此阐明立场。菲方行径严重侵犯中国主权。",
        ("ACCUSE", "菲律宾"),
    ),
    ("毛宁对此表示,中方注意到有关报道。我们敦促日方立即停止挑衅。", ("REQUEST", "日本")),
]


@pytest.mark.parametrize(("text", "expected"), UNREAD_SPEAKER)
def test_speaker_of_a_sentence_not_read_goes_on(text, expected) -> None:
    kind, obj = expected
    assert any(t == kind and o == obj and s in {"中国", "毛宁"} for s, t, o in _pairs(text))


def test_unread_speaker_does_not_cross_a_paragraph() -> None:
    assert events_of("毛宁对此表示,中方注意到有关报道。\n\n我们敦促日方立即停止挑衅。") == set()


def test_unread_speaker_gives_way_to_a_later_statement_read() -> None:
    found = _pairs(
        "毛宁对此表示,中方注意到有关报道。日本外务省发言人称,日方将采取措施。"
        "我们敦促韩方立即停止挑衅。"
    )
    assert ("日本外务省", "REQUEST", "韩国") in found
    assert not any(s in {"中国", "毛宁"} for s, _, _ in found)
