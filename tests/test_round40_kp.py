"""Round 40 (kp): spurious events found by frequency in real text (Terminus + ir).

它 (it) read as a state: kg took the last country named anywhere before, however far back, or
a nationality inside a person's title. In the corpus every such event was wrong (a theory, a
heart, evidence, a procedure). 它 names a state only when the country opens the sentence
before or its own sentence, and 它 opens a clause.
"""

from __future__ import annotations

import pytest
from sentences import events_of


@pytest.mark.parametrize(
    ("text", "state"),
    [
        # the antecedent is a theory named in the sentence before (Terminus, on 农民的两重性理论)
        ("中国的学者提出了一个关于农民的理论。它给中国共产党的领导人提供了依据。", "中国"),
        # the only country is a nationality inside a scholar's title (Terminus, 贝特兰)
        ("按照法国学者贝特兰的分析，这份报告证明它已不再谴责苏联共产党。", "法国"),
        # the country opens a sentence two sentences back: too far for 它
        ("美国宣布了新的政策。这一政策引发了争议。批评者认为它会支持伊朗。", "美国"),
    ],
)
def test_it_is_a_thing(text: str, state: str) -> None:
    assert not any(e[0] == state for e in events_of(text))


# 它 of a state opening the sentence before (ye: 巴基斯坦是…。它…) stays: test_round37_fn.
