"""Round 24 (st), status misses mined from all the dev-side gold and the audit24 rows:

- a meeting named by who sits in it (欧盟外长会, 东盟高官会, 七国集团财长会) is no 会 "will":
  what the meeting decided or reached is done (cues.tsv nonneg), while 外长会访问 (will visit)
  and 外长明天会… keep their plan.

Sentences are written for these tests in the style of the readouts and audit pages they come from.
"""

from __future__ import annotations

import pytest
from sentences import events_of

D = "2024-05-10"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("欧盟外长会决定对俄罗斯实施新一轮制裁。", ("欧盟", "SANCTION", "俄罗斯")),
        (
            "外交部副部长秦刚召见欧盟驻华代表团团长郁白,代表中国政府就几小时前欧盟外长会"
            "作出对华制裁决定,向欧方提出严正抗议和强烈谴责。",
            ("中国", "PROTEST", "欧盟"),
        ),
        ("王毅赞赏中国和东盟国家高官会就后续行动达成一致。", ("中国", "AGREE", "东盟")),
        ("七国集团财长会宣布对俄罗斯实施制裁。", ("七国集团", "SANCTION", "俄罗斯")),
    ],
)
def test_a_meeting_named_by_its_members_is_no_will(text: str, expected) -> None:
    found = {e for e in events_of(text, D) if e[:3] == expected}
    assert found == {(*expected, "asserted")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("日本外长明天会访问中国。", ("日本", "CONSULT", "中国")),
        ("美方表示,中国外长会前往华盛顿与美方举行会谈。", ("中国", "CONSULT", "美国")),
        ("王毅表示,中方会与俄方加强合作。", ("中国", "COOPERATE", "俄罗斯")),
        ("俄罗斯外长表示会对欧盟实施反制裁。", ("俄罗斯", "SANCTION", "欧盟")),
    ],
)
def test_a_will_outside_a_meeting_name_keeps_its_plan(text: str, expected) -> None:
    assert (*expected, "intended") in events_of(text, D)
