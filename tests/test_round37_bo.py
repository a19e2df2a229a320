"""Round 37 (bo): bodies kg did not find against the first golds (annotated before their
annotators saw kg's output): the police named bare or by their members, and Hong Kong's heads of
department whose title shares the body's last character. Sentences are written for the test in
the construction the pages used.
"""

from __future__ import annotations

import pytest
from sentences import events_of, roles_of


# 警察 names the police as 警方 does: composed with the country named before it (ql: 遭到美国警察
# 阻止; 塞方的军队和警察), or bare, of the country in focus (yb: 与警察交火)
@pytest.mark.parametrize(
    "text, event",
    [
        ("美国警察逮捕了两名中国公民。", ("美国警方", "COERCE", "中国", "asserted")),
        ("俄罗斯警察拘留了一名乌克兰记者。", ("俄罗斯警方", "COERCE", "乌克兰", "asserted")),
    ],
)
def test_police_named_by_members(text, event) -> None:
    assert event in events_of(text)


# a bare organ with no country before it in its sentence belongs to a people of a country named
# before it, not to the country the page is about (yb: 科索沃塞族人在北部与警察交火, on a page about
# Serbia's president)
def test_bare_police_of_the_people_named_before() -> None:
    text = (
        "塞尔维亚总统武契奇12日指责普里什蒂纳当局挑起紧张局势。塞尔维亚表示将向北约求助。"
        "10日,科索沃塞族人在北部与警察交火。"
    )
    events = {e[:3] for e in events_of(text)}
    assert ("科索沃塞族人", "ASSAULT", "科索沃警方") in events
    assert ("科索沃警方", "ASSAULT", "科索沃塞族人") in events
    assert not [e for e in events if e[0] == "塞尔维亚警方" or e[2] == "塞尔维亚警方"]


# Hong Kong's heads of department written with the title sharing the body's last character
# (qh: 香港特区律政司长郑若骅, 前香港警务处长卢伟聪; yo: 前香港政务司长陈方安生): the name after
# the title is a person holding a post in Hong Kong, not the body's name run on
@pytest.mark.parametrize(
    "text, event, role",
    [
        (
            "美国宣布制裁香港特区律政司长郑若骅。",
            ("美国", "SANCTION", "郑若骅", "asserted"),
            ("郑若骅", "香港", "律政司长"),
        ),
        (
            "美国财政部宣布制裁前香港警务处长卢伟聪。",
            ("美国财政部", "SANCTION", "卢伟聪", "asserted"),
            ("卢伟聪", "香港", "警务处长"),
        ),
    ],
)
def test_hong_kong_head_of_department(text, event, role) -> None:
    events = events_of(text)
    assert event in events
    assert not [e for e in events if e[2] in {"香港律政司", "香港警方"}]
    assert role in roles_of(text)


def test_hong_kong_chief_secretary_is_a_title() -> None:
    roles = roles_of("美国驻港总领事早前会晤前香港政务司长陈方安生等人。")
    assert ("陈方安生", "香港", "政务司长") in roles
