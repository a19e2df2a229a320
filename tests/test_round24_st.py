"""Round 24 (st), status misses mined from all the dev-side gold and the audit24 rows:

- a meeting named by who sits in it (欧盟外长会, 东盟高官会, 七国集团财长会) is no 会 "will":
  what the meeting decided or reached is done (cues.tsv nonneg), while 外长会访问 (will visit)
  and 外长明天会… keep their plan;
- a deal said to be about to be reached or signed (核协议“即将达成”, 有望达成, 即将签署) is not yet:
  intended (cues.tsv, around: it follows the deal and governs one after it).

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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("特朗普透露,伊朗与英国、法国和德国的核协议“即将达成”。", ("伊朗", "AGREE", "法国")),
        ("特朗普透露,伊朗与英国的核协议有望达成。", ("伊朗", "AGREE", "英国")),
        ("美日贸易协议即将签署。", ("美国", "AGREE", "日本")),
        ("伊朗与英国签署了核协议,双方即将达成更多共识。", ("伊朗", "AGREE", "英国")),
    ],
)
def test_a_deal_about_to_be_reached_is_not_yet(text: str, expected) -> None:
    assert (*expected, "intended") in events_of(text, D)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the deal reached last month only comes into force now
        ("伊朗与英国上月达成的核协议即将生效。", ("伊朗", "AGREE", "英国")),
        ("伊朗与英国签署了核协议,双方即将达成更多共识。", ("伊朗", "AGREE", "英国")),
    ],
)
def test_a_deal_already_reached_stays_done(text: str, expected) -> None:
    assert (*expected, "asserted") in events_of(text, D)
