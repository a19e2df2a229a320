"""Round 37 (fn): events kg missed altogether against the first golds (annotated before their
annotators saw kg's output), fixed where the construction recurs on two or more sets. Sentences
are written for the test in the construction the pages used, or taken from dev pages.
"""

from __future__ import annotations

import pytest
from sentences import events_of


# X拒绝了Y提出的…的要求: the one who put the demand forward asked the one who refuses it, however
# long what it asks (qk: 华为提出的重新考虑该决定的请求; qj: 库比吉提出的启用…北溪2号线的要求).
@pytest.mark.parametrize(
    "text, event",
    [
        (
            "去年12月,美国联邦通讯委员会拒绝了华为提出的重新考虑该决定的请求。",
            ("华为", "REQUEST", "美国联邦通信委员会", "asserted"),
        ),
        (
            "日本政府拒绝了韩国外交部上周提出的立即全面撤销对韩国半导体材料出口管制措施的要求。",
            ("韩国外交部", "REQUEST", "日本", "asserted"),
        ),
        (
            "德国外长贝尔博克拒绝了联合执政的自民党副主席库比吉提出的启用被搁置的北溪2号线的要求。",
            ("库比吉", "REQUEST", "贝尔伯克", "asserted"),
        ),
    ],
)
def test_demand_put_forward_and_refused(text, event) -> None:
    events = events_of(text)
    assert event in events
    assert (event[2], "REJECT", event[0]) in {e[:3] for e in events}  # the refusal stays
    assert not [e for e in events if e[0] == event[2] and e[1] == "REQUEST"]


# a state's one-character short form before 政府 names its government, as 美政府 and 韩政府
# already did (qh: 缅政府同果敢、德昂、若开军举行了会晤; qj: 叙政府强烈谴责美国、英国和法国)
@pytest.mark.parametrize(
    "text, event",
    [
        ("缅政府同若开军举行了会晤。", ("缅甸", "CONSULT", "若开军", "asserted")),
        ("叙政府强烈谴责美国的导弹袭击。", ("叙利亚", "ACCUSE", "美国", "asserted")),
        ("菲政府敦促中国停止在南海的危险行动。", ("菲律宾", "REQUEST", "中国", "asserted")),
    ],
)
def test_short_form_government(text, event) -> None:
    assert event in events_of(text)


# 它 (it) of a state: the country the text is about (ye: 巴基斯坦是…。它长期以来一直面临美国的
# 指控; wd: 中国说,它投弃权是因为…)
def test_it_of_a_state() -> None:
    text = (
        "巴基斯坦是承认塔利班政权的仅有的三个国家之一。"
        "它长期以来一直面临美国的指控,即其情报部门支持叛乱分子。"
    )
    assert ("美国", "ACCUSE", "巴基斯坦", "asserted") in events_of(text)
