"""Round 29: what an audit of unseen news pages (briefings and wire news) found, in general form.

The pages are not kept in the repository; every sentence here is written for the test.

- 法国已就此表达关切,特朗普警告伊朗…: a speech act that 就此/对此 ties to what was just reported
  answers that; the actor opening the next clause (who acts on its own) is not what it is
  about. A warning whose next clause is a condition still warns the condition's side.
"""

from __future__ import annotations

import pytest
from sentences import events_of


@pytest.mark.parametrize(
    "text, event",
    [
        (
            "伊朗宣布将突破浓缩铀丰度上限。法国已就此表达关切，美国总统特朗普警告伊朗要小心。",
            ("法国", "ACCUSE", "伊朗", "asserted"),
        ),
        (
            "朝鲜昨天试射了一枚导弹。日本对此表示遗憾，韩国总统随即召开会议。",
            ("日本", "ACCUSE", "朝鲜", "asserted"),
        ),
        (  # near miss: a condition after the warning names whom it warns
            "中方对此警告，如果美方一意孤行，中方将采取反制措施。",
            ("中国", "THREATEN", "美国", "asserted"),
        ),
        (  # near miss: with no 就此, a warning that ends its clause is aimed at the next actor
            "中国大使警告，欧盟将为此付出代价。",
            ("中国", "THREATEN", "欧盟", "asserted"),
        ),
    ],
)
def test_found(text, event):
    assert event in events_of(text)


@pytest.mark.parametrize(
    "text, event",
    [
        (
            "伊朗宣布将突破浓缩铀丰度上限。法国已就此表达关切，美国总统特朗普警告伊朗要小心。",
            ("法国", "ACCUSE", "特朗普", "asserted"),
        ),
        (
            "朝鲜昨天试射了一枚导弹。日本对此表示遗憾，韩国总统随即召开会议。",
            ("日本", "ACCUSE", "韩国", "asserted"),
        ),
    ],
)
def test_not_found(text, event):
    assert event not in events_of(text)
